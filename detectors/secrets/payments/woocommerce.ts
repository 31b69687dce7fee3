import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';

// WooCommerce REST API keys come in pairs made by WooCommerce itself (wc_rand_hash: 20 random bytes as
// hex): a consumer key `ck_` + 40 hex that names the key pair, and a consumer secret `cs_` + 40 hex
// that authenticates it. The secret is reported wherever it stands; the key only next to a secret.

const REMEDIATION =
  'Revoke the key pair under WooCommerce > Settings > Advanced > REST API in the store\'s admin (the row of the ' +
  'key, "Revoke"), generate a new pair with the least permission it needs (Read, Write or Read/Write), and keep ' +
  'it on the server, in the environment or a secret store.';

export const woocommerceConsumerSecret: Detector = patternDetector({
  id: 'woocommerce-consumer-secret',
  title: 'WooCommerce REST API consumer secret',
  vendor: 'WooCommerce',
  severity: 'high',
  keywords: ['cs_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>cs_[a-f0-9]{40})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  priority: 50,
  remediation: REMEDIATION,
  examples: {
    positive: [
      { text: 'WC_CONSUMER_KEY=ck_e1d7a3373200cd8b35eeda2ee1ec722bfba00417\nWC_CONSUMER_SECRET=cs_54375d7c723c3aea995aacab138b9440f8da2f4d', path: '.env' },
      { text: "const api = new WooCommerceRestApi({ url: 'https://shop.example.org', consumerKey: process.env.WC_KEY, consumerSecret: 'cs_dae954e4f8601e966a9bc94032bc15b49c2bfaab', version: 'wc/v3' });", path: 'src/store.js' },
    ],
    negative: [
      { text: 'WC_CONSUMER_SECRET=cs_54375d7c723c3aea995aacab138b9440f8da2f4', why: '39 hex' },
      { text: 'WC_CONSUMER_SECRET=cs_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
      { text: 'const session = "cs_test_a1Kq8Zr3YbM0wTz5Vc7Nd2Hf9Lx4Jp6Ge1Rs3Uo8Wi0Ay";', why: 'a Stripe Checkout session id' },
      { text: 'WC_CONSUMER_SECRET=cs_54375D7C723C3AEA995AACAB138B9440F8DA2F4D', why: 'upper-case hex: not what WooCommerce issues' },
    ],
  },
});

/** A consumer secret within a few lines of the key: the pair, not a key name on its own. */
const PAIRED_SECRET = /(?<![A-Za-z0-9_-])cs_[a-f0-9]{40}(?![A-Za-z0-9_-])/;
/** How far around a consumer key its secret is looked for (either side). */
const PAIR_REACH = 400;

export const woocommerceConsumerKey: Detector = patternDetector({
  id: 'woocommerce-consumer-key',
  title: 'WooCommerce REST API consumer key (with its secret)',
  vendor: 'WooCommerce',
  severity: 'medium',
  keywords: ['ck_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>ck_[a-f0-9]{40})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  validate: (_secret, m, text) => PAIRED_SECRET.test(text.slice(Math.max(0, m.index - PAIR_REACH), m.index + m[0].length + PAIR_REACH)),
  priority: 50,
  remediation: REMEDIATION,
  examples: {
    positive: [
      { text: 'WC_CONSUMER_KEY=ck_d54b3e5d86fa6cef96df00ddfac34a00f3cc6869\nWC_CONSUMER_SECRET=cs_cbf37b666d856cced952e623406554ea830c5a93', path: '.env' },
      { text: "$woocommerce = new Client('https://shop.example.org', 'ck_677e05d07a9251b10bf90fa180779c9ad62c4a1f', 'cs_27e04ed02d45c337f8835c72c9507bae105625df', ['version' => 'wc/v3']);", path: 'sync/orders.php' },
    ],
    negative: [
      { text: 'WC_CONSUMER_KEY=ck_d54b3e5d86fa6cef96df00ddfac34a00f3cc6869', why: 'a consumer key with no secret near it names the pair, it does not open it' },
      { text: 'WC_CONSUMER_KEY=ck_d54b3e5d86fa6cef96df00ddfac34a00f3cc686\nWC_CONSUMER_SECRET=cs_cbf37b666d856cced952e623406554ea830c5a93', why: '39 hex' },
    ],
  },
});

export const woocommerceDetectors: readonly Detector[] = [woocommerceConsumerKey, woocommerceConsumerSecret];
