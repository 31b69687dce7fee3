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
/**
 * Other lookups with a fallback operator: .NET's `Environment.GetEnvironmentVariable("X") ?? "…"` and
 * `Configuration["Jwt:Key"] ?? "…"`, Ruby's `ENV['X'] || '…'` and `ENV['X'] ||= '…'`, node-config's
 * `config.get('db.password') || '…'`.
 */
const FALLBACK = String.raw`(?:Environment\.GetEnvironmentVariable\(\s{0,2}"(?<csname>[A-Za-z_][A-Za-z0-9_.:]{1,80})"\s{0,2}\)|(?<!\w)(?:Configuration|ENV)\[\s{0,2}(?<q1>["'])(?<ixname>[A-Za-z_][A-Za-z0-9_.:]{1,80})\k<q1>\s{0,2}\]|config\.get\(\s{0,2}(?<q2>["'])(?<cfgname>[A-Za-z_][A-Za-z0-9_.]{1,80})\k<q2>\s{0,2}\))\s{0,4}(?:\|\|=?|\?\?=?)\s{0,4}`;
const LITERAL = String.raw`(?<q>["'\x60])(?<secret>[^"'\x60\n\\]{8,300})\k<q>`;

/** The name the lookup reads, whichever form matched. */
function lookedUp(m: RegExpExecArray): string {
  const g = m.groups ?? {};
  return g['name'] ?? g['jsname'] ?? g['csname'] ?? g['ixname'] ?? g['cfgname'] ?? '';
}

export const envDefaultSecret: Detector = patternDetector({
  id: 'env-default-secret',
  title: 'Secret committed as the fallback of an environment lookup',
  severity: 'high',
  // below a vendor's detector (40 and up), which keeps a vendor key found here and names this policy too
  priority: 35,
  keywords: ['environ', 'getenv', 'env.fetch', 'env(', 'config(', 'process.env', 'getenvironmentvariable', 'configuration[', 'env[', 'config.get('],
  pattern: new RegExp(`(?:${LOOKUP}|${JS_FALLBACK}|${FALLBACK})${LITERAL}`),
  keywordSpan: { before: 12, after: 420 },
  validate: (_secret, m) => {
    const name = lookedUp(m);
    const value = m.groups?.['secret'] ?? '';
    return isCredentialSlot(name, false) && isSecretLiteral(value);
  },
  detail: (m) => `fallback of ${lookedUp(m) || 'an environment variable'}`,
  remediation:
    'Remove the fallback and fail at start-up when the variable is unset; rotate the committed value, which ' +
    'has been the secret of every deployment that ran without the variable.',
  examples: {
    positive: [
      { text: "SECRET_KEY = os.environ.get('DJANGO_SECRET_KEY', 'q8#x!m2v$k9@r4t^w7z&p1c*n6b%j3h(l5g)f0d-s+a')", path: 'mysite/settings.py' },
      { text: 'STRIPE_WEBHOOK_SECRET = os.getenv("WEBHOOK_SECRET", "Zt9qW3xkP2mHq7vR2mLp9xT4")', path: 'app/config.py' },
      { text: 'const jwtSecret = process.env.JWT_SECRET || "Hq7vR2mLp9xTZt9qW3xkP2m4";', path: 'src/auth.js' },
      { text: "API_TOKEN = ENV.fetch('API_TOKEN', 'k3Xq9Lm2Xw8Rt5Zp1aB7cQ4v')", path: 'config/initializers/api.rb' },
      { text: 'var key = builder.Configuration["Jwt:Key"] ?? "Zr7wQ2vKp9mXc4tLb8nHs3dFj6gYa1Ue";', path: 'src/Shop.Api/Program.cs', why: ".NET configuration with a fallback: the JWT signing key" },
      { text: 'var pw = Environment.GetEnvironmentVariable("SMTP_PASSWORD") ?? "Kw3nP7zQr1xTq8V2";', path: 'src/Shop/Mailer.cs' },
      { text: "ENV['SECRET_KEY_BASE'] ||= 'q8v2mx7lk3pz9rt5wn1bc6hj4fg0des8Kq7WmZ2xLp9RtV4nB8cD3fH6jN1sY5gA'", path: 'config/boot.rb', why: 'Ruby sets the variable when it is unset' },
      { text: "const secret = config.get('auth.jwtSecret') || 'Hq7vR2mLp9xTZt9qW3xkP2m4';", path: 'src/auth.js', why: "node-config's lookup" },
    ],
    negative: [
      { text: "SECRET_KEY = os.environ.get('DJANGO_SECRET_KEY', '')", why: 'no fallback value' },
      { text: "DB_PASSWORD = os.getenv('DB_PASSWORD', 'changeme')", why: 'a placeholder' },
      { text: "DEBUG = os.environ.get('DJANGO_DEBUG', 'Zt9qW3xkP2mHq7vR2mLp9xT4')", why: 'not a credential slot' },
      { text: 'const port = process.env.PORT || "8080";', why: 'not a credential slot' },
      { text: 'var key = builder.Configuration["Jwt:Key"] ?? throw new InvalidOperationException("Jwt:Key");', why: 'no fallback: a failure' },
      { text: "ENV['RAILS_ENV'] ||= 'production_Zt9qW3xkP2m'", why: 'not a credential slot' },
      { text: "SECRET_KEY = os.environ['DJANGO_SECRET_KEY']", why: 'no fallback at all' },
    ],
  },
});
