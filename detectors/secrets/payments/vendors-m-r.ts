import type { Detector } from '../../../src/types.js';
import { vendorTokens } from '../../kit/vendor-token.js';
import { patternDetector } from '../../kit/pattern.js';
import { around } from '../shared/context.js';
import { mixesDigitsAndCases } from '../../kit/entropy.js';

/** payments vendors M–R whose keys are recognised by the vendor's name next to the value (see kit/vendor-token.ts). */
const named: readonly Detector[] = vendorTokens([
  // Mollie API keys: live_ or test_ + 30 letters and digits; organization access tokens: access_ + 30+.
  // The prefixes are shared with other vendors, so a Mollie name must precede the value.
  {
    id: 'mollie-api-key',
    title: 'Mollie live API key',
    vendor: 'Mollie',
    names: ['mollie'],
    token: { alphabet: 'alnum', length: 30, prefix: 'live_' },
    severity: 'critical',
    remediation:
      'Regenerate the live API key of the website profile in the Mollie dashboard (Developers > API keys), check recent ' +
      'payments and refunds, and keep the new key on the server, in a secret store (MOLLIE_API_KEY).',
    examples: {
      positive: [
        { text: 'MOLLIE_API_KEY=live_FdN0oFaKo1aNfx9sdxmWJmO6e9Vl5c', path: '.env' },
        { text: '$mollie->setApiKey("live_jyCpLMz6Yzm220cJAM6gXgl78eZC4K");', path: 'app/Payments/Checkout.php' },
      ],
      negative: [
        { text: 'MOLLIE_API_KEY=live_wCKPVaj6bGokqk5Sh5K3La7BqSJYd', why: '29 characters' },
        { text: 'MOLLIE_PROFILE_ID=pfl_QkEhN94Ba', why: 'the profile id' },
      ],
    },
  },
  {
    id: 'mollie-test-api-key',
    title: 'Mollie test API key',
    vendor: 'Mollie',
    names: ['mollie'],
    token: { alphabet: 'alnum', length: 30, prefix: 'test_' },
    severity: 'medium',
    remediation:
      'Regenerate the test API key of the website profile in the Mollie dashboard (Developers > API keys) and load it ' +
      'from the environment; test keys see test payments only, but the account behind them is real.',
    examples: {
      positive: [
        { text: 'MOLLIE_API_KEY=test_ty31rYNfSDPMUQWREs3QTvCQvLwvAX', path: '.env.testing' },
        { text: "mollie_client.set_api_key('test_IFmDPL9qeBhckVISjnjnpXot4xeVBj')", path: 'shop/payments.py' },
      ],
      negative: [
        { text: 'MOLLIE_API_KEY=test_wCKPVaj6bGokqk5Sh5K3La7BqSJYd', why: '29 characters' },
        { text: "api_key = 'test_ty31rYNfSDPMUQWREs3QTvCQvLwvAX'", why: 'no Mollie name' },
        { text: '$mollie->setApiKey("test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM");', path: 'README.md', why: "the example key of Mollie's own documentation" },
      ],
    },
  },
  {
    id: 'mollie-access-token',
    title: 'Mollie organization access token',
    vendor: 'Mollie',
    names: ['mollie'],
    token: { alphabet: 'alnum', length: [30, 40], prefix: 'access_' },
    severity: 'critical',
    remediation:
      'Revoke the token on the API access tokens page of the Mollie dashboard; it reaches organization-level data ' +
      '(settlements, invoices). Create a scoped replacement and keep it in a secret store.',
    examples: {
      positive: [
        { text: 'MOLLIE_ORG_TOKEN=access_FdN0oFaKo1aNfx9sdxmWJmO6e9Vl5c', path: '.env' },
        { text: '$mollie->setAccessToken("access_jyCpLMz6Yzm220cJAM6gXgl78eZC4K");', path: 'app/Payouts/Sync.php' },
      ],
      negative: [
        { text: 'MOLLIE_ORG_TOKEN=access_wCKPVaj6bGokqk', why: 'too short' },
        { text: 'mollie_oauth_scopes = "access_token refresh_token"', why: 'words, not a token' },
      ],
    },
  },
  {
    id: 'moonclerk-api-key',
    title: 'MoonClerk API key',
    vendor: 'MoonClerk',
    names: ['moonclerk'],
    token: { alphabet: 'hex', length: 32 },
    examples: {
      positive: [
        { text: 'MOONCLERK_API_KEY=de718ea27437c6d6deb187bbf4db1277', path: '.env' },
        { text: `moonclerk_headers = {'Authorization': 'Token token=c4916d2a95418f8cb78c57ddad69b6f5'}` },
      ],
      negative: [{ text: 'MOONCLERK_API_KEY=de718ea27437c6d6deb187bbf4db127', why: '31 characters' }],
    },
  },
  // Paddle API keys created before May 2025: 50 characters with no prefix, under a Paddle name.
  {
    id: 'paddle-legacy-api-key',
    title: 'Paddle API key (legacy)',
    vendor: 'Paddle',
    names: ['paddle'],
    token: { alphabet: 'alnum', length: 50 },
    severity: 'critical',
    remediation:
      'Revoke the key under Developer Tools > Authentication in Paddle and create a new one (pdl_live_apikey_…) with ' +
      'only the permissions it needs; keep it on the server, in a secret store.',
    examples: {
      positive: [
        { text: 'PADDLE_API_KEY=TxHsEnhpF0VhFzYDYCVpGanWNWHQWSLDhOnTSIOEj0pb68cRKX', path: '.env' },
        { text: "'paddle_vendor_auth_code' => 'HRzEG56W9pfsOsxOOs9cBebl55UNxvbvNfogEFRyg8vaiochLJ',", path: 'config/services.php' },
      ],
      negative: [
        { text: 'PADDLE_API_KEY=EkSmYfH3Ef8YRqJbL1aiP2qViiEskF2D9JVdx4BHMDAeKVhjJ', why: '49 characters' },
        { text: 'PADDLE_VENDOR_ID=41532', why: 'the vendor id' },
      ],
    },
  },
  {
    id: 'paypal-client-secret',
    title: 'PayPal REST client secret',
    vendor: 'PayPal',
    names: ['paypal'],
    token: { alphabet: 'token', length: [40, 80] },
    remediation:
      'Show and regenerate the secret of the app under Apps & Credentials in the PayPal Developer ' +
      'Dashboard, then keep it on the server in a secret store.',
    examples: {
      positive: [
        { text: 'PAYPAL_CLIENT_SECRET=EVAtjv0SAdfkBTMrG7eUnHJNEtR_RgAo0qhogtwmQKfnHnFI' },
        { text: `paypal_secret: 'EcZmM9kmpB9uBxeZRz6WUGvkScLoMTCwnJz4lPmGfHk0Tb0eS43YxYRCZPPlLvEIvP55lD2AB9VD0'` },
      ],
      negative: [
        { text: 'PAYPAL_API_KEY=VAtjv0SAdfkBTMrG7eUnHJNEtR_RgAo0qhogtwm', why: '39 characters' },
        { text: 'PAYPAL_CLIENT_ID=AeW9q0gCTQ1bRl6u2dFzXk3m5Jx8sYpV7hNiL4oBcM1tZr6aE9fK2yQvWp3nUgHs8jDx5', why: 'the client id is public' },
        { text: '"user_id": "https://www.paypal.com/webapps/auth/identity/user/Tq8vL2xNw5Rk9mZ4pH7cJ0bY3sG6dF1aE_uQoWiXnVt",', path: 'tests/backends/test_paypal.py', why: "a user's id in a profile URL" },
      ],
    },
  },
  {
    id: 'plaid-secret',
    title: 'Plaid API secret',
    vendor: 'Plaid',
    names: ['plaid'],
    token: { alphabet: 'hex', length: 30 },
    remediation:
      'Rotate the secret under Team Settings > Keys in the Plaid Dashboard and keep the new one in a secret ' +
      'store.',
    examples: {
      positive: [
        { text: 'PLAID_SECRET=0dece059bec7ccace364a48dba22b4' },
        { text: `plaid_secret = 'd9f54fae2b1d30563094ca2a1d326a'` },
      ],
      negative: [
        { text: 'PLAID_API_KEY=0dece059bec7ccace364a48dba22b', why: '29 characters' },
        { text: 'PLAID_CLIENT_ID=5f8a2c4e9b1d3f6a7c0e2b48', why: 'the client id is not a secret' },
      ],
    },
  },
  {
    // 'privacy' alone is a common word: only the compound names
    id: 'privacy-com-api-key',
    title: 'Privacy.com API key',
    vendor: 'Privacy.com',
    names: ['privacy_com', 'privacycom', 'privacy.com', 'privacy_api'],
    compoundNames: ['privacy'],
    token: { alphabet: 'uuid' },
    examples: {
      positive: [
        { text: 'PRIVACY_COM_API_KEY=5ca8e601-77fd-46a9-8027-44294438232c', path: '.env' },
        { text: `privacy_api_key: 'fafc8b95-d3a4-4b5b-84f5-14f0ded3c7f4'` },
        { text: "privacyToken: '1f7d2a98-f3e0-453e-acb8-030ec3bc8cc7'", path: 'config/cards.yml' },
      ],
      negative: [{ text: 'PRIVACY_COM_API_KEY=5ca8e601-77fd-46a9-8027-44294438232', why: 'a UUID one digit short' }, { text: 'privacy_keyword = "999b581f-d455-42fc-a416-7be2b54e5efe"', path: 'app/consent.py', why: 'privacy glued to a longer word' }],
    },
  },
]);

// ------------------------------------------------------------------ formats with their own mark

// Mercado Pago access tokens: APP_USR- (production) or TEST- + 16 digits, 6 digits, 32 hex and the user id.
// The public key (APP_USR-<UUID>) is not a secret and has another shape. TEST- is too plain a prefix to
// stand alone: test tokens count only with a Mercado Pago name on the line.
export const mercadopagoAccessToken: Detector = patternDetector({
  id: 'mercadopago-access-token',
  title: 'Mercado Pago access token',
  vendor: 'Mercado Pago',
  severity: 'critical',
  keywords: ['app_usr-', 'mercadopago', 'mercado_pago'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>(?<env>APP_USR|TEST)-\d{16}-\d{6}-[a-f0-9]{32}-\d{6,12})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  validate: (_secret, m, text) => m.groups?.['env'] === 'APP_USR' || /mercado[ _.-]?pago/i.test(around(text, m)),
  detail: (m) => (m.groups?.['env'] === 'TEST' ? 'test credentials' : 'production credentials'),
  priority: 50,
  remediation:
    'Renew the access token of the application under Your integrations > Credentials in Mercado Pago (the old one ' +
    'stops working), and keep it on the server, in a secret store (MERCADOPAGO_ACCESS_TOKEN).',
  examples: {
    positive: [
      { text: 'MERCADOPAGO_ACCESS_TOKEN=APP_USR-4295031176555283-538316-42e2b3f624ff043145f7a38fb7471200-0347805720', path: '.env' },
      { text: "const mp = new MercadoPagoConfig({ accessToken: 'TEST-9149894735147077-439195-22ab60696f62496858531891f7f63330-429546633' });", path: 'src/checkout.ts' },
    ],
    negative: [
      { text: 'MERCADOPAGO_PUBLIC_KEY=APP_USR-6a3e91c2-4b7d-4f08-9c15-2d8e7f0a3b64', why: 'the public key' },
      { text: "token = 'TEST-9149894735147077-439195-22ab60696f62496858531891f7f63330-429546633'", why: 'a test token without a Mercado Pago name' },
      { text: 'MERCADOPAGO_ACCESS_TOKEN=APP_USR-4295031176555283-538316-42e2b3f624ff043145f7a38fb747120-0347805720', why: '31 hex' },
    ],
  },
});

// OANDA v20 personal access tokens: two 32-hex halves joined by a dash, next to the name.
export const oandaApiToken: Detector = patternDetector({
  id: 'oanda-api-token',
  title: 'OANDA v20 API token',
  vendor: 'OANDA',
  severity: 'high',
  keywords: ['oanda'],
  pattern: /oanda[^\n]{0,64}?(?<![A-Za-z0-9-])(?<secret>[a-f0-9]{32}-[a-f0-9]{32})(?![A-Za-z0-9-])/i,
  minEntropy: 3,
  validate: (secret) => /^[a-f0-9-]+$/.test(secret),
  priority: 50,
  remediation:
    'Revoke the token under Manage API Access in the OANDA account portal and generate a new one; keep it in a ' +
    'secret store, never in trading scripts.',
  examples: {
    positive: [
      { text: 'OANDA_API_TOKEN=8ddc8046ac5f9a517f4649f7ed10cf58-070b232783507ab6b0aa89b5c80eefaf', path: '.env' },
      { text: "oanda_api = oandapyV20.API(access_token='9f4ac35071ad1619867ba875684df284-da60e4acdeeeb39a2f2dcc75f1e8f42e')" },
    ],
    negative: [
      { text: 'OANDA_ACCOUNT_ID=101-004-1234567-001', why: 'an account id' },
      { text: 'OANDA_API_TOKEN=8ddc8046ac5f9a517f4649f7ed10cf58-070b232783507ab6b0aa89b5c80eefa', why: '31 hex characters after the dash' },
      { text: 'checksum = "8ddc8046ac5f9a517f4649f7ed10cf58-070b232783507ab6b0aa89b5c80eefaf"', why: 'no OANDA name' },
    ],
  },
});

// Pagar.me (v4) API keys: ak_live_ or ak_test_ and 30 alphanumerics.
export const pagarmeApiKey: Detector = patternDetector({
  id: 'pagarme-api-key',
  title: 'Pagar.me API key',
  vendor: 'Pagar.me',
  severity: 'high',
  keywords: ['ak_live_', 'ak_test_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>ak_(?<env>live|test)_[A-Za-z0-9]{30})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  detail: (m) => `${m.groups?.['env'] ?? 'live'} key`,
  priority: 50,
  remediation: 'Regenerate the API key in the Pagar.me dashboard (Configurações > Chaves) and keep it in a secret store.',
  examples: {
    positive: [
      { text: 'PAGARME_API_KEY=ak_live_xtDS0ndXR5YS616v3FJOwZG3dbIjC9', path: '.env' },
      { text: "pagarme.client.connect({ api_key: 'ak_test_ZzIMeV8QIdgq6DrXaW1GB3GOTfivBG' })" },
    ],
    negative: [
      { text: 'PAGARME_ENCRYPTION_KEY=ek_live_xtDS0ndXR5YS616v3FJOwZG3dbIjC9', why: 'the public encryption key' },
      { text: 'PAGARME_API_KEY=ak_live_xtDS0ndXR5YS616v3FJOwZG3dbIj', why: '28 characters' },
    ],
  },
});

// PayMongo secret keys share Stripe's sk_live_/sk_test_ prefix, so they are only PayMongo's with the
// vendor's name on the line; the higher priority makes this label win over stripe-secret-key there.
export const paymongoSecretKey: Detector = patternDetector({
  id: 'paymongo-secret-key',
  title: 'PayMongo secret key',
  vendor: 'PayMongo',
  severity: 'high',
  keywords: ['paymongo'],
  pattern: /paymongo[^\n]{0,64}?(?<![A-Za-z0-9_-])(?<secret>sk_(?<env>live|test)_[A-Za-z0-9]{20,64})(?![A-Za-z0-9_-])/i,
  minEntropy: 3.5,
  validate: (secret) => /^sk_(?:live|test)_/.test(secret),
  detail: (m) => `${m.groups?.['env']?.toLowerCase() ?? 'live'} key`,
  priority: 60,
  remediation:
    'Regenerate the secret key under Developers > API keys in the PayMongo dashboard and keep it on the server, ' +
    'in a secret store.',
  examples: {
    positive: [
      { text: 'PAYMONGO_SECRET_KEY=sk_live_GkIDArUKl5gjlSA4v3djXhqV', path: '.env' },
      { text: "const paymongo = new Paymongo('sk_test_ABuL2NJJobR2q0FRtRo3kvvL');" },
    ],
    negative: [
      { text: 'PAYMONGO_PUBLIC_KEY=pk_live_GkIDArUKl5gjlSA4v3djXhqV', why: 'the public key' },
      { text: 'STRIPE_SECRET_KEY=sk_live_GkIDArUKl5gjlSA4v3djXhqV', why: 'no PayMongo name: Stripe' },
    ],
  },
});

// Paddle Billing API keys (since May 2025): pdl_live_apikey_ or pdl_sdbx_apikey_, a 26-character ULID,
// '_' and 26 URL-safe characters.
export const paddleApiKey: Detector = patternDetector({
  id: 'paddle-api-key',
  title: 'Paddle API key',
  vendor: 'Paddle',
  severity: 'critical',
  keywords: ['pdl_live_apikey_', 'pdl_sdbx_apikey_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>pdl_(?<env>live|sdbx)_apikey_[0-9a-z]{26}_[A-Za-z0-9_-]{26})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  detail: (m) => (m.groups?.['env'] === 'sdbx' ? 'sandbox key' : 'live key'),
  priority: 50,
  remediation:
    'Revoke the key under Developer Tools > Authentication in Paddle (live and sandbox keys are managed apart), create ' +
    'a new one with only the permissions it needs, and keep it on the server, in a secret store.',
  examples: {
    positive: [
      { text: 'PADDLE_API_KEY=pdl_live_apikey_c8b0xd7erhync5kr0tamw5dnwh_0J40v87wksGEASvnpeuABAgXMJ', path: '.env' },
      { text: 'const paddle = new Paddle("pdl_sdbx_apikey_6eh4jg13432y2pv2pkcx4nwjac_UDdXFgKYKm3_4b0hbZiM7Y9WZd", { environment: Environment.sandbox });', path: 'src/billing.ts' },
    ],
    negative: [
      { text: 'PADDLE_API_KEY=pdl_live_apikey_c8b0xd7erhync5kr0tamw5dnwh_0J40v87wksGEASvnpeuABAgXM', why: 'secret part 25 characters' },
      { text: 'PADDLE_CLIENT_TOKEN=live_7d3f2a9c1e8b4f6a0d5c2e9b7a4', why: 'a client-side token, public' },
      { text: 'PADDLE_API_KEY=pdl_live_apikey_...', why: 'placeholder' },
    ],
  },
});

// Paystack secret keys: sk_live_ or sk_test_ and 40 lower-case hex characters. Stripe keys share the
// prefix but are mixed-case base62 of 24 or 99+ characters, never 40 hex: this shape is Paystack's,
// and the priority above stripe-secret-key's keeps the label right where both patterns match.
export const paystackSecretKey: Detector = patternDetector({
  id: 'paystack-secret-key',
  title: 'Paystack secret key',
  vendor: 'Paystack',
  severity: 'high',
  keywords: ['sk_live_', 'sk_test_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sk_(?<env>live|test)_[a-f0-9]{40})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  detail: (m) => `${m.groups?.['env'] ?? 'live'} key`,
  priority: 60,
  remediation:
    'Generate new secret keys under Settings > API Keys & Webhooks in the Paystack dashboard (the old ones stop ' +
    'working) and keep them on the server, in a secret store.',
  examples: {
    positive: [
      { text: 'PAYSTACK_SECRET_KEY=sk_live_2c659f376dc23876ad4ccd3e40a41198fa60da09', path: '.env' },
      { text: "headers: { Authorization: 'Bearer sk_test_010d6460475aec4091f7f630ce6b9deed5620f6d' }," },
    ],
    negative: [
      { text: 'PAYSTACK_PUBLIC_KEY=pk_live_2c659f376dc23876ad4ccd3e40a41198fa60da09', why: 'the public key' },
      { text: "STRIPE_SECRET = 'sk_live_N0otoGaVGMPwvYkMY5AgLYiB'", why: 'a Stripe key: base62, 24 characters' },
      { text: 'PAYSTACK_SECRET_KEY=sk_live_2C659F376DC23876AD4CCD3E40A41198FA60DA09', why: 'upper-case hex' },
    ],
  },
});

const PLAID_UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

// Plaid access tokens: access-<environment>-<UUID>; one grants read access to a linked bank account.
export const plaidAccessToken: Detector = patternDetector({
  id: 'plaid-access-token',
  title: 'Plaid access token',
  vendor: 'Plaid',
  severity: 'high',
  keywords: ['access-sandbox-', 'access-development-', 'access-production-'],
  pattern: new RegExp(String.raw`(?<![A-Za-z0-9_-])(?<secret>access-(?<env>sandbox|development|production)-${PLAID_UUID})(?![A-Za-z0-9_-])`),
  minEntropy: 3,
  detail: (m) => `${m.groups?.['env'] ?? 'production'} environment`,
  priority: 50,
  remediation:
    'Invalidate the token with /item/access_token/invalidate (or remove the Item) and store access tokens ' +
    'server-side in an encrypted store, never in source or client code.',
  examples: {
    positive: [
      { text: 'PLAID_ACCESS_TOKEN=access-sandbox-1b3a5646-801e-4fd0-b4b2-846b6c52f583', path: '.env' },
      { text: 'client.accounts_get(AccountsGetRequest(access_token="access-production-4d0611b3-532b-433e-bfe4-59190e7666ef"))' },
    ],
    negative: [
      { text: 'PLAID_PUBLIC_TOKEN=public-sandbox-1b3a5646-801e-4fd0-b4b2-846b6c52f583', why: 'a short-lived public token' },
      { text: 'PLAID_ACCESS_TOKEN=access-sandbox-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

// Polar (polar.sh) tokens: polar_oat_ (organization access token), polar_pat_ (personal), polar_at_ and
// polar_rt_ (OAuth access and refresh tokens) + 43 URL-safe base64 characters.
export const polarAccessToken: Detector = patternDetector({
  id: 'polar-access-token',
  title: 'Polar access token',
  vendor: 'Polar',
  severity: 'high',
  keywords: ['polar_oat_', 'polar_pat_', 'polar_at_', 'polar_rt_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>polar_(?<kind>oat|pat|at|rt)_[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  // 32 random bytes hold digits and both cases; an identifier (polar_at_the_start_of_…) does not
  validate: (secret) => {
    const body = secret.slice(secret.indexOf('_', 6) + 1);
    return /[0-9]/.test(body) && /[A-Z]/.test(body) && /[a-z]/.test(body);
  },
  detail: (m) => ({ oat: 'organization access token', pat: 'personal access token', at: 'OAuth access token', rt: 'OAuth refresh token' })[m.groups?.['kind'] ?? 'oat'],
  priority: 50,
  remediation:
    'Revoke the token in the Polar dashboard (organization Settings > Developers for organization tokens, account ' +
    'settings for personal ones) and create a new one with only the scopes it needs; keep it in a secret store.',
  examples: {
    positive: [
      { text: 'POLAR_ACCESS_TOKEN=polar_oat_uHSVHdHW-ka_sbM0gstmXXkiaTS_lpIuEvuRjE4Oj8X', path: '.env' },
      { text: "const polar = new Polar({ accessToken: 'polar_pat_e9jexvZdUTOg4nb_cuUdYs-DOMecUqMwWf6T0CpK8ID', server: 'production' });", path: 'src/billing.ts' },
    ],
    negative: [
      { text: 'POLAR_ACCESS_TOKEN=polar_oat_3qTgzWwPMcJRuPWDl8Ms_TSCQfwyXt2mbRaTsAlo5Y', why: '42 characters' },
      { text: 'POLAR_ACCESS_TOKEN=polar_oat_YOUR_TOKEN_HERE', why: 'placeholder' },
      { text: 'POLAR_WEBHOOK_SECRET=polar_whs_uHSVHdHW-ka_sbM0gstmXXkiaTS_lpIuEvuRjE4Oj8X', why: 'another kind of secret, not this detector' },
      { text: 'const polar_at_the_start_of_each_billing_period_in_a_month = 1;', why: 'an identifier' },
    ],
  },
});

// Request Finance API keys: four groups of seven upper-case letters and digits, next to the name.
export const requestFinanceApiKey: Detector = patternDetector({
  id: 'request-finance-api-key',
  title: 'Request Finance API key',
  vendor: 'Request Finance',
  severity: 'high',
  keywords: ['requestfinance', 'request_finance', 'request.finance', 'request-finance'],
  pattern: /request[_.-]?finance[^\n]{0,48}?(?<![A-Za-z0-9-])(?<secret>[A-Z0-9]{7}(?:-[A-Z0-9]{7}){3})(?![A-Za-z0-9-])/i,
  minEntropy: 3,
  validate: (secret) => /^[A-Z0-9-]+$/.test(secret) && /[0-9]/.test(secret) && /[A-Z]/.test(secret),
  priority: 50,
  remediation: 'Delete the API key in the Request Finance app (Settings > Developers) and create a new one; keep it in a secret store.',
  examples: {
    positive: [
      { text: 'REQUEST_FINANCE_API_KEY=JLEP2HT-YAYKX8Q-4PO1EVL-UYZ6CGI', path: '.env' },
      { text: "requestFinanceHeaders = { Authorization: '81H3WKW-1E94KX5-0PKSEM1-KGHYDX8' }" },
    ],
    negative: [
      { text: 'REQUEST_FINANCE_API_KEY=jlep2ht-yaykx8q-4po1evl-uyz6cgi', why: 'lower case' },
      { text: 'REQUEST_FINANCE_INVOICE=INV0001-2024001', why: 'two groups' },
    ],
  },
});

// PayU (India) merchant salts: the 32-character "Salt v1" that signs every payment request and verifies
// PayU's responses (the merchant key beside it identifies the merchant). Read only when named as a salt
// under a PayU name: a bare 32-character value says nothing.
export const payuMerchantSalt: Detector = patternDetector({
  id: 'payu-merchant-salt',
  title: 'PayU merchant salt',
  vendor: 'PayU',
  severity: 'critical',
  keywords: ['payu'],
  pattern: /payu[\w.-]{0,30}?salt[\w.-]{0,12}["'`]?[ \t]{0,3}(?:=>|:=|[:=,(]|value=)[ \t]{0,3}["'`]?(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9+/=_-])/i,
  minEntropy: 3.5,
  validate: (secret) => mixesDigitsAndCases(secret),
  priority: 50,
  remediation:
    'Generate a new salt on the Developer > API Keys page of the PayU dashboard (the old one stops working), update every ' +
    'integration that hashes requests with it, and keep it on the server, in a secret store.',
  examples: {
    positive: [
      { text: 'PAYU_MERCHANT_KEY=gK3pQw\nPAYU_MERCHANT_SALT=bTdqZlgOXm3dSzBq13W5qLkccYHZeeom', path: '.env' },
      { text: "'payu_salt' => 'FhBSOv9fmua2DDgu6ZOm8HOieBfgCLIV',", path: 'config/payment.php' },
    ],
    negative: [
      { text: 'PAYU_MERCHANT_KEY=bTdqZlgOXm3dSzBq13W5qLkccYHZeeom', why: 'named as the merchant key' },
      { text: 'PAYU_MERCHANT_SALT=bTdqZlgOXm3dSzBq13W5qLkccYHZeeo', why: '31 characters' },
      { text: 'SALT=bTdqZlgOXm3dSzBq13W5qLkccYHZeeom', why: 'no PayU name' },
    ],
  },
});

// QuickNode endpoint URLs: https://<name>.<network>.quiknode.pro/<token>/, the token 40 hex characters
// that authorizes the endpoint. Anyone holding the URL spends the plan's requests.
export const quicknodeEndpointToken: Detector = patternDetector({
  id: 'quicknode-endpoint-token',
  title: 'QuickNode endpoint URL with its token',
  vendor: 'QuickNode',
  severity: 'high',
  keywords: ['quiknode.pro/'],
  pattern: /(?<=[A-Za-z0-9-]\.)quiknode\.pro\/(?<secret>[a-f0-9]{40})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  rejectSequences: true,
  priority: 50,
  remediation:
    'Rotate the endpoint\'s token under the endpoint\'s Security tab in the QuickNode dashboard (add the new token, delete ' +
    'the old one), consider referrer or IP allowlists, and read the endpoint URL from the environment.',
  examples: {
    positive: [
      { text: 'RPC_URL=https://quiet-silent-frost.solana-mainnet.quiknode.pro/3f3f11c6c9b327bec7b973c4144a444928f0021b/', path: '.env' },
      { text: "const provider = new JsonRpcProvider('https://bold-misty-wind.base-sepolia.quiknode.pro/fd11b8d124707bca03faf1873afd14613e3e5be9');", path: 'scripts/mint.ts' },
    ],
    negative: [
      { text: 'RPC_URL=https://docs-demo.quiknode.pro/', why: 'the documentation endpoint, no token' },
      { text: 'GET https://x.quiknode.pro/0123456789abcdef0123456789abcdef01234567/ failed', why: 'a counting stand-in' },
      { text: 'RPC_URL=https://quiet-silent-frost.solana-mainnet.quiknode.pro/3f3f11c6c9b327bec7b973c4144a444928f0021/', why: '39 hex' },
    ],
  },
});

/** payments vendors M–R: the name-plus-value table above, then the formats that carry their own mark. */
export const paymentsVendorsMR: readonly Detector[] = [
  ...named,
  mercadopagoAccessToken,
  oandaApiToken,
  paddleApiKey,
  pagarmeApiKey,
  paymongoSecretKey,
  paystackSecretKey,
  payuMerchantSalt,
  plaidAccessToken,
  polarAccessToken,
  quicknodeEndpointToken,
  requestFinanceApiKey,
];
