import type { Detector, DetectorInput, Match } from '../../src/types.js';
import type { CodeContext } from './context.js';
import { runRules, type TlsRule } from './rules.js';

// Python: `verify=False` passed to a call (requests, httpx, boto3, ...) or set on a session,
// `ssl._create_unverified_context`, `CERT_NONE` assigned or passed, `check_hostname = False`.
// `verify=False` is skipped in function definitions (`def get(url, verify=False)`: a default, not a
// call), in JWT decoding (`jwt.decode(t, verify=False)`: signatures, not TLS) and as a bare
// variable (`verify = False`), whose use cannot be seen here. Code that only names the settings is
// skipped too: a table from option names to the constants (`{'CERT_NONE': ssl.CERT_NONE,
// 'CERT_REQUIRED': ssl.CERT_REQUIRED}`), a parameter default (`def wrap(s, cert_reqs=CERT_NONE)`), and
// a stand-in class for old Pythons that mirrors SSLContext's own attributes (`class SSLContext:` …
// `self.verify_mode = ssl.CERT_NONE`).

/** The callee of the call whose argument list holds `offset`, or undefined outside any call. */
function enclosingCall(text: string, offset: number): string | undefined {
  const paren = enclosingParen(text, offset);
  return paren === undefined ? undefined : calleeBefore(text, paren);
}

/** The `(` opening the argument list that holds `offset` (looked for 400 characters back), or undefined. */
function enclosingParen(text: string, offset: number): number | undefined {
  let depth = 0;
  for (let i = offset - 1; i >= 0 && i >= offset - 400; i--) {
    const c = text[i];
    if (c === ')' || c === ']' || c === '}') depth++;
    else if (c === '[' || c === '{') depth--;
    else if (c === '(') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return undefined;
}

/** The call's URL, first or named `url=`, a literal of plain HTTP: `requests.get('http://127.0.0.1:9758/key', verify=False)`. */
const PLAIN_HTTP_URL = /^\([ \t\r\n]{0,40}(?:url[ \t]{0,4}=[ \t]{0,4})?[rbu]?["']http:\/\//i;

/**
 * A call to a plain `http://` address: no TLS, so no certificate for `verify=False` to skip (a local daemon's API
 * called with the flag out of habit). A URL built from variables, or `https://`, is judged as before.
 */
function plainHttpCall(text: string, offset: number): boolean {
  const paren = enclosingParen(text, offset);
  return paren !== undefined && PLAIN_HTTP_URL.test(text.slice(paren, paren + 64));
}

/** The dotted name just before the `(` at `paren`, with a leading `def ` kept: `requests.get`, `def fetch`. */
function calleeBefore(text: string, paren: number): string {
  let end = paren;
  while (end > 0 && /\s/.test(text[end - 1] as string)) end--;
  let start = end;
  while (start > 0 && end - start < 80 && /[\w.]/.test(text[start - 1] as string)) start--;
  const name = text.slice(start, end);
  return /(?:^|\s)def[ \t]+$/.test(text.slice(Math.max(0, start - 8), start)) ? `def ${name}` : name;
}

function verifyArgument(m: RegExpExecArray, text: string, _ctx: CodeContext): boolean {
  if (text[m.index - 1] === '.') return true; // session.verify = False
  const callee = enclosingCall(text, m.index);
  return callee !== undefined && !/^def\s/.test(callee) && !/jwt|decode/i.test(callee) && !plainHttpCall(text, m.index);
}

/** A mode's name as a table key: `'CERT_NONE'`, `"none"`, `'optional'`. */
const MODE_NAME = /^(?:ssl\.)?cert_(?:none|optional|required)$|^(?:none|optional|required|no|off|false|0|disabled?|insecure|ignore|skip|never)$/i;

/** `'CERT_NONE': ssl.CERT_NONE` in a lookup table of modes (or `CERT_NONE=ssl.CERT_NONE` in `dict(…)`). */
function tableEntry(m: RegExpExecArray, text: string): boolean {
  const key = /(?:(["'])([^"'\n]{0,40})\1|\b([A-Za-z_]\w{0,40}))[ \t]{0,8}$/.exec(text.slice(Math.max(0, m.index - 120), m.index));
  const name = key?.[2] ?? key?.[3];
  if (name !== undefined && MODE_NAME.test(name)) return true;
  if (text[m.index] !== ':') return false;
  // a dict whose values are several of the modes: a table to choose from, not a setting
  const open = text.lastIndexOf('{', m.index);
  const close = text.indexOf('}', m.index);
  if (open < 0 || close < 0 || m.index - open > 600 || close - m.index > 600) return false;
  const body = text.slice(open + 1, close);
  return !body.includes('{') && (body.match(/:[ \t]{0,8}(?:ssl\.)?CERT_[A-Z]{4,8}\b/g)?.length ?? 0) >= 2;
}

/** `self.verify_mode = …` / `self.check_hostname = …` (the `=` at `eq`) inside a class named like the SSLContext it stands in for. */
function standInAttribute(eq: number, text: string): boolean {
  const lineStart = text.lastIndexOf('\n', eq - 1) + 1;
  const target = /^([ \t]{0,64})self\.(?:verify_mode|check_hostname)[ \t]{0,8}$/.exec(text.slice(Math.max(lineStart, eq - 100), eq));
  if (!target || eq - lineStart > 100) return false;
  const indent = (target[1] as string).length;
  const classes = [...text.slice(Math.max(0, lineStart - 1000), lineStart).matchAll(/^([ \t]{0,64})class[ \t]{1,8}(\w{1,64})/gm)];
  const cls = classes[classes.length - 1];
  return cls !== undefined && (cls[1] as string).length < indent && /Context$/i.test(cls[2] as string);
}

/** A parameter default of a `def`, not a setting. */
function inDefinition(m: RegExpExecArray, text: string): boolean {
  return /^def\s/.test(enclosingCall(text, m.index) ?? '');
}

const RULES: readonly TlsRule[] = [
  {
    re: /(?<![\w])verify[ \t]{0,8}=[ \t]{0,8}(?<value>False)(?![\w])/dg,
    detail: 'verify=False turns off certificate verification',
    bare: true,
    accept: verifyArgument,
  },
  {
    re: /(?<![\w])(?:ssl\.)?_create_unverified_context(?![\w])/dg,
    detail: 'ssl._create_unverified_context() skips certificate and hostname checks',
    bare: true,
  },
  {
    re: /(?<![=!<>])[=:][ \t]{0,8}(?<value>(?:ssl\.)?CERT_NONE)(?![\w])/dg,
    detail: 'CERT_NONE turns off certificate verification',
    bare: true,
    accept: (m, text) => !tableEntry(m, text) && !inDefinition(m, text) && !standInAttribute(m.index, text),
  },
  {
    re: /(?<![\w])(?:check_hostname|assert_hostname)[ \t]{0,8}=[ \t]{0,8}(?<value>False)(?![\w])/dg,
    detail: 'hostname checking is turned off',
    bare: true,
    accept: (m, text) => !inDefinition(m, text) && !standInAttribute(m.index + m[0].indexOf('='), text),
  },
];

export const tlsVerifyDisabledPython: Detector = {
  id: 'tls-verify-disabled-python',
  title: 'Python TLS certificate verification disabled',
  policy: 'tls-verified',
  severity: 'high',
  keywords: ['verify', '_create_unverified_context', 'cert_none', 'check_hostname', 'assert_hostname'],
  reach: 'lines', // the enclosing call is looked for at most 400 characters back
  paths: ['*.py', '*.pyw', '*.ipynb'],
  remediation:
    'Keep verification on: drop `verify=False` / CERT_NONE, and point `verify=` (or REQUESTS_CA_BUNDLE, ' +
    '`ssl.create_default_context(cafile=…)`) at the private CA bundle instead.',
  detect: (input: DetectorInput): Iterable<Match> => runRules(RULES, input),
  examples: {
    positive: [
      { text: 'resp = requests.get(url, timeout=10, verify=False)\n', path: 'app/client.py' },
      { text: "resp = requests.get('https://10.0.0.5:8443/health', verify=False)\n", path: 'app/probe.py', why: 'an https:// address' },
      { text: 'client = httpx.Client(\n    base_url=API,\n    verify = False,\n)\n', path: 'app/http.py' },
      { text: 'session = requests.Session()\nsession.verify = False\n', path: 'tools/sync.py' },
      { text: 'ssl._create_default_https_context = ssl._create_unverified_context\n', path: 'scripts/fetch.py' },
      { text: 'ctx = ssl.create_default_context()\nctx.check_hostname = False\nctx.verify_mode = ssl.CERT_NONE\n', path: 'app/tls.py' },
      { text: 'if settings.DEBUG:\n    ctx.check_hostname = False\nelse:\n    ctx.load_verify_locations(CA)\n', path: 'app/tls.py', why: 'a branch chosen by a debug flag' },
      { text: '"    r = requests.post(url, json=body, verify=False)\\n",', path: 'notebooks/explore.ipynb' },
      { text: 'ws = websocket.create_connection(url, sslopt={"cert_reqs": ssl.CERT_NONE})\n', path: 'tools/stream.py', why: 'a setting in an options dict' },
      {
        text: 'def fetch(url):\n    """Download the report."""\n    note = """\n    mirror\n    """\n    return requests.get(url, verify=False)\n',
        path: 'app/report.py',
        why: 'code after the strings close',
      },
      { text: 'class Client:\n    def __init__(self):\n        self.ctx = ssl.create_default_context()\n        self.ctx.verify_mode = ssl.CERT_NONE\n', path: 'app/client.py', why: 'set on a real context held by a class' },
      { text: 'ctx = (\n    ssl.create_default_context()\n    if cafile\n    else ssl._create_unverified_context()\n)\n', path: 'notify/mail.py', why: 'the else of a condition that names no verify setting' },
      { text: 'transport = Transport(verify=False) if opts.verify_tls else Transport()\n', path: 'hooks/webhook.py', why: 'the branch taken where verification was asked for' },
    ],
    negative: [
      { text: 'resp = requests.get(url, timeout=10, verify=True)\n', path: 'app/client.py' },
      {
        text: 'ctx = (\n    ssl.create_default_context()\n    if self.verify_certs\n    else ssl._create_unverified_context()\n)\nsmtp = SMTP_SSL(host, context=ctx)\n',
        path: 'notify/mail.py',
        why: "a conditional expression's else, over lines: only where the setting turned verification off",
      },
      { text: 'transport = Transport() if opts.verify_tls else Transport(verify=False)\n', path: 'hooks/webhook.py', why: "the else of a verify setting's conditional expression" },
      { text: 'client = httpx.Client(\n    base_url=API,\n    verify = CA_BUNDLE,\n)\n', path: 'app/http.py' },
      { text: 'payload = jwt.decode(token, verify=False)\n', path: 'tools/sync.py', why: 'JWT, not TLS' },
      { text: "resp = requests.post(\n    'http://127.0.0.1:8125/unlock',\n    verify=False,\n    json=body,\n)\n", path: 'app/agent/api.py', why: 'a plain http:// address: no certificate to verify' },
      { text: 'if ctx.verify_mode == ssl.CERT_NONE:\n    raise RuntimeError("insecure")\n', path: 'scripts/fetch.py' },
      { text: 'ctx = ssl.create_default_context()\n# never do ctx.check_hostname = False\n', path: 'app/tls.py' },
      { text: 'def fetch(url, verify=False):\n    ...\n', path: 'app/api.py', why: 'a parameter default' },
      { text: 'log.warning("called with verify=False")\n', path: 'app/api.py', why: 'inside a string' },
      { text: 'verify = False  # checksum verification of the archive\n', path: 'app/archive.py', why: 'a bare variable' },
      {
        text: 'W_INSECURE_BROKER = """\nPassing broker_cert_reqs=CERT_NONE tells the worker not to check\nthe certificate the broker presents.\n"""\n',
        path: 'app/warnings.py',
        why: 'a warning spread over the lines of a triple-quoted string',
      },
      {
        text: 'def fetch(url):\n    """Download the report.\n\n    Never call it as requests.get(url, verify=False): the mirror has a valid chain.\n    """\n',
        path: 'app/report.py',
        why: 'a docstring',
      },
      {
        text: "MODES = {\n    'CERT_NONE': ssl.CERT_NONE,\n    'CERT_OPTIONAL': ssl.CERT_OPTIONAL,\n    'CERT_REQUIRED': ssl.CERT_REQUIRED,\n}\nctx.verify_mode = MODES[settings.TLS_MODE]\n",
        path: 'app/settings.py',
        why: 'a lookup table from option names to the constants',
      },
      {
        text: 'try:\n    from ssl import SSLContext\nexcept ImportError:\n    class SSLContext(object):  # old Pythons\n        def __init__(self, protocol):\n            self.check_hostname = False\n            self.verify_mode = ssl.CERT_NONE\n',
        path: 'vendor/compat/ssl_.py',
        why: 'a stand-in class mirroring the real defaults',
      },
      { text: 'def wrap(sock, keyfile=None, cert_reqs=CERT_NONE, ca_certs=None):\n    ...\n', path: 'lib/sslwrap.py', why: 'a parameter default' },
      {
        text: 'def _context(self):\n    ctx = ssl.create_default_context()\n    if self.tls_mode == TlsMode.STRICT:\n        ctx.verify_mode = ssl.CERT_REQUIRED\n    elif self.tls_mode == TlsMode.LAX:\n        ctx.verify_mode = ssl.CERT_OPTIONAL\n    elif not self.verify_peer:\n        ctx.check_hostname = False\n        ctx.verify_mode = ssl.CERT_NONE\n    return ctx\n',
        path: 'app/mailer.py',
        why: "the branch the user's verify setting chooses",
      },
      {
        text: 'if cfg.check_server_cert:\n    reqs = ssl.CERT_REQUIRED\nelse:\n    reqs = ssl.CERT_NONE\n',
        path: 'client/transport.py',
        why: 'the else of a verification setting',
      },
    ],
    knownMisses: [
      { text: 'VERIFY = False\nrequests.get(url, verify=VERIFY)\n', path: 'app/client.py', why: 'the False flows through a variable' },
    ],
  },
};
