import type { Detector, Example, Severity } from '../../../src/types.js';
import { enclosingName } from '../../kit/enclosing-name.js';
import { patternDetector } from '../../kit/pattern.js';

// Stripe API keys: sk_ (secret) or rk_ (restricted), live_ or test_, then base62 characters: 24 in
// older keys, 99 in current ones (the range between is accepted). Publishable keys (pk_) are meant to
// be public and are not reported. Paystack's secret keys share the sk_live_/sk_test_ prefix with a body
// of exactly 40 lower-case hex characters, a shape a random base62 key practically never takes: that
// shape is left to paystack-secret-key. Clerk's secret keys share the prefix and the alphabet; a key with
// Clerk's name before it on its line, or on the block it sits in, is left to clerk-secret-key.

/** Paystack's secret key body: 40 lower-case hex characters. */
const PAYSTACK_BODY = /^[sr]k_(?:live|test)_[a-f0-9]{40}$/;

/**
 * Clerk's name before the key on its line (at most 160 characters back): `CLERK_SECRET_KEY=sk_live_…`, or on the
 * block the key's line sits in (`clerk:` then `  secret_key: sk_live_…`).
 */
function namedForClerk(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && at - i < 160 && text.charCodeAt(i - 1) !== 0x0a) i--;
  const before = text.slice(i, at);
  if (/stripe/i.test(before)) return false;
  if (/clerk/i.test(before)) return true;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return /clerk/i.test(enclosingName(text, i) ?? '');
}

/** Test keys printed in Stripe's own documentation: public by design. */
const DOCUMENTATION_KEYS = new Set(['sk_test_4eC39HqLyjWDarjtT1zdp7dc', 'sk_test_BQokikJOvBiI2HlWgH4olfQ2']);

interface StripeSpec {
  readonly id: string;
  readonly title: string;
  readonly severity: Severity;
  readonly prefix: string; // regex source of the prefix
  readonly keywords: readonly string[];
  readonly remediation: string;
  readonly positive: readonly Example[];
  readonly negative: readonly Example[];
}

function stripeKey(spec: StripeSpec): Detector {
  return patternDetector({
    id: spec.id,
    vendor: 'Stripe',
    title: spec.title,
    severity: spec.severity,
    keywords: spec.keywords,
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9_])(?<secret>(?:${spec.prefix})[A-Za-z0-9]{24,99})(?![A-Za-z0-9_-])`),
    minEntropy: 3.5,
    validate: (secret, m, text) => !DOCUMENTATION_KEYS.has(secret) && !PAYSTACK_BODY.test(secret) && !namedForClerk(text, m.index),
    remediation: spec.remediation,
    examples: { positive: spec.positive, negative: spec.negative },
  });
}

const ROLL =
  'in the Stripe Dashboard (Developers > API keys), review recent API requests made with it, and keep the ' +
  'new key in the environment or a secret store.';

export const stripeSecretKey: Detector = stripeKey({
  id: 'stripe-secret-key',
  title: 'Stripe live secret key',
  severity: 'critical',
  prefix: 'sk_live_',
  keywords: ['sk_live_'],
  remediation: `Roll the secret key ${ROLL}`,
  positive: [
    { text: "STRIPE_SECRET = 'sk_live_N0otoGaVGMPwvYkMY5AgLYiB'", path: 'billing/settings.py' },
    {
      text: 'stripe.api_key = "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"',
      why: 'current long form',
    },
  ],
  negative: [
    { text: "STRIPE_PUBLISHABLE = 'pk_live_N0otoGaVGMPwvYkMY5AgLYiB'", why: 'publishable keys are public' },
    { text: "STRIPE_SECRET = 'sk_live_N0otoGaVGMPwvYkMY5AgLY'", why: '20 characters' },
    { text: "STRIPE_SECRET = 'sk_live_xxxxxxxxxxxxxxxxxxxxxxxx'", why: 'placeholder' },
    { text: "STRIPE_SECRET = 'sk_live_N0otoGaVGMPwvYk-Y5AgLYiB'", why: 'not base62' },
    { text: 'PAYSTACK_SECRET_KEY=sk_live_2c659f376dc23876ad4ccd3e40a41198fa60da09', why: "Paystack's shape: 40 lower-case hex" },
    { text: 'CLERK_SECRET_KEY=sk_live_raqTL0MhUgJY7MXumtHCo8IK1slgQ44YDOrGhK1o6TePEz5cHR', why: "named for Clerk: clerk-secret-key reports it" },
    { text: 'clerk:\n  publishable_key: pk_live_Y2xlcmsuc2hvcC5leGFtcGxlLm9yZyQ\n  secret_key: sk_live_raqTL0MhUgJY7MXumtHCo8IK1slgQ44YDOrGhK1o6TePEz5cHR\n', path: 'config/auth.yml', why: "in Clerk's block: clerk-secret-key reports it" },
  ],
});

export const stripeRestrictedKey: Detector = stripeKey({
  id: 'stripe-restricted-key',
  title: 'Stripe live restricted key',
  severity: 'high',
  prefix: 'rk_live_',
  keywords: ['rk_live_'],
  remediation: `Roll the restricted key ${ROLL}`,
  positive: [
    { text: 'STRIPE_RESTRICTED_KEY=rk_live_YlxTKRc0TcAIY5XX8AbjGQi6' },
    { text: '{ "stripeKey": "rk_live_7Hq2LmX9vKc4TzR1pWn8YbDs3FgJ" }' },
  ],
  negative: [
    { text: 'STRIPE_RESTRICTED_KEY=rk_live_YlxTKRc0TcAIY5XX8A', why: 'too short' },
    { text: 'STRIPE_RESTRICTED_KEY=rk_live_<restricted-key>', why: 'placeholder' },
  ],
});

export const stripeTestKey: Detector = stripeKey({
  id: 'stripe-test-key',
  title: 'Stripe test-mode secret or restricted key',
  severity: 'low',
  prefix: '[sr]k_test_',
  keywords: ['sk_test_', 'rk_test_'],
  remediation: `Test keys move no money but expose test data and settings: roll the key ${ROLL}`,
  positive: [
    { text: 'STRIPE_KEY=sk_test_NGhsXVBXnJxZGYtvzl6NjnD2', path: '.env.test' },
    { text: "const stripe = new Stripe('rk_test_oHAW8qJangjEPptILe3auKZFkGB9JgWW');" },
  ],
  negative: [
    { text: "Stripe.api_key = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc'", why: "Stripe's documentation test key" },
    { text: 'STRIPE_KEY=pk_test_NGhsXVBXnJxZGYtvzl6NjnD2', why: 'publishable' },
    { text: 'STRIPE_KEY=sk_test_...', why: 'placeholder' },
    { text: "headers: { Authorization: 'Bearer sk_test_010d6460475aec4091f7f630ce6b9deed5620f6d' }", why: "a Paystack test key: 40 lower-case hex" },
  ],
});
