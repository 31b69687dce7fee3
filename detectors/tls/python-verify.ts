import type { Detector, DetectorInput, Match } from '../../src/types.js';
import type { CodeContext } from './context.js';
import { runRules, type TlsRule } from './rules.js';

// Python: `verify=False` passed to a call (requests, httpx, boto3, ...) or set on a session,
// `ssl._create_unverified_context`, `CERT_NONE` assigned or passed, `check_hostname = False`.
// `verify=False` is skipped in function definitions (`def get(url, verify=False)`: a default, not a
// call), in JWT decoding (`jwt.decode(t, verify=False)`: signatures, not TLS) and as a bare
// variable (`verify = False`), whose use cannot be seen here.

/** The callee of the call whose argument list holds `offset`, or undefined outside any call. */
function enclosingCall(text: string, offset: number): string | undefined {
  let depth = 0;
  for (let i = offset - 1; i >= 0 && i >= offset - 400; i--) {
    const c = text[i];
    if (c === ')' || c === ']' || c === '}') depth++;
    else if (c === '[' || c === '{') depth--;
    else if (c === '(') {
      if (depth === 0) return calleeBefore(text, i);
      depth--;
    }
  }
  return undefined;
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
  return callee !== undefined && !/^def\s/.test(callee) && !/jwt|decode/i.test(callee);
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
  },
  {
    re: /(?<![\w])(?:check_hostname|assert_hostname)[ \t]{0,8}=[ \t]{0,8}(?<value>False)(?![\w])/dg,
    detail: 'hostname checking is turned off',
    bare: true,
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
      { text: 'client = httpx.Client(\n    base_url=API,\n    verify = False,\n)\n', path: 'app/http.py' },
      { text: 'session = requests.Session()\nsession.verify = False\n', path: 'tools/sync.py' },
      { text: 'ssl._create_default_https_context = ssl._create_unverified_context\n', path: 'scripts/fetch.py' },
      { text: 'ctx = ssl.create_default_context()\nctx.check_hostname = False\nctx.verify_mode = ssl.CERT_NONE\n', path: 'app/tls.py' },
      { text: '"    r = requests.post(url, json=body, verify=False)\\n",', path: 'notebooks/explore.ipynb' },
    ],
    negative: [
      { text: 'resp = requests.get(url, timeout=10, verify=True)\n', path: 'app/client.py' },
      { text: 'client = httpx.Client(\n    base_url=API,\n    verify = CA_BUNDLE,\n)\n', path: 'app/http.py' },
      { text: 'payload = jwt.decode(token, verify=False)\n', path: 'tools/sync.py', why: 'JWT, not TLS' },
      { text: 'if ctx.verify_mode == ssl.CERT_NONE:\n    raise RuntimeError("insecure")\n', path: 'scripts/fetch.py' },
      { text: 'ctx = ssl.create_default_context()\n# never do ctx.check_hostname = False\n', path: 'app/tls.py' },
      { text: 'def fetch(url, verify=False):\n    ...\n', path: 'app/api.py', why: 'a parameter default' },
      { text: 'log.warning("called with verify=False")\n', path: 'app/api.py', why: 'inside a string' },
      { text: 'verify = False  # checksum verification of the archive\n', path: 'app/archive.py', why: 'a bare variable' },
    ],
    knownMisses: [
      { text: 'VERIFY = False\nrequests.get(url, verify=VERIFY)\n', path: 'app/client.py', why: 'the False flows through a variable' },
    ],
  },
};
