// Verifiers of this kind's credentials (--verify), one <vendor>.verify.ts each.
import type { Verifier } from '../../../src/verify/types.js';
import { brevoVerifier } from './brevo.verify.js';
import { discordVerifier } from './discord.verify.js';
import { intercomVerifier } from './intercom.verify.js';
import { mailchimpVerifier } from './mailchimp.verify.js';
import { mailgunVerifier } from './mailgun.verify.js';
import { mandrillVerifier } from './mandrill.verify.js';
import { postmarkVerifier } from './postmark.verify.js';
import { sendgridVerifier } from './sendgrid.verify.js';
import { slackVerifier } from './slack.verify.js';
import { telegramVerifier } from './telegram.verify.js';
import { twilioVerifier } from './twilio.verify.js';
import { twitchVerifier } from './twitch.verify.js';

export const verifiers: readonly Verifier[] = [
  brevoVerifier,
  discordVerifier,
  intercomVerifier,
  mailchimpVerifier,
  mailgunVerifier,
  mandrillVerifier,
  postmarkVerifier,
  sendgridVerifier,
  slackVerifier,
  telegramVerifier,
  twilioVerifier,
  twitchVerifier,
];
