import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { around } from '../shared/context.js';

// Telegram bot tokens: the bot id (8 to 10 digits), ':' and 35 base64url characters. The shape
// alone is too plain, so 'bot', 'telegram' or apprise's 'tgram://' must appear on the same line
// (outside the token), as in TELEGRAM_BOT_TOKEN=... or https://api.telegram.org/bot<token>/sendMessage;
// or the secret part starts with 'AA', as the secret part of every token BotFather issues does.
export const telegramBotToken: Detector = patternDetector({
  id: 'telegram-bot-token',
  title: 'Telegram bot token',
  vendor: 'Telegram',
  severity: 'high',
  // 'bot' only as a word of its own ('/bot<token>', 'BOT_TOKEN', 'bot = '), not inside 'both' or 'bottom'
  keywords: ['telegram', 'tgram://', '/bot', 'bot_', 'bot ', 'bot=', 'bot:', 'bot-', 'bot"', "bot'", ':aa'],
  pattern: /(?=[0-9])(?:(?<=\/bot|tgram:\/\/)|(?<![A-Za-z0-9_:\/-]))(?<secret>[0-9]{8,10}:[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])/,
  validate: (secret, m, text) => /:AA/.test(secret) || /telegram|tgram:\/\/|bot/i.test(around(text, m)),
  // every form stands within around()'s 200 characters of a keyword (`:AA` is one, inside the token)
  keywordSpan: { before: 220, after: 220 },
  minEntropy: 3.5,
  remediation:
    'Revoke the token with /revoke in a chat with @BotFather, then load the new one from the environment or a ' +
    'secret store.',
  examples: {
    positive: [
      { text: 'TELEGRAM_BOT_TOKEN=5615945716:AAjbpTEBdX4745crmAkKf9R3FU6FGGHqYmP' },
      { text: 'curl "https://api.telegram.org/bot722066997:AAPfEGmAQDSzUCTDr3z2uJl4gEadLrQToJA/sendMessage?chat_id=42&text=hi"' },
      { text: 'NOTIFY_URL=4508171628:AAAocIKgVR81tJWHXHekMpXtwYa-HwqLAeX', why: 'no context, but the AA that starts every issued secret' },
      { text: 'apprise -b "done" tgram://6537203509:XAUOj-QgAsXe4bSugmyUsbMlG3NVBOobYKA/-1001234', why: "apprise's tgram:// scheme" },
    ],
    negative: [
      { text: 'TELEGRAM_BOT_TOKEN=5615945716:AAjbpTEBdX4745crmAkKf9R3FU6FGGHqYm', why: '34 characters' },
      { text: 'cache_key = "5615945716:XAjbpTEBdX4745crmAkKf9R3FU6FGGHqYmP"', why: 'no bot or telegram context, no AA' },
      { text: 'mac = "5615945716:AAjbpTEBdX4745crmAkKf9R3FU6FGGHqYm"', why: '34 characters' },
      { text: 'TELEGRAM_BOT_TOKEN=123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

// Microsoft Teams incoming webhook URLs (Office 365 connectors): tenant and group ids, the connector's
// 32-hex id and the owner's id, plus a V2 signature on newer URLs. Anyone with the URL can post.
export const microsoftTeamsWebhookUrl: Detector = patternDetector({
  id: 'microsoft-teams-webhook-url',
  title: 'Microsoft Teams incoming webhook URL',
  vendor: 'Microsoft Teams',
  severity: 'medium',
  keywords: ['incomingwebhook'],
  pattern: new RegExp(
    String.raw`(?<secret>https://(?:[A-Za-z0-9-]{1,63}\.webhook\.office\.com|outlook\.office(?:365)?\.com)/webhook(?:b2)?/` +
      String.raw`${UUID}@${UUID}/IncomingWebhook/[0-9a-f]{32}/${UUID}(?:/V2[A-Za-z0-9_-]{20,80})?)(?![A-Za-z0-9_-])`,
    'i',
  ),
  remediation:
    'Remove the connector from the channel (Manage channel > Connectors) and create a new one, or move to a ' +
    'Workflows webhook, and keep the URL in a secret store.',
  examples: {
    positive: [
      {
        text: 'TEAMS_WEBHOOK_URL=https://contoso.webhook.office.com/webhookb2/50ba19f4-3b47-410e-a1f8-fe0055324087@0b44f6c4-e559-4b36-ac34-664541f649c2/IncomingWebhook/daee25c7c4a229cec3f042752f0fcc3d/9e10aeb2-c9ad-41b0-badd-b05a4ab0ab5c/V21jZhat1VOtrVha0yOSbojenKtkSHopaQ8Y6DA7EMACu',
      },
      {
        text: 'url: https://outlook.office.com/webhook/6f5a25d1-2e4b-495a-a53c-b3722a20c9f3@be48d339-593b-46cd-9c76-725ef8195c94/IncomingWebhook/baf9d3f2cf66e1b8a5a5f85a583dd539/835b195e-b81e-4bf1-998c-1afeb6e3f8b1',
      },
    ],
    negative: [
      { text: 'https://contoso.webhook.office.com/webhookb2/<group-id>@<tenant-id>/IncomingWebhook/<id>/<owner-id>' },
      {
        text: 'https://outlook.office.com/webhook/6f5a25d1-2e4b-495a-a53c-b3722a20c9f3@be48d339-593b-46cd-9c76-725ef8195c94/IncomingWebhook/baf9d3f2cf66e1b8a5a5f85a583dd53/835b195e-b81e-4bf1-998c-1afeb6e3f8b1',
        why: '31-hex connector id',
      },
    ],
  },
});
