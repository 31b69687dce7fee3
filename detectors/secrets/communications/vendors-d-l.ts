import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { vendorTokens } from '../../kit/vendor-token.js';
import { namedSecret } from '../shared/named-secret.js';

/**
 * A Facebook client token: the app's second identifier, which the Android and iOS SDKs (v13 on) need beside the app id,
 * written into an app's `res/values/strings.xml` (`facebook_client_token`) or Info.plist (`FacebookClientToken`). Meta
 * documents it as an identifier embedded in native and desktop app binaries, not a secret: it can only call the few
 * app-level endpoints an installed app must. The same 32 hex digits as the app secret; the name decides. The name is
 * the last one before the value on its line, or on the line above when the value opens its own (a plist's `<string>`).
 */
const CLIENT_TOKEN_NAME = /client[_.-]?token$/i;
const NAME_BEFORE = /[A-Za-z][\w.-]{0,80}/g;

function isFacebookClientToken(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 160), start);
  const nl = before.lastIndexOf('\n');
  const line = before.slice(nl + 1);
  const scope = nl >= 0 && /^[ \t]{0,40}(?:<string>|["'])?[ \t]{0,4}$/.test(line) ? before.slice(before.lastIndexOf('\n', nl - 1) + 1) : line;
  let last: string | undefined;
  for (const m of scope.matchAll(NAME_BEFORE)) if (/token|secret|key/i.test(m[0])) last = m[0];
  return last !== undefined && CLIENT_TOKEN_NAME.test(last);
}

// Facebook (Meta) access tokens: EAA + a letter naming the token's kind + 100 or more base62
// characters (user, page and app tokens; EAACEdEose0cBA… from the Graph API Explorer).
export const facebookAccessToken: Detector = patternDetector({
  id: 'facebook-access-token',
  title: 'Facebook access token',
  vendor: 'Facebook',
  severity: 'high',
  keywords: ['eaa'],
  pattern: /(?<![A-Za-z0-9+/_-])(?<secret>EAA[A-Za-z0-9]{100,512})(?![A-Za-z0-9+/_-])/,
  minEntropy: 4.5,
  priority: 50,
  validate: (secret) => /[0-9]/.test(secret) && /[a-z]/.test(secret) && /[A-Z]/.test(secret.slice(3)),
  remediation:
    'Invalidate the token (change the app secret, or remove the app\'s access for the user or page in Meta ' +
    'Business settings) and have the app obtain tokens at run time instead of committing one.',
  examples: {
    positive: [
      { text: 'FACEBOOK_PAGE_TOKEN=EAAGvMWmYYEm6ceXNGyGDKyML0kwRVx0PrY8oLgtLvB7nyg5sjBWnRB2vwXy5UACBAd4WZJ8LlgqO8mN4g3CZt5ByDmBT1Xh5lAl0i7MpMsq1HimTk4QpafSMFXxIQ0DY8lQiNlJCm10znyH68YEV3XsyTc88izVdxkTgvYClximS3bTOLcIdQr9', path: '.env' },
      { text: "url = 'https://graph.facebook.com/me?access_token=EAACEdEose0cBAJLbLVppYleR0ycCeWyBOJgGYArABc66rRgZ9CsCto9uuQdH5wvJBqUEsducGW43rnOsg510WmmbJ3uStTWHvrjmc2WhEGCHGZVfBWOIiu1BPON8kDEMUhAJUEy1ubj1QC68ncntN1gyb8saYO39PjvEyDT24vjHJ'" },
    ],
    negative: [
      { text: 'FACEBOOK_PAGE_TOKEN=EAAGUenW8W5fovC5G7aQIRX92EmfDs0sFoouwfmBUstw82ktcINJ1rAwOUrvkmGw', why: 'too short' },
      { text: 'data = "iVBORw0KGgoEAAGeVz9sXv7Wccsbrf9cQsF6x1IBrF5M2WDi8xklmvCB3knPVDDFL6NiD5v3JjhLXIGLhmWmCyJBJYDTR6m4BGCOsxuOaScpCuOdPWcswe9tO81A8KglULYEnR5SMjgYB4qbQRZEdvjk4afodNsWnCmvfgzWFZlwWS9P3xXZi5FdHwSsRjg1SNx"', why: 'inside a longer base64 run' },
    ],
  },
});

// Infobip API keys: 32 hex, '-', and a UUID, sent as `Authorization: App <key>`; looked for on the lines
// around an Infobip name (the variable, the client, or the account's base URL xxxxx.api.infobip.com).
export const infobipApiKey: Detector = patternDetector({
  id: 'infobip-api-key',
  title: 'Infobip API key',
  vendor: 'Infobip',
  severity: 'high',
  keywords: ['infobip'],
  pattern: /(?<![A-Za-z0-9-])(?<secret>[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9-])/,
  minEntropy: 3.2,
  priority: 50,
  remediation:
    'Revoke the key on the API keys page of the Infobip web interface (or with the API key management API) and ' +
    'create a new one with only the scopes it needs; keep it in a secret store.',
  examples: {
    positive: [
      { text: 'INFOBIP_BASE_URL=https://k3j9xq.api.infobip.com\nINFOBIP_API_KEY=33412d7e15772db7d1858b7a012ce678-0944bd88-4b87-4c29-8666-7d51c1911e7c', path: '.env' },
      { text: "resp = requests.post('https://k3j9xq.api.infobip.com/sms/2/text/advanced',\n    headers={'Authorization': 'App 6f02b5e3c99d41a7e08b2f6a95dc1e34-2e556bfb-d095-4d24-98f5-facb5b43a332'},\n    json=payload)", path: 'notify/sms.py' },
    ],
    negative: [
      { text: 'INFOBIP_API_KEY=33412d7e15772db7d1858b7a012ce678-0944bd88-4b87-4c29-8666-7d51c1911e7', why: 'short last group' },
      { text: 'REQUEST_ID=33412d7e15772db7d1858b7a012ce678-0944bd88-4b87-4c29-8666-7d51c1911e7c', why: 'no Infobip name near' },
      { text: 'INFOBIP_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

// Kakao Developers apps have four 32-hex keys: the native app, JavaScript and REST API keys are platform
// keys that identify the app (the REST API key doubles as the OAuth client_id in login redirects), while
// the Admin key carries every permission and belongs on a server only. Only a name that says admin counts.
export const kakaoAdminKey: Detector = namedSecret({
  id: 'kakao-admin-key',
  title: 'Kakao Developers Admin key',
  vendor: 'Kakao',
  names: ['kakao'],
  kind: /admin/,
  bareNames: ['adminkey', 'admin'],
  value: '[0-9a-f]{32}',
  after: '[A-Za-z0-9]',
  severity: 'high',
  remediation:
    'Issue a new Admin key under App > Platform Key > Admin Key in Kakao Developers, move the server to it and delete ' +
    'the exposed one; restrict the APIs it may call, and keep it on the backend only.',
  examples: {
    positive: [
      { text: 'KAKAO_REST_API_KEY=d2415b826559e31dae21b6914fe6de63\nKAKAO_ADMIN_KEY=d71563fdcaf5a02307a1c94a1aacb41d', path: '.env' },
      { text: "kakao:\n  javascript_key: 'e3e729e63e5f306af070dddb823be323'\n  admin_key: 'c2bcdea4b296a44c5d7c04c5c903185b'", path: 'config/kakao.yml' },
    ],
    negative: [
      { text: 'KAKAO_REST_API_KEY=d2415b826559e31dae21b6914fe6de63', why: 'the REST API key is a platform key: the OAuth client_id' },
      { text: "Kakao.init('e3e729e63e5f306af070dddb823be323');", path: 'src/share.js', why: 'the JavaScript key is public' },
      { text: 'KAKAO_ADMIN_KEY=d71563fdcaf5a02307a1c94a1aacb41', why: '31 hex' },
    ],
  },
});

/** Messaging, e-mail and social vendors D–L: prefixed tokens above, then keys known by the vendor's name (kit/vendor-token.ts). */
export const communicationsVendorsDL: readonly Detector[] = [
  facebookAccessToken,
  infobipApiKey,
  kakaoAdminKey,
  ...vendorTokens([
    {
      id: 'd7network-api-key', title: 'D7 Networks API key', vendor: 'D7 Networks', names: ['d7network', 'd7sms'],
      token: { alphabet: 'base64', length: [23, 24] },
      examples: {
        positive: [{ text: 'd7network_api_key: "2a7KxseTyByDOGvVgw680I=="', path: 'config.yml' }, { text: "d7sms_auth_token = 'fJhdMhZ9wOwFjuCs+nTEpPK='" }],
        negative: [{ text: 'D7NETWORK_API_KEY=EwlLVel/dcCdMhP2wX', why: '18 characters' }],
      },
    },
    {
      id: 'dailyco-api-key', title: 'Daily API key', vendor: 'Daily', names: ['dailyco', 'daily.co', 'daily_co', 'daily_api', 'daily-api'],
      compoundNames: ['daily'],
      token: { alphabet: 'hex', length: 64 },
      examples: {
        positive: [{ text: 'DAILY_API_KEY=9436d9bfa5c8fdd6ab4a9e283034ed884e14019b420df6f6d84a8edb32318a9e', path: '.env' }, { text: 'daily.co api key: 00158fbea5694fc0117649bbce127d0fba4ecf3d315b2b8b181a4b2242385296' }, { text: "const dailyToken = '0d00ce532840cdcda7a3168a6c2fd20ae721bfd16433b66d8e77e4f6357ad600';", path: 'src/video/room.ts' }],
        negative: [{ text: 'DAILY_API_KEY=fe8b9398c1c3de94285d2991b49cebb66b9bef567768b8d0557246ae25a5893', why: '63 hex' }, { text: 'daily backup token bea0d1bc7e29b60c590741ec41203ea5386cf9273675b88dda950cb0a82c66b5', why: 'the common word daily alone' }, { text: 'CHECKPOINT_DAILY_KEY=8aa9212755dc977de01356e9587cd9a297dc401723f3feb37e0aae281aa61440', why: '"daily" is not the first word of the identifier' }],
      },
    },
    {
      id: 'elasticemail-api-key', title: 'Elastic Email API key', vendor: 'Elastic Email', names: ['elasticemail', 'elastic_email', 'elastic-email'],
      token: [{ alphabet: 'base64url', length: 96 }, { alphabet: 'uuid' }],
      examples: {
        positive: [{ text: 'ELASTICEMAIL_API_KEY: CE782273DF40B85D08FFD90A676802625379E7590934163A316889DC280BEBFEC5B935E2EDBEDEC02CC3126ACE9FC347', path: 'config.yml' }, { text: "elasticemail_apikey: 'e634a202-801f-4a69-aaa7-1b4e726f587d'", path: 'config.yml' }],
        negative: [{ text: 'ELASTICEMAIL_API_KEY=AA71DD3771AA1E490010009FA3D4770434DE778A0D1F44F7CDE6753FBF0D658EF7CB326CD6E06B0E7341F4EF3EA47B7', why: '95 characters' }],
      },
    },
    {
      id: 'facebook-app-secret', title: 'Facebook app secret', vendor: 'Facebook', names: ['facebook', 'fbapi', 'fb_api', 'fb_app', 'fbapp', 'fb_secret', 'fbsecret', 'fb_client_secret'],
      token: { alphabet: 'hex', length: 32 },
      isPublic: (text, start) => isFacebookClientToken(text, start),
      remediation:
        'Reset the app secret under App settings > Basic in the Meta developer dashboard (this also invalidates app ' +
        'tokens made from it) and keep the new one in a secret store.',
      examples: {
        positive: [
          { text: 'FACEBOOK_APP_SECRET=6f201c4d43c4a9f74b6f49bed94d8a39', path: '.env' },
          { text: "var fbApiKey = '3d4a4fc8adde56d8a3f7e04c5a9e2761';" },
          { text: '<resources>\n    <string name="facebook_client_token">c41d7e09a3b85f26d10e4c97b2a6f358</string>\n    <string name="facebook_app_secret">9b2e4f71c06d83a5e1f7b4c29d0a6e38</string>\n</resources>\n', path: 'app/src/main/res/values/strings.xml', why: 'the secret beside the client token' },
        ],
        negative: [
          { text: 'FACEBOOK_APP_ID=530684114038576', why: 'the app id is public' },
          { text: 'FACEBOOK_APP_SECRET=5932de9b135c10c72edf36f0e00538a', why: '31 hex' },
          { text: '<resources>\n    <string name="facebook_app_id">530684114038576</string>\n    <string name="facebook_client_token">c41d7e09a3b85f26d10e4c97b2a6f358</string>\n</resources>\n', path: 'app/src/main/res/values/strings.xml', why: 'the client token an Android app embeds' },
          { text: '\t<key>FacebookAppID</key>\n\t<string>530684114038576</string>\n\t<key>FacebookClientToken</key>\n\t<string>7a0f3e96d2c14b58e3a9d07f61c2b4e5</string>\n', path: 'ios/Shop/Info.plist', why: 'the client token an iOS app embeds' },
        ],
      },
    },
    {
      id: 'getresponse-api-key', title: 'GetResponse API key', vendor: 'GetResponse', names: ['getresponse'],
      token: { alphabet: 'lower-alnum', length: 32 },
      examples: {
        positive: [{ text: 'GETRESPONSE_API_KEY=p81gsolks3l2e6ysk0gbhujsq2coxmwa', path: '.env' }, { text: "getresponse_api_key = '6mj4lk3xq7eg0c8qtlfyd7nnoz71ypxc'" }],
        negative: [{ text: 'GETRESPONSE_API_KEY=0r34kv3gqxwe226pb4msbgsytu3yb5x', why: '31 characters' }],
      },
    },
    {
      id: 'gitter-access-token', title: 'Gitter access token', vendor: 'Gitter', names: ['gitter'],
      token: { alphabet: 'lower-alnum', length: 40 },
      examples: {
        positive: [{ text: 'GITTER_TOKEN=8a1d0b57ff8c8c63bf7f8b4d28d30d0c2d78e456', path: '.env' }, { text: 'gitter_access_token: a3e881af2d88a379784617985ff0f1005d4e2177', path: 'config.yml' }],
        negative: [{ text: 'GITTER_TOKEN=7f031fef05f704db6c0338f269af24c459015c2', why: '39 characters' }],
      },
    },
    {
      id: 'intercom-access-token', title: 'Intercom access token', vendor: 'Intercom', names: ['intercom'],
      token: { alphabet: 'base64', length: 60 },
      examples: {
        positive: [{ text: 'export INTERCOM_ACCESS_TOKEN="dG9rOjts9SpRqz53IT20nc9qaEoDgulJMrHel1glMs3szkBzoTkRb2Up1qs="', path: 'scripts/env.sh' }, { text: "intercom_token: 'dG9rOjyDW+Te0fe7ibaMS3J1VEuwC1+XnlW8iHzQzrev3Mt4Le73WjiAxmV='", path: 'config.yml' }],
        negative: [{ text: 'INTERCOM_ACCESS_TOKEN=dG9rOjRMMUJmRdOI2qojqW8kbr+K4laLGlGUdbw40bjfri=', why: 'too short' }],
      },
    },
    {
      id: 'klaviyo-private-api-key', title: 'Klaviyo private API key', vendor: 'Klaviyo', names: ['klaviyo'],
      token: { alphabet: 'alnum', length: 34, prefix: 'pk_' },
      examples: {
        positive: [{ text: 'KLAVIYO_PRIVATE_API_KEY=pk_fc8b6473b7b6be8dc0b700c80e2e967e53', path: '.env' }, { text: "klaviyo = KlaviyoAPI('pk_620de53655817c529d84e89df13b9813cf', max_delay=60)" }],
        negative: [{ text: 'KLAVIYO_PRIVATE_API_KEY=pk_0ba3b81b32832f5c23defd23c5ca3b2b8', why: '33 characters' }, { text: 'KLAVIYO_PUBLIC_API_KEY=Ab3xYz', why: 'the public site id' }],
      },
    },
    {
      id: 'lemlist-api-key', title: 'lemlist API key', vendor: 'lemlist', names: ['lemlist'],
      token: { alphabet: 'hex', length: 32 },
      examples: {
        positive: [{ text: 'LEMLIST_API_KEY=3b78f3ed6998ff01f71a3100d2ffb836', path: '.env' }, { text: 'lemlist_token: "434bc9a4c35338c964f600a021bb1dd5"', path: 'config.yml' }],
        negative: [{ text: 'LEMLIST_API_KEY=e7134949052759e8ed150f7645ecc34', why: '31 hex' }],
      },
    },
    {
      id: 'line-channel-access-token', title: 'LINE channel access token', vendor: 'LINE', names: ['line_channel', 'linebot', 'line_bot', 'line-bot', 'line_messaging', 'line_token', 'line_access'],
      token: { alphabet: 'base64', length: [150, 200] },
      examples: {
        positive: [{ text: 'LINE_CHANNEL_ACCESS_TOKEN=BYIfSHXy0eUAzxIQr5Fxl//lCnEoXTWrZ6O64W9j6MQZtQDwRdn3QcJV8xfF+VlMYgWqZEcRuq66IoxLqp9GdB62zkxWTFzYCr86BMphcaaZuuLfZTnZfuh0F7CxDxJEgKGP/I8A0KI6e4Fl6oeStHkbpjaVPE/rhhp+AdpFYVD=', path: '.env' }, { text: "line_bot_api = LineBotApi('5gH1AwrjEcTvdCzHDRVB3aDSjRYdg2gCoDYEda2H136cmfaUP0sAeJ6cBLv0nlbvLj9/lk7CNoedS7Z9qdx+TRqE1SwbcNQ1BvCABKbXAfPeD1y+K+ZPJPLczHL92wUDUaBXYTuT1w5buJ6+mRV6boRA8iilZIbEqM0ZCluVsDT=')" }],
        negative: [{ text: 'LINE_CHANNEL_ACCESS_TOKEN=JgdmcHSdxGXZYsWCJdApSjslY1F+m50oNHnujCaokf65zSaaj1iBrO52ZgApEH0gaA+9Ia7AxBhhmXqOOlbGrH2wIhvNoJwPTh8L', why: 'too short' }, { text: 'line = "C6rdy/FXoESAqqT2ipIQgZWmf/D+aqiDLK5MLi1X1TkeiM4dlCBZALAeMpLrFJunnh4fAg5quah5M3Tv3jy4lyn8Re5CkTtCyeWk1cbNFKCYeDg8jryf0jEJZBrAQGsxC1jiuU+hz1iqRoCoYGiUpRlqcL0gKDu5DNZin/rVhYH="', why: 'the common word line alone' }],
      },
    },
    {
      id: 'linkedin-client-secret', title: 'LinkedIn client secret', vendor: 'LinkedIn', names: ['linkedin'],
      token: { alphabet: 'alnum', length: 16 },
      examples: {
        positive: [{ text: 'LINKEDIN_CLIENT_SECRET=mQk4CPdkW54DnQqM', path: '.env' }, { text: 'LinkedIn client secret: tg5HpyYNRkVmCLij' }],
        negative: [{ text: 'LINKEDIN_CLIENT_ID=7x9a2xhpzr7qo6', why: 'the client id, 14 characters' }, { text: 'https://www.linkedin.com/in/jane-doe-jueahq0fhy6uhnsi', why: 'a profile link' },
          { text: "resp = session.get(url='https://api.linkedin.com/v2/adTargetFacetsV2?q=all', headers=headers)", path: 'taps/linkedin/client.py', why: "an endpoint's name after the api. host: words in camelCase, not a generated value" },
        ],
      },
    },
    {
      // Knock secret API keys: sk_ (public keys, safe in client code, start pk_); both name an environment.
      id: 'knock-secret-key', title: 'Knock secret API key', vendor: 'Knock', names: ['knocklabs'], compoundNames: ['knock'],
      token: { alphabet: 'base64url', prefix: 'sk_', length: [24, 80] },
      remediation:
        'Delete the key under Platform > API keys in the Knock dashboard for its environment, create a new secret key ' +
        'and keep it on the server (KNOCK_API_KEY); only pk_ keys belong in client code.',
      examples: {
        positive: [
          { text: 'KNOCK_API_KEY=sk_test_xUV2jXtUDChcC9I0SnZHHJyJYnkjeq-Xvt0ER2KRJs5', path: '.env' },
          { text: "const knockSecretKey = 'sk_pZ_xStACaINShvhENgStU3kgbk6txUZPXVeBQgQdGah';", path: 'src/notify.ts' },
        ],
        negative: [
          { text: 'NEXT_PUBLIC_KNOCK_PUBLIC_API_KEY=pk_test_CIBYi5noFa5Wvory5P2dDx6yinr7LATY28q654BV4bz', why: 'a public key' },
          { text: 'KNOCK_API_KEY=sk_test_your_api_key_here', why: 'placeholder' },
          { text: 'port_knock_key = sk_CIBYi5noFa5Wvory5P2dDx6yinr7LATY28q654BV4bz', why: 'knock is not the first word of the name' },
        ],
      },
    },
    {
      // Loops API keys: 32 hex, sent as a Bearer token to app.loops.so; the vendor is named by a compound
      // (LOOPS_API_KEY, loopsApiKey), never by the word loops alone.
      id: 'loops-api-key', title: 'Loops API key', vendor: 'Loops', names: ['loopsclient'], compoundNames: ['loops'],
      token: { alphabet: 'hex', length: 32 },
      remediation:
        'Revoke the key under Settings > API in Loops (the trash icon) and generate a new one; keep it server-side ' +
        '(LOOPS_API_KEY), never in client code.',
      examples: {
        positive: [
          { text: 'LOOPS_API_KEY=1a6a8c17724d900bb007ae18d18dd882', path: '.env' },
          { text: "const loops = new LoopsClient('e3e729e63e5f306af070dddb823be323');", path: 'src/mail.ts' },
        ],
        negative: [
          { text: 'LOOPS_API_KEY=d2d561f5ff80136f69b4b5a31b9fb3c9', why: 'the example key of Loops\' API documentation' },
          { text: 'max_loops_key = 1a6a8c17724d900bb007ae18d18dd882', why: 'loops is not the first word of the name' },
          { text: 'LOOPS_API_KEY=1a6a8c17724d900bb007ae18d18dd88', why: '31 hex' },
        ],
      },
    },
    {
      // Expo access tokens (personal or robot-user tokens for EAS CLI and the push API, read from EXPO_TOKEN):
      // 40 URL-safe base64 characters. Named by a compound (EXPO_TOKEN, expoAccessToken): expo alone sits in
      // every `export`.
      id: 'expo-access-token', title: 'Expo access token', vendor: 'Expo', names: [], compoundNames: ['expo'],
      token: { alphabet: 'base64url', length: 40 },
      remediation:
        'Revoke the token under Access tokens in the expo.dev account settings (or the robot user\'s page) and create a ' +
        'new one; keep it in the CI secret store as EXPO_TOKEN.',
      examples: {
        positive: [
          { text: 'export EXPO_TOKEN="4O2YTWrcNGDNl6tILivsuMEBlijdBRzv1rhixU8O"', path: 'scripts/release.sh' },
          { text: "const expoAccessToken = 'QhZafc6yxjPQWsEut7W59sU75pI1lWKed-ECS0Ai';", path: 'server/push.ts' },
        ],
        negative: [
          { text: 'export TOKEN="bskBrdZO0sNYlutqiiYpmbmVylPLqG1QzZoWACRb"', why: 'export is not the Expo name' },
          { text: 'EXPO_TOKEN=your-expo-token', why: 'placeholder' },
          { text: 'EXPO_TOKEN=z7bj_5El8diACO2afFVAw6S3_Lk2pmMxMC1Z7nxHx', why: '41 characters' },
        ],
      },
    },
  ]),
];
