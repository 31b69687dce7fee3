import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { isCredentialSlot } from '../../kit/names.js';
import { isSecretLiteral } from '../shared/secret-literal.js';

// A secret read from the environment "with a fallback": the fallback is a literal committed in
// the code, used whenever the variable is unset (in development, in tests, in a misconfigured
// deployment), and it is as leaked as any other literal. Django's generated
// `SECRET_KEY = os.environ.get('DJANGO_SECRET_KEY', '<generated key>')` is the common case.
// The variable must be named like a credential slot; the literal must look like a real secret
// (isSecretLiteral: random, not a placeholder or a word), so `os.getenv('DB_PASSWORD', '')` and
// `ENV.fetch('API_TOKEN', 'changeme')` stay quiet.
const LOOKUP = String.raw`(?:os\.environ\.get|os\.getenv|getenv|environ\.get|ENV\.fetch|env|config)\(\s{0,4}(?<q0>["'])(?<name>[A-Za-z_][A-Za-z0-9_.]{1,80})\k<q0>\s{0,4},\s{0,4}(?:default\s{0,2}=\s{0,2})?`;
const JS_FALLBACK = String.raw`process\.env(?:\.|\[\s{0,2}["'])(?<jsname>[A-Za-z_][A-Za-z0-9_]{1,80})(?:["']\s{0,2}\])?\s{0,4}(?:\|\||\?\?)\s{0,4}`;
const LITERAL = String.raw`(?<q>["'\x60])(?<secret>[^"'\x60\n\\]{8,300})\k<q>`;

export const envDefaultSecret: Detector = patternDetector({
  id: 'env-default-secret',
  title: 'Secret committed as the fallback of an environment lookup',
  severity: 'high',
  // below a vendor's detector (40 and up), which keeps a vendor key found here and names this policy too
  priority: 35,
  keywords: ['environ', 'getenv', 'env.fetch', 'env(', 'config(', 'process.env'],
  pattern: new RegExp(`(?:${LOOKUP}|${JS_FALLBACK})${LITERAL}`),
  keywordSpan: { before: 12, after: 420 },
  validate: (_secret, m) => {
    const name = m.groups?.['name'] ?? m.groups?.['jsname'] ?? '';
    const value = m.groups?.['secret'] ?? '';
    return isCredentialSlot(name, false) && isSecretLiteral(value);
  },
  detail: (m) => `fallback of ${m.groups?.['name'] ?? m.groups?.['jsname'] ?? 'an environment variable'}`,
  remediation:
    'Remove the fallback and fail at start-up when the variable is unset; rotate the committed value, which ' +
    'has been the secret of every deployment that ran without the variable.',
  examples: {
    positive: [
      { text: "SECRET_KEY = os.environ.get('DJANGO_SECRET_KEY', 'q8#x!m2v$k9@r4t^w7z&p1c*n6b%j3h(l5g)f0d-s+a')", path: 'mysite/settings.py' },
      { text: 'STRIPE_WEBHOOK_SECRET = os.getenv("WEBHOOK_SECRET", "Zt9qW3xkP2mHq7vR2mLp9xT4")', path: 'app/config.py' },
      { text: 'const jwtSecret = process.env.JWT_SECRET || "Hq7vR2mLp9xTZt9qW3xkP2m4";', path: 'src/auth.js' },
      { text: "API_TOKEN = ENV.fetch('API_TOKEN', 'k3Xq9Lm2Xw8Rt5Zp1aB7cQ4v')", path: 'config/initializers/api.rb' },
    ],
    negative: [
      { text: "SECRET_KEY = os.environ.get('DJANGO_SECRET_KEY', '')", why: 'no fallback value' },
      { text: "DB_PASSWORD = os.getenv('DB_PASSWORD', 'changeme')", why: 'a placeholder' },
      { text: "DEBUG = os.environ.get('DJANGO_DEBUG', 'Zt9qW3xkP2mHq7vR2mLp9xT4')", why: 'not a credential slot' },
      { text: 'const port = process.env.PORT || "8080";', why: 'not a credential slot' },
      { text: "SECRET_KEY = os.environ['DJANGO_SECRET_KEY']", why: 'no fallback at all' },
    ],
  },
});
