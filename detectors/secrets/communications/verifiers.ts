// Verifiers of this kind's credentials (--verify), one <vendor>.verify.ts each.
import type { Verifier } from '../../../src/verify/types.js';
import { mailgunVerifier } from './mailgun.verify.js';
import { sendgridVerifier } from './sendgrid.verify.js';
import { slackVerifier } from './slack.verify.js';
import { twilioVerifier } from './twilio.verify.js';

export const verifiers: readonly Verifier[] = [mailgunVerifier, sendgridVerifier, slackVerifier, twilioVerifier];
