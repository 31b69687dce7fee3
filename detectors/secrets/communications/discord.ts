import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';

/** The first part of a bot token is the bot's user id (a 17 to 20 digit snowflake) in base64url. */
function isSnowflakeSegment(segment: string): boolean {
  return /^[1-9][0-9]{16,19}$/.test(Buffer.from(segment, 'base64url').toString('latin1'));
}

// Discord bot tokens: three base64url parts joined by dots: the bot's id, a 6-character
// timestamp, and a 27 to 38 character HMAC. The decodable id is what sets them apart from
// other dotted tokens (a JWT's first part decodes to '{"alg"...').
export const discordBotToken: Detector = patternDetector({
  id: 'discord-bot-token',
  title: 'Discord bot token',
  vendor: 'Discord',
  severity: 'high',
  // 'bot' only as a word of its own ('bot.run', 'BOT_TOKEN', 'Bot <token>'), not inside 'both' or 'bottom'
  keywords: ['discord', 'bot.', 'bot_', 'bot ', 'bot=', 'bot"', "bot'"],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>(?<id>[MNO][A-Za-z0-9_-]{22,26})\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38})(?![A-Za-z0-9_.-])/,
  validate: (_secret, m) => isSnowflakeSegment(m.groups?.['id'] ?? ''),
  minEntropy: 4,
  remediation:
    'Reset the token on the application\'s Bot page in the Discord Developer Portal, then load the new one from ' +
    'the environment or a secret store.',
  examples: {
    positive: [
      { text: 'DISCORD_TOKEN=MTQ1MzgwMjEwNjA4OTQyMjI5.WS3c2-.g_3FZ6qVNcMq548KT_4k90y9tExKRrWQSbB4KQ' },
      { text: 'bot.run("OTE5NjIwOTUyOTQ4ODc1ODMxNw.N_6aNk.H7GNBrcOm4spItyQLxNBdvtXw_v")', path: 'bot.py' },
    ],
    negative: [
      { text: 'DISCORD_TOKEN=NHgyYjdrOW0xcTN6OHc1cjZ0.WS3c2-.g_3FZ6qVNcMq548KT_4k90y9tExKRrWQSbB4KQ', why: 'first part is not a snowflake id' },
      { text: 'DISCORD_TOKEN=MTQ1MzgwMjEwNjA4OTQyMjI5.WS3c2.g_3FZ6qVNcMq548KT_4k90y9tExKRrWQSbB4KQ', why: 'timestamp part too short' },
      { text: 'bot.run(os.environ["DISCORD_TOKEN"])' },
      { text: 'DISCORD_TOKEN=MTxxxxxxxxxxxxxxxxxxxxxx.xxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' },
    ],
  },
});

// Discord webhook URLs: the webhook id and its 68-character token. Anyone with the URL can post as
// the webhook, so the whole URL is the secret.
export const discordWebhookUrl: Detector = patternDetector({
  id: 'discord-webhook-url',
  title: 'Discord webhook URL',
  vendor: 'Discord',
  severity: 'medium',
  keywords: ['discord'],
  pattern:
    /(?<secret>https:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/api(?:\/v\d{1,2})?\/webhooks\/\d{17,20}\/[A-Za-z0-9_-]{60,80})(?![A-Za-z0-9_-])/,
  remediation:
    'Delete the webhook (Server settings > Integrations > Webhooks) and create a new one, then keep its URL in ' +
    'the environment or a secret store.',
  examples: {
    positive: [
      { text: 'DISCORD_WEBHOOK=https://discord.com/api/webhooks/1644747320489464697/iiJfav677stEdtI2t-kKyvKDHu-Y8RfAXP5njqkfeb3FcC8xQmX1SkCPa0N3W8eHKFi5' },
      { text: "requests.post('https://canary.discordapp.com/api/v10/webhooks/870496662348145283/EF3IhBhorU3R9xIANZoZwIJpYvp8cXJFf9O3o6IcPkIRUG_tPtW4_hKsAFlMArl2JJ7l', json=msg)" },
    ],
    negative: [
      { text: 'https://discord.com/api/webhooks/1644747320489464697/iiJfav677stEdtI2t-kKyvKDHu', why: 'token too short' },
      { text: 'https://discord.com/api/webhooks/{webhook.id}/{webhook.token}' },
      { text: 'https://discord.com/api/webhooks/1644747320489464697/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' },
    ],
  },
});
