import type { Detector } from '../../../src/types.js';
import { mixesDigitsAndCases, shannonEntropy } from '../../kit/entropy.js';
import { patternDetector } from '../../kit/pattern.js';
import { isPlaceholder } from '../../kit/placeholders.js';
import { vendorTokens, withVendorForms } from '../../kit/vendor-token.js';
import { variantsDetector } from '../shared/variants.js';

// Brevo (formerly Sendinblue) API keys: xkeysib- + 64 hex + - + 16 alphanumerics; SMTP keys use xsmtpsib-.
export const brevoApiKey: Detector = patternDetector({
  id: 'brevo-api-key',
  title: 'Brevo (Sendinblue) API key',
  vendor: 'Brevo',
  severity: 'high',
  keywords: ['xkeysib-', 'xsmtpsib-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>x(?<kind>keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  detail: (m) => (m.groups?.['kind'] === 'smtpsib' ? 'SMTP key' : 'API key'),
  remediation:
    'Delete the key in Brevo (SMTP & API > API keys, or the SMTP tab for SMTP keys) and create a new one; keep it ' +
    'in the environment or a secret store.',
  examples: {
    positive: [
      { text: 'BREVO_API_KEY=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', path: '.env' },
      { text: "    'smtp_password' => 'xsmtpsib-bcd8ffd35f50b510ac85c5d551869ec14867b75fbc5d1f1ad2ac280bd68e1306-Cb1P0uYyRW70tba4',", path: 'config/mail.php' },
    ],
    negative: [
      { text: 'BREVO_API_KEY=xkeysib-20f02ff44acb7a82ee90ce39822f8314aae388eb127bb7f5ae90179a289dce3c-2T3naD1WCTFFgd9', why: 'suffix 15 characters' },
      { text: 'BREVO_API_KEY=xkeysib-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

// Twitch stream keys: live_ + the channel's numeric id + _ + 30 (up to 36) alphanumerics.
export const twitchStreamKey: Detector = patternDetector({
  id: 'twitch-stream-key',
  title: 'Twitch stream key',
  vendor: 'Twitch',
  severity: 'medium',
  keywords: ['live_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>live_\d{6,12}_[A-Za-z0-9]{30,36})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  remediation:
    'Reset the stream key in the Twitch Creator Dashboard (Settings > Stream) and keep the new one in the ' +
    'streaming software or a secret store, not in the repository.',
  examples: {
    positive: [
      { text: 'STREAM_KEY=live_651332501_qhakBfF4KuDKwXzC76KmXtsmgGh0hq', path: '.env' },
      { text: 'ffmpeg -re -i in.mp4 -f flv rtmp://live.twitch.tv/app/live_3192069959_qCYjcAg2IOpUS98KiBs6WzE4mM72l2' },
    ],
    negative: [
      { text: 'STREAM_KEY=live_651332501_qhakBfF4KuDKwXzC76KmX', why: 'secret part 21 characters' },
      { text: 'rtmp://live.twitch.tv/app/{stream_key}', why: 'placeholder' },
    ],
  },
});

/** A bearer token's random part (without its runs of A's) looks random: mixed case, digits, high entropy. */
function randomTail(secret: string): boolean {
  const tail = secret.replace(/A{4,24}/g, '');
  return /[a-z]/.test(tail) && /[0-9]/.test(tail) && shannonEntropy(tail) >= 4 && !isPlaceholder(tail);
}

// App-only bearer tokens of the Twitter (X) API: a run of A's then a URL-encoded random part; written
// next to the vendor's name they may also appear without the A's (an old format, or a cut copy).
export const twitterBearerToken: Detector = variantsDetector(
  {
    id: 'twitter-bearer-token',
    title: 'Twitter (X) bearer token',
    vendor: 'Twitter',
    severity: 'high',
    keywords: ['aaaaaaaaaaaaaaaaaaaa', 'twitter'],
    keywordSpan: { before: 0, after: 260 },
    // the run of A's is what a placeholder check refuses: the random tail is checked instead (randomTail)
    allowPlaceholders: true,
    remediation:
      'Regenerate the bearer token of the app in the X (Twitter) developer portal (Projects & Apps > Keys and ' +
      'tokens) and keep the new one in a secret store.',
    examples: {
      positive: [
        { text: 'TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAA4952NQ4AArsnAAAAAAAoe1cluyty6hG4luul1wD%2FVW8DsFV3wa%3DQITHr0VOcWFI8sxITtD0Q0x28KOuUXqeo10gepgohZ9QIY9Ogt', path: '.env' },
        { text: 'client = tweepy.Client(bearer_token="AAAAAAAAAAAAAAAAAAAAAMH3sCzk2rtAAAAAA3sOidCcIQZQeBxlTkCBUG0KPq%3Dkxq7WYQgBvdIFgoRcIcZr5r5SvxcHoVLeUNbmbkDV2WzRaLfyI")' },
        { text: 'twitter_token = 7dhbLd8FoedPA4hmAV18QGJs%2BNKedpYNYrsOu5TaEFOlL%3D1HuFcox3GIZWxh6voBuRMq91VGoLAUjek4taDvnkunzsnGXjdD4n', path: 'bot/config.ini' },
      ],
      negative: [
        { text: 'TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', why: 'padding, not a token' },
        { text: 'TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAA%3D', why: 'too short' },
        { text: 'twitter_url = https://twitter.com/search%3Fq%3Dnews%26src%3Dtyped_query%26f%3Dlive%26lang%3Den', why: 'a URL' },
        {
          text: '<svg content="7vQx+k2Lm9/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJr4wq8TzN0bXe5Kd3pVy1HcG7sfUo2LmQa9RtW4nZk6xE8iBjY3vPd0cFh5gTq7Ms1NwKe2Rz4+Xo">',
          path: 'docs/logo.svg',
          why: 'a long run of A inside base64 (a compressed drawing embedded in an SVG)',
        },
      ],
    },
  },
  [
    // exactly one run of 20-24 A's, not glued to '+', '/' or '=' (a run of A's is common inside base64 blobs)
    { pattern: /(?<![A-Za-z0-9%+/])(?<secret>A{20,24}(?!A)[A-Za-z0-9%]{60,160})(?![A-Za-z0-9%+/=])/, validate: randomTail },
    {
      pattern: /twitter[\w.-]{0,30}?(?:token|bearer|secret|key)["']?\s{0,3}[:=]\s{0,3}["']?(?<secret>[A-Za-z0-9]{20,60}%[A-Za-z0-9%]{40,160})(?![A-Za-z0-9%])/i,
      validate: (secret) => /%[0-9A-F]{2}/i.test(secret) && randomTail(secret),
    },
  ],
);

// Webex access tokens (personal, bot and integration tokens, and their refresh tokens): 64 letters and
// digits, '_', a four-character cluster code (PF84 on the commercial cloud), '_' and the org's UUID. Bot
// tokens do not expire. Looked for on the lines around a Webex (or its old name, Cisco Spark) word.
export const webexAccessToken: Detector = patternDetector({
  id: 'webex-access-token',
  title: 'Webex access token',
  vendor: 'Webex',
  severity: 'high',
  keywords: ['webex', 'ciscospark', '_pf84_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>[A-Za-z0-9]{64}_[A-Z0-9]{4}_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/,
  validate: (secret) => {
    const body = secret.slice(0, 64);
    return mixesDigitsAndCases(body) && shannonEntropy(body) >= 4;
  },
  priority: 50,
  remediation:
    'Regenerate the bot\'s access token on developer.webex.com (My Webex Apps > the bot), or revoke the integration\'s ' +
    'grant; personal tokens expire within 12 hours. Keep the new token in the environment or a secret store.',
  examples: {
    positive: [
      { text: 'WEBEX_TEAMS_ACCESS_TOKEN=ZNieue4PZB7XelStfvnebJhPqbgwAeR7GVfIXxd1PFLLrbY1voHb66H3PFEztfg9_PF84_370f224c-73df-4f77-8131-a2274fec8498', path: '.env' },
      { text: "from webexteamssdk import WebexTeamsAPI\napi = WebexTeamsAPI(access_token='GBX5mgAQVrG9m7xZBN9iXXeCZQSyKg3Ea1b9OILj2zzGKPkPW7s7UeyPNvBb41XA_K0LM_1553c332-33c2-485d-acd8-89f4e9b64618')", path: 'bot/app.py' },
    ],
    negative: [
      { text: 'WEBEX_TEAMS_ACCESS_TOKEN=ZNieue4PZB7XelStfvnebJhPqbgwAeR7GVfIXxd1PFLLrbY1voHb66H3PFEztf_PF84_370f224c-73df-4f77-8131-a2274fec8498', why: '62 characters before the cluster code' },
      { text: 'WEBEX_TEAMS_ACCESS_TOKEN=<Your Webex Teams bot token>', why: 'placeholder' },
      { text: 'cache_key = "ZNieue4PZB7XelStfvnebJhPqbgwAeR7GVfIXxd1PFLLrbY1voHb66H3PFEztfg9_AB12_370f224c-73df-4f77-8131-a2274fec8498"', why: 'no Webex word near' },
    ],
  },
});

// Zulip API keys: 32 letters and digits (older servers issued 32 hex), read the kit's way after a Zulip name
// and, in a zuliprc file, as the `key` of its [api] section (next to the account's `email`).
export const zulipApiKey: Detector = withVendorForms(
  patternDetector({
    id: 'zulip-api-key',
    title: 'Zulip API key',
    vendor: 'Zulip',
    severity: 'high',
    keywords: ['[api]'],
    pattern: /^[ \t]{0,8}key[ \t]{0,3}=[ \t]{0,3}(?<secret>[A-Za-z0-9]{32})[ \t]{0,8}\r?$/m,
    keywordSpan: { before: 0, after: 600 },
    minEntropy: 3.3,
    validate: (secret, m, text) => {
      if (!/[0-9]/.test(secret) || !/[A-Za-z]/.test(secret)) return false;
      const head = text.lastIndexOf('[api]', m.index);
      if (head < 0 || m.index - head > 600 || /\n[ \t]*\[/.test(text.slice(head + 5, m.index))) return false;
      const section = text.slice(head + 5, Math.min(text.length, m.index + 600)).split(/\n[ \t]*\[/)[0] ?? '';
      return /^[ \t]*email[ \t]*=/m.test(section);
    },
    remediation:
      'Generate a new API key (Personal settings > Account & privacy > Manage your API key, or the bot\'s page under ' +
      'Bots), which invalidates the old one; keep the zuliprc file out of the repository.',
    examples: {
      positive: [
        { text: '[api]\nemail=deploy-bot@chat.example.org\nkey=GC0qUbO3VuMbBDTqu2ZieM3lU9UYAzW0\nsite=https://chat.example.org\n', path: 'zuliprc' },
        { text: 'ZULIP_API_KEY=DVZNXf8BtJO7PRtuwLBUgysh2PcmqlSw', path: '.env' },
        { text: "client = zulip.Client(email='bot@acme.zulipchat.com', api_key='cNs30eKnZc9PeIp9TjU8aOiBa7CzTqzG', site='https://acme.zulipchat.com')", path: 'tools/post.py' },
      ],
      negative: [
        { text: '[api]\nkey=GC0qUbO3VuMbBDTqu2ZieM3lU9UYAzW0\n', path: 'settings.ini', why: 'an [api] key with no account email: not a zuliprc' },
        { text: '[api]\nemail=deploy-bot@chat.example.org\nkey=<api key from the web interface>\n', path: '.zuliprc', why: 'placeholder' },
        { text: 'ZULIP_API_KEY=DVZNXf8BtJO7PRtuwLBUgysh2Pcmql', why: '30 characters' },
      ],
    },
  }),
  { names: ['zulip'], token: { alphabet: 'alnum', length: 32 } },
);

// Viber bot authentication tokens (the X-Viber-Auth-Token header, "Your app key" in the bot's settings):
// three groups of 16 hex joined by dashes, looked for within a few lines after a Viber name (the header,
// the variable, or the bot's configuration object).
export const viberAuthToken: Detector = patternDetector({
  id: 'viber-auth-token',
  title: 'Viber bot authentication token',
  vendor: 'Viber',
  severity: 'high',
  keywords: ['viber'],
  pattern: /(?:[Vv]iber|VIBER)[\s\S]{0,160}?(?<![A-Za-z0-9-])(?<secret>[0-9a-f]{16}-[0-9a-f]{16}-[0-9a-f]{16})(?![A-Za-z0-9-])/,
  keywordSpan: { before: 0, after: 220 },
  minEntropy: 3.3,
  validate: (secret) => secret.split('-').every((group) => /[0-9]/.test(group) && /[a-f]/.test(group)),
  remediation:
    'Ask Viber support for a new token for the bot (tokens do not expire and cannot be reset from the admin panel), ' +
    'then keep it in the environment or a secret store (VIBER_AUTH_TOKEN), not in the repository.',
  examples: {
    positive: [
      { text: 'VIBER_AUTH_TOKEN=11d21c0f920cbf6e-4f1c2fc930f8f7d9-07ae458615a449c9', path: '.env' },
      { text: "headers = {'X-Viber-Auth-Token': 'f32c5993afad0d53-4f95595437822039-76da8b743aac9b89'}", path: 'bot/webhook.py' },
      { text: "const bot = new ViberBot({\n  authToken: '0763157e3cf8c5d0-7a572ca403503fd7-f08d8516ac126ba6',\n  name: 'Shop',\n});", path: 'src/bot.js' },
    ],
    negative: [
      { text: "token='445da6az1s345z78-dazcczb2542zv51a-e0vc5fva17480im9'  # viber docs sample", why: 'the stand-in of Viber\'s own documentation: not hex' },
      { text: 'VIBER_AUTH_TOKEN=11d21c0f920cbf6e-4f1c2fc930f8f7d9', why: 'two groups' },
      { text: 'BUILD_ID=11d21c0f920cbf6e-4f1c2fc930f8f7d9-07ae458615a449c9', why: 'no Viber name' },
    ],
  },
});

// Zoho ZeptoMail send mail tokens: sent as `Authorization: Zoho-enczapikey <token>`, the token a long
// base64 string (about 150 characters). The scheme word names the vendor; the token alone is also
// found under a ZeptoMail name (ZEPTOMAIL_TOKEN=…).
export const zeptomailSendMailToken: Detector = variantsDetector(
  {
    id: 'zeptomail-send-mail-token',
    title: 'Zoho ZeptoMail send mail token',
    vendor: 'Zoho ZeptoMail',
    severity: 'high',
    keywords: ['zoho-enczapikey', 'zeptomail'],
    remediation:
      'Delete the token under the Mail Agent\'s SMTP/API settings in ZeptoMail and generate a new one, then keep it ' +
      'in the environment or a secret store (ZEPTOMAIL_TOKEN) rather than in code.',
    examples: {
      positive: [
        { text: 'ZEPTOMAIL_TOKEN="Zoho-enczapikey LARw766EWTCBs3Chp5dByOmNTmuGKAMKA676PD0M30J9GDFPPDLDqFQ/IL1tukX09a8OIYYUYSMZPLc/nbFJkrjoJlIeD4U3djfOBd4xKpUUlQLZjyNUoTbTbi4ZO3jenX0AkZks2q12Ej4Jdt8KZ9se=="', path: '.env' },
        { text: "headers = {'authorization': 'Zoho-enczapikey +pJYSW77NVfzunUGu3Lzg88llDq0ufpFwK/YG9LyPB77diymHPN+flwC+LBoewOHBocAzPzxoRCDzabu60TZmo0Md0A+moXGZ0GswfUdVyyGEc9GGRZn3WbrkZgkZhTifj7b4jELppXRWig+5VUJL+GF'}", path: 'mail/send.py' },
        { text: 'zeptomail_send_mail_token: "ft5x5AB4k0ypmx4uJ2POE9UkCtjdX28L8WxAHj1bHceq29jsi2EEQTr1K8KfRaD0pc3vIuAYU/WV1tcVlXZ1z46+Sz4TZYBRSU1of1Mnu1ccdxv0Dz5V8jUOpBm9djx8Yb9ZA9oYncttHcfp1cxR0U"', path: 'config/mail.yml' },
      ],
      negative: [
        { text: 'Authorization: Zoho-enczapikey <send mail token>', why: 'placeholder' },
        { text: "curl -H \"Authorization: Zoho-enczapikey $ZEPTOMAIL_TOKEN\" https://api.zeptomail.com/v1.1/email", why: 'a reference' },
        { text: 'ZEPTOMAIL_TOKEN="Zoho-enczapikey LARw766EWTCBs3Chp5dByOmNTmu"', why: 'too short' },
      ],
    },
  },
  [
    {
      pattern: /(?<![A-Za-z0-9_-])[Zz]oho-[Ee]nczapikey[ \t]{1,3}(?<secret>[A-Za-z0-9+/]{60,400}={0,2})(?![A-Za-z0-9+/=])/,
      keywordSpan: { before: 0, after: 440 },
      minEntropy: 4,
      validate: mixesDigitsAndCases,
    },
    {
      // the token alone, as the value of a ZeptoMail-named key (the whole value: not a run cut out of one)
      pattern: /zeptomail[\w.-]{0,30}?(?:token|key|secret)["']?[ \t]{0,3}(?::=|[:=])[ \t]{0,3}["']?(?<secret>[A-Za-z0-9+/]{100,300}={0,2})(?![A-Za-z0-9+/=])/i,
      keywordSpan: { before: 0, after: 360 },
      minEntropy: 4,
      validate: mixesDigitsAndCases,
    },
  ],
);

/** communications vendors S–Z: the vendor-name-plus-value catalogue (kit/vendor-token.ts) and the self-identifying formats. */
export const communicationsVendorsSZ: readonly Detector[] = [
  viberAuthToken,
  zeptomailSendMailToken,
  ...vendorTokens([
    {
      id: 'smtp2go-api-key',
      title: 'SMTP2GO API key',
      vendor: 'SMTP2GO',
      names: ['smtp2go'],
      // 'api-' and 32 generated characters (upper-case hex), sent as X-Smtp2go-Api-Key or the api_key field
      token: { alphabet: 'Hex', prefix: 'api-', length: 32 },
      remediation:
        'Delete the key under Sending > API Keys in SMTP2GO (or disable it) and add a new one with only the endpoints ' +
        'it needs; keep it in SMTP2GO_API_KEY from a secret store.',
      examples: {
        positive: [
          { text: 'SMTP2GO_API_KEY=api-78AEA5108C0A8639B0DC34CE96B7BB17', path: '.env' },
          { text: "headers = {'X-Smtp2go-Api-Key': 'api-FD2EDF3EF88D2F8CB30B1A83C6B42FF0'}  # smtp2go", path: 'mailer.py' },
        ],
        negative: [
          { text: 'SMTP2GO_API_KEY=api-78AEA5108C0A8639B0DC34CE96B7BB1', why: '31 characters' },
          { text: 'SMTP2GO_API_KEY=api-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
          { text: 'GENERIC_API_KEY=api-E092DEE0931CB4CE0AB3AB2ECEF53346', why: 'no SMTP2GO name' },
        ],
      },
    },
    {
      id: 'wechat-app-secret',
      title: 'WeChat app secret',
      vendor: 'WeChat',
      names: ['wechat', 'weixin'],
      // an official account's or mini program's AppSecret: 32 hex (its AppID, wx + 16 hex, is public)
      token: { alphabet: 'hex', length: 32 },
      remediation:
        'Reset the AppSecret in the WeChat Official Accounts Platform or mini program console (Development > Basic ' +
        'configuration) and keep the new one on the server only, in a secret store.',
      examples: {
        positive: [
          { text: 'WECHAT_APP_ID=wx62633567f241cfb3\nWECHAT_APP_SECRET=29862886c5905dda25bac4369116992c', path: '.env' },
          { text: "weixin:\n  appid: wx62633567f241cfb3\n  secret: 10ab7df0fab0b237020a8151946920d0", path: 'config/application.yml' },
        ],
        negative: [
          { text: 'WECHAT_APP_ID=wx62633567f241cfb3', why: 'the AppID is public' },
          { text: 'WECHAT_APP_SECRET=29862886c5905dda25bac4369116992', why: '31 hex' },
          { text: 'wechat_avatar_md5 = "29862886c5905dda25bac4369116992c"', why: 'no key-like word' },
        ],
      },
    },
    {
      id: 'zoom-client-secret',
      title: 'Zoom client secret',
      vendor: 'Zoom',
      // 'zoom' alone is a common word (zoom levels, CSS zoom): only as the first word of a key's name
      names: [],
      compoundNames: ['zoom'],
      // a Zoom app's client secret: 32 letters and digits (its client id and account id have 22)
      token: { alphabet: 'alnum', length: 32 },
      remediation:
        'Regenerate the client secret on the app\'s App Credentials page in the Zoom App Marketplace (Manage > the ' +
        'app) and keep the new one in ZOOM_CLIENT_SECRET from a secret store.',
      examples: {
        positive: [
          { text: 'ZOOM_ACCOUNT_ID=ArWoJSq3BPehT1Ln9323kU\nZOOM_CLIENT_ID=dFG5hszj3ehldHsxxGAd0R\nZOOM_CLIENT_SECRET=1F5zkwlKAzTzmo4e8NTiAK9R9bkS92XY', path: '.env' },
          { text: "const zoomClientSecret = 'f9KGuZaG111mJyzlDbWzqMivTSwoK4HM';", path: 'server/zoom.ts' },
        ],
        negative: [
          { text: 'ZOOM_CLIENT_ID=dFG5hszj3ehldHsxxGAd0R', why: 'the client id: 22 characters, public' },
          { text: 'MAP_ZOOM_KEY=JAfXvMypsU8R2T1WoY3tACTpljg0ulW9', why: '"zoom" is not the first word of the name' },
          { text: 'zoom level token JAfXvMypsU8R2T1WoY3tACTpljg0ulW9', why: 'the common word alone' },
        ],
      },
    },
    {
      id: 'sendbird-api-token',
      title: 'Sendbird API token',
      vendor: 'Sendbird',
      names: ['sendbird'],
      token: [{ alphabet: 'hex', length: 40 }, { alphabet: 'hex', length: 24 }],
      examples: {
        positive: [
          { text: "const sendbirdKey = '88b4ed8b15c0f5e01ab14b7b3661a144ded0ec7d';", path: 'src/config.ts' },
          { text: '  "sendbirdApiKey": "a824821c41b114d45c770dc30200ea2a9ca8c251",', path: 'config/default.json' },
        ],
        negative: [{ text: "const sendbirdKey = '88b4ed8b15c0f5e01ab14b7b3661a144ded0ec7';", path: 'src/config.ts', why: 'one character short' }],
      },
    },
    {
      id: 'sparkpost-api-key',
      title: 'SparkPost API key',
      vendor: 'SparkPost',
      names: ['sparkpost'],
      token: { alphabet: 'alnum', length: 40 },
      examples: {
        positive: [
          { text: '  "sparkpostApiKey": "W9l5i45ooCqS5GK94pCq2LUfxIaMCy38zhx0O22b",', path: 'config/default.json' },
          { text: "const sparkpostKey = 'hTrzbtRaSfej2R1v0RNPH5OAQvN7a41KP7YPXCmu';", path: 'src/config.ts' },
        ],
        negative: [{ text: '  "sparkpostApiKey": "W9l5i45ooCqS5GK94pCq2LUfxIaMCy38zhx0O22",', path: 'config/default.json', why: 'one character short' }],
      },
    },
    {
      id: 'telnyx-api-key',
      title: 'Telnyx API key',
      vendor: 'Telnyx',
      names: ['telnyx'],
      token: { alphabet: 'base64url', length: 55, prefix: 'KEY' },
      needsKeyWord: false,
      examples: {
        positive: [
          { text: '  "telnyxApiKey": "KEYC62BEA97B3C094368D281C322BF9497D_Ztd9sPjZszm0Jqvn6xSosZ",', path: 'config/default.json' },
          { text: "const telnyxKey = 'KEY45AF8682AC0BF4D2643A5DD07235C7F4_OxYd8zvzzbXTOdxwtwKM3z';", path: 'src/config.ts' },
        ],
        negative: [{ text: '  "telnyxApiKey": "KEYC62BEA97B3C094368D281C322BF9497D_Ztd9sPjZszm0Jqvn6xSos",', path: 'config/default.json', why: 'one character short' }],
      },
    },
    {
      id: 'twitch-api-token',
      title: 'Twitch access token or client secret',
      vendor: 'Twitch',
      names: ['twitch'],
      token: { alphabet: 'lower-alnum', length: 30 },
      remediation:
        'Revoke the token (id.twitch.tv/oauth2/revoke) or generate a new client secret in the Twitch ' +
          'developer console, and keep it in a secret store.',
      examples: {
        positive: [
          { text: 'TWITCH_API_KEY=mup32rktm7sr0h32vn967jc2kfzt1y', path: '.env' },
          { text: "export TWITCH_SECRET='vgzzhlnjn9bgnwxr3f4lc1er1nf5l4'", path: 'scripts/deploy.sh' },
        ],
        negative: [{ text: 'TWITCH_API_KEY=mup32rktm7sr0h32vn967jc2kfzt1', path: '.env', why: 'one character short' }],
      },
    },
    {
      id: 'twitter-api-secret',
      title: 'Twitter (X) API key or secret',
      vendor: 'Twitter',
      names: ['twitter'],
      token: [{ alphabet: 'alnum', length: 50 }, { alphabet: 'alnum', length: 45 }, { alphabet: 'alnum', length: 25 }],
      remediation:
        'Regenerate the keys and tokens of the app in the X (Twitter) developer portal (Projects & Apps > ' +
          'Keys and tokens) and keep them in a secret store.',
      examples: {
        positive: [
          { text: 'twitter_token: "SacJvP3lcwPZ4FPxE8J37dLTFeNmDyvhIByMNqpNUQ0l0UTXuv"', path: 'config/settings.yml' },
          { text: 'client = TwitterClient(api_key="F5H09idxfxi6vfX7m34TDkgPSsnAjSceF4XUUCU5aShAKcGupb")', path: 'app/clients.py' },
        ],
        negative: [
          { text: 'twitter_token: "SacJvP3lcwPZ4FPxE8J37dLTFeNmDyvhIByMNqpNUQ0l0UTXu"', path: 'config/settings.yml', why: 'one character short' },
          { text: "Twitter(auth=OAuth('MjuHWoGbzYmJv3ZuHaBvSENfyevu00NQuBc40VM',", why: '39 characters: no Twitter key length' },
        ],
      },
    },
    {
      id: 'tyntec-api-key',
      title: 'tyntec API key',
      vendor: 'tyntec',
      names: ['tyntec'],
      token: { alphabet: 'alnum', length: 32 },
      examples: {
        positive: [
          { text: '  "tyntecApiKey": "HWrtXTKnpdVwEkZRgySRJsj03Utoc63Y",', path: 'config/default.json' },
          { text: "const tyntecKey = 'UQbXlYTN9X4O0au3qc3vAlzbjNJCiVe6';", path: 'src/config.ts' },
        ],
        negative: [{ text: '  "tyntecApiKey": "HWrtXTKnpdVwEkZRgySRJsj03Utoc63",', path: 'config/default.json', why: 'one character short' }],
      },
    },
    {
      id: 'vbout-api-key',
      title: 'VBOUT API key',
      vendor: 'VBOUT',
      names: ['vbout'],
      token: { alphabet: 'digits', length: 25 },
      examples: {
        positive: [
          { text: '  "vboutApiKey": "1308587450522736494669472",', path: 'config/default.json' },
          { text: "const vboutKey = '2447533245739045005013673';", path: 'src/config.ts' },
        ],
        negative: [{ text: '  "vboutApiKey": "130858745052273649466947",', path: 'config/default.json', why: 'one character short' }],
      },
    },
    {
      // the API key is 8 hex (an account name); dashboard secrets are 16 letters and digits, and the
      // signature secret that signs SMS requests has the same shape. Vonage was Nexmo: both names count.
      id: 'vonage-api-secret',
      title: 'Vonage (Nexmo) API secret',
      vendor: 'Vonage',
      names: ['vonage', 'nexmo'],
      token: { alphabet: 'alnum', length: 16 },
      remediation:
        'Create a second API secret under Settings > API Settings in the Vonage dashboard, move the application ' +
        'to it and delete the exposed one; keep it in VONAGE_API_SECRET from a secret store.',
      examples: {
        positive: [
          { text: 'VONAGE_API_KEY=3f9a1c7e\nVONAGE_API_SECRET=YGqsHq7UmPXNC4OX', path: '.env' },
          { text: "client = vonage.Client(key='3f9a1c7e', secret='NL68kTqHaugf3VOu')", path: 'sms/send.py' },
          { text: "'nexmo' => ['api_key' => '3f9a1c7e', 'api_secret' => 'xirCGrDt8SAkB8Wz'],", path: 'config/services.php' },
        ],
        negative: [
          { text: 'VONAGE_API_KEY=3f9a1c7e', why: 'the API key names the account' },
          { text: 'VONAGE_API_SECRET=YGqsHq7UmPXNC4O', why: '15 characters' },
          { text: 'VONAGE_APPLICATION_ID=aaf1d8e9-3c7b-4f2e-9a61-5d0c8b7e4f13', why: 'an application id' },
        ],
      },
    },
    {
      id: 'voodoosms-api-key',
      title: 'VoodooSMS API key',
      vendor: 'VoodooSMS',
      names: ['voodoosms'],
      token: { alphabet: 'alnum', length: 46 },
      examples: {
        positive: [
          { text: 'client = VoodoosmsClient(api_key="YcJIOw2obwvx2RP774sgw7qrHsfjFi7IrIucrnmh9Yhwgm")', path: 'app/clients.py' },
          { text: 'voodoosms_token: "hfic9ilwSM7ZthlCx6yuOHxm50BPzTUcZgD4xEDGhvfgYc"', path: 'config/settings.yml' },
        ],
        negative: [{ text: 'client = VoodoosmsClient(api_key="YcJIOw2obwvx2RP774sgw7qrHsfjFi7IrIucrnmh9Yhwg")', path: 'app/clients.py', why: 'one character short' }],
      },
    },
  ]),
  brevoApiKey,
  twitchStreamKey,
  twitterBearerToken,
  webexAccessToken,
  zulipApiKey,
];
