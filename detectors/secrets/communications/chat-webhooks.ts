// Incoming-webhook URLs of chat platforms that carry their own secret, as Slack's and Teams' do:
// anyone holding the URL can post into the group or channel it was made for. Each format is the
// vendor's documented webhook address with the random part it generates.
import type { Detector } from '../../../src/types.js';
import { shannonEntropy } from '../../kit/entropy.js';
import { patternDetector } from '../../kit/pattern.js';
import { withVendorForms } from '../../kit/vendor-token.js';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** A documentation host (`your-domain.com`, `my-server`, `example.org`): the URL is a stand-in. */
const DOC_HOST = /^https?:\/\/[^/]{0,80}(?:your|example|my-?(?:domain|server)|domain\.(?:com|tld))/i;

/** The random part of a URL (after its last '/', '=' or the given marker) looks random. */
const randomTail = (min: number) => (secret: string): boolean => shannonEntropy(secret.slice(Math.max(secret.lastIndexOf('/'), secret.lastIndexOf('=')) + 1)) >= min;

// DingTalk custom robots: https://oapi.dingtalk.com/robot/send?access_token=<64 hex>. The access token
// is the robot's send credential; it is also kept on its own (`DINGTALK_TOKEN=<64 hex>`), read the kit's way.
export const dingtalkRobotToken: Detector = withVendorForms(
  patternDetector({
    id: 'dingtalk-robot-token',
    title: 'DingTalk robot webhook access token',
    vendor: 'DingTalk',
    severity: 'medium',
    keywords: ['oapi.dingtalk.com/robot/send'],
    pattern: /(?:https?:\/\/)?oapi\.dingtalk\.com\/robot\/send\?access_token=(?<secret>[0-9a-f]{64})(?![0-9A-Za-z])/,
    minEntropy: 3.2,
    remediation:
      'Remove the custom robot from the DingTalk group (group settings > bots) and add a new one; keep its webhook ' +
      'token and signing secret in the environment or a secret store, as anyone holding the token can post to the group.',
    examples: {
      positive: [
        { text: 'DINGTALK_WEBHOOK=https://oapi.dingtalk.com/robot/send?access_token=df1adf1523d28a86ab7012c949e854bff661b4df045d3fb95bc289874c7dab25', path: '.env' },
        { text: "url = f'https://oapi.dingtalk.com/robot/send?access_token=e4e1dcc2e0e275ddec571bf2143acffcc39da25c1c2ec43e4c9d6eb6bf1c853d&timestamp={ts}&sign={sign}'", path: 'alerts/ding.py' },
        { text: 'dingtalk:\n  access_token: c612fbfe5e899b9b6f6e5d3ab7c54b97a4d853c7780428c82cbfda5716d5168d', path: 'config/notify.yml', why: 'the token alone, under a DingTalk mapping' },
      ],
      negative: [
        { text: 'webhook: https://oapi.dingtalk.com/robot/send?access_token=XXXXXX', why: "DingTalk's placeholder" },
        { text: 'https://oapi.dingtalk.com/robot/send?access_token=${DINGTALK_TOKEN}', why: 'a reference' },
        { text: 'url = "https://oapi.dingtalk.com/robot/send?access_token=df1adf1523d28a86ab7012c949e854bff661b4df045d3fb95bc289874c7dab2"', why: '63 hex' },
      ],
    },
  }),
  { names: ['dingtalk', 'dingding'], token: { alphabet: 'hex', length: 64 } },
);

// DingTalk robot signing secrets ("加签"): 'SEC' and 64 hex, shown on the robot's security settings page.
// The keywords are 'SEC' with the first hex digit, so that 'second' and 'section' do not select it.
export const dingtalkSigningSecret: Detector = patternDetector({
  id: 'dingtalk-signing-secret',
  title: 'DingTalk robot signing secret',
  vendor: 'DingTalk',
  severity: 'medium',
  keywords: [...'0123456789abcdef'].map((c) => `sec${c}`),
  pattern: /(?<![A-Za-z0-9_])(?<secret>SEC[0-9a-f]{64})(?![A-Za-z0-9_])/,
  minEntropy: 3.3,
  validate: (secret) => shannonEntropy(secret.slice(3)) >= 3.3,
  remediation:
    'Reset the signing secret on the robot\'s security settings in the DingTalk group (or remove the robot and add a ' +
    'new one), then load it from the environment or a secret store together with the webhook token.',
  examples: {
    positive: [
      { text: 'DINGTALK_SECRET=SEC85117c58a527f9fc1164325e0781fa46208437f17052e1593ef8a748b34419e1', path: '.env' },
      { text: "const secret = 'SEC425d0b4f08a93dbc298ef127274e371943e9fe7a2d6f7ab670fd5458821b1b93';", path: 'src/notify/dingtalk.ts' },
    ],
    negative: [
      { text: 'DINGTALK_SECRET=SECxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
      { text: 'DINGTALK_SECRET=SEC85117c58a527f9fc1164325e0781fa46208437f17052e1593ef8a748b34419e', why: '63 hex' },
      { text: 'digest = "SECT85117c58a527f9fc1164325e0781fa46208437f17052e1593ef8a748b34419e1"', why: 'part of a longer word' },
    ],
  },
});

// Feishu and Lark custom bots: https://open.feishu.cn/open-apis/bot/v2/hook/<uuid> (open.larksuite.com for
// Lark). The uuid is the bot's only credential unless signature checking is switched on.
export const feishuWebhookUrl: Detector = patternDetector({
  id: 'feishu-webhook-url',
  title: 'Feishu / Lark custom bot webhook URL',
  vendor: 'Feishu',
  severity: 'medium',
  keywords: ['open-apis/bot/v2/hook/'],
  pattern: new RegExp(String.raw`(?<secret>(?:https?://)?open\.(?:feishu\.cn|larksuite\.com)/open-apis/bot/v2/hook/${UUID})(?![0-9A-Za-z-])`),
  validate: randomTail(3),
  remediation:
    'Remove the custom bot from the Feishu or Lark group (group settings > bots) and add a new one with signature ' +
    'verification on; keep its webhook URL and signing secret in the environment or a secret store.',
  examples: {
    positive: [
      { text: 'FEISHU_WEBHOOK_URL=https://open.feishu.cn/open-apis/bot/v2/hook/2145dcf3-b4fb-445a-ac4b-cc8a640edc96', path: '.env' },
      { text: 'requests.post("https://open.larksuite.com/open-apis/bot/v2/hook/1a90965d-d1a2-4c50-9fe4-5f4145de927c", json=card)', path: 'ops/lark.py' },
    ],
    negative: [
      { text: 'webhook: https://open.feishu.cn/open-apis/bot/v2/hook/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', why: 'placeholder' },
      { text: 'https://open.feishu.cn/open-apis/bot/v2/hook/{hook_id}', why: 'a template' },
      { text: 'https://open.feishu.cn/open-apis/bot/v2/hook/00000000-0000-0000-0000-000000000000', why: 'all zeros' },
    ],
  },
});

// WeCom (WeChat Work) group robots: https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=<uuid>.
export const wecomWebhookUrl: Detector = patternDetector({
  id: 'wecom-webhook-url',
  title: 'WeCom group robot webhook URL',
  vendor: 'WeCom',
  severity: 'medium',
  keywords: ['qyapi.weixin.qq.com/cgi-bin/webhook/send'],
  pattern: new RegExp(String.raw`(?<secret>(?:https?://)?qyapi\.weixin\.qq\.com/cgi-bin/webhook/send\?key=${UUID})(?![0-9A-Za-z-])`),
  validate: randomTail(3),
  remediation:
    'Remove the group robot in the WeCom group (group settings > group robots) and add a new one; keep its webhook ' +
    'key in the environment or a secret store, as anyone holding it can post to the group.',
  examples: {
    positive: [
      { text: 'WECOM_WEBHOOK=https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=ba097f52-e7e7-4623-a431-3a8575fde0e6', path: '.env' },
      { text: 'curl "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=f8b72954-cd54-425f-b4d9-5f9dff2c842e" -H "Content-Type: application/json" -d "$body"', path: 'scripts/notify.sh' },
    ],
    negative: [
      { text: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=XXXXXXXXXXXXXXXXXX', why: 'placeholder' },
      { text: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693axxx6-7aoc-4bc4-97a0-0ec2sifa5aaa', why: 'not hex: a masked example' },
      { text: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/upload_media?key=ba097f52-e7e7-4623-a431-3a8575fde0e6', why: 'another endpoint: the send URL is what is reported' },
    ],
  },
});

// Google Chat incoming webhooks: https://chat.googleapis.com/v1/spaces/<space>/messages?key=<API key>&token=<43
// base64url, '=' padded, usually URL-encoded as %3D>. The key is shared by every webhook; the token is the secret.
export const googleChatWebhookUrl: Detector = patternDetector({
  id: 'google-chat-webhook-url',
  title: 'Google Chat incoming webhook URL',
  vendor: 'Google Chat',
  severity: 'medium',
  keywords: ['chat.googleapis.com/v1/spaces/'],
  // the URL holds a Google API key (`key=AIza…`) that google-api-key reports too: the whole webhook wins
  priority: 60,
  pattern:
    /(?<secret>(?:https?:\/\/)?chat\.googleapis\.com\/v1\/spaces\/[A-Za-z0-9_-]{6,24}\/messages\?key=[A-Za-z0-9_-]{39}&(?:amp;)?token=[A-Za-z0-9_-]{43}(?:%3D|=)?)(?![A-Za-z0-9_-])/,
  validate: (secret) => shannonEntropy(secret.slice(secret.indexOf('token=') + 6).replace(/%3D|=/, '')) >= 3.5,
  remediation:
    'Delete the webhook in the Google Chat space (space name > Apps & integrations > Webhooks) and create a new ' +
    'one; keep its URL in the environment or a secret store, as anyone holding it can post to the space.',
  examples: {
    positive: [
      { text: 'GOOGLE_CHAT_WEBHOOK=https://chat.googleapis.com/v1/spaces/AAAAq7Tk3Lw/messages?key=AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI&token=oEqPqcsPlN27X5Jr8A78un0Z85Qa1q3NPsvtgsu0LTv%3D', path: '.env' },
      { text: 'webhook_url: "https://chat.googleapis.com/v1/spaces/AAAA2xR9bNm/messages?key=AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI&token=cRJ3r2TS4EQkgQiD9xabFRJzB1QbRD1qcBpb4DPscNY"', path: 'alerting/values.yaml' },
    ],
    negative: [
      { text: 'https://chat.googleapis.com/v1/spaces/SPACE_ID/messages?key=KEY&token=TOKEN', why: 'placeholders' },
      { text: 'url: https://chat.googleapis.com/v1/spaces/example_space/messages?key=example_key', why: 'no token' },
      { text: 'https://chat.googleapis.com/v1/spaces/AAAAq7Tk3Lw/messages?key=AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI&token=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'masked token' },
    ],
  },
});

// Rocket.Chat incoming webhooks: https://<server>/hooks/<integration id, 17 characters>/<token, 48 characters>.
// Both are Meteor random ids; the pair in the URL is the only credential the hook needs.
export const rocketchatWebhookUrl: Detector = patternDetector({
  id: 'rocketchat-webhook-url',
  title: 'Rocket.Chat incoming webhook URL',
  vendor: 'Rocket.Chat',
  severity: 'medium',
  keywords: ['/hooks/'],
  keywordCheck: (text, at) => /^\/hooks\/[A-Za-z0-9]{17}\//.test(text.slice(at, at + 25)),
  pattern: /(?<secret>https?:\/\/[\w.:~/-]{1,300}\/hooks\/[A-Za-z0-9]{17}\/[A-Za-z0-9]{48})(?![A-Za-z0-9_-])/,
  keywordSpan: { before: 400, after: 80 },
  validate: (secret) => {
    const [id = '', token = ''] = secret.slice(secret.lastIndexOf('/hooks/') + 7).split('/');
    return !DOC_HOST.test(secret) && /[0-9]/.test(id + token) && /[a-z]/.test(token) && /[A-Z]/.test(token) && shannonEntropy(token) >= 4;
  },
  remediation:
    'Delete the incoming integration in Rocket.Chat (Administration > Workspace > Integrations) or regenerate its ' +
    'token, and keep the new webhook URL in the environment or a secret store.',
  examples: {
    positive: [
      { text: 'ROCKETCHAT_WEBHOOK=https://chat.northwind.org/hooks/Xh3DiRAnyJgYyidxc/kJyBSNZ6eaMtWFxdqGTqr7TX7xCqAHc7RlWYJmkcrIxkkI2q', path: '.env' },
      { text: "fetch('https://rocket.acme.io:3000/hooks/TRtRmcAWeTzXzfTHr/u0r9uVwSDjWq23nmD0JHIfP30nIJPVsRHGf5TWWdKbwUXOdK', { method: 'POST', body })", path: 'src/ci/notify.js' },
    ],
    negative: [
      { text: 'https://chat.northwind.org/hooks/Xh3DiRAnyJgYyidxc/kJyBSNZ6eaMtWFxdqGTqr7TX7xCqAHc7RlWYJmkcrIxkk', why: 'token too short' },
      { text: 'https://chat.example.org/hooks/<integrationId>/<token>', why: 'placeholders' },
      { text: 'cp scripts/pre-commit .git/hooks/pre-commit', why: 'git hooks' },
    ],
  },
});

// Mattermost incoming webhooks: https://<server>/hooks/<26 characters>, a Mattermost id (z-base-32: lower-case
// letters and digits without 0, 2, l and v). "Treat this endpoint as a secret", says Mattermost.
export const mattermostWebhookUrl: Detector = patternDetector({
  id: 'mattermost-webhook-url',
  title: 'Mattermost incoming webhook URL',
  vendor: 'Mattermost',
  severity: 'medium',
  keywords: ['/hooks/'],
  keywordCheck: (text, at) => /^\/hooks\/[13-9a-km-uw-z]{26}(?![A-Za-z0-9_/-])/.test(text.slice(at, at + 40)),
  pattern: /(?<secret>https?:\/\/[\w.:~/-]{1,300}\/hooks\/[13-9a-km-uw-z]{26})(?![A-Za-z0-9_/-])/,
  keywordSpan: { before: 400, after: 40 },
  validate: (secret) => {
    const id = secret.slice(-26);
    return !DOC_HOST.test(secret) && /[0-9]/.test(id) && /[a-z]/.test(id) && shannonEntropy(id) >= 3.5;
  },
  remediation:
    'Delete the incoming webhook in Mattermost (Product menu > Integrations > Incoming Webhooks) and create a new ' +
    'one; keep its URL in the environment or a secret store, as anyone holding it can post to the channel.',
  examples: {
    positive: [
      { text: 'MATTERMOST_WEBHOOK_URL=https://mattermost.northwind.io/hooks/96jygocgr98rfunwu1tnfurnch', path: '.env' },
      { text: 'curl -i -X POST -H "Content-Type: application/json" -d @msg.json https://chat.acme.dev/hooks/oagpbei1x697j4u11skgsa9uhw', path: 'deploy/notify.sh' },
    ],
    negative: [
      { text: 'https://your-mattermost-server.com/hooks/xxx-generatedkey-xxx', why: "Mattermost's placeholder" },
      { text: 'https://mattermost.northwind.io/hooks/96jygocgr98rfunwu1tnfurnc', why: '25 characters' },
      { text: 'https://ci.example.com/hooks/build-status-notifications-main', why: 'a readable path' },
      { text: 'https://your-domain.com/hooks/bywsw8zt5jgpte3nm65qjiru6h', path: 'docs/services/mattermost.md', why: "shoutrrr's documentation URL: a your-domain host" },
    ],
  },
});

/** Chat webhook URLs and signing secrets (DingTalk, Feishu/Lark, WeCom, Google Chat, Rocket.Chat, Mattermost). */
export const chatWebhookDetectors: readonly Detector[] = [
  dingtalkRobotToken,
  dingtalkSigningSecret,
  feishuWebhookUrl,
  googleChatWebhookUrl,
  mattermostWebhookUrl,
  rocketchatWebhookUrl,
  wecomWebhookUrl,
];
