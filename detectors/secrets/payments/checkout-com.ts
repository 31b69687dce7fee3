import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { around } from '../shared/context.js';

// Checkout.com secret API keys, in the shapes Checkout.com's own SDKs validate:
// - current accounts: sk_ (live) or sk_sbox_ (sandbox) + 26 lower-case base32 characters + one more that
//   may also be *, #, $ or =;
// - previous (ABC) accounts: sk_ (live) or sk_test_ (sandbox) + a UUID. That shape says less (other
//   services prefix ids with sk_), so it needs Checkout.com's name on the line.
// Stripe's sk_live_/sk_test_ keys are base62 and never a UUID or 27 base32 characters. Public keys (pk_…)
// are for the browser and are not reported.

const NAS_LIVE = '[a-z2-7]{26}[a-z2-7*#$=]';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** A random base32 body holds a digit (2-7); a word or identifier does not. */
function isKey(secret: string, m: RegExpExecArray, text: string): boolean {
  if (m.groups?.['abc']) return /checkout|\bcko\b|cko_/i.test(around(text, m));
  return /[2-7]/.test(secret.slice(secret.lastIndexOf('_') + 1));
}

const REMEDIATION =
  'Delete the key in the Checkout.com Dashboard (Developers > Keys), create a replacement scoped to the APIs and ' +
  'processing channels it needs, review recent payments and payouts, and keep it on the server, in a secret store.';

export const checkoutComSecretKey: Detector = patternDetector({
  id: 'checkout-com-secret-key',
  title: 'Checkout.com live secret API key',
  vendor: 'Checkout.com',
  severity: 'critical',
  keywords: ['sk_'],
  pattern: new RegExp(String.raw`(?<![A-Za-z0-9_-])(?<secret>sk_(?:${NAS_LIVE}|(?<abc>${UUID})))(?![A-Za-z0-9_*#$=-])`),
  minEntropy: 3,
  validate: isKey,
  priority: 55,
  remediation: REMEDIATION,
  examples: {
    positive: [
      { text: 'CKO_SECRET_KEY=sk_3yhhjplk2hi6456ubh2s43heirh\nCKO_PUBLIC_KEY=pk_ezeintc7bfefq6xiybji35uoubk', path: '.env' },
      { text: "const cko = new Checkout('sk_amynjo2ybzqejbuctotovn3pd2#', { pk: process.env.CKO_PUBLIC_KEY });", path: 'server/payments.js' },
      { text: 'checkout_secret_key: sk_0775a062-4505-4b12-9df2-425e099303be', path: 'config/payments.yml' },
    ],
    negative: [
      { text: 'CKO_PUBLIC_KEY=pk_ezeintc7bfefq6xiybji35uoubk', why: 'the public key' },
      { text: 'CKO_SECRET_KEY=sk_sbox_m3ygkid6cgqqbfwdlth45sjckxh', why: 'a sandbox key: its own detector' },
      { text: 'STRIPE_SECRET_KEY=sk_live_N0otoGaVGMPwvYkMY5AgLYiB', why: 'a Stripe key' },
      { text: 'session_key: sk_0775a062-4505-4b12-9df2-425e099303be', why: 'a UUID-shaped id with no Checkout.com name' },
      { text: 'CKO_SECRET_KEY=sk_5mdccguyeaa26fx62ulaxeohkd', why: '26 characters' },
      { text: 'const sk_authenticationrequestsqueue = 1;', why: 'a word, no base32 digit' },
    ],
  },
});

export const checkoutComSandboxSecretKey: Detector = patternDetector({
  id: 'checkout-com-sandbox-secret-key',
  title: 'Checkout.com sandbox secret API key',
  vendor: 'Checkout.com',
  severity: 'medium',
  keywords: ['sk_sbox_', 'sk_test_'],
  pattern: new RegExp(String.raw`(?<![A-Za-z0-9_-])(?<secret>sk_(?:sbox_${NAS_LIVE}|test_(?<abc>${UUID})))(?![A-Za-z0-9_*#$=-])`),
  minEntropy: 3,
  validate: isKey,
  priority: 55,
  remediation:
    'Delete the key in the Checkout.com sandbox Dashboard (Developers > Keys) and create a new one; sandbox keys move ' +
    'no money, but they open the sandbox account. Load it from the environment.',
  examples: {
    positive: [
      { text: 'CKO_SECRET_KEY=sk_sbox_m3ygkid6cgqqbfwdlth45sjckxh', path: '.env' },
      { text: "api = CheckoutSdk.builder().previous().secret_key('sk_test_67cf62e6-6b90-49e0-a02f-cec02a833590').environment(Environment.sandbox()).build()  # checkout.com", path: 'payments/cko.py' },
    ],
    negative: [
      { text: 'CKO_PUBLIC_KEY=pk_sbox_m3ygkid6cgqqbfwdlth45sjckxh', why: 'the public key' },
      { text: 'STRIPE_SECRET_KEY=sk_test_67cf62e6-6b90-49e0-a02f-cec02a833590', why: 'a UUID-shaped test id with no Checkout.com name' },
      { text: 'CKO_SECRET_KEY=sk_sbox_XXXXXXXXXXXXXXXXXXXXXXXXXXX', why: 'placeholder' },
    ],
  },
});

export const checkoutComDetectors: readonly Detector[] = [checkoutComSecretKey, checkoutComSandboxSecretKey];
