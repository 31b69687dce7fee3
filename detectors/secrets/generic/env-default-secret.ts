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
const JS_FALLBACK = String.raw`(?:process|import\.meta)\.env(?:\.|\[\s{0,2}["'])(?<jsname>[A-Za-z_][A-Za-z0-9_]{1,80})(?:["']\s{0,2}\])?\s{0,4}(?:\|\||\?\?)\s{0,4}`;
/**
 * Other lookups with a fallback operator: .NET's `Environment.GetEnvironmentVariable("X") ?? "…"` and
 * `Configuration["Jwt:Key"] ?? "…"`, Ruby's `ENV['X'] || '…'` and `ENV['X'] ||= '…'`, node-config's
 * `config.get('db.password') || '…'`.
 */
const FALLBACK = String.raw`(?:Environment\.GetEnvironmentVariable\(\s{0,2}"(?<csname>[A-Za-z_][A-Za-z0-9_.:]{1,80})"\s{0,2}\)|(?<!\w)(?:Configuration|ENV)\[\s{0,2}(?<q1>["'])(?<ixname>[A-Za-z_][A-Za-z0-9_.:]{1,80})\k<q1>\s{0,2}\]|config\.get\(\s{0,2}(?<q2>["'])(?<cfgname>[A-Za-z_][A-Za-z0-9_.]{1,80})\k<q2>\s{0,2}\))\s{0,4}(?:\|\|=?|\?\?=?)\s{0,4}`;
/** Python's `os.getenv('X') or '…'`, `os.environ.get('X') or '…'`. */
const PY_OR = String.raw`(?:os\.environ\.get|os\.getenv|getenv)\(\s{0,2}(?<q3>["'])(?<pyname>[A-Za-z_][A-Za-z0-9_.]{1,80})\k<q3>\s{0,2}\)\s{0,4}or[ \t]{1,4}`;
/**
 * configparser's `config.get('db', 'password', fallback='…')` (the key's name second; read behind the `fallback`
 * keyword, where no back-reference can pair the quotes; the word first, so that the look-behind runs only after it), and `getattr(settings, 'SECRET_KEY', '…')`.
 */
const SETTING_FALLBACK = String.raw`(?:fallback(?<=\.get\(\s{0,2}["'][\w .:-]{1,60}["']\s{0,2},\s{0,2}["'](?<ininame>[A-Za-z_][\w.-]{1,80})["']\s{0,2},\s{0,2}fallback)\s{0,2}=\s{0,2}|getattr\(\s{0,2}[\w.]{1,60}\s{0,2},\s{0,2}(?<q6>["'])(?<attrname>[A-Za-z_]\w{1,80})\k<q6>\s{0,2},\s{0,2})`;
/**
 * A command-line flag's default, used whenever the flag is not given: Go's `flag.String("password", "…", usage)`
 * and cobra's `Flags().StringVarP(&pw, "password", "p", "…", usage)`, argparse's and click's `default=`,
 * commander's `.option('-p, --password <pw>', 'description', '…')`, yargs' `.option('token', { default: '…' })`.
 */
const FLAG_DEFAULT = String.raw`(?:\.String(?:Var)?\(\s{0,2}(?:&[\w.]{1,60}\s{0,2},\s{0,2})?"(?<goflag>[\w.-]{1,80})"\s{0,2},\s{0,2}` +
  String.raw`|\.String(?:Var)?P\(\s{0,2}(?:&[\w.]{1,60}\s{0,2},\s{0,2})?"(?<goflagp>[\w.-]{1,80})"\s{0,2},\s{0,2}"\w?"\s{0,2},\s{0,2}` +
  String.raw`|(?:add_argument|option)\(\s{0,2}(?:["']-\w["']\s{0,2},\s{0,2})?["']--(?<argname>[\w-]{1,80})["'](?:\s{0,2},\s{0,2}["']-\w["'])?[^()\n]{0,200}?\bdefault\s{0,2}=\s{0,2}` +
  String.raw`|\.(?:requiredO|o)ption\(\s{0,2}(?<q7>["'])(?:-\w,?\s{1,3})?--(?<cmdname>[\w-]{1,80})(?:\s{1,3}[<[][\w.-]{1,40}[>\]])?\k<q7>\s{0,2},\s{0,2}(?<q8>["'])[^"'\n]{0,200}\k<q8>\s{0,2},\s{0,2}` +
  String.raw`|\.option\(\s{0,2}(?<q9>["'])(?<yname>[\w-]{1,80})\k<q9>\s{0,2},\s{0,2}\{[^{}\n]{0,200}?\bdefault\s{0,2}:\s{0,2})`;
/**
 * The keywords of lookups whose name follows the keyword (a flag's, an attribute's, a configparser option's): common
 * in code (`.option(`, `getattr(`, Go's `flag.String(`), so a credential's word must follow within the call's reach
 * before the pattern runs. (The name of a `fallback=` stands before it: that keyword is read behind, not checked.)
 */
const NAMED_LOOKUP_KEYWORD = /^(?:flag\.string|flags\(\)\.string|\.stringvar|option\(|add_argument\(|getattr\()/i;
const CREDENTIAL_WORD = /pass|secret|token|key|auth|cred|pwd/i;
/** `options.`, `args.`…: in every program; a window only where the member is credential-named and falls back (`||`, `??`, `or`). */
const OPTION_KEYWORD = /^(?:argv|args|options|opts|flags|cliargs)\./i;
const OPTION_MEMBER_FALLBACK = /^[\w]{1,10}\.\w{0,40}(?:pass|secret|token|key|auth|cred|pwd)\w{0,30}\s{0,4}(?:\|\||\?\?|[ \t]or[ \t])/i;
/**
 * A parsed command line's or options object's member with a fallback: `argv.password || '…'`, `options.token ?? '…'`,
 * `program.opts().apiKey || '…'`, Python's `args.password or '…'`.
 */
const OPTION_FALLBACK = String.raw`(?<![\w$.])(?:argv|args|options|opts|flags|cliArgs|program\.opts\(\))\.(?<optname>[A-Za-z_][A-Za-z0-9_]{1,60})\s{0,4}(?:\|\||\?\?|[ \t]or[ \t])\s{0,4}`;
const LITERAL = String.raw`(?<q>["'\x60])(?<secret>[^"'\x60\n\\]{8,300})\k<q>`;

/** The name the lookup reads, whichever form matched. */
function lookedUp(m: RegExpExecArray): string {
  const g = m.groups ?? {};
  return (
    g['optname'] ?? g['name'] ?? g['jsname'] ?? g['csname'] ?? g['ixname'] ?? g['cfgname'] ?? g['pyname'] ?? g['ininame'] ?? g['attrname'] ??
    g['goflag'] ?? g['goflagp'] ?? g['argname'] ?? g['cmdname'] ?? g['yname'] ?? ''
  );
}

/**
 * The name the lookup's result is assigned to, right before it on its line: `clientSecret: process.env.X || '…'`,
 * `const jwtKey = os.getenv("K", "…")`. The variable's own name may say nothing (`X`, `K`) where the slot does.
 */
const SLOT_BEFORE = /(?:^|[\s{,(])["']?([A-Za-z_$][\w$]{0,60})["']?[ \t]{0,4}(?::=|=>|[:=])[ \t]{0,4}$/;
function slotBefore(text: string, at: number): string {
  const from = Math.max(0, at - 100);
  const line = text.slice(from, at);
  return SLOT_BEFORE.exec(line.slice(line.lastIndexOf('\n') + 1))?.[1] ?? '';
}

export const envDefaultSecret: Detector = patternDetector({
  id: 'env-default-secret',
  title: 'Secret committed as the fallback of an environment, configuration or command-line lookup',
  severity: 'high',
  // below a vendor's detector (40 and up), which keeps a vendor key found here and names this policy too
  priority: 35,
  keywords: [
    'environ', 'getenv', 'env.fetch', 'env(', 'config(', 'process.env', 'meta.env', 'getenvironmentvariable', 'configuration[', 'env[', 'config.get(',
    // (Go's flag packages: `flag.String(`, cobra's `Flags().StringVarP(`, a FlagSet's `.StringVar(`; not `.string`, which
    // every JSON.stringify holds)
    'fallback', 'getattr(', 'flag.string', 'flags().string', '.stringvar', 'add_argument(', 'option(',
    'argv.', 'args.', 'options.', 'opts.', 'flags.', 'cliargs.',
  ],
  pattern: new RegExp(`(?:${LOOKUP}|${JS_FALLBACK}|${FALLBACK}|${PY_OR}|${SETTING_FALLBACK}|${FLAG_DEFAULT}|${OPTION_FALLBACK})${LITERAL}`),
  keywordSpan: { before: 12, after: 420 },
  keywordCheck: (text, at) => {
    const head = text.slice(at, at + 14);
    if (OPTION_KEYWORD.test(head)) return OPTION_MEMBER_FALLBACK.test(text.slice(at, at + 90));
    return !NAMED_LOOKUP_KEYWORD.test(head) || CREDENTIAL_WORD.test(text.slice(at, at + 160));
  },
  validate: (_secret, m, text) => {
    const value = m.groups?.['secret'] ?? '';
    return (isCredentialSlot(lookedUp(m), false) || isCredentialSlot(slotBefore(text, m.index), false)) && isSecretLiteral(value);
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
      { text: "export default { auth: { clientSecret: process.env.AUTH_CS || 'Hq7vR2mLp9xTZt9qW3xkP2m4' } };", path: 'src/config.js', why: "the slot names the secret where the variable's abbreviation does not" },
      { text: "const apiKey = import.meta.env.VITE_SHOP_KEY ?? 'Hq7vR2mLp9xTZt9qW3xkP2m4';", path: 'web/src/api.ts', why: "Vite's environment" },
      { text: "API_TOKEN = ENV.fetch('API_TOKEN', 'k3Xq9Lm2Xw8Rt5Zp1aB7cQ4v')", path: 'config/initializers/api.rb' },
      { text: 'var key = builder.Configuration["Jwt:Key"] ?? "Zr7wQ2vKp9mXc4tLb8nHs3dFj6gYa1Ue";', path: 'src/Shop.Api/Program.cs', why: ".NET configuration with a fallback: the JWT signing key" },
      { text: 'var pw = Environment.GetEnvironmentVariable("SMTP_PASSWORD") ?? "Kw3nP7zQr1xTq8V2";', path: 'src/Shop/Mailer.cs' },
      { text: "ENV['SECRET_KEY_BASE'] ||= 'q8v2mx7lk3pz9rt5wn1bc6hj4fg0des8Kq7WmZ2xLp9RtV4nB8cD3fH6jN1sY5gA'", path: 'config/boot.rb', why: 'Ruby sets the variable when it is unset' },
      { text: "const secret = config.get('auth.jwtSecret') || 'Hq7vR2mLp9xTZt9qW3xkP2m4';", path: 'src/auth.js', why: "node-config's lookup" },
      { text: 'API_KEY = os.getenv("SHOP_API_KEY") or "Kq8mZx3vNw5tLp2R"', path: 'shop/client.py' },
      { text: "password = config.get('database', 'password', fallback='Cd4mT9wXk2Nq')", path: 'app/db.py', why: "configparser's fallback" },
      { text: "SECRET = getattr(settings, 'SHOP_SIGNING_SECRET', 'Fg7pX3nYs4UtQm8v')", path: 'shop/signing.py' },
      { text: 'password := flag.String("password", "Jk3tB7rCw8Yx", "database password")', path: 'cmd/migrate/main.go', why: "a flag's default" },
      { text: 'cmd.Flags().StringVarP(&token, "token", "t", "Vn6qXz3mKw8pRt2L", "API token")', path: 'cmd/root.go' },
      { text: "parser.add_argument('--api-key', type=str, default='Wm7kQz2xNv8pLs4T', help='API key')", path: 'tools/sync.py' },
      { text: "program.option('-p, --password <password>', 'database password', 'Mn6wE2uFz3Ba')", path: 'bin/cli.js' },
      { text: "yargs.option('token', { type: 'string', default: 'Op8yG4wHb5DcRt2K' })", path: 'bin/cli.js' },
      { text: "const password = argv.password || 'No7xF3vGa4CbQm8v';", path: 'bin/seed.js', why: "a parsed command line's fallback" },
      { text: 'token = args.token or "Pq9zG5wHc6EdRt3L"', path: 'tools/sync.py' },
    ],
    negative: [
      { text: "SECRET_KEY = os.environ.get('DJANGO_SECRET_KEY', '')", why: 'no fallback value' },
      { text: "DB_PASSWORD = os.getenv('DB_PASSWORD', 'changeme')", why: 'a placeholder' },
      { text: "DEBUG = os.environ.get('DJANGO_DEBUG', 'Zt9qW3xkP2mHq7vR2mLp9xT4')", why: 'not a credential slot' },
      { text: 'const port = process.env.PORT || "8080";', why: 'not a credential slot' },
      { text: "const region = process.env.AWS_RGN || 'Hq7vR2mLp9xTZt9qW3xkP2m4';", path: 'src/config.js', why: 'neither the variable nor the slot names a credential' },
      { text: 'var key = builder.Configuration["Jwt:Key"] ?? throw new InvalidOperationException("Jwt:Key");', why: 'no fallback: a failure' },
      { text: "ENV['RAILS_ENV'] ||= 'production_Zt9qW3xkP2m'", why: 'not a credential slot' },
      { text: "SECRET_KEY = os.environ['DJANGO_SECRET_KEY']", why: 'no fallback at all' },
      { text: 'host := flag.String("host", "db.shop.internal.example", "database host")', why: 'not a credential slot' },
      { text: "parser.add_argument('--password', help='the password (prompted when not given)')", why: 'no default' },
      { text: "program.option('-t, --token <token>', 'API token (default: read from $TOKEN)')", why: 'no default' },
      { text: "password = config.get('database', 'password', fallback=None)", why: 'no literal' },
      { text: "token_type = getattr(settings, 'TOKEN_TYPE', 'Bearer-Zt9qW3xkP2m')", why: 'not a credential slot' },
      { text: "const port = options.port || 'Zt9qW3xkP2mHq7vR';", why: 'not a credential slot' },
      { text: "const token = options.token || '';", why: 'no fallback value' },
    ],
  },
});

/**
 * An environment entry written as one string, `"NAME=value"`: PHP's `putenv("DB_PASSWORD=…")`, Go's
 * `cmd.Env = append(os.Environ(), "API_TOKEN=…")` and Docker clients' `Env: []string{"POSTGRES_PASSWORD=…"}`,
 * Jenkins' `withEnv(["DB_PASSWORD=…"])`, `docker run -e "API_KEY=…"`. The name is an environment variable's
 * (capitals, digits and `_`) and a credential slot; the value a secret literal (not a reference or a stand-in).
 */
export const envEntrySecret: Detector = patternDetector({
  id: 'env-entry-secret',
  title: 'Secret set as a literal environment entry ("NAME=value") in code or a pipeline',
  policy: 'credentials-from-environment',
  severity: 'high',
  // below a vendor's detector (40 and up), which keeps a vendor key found here and names this policy too
  priority: 34,
  keywords: ['password', 'passwd', 'secret', 'token', 'api_key', 'apikey', 'private_key', 'access_key', '_pass=', '_pwd='],
  pattern: /(?<![\w$\\])(?<q>["'])(?<name>[A-Z][A-Z0-9_]{1,80})=(?<secret>[^"'\s$`\\]{8,300})\k<q>/,
  keywordSpan: { before: 84, after: 320 },
  validate: (secret, m) => isCredentialSlot(m.groups?.['name'] ?? '', true) && isSecretLiteral(secret),
  detail: (m) => `${m.groups?.['name'] ?? 'an environment variable'} set to a literal`,
  remediation:
    'Pass the value through from the environment or a secret store the runner provides (`os.Environ()` already holds it, ' +
    "`withCredentials`, `docker run -e NAME` without a value), and rotate the committed one.",
  examples: {
    positive: [
      { text: '<?php\nputenv("DB_PASSWORD=Xy7kQ2mWn9Rt");\n', path: 'bootstrap.php' },
      { text: 'cmd.Env = append(os.Environ(), "SHOP_API_TOKEN=Vn6qXz3mKw8pRt2L")', path: 'internal/run/run.go' },
      { text: 'req := testcontainers.ContainerRequest{Image: "postgres:16", Env: []string{"POSTGRES_PASSWORD=Hq7vR2mLp9xT"}}', path: 'store/store_test.go' },
      { text: "withEnv(['REGISTRY_PASSWORD=Kq8mZx3vNw5t']) {\n  sh 'make push'\n}", path: 'Jenkinsfile' },
    ],
    negative: [
      { text: 'cmd.Env = append(os.Environ(), "API_TOKEN="+token)', why: 'the value comes from a variable' },
      { text: 'putenv("DB_PASSWORD=${DB_PASSWORD}");', why: 'a reference' },
      { text: 'Env: []string{"POSTGRES_PASSWORD=postgres"}', why: 'a stand-in' },
      { text: 'env = ["LOG_LEVEL=Hq7vR2mLp9xTdebug"]  # token rotation', why: 'not a credential slot' },
      { text: 'withEnv(["TOKEN_FILE=/run/secrets/token"])', why: 'a path, and a file name slot' },
    ],
  },
});
