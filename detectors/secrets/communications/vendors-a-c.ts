import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { vendorTokens } from '../../kit/vendor-token.js';
import { namedSecret } from '../shared/named-secret.js';

// Ayrshare API keys: four groups of 8 uppercase alphanumerics joined by dashes, after an ayrshare name.
export const ayrshareApiKey: Detector = patternDetector({
  id: 'ayrshare-api-key',
  title: 'Ayrshare API key',
  vendor: 'Ayrshare',
  severity: 'high',
  keywords: ['ayrshare'],
  pattern: /(?:ayrshare|Ayrshare|AYRSHARE)[^\n]{0,40}?(?<![A-Za-z0-9-])(?<secret>[A-Z0-9]{8}(?:-[A-Z0-9]{8}){3})(?![A-Za-z0-9-])/,
  keywordSpan: { before: 0, after: 90 },
  minEntropy: 3.5,
  validate: (secret) => /[0-9]/.test(secret) && /[A-Z]/.test(secret),
  remediation:
    'Regenerate the API key on the Ayrshare dashboard (API Key page) and keep the replacement in the environment or a ' +
    'secret store.',
  examples: {
    positive: [
      { text: 'AYRSHARE_API_KEY=LZULECXK-703HYT8F-E8CRI8R8-NGTPRVBC', path: '.env' },
      { text: "ayrshare_client = SocialPost('ID2M5PNK-23J36I0M-06M0A5FL-7ZI9BDCT')", path: 'jobs/post.py' },
    ],
    negative: [
      { text: 'AYRSHARE_API_KEY=LZULECXK-703HYT8F-E8CRI8R8', why: 'three groups' },
      { text: 'AYRSHARE_PROFILE_KEY=${PROFILE_KEY}' },
      { text: 'ayrshare order ABCDEFGH-ABCDEFGH-ABCDEFGH-ABCDEFGH', why: 'no digit: not random' },
    ],
  },
});

// Courier API keys: 'pk_prod_' or 'pk_test_' and 28 uppercase alphanumerics (Stripe's pk_test_ keys
// are mixed case and longer, so they do not fit).
export const courierApiKey: Detector = patternDetector({
  id: 'courier-api-key',
  title: 'Courier API key',
  vendor: 'Courier',
  severity: 'high',
  keywords: ['pk_prod_', 'pk_test_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>pk_(?:prod|test)_[A-Z0-9]{28})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  validate: (secret) => /[0-9]/.test(secret.slice(8)) && /[A-Z]/.test(secret.slice(8)),
  remediation:
    'Rotate the key under Settings > API Keys in Courier, and keep the replacement in the environment or a secret store ' +
    '(COURIER_AUTH_TOKEN).',
  examples: {
    positive: [
      { text: 'COURIER_AUTH_TOKEN=pk_prod_LMYSGUK7S5Z3JLOV249RVDQ6OIMZ', path: '.env' },
      { text: "const courier = CourierClient({ authorizationToken: 'pk_test_WTHS8I6HWSGKGK0RE18OZ1VWVYGW' });", path: 'src/notify.ts' },
    ],
    negative: [
      { text: 'STRIPE_PUBLISHABLE_KEY=pk_test_51HqLyjWDarjtT1zdp7dcXqTEBnsOlMWoOc7WGIKJwTCJhP0fPgrksAqVZdK3mMqGvJTUqBdNtf5jGH9', why: 'a Stripe publishable key: mixed case, longer' },
      { text: 'COURIER_AUTH_TOKEN=pk_prod_XXXXXXXXXXXXXXXXXXXXXXXXXXXX', why: 'placeholder' },
    ],
  },
});
// Agora projects have an App ID (32 hex, shipped in every client) and an App Certificate (32 hex, kept on
// the token server: it signs the RTC/RTM tokens users join with). Only the certificate is reported,
// under a name that says so (`AGORA_APP_CERTIFICATE`, `appCertificate` near an Agora import).
export const agoraAppCertificate: Detector = namedSecret({
  id: 'agora-app-certificate',
  title: 'Agora App Certificate',
  vendor: 'Agora',
  names: ['agora'],
  kind: /cert/,
  bareNames: ['certificate', 'appcertificate', 'cert', 'appcert', 'primarycertificate'],
  value: '[0-9a-fA-F]{32}',
  after: '[A-Za-z0-9]',
  severity: 'high',
  remediation:
    "Enable the secondary certificate on the project's page in Agora Console, move the token server to it, then " +
    'delete the exposed primary; keep the certificate in the token server\'s environment only.',
  examples: {
    positive: [
      { text: 'AGORA_APP_ID=b04ab14c6121ee2a09819093f850136e\nAGORA_APP_CERTIFICATE=794c9914aae35c358820f1d6ee04a1ee', path: '.env' },
      { text: "const { RtcTokenBuilder, RtcRole } = require('agora-token');\n\nconst APP_ID = 'b04ab14c6121ee2a09819093f850136e';\nconst APP_CERTIFICATE = '035d2bb1d343d404bb92ff2a07e7a570';", path: 'server/token.js' },
    ],
    negative: [
      { text: 'AGORA_APP_ID=b04ab14c6121ee2a09819093f850136e', why: 'the App ID is public' },
      { text: 'AGORA_APP_CERTIFICATE=794c9914aae35c358820f1d6ee04a1e', why: '31 hex' },
      { text: "const agoraAppId = 'b04ab14c6121ee2a09819093f850136e';\nconst TLS_CERT_FINGERPRINT = '794c9914aae35c358820f1d6ee04a1ee';", why: 'another certificate value next to an Agora setting' },
    ],
  },
});
// Braze REST API keys are UUIDs, and so are the app identifiers every mobile and web SDK is configured with
// (`BRAZE_API_KEY` in an app is usually one): only a name that says REST (`BRAZE_REST_API_KEY`,
// `braze.rest_api_key`) makes a UUID the server-side key.
export const brazeRestApiKey: Detector = namedSecret({
  id: 'braze-rest-api-key',
  title: 'Braze REST API key',
  vendor: 'Braze',
  names: ['braze'],
  kind: /rest[a-z]{0,12}(?:key|token)/,
  bareNames: ['restapikey', 'restkey'],
  value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
  after: '[A-Za-z0-9-]',
  severity: 'high',
  remediation:
    'Delete the key under Settings > APIs and Identifiers > API Keys in the Braze dashboard and create a new one with ' +
    'only the permissions and allowed IPs the server needs; keep it in a secret store, never in client code.',
  examples: {
    positive: [
      { text: 'BRAZE_REST_ENDPOINT=https://rest.iad-01.braze.com\nBRAZE_REST_API_KEY=7abecdb1-0e3e-4d2c-a4c0-516c199b7500', path: '.env' },
      { text: "braze:\n  rest_endpoint: https://rest.fra-01.braze.eu\n  rest_api_key: '1fb9caeb-bc83-41a7-ac68-6f123a59bd1d'", path: 'config/messaging.yml' },
    ],
    negative: [
      { text: 'BRAZE_API_KEY=fd490be9-bba7-40ce-b749-2894d539b17d', why: 'the SDK app identifier, public' },
      { text: "braze.initialize('867598b8-a368-4069-8012-316cc85d8c17', { baseUrl: 'sdk.iad-01.braze.com' });", path: 'src/analytics.js', why: 'the web SDK key' },
      { text: 'BRAZE_REST_API_KEY=7abecdb1-0e3e-4d2c-a4c0-516c199b750', why: 'short last group' },
    ],
  },
});
/** communications vendors A–C: prefixed formats above, and keys recognised by the vendor's name next to the value (see kit/vendor-token.ts). */
export const communicationsVendorsAC: readonly Detector[] = [
  agoraAppCertificate,
  ayrshareApiKey,
  brazeRestApiKey,
  courierApiKey,
  ...vendorTokens([
    {
      id: 'autopilot-api-key',
      title: 'Autopilot API key',
      vendor: 'Autopilot',
      names: ['autopilot'],
      token: { alphabet: 'hex', length: 32 },
      examples: {
        positive: [
          { text: 'AUTOPILOT_API_KEY=66bb397992087029c71570960d28bfcb', path: '.env' },
          { text: 'autopilot_api_key: "dc9aade844c0cfc1f4e9807586bc44cd"', path: 'config/settings.yml' },
        ],
        negative: [
          { text: 'AUTOPILOT_API_KEY=538eaa37a212430b7e3b310529c42d8', why: '31 characters' },
          { text: 'autopilot_mode = "c636fbd636d4598b29123b085c98c419"  # flight-controller session', why: 'no key word: an autopilot session value' },
        ],
      },
    },
    {
      id: 'bombbomb-api-key',
      title: 'BombBomb API key',
      vendor: 'BombBomb',
      names: ['bombbomb'],
      token: { alphabet: 'base64', length: 88 },
      examples: {
        positive: [
          { text: 'BOMBBOMB_API_KEY="RRUzYbCaSBmEgCCPV9XOn5Qjp0y+qxYHL7V0JwPLwKtQWzOYr1ynD3u60cRe0CT7CLn7ZGyv3xUr3nJLaQ6qG1z4"', path: '.env' },
          { text: 'client = Bombbomb(api_key="YFt8SlAr/b5iLsPgqTgAnFApfQ2ZOYx9zk9tl4eWqLblV6BXyemw7dDIOdbKWaqh84j+psmAubfh6KWWpqbKQHXz")', path: 'app/clients.py' },
        ],
        negative: [
          { text: 'BOMBBOMB_API_KEY=bnxBloyPxdrTo8Itqqx2scLomg7mnnEiFQ4wY6kt2heWlCbeMb73r9FeY+1TIgbr9ehv4hi2koPalYVqQ5U3Qux', why: '87 characters' },
        ],
      },
    },
    {
      id: 'campayn-api-key',
      title: 'Campayn API key',
      vendor: 'Campayn',
      names: ['campayn'],
      token: { alphabet: 'hex', length: 64 },
      examples: {
        positive: [
          { text: 'CAMPAYN_API_KEY=3acb0ae6f9d0c77cc8d348b036c344112a16f0232b620e6dc95c85de116bad38', path: '.env' },
          { text: "const campaynApiKey = 'ac1462522a7bb7330ea9014d2db5883547a340fd93f6bc4369a86923751536b1';", path: 'src/config.js' },
        ],
        negative: [
          { text: 'CAMPAYN_API_KEY=4c08da966e08d034ba4fae3cd15b078fc674123ee71a679f6e6d3033456ea6e', why: '63 characters' },
        ],
      },
    },
    {
      id: 'chatfuel-api-key',
      title: 'Chatfuel API key',
      vendor: 'Chatfuel',
      names: ['chatfuel'],
      token: { alphabet: 'alnum', length: 128 },
      examples: {
        positive: [
          { text: 'CHATFUEL_TOKEN=UBRuoiKhht2mjyiFIUTSrfwmLRor7ozi4fHS80sljUFthmPtVpEhPMyHiifwgZeYF6yTsXdsyP1Fru7tUYXp4aXz3TCEtM7Q6pj7wWRWlYh6EZzg3uzUu5Sjlr99UW96', path: '.env' },
          { text: '"chatfuel_token": "ioYOMoxASCbFkjd1dqeK95dvlkzn3WtX3miyc1r3yy8phoTRakeWESg5ts3HEmgz5zfglkVeNFYMm5yXAkzPaRdbkt5UwOUzKTvCs2iFwvqXv2dnCrSsf5PZAvpocbVL",', path: 'config/local.json' },
        ],
        negative: [
          { text: 'CHATFUEL_TOKEN=KwfoytiBtdKrVFJrzJs12uAVaFwkqV3TbYhx5mTHsyIGetIiX4rZ8WPm7k8NqiKZI9o45lXvpLlGiyXjVKUb0gz9BFVWGMfmaaySD3f1vTg5ohmCYuEoj1k139THAH7', why: '127 characters' },
        ],
      },
    },
    {
      id: 'cliengo-api-key',
      title: 'Cliengo API key',
      vendor: 'Cliengo',
      names: ['cliengo'],
      token: { alphabet: 'uuid' },
      examples: {
        positive: [
          { text: 'CLIENGO_API_KEY=71a89114-82bb-4ed5-ae01-610e9c4fdccc', path: '.env' },
          { text: 'cliengo_api_key: "ad70ec1f-9feb-4db2-9d67-d68ee599623e"', path: 'config/settings.yml' },
        ],
        negative: [
          { text: 'CLIENGO_API_KEY=ba38c0e6-7c79-49bf-b93b-eaa6743fd68', why: 'not a UUID: the last group has 11 characters' },
        ],
      },
    },
    {
      id: 'convertkit-api-key',
      title: 'ConvertKit (Kit) API key or secret',
      vendor: 'ConvertKit',
      names: ['convertkit'],
      token: [{ alphabet: 'alnum', length: 22 }, { alphabet: 'base64url', length: 43 }],
      examples: {
        positive: [
          { text: 'CONVERTKIT_API_SECRET=FkqXhSrP4ZOKwISOooIBJ6', path: '.env' },
          { text: 'client = Convertkit(api_key="7BwfG9mnqAu7nKlYuPcWOx")', path: 'app/clients.py' },
          { text: "const convertkitApiSecret = 'VIOY0MN1PkkyLGjea0iMnDFyhllAhHygB_BCduzaJF2';", path: 'src/config.js' },
        ],
        negative: [
          { text: 'CONVERTKIT_API_SECRET=2O8BHyfhz1u1b2ILJOQ7c', why: '21 characters' },
        ],
      },
    },
    {
      // Chatwork API tokens (sent as the X-ChatWorkToken header): 32 letters and digits, hex in practice.
      id: 'chatwork-api-token',
      title: 'Chatwork API token',
      vendor: 'Chatwork',
      names: ['chatwork'],
      token: { alphabet: 'alnum', length: 32 },
      remediation:
        'Reissue the token on the API Token page of Chatwork\'s service integration settings (the old one stops working at ' +
        'once) and keep the new one in the environment or a secret store (CHATWORK_API_TOKEN).',
      examples: {
        positive: [
          { text: 'CHATWORK_API_TOKEN=8afea799080807a16d5c6b0a7c821126', path: '.env' },
          { text: "req.headers['X-ChatWorkToken'] = '581b1ca6671d0512aff0cbbbcd7d2711'", path: 'lib/notify.rb' },
        ],
        negative: [
          { text: 'CHATWORK_API_TOKEN=1a76c158efde64f824165557b922033', why: '31 characters' },
          { text: 'CHATWORK_ROOM_ID=1a76c158efde64f824165557b922033d', why: 'a room id, no key-like word' },
        ],
      },
    },
  ]),
];
