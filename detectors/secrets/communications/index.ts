import type { Detector } from '../../../src/types.js';
import { communicationsVendorsAC } from './vendors-a-c.js';
import { communicationsVendorsDL } from './vendors-d-l.js';
import { communicationsVendorsMR } from './vendors-m-r.js';
import { communicationsVendorsSZ } from './vendors-s-z.js';
import { chatWebhookDetectors } from './chat-webhooks.js';
import { discordBotToken, discordWebhookUrl } from './discord.js';
import { mailchimpApiKey, mailgunApiKey, postmarkServerToken } from './email.js';
import { microsoftTeamsWebhookUrl, telegramBotToken } from './messaging.js';
import { sendgridApiKey } from './sendgrid.js';
import { slackToken, slackWebhookUrl } from './slack.js';
import { twilioApiKey, twilioAuthToken } from './twilio.js';

/** Messaging, email and voice. */
export const communicationsDetectors: readonly Detector[] = [
  ...communicationsVendorsAC,
  ...communicationsVendorsDL,
  ...communicationsVendorsMR,
  ...communicationsVendorsSZ,
  ...chatWebhookDetectors,
  discordBotToken,
  discordWebhookUrl,
  mailchimpApiKey,
  mailgunApiKey,
  microsoftTeamsWebhookUrl,
  postmarkServerToken,
  sendgridApiKey,
  slackToken,
  slackWebhookUrl,
  telegramBotToken,
  twilioApiKey,
  twilioAuthToken,
];
