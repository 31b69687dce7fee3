import type { Detector } from '../../../src/types.js';
import { discordBotToken, discordWebhookUrl } from './discord.js';
import { mailchimpApiKey, mailgunApiKey, postmarkServerToken } from './email.js';
import { microsoftTeamsWebhookUrl, telegramBotToken } from './messaging.js';
import { sendgridApiKey } from './sendgrid.js';
import { slackToken, slackWebhookUrl } from './slack.js';
import { twilioApiKey, twilioAuthToken } from './twilio.js';

/** Messaging, email and voice. */
export const communicationsDetectors: readonly Detector[] = [
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
