import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { vendorTokens, withVendorForms } from '../../kit/vendor-token.js';
import { nearVendorName } from '../shared/named-value.js';
import { mixesDigitsAndCases } from '../../kit/entropy.js';

// Flutterwave secret keys: FLWSECK- (live) or FLWSECK_TEST- (test) + 32 hex + -X.
export const flutterwaveSecretKey: Detector = patternDetector({
  id: 'flutterwave-secret-key',
  title: 'Flutterwave secret key',
  vendor: 'Flutterwave',
  severity: 'critical',
  keywords: ['flwseck'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>FLWSECK(?:_TEST)?-[a-f0-9]{32}-X)(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  priority: 50,
  detail: (m) => (m.groups?.['secret']?.includes('_TEST') ? 'test key' : 'live key'),
  remediation: 'Regenerate the API keys under Settings > API keys in the Flutterwave dashboard and keep the new secret key in a secret store.',
  examples: {
    positive: [
      { text: 'FLW_SECRET_KEY=FLWSECK-ee036b425dc6f3c8318a53a8a29a8503-X', path: '.env' },
      { text: "const flw = new Flutterwave('FLWPUBK-e3b2fc5e17afd9d0c81b8064ebc3a037-X', 'FLWSECK_TEST-be92795e0595ba38c409262f3b8bb6c2-X');" },
    ],
    negative: [
      { text: 'FLW_PUBLIC_KEY=FLWPUBK-d19b8223f3518d3fead07cec8134e68d-X', why: 'the public key' },
      { text: 'FLW_SECRET_KEY=FLWSECK-98e6d7a741f9ca5bc9b593b86da3740-X', why: '31 hex' },
    ],
  },
});

/** A Freemius secret key's 29 characters hold punctuation; Stripe-style sk_ keys hold none. */
function isFreemiusSecret(secret: string): boolean {
  const body = secret.slice(3);
  return /[^A-Za-z0-9_-]/.test(body) && /[A-Za-z]/.test(body) && !/^(?:live|test)_/.test(body);
}

// Freemius secret keys: sk_ + 29 printable characters, punctuation among them (`sk_6l…;Kl+y…`), under a
// secret-key name: 'secret_key' => 'sk_…' in the SDK's fs_dynamic_init() array, FS__API_SECRET_KEY.
export const freemiusSecretKey: Detector = patternDetector({
  id: 'freemius-secret-key',
  title: 'Freemius secret key',
  vendor: 'Freemius',
  severity: 'critical',
  keywords: ['sk_'],
  pattern: /secret[_.-]?key["']?[ \t]{0,24}(?:=>|:=|[,=:])[ \t]{0,4}(?<q>["']?)(?<secret>sk_[^\s'"\\]{29})(?=\k<q>)(?![^\s'"\\])/i,
  keywordSpan: { before: 64, after: 40 },
  minEntropy: 3.5,
  validate: isFreemiusSecret,
  priority: 55,
  remediation:
    'Regenerate the secret key in the Freemius Developer Dashboard (the product\'s Settings > Keys, or My Profile > ' +
    'Keys for developer keys) and remove it from the plugin before release; keep it in a secret store.',
  examples: {
    positive: [
      { text: "\t\t\t'public_key'       => 'pk_DX55bXvYC8XqZMkCCCZevfMA57jiV',\n\t\t\t'secret_key'       => 'sk_B[w:aIyph$vqu^/G?XkK)(>RF_e[l',", path: 'includes/freemius-init.php' },
      { text: "define( 'FS__API_SECRET_KEY', 'sk_S]x9wYFj{#:Xwm:d]=pPr0zO}%I{N' );", path: 'scripts/licenses.php' },
    ],
    negative: [
      { text: "'secret_key' => 'sk_($ArI+cgr^Vsb?Z{/2T7h1v84!AZ',", why: '28 characters' },
      { text: "'secret_key' => 'sk_test_FdN0oFaKo1aNfx9sdxmWJm',", why: 'a Stripe-style test key' },
      { text: "define( 'FS__API_SECRET_KEY', 'sk_YOUR_SECRET_KEY' );", why: 'placeholder' },
      { text: "'public_key' => 'sk_B[w:aIyph$vqu^/G?XkK)(>RF_e[l',", why: 'not under a secret-key name' },
    ],
  },
});

// GoCardless access tokens: live_ or sandbox_ + 40 characters of [A-Za-z0-9_=-] ('=' may stand inside)
export const gocardlessAccessToken: Detector = nearVendorName({
  id: 'gocardless-access-token',
  title: 'GoCardless access token',
  vendor: 'GoCardless',
  names: ['gocardless'],
  value: '(?:live|sandbox)_[A-Za-z0-9_=-]{40,44}',
  minEntropy: 4,
  remediation: 'Revoke the token under Developers > Access tokens in the GoCardless dashboard and keep the replacement in a secret store.',
  examples: {
    positive: [
      { text: 'GOCARDLESS_ACCESS_TOKEN=live_5rk-LSJPsQDKvN3jmhRmjeClFMlqoiPuSz1C-Mn4', path: '.env' },
      { text: "client = gocardless_pro.Client(access_token='sandbox_fsnjgxrRF4XJMLYpvo=kkOYaV9-uzrxZ5iP7XqYl', environment='sandbox')" },
    ],
    negative: [
      { text: 'GOCARDLESS_ACCESS_TOKEN=live_HlQdOOAZvNQzjlYOSKICIDtDZ6by52', why: 'too short' },
      { text: 'STRIPE_KEY=live_lrTzJwBDEXi2IyRX4r8WtPrdPWbmEir06vKqhn7q', why: 'no GoCardless name' },
    ],
  },
});

// Gemini (the exchange) API keys: account- (one account) or master- (a group of accounts) and 20 base58
// characters, the user name of signed requests; their secrets are 27 or 28 base58 characters. Both only
// under a Gemini name: Google's Gemini API keys (AIza…) have another shape and are not read here.
const BASE58 = '[1-9A-HJ-NP-Za-km-z]';
const GEMINI_REMEDIATION =
  'Revoke the key under Settings > API in the Gemini exchange account, review recent orders and transfers, and create ' +
  'a new one with only the roles it needs (no Fund Management unless required); keep its secret in a secret store.';

export const geminiApiKey: Detector = patternDetector({
  id: 'gemini-exchange-api-key',
  title: 'Gemini exchange API key',
  vendor: 'Gemini',
  severity: 'medium',
  keywords: ['gemini'],
  pattern: new RegExp(String.raw`gemini[^\n]{0,64}?(?<![A-Za-z0-9-])(?<secret>(?:account|master)-${BASE58}{20})(?![A-Za-z0-9+/=_-])`, 'i'),
  minEntropy: 3,
  validate: (secret) => /[0-9]/.test(secret) && /[A-Z]/.test(secret.slice(secret.indexOf('-'))),
  priority: 50,
  remediation: GEMINI_REMEDIATION,
  examples: {
    positive: [
      { text: 'GEMINI_API_KEY=account-aG9Xe23ZNbMJYsauacmT', path: '.env' },
      { text: 'gemini_master_key = "master-cB7SuKsDjYP41T7fovBZ"', path: 'trading/settings.py' },
    ],
    negative: [
      { text: 'GEMINI_API_KEY=account-xxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
      { text: 'GEMINI_API_KEY=account-aG9Xe23ZNbMJYsauacm', why: '19 characters' },
      { text: 'user_key = "account-jKskajupw2hmh8pdU8tH"', why: 'no Gemini name' },
    ],
  },
});

export const geminiApiSecret: Detector = patternDetector({
  id: 'gemini-exchange-api-secret',
  title: 'Gemini exchange API secret',
  vendor: 'Gemini',
  severity: 'critical',
  keywords: ['gemini'],
  pattern: new RegExp(String.raw`gemini[^\n]{0,160}?secret[\w-]{0,16}["'\`]?[ \t]{0,3}(?:=>|:=|[:=,(]|value=)[ \t]{0,3}["'\`]?(?<secret>${BASE58}{27,28})(?![A-Za-z0-9+/=_-])`, 'i'),
  minEntropy: 3.5,
  validate: (secret) => mixesDigitsAndCases(secret),
  priority: 50,
  remediation: GEMINI_REMEDIATION,
  examples: {
    positive: [
      { text: 'GEMINI_API_KEY=account-aG9Xe23ZNbMJYsauacmT\nGEMINI_API_SECRET=J1Nr7bJ8H57msz46DCdWtiiUqbmE', path: '.env' },
      { text: 'gemini_api_secret = "jQEGoLgRm5MpFCXcgi4vDJ3EZPB".encode()', path: 'trading/orders.py' },
    ],
    negative: [
      { text: 'GEMINI_API_SECRET=J1Nr7bJ8H57msz46DCdWtiiUqb', why: '26 characters' },
      { text: 'GEMINI_API_SECRET=J1Nr7bJ8H57msz46DCdWtiiUqbO0', why: 'O and 0 are not base58' },
      { text: 'EXCHANGE_SECRET=k5cfKo8ZehKXfrvJcDvYSwpNZtHF', why: 'no Gemini name' },
    ],
  },
});

// iyzico sandbox API and secret keys: sandbox- + 32 letters and digits (iyzico's sandbox page and SDK
// samples). Live keys carry no mark and are not read.
const isIyzicoKey = (secret: string): boolean => /[0-9]/.test(secret) && /[a-z]/.test(secret.slice(8)) && /[A-Z]/.test(secret);

export const iyzicoSandboxKey: Detector = withVendorForms(
  patternDetector({
    id: 'iyzico-sandbox-key',
    title: 'iyzico sandbox API or secret key',
    vendor: 'iyzico',
    severity: 'medium',
    keywords: ['iyzico', 'iyzipay'],
    pattern: /iyzi(?:co|pay)[^\n]{0,64}?(?<![A-Za-z0-9-])(?<secret>sandbox-[A-Za-z0-9]{32})(?![A-Za-z0-9+/=_-])/i,
    minEntropy: 3.5,
    validate: isIyzicoKey,
    priority: 50,
    remediation:
      'Regenerate the keys under Settings > Merchant Settings > API Keys in the iyzico sandbox merchant panel and load ' +
      'them from the environment; sandbox keys move no money, but they open the sandbox merchant account.',
    examples: {
      positive: [
        { text: 'IYZICO_API_KEY=sandbox-1vMevI83CaMVA5jrSOOZILS2xIe6r5sC\nIYZICO_SECRET_KEY=sandbox-ZUHpIhRezgQhcduG7SekdpVixetw9Lsf', path: '.env' },
        { text: "const iyzipay = new Iyzipay({ apiKey: 'sandbox-HQSVNfFlvCHxXuChTpybZ7Sgee4Xk4LH', secretKey: process.env.IYZICO_SECRET, uri: 'https://sandbox-api.iyzipay.com' });", path: 'server/checkout.js' },
      ],
      negative: [
        { text: "const iyzipay = new Iyzipay({ secretKey: 'sandbox-wbwpzKIiplZxI3hh5ALI4FJyAcZKL6kq' });", why: "the sandbox secret of iyzico's own SDK samples, published" },
        { text: 'IYZICO_API_KEY=sandbox-1vMevI83CaMVA5jrSOOZILS2xIe6r5s', why: '31 characters' },
        { text: 'IYZICO_API_KEY=sandbox-your-test-api-key', why: 'placeholder' },
      ],
    },
  }),
  { names: ['iyzico', 'iyzipay'], token: { alphabet: 'alnum', length: 32, prefix: 'sandbox-' } },
  isIyzicoKey,
);

/** Payment, banking, commerce and exchange vendors D–L: prefixed keys above, then keys known by the vendor's name (kit/vendor-token.ts). */
export const paymentsVendorsDL: readonly Detector[] = [
  flutterwaveSecretKey,
  freemiusSecretKey,
  gocardlessAccessToken,
  geminiApiKey,
  geminiApiSecret,
  iyzicoSandboxKey,
  ...vendorTokens([
    {
      id: 'finicity-api-key', title: 'Finicity app key or partner secret', vendor: 'Finicity', names: ['finicity'],
      token: [{ alphabet: 'hex', length: 32 }, { alphabet: 'alnum', length: 20 }],
      examples: {
        positive: [{ text: 'FINICITY_APP_KEY=d7dbf0db469ba690df76635f366526e3', path: '.env' }, { text: "finicity_partner_secret = 'xP2pJdJuKuZB06XsQa3S'" }],
        negative: [{ text: 'FINICITY_PARTNER_ID=6562531627256', why: 'an id' }, { text: 'FINICITY_APP_KEY=d6c4af4e5f30be02c50d52fc3fb5996', why: '31 hex' }],
      },
    },
    {
      id: 'freshbooks-access-token', title: 'FreshBooks access token', vendor: 'FreshBooks', names: ['freshbooks'],
      token: { alphabet: 'lower-alnum', length: 64 },
      examples: {
        positive: [{ text: 'FRESHBOOKS_ACCESS_TOKEN=2155f48d6d3d4fffd2307067ba34fe901ab58df51d145a16d92462cc3b7beada', path: '.env' }, { text: "freshbooks_token = 'd237d551808cc292756f3c9e3e1157b33f1db2b2425f90baccbb0d80a7484132'" }],
        negative: [{ text: 'FRESHBOOKS_ACCESS_TOKEN=3c6480c841ae58ba4f9682496e2dcd8bd1db865742aa26083a4f967ffbe8840', why: '63 characters' }],
      },
    },
    {
      id: 'gumroad-access-token', title: 'Gumroad access token', vendor: 'Gumroad', names: ['gumroad'],
      token: [{ alphabet: 'base64url', length: [40, 48] }, { alphabet: 'alnum', length: [40, 48] }],
      examples: {
        positive: [{ text: 'gumroad_access_token: "nKs5vKlMS97SnVYzviYhe1jTSz8A1yM5VRLao6vnRMz"', path: 'config.yml' }, { text: "gumroad token: 'jIh1ERQxdWGh06vl3EqCBcYHswOQwHfyhZ9zPkBtgpV'" }],
        negative: [{ text: 'GUMROAD_ACCESS_TOKEN=2If4lzhCaVKBAlnoRaLEnIwe_VlkEU', why: 'too short' }],
      },
    },
    {
      id: 'hiveage-api-key', title: 'Hiveage API key', vendor: 'Hiveage', names: ['hiveage'],
      token: [{ alphabet: 'base64url', length: 20 }, { alphabet: 'alnum', length: 20 }],
      examples: {
        positive: [{ text: 'HIVEAGE_API_KEY=mgnnEKjmvOPim8h6BqhO', path: '.env' }, { text: 'hiveage-secret-key-H5IwVcTbQO7pEHNHaYpI' }],
        negative: [{ text: 'HIVEAGE_API_KEY=IV6q84qjjU8zfbify5w', why: '19 characters' }],
      },
    },
    {
      id: 'kraken-api-key', title: 'Kraken API key or private key', vendor: 'Kraken', names: ['kraken'],
      token: [{ alphabet: 'base64', length: 56 }, { alphabet: 'base64', length: 88 }],
      remediation: 'Delete the key under Settings > API in Kraken, review recent account activity, and keep the replacement in a secret store.',
      examples: {
        positive: [{ text: 'kraken_api_key: "GuXK8oFxlqnABU+lhVuJyZxSKhWgo92p4/HFPleMt651wFI6Qc08CxWV"', path: 'config.yml' }, { text: 'kraken_private_key: "vweHCxVUXrzvDn4z+ZMrkyFyRvOkv1nlkc6w64040dZcyOW/5sbwsIPJ4g3RPIR2xn1d0cJpBQo3bvqPv4H0jb=="', path: 'config.yml' }],
        negative: [{ text: 'KRAKEN_API_KEY=IGregt+PMkqZlgPJrVz3VLTmPlNbIcLLJGR4rv03CzncS+A2DMYS7XU', why: '55 characters' }],
      },
    },
    {
      id: 'kucoin-api-key', title: 'KuCoin API key or secret', vendor: 'KuCoin', names: ['kucoin'],
      token: [{ alphabet: 'hex', length: 24 }, { alphabet: 'uuid' }],
      remediation: 'Delete the API key under API Management in KuCoin, review recent account activity, and keep the replacement in a secret store.',
      examples: {
        positive: [{ text: 'KUCOIN_API_KEY=1ed300e6cd22cb46041a6742', path: '.env' }, { text: 'KUCOIN_API_SECRET=74fb8414-296e-4142-a57d-fc1e15344fcf', path: '.env' }],
        negative: [{ text: 'KUCOIN_API_KEY=7efd3376f5623394569a0c7', why: '23 hex' }],
      },
    },
    {
      id: 'loyverse-api-token', title: 'Loyverse access token', vendor: 'Loyverse', names: ['loyverse'],
      token: { alphabet: 'lower-alnum', length: 32 },
      examples: {
        positive: [{ text: 'LOYVERSE_ACCESS_TOKEN=990cb0c1cbf506e3ccee9ef31aa11d25', path: '.env' }, { text: 'loyverse_access_token: "085238a8ea06f4b6d352b4ca0934a15e"', path: 'config.yml' }],
        negative: [{ text: 'LOYVERSE_ACCESS_TOKEN=a6c84f6b7eb6a3c200c9b60288054e1', why: '31 characters' }],
      },
    },
  ]),
];
