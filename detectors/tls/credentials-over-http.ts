import type { Detector, DetectorInput, Match } from '../../src/types.js';
import { keywordStarts as startsOf } from '../kit/keyword-windows.js';
import { isPlaceholder, isPlaceholderPassword } from '../kit/placeholders.js';
import { isPortAtNumber, LOCAL_HOST, percentDecoded } from '../kit/urls.js';

// A URL that sends a username and password over plain http: `http://user:pass@host`. This is the
// transport finding (the password itself is reported by url-credentials under
// no-committed-credentials), so it carries no `secret`, and it points at the `http://` scheme.
// Loopback hosts, reserved documentation domains, stand-in host names (`host`, `server`) and stand-in
// passwords are not findings; a password is judged percent-decoded and without curl's `;options`
// (`pass%20pass`, `pass;word` are the words `pass`).

// Tried only where the engine saw the keyword `http://` (a sticky match at each occurrence).
const URL = /(?<![\w+.-])http:\/\/(?<user>[^\s:/@?#'"<>\\]{0,128}):(?<password>[^\s/@?#'"<>\\]{1,256})@(?<host>\[[0-9A-Fa-f:.]{2,45}\]|[A-Za-z0-9][A-Za-z0-9.-]{0,252})/dyi;
const SCHEME = /http:\/\//gi;
const DOC_HOST = /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid)$/i;
const STAND_IN_WORD = String.raw`(?:password|passwd|pass|pwd|pw|p|x|secret|token|apikey|user|username|foo|bar|baz|test|changeit|word|option|options)`;
/** Stand-in words, alone or joined by punctuation: `pass`, `pass pass`, `user-pass`. */
const STAND_IN = new RegExp(String.raw`^${STAND_IN_WORD}(?:[^A-Za-z0-9]{1,3}${STAND_IN_WORD}){0,3}$`, 'i');
const STAND_IN_HOST = /^(?:host|hostname|server|servername|myhost|somehost|yourhost|myserver|domain|site|remote|machine|ex[a4]mple)$/i;

/** The password as sent: percent-decoded, without the `;options` curl and IMAP URLs append. */
function plainPassword(raw: string): string {
  const p = percentDecoded(raw);
  const semicolon = p.indexOf(';');
  return semicolon >= 0 ? p.slice(0, semicolon) : p;
}

function* detect({ text, keywordStarts }: DetectorInput): Iterable<Match> {
  for (const at of startsOf(text, keywordStarts, SCHEME)) {
    URL.lastIndex = at;
    const m = URL.exec(text);
    if (!m) continue;
    const password = m.groups?.['password'] ?? '';
    const host = (m.groups?.['host'] ?? '').replace(/\.$/, '');
    if (LOCAL_HOST.test(host) || DOC_HOST.test(host) || STAND_IN_HOST.test(host) || isPortAtNumber(password, host)) continue; // (`localhost:8545@1400000`: a block to fork at)
    if (password.includes('$') || /^[{%]/.test(password)) continue; // a template reference
    const plain = plainPassword(password);
    if (plain.length < 3 || STAND_IN.test(plain) || isPlaceholder(plain) || isPlaceholderPassword(plain, percentDecoded(m.groups?.['user'] ?? ''))) continue;
    yield { start: m.index, end: m.index + 'http://'.length, detail: `credentials sent over plain http to ${host.toLowerCase()}` };
  }
}

export const credentialsOverHttp: Detector = {
  id: 'credentials-over-http',
  title: 'Credentials sent over plain HTTP',
  policy: 'tls-verified',
  severity: 'medium',
  keywords: ['http://'],
  remediation:
    'Use https:// for any URL that carries credentials, rotate the password that was sent in clear, and read it ' +
    'from the environment or a secret store rather than the URL.',
  detect,
  examples: {
    positive: [
      { text: 'REGISTRY_URL=http://deploy:Q9vLk2mXw7Rt@registry.corp.lan:5000/v2/\n', path: 'deploy/.env.staging' },
      { text: 'proxy = "http://svc-build:hT4nW8qZ2pLs@proxy.internal:3128"\n', path: 'ci/settings.toml' },
      { text: 'git clone http://ci-bot:vB7xK3mQ9wTn@git.internal/team/app.git\n', path: 'build.sh' },
    ],
    negative: [
      { text: 'REGISTRY_URL=https://deploy:Q9vLk2mXw7Rt@registry.corp.lan:5000/v2/\n', path: 'deploy/.env.staging', why: 'https' },
      { text: 'proxy = "http://svc-build:${PROXY_PASSWORD}@proxy.internal:3128"\n', path: 'ci/settings.toml' },
      { text: 'git clone http://ci-bot:vB7xK3mQ9wTn@localhost:3000/team/app.git\n', path: 'build.sh', why: 'loopback' },
      { text: 'See http://user:password@host.example.com/ for the format.\n', path: 'docs/urls.md' },
      { text: 'DATABASE_URL=http://admin:<password>@db.internal:8080\n', path: '.env.example' },
      { text: 'curl http://127.0.0.1:9200 -u elastic:Q9vLk2mXw7Rt\n', path: 'check.sh', why: 'no userinfo in the URL' },
      { text: '  {"http://user:pass;word@host/file", 0, 0, CURLUE_OK},\n', path: 'tests/url.c', why: 'a stand-in host and password (curl login options after ";")' },
      { text: '"http://user:pass%20pass@complex.url.internal/path?query=yes",\n', path: 'tests/test_utils.py', why: 'a percent-encoded stand-in' },
      { text: "assert split('http://jane:MySecret@intranet.corp.lan:9000/a') == 'jane'\n", path: 'tasks/urlsplit.yml', why: 'a stand-in password (my secret)' },
      { text: 'proxy = "http://svc-build:svc-build@proxy.internal:3128"\n', path: 'ci/settings.toml', why: 'the user name again' },
      { text: '  fork_url = "http://rpc.node.lan:8545@19000000"\n', path: 'config/anvil.toml', why: 'a host and port, then the block to fork at' },
    ],
  },
};
