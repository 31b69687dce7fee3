import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { withVendorForms } from '../../kit/vendor-token.js';

// Razorpay API keys are pairs: a key id (rzp_live_ or rzp_test_ + 14 letters and digits), which also
// goes to the browser for Checkout, and a 24-character key secret. The secret is the credential; a live
// key id is reported only where its secret stands next to it, as the pair the Basic auth uses.

/**
 * A key id, then its secret: `<key id>:<secret>` as curl -u and Basic auth write it, or a secret-named
 * value later on the id's line (`{ key_id: 'rzp_…', key_secret: '…' }`).
 */
const PAIR =
  /(?<![A-Za-z0-9_])rzp_(?:live|test)_[A-Za-z0-9]{14}(?::|["'`]?[^\n]{0,40}?secret["'\]]{0,2}[ \t]{0,3}(?:=>|:=|[:=,])[ \t]{0,3}["'`]?)(?<secret>[A-Za-z0-9]{24})(?![A-Za-z0-9_-])/;

// The key secret: after a Razorpay name (RAZORPAY_KEY_SECRET=…, new Razorpay({ key_secret: … })), or
// after its key id in a key:secret pair.
export const razorpayKeySecret: Detector = withVendorForms(
  patternDetector({
    id: 'razorpay-key-secret',
    title: 'Razorpay API key secret',
    vendor: 'Razorpay',
    severity: 'critical',
    keywords: ['rzp_live_', 'rzp_test_'],
    pattern: PAIR,
    minEntropy: 3.5,
    priority: 50,
    remediation:
      'Regenerate the API key under Account & Settings > API Keys in the Razorpay Dashboard (live and test mode apart), ' +
      'download the new secret and keep it on the server, in a secret store (RAZORPAY_KEY_SECRET).',
    examples: {
      positive: [
        { text: 'RAZORPAY_KEY_ID=rzp_live_td3umLAR1GbbyJ\nRAZORPAY_KEY_SECRET=VPwNnvYpWPgTRsVaH7Mlj3aH', path: '.env' },
        { text: 'curl -u rzp_test_0G8LRYn3w489v2:HxOvKBmDfqbDzMXJHaos0yt0 https://api.razorpay.com/v1/payments', path: 'scripts/payments.sh' },
        { text: "const razorpay = new Razorpay({ key_id: 'rzp_live_td3umLAR1GbbyJ', key_secret: 'VPwNnvYpWPgTRsVaH7Mlj3aH' });", path: 'src/payments.js' },
      ],
      negative: [
        { text: 'RAZORPAY_KEY_SECRET=rgg20cG9RIVOA2YxWSYPpUd', why: '23 characters' },
        { text: 'RAZORPAY_KEY_ID=rzp_live_td3umLAR1GbbyJ', why: 'the key id alone' },
        { text: 'key_secret = "VPwNnvYpWPgTRsVaH7Mlj3aH"', why: 'no Razorpay name' },
      ],
    },
  }),
  { names: ['razorpay'], token: { alphabet: 'alnum', length: 24 } },
);

/** A 24-character value under a secret-like name, within the lines around a key id. */
const NEARBY_SECRET = /secret["'\]]{0,2}[ \t]{0,3}(?:=>|:=|[:=,])[ \t]{0,3}["'`]?[A-Za-z0-9]{24}(?![A-Za-z0-9_-])/i;

// A live key id with its secret beside it: the id names the account the leaked secret opens.
export const razorpayLiveKeyId: Detector = patternDetector({
  id: 'razorpay-live-key-id',
  title: 'Razorpay live key id (with its secret)',
  vendor: 'Razorpay',
  severity: 'medium',
  keywords: ['rzp_live_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>rzp_live_[A-Za-z0-9]{14})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  validate: (_secret, m, text) => {
    const start = Math.max(0, m.index - 240);
    const end = Math.min(text.length, m.index + m[0].length + 240);
    return NEARBY_SECRET.test(text.slice(start, end)) || text.charCodeAt(m.index + m[0].length) === 0x3a; /* `id:secret` */
  },
  priority: 30,
  remediation:
    'The secret next to this key id is exposed with it: regenerate the live API key under Account & Settings > API Keys ' +
    'in the Razorpay Dashboard, which replaces both. The id alone is public (Checkout sends it to browsers).',
  examples: {
    positive: [
      { text: 'RAZORPAY_KEY_ID=rzp_live_td3umLAR1GbbyJ\nRAZORPAY_KEY_SECRET=VPwNnvYpWPgTRsVaH7Mlj3aH', path: '.env' },
      { text: "razorpay:\n  key_id: rzp_live_3cjPYyvq3yUy3o\n  key_secret: HxOvKBmDfqbDzMXJHaos0yt0", path: 'config/payments.yml' },
    ],
    negative: [
      { text: "var options = { key: 'rzp_live_td3umLAR1GbbyJ', amount: 50000, currency: 'INR' };", path: 'public/checkout.js', why: 'the key id alone, as Checkout uses it' },
      { text: 'RAZORPAY_KEY_ID=rzp_test_0G8LRYn3w489v2\nRAZORPAY_KEY_SECRET=HxOvKBmDfqbDzMXJHaos0yt0', why: 'a test key id' },
    ],
  },
});

/** Razorpay. */
export const razorpayDetectors: readonly Detector[] = [razorpayKeySecret, razorpayLiveKeyId];
