import type { Detector } from '../../../src/types.js';
import { shannonEntropy } from '../../kit/entropy.js';
import { patternDetector } from '../../kit/pattern.js';

// xox? tokens: a kind letter (b bot, p user, a workspace app, r/e refresh, s/o legacy) then numeric
// ids separated by '-' and a random secret segment. Rotating tokens are `xoxe.xoxp-1-<long secret>`,
// their refresh tokens `xoxe-1-<long secret>`; app-level tokens are `xapp-1-A<id>-<number>-<64 hex>`
// (an older form, `xapp-<12 digits>-<24 base64>`, is still found in repositories).
const XOX = String.raw`(?:xoxe\.)?xox[abeoprs]-(?:\d{1,16}-){1,4}[A-Za-z0-9]{8,256}`;
const XAPP = String.raw`xapp-(?:\d-[A-Z0-9]{8,14}-\d{8,16}-[a-f0-9]{64}|\d{10,13}-[A-Za-z0-9/+]{24})`;

const KINDS: Readonly<Record<string, string>> = {
  b: 'bot token', p: 'user token', a: 'workspace app token', r: 'refresh token', e: 'refresh token', s: 'legacy session token', o: 'legacy token',
};

function isSlackToken(secret: string): boolean {
  if (secret.startsWith('xapp-')) return shannonEntropy(secret.slice(secret.lastIndexOf('-') + 1)) >= 3.5;
  const parts = secret.split('-');
  const last = parts[parts.length - 1] as string;
  if (secret.startsWith('xoxe')) return last.length >= 40 && shannonEntropy(last) >= 4; // rotating and refresh tokens
  const longIds = parts.slice(1, -1).filter((p) => p.length >= 8);
  return longIds.length >= 1 && last.length >= 20 && shannonEntropy(last) >= 3.5;
}

export const slackToken: Detector = patternDetector({
  id: 'slack-token',
  title: 'Slack token',
  vendor: 'Slack',
  severity: 'high',
  keywords: ['xoxb-', 'xoxp-', 'xoxa-', 'xoxr-', 'xoxs-', 'xoxo-', 'xoxe-', 'xoxe.', 'xapp-'],
  pattern: new RegExp(String.raw`(?<![\w.-])(?<secret>${XOX}|${XAPP})(?![\w-])`),
  validate: isSlackToken,
  detail: (m) => {
    const s = m.groups?.secret ?? '';
    if (s.startsWith('xapp-')) return 'app-level token';
    return s.startsWith('xoxe.') ? 'rotating token' : KINDS[s.charAt(3)];
  },
  remediation:
    'Revoke the token (api.slack.com/apps > your app > OAuth & Permissions, or auth.revoke), reinstall or rotate ' +
    'to get a new one, and read it from the environment or a secret store.',
  examples: {
    positive: [
      { text: 'slack_token = "xoxb-141077204635-9256316154687-ZmWkccbflisrfc9FzCu2kWpG"', path: 'bots/notify.py' },
      { text: 'SLACK_USER_TOKEN=xoxp-13763139012-707095963723-6757362032713-15ee9bd0336727500a6407cd8bff5ddc' },
      {
        text: '"token": "xoxe.xoxp-1-whhJInLl3ZZESfuI0ZT23OBfjnlmVvuWwvKunUOHUxjLlkdico5nuBPjmVQwz9eEZTXPgbp6Br4oJdLoD9Sb6y3cVAnvf2BaDIQA6TgweeTL5JZct4F4Uiv5lxRspS3Fo8MngPVmhfHBwpMUcp63Gt"',
        why: 'rotating configuration token',
      },
      { text: 'SLACK_APP_TOKEN: xapp-1-A382QLNDRHE-3526990987847-ed52600c1363eb5f5498fd0dfc073802d228e7ee5007fd78bc61a227804f9cea' },
      { text: 'ENV SLACK_APP_TOKEN="xapp-518204937716-Tq8Wv/3KxLm9Pz2Rn7Hb4Ycd"', path: 'Dockerfile', why: 'older app-level form' },
    ],
    negative: [
      { text: 'token: xoxp-12345-67890-1928471-abcdefg', why: "Slack's documentation example" },
      { text: 'slack_token = "xoxb-141077204635-9256316154687-ZmWkccbf"', why: 'secret segment too short' },
      { text: 'SLACK_BOT_TOKEN=xoxb-000000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
      { text: 'refresh_token: "xoxe-1-abcdefg"', why: "Slack's refresh token example" },
      { text: 'tokens start with xoxb- or xoxp-' },
    ],
  },
});

// Incoming webhooks: https://hooks.slack.com/services/T<team>/B<hook>/<24 random characters>. The team
// and hook ids are upper-case in Slack's output but are matched in either case (copies get lower-cased).
export const slackWebhookUrl: Detector = patternDetector({
  id: 'slack-webhook-url',
  title: 'Slack incoming webhook URL',
  vendor: 'Slack',
  severity: 'medium',
  keywords: ['hooks.slack.com'],
  pattern: /(?<![\w.-])(?<secret>(?:https?:\/\/)?hooks\.slack\.com\/services\/T[A-Za-z0-9]{8,12}\/B[A-Za-z0-9]{8,12}\/[A-Za-z0-9]{24})(?![\w-])/,
  minEntropy: 3.5,
  remediation:
    'Remove the webhook in the Slack app settings (Incoming Webhooks) and create a new one; keep its URL in ' +
    'the environment or a secret store, as anyone holding it can post to the channel.',
  examples: {
    positive: [
      { text: 'SLACK_WEBHOOK=https://hooks.slack.com/services/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' },
      { text: 'requests.post("https://hooks.slack.com/services/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", json=msg)' },
      { text: 'webhook: https://hooks.slack.com/services/Tq7Kd2rX9/Bw3Lp8Zt5/h4VbN9mQ2xKs7RtY3pLc8WfJ', why: 'ids in lower case' },
    ],
    negative: [
      { text: 'SLACK_WEBHOOK=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX', why: "Slack's placeholder" },
      { text: 'SLACK_WEBHOOK=https://hooks.slack.com/services/TP4Q1OD3F/BEHI3ATMUEC/2jGHfZHTOAuIlTfrsJlZ', why: 'secret too short' },
      { text: 'post to https://hooks.slack.com/services/... with your webhook' },
    ],
  },
});
