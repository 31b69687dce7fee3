import type { Detector } from '../../../src/types.js';
import { vendorTokens } from '../../kit/vendor-token.js';
import { patternDetector } from '../../kit/pattern.js';
import { mailgunBasicAuth } from './email.js';
import { namedSecret } from '../shared/named-secret.js';

/** communications vendors M–R whose keys are recognised by the vendor's name next to the value (see kit/vendor-token.ts). */
const named: readonly Detector[] = vendorTokens([
  {
    // Novu API keys (the secret key of an environment): 32 hex, sent as `Authorization: ApiKey <key>`.
    id: 'novu-api-key',
    title: 'Novu API key',
    vendor: 'Novu',
    names: ['novu'],
    token: { alphabet: 'hex', length: 32 },
    remediation:
      'Regenerate the environment\'s secret key on the API Keys page of the Novu dashboard (the old key stops working) ' +
      'and keep it on the server (NOVU_SECRET_KEY); the application identifier is the only value client code needs.',
    examples: {
      positive: [
        { text: 'NOVU_SECRET_KEY=581b1ca6671d0512aff0cbbbcd7d2711', path: '.env' },
        { text: "const novu = new Novu({ secretKey: '8afea799080807a16d5c6b0a7c821126' });", path: 'src/notify.ts' },
      ],
      negative: [
        { text: 'NEXT_PUBLIC_NOVU_APP_ID=Yx3kM9pQ2wZa', why: 'the application identifier, public' },
        { text: 'NOVU_SECRET_KEY=581b1ca6671d0512aff0cbbbcd7d271', why: '31 hex' },
      ],
    },
  },
  {
    // Plunk secret keys: sk_ + 48 hex (24 random bytes); the public key that tracks events is pk_ + 48 hex.
    id: 'plunk-secret-key',
    title: 'Plunk secret key',
    vendor: 'Plunk',
    names: ['plunk'],
    token: { alphabet: 'hex', prefix: 'sk_', length: 48 },
    remediation:
      'Regenerate the project\'s keys in the Plunk dashboard (project settings, API keys) and keep the secret key on the ' +
      'server (PLUNK_SECRET_KEY); only the pk_ key belongs in client code.',
    examples: {
      positive: [
        { text: 'PLUNK_SECRET_KEY=sk_7d5a08b9fc8c01dc68af70bf0b4aa0b273a74f658528864d', path: '.env' },
        { text: "const plunk = new Plunk('sk_4c3d6e056fc002a946c97f502ba8538efb3939024b7a5170');", path: 'src/mail.ts' },
      ],
      negative: [
        { text: 'PLUNK_PUBLIC_KEY=pk_7d5a08b9fc8c01dc68af70bf0b4aa0b273a74f658528864d', why: 'the public key' },
        { text: 'PLUNK_SECRET_KEY=sk_your_secret_key', why: 'placeholder' },
        { text: 'PLUNK_SECRET_KEY=sk_7d5a08b9fc8c01dc68af70bf0b4aa0b273a74f65852886', why: '46 hex' },
      ],
    },
  },
  {
    id: 'mailtrap-api-token',
    title: 'Mailtrap API token',
    vendor: 'Mailtrap',
    names: ['mailtrap'],
    // 32 hex, sent as `Authorization: Bearer` or `Api-Token:`; also the SMTP password of the sending and sandbox hosts
    token: { alphabet: 'hex', length: 32 },
    remediation:
      'Delete the token under Settings > API Tokens in Mailtrap and create a new one with the narrowest scope (one ' +
      'sending stream or one sandbox); keep it in MAILTRAP_API_TOKEN from a secret store.',
    examples: {
      positive: [
        { text: 'MAILTRAP_API_TOKEN=2a0af8840346559d19e5d70466b80a46', path: '.env' },
        { text: "const mailtrapToken = 'dd40f98825fcd9e5650d849afd20fae0';", path: 'src/mail.ts' },
        { text: 'mailtrap:\n  api_token: 8abf4ffc9142667341dea5d7c64c96d7', path: 'config/mail.yml' },
      ],
      negative: [
        { text: 'MAILTRAP_API_TOKEN=2a0af8840346559d19e5d70466b80a4', why: '31 hex' },
        { text: 'MAILTRAP_INBOX_ID=2a0af8840346559d19e5d70466b80a46', why: 'an id, no key-like word' },
        { text: 'MAILTRAP_API_TOKEN=your_mailtrap_api_token', why: 'placeholder' },
      ],
    },
  },
  {
    // 'line' and 'notify' alone are common words: only the compound names
    id: 'line-notify-token',
    title: 'LINE Notify access token',
    vendor: 'LINE Notify',
    names: ['linenotify', 'line_notify', 'line-notify'],
    token: { alphabet: 'alnum', length: [43, 53] },
    examples: {
      positive: [
        { text: 'LINE_NOTIFY_TOKEN=0yNLU3DdHMph7gxezsNa1M8nLU3j7bEMvJC3fFYs1617E0YxbMy5c', path: '.env' },
        { text: `linenotify_secret: 'xlzjRTuqS29T7H6w9Ys8j2L5akWnx3ILqxmCH8kPWdn'` },
      ],
      negative: [{ text: 'LINE_NOTIFY_API_KEY=0yNLU3DdHMph7gxezsNa1M8nLU3j7bEMvJC3fFYs16', why: '42 characters' }],
    },
  },
  {
    id: 'mailerlite-api-key',
    title: 'MailerLite API key',
    vendor: 'MailerLite',
    names: ['mailerlite'],
    token: [{ alphabet: 'lower-alnum', length: 32 }, { alphabet: 'token', length: [100, 512], prefix: 'eyJ' }],
    remediation:
      'Delete the token under Integrations > API in MailerLite and create a new one; keep it in a secret ' +
      'store.',
    examples: {
      positive: [
        { text: 'MAILERLITE_API_KEY=w9uc0dsws6eskgi1ga4i5frh6sdmge7z', path: '.env' },
        { text: `mailerlite = MailerLite({ api_key: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJhdWQiOiI0IiwianRpIjoiajc3ODU3MjE1NiIsImlhdCI6MTcwMDAwMDAwMCwibmJmIjoxNzAwMDAwMDAwLCJleHAiOjQ4NTU3NjAwMDAsInN1YiI6Ijc3ODU3MjE1NiIsInNjb3BlcyI6W119.3r_iX-O7-4R_uwzpfvH0rRtbAgrKiZL90o0vw1xBaBB' });` },
      ],
    },
  },
  {
    // MJ_APIKEY_PUBLIC/MJ_APIKEY_PRIVATE are the names Mailjet documents
    id: 'mailjet-api-key',
    title: 'Mailjet API key, secret or SMS token',
    vendor: 'Mailjet',
    names: ['mailjet', 'mj_apikey'],
    token: { alphabet: 'alnum', length: 32 },
    examples: {
      positive: [
        { text: 'MJ_APIKEY_PRIVATE=c0NTjZr1OVvHIfmYKowBNiQ9db1qgdAZ', path: '.env' },
        { text: `MAILJET_SECRET_KEY = 'JVM9S466RBiT4P3QHj87ExWayduoNUzK'` },
      ],
      negative: [{ text: 'MAILJET_API_KEY=c0NTjZr1OVvHIfmYKowBNiQ9db1qgdA', why: '31 characters' }],
    },
  },
  {
    id: 'mailsac-api-key',
    title: 'Mailsac API key',
    vendor: 'Mailsac',
    names: ['mailsac'],
    token: { alphabet: 'alnum', length: [32, 48], prefix: 'k_' },
    examples: {
      positive: [
        { text: 'MAILSAC_API_KEY=k_8m4677QdABgw0AFeQ7PMnh28W8Q2HGsVjH', path: '.env' },
        { text: `headers = {'Mailsac-Key': 'k_TRcnWgXxDH2EcQWNW6aEpu5OpUbS26BN7w6qKIB7pct'}` },
      ],
      negative: [{ text: 'MAILSAC_API_KEY=k_8m4677QdABgw0AFeQ7PMnh28W8Q2HGs', why: '31 characters' }],
    },
  },
  {
    id: 'mandrill-api-key',
    title: 'Mandrill (Mailchimp Transactional) API key',
    vendor: 'Mandrill',
    names: ['mandrill'],
    token: [{ alphabet: 'token', length: 22, prefix: 'md-' }, { alphabet: 'token', length: 22 }],
    remediation:
      'Delete the key under Settings > SMTP & API Info in Mailchimp Transactional (Mandrill) and create a ' +
      'new one; keep it in a secret store.',
    examples: {
      positive: [
        { text: 'MANDRILL_API_KEY=md-iE4yDTmW0_0zO4rykHplGt', path: '.env' },
        { text: `mandrill_key: 'QQa5DTignwyFayRaBjbqx9'` },
      ],
      negative: [
        { text: 'MANDRILL_API_KEY=md-4kT9mQ2vX7bN1pR8sL5w', why: '20 characters after md-' },
        { text: '"X-Mandrill-Signature": "Wq4zR7vK2mPx9LbT3nYc8d/Hs5e=",', path: 'tests/Fixtures/webhook.json', why: 'a webhook signature: 22 characters are only its start' },
      ],
    },
  },
  {
    id: 'mattermost-access-token',
    title: 'Mattermost personal access or bot token',
    vendor: 'Mattermost',
    names: ['mattermost'],
    token: { alphabet: 'lower-alnum', length: 26 },
    remediation:
      'Revoke the token under Profile > Security > Personal Access Tokens (or the bot account) in ' +
      'Mattermost and create a new one; keep it in a secret store.',
    examples: {
      positive: [
        { text: 'MATTERMOST_TOKEN=mmp9xznp7eb7g8frg5hwg4ffho' },
        { text: `  mattermost_token: 'h4xfjubtpr0y0f2uu9qmer0t0t'` },
      ],
      negative: [
        { text: 'MATTERMOST_API_KEY=mmp9xznp7eb7g8frg5hwg4ffh', why: '25 characters' },
        { text: 'MATTERMOST_TEAM_ID=4kt9mq2vx7bn1pr8sl5wz3hd6c', why: 'a team id, no key-like word' },
      ],
    },
  },
  {
    id: 'mesibo-app-token',
    title: 'mesibo app token',
    vendor: 'mesibo',
    names: ['mesibo'],
    token: { alphabet: 'lower-alnum', length: 64 },
    examples: {
      positive: [
        { text: 'MESIBO_API_KEY=i6bvdp8z5ez8uozchq8vznd5z116mizanhxacj9v7uzu7yxq8zewqm4upj8ld6sd', path: '.env' },
        { text: `mesiboApi.setAccessToken('clm6g517np55doycncrjvd2vejfbuai6ydfg0x786vseexlnakoe6qom693ersn8');` },
      ],
      negative: [
        { text: 'MESIBO_API_KEY=i6bvdp8z5ez8uozchq8vznd5z116mizanhxacj9v7uzu7yxq8zewqm4upj8ld6s', why: '63 characters' },
      ],
    },
  },
  {
    id: 'messagebird-api-key',
    title: 'MessageBird (Bird) access key',
    vendor: 'MessageBird',
    names: ['messagebird'],
    token: { alphabet: 'alnum', length: 25 },
    examples: {
      positive: [
        { text: 'MESSAGEBIRD_API_KEY=gzhhxiwo59q1fLwak6FMWdmg8', path: '.env' },
        { text: `client = messagebird.Client('GQo2akDP5WO6TNkGXRz6pFoHq')` },
      ],
      negative: [{ text: 'MESSAGEBIRD_API_KEY=gzhhxiwo59q1fLwak6FMWdmg', why: '24 characters' }],
    },
  },
  {
    id: 'moosend-api-key',
    title: 'Moosend API key',
    vendor: 'Moosend',
    names: ['moosend'],
    token: { alphabet: 'uuid' },
    examples: {
      positive: [
        { text: 'MOOSEND_API_KEY=3a9998fc-f1ec-4072-87fe-f883d2d91459', path: '.env' },
        { text: `url = 'https://api.moosend.com/v3/lists.json?apikey=380923c9-a4f2-4e76-a9e0-cfee52128348'` },
      ],
      negative: [{ text: 'MOOSEND_API_KEY=3a9998fc-f1ec-4072-87fe-f883d2d9145', why: 'a UUID one digit short' }],
    },
  },
  {
    id: 'nylas-api-key',
    title: 'Nylas access token',
    vendor: 'Nylas',
    names: ['nylas'],
    token: { alphabet: 'alnum', length: 30 },
    examples: {
      positive: [
        { text: 'NYLAS_API_KEY=xxAmSUbwU8EnUI7rKxrXKtAhuykmzS', path: '.env' },
        { text: `nylas = Client(api_key='nXtYFZlT7JAV9MBhSoV5qp5vv80PtO')` },
      ],
      negative: [{ text: 'NYLAS_API_KEY=xxAmSUbwU8EnUI7rKxrXKtAhuykmz', why: '29 characters' }],
    },
  },
  {
    id: 'omnisend-api-key',
    title: 'Omnisend API key',
    vendor: 'Omnisend',
    names: ['omnisend'],
    token: { alphabet: 'token', length: [60, 80] },
    examples: {
      positive: [
        { text: 'OMNISEND_API_KEY=V5hAVC_SPgomH5zxfHm1IhUbVt0CVRlgFPu3RIUZJES7q9Ra4EyGfHKgsj3FPASaHBRI_KttMsL', path: '.env' },
        { text: `omnisend_headers = {'X-API-KEY': 'SIii4vTGxo9r5qSAremrE3rTDuqyz42aYQZGqMBuJvaRaid-N1Y6D0cqRZxlAvWo3rVUhVP'}` },
      ],
      negative: [
        { text: 'OMNISEND_API_KEY=V5hAVC_SPgomH5zxfHm1IhUbVt0CVRlgFPu3RIUZJES7q9Ra4EyGfHKgsj3', why: '59 characters' },
      ],
    },
  },
  {
    id: 'onesignal-api-key',
    title: 'OneSignal REST API key',
    vendor: 'OneSignal',
    names: ['onesignal'],
    token: { alphabet: 'uuid' },
    remediation:
      'Rotate the key under Settings > Keys & IDs in OneSignal and keep the new one on the server side, in ' +
      'a secret store.',
    examples: {
      positive: [
        { text: 'ONESIGNAL_SECRET_KEY=439a75bc-f4a5-4069-b47e-f72108e6d7b4' },
        { text: `onesignal_rest_api_key: '4d89530c-73c0-4157-a418-633ee14c5b7f'` },
      ],
      negative: [
        { text: 'ONESIGNAL_API_KEY=439a75bc-f4a5-4069-b47e-f72108e6d7b', why: 'a UUID one digit short' },
        { text: 'ONESIGNAL_APP_ID=3d1f2a9e-7b4c-4d8a-9c2f-1e5a6b7c8d9e', why: 'the App ID is public' },
        { text: "$transport = new OneSignalTransport('c81f0d2e-5a7b-4e93-8d16-b2a4f9e07c35', $apiKey, $recipientId);", why: 'the first argument is the App ID' },
      ],
    },
  },
  {
    // 'netcore' alone is .NET Core: only the compound names
    id: 'pepipost-api-key',
    title: 'Pepipost (Netcore Email) API key',
    vendor: 'Pepipost',
    names: ['pepipost', 'netcore_api', 'netcorecloud'],
    token: { alphabet: 'lower-alnum', length: 32 },
    examples: {
      positive: [
        { text: 'PEPIPOST_API_KEY=nn9wis8p4vzmf7drdewtmtld8vckeg1m', path: '.env' },
        { text: `pepipost_headers = {'api_key': 'gilkbgqm08ih8c8cbm9c91qt5wl6a7l4'}` },
      ],
      negative: [{ text: 'PEPIPOST_API_KEY=nn9wis8p4vzmf7drdewtmtld8vckeg1', why: '31 characters' }],
    },
  },
  {
    // the Auth ID (MA or SA and 18 upper-case letters and digits) is the account's user name, not reported
    id: 'plivo-auth-token',
    title: 'Plivo auth token',
    vendor: 'Plivo',
    names: ['plivo'],
    token: { alphabet: 'alnum', length: 40 },
    severity: 'critical',
    remediation:
      'Generate a new Auth Token under Account > Settings > Credentials in the Plivo console and revoke the old ' +
      'one; keep the new token in a secret store (PLIVO_AUTH_TOKEN).',
    examples: {
      positive: [
        { text: 'PLIVO_AUTH_ID=MAVFSWLL0QZJQ8JSVZX4\nPLIVO_AUTH_TOKEN=LR0GVXR9eYPE6ynTlmxCsXAoGRUYwG0Gep0EBBJE', path: '.env' },
        { text: "PLIVO_AUTH_TOKEN = 'F3O8u4dviXggNzcBlffJYlTCCqhk46VEvvibjQC3'\nclient = plivo.RestClient(PLIVO_AUTH_ID, PLIVO_AUTH_TOKEN)", path: 'sms/send.py' },
      ],
      negative: [
        { text: 'PLIVO_AUTH_ID=MAVFSWLL0QZJQ8JSVZX4', why: 'the Auth ID is the account name' },
        { text: 'PLIVO_AUTH_TOKEN=LR0GVXR9eYPE6ynTlmxCsXAoGRUYwG0Gep0EBBJ', why: '39 characters' },
      ],
    },
  },
  {
    id: 'postageapp-api-key',
    title: 'PostageApp API key',
    vendor: 'PostageApp',
    names: ['postageapp'],
    token: { alphabet: 'alnum', length: 32 },
    examples: {
      positive: [
        { text: 'POSTAGEAPP_API_KEY=wU1qwvjlESwXNcn92BtWUr08QO7vfpoY', path: '.env' },
        { text: '  postageapp_token: "H6EuTV19SsX7Gw3soK4S6w5PRu1rqWXo"', path: 'config/settings.yml' },
      ],
      negative: [{ text: 'POSTAGEAPP_API_KEY=wU1qwvjlESwXNcn92BtWUr08QO7vfpo', why: '31 characters' }],
    },
  },
  {
    id: 'pushbullet-access-token',
    title: 'Pushbullet access token',
    vendor: 'Pushbullet',
    names: ['pushbullet'],
    token: [{ alphabet: 'alnum', length: 32, prefix: 'o.' }, { alphabet: 'alnum', length: 34 }],
    remediation:
      'Delete the access token under Settings > Account in Pushbullet and create a new one; keep it in a ' +
      'secret store.',
    examples: {
      positive: [
        { text: 'PUSHBULLET_ACCESS_TOKEN=o.kFIlZNHt2R43VL7jkhbzoW8xWl3ElfpT', path: '.env' },
        { text: `pb = Pushbullet('o.RhH61DsnV6etOA1KPVwDtdIPGRrQl8aF')` },
        { text: 'pushbullet secret: ctRXy6JMh3nydVRiiqietYusowY0TyD8YR' },
      ],
    },
  },
]);

// ------------------------------------------------------------------ formats with their own mark

// Mailjet's Basic auth value: base64 of `<API key>:<secret key>`, two 32-hex halves (88 characters).
export const mailjetBasicAuth: Detector = patternDetector({
  id: 'mailjet-basic-auth',
  title: 'Mailjet API key and secret in a Basic auth value',
  vendor: 'Mailjet',
  severity: 'high',
  keywords: ['mailjet'],
  pattern: /mailjet[^\n]{0,64}?(?<![A-Za-z0-9+/])(?<secret>[A-Za-z0-9+/]{87}=)(?![A-Za-z0-9+/=])/i,
  validate: (secret) => /^[0-9a-f]{32}:[0-9a-f]{32}$/.test(Buffer.from(secret, 'base64').toString('latin1')),
  priority: 50,
  remediation:
    'Regenerate the secret key under Account settings > API key management in Mailjet (the Basic value holds ' +
    'both halves) and build the header at run time from keys in a secret store.',
  examples: {
    positive: [
      { text: "mailjet_headers = {'Authorization': 'Basic YTVjMzAzZmE0Njg1MmFmOWUyNmI4NWYwYWZiYjNiNzk6MDIxYjQ1YjUxZWQ3MmQ3ZDY0YTAzMWYxMDgzYWE4YmQ='}" },
      { text: 'MAILJET_BASIC_AUTH=N2ZiZWMwMjYyOGM0ZDQ5YzU4OTQ3MTgzZjQ5MDdlZTA6ZTFkYjE3NjBhOGRjYjYyMWZiN2YxOTg3ZTRiOTFlOWE=', path: '.env' },
    ],
    negative: [
      { text: 'MAILJET_BASIC_AUTH=YTVjMzAzZmE0Njg1MmFmOWUyNmI4NWYwYWZiYjNiNzl8MDIxYjQ1YjUxZWQ3MmQ3ZDY0YTAzMWYxMDgzYWE4YmQ=', why: 'decodes to two keys without the colon' },
      { text: 'MAILJET_BASIC_AUTH=YTVjMzAzZmE0Njg1MmFmOWUyNmI4NWYwYWZiYjNiNzk6MDIxYjQ1YjUxZWQ3MmQ3ZDY0YTAzMWYxMDgzYWE4Ym', why: 'truncated' },
    ],
  },
});

// Mailmodo API keys: four groups of seven upper-case letters and digits joined by dashes, next to the name.
export const mailmodoApiKey: Detector = patternDetector({
  id: 'mailmodo-api-key',
  title: 'Mailmodo API key',
  vendor: 'Mailmodo',
  severity: 'high',
  keywords: ['mailmodo'],
  pattern: /mailmodo[^\n]{0,48}?(?<![A-Za-z0-9-])(?<secret>[A-Z0-9]{7}(?:-[A-Z0-9]{7}){3})(?![A-Za-z0-9-])/i,
  minEntropy: 3,
  validate: (secret) => /^[A-Z0-9-]+$/.test(secret) && /[0-9]/.test(secret) && /[A-Z]/.test(secret),
  priority: 50,
  remediation: 'Delete the key under Settings > API keys in Mailmodo and create a new one; keep it in a secret store.',
  examples: {
    positive: [
      { text: 'MAILMODO_API_KEY=ZON4XDJ-WUTH0NC-K5RRBXR-CGK0HVS', path: '.env' },
      { text: "mailmodo_headers = {'mmApiKey': 'CKKSFY3-YEBLVP5-QZV65KD-UAK9MMR'}" },
    ],
    negative: [
      { text: 'MAILMODO_API_KEY=zon4xdj-wuth0nc-k5rrbxr-cgk0hvs', why: 'lower case' },
      { text: 'MAILMODO_API_KEY=ZON4XDJ-WUTH0NC-K5RRBXR', why: 'three groups' },
      { text: 'ORDER_REF=ZON4XDJ-WUTH0NC-K5RRBXR-CGK0HVS', why: 'no mailmodo name' },
    ],
  },
});

const ONESIGNAL_ROTATE =
  'Rotate the key under Settings > Keys & IDs (app keys) or Organizations > Keys & IDs in OneSignal and keep the ' +
  'new one on the server side, in a secret store.';

/** True when the value is base64 of a lower-case UUID (OneSignal's legacy REST keys, PubNub secret keys). */
function isBase64OfUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(Buffer.from(value, 'base64').toString('latin1'));
}

// OneSignal REST API keys (current): os_v2_app_ (app) or os_v2_org_ (organization) and a long
// lower-case base32 part.
export const onesignalRestApiKey: Detector = patternDetector({
  id: 'onesignal-rest-api-key',
  title: 'OneSignal REST API key',
  vendor: 'OneSignal',
  severity: 'high',
  keywords: ['os_v2_app_', 'os_v2_org_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>os_v2_(?<kind>app|org)_[a-z0-9]{60,200})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  detail: (m) => (m.groups?.['kind'] === 'org' ? 'organization key' : 'app key'),
  priority: 50,
  remediation: ONESIGNAL_ROTATE,
  examples: {
    positive: [
      { text: 'ONESIGNAL_REST_API_KEY=os_v2_app_a4epytshilw2oliunoics5sbrpb4ittruvscanh7p2zwsnnyirpmdtwult6e53fyjgg56aev3hythjxruymkwyw44m6fdr5prt6bshllsj2ehd6n5', path: '.env' },
      { text: "headers = {'Authorization': 'Key os_v2_org_3cpfeb7wmxzwlndkqzuz3qdrbtlsmsvzrtaaa6llqlnwv25s2stx4pd4tzi2gxg7rcaiipq5uadplemavv25yafzztwr7xkiezrz56gayr2jwt6un'}" },
    ],
    negative: [
      { text: 'ONESIGNAL_REST_API_KEY=os_v2_app_<your-app-key>', why: 'placeholder' },
      { text: 'ONESIGNAL_REST_API_KEY=os_v2_app_a4epytshilw2oliunoics5sbrpb4ittruvscanh7p2zwsnny', why: 'too short' },
    ],
  },
});

// Legacy app REST API keys: base64 of a UUID (48 characters), with the vendor's name on the line.
export const onesignalLegacyRestApiKey: Detector = patternDetector({
  id: 'onesignal-legacy-rest-api-key',
  title: 'OneSignal REST API key (legacy)',
  vendor: 'OneSignal',
  severity: 'high',
  keywords: ['onesignal'],
  pattern: /onesignal[^\n]{0,64}?(?<![A-Za-z0-9+/])(?<secret>[A-Za-z0-9+/]{48})(?![A-Za-z0-9+/=])/i,
  validate: (secret) => isBase64OfUuid(secret),
  priority: 50,
  remediation: ONESIGNAL_ROTATE,
  examples: {
    positive: [
      { text: "onesignal_headers = {'Authorization': 'Basic YzU3Y2U3MGItZGU5Zi00ZmZiLTk0MWYtNTQyYTNiMGI3ZWMz'}" },
      { text: 'ONESIGNAL_REST_API_KEY=ZjQ5MTVhMWItYjBhNy00MjcyLThiMDgtMWIxNDc5MWFiMTRh', path: '.env' },
    ],
    negative: [
      { text: "onesignal_headers = {'Authorization': 'Basic YzU3Y2U3MGItZGU5Zi00ZmZiLTk0MWYtNTQyYTNiMGI3ZXYz'}", why: 'does not decode to a UUID' },
      { text: 'ONESIGNAL_APP_ID=3d1f2a9e-7b4c-4d8a-9c2f-1e5a6b7c8d9e', why: 'the App ID is public' },
    ],
  },
});

/** Stand-in values of README-style snippets (`$mail->Password = 'secret';`). */
const PHPMAILER_STAND_IN = /^(?:secret|password|passwd|pass|pwd|changeme|test|xxx+|\*+|smtp[_-]?password)$/i;

// PHPMailer SMTP credentials: `$mail->Password = '…';` with a literal, in a file that uses PHPMailer.
export const phpmailerSmtpPassword: Detector = patternDetector({
  id: 'phpmailer-smtp-password',
  title: 'PHPMailer SMTP password',
  vendor: 'PHPMailer',
  secrets: 'chosen',
  severity: 'high',
  keywords: ['->password'],
  pattern: /\$[A-Za-z_][A-Za-z0-9_]{0,30}->Password\s{0,40}=\s{0,10}(?<q>['"])(?<secret>[^'"\n\\$]{4,100})\k<q>/,
  validate: (secret, _m, text) => !PHPMAILER_STAND_IN.test(secret) && /phpmailer|SMTPAuth|->isSMTP\(/i.test(text),
  priority: 50,
  remediation:
    'Change the mailbox password (or app password) at the mail provider, then read it in PHP from the ' +
    'environment (getenv) or a secret store instead of the source.',
  examples: {
    positive: [
      { text: "$mail = new PHPMailer(true);\n$mail->isSMTP();\n$mail->Username   = 'alerts@contoso.test';\n$mail->Password   = 'Qv7!rT2m#Lp9';", path: 'src/Mailer.php' },
      { text: "use PHPMailer\\PHPMailer\\PHPMailer;\n$mailer->SMTPAuth = true;\n$mailer->Password = \"k3vN8-wq2Z\";", path: 'lib/notify.php' },
    ],
    negative: [
      { text: "$mail = new PHPMailer(true);\n$mail->Password = getenv('SMTP_PASSWORD');", why: 'read from the environment' },
      { text: "$mail = new PHPMailer(true);\n$mail->Password   = 'secret';", why: "README's stand-in" },
      { text: "$user->Password = 'Qv7!rT2m#Lp9';", why: 'no PHPMailer in the file' },
    ],
  },
});

// PubNub keys: pub-c- and sub-c- are UUIDs (sub-c- ships in every client), sec-c- is base64 of a UUID
// and grants access management: the one secret.
const PUBNUB_UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export const pubnubSecretKey: Detector = patternDetector({
  id: 'pubnub-secret-key',
  title: 'PubNub secret key',
  vendor: 'PubNub',
  severity: 'high',
  keywords: ['sec-c-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sec-c-[A-Za-z0-9+/]{48})(?![A-Za-z0-9+/=_-])/,
  validate: (secret) => isBase64OfUuid(secret.slice(6)),
  priority: 50,
  remediation:
    'Regenerate the keyset\'s secret key in the PubNub Admin Portal (or create a new keyset) and keep it on the ' +
    'server only, in a secret store.',
  examples: {
    positive: [
      { text: 'PUBNUB_SECRET_KEY=sec-c-YzU3Y2U3MGItZGU5Zi00ZmZiLTk0MWYtNTQyYTNiMGI3ZWMz', path: '.env' },
      { text: "pubnub = PubNub(publishKey: pub, subscribeKey: sub, secretKey: 'sec-c-ZjQ5MTVhMWItYjBhNy00MjcyLThiMDgtMWIxNDc5MWFiMTRh')" },
    ],
    negative: [
      { text: 'PUBNUB_SECRET_KEY=sec-c-YzU3Y2U3MGItZGU5Zi00ZmZiLTk0MWYtNTQyYTNiMGI3ZXYz', why: 'does not decode to a UUID' },
      { text: 'PUBNUB_SECRET_KEY=sec-c-<secret>', why: 'placeholder' },
    ],
  },
});

export const pubnubPublishKey: Detector = patternDetector({
  id: 'pubnub-publish-key',
  title: 'PubNub publish key',
  vendor: 'PubNub',
  severity: 'medium',
  keywords: ['pub-c-'],
  pattern: new RegExp(String.raw`(?<![A-Za-z0-9_-])(?<secret>pub-c-${PUBNUB_UUID})(?![A-Za-z0-9_-])`),
  minEntropy: 3,
  priority: 50,
  remediation:
    'A publish key lets anyone post to your channels: enable Access Manager on the keyset, or move to a new ' +
    'keyset in the PubNub Admin Portal, and load keys from configuration.',
  examples: {
    positive: [
      { text: 'PUBNUB_PUBLISH_KEY=pub-c-205e86e0-10e9-4fdb-b71c-d93eec8568e2', path: '.env' },
      { text: "const pubnub = new PubNub({ publishKey: 'pub-c-62252552-9139-4d0f-8961-8eb02e713f80', subscribeKey: sub, userId });" },
    ],
    negative: [
      { text: 'PUBNUB_PUBLISH_KEY=pub-c-12345678-abcd-1234-efgh-567890abcdef', why: 'not hex: made up' },
      { text: 'PUBNUB_PUBLISH_KEY=pub-c-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

// Subscribe keys are in every client that listens: reported at low severity.
export const pubnubSubscribeKey: Detector = patternDetector({
  id: 'pubnub-subscribe-key',
  title: 'PubNub subscribe key',
  vendor: 'PubNub',
  severity: 'low',
  keywords: ['sub-c-'],
  pattern: new RegExp(String.raw`(?<![A-Za-z0-9_-])(?<secret>sub-c-${PUBNUB_UUID})(?![A-Za-z0-9_-])`),
  minEntropy: 3,
  priority: 50,
  remediation:
    'Subscribe keys ship to clients by design: protect channels with Access Manager tokens rather than by hiding ' +
    'the key, and rotate the keyset if it was meant to stay private.',
  examples: {
    positive: [
      { text: 'PUBNUB_SUBSCRIBE_KEY=sub-c-8dfa81bf-18e8-45a8-8272-305896000be8', path: '.env' },
      { text: "subscribeKey: 'sub-c-17189aca-48fb-4122-a342-ba6ebb498eae'," },
    ],
    negative: [
      { text: 'PUBNUB_SUBSCRIBE_KEY=sub-c-8dfa81bf-18e8-45a8-8272-305896000be', why: 'short last group' },
      { text: 'PUBNUB_SUBSCRIBE_KEY=sub-c-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

// ReachMail API tokens: long base64 values, after a reachmail key/token/secret name.
export const reachmailApiToken: Detector = patternDetector({
  id: 'reachmail-api-token',
  title: 'ReachMail API token',
  vendor: 'ReachMail',
  severity: 'high',
  keywords: ['reachmail'],
  pattern:
    /reachmail[A-Za-z0-9_.-]{0,30}(?:key|token|secret|auth)["']?\s{0,3}(?:=>|:=|[:=])\s{0,3}["'`]?(?:(?:Basic|Bearer|token)\s{1,3})?(?<secret>[A-Za-z0-9+/]{60,120}={0,2})(?![A-Za-z0-9+/=])/i,
  minEntropy: 4,
  priority: 50,
  remediation: 'Regenerate the API token in ReachMail (account API settings) and keep the new one in a secret store.',
  examples: {
    positive: [
      { text: 'REACHMAIL_API_TOKEN=dGJ2c3Q5OG5xazJ3NHpHcTd4YkxtUjFmVmNIeTNwTjZlVWlBOXNEd0syWGpPbzVaMGhFYVF0Qw==', path: '.env' },
      { text: "reachmail_auth = 'Basic Y29udG9zb1xhcGk6cTdMbTNWeDlSazJOd1B6OGhUYzVZZmc0VWJqNkVzMURrOVdx'" },
    ],
    negative: [
      { text: 'REACHMAIL_API_TOKEN=${REACHMAIL_API_TOKEN}', why: 'reference' },
      { text: 'REACHMAIL_LIST_ID=dGJ2c3Q5OG5xazJ3NHpHcTd4YkxtUjFmVmNIeTNwTjZlVWlBOXNEd0syWGpPbzVaMGhFYVF0Qw==', why: 'no key-like name' },
    ],
  },
});

// Pusher Channels app credentials: a numeric app id, a 20-hex app key that every client carries, and a
// 20-hex app secret that signs server requests and channel authorizations. Only the secret is reported,
// under a name that says so (or as the `secret` member of a config right after the vendor's name).
export const pusherAppSecret: Detector = namedSecret({
  id: 'pusher-app-secret',
  title: 'Pusher Channels app secret',
  vendor: 'Pusher',
  names: ['pusher'],
  kind: /secret/,
  bareNames: ['secret', 'appsecret', 'secretkey', 'apisecret'],
  value: '[0-9a-f]{20}',
  after: '[A-Za-z0-9]',
  severity: 'high',
  remediation:
    'Create new credentials for the app under App Keys in the Pusher dashboard, switch the server to them and ' +
    'delete the old pair; the server reads the secret from the environment (PUSHER_APP_SECRET).',
  examples: {
    positive: [
      { text: 'PUSHER_APP_ID=1587342\nPUSHER_APP_KEY=dcdad461a118b93b000f\nPUSHER_APP_SECRET=9c0f1695a30240394b29\nPUSHER_APP_CLUSTER=eu', path: '.env' },
      { text: "const pusher = new Pusher({\n  appId: '1587342',\n  key: 'dcdad461a118b93b000f',\n  secret: 'd6b68778cdec00fe0532',\n  cluster: 'eu',\n  useTLS: true,\n});", path: 'server/realtime.js' },
      { text: "pusher:\n  app_id: '1587342'\n  key: dcdad461a118b93b000f\n  secret: df863de977d258e849d9", path: 'config/pusher.yml' },
      { text: '<appSettings>\n  <add key="PusherAppSecret" value="7e41b09c2d58fa63c1e4" />\n</appSettings>', path: 'Web.config', why: '.NET appSettings: the value is a sibling attribute' },
    ],
    negative: [
      { text: 'PUSHER_APP_KEY=dcdad461a118b93b000f', why: 'the app key is public' },
      { text: "const pusher = new Pusher('dcdad461a118b93b000f', { cluster: 'eu' });", why: 'client side: the app key only' },
      { text: 'PUSHER_APP_SECRET=9c0f1695a30240394b2', why: '19 hex' },
      { text: "'secret' => env('PUSHER_APP_SECRET'),", path: 'config/broadcasting.php', why: 'a reference' },
      { text: 'PUSHER_APP_ID=1587342\nSESSION_SECRET=9c0f1695a30240394b29', why: 'another secret next to a Pusher setting' },
    ],
  },
});

// Resend API keys: 're_', an 8-character key id, '_' and 24 characters, all letters and digits.
export const resendApiKey: Detector = patternDetector({
  id: 'resend-api-key',
  title: 'Resend API key',
  vendor: 'Resend',
  severity: 'high',
  keywords: ['re_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24})(?![A-Za-z0-9_])/,
  minEntropy: 3.8,
  validate: (secret) => /[0-9]/.test(secret.slice(12)) && /[A-Za-z]/.test(secret.slice(12)),
  priority: 50,
  remediation:
    'Delete the key on the API Keys page of the Resend dashboard (or through its API) and create a new one with ' +
    'only the permission it needs (sending access, one domain); keep it in RESEND_API_KEY from a secret store.',
  examples: {
    positive: [
      { text: 'RESEND_API_KEY=re_IQKgk65q_h7L1mjxKlnxNQpZphCwYowlu', path: '.env.local' },
      { text: "const resend = new Resend('re_NWYa2cWw_dn0tY1jwlxxYJSrO3AJPKOYC');", path: 'app/api/send/route.ts' },
    ],
    negative: [
      { text: "const resend = new Resend('re_xxxxxxxxx');", why: 'the documentation stand-in' },
      { text: 'RESEND_API_KEY=re_IQKgk65q_h7L1mjxKlnxNQpZphCwYowl', why: '23 characters after the key id' },
      { text: 'def re_compile_patterns_for_the_whole_rule_set(): pass', why: 'an identifier' },
    ],
  },
});

// MailerSend API tokens: 'mlsn.' and 64 hex (tokens issued before the prefix are 80 hex with no mark and are
// not looked for here).
export const mailersendApiToken: Detector = patternDetector({
  id: 'mailersend-api-token',
  title: 'MailerSend API token',
  vendor: 'MailerSend',
  severity: 'high',
  keywords: ['mlsn.'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>mlsn\.[0-9a-f]{64})(?![A-Za-z0-9_-])/,
  minEntropy: 3.3,
  validate: (secret) => /[a-f]/.test(secret.slice(5)) && /[0-9]/.test(secret.slice(5)),
  priority: 50,
  remediation:
    'Delete (or pause) the token on the API tokens page of MailerSend (Integrations > MailerSend API > Manage) and ' +
    'create a new one with custom access limited to what the application sends; keep it in MAILERSEND_API_KEY.',
  examples: {
    positive: [
      { text: 'MAILERSEND_API_KEY=mlsn.9d6129fcbb9057bd7d9fbbce388035af2d757712ab717e74bc0f886941149792', path: '.env' },
      { text: "const mailerSend = new MailerSend({ apiKey: 'mlsn.2a161adc3583ae11088a83dc01328ecec755bf04a158b641191b3db320314dc9' });", path: 'lib/email.js' },
    ],
    negative: [
      { text: 'MAILERSEND_API_KEY=mlsn.9d6129fcbb9057bd7d9fbbce388035af2d757712ab717e74bc0f88694114979', why: '63 hex' },
      { text: 'MAILERSEND_API_KEY=mlsn.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
      { text: 'package tech.mlsn.temandonor.fragment.account;', why: 'a package name' },
    ],
  },
});

// Pushover: an application's API token and a user or group key, both 30 letters and digits. The token is
// the credential an application must keep private; the user key is an address (it cannot send on its own), so
// only a token-named value (not a user or group key) is reported.
export const pushoverAppToken: Detector = namedSecret({
  id: 'pushover-app-token',
  title: 'Pushover application API token',
  vendor: 'Pushover',
  names: ['pushover'],
  kind: /^(?!.*(?:user|group|device)).*(?:token|apikey|secret)/,
  bareNames: ['token', 'apptoken', 'apitoken', 'applicationtoken'],
  value: '[A-Za-z0-9]{30}',
  after: '[A-Za-z0-9]',
  severity: 'medium',
  remediation:
    'Delete the application on pushover.net (Your Applications > the app > Delete) and register a new one, or ask ' +
    'Pushover support to reset its token; keep the new token in the environment or a secret store.',
  examples: {
    positive: [
      { text: 'PUSHOVER_USER_KEY=UvrlAxR7rD5NmyopDi758gjls0GmTR\nPUSHOVER_APP_TOKEN=zgdAhxREftqtf6xyc23ESzAjOQdLhU', path: '.env' },
      { text: "pushover:\n  user: zaty0XVksvC6AoSGfTkZlBm8IOhZYx\n  token: B437PF31eVoFMiGE0etTyHeMFWeW34", path: 'config/alerts.yml' },
    ],
    negative: [
      { text: 'PUSHOVER_USER_KEY=UvrlAxR7rD5NmyopDi758gjls0GmTR', why: 'a user key is an address, not a credential' },
      { text: 'PUSHOVER_APP_TOKEN=zgdAhxREftqtf6xyc23ESzAjOQdLh', why: '29 characters' },
      { text: 'SLACK_TOKEN=HFH2TwxFkpr4DOssvNDL2cV6arFc31', why: 'no Pushover name' },
    ],
  },
});

// RingCentral REST apps: a client id (22 base64url characters, public) and a client secret (44 base64url
// characters; older apps have 22). Only the secret is reported, under a name that says so.
export const ringcentralClientSecret: Detector = namedSecret({
  id: 'ringcentral-client-secret',
  title: 'RingCentral client secret',
  vendor: 'RingCentral',
  names: ['ringcentral'],
  kind: /secret/,
  bareNames: ['clientsecret', 'appsecret'],
  value: '[A-Za-z0-9_-]{44}|[A-Za-z0-9_-]{22}',
  after: '[A-Za-z0-9_-]',
  severity: 'high',
  minEntropy: 3.5,
  remediation:
    'Rotate the client secret of the app in the RingCentral Developer Console (the app > Credentials) and keep the ' +
    'new one in RINGCENTRAL_CLIENT_SECRET from a secret store; prefer a JWT credential that can be revoked on its own.',
  examples: {
    positive: [
      { text: 'RINGCENTRAL_CLIENT_ID=oDnkT7xApTvYJmsxL_Lgsk\nRINGCENTRAL_CLIENT_SECRET=TjIkSr83zJkHXa3Cb2r7sUphLPYXug9fpY6sMhTxZiUY', path: '.env' },
      { text: "import { SDK } from '@ringcentral/sdk';\nconst rcsdk = new SDK({ clientId: '74NyMGlapf5DEu8I_NSk53', clientSecret: 'CuKd7jUfGyDBXcQfsEIwUISmHlzvhTpCXPdDoHaY2u8q' });", path: 'src/phone.js' },
      { text: 'ringcentral_client_secret = "4thDNgAE-NGA0RghG_5Odb"', path: 'settings.py', why: 'an older 22-character secret' },
    ],
    negative: [
      { text: 'RINGCENTRAL_CLIENT_ID=oDnkT7xApTvYJmsxL_Lgsk', why: 'the client id is public' },
      { text: 'RINGCENTRAL_CLIENT_SECRET=TjIkSr83zJkHXa3Cb2r7sUphLPYXug9fpY6sMhTxZiU', why: '43 characters' },
      { text: 'RINGCENTRAL_CLIENT_SECRET=your_client_secret', why: 'placeholder' },
    ],
  },
});

/** communications vendors M–R: the name-plus-value table above, then the formats that carry their own mark. */
export const communicationsVendorsMR: readonly Detector[] = [...named, mailersendApiToken, mailgunBasicAuth, mailjetBasicAuth, mailmodoApiKey, onesignalLegacyRestApiKey, onesignalRestApiKey, phpmailerSmtpPassword, pubnubPublishKey, pubnubSecretKey, pubnubSubscribeKey, pusherAppSecret, pushoverAppToken, reachmailApiToken, resendApiKey, ringcentralClientSecret];
