import type { Detector } from '../../../src/types.js';
import { nameParts } from '../../kit/names.js';
import { memoByName } from '../../kit/own.js';
import { patternDetector } from '../../kit/pattern.js';
import { steppedRuns } from '../../kit/placeholders.js';
import { LOCAL_HOST, percentDecoded } from '../../kit/urls.js';
import { isSecretLiteral, namesNonCredential } from '../shared/secret-literal.js';
import { DOCUMENTATION_HOST } from './url-credentials.js';

// A credential passed in a URL's query string: `https://api.acme.io/v2/export?api_key=…`, a relative
// `fetch('/feed?access_token=…')`, Firebase's `….json?auth=…`; or in a form body, a quoted string of
// `name=value` fields joined by `&` (`curl -d "grant_type=client_credentials&client_id=…&client_secret=…"`).
// Such URLs and bodies end up in code, docs, scripts and notebooks, and a secret-named assignment does
// not see them (its value is the whole URL). The parameter must name a credential (its last part:
// token, secret, api key, password; not a page or sync token, not a signed URL's X-Amz-/X-Goog-
// parameters) and the value must be a generated secret (isSecretLiteral, 16 characters at least
// outside password parameters), read percent-decoded.
// Left out: badges (Codecov, SonarCloud and Travis put read-only badge tokens in image URLs), local
// servers (Jupyter prints `localhost:8888/?token=` for each session), documentation hosts, and
// `otpauth://` URLs (an authenticator's enrolment, usually the library's own example).

/** Bytes looked back from a parameter for its URL's scheme. */
const URL_LOOKBACK = 2048;

/**
 * What may stand before the `=`: a parameter name ending in one of the keywords, after the query's `?` or `&`, or
 * first in a quoted string (a form body's first field, `"password=…&user=…"`).
 */
const PARAMETER = /(?:[?&]|&amp;|(?<=["'`]))(?<name>[A-Za-z][\w.-]{0,40})=(?<secret>[^\s&#"'`<>\\(){}|^[\];]{8,300})/;

/**
 * A quoted string of form fields up to the parameter (`"grant_type=password&username=ops&` before `password=…`), or
 * nothing (the parameter opens the string): an `application/x-www-form-urlencoded` body a script posts, or a query
 * string kept apart from its URL.
 */
const FORM_FIELDS = /^\??(?:[A-Za-z][\w.-]{0,40}=[^\s&#"'`<>\\]{0,300}(?:&[A-Za-z][\w.-]{0,40}=[^\s&#"'`<>\\]{0,300}){0,64})?$/;

/** Name parts that make a token not a credential: paging and sync cursors, nonces, signed-URL fields, public keys (.NET's `PublicKeyToken=` in an assembly name). */
const NOT_CREDENTIAL_PARTS = new Set(['page', 'next', 'prev', 'previous', 'continuation', 'cursor', 'sync', 'resume', 'nonce', 'state', 'amz', 'goog', 'ms', 'type', 'hint', 'name', 'id', 'url', 'uri', 'public', 'pub', 'publishable']);
/** The key words a credential parameter's name ends in. */
const CREDENTIAL_LAST = new Set(['token', 'secret', 'apikey', 'password', 'passwd', 'pwd', 'passphrase']);
/** Parts before `key` that make it a credential (`api_key`, `access-key`, `secretKey`). */
const KEY_QUALIFIERS = new Set(['api', 'access', 'secret', 'private', 'app', 'client', 'auth', 'subscription']);

/** A parameter name that holds a credential. */
const isCredentialParameter: (name: string) => boolean = memoByName(10_000, judgeParameter);

function judgeParameter(name: string): boolean {
  if (name.toLowerCase() === 'auth') return true; // Firebase Realtime Database's REST `?auth=`
  const parts = nameParts(name);
  const last = parts[parts.length - 1];
  if (last === undefined || parts.some((p) => NOT_CREDENTIAL_PARTS.has(p)) || namesNonCredential(name)) return false;
  // a sealed token (a star-history chart's `sealed_token`): the token encrypted for the server that reads
  // it, handed out to be pasted into a public README's image; only that server can open it
  if (parts[parts.length - 2] === 'sealed') return false;
  if (CREDENTIAL_LAST.has(last)) return true;
  return last === 'key' && parts.length >= 2 && KEY_QUALIFIERS.has(parts[parts.length - 2] as string);
}

const isPasswordParameter = (name: string): boolean => /(?:password|passwd|pwd|passphrase)$/i.test(name);

/**
 * A signed download URL's token (Qiniu and its kin: `?e=<deadline>&token=<access key>:<HMAC-SHA1 of the URL>`):
 * the public key id and a 20-byte signature for that one URL until its deadline, as an S3 presigned URL's
 * fields, not a credential that opens anything else.
 */
const SIGNED_URL_TOKEN = /^[A-Za-z0-9_-]{16,64}:[A-Za-z0-9_-]{27}=$/;

/** A character that ends a URL read backwards: blanks, quotes, brackets. */
function endsUrl(c: number): boolean {
  return c <= 0x20 || c === 0x22 || c === 0x27 || c === 0x60 || c === 0x3c || c === 0x3e || c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x5c;
}

const BADGE = /badge|\.(?:svg|png|gif|jpe?g)$/i;
/** Links mailed for one action (accept an invitation, confirm an address, reset a password): a single-use token. */
const ONE_TIME_LINK = /accept|invit|confirm|verif|reset|unsubscribe|activat|magic|signup|register/i;
const BADGE_HOSTS = /(?:^|\.)(?:shields\.io|badgen\.net|badge\.fury\.io)$/i;

/** How a URL's part before its query string counts: an http(s)/ws(s) URL that may hold credentials, a path alone, a quoted string of form fields, or none of these. */
type UrlKind = 'url' | 'path' | 'form' | 'none';

/** The kind of URL `url` (from its start to a parameter) is, judged on its part before the query string. */
function urlKind(url: string, opener: string): UrlKind {
  let q = url.indexOf('?');
  const hash = url.indexOf('#');
  if (q < 0 || (hash >= 0 && hash < q)) q = hash < 0 ? url.length : hash;
  const sep = url.lastIndexOf('://');
  // a URL inside the query string (`?redirect=https://…&token=`): its own parts decide
  if (sep > q) {
    const schemeStart = url.slice(Math.max(0, sep - 21), sep).search(/[A-Za-z][A-Za-z0-9+.-]{0,20}$/);
    return urlKind(url.slice(Math.max(0, sep - 21) + Math.max(0, schemeStart)), '');
  }
  const base = url.slice(0, q);
  if (sep < 0 && /["'`]/.test(opener) && FORM_FIELDS.test(url)) return 'form';
  if (sep < 0) return base.startsWith('/') && !base.startsWith('//') && /["'`(]/.test(opener) && !ONE_TIME_LINK.test(base) ? 'path' : 'none';
  const scheme = /[A-Za-z][A-Za-z0-9+.-]{0,20}$/.exec(base.slice(Math.max(0, sep - 21), sep))?.[0].toLowerCase() ?? '';
  if (scheme !== 'http' && scheme !== 'https' && scheme !== 'ws' && scheme !== 'wss') return 'none';
  const rest = base.slice(sep + 3);
  const slash = rest.indexOf('/');
  const authority = slash < 0 ? rest : rest.slice(0, slash);
  const host = authority.slice(authority.lastIndexOf('@') + 1).replace(/:\d{1,5}$/, '');
  if (DOCUMENTATION_HOST.test(host) || LOCAL_HOST.test(host) || BADGE_HOSTS.test(host)) return 'none';
  const path = slash < 0 ? '' : rest.slice(slash);
  return BADGE.test(path) || ONE_TIME_LINK.test(path) ? 'none' : 'url';
}

/**
 * The last parameter judged: the next one in the same URL (`&a=…&b=…`) finds the URL's start by
 * reading back only to it, and reuses its kind, so a megabyte of parameters costs one pass.
 */
let last: { text: string; at: number; start: number; kind: UrlKind } | undefined;

/**
 * Whether the parameter at `at` (its `?` or `&`) belongs to a URL whose credentials count: an
 * http(s) or ws(s) URL on a host that is not a documentation, loopback or badge host, or a path
 * written on its own after a quote or a bracket (`'/feed?access_token=…'`, not for a bare `token`);
 * not a link mailed for one action (`/accept-invitation?token=…`).
 */
function inCredentialUrl(text: string, at: number, name: string): boolean {
  const floor = Math.max(0, at - URL_LOOKBACK);
  const known = last !== undefined && last.text === text && last.at < at && last.at >= floor ? last : undefined;
  let start = at;
  const stop = known ? known.at : floor;
  while (start > stop && !endsUrl(text.charCodeAt(start - 1))) start--;
  let kind: UrlKind;
  if (known && start === stop) {
    // the same run of URL characters as the last parameter's
    start = Math.max(known.start, floor);
    const url = text.slice(start, at);
    kind = start === known.start && url.lastIndexOf('://') < url.indexOf('?') ? known.kind : urlKind(url, text.charAt(start - 1));
  } else {
    kind = urlKind(text.slice(start, at), start > 0 ? text.charAt(start - 1) : '');
  }
  last = { text, at, start, kind };
  return kind === 'url' || ((kind === 'path' || kind === 'form') && name.toLowerCase() !== 'token');
}

export const urlQueryCredential: Detector = patternDetector({
  id: 'url-query-credential',
  title: 'Credential in a URL query string or form body',
  severity: 'high',
  // below vendor detectors, which keep a vendor key found in a URL (Google's `key=AIza…`)
  priority: 15,
  keywords: ['token=', 'secret=', 'api_key=', 'apikey=', 'api-key=', 'access_key=', 'secret_key=', 'password=', 'passwd=', 'pwd=', 'passphrase=', 'auth='],
  pattern: PARAMETER,
  // `&amp;` and the parameter's name hold the keyword (46 characters at most before it); its value follows
  keywordSpan: { before: 48, after: 12 + 301 },
  validate: (secret, m, text) => {
    const name = m.groups?.['name'] ?? '';
    if (!isCredentialParameter(name)) return false;
    const value = percentDecoded(secret);
    if (value.length < (isPasswordParameter(name) ? 8 : 16) || SIGNED_URL_TOKEN.test(value) || !isSecretLiteral(value) || steppedRuns(value) >= 3) return false;
    return inCredentialUrl(text, m.index, name);
  },
  // (called right after validate on the same match: `last` holds the kind of string it was read in)
  detail: (m) => (last?.kind === 'form' ? `the form field "${m.groups?.['name'] ?? 'credential'}"` : `the URL's "${m.groups?.['name'] ?? 'credential'}" parameter`),
  remediation:
    'Revoke the credential with its issuer, then send it in a header (Authorization) or a request body built at ' +
    'run time from the environment or a secret store: query strings end up in server, proxy and browser logs.',
  examples: {
    positive: [
      { text: 'resp = requests.get("https://api.acmeanalytics.io/v2/export?format=csv&api_key=Qm7vT2xK9pLw4RzN8cYh")', path: 'scripts/export.py' },
      { text: "const feed = await fetch('/graph/feed?fields=id,message&access_token=EAAGm0PX4ZCpsBAKqL9v7rTz2W8xNc')", path: 'src/feed.js' },
      { text: 'curl "https://acme-prod.firebaseio.com/users.json?auth=Tq8vZ3mW9xKp2LrN7cYh4BsJ"', path: 'docs/backup.md' },
      { text: '<a href="https://geo.acmemaps.net/v4/geocode?lang=en&amp;secret_key=Hn4wQ8zR2vLk6TpX9mBc">', path: 'web/map.html', why: "HTML's &amp;" },
      { text: 'DSN = "https://ingest.acme.io/api/store?client=py&password=Zt9q%21W3xkP2m"', path: 'settings.py', why: 'percent-encoded, read decoded' },
      { text: 'curl -s -d "grant_type=client_credentials&client_id=reports&client_secret=Wd3Lq8Zx2Nv7Kp4TbH9s" https://sso.shop.internal/token', path: 'scripts/token.sh', why: 'a form body' },
      { text: 'resp = session.post(LOGIN_URL, data="username=ops&password=Rk5nQx8mVz2w")', path: 'tools/login.py', why: 'a form body in code' },
      { text: 'params = "format=csv&api_key=Qm7vT2xK9pLw4RzN8cYh"', path: 'a.py', why: 'a query string kept apart from its URL' },
    ],
    negative: [
      { text: '[![codecov](https://codecov.io/gh/acme/app/branch/main/graph/badge.svg?token=Xq7LmK2pZ9)](https://codecov.io/gh/acme/app)', path: 'README.md', why: 'a read-only badge token' },
      { text: '![build](https://travis-ci.com/acme/app.svg?token=Xq7LmK2pZ9vTw4RzN8cY&branch=main)', path: 'README.md', why: 'an image: a status badge' },
      { text: '<img alt="Stars" src="https://api.chart-history.dev/chart?repos=acme/app&theme=dark&sealed_token=Gq3vZt8LmW2xPk9RbN4cYd7Hs1" />', path: 'site/index.html', why: 'a token sealed (encrypted) for the chart service, handed out for public embeds' },
      { text: 'acceptance_url: "/accept-invitation/inv_Uk8ZD?token=bcFtaxxWh2f6dkZb6EQNpKhJ"', path: 'docs/api.yaml', why: 'a single-use link, relative' },
      { text: 'url = "https://api.acmeanalytics.io/v2/items?pageToken=CiAKGjBpNDd2Nmp2Zml2cXRwYjBpOXA3"', path: 'a.py', why: 'a paging cursor' },
      { text: 'Open http://localhost:8888/?token=3f0c6a1e9b2d4f7a8c5e1b3d6f9a2c4e7b1d3f5a8c2e4b6d in your browser', path: 'README.md', why: 'a local server session' },
      { text: 'requests.get(f"https://api.acmeanalytics.io/v2/export?api_key={API_KEY}")', path: 'a.py', why: 'a template' },
      { text: 'see https://api.example.com/v1/items?api_key=Qm7vT2xK9pLw4RzN8cYh', path: 'docs/api.md', why: 'a documentation host' },
      { text: 'otpauth://totp/Acme:alice@acme.io?secret=JBSWY3DPEHPK3PXPJBSWY3DP&issuer=Acme', path: 'test/totp.js', why: 'an authenticator enrolment URL' },
      { text: 'https://bucket.s3.amazonaws.com/report.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Security-Token=IQoJb3JpZ2luX2VjEHQaCXVzLWVhc3QtMSJH', path: 'a.md', why: 'a presigned URL, expired by the time it is read' },
      { text: '"fileId":"http://cdn.diagramsapp.com/5df1f6a6e4b0c4255e96d825?e=1576142006&token=Qx7vR2mLp9TbN6kW3zQ8sD1fG4hJ7lP0aE5uI2oY:8fJ2kLm9Qw3eRt5yUi7oP1aSd4f=",', path: 'docs/diagram.pos', why: "a signed download URL's key id and signature" },
      { text: 'https://api.acmeanalytics.io/v2/export?api_key=your_api_key_here', path: 'README.md', why: 'a stand-in' },
      { text: 'msg = "login failed for user=ops password=Rk5nQx8mVz2w"', path: 'tools/login.py', why: 'words before the field: a sentence, not a form body' },
      { text: 'body = "username=ops&password=" + password', path: 'tools/login.py', why: 'the value joined at run time' },
      { text: 'Assert.Contains("PublicKeyToken=31bf3856ad364e35", info.AssemblyName);', path: 'src/Loader.cs', why: "an assembly name's public key token" },
      { text: "'https://push.acmepush.io/send?token=abc123def456ghi789jkl012mno345pq'", path: 'tests/test_push.py', why: 'counting runs typed as a key' },
      { text: 'https://api.acmeanalytics.io/login?next=/home&csrf_token=Qm7vT2xK9pLw4RzN8cYh', path: 'a.html', why: 'an anti-forgery token' },
    ],
  },
});
