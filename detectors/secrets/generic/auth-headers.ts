import type { Detector, Match } from '../../../src/types.js';
import { decodeBase64 } from '../../kit/checksums.js';
import { shannonEntropy } from '../../kit/entropy.js';
import { hasExpired } from '../../kit/jwt.js';
import { patternDetector } from '../../kit/pattern.js';
import { isSecretName } from '../../kit/names.js';
import { isConstantName, isPlaceholder, isPlaceholderPassword } from '../../kit/placeholders.js';
import { jwtClaims } from '../shared/payloads.js';
import { isSecretLiteral, isWeakCredentialLiteral, namesNonCredential } from '../shared/secret-literal.js';

// `Authorization` used as a header line, a key, an argument or an index, up to the scheme:
// `Authorization: `, `"Authorization": "`, `Authorization: '` (JS), `headers['Authorization'] = '`,
// `.set('Authorization', '`, `-H "Authorization: `. The value must follow as a literal: a template
// (`${token}`, `{token}`), a concatenation (`" + token`) or a variable never matches.
const HEADER = `(?<![A-Za-z0-9_-])authorization["'\`]?\\]?\\s{0,3}(?:=>|:=|[:=,])\\s{0,3}[fr]?["'\`]?\\s{0,3}`;

/** A dotted identifier (`settings.API_TOKEN`, `this.auth.token`) reads like code, not a token. */
const DOTTED_IDENTIFIER = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/;

/**
 * Tokens printed in framework documentation: Django REST framework's TokenAuthentication example; the
 * bearer token of OAuth token introspection's example request (RFC 7662), copied into OAuth servers' doc comments.
 */
const DOCUMENTED_TOKENS = new Set(['9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b', '23410913-abewfq.123483']);

/**
 * A JWT's header alone (`eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9`, `{"alg":"HS256","typ":"JWT"}`): the opening every
 * HS256 token shares, written where documentation or a test shows the header's shape and cuts the token there.
 * Without claims and a signature it authenticates nothing.
 */
function isJwtHeaderAlone(token: string): boolean {
  if (token.includes('.') || token.length > 200) return false;
  try {
    const header: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    return typeof header === 'object' && header !== null && typeof (header as Record<string, unknown>)['alg'] === 'string';
  } catch {
    return false;
  }
}

/**
 * True when a bearer value looks random rather than like a name or a documentation sample: the header's
 * name is all there is to go on, so a value typed as a sequence (`abcdef0123456789abcdef…`) is a sample.
 */
function isRandomBearer(token: string): boolean {
  if (!/[0-9]/.test(token) || !/[A-Za-z]/.test(token) || DOCUMENTED_TOKENS.has(token) || isPlaceholder(token)) return false;
  if (token.includes('...') || token.includes('…')) return false; // cut short for display: `eyJhbGciOiJI...M3A90LCk`
  if (isConstantName(token)) return false; // a slot's name in capitals (`PERSONAL_ACCESS_TOKEN_FROM_STEP_1`)
  if (shannonEntropy(token) < 3.3) return false;
  if (token.startsWith('eyJ')) {
    if (isJwtHeaderAlone(token)) return false;
    const claims = jwtClaims(token);
    // jwt.io's sample, and a token whose `exp` has passed (every verifier refuses it, as the jwt detector judges)
    return claims === undefined || !(claims['sub'] === '1234567890' || claims['name'] === 'John Doe' || hasExpired(claims));
  }
  return !DOTTED_IDENTIFIER.test(token);
}

/**
 * A web server's or proxy's directive that sets a request header for the upstream it forwards to, up to the header's
 * name: nginx's `proxy_set_header` (and `grpc_set_header`), Apache's `RequestHeader set|append|add|merge`, Caddy's
 * `header_up`, HAProxy's `http-request set-header|add-header`. The name and the value stand apart, a blank between.
 */
const DIRECTIVE = String.raw`(?<![\w-])(?:proxy_set_header|grpc_set_header|header_up|RequestHeader[ \t]{1,4}(?:set|append|add|merge|setifempty)|http-request[ \t]{1,4}(?:set|add)-header)[ \t]{1,8}["']?`;
const DIRECTIVE_KEYWORDS = ['proxy_set_header', 'grpc_set_header', 'header_up', 'requestheader', 'http-request'];
/** The blanks and quote between a directive's header name and its value. */
const DIRECTIVE_GAP = String.raw`["']?[ \t]{1,8}["']?`;

// The `Token` scheme (Django REST framework, GitHub's older `token <pat>`, Rails' `Token token="…"`)
// carries a bearer token the same way.
const headerFirstBearer: Detector = patternDetector({
  id: 'authorization-bearer-token',
  title: 'Bearer token in an Authorization header',
  severity: 'high',
  priority: 20,
  keywords: ['authorization'],
  pattern: new RegExp(`${HEADER}(?<scheme>bearer|token)\\s{1,3}(?:token=["']?)?(?<secret>[A-Za-z0-9._~+/-]{20,4096}={0,2})(?![A-Za-z0-9._~+/=({\\[$-])`, 'i'),
  validate: isRandomBearer,
  detail: (m) => `${(m.groups?.scheme ?? '').toLowerCase() === 'token' ? 'Token' : 'Bearer'} scheme`,
  remediation:
    'Revoke the token with the service that issued it, then send a token read at runtime from the ' +
    'environment or a secret store instead of a literal header.',
  examples: {
    positive: [
      { text: 'curl -H "Authorization: Bearer 03lnLl8IeQt6q36uOzavjJdw3foDaviV60bN5jkX" https://api.acme.io/v1/orders' },
      { text: "fetch(url, { headers: { Authorization: 'Bearer zD3Hy1gkEMD8G53mOFtExUZDPvgUc1et' } });" },
      { text: 'GET /v1/invoices HTTP/1.1\nAuthorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtYmlsbGluZyIsInNjb3BlIjoiaW52b2ljZXM6d3JpdGUiLCJpYXQiOjE3MTgwMDAwMDB9.CH5RaHkEYuzu2yc16H72U7evyok29sxkNkXu6W6UwMY', path: 'docs/requests.http' },
      { text: 'conn.request("GET", "/", headers={"Authorization": "Bearer 03lnLl8IeQt6q36uOzavjJdw3foDaviV60bN5jkX"})' },
      { text: "req.set('Authorization', 'Bearer zD3Hy1gkEMD8G53mOFtExUZDPvgUc1et');" },
      { text: "curl -H 'Authorization: Token 4f1c0e9a7b3d52e8c6a0f7d1b9e3c5a2d8f6b4e0' https://api.shop.internal/orders/", why: 'Token scheme' },
      { text: 'Authorization: Token token="zD3Hy1gkEMD8G53mOFtExUZDPvgUc1et", email="ops@shop.example.org"', path: 'docs/api.http', why: 'Rails token form' },
      { text: 'request.setValue("Bearer zD3Hy1gkEMD8G53mOFtExUZDPvgUc1et", forHTTPHeaderField: "Authorization")', path: 'Shop/API/Client.swift', why: "Swift's URLRequest: the value before the header's name" },
      { text: '[request setValue:@"Bearer zD3Hy1gkEMD8G53mOFtExUZDPvgUc1et" forHTTPHeaderField:@"Authorization"];', path: 'Shop/APIClient.m', why: 'Objective-C' },
    ],
    negative: [
      { text: 'headers:\n  Authorization: "Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzUxMiJ9"\n', path: 'docs/fixtures/auth.yaml', why: "a JWT's header alone, with no claims or signature" },
      { text: '        Authorization: Token 401f7ac837da42b97f613d789819ff93537bee6a', path: 'site-packages/rest_framework/authentication.py', why: "Django REST framework's docstring example" },
      { text: '  "Authorization": "Bearer eyJhbGciOiJI...Q7vX2mLp9KZO" // an admin role is required', path: 'README.md', why: 'cut short for display' },
      { text: "headers: { Authorization: `Bearer ${process.env.API_TOKEN}` }", why: 'template' },
      { text: 'curl -H "Authorization: Bearer <token>" https://api.acme.io', why: 'placeholder' },
      { text: 'GET http://localhost:9095/app-auth/findPageByQuery\nAuthorization: Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJ1c2VyTmFtZSI6Im9wcyIsImV4cCI6MTY0NjMyMjEyOH0.Qm7vT2xK9pLw4RzN8cYhJ3dGs6Bf1Vn5Xp0Lk2Wq8Ez\n', path: 'admin/src/http/app-auth.http', why: 'a session token that expired in 2022: no verifier accepts it' },
      { text: '  -H "Authorization: Bearer DEPLOY_TOKEN_FROM_STEP_2" \\', path: 'docs/deployment/hosting.md', why: "a slot's name in capitals, numbered for a guide's step" },
      { text: 'headers = {"Authorization": "Bearer " + token}', why: 'concatenation' },
      { text: 'headers = {"Authorization": f"Bearer {token}"}', why: 'f-string' },
      { text: 'Authorization: Bearer $ACCESS_TOKEN', why: 'variable' },
      { text: 'Authorization: Bearer YOUR_ACCESS_TOKEN_GOES_HERE_123', why: 'placeholder words' },
      { text: "Authorization: 'Bearer ' + this.session.accessToken", why: 'concatenation' },
      { text: 'Authorization: Bearer settings.API_TOKEN_V2', why: 'an identifier' },
      { text: 'Authorization: Bearer abc123def456', why: 'too short' },
      { text: '        Authorization: "Token 0123456789abcdef0123456789abcdef01234567"', path: 'collector/metadata.yaml', why: 'typed as counting sequences: a sample' },
      { text: 'Authorization: Token 9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b', why: "Django REST framework's documentation token" },
      { text: '// Authorization: Bearer 23410913-abewfq.123483\n//\n// token=mF_9.B5f-4.1JqM', path: 'oauth2/introspect.go', why: "RFC 7662's example introspection request" },
      { text: "headers = {'Authorization': 'Token ' + api_token}", why: 'concatenation' },
      { text: 'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c', why: 'the jwt.io sample' },
    ],
  },
});

/**
 * Swift's and Objective-C's URLRequest name the header after its value: `request.setValue("Bearer …",
 * forHTTPHeaderField: "Authorization")`, `[request setValue:@"Bearer …" forHTTPHeaderField:@"Authorization"]`.
 */
const valueFirstBearer: Detector = patternDetector({
  id: 'authorization-bearer-token',
  title: 'Bearer token in an Authorization header',
  severity: 'high',
  keywords: ['forhttpheaderfield'],
  keywordCheck: (text, at) => text.startsWith('forHTTPHeaderField', at),
  pattern: /(?<![\w])(?:Bearer|Token|bearer|token)\s{1,3}(?<secret>[A-Za-z0-9._~+/-]{20,2048}={0,2})["']\s{0,3},?\s{0,3}forHTTPHeaderField:\s{0,3}@?"Authorization"/,
  keywordSpan: { before: 2100, after: 40 },
  validate: isRandomBearer,
  detail: () => 'Bearer scheme',
  remediation: '',
  examples: { positive: [], negative: [] },
});

/** `proxy_set_header Authorization "Bearer …";` (nginx), `RequestHeader set Authorization "Bearer …"` (Apache). */
const directiveBearer: Detector = patternDetector({
  id: 'authorization-bearer-token',
  title: 'Bearer token in an Authorization header',
  severity: 'high',
  keywords: DIRECTIVE_KEYWORDS,
  pattern: new RegExp(`${DIRECTIVE}authorization${DIRECTIVE_GAP}(?<scheme>bearer|token)[ \\t]{1,3}(?<secret>[A-Za-z0-9._~+/-]{20,4096}={0,2})(?![A-Za-z0-9._~+/=({\\[$-])`, 'i'),
  keywordSpan: { before: 2, after: 4200 },
  validate: isRandomBearer,
  detail: (m) => `${(m.groups?.scheme ?? '').toLowerCase() === 'token' ? 'Token' : 'Bearer'} scheme, set by a proxy's directive`,
  remediation: '',
  examples: { positive: [], negative: [] },
});

export const authorizationBearerToken: Detector = {
  ...headerFirstBearer,
  keywords: [...headerFirstBearer.keywords, ...valueFirstBearer.keywords, ...DIRECTIVE_KEYWORDS],
  examples: {
    ...headerFirstBearer.examples,
    positive: [
      ...headerFirstBearer.examples.positive,
      { text: 'location /api/ {\n    proxy_pass https://billing.internal;\n    proxy_set_header Authorization "Bearer zD3Hy1gkEMD8G53mOFtExUZDPvgUc1et";\n}\n', path: 'deploy/nginx/site.conf', why: "nginx sends the token to the upstream: it sits in the server's config" },
      { text: 'RequestHeader set Authorization "Bearer 03lnLl8IeQt6q36uOzavjJdw3foDaviV60bN5jkX"\n', path: 'conf/httpd.conf', why: "Apache's mod_headers" },
      { text: 'reverse_proxy reports:8080 {\n\theader_up Authorization "Token 4f1c0e9a7b3d52e8c6a0f7d1b9e3c5a2d8f6b4e0"\n}\n', path: 'Caddyfile', why: "Caddy's header_up" },
      { text: '    http-request set-header Authorization "Bearer zD3Hy1gkEMD8G53mOFtExUZDPvgUc1et"\n', path: 'haproxy/haproxy.cfg', why: "HAProxy's set-header" },
    ],
    negative: [
      ...headerFirstBearer.examples.negative,
      { text: '    proxy_set_header Authorization "Bearer $upstream_token";\n', path: 'deploy/nginx/site.conf', why: 'an nginx variable' },
      { text: '    proxy_set_header Authorization $http_authorization;\n', path: 'deploy/nginx/site.conf', why: "the client's own header passed on" },
      { text: 'RequestHeader unset Authorization\n', path: 'conf/httpd.conf', why: 'removes the header' },
    ],
  },
  *detect(input) {
    yield* headerFirstBearer.detect(input);
    yield* valueFirstBearer.detect(input);
    yield* directiveBearer.detect(input);
  },
};

/** Passwords that mark a documentation or test value rather than a credential. */
const STAND_IN_PASSWORDS = new Set([
  'password', 'passwd', 'pass', 'pwd', 'secret', 'changeme', 'admin', 'root', 'test', 'testing', 'user', 'username',
  'guest', 'demo', 'default', 'foo', 'bar', 'baz', '1234', '12345', '123456', 'letmein', 'token', 'apikey', 'open sesame', 'opensesame',
]);

/**
 * The client credentials of the OAuth RFCs' example requests (RFC 6749's client authentication, RFC 7009's
 * revocation, RFC 7662's introspection), copied with their headers into OAuth servers' and clients' doc comments.
 */
const RFC_CLIENT_CREDENTIALS: ReadonlySet<string> = new Set(['s6BhdRkqt3:gX1fBat3bV']);

/** True when the base64 decodes, canonically, to printable `user:password` with a real-looking password. */
function isBasicCredential(encoded: string): boolean {
  const bytes = decodeBase64(encoded);
  if (!bytes || bytes.toString('base64').replace(/=+$/, '') !== encoded.replace(/=+$/, '')) return false;
  const decoded = bytes.toString('utf8');
  if (!/^[\x20-\x7e\u00a0-\ufffc]+$/.test(decoded)) return false; // printable, no U+FFFD
  const colon = decoded.indexOf(':');
  if (colon < 0) return false;
  const user = decoded.slice(0, colon);
  const password = decoded.slice(colon + 1);
  if (password.length === 0 || password === user || RFC_CLIENT_CREDENTIALS.has(decoded)) return false;
  if (STAND_IN_PASSWORDS.has(password.toLowerCase()) || isPlaceholder(password)) return false;
  return !/^[{<[$%]|[}>\]]$/.test(password); // {password}, <password>, [password], $PASSWORD, %s
}

const headerFirstBasic: Detector = patternDetector({
  id: 'authorization-basic-credentials',
  title: 'Basic credentials in an Authorization header',
  severity: 'high',
  priority: 20,
  keywords: ['authorization'],
  pattern: new RegExp(`${HEADER}basic\\s{1,3}(?<secret>[A-Za-z0-9+/]{8,2048}={0,2})(?![A-Za-z0-9+/=._~-])`, 'i'),
  validate: isBasicCredential,
  remediation:
    'Change the password of the account whose user:password is encoded in the header, then build the ' +
    'header at runtime from credentials kept in the environment or a secret store.',
  examples: {
    positive: [
      { text: 'curl -H "Authorization: Basic ZGVwbG95LWJvdDo2VlhjcFNURzVDcVU3VEE3V2xRVw==" https://registry.acme.io/v2/' },
      { text: "const res = await fetch(url, { headers: { 'Authorization': 'Basic Y2lAYWNtZS5pbzpCSnhkc0txelYzRHpCMjNaITJRTlc=' } });" },
      { text: 'Authorization: Basic ZGVwbG95LWJvdDo2VlhjcFNURzVDcVU3VEE3V2xRVw', path: 'docs/request.http', why: 'unpadded' },
    ],
    negative: [
      { text: 'Authorization: Basic YWRtaW46YWRtaW4=', why: 'admin:admin' },
      { text: 'Authorization: Basic dXNlcjpwYXNzd29yZA==', why: 'user:password' },
      { text: 'Authorization: Basic YWxpYmFiYTpvcGVuc2VzYW1l', why: 'the open-sesame password of RFC examples' },
      { text: 'Authorization: Basic ZGVwbG95OiR7REVQTE9ZX1BBU1NXT1JEfQ==', why: 'deploy:${DEPLOY_PASSWORD}' },
      { text: 'Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==', why: 'the RFC sample' },
      { text: '//\tPOST /revoke HTTP/1.1\n//\tAuthorization: Basic czZCaGRSa3F0MzpnWDFmQmF0M2JW', path: 'oauth2/revocation_handler.go', why: "the OAuth RFCs' example client (s6BhdRkqt3)" },
      { text: 'Authorization: Basic ${btoa(user + ":" + pass)}', why: 'template' },
      { text: 'Authorization: Basic ZGVwbG95LWJvdDo2VlhjcFNURzVDcVU3VEE3V2xRVw=x', why: 'not base64' },
      { text: "headers['Authorization'] = 'Basic ' + base64(user + ':' + password)", why: 'concatenation' },
      { text: 'Authorization: Basic SGVsbG8gd29ybGQgZnJvbSBiYXNlNjQ=', why: 'decodes to text without a colon' },
      { text: 'proxy_set_header Authorization "Basic $basic_credentials";\n', path: 'nginx/site.conf', why: 'an nginx variable' },
    ],
    knownMisses: [
      { text: 'Authorization: Basic amp4bzNYMmFERnFVMWpyMnNEdU5HbjBmOg==', why: 'API key as the user name, empty password' },
    ],
  },
});

/** `proxy_set_header Authorization "Basic …";` and the other directives of DIRECTIVE. */
const directiveBasic: Detector = patternDetector({
  id: 'authorization-basic-credentials',
  title: 'Basic credentials in an Authorization header',
  severity: 'high',
  keywords: DIRECTIVE_KEYWORDS,
  pattern: new RegExp(`${DIRECTIVE}authorization${DIRECTIVE_GAP}basic[ \\t]{1,3}(?<secret>[A-Za-z0-9+/]{8,2048}={0,2})(?![A-Za-z0-9+/=._~-])`, 'i'),
  keywordSpan: { before: 2, after: 2200 },
  validate: isBasicCredential,
  detail: () => "set by a proxy's directive",
  remediation: '',
  examples: { positive: [], negative: [] },
});

export const authorizationBasicCredentials: Detector = {
  ...headerFirstBasic,
  keywords: [...headerFirstBasic.keywords, ...DIRECTIVE_KEYWORDS],
  examples: {
    ...headerFirstBasic.examples,
    positive: [
      ...headerFirstBasic.examples.positive,
      { text: 'location /registry/ {\n  proxy_set_header Authorization "Basic ZGVwbG95LWJvdDo2VlhjcFNURzVDcVU3VEE3V2xRVw==";\n}\n', path: 'nginx/conf.d/registry.conf', why: 'nginx logs in to the upstream as deploy-bot' },
    ],
  },
  *detect(input) {
    yield* headerFirstBasic.detect(input);
    yield* directiveBasic.detect(input);
  },
};

// Basic credentials written as `user:password` and encoded in code, the header's value before it is one:
// `'Basic ' + Buffer.from('svc:…').toString('base64')`, `btoa('svc:…')`, Python's `b64encode(b"svc:…")`, Java's
// `encodeToString("svc:…".getBytes())`, .NET's `ToBase64String(Encoding.ASCII.GetBytes("svc:…"))`, Go's
// `EncodeToString([]byte("svc:…"))`, Ruby's `strict_encode64`, PHP's `base64_encode`, Dart's
// `base64Encode(utf8.encode('svc:…'))`. The literal is the pair
// in clear; a template or a concatenation (`user + ':' + pass`) never matches.
const ENCODERS = ['btoa(', 'buffer.from(', 'b64encode(', 'encodetostring(', 'tobase64string(', 'encode64(', 'base64_encode(', 'base64encode('];

export const encodedBasicCredentials: Detector = patternDetector({
  id: 'encoded-basic-credentials',
  title: 'user:password literal encoded for a Basic Authorization header',
  severity: 'high',
  priority: 20,
  keywords: ENCODERS,
  pattern:
    /(?<![\w$])(?:btoa|Buffer\.from|b64encode|encodeToString|EncodeToString|ToBase64String|encode64|strict_encode64|base64_encode|base64Encode)\([ \t]{0,4}(?:Encoding\.\w{2,16}\.GetBytes\([ \t]{0,4}|\[\]byte\([ \t]{0,4}|(?:utf8|ascii|latin1)\.encode\([ \t]{0,4}|b(?=["']))?(?<q>["'])(?<user>[\w.@+-]{1,64}):(?<secret>[^"'\s:\\$/{}]{4,128})\k<q>/,
  keywordSpan: { before: 32, after: 300 },
  validate: (secret, m) =>
    !isPlaceholderPassword(secret, m.groups?.['user'] ?? '') && (isSecretLiteral(secret) || isWeakCredentialLiteral(secret, 'password')),
  detail: () => 'user:password encoded in code',
  remediation:
    'Change the password, then build the header at run time from a user and a password read from the environment or a ' +
    'secret store (`Buffer.from(`${user}:${password}`)`), or use the HTTP client\'s own basic-auth option with those values.',
  examples: {
    positive: [
      { text: "const headers = { Authorization: 'Basic ' + Buffer.from('svc-reports:Kw3nP7zQr1xT').toString('base64') };", path: 'src/client.js' },
      { text: 'auth = base64.b64encode(b"svc-reports:Zt9q!W3xkP2m").decode()', path: 'tools/export.py', why: 'Python bytes' },
      { text: 'String auth = Base64.getEncoder().encodeToString("svc-reports:Hq7vR2mLp9xT".getBytes(StandardCharsets.UTF_8));', path: 'src/main/java/shop/Client.java' },
      { text: 'var auth = Convert.ToBase64String(Encoding.ASCII.GetBytes("svc-reports:Rk5nQx8mVz2w"));', path: 'src/Shop/Client.cs' },
      { text: 'req.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte("ci-bot:Vq3kXm8zNw6p")))', path: 'internal/client.go' },
      { text: "final auth = 'Basic ' + base64Encode(utf8.encode('ci-bot:Vq3kXm8zNw6p'));", path: 'lib/api/client.dart', why: "Dart's convert library" },
    ],
    negative: [
      { text: "const headers = { Authorization: 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64') };", why: 'a template' },
      { text: "const auth = btoa(user + ':' + pass);", why: 'a concatenation' },
      { text: "const auth = btoa('admin:admin');", why: 'the user name again' },
      { text: "const auth = btoa('user:password');", why: 'stand-ins' },
      { text: "const uri = Buffer.from('data:image/png').toString('base64');", why: 'a data URI prefix, no password' },
      { text: "const tag = Buffer.from('key:value').toString('hex');", why: 'a word' },
    ],
  },
});

// A credential in a custom request header given on a command line: `curl -H "X-API-Key: …"`, `--header`,
// wget's `--header=`. The header's name says what the value is, as `Authorization` does (`X-API-Key`,
// `X-Auth-Token`, `X-Algolia-API-Key`, `Private-Token`), judged as the generic detector judges a setting's
// name (kit/names.ts): an anti-forgery token (`X-CSRF-Token`), an idempotency, routing or cache key, a
// WebSocket handshake key are no credentials.

const onCommandLine: Detector = patternDetector({
  id: 'header-credential',
  title: 'Credential in a request header on a command line, in an HTTP request file or in a proxy directive',
  severity: 'high',
  priority: 20,
  keywords: ['-key:', 'apikey:', '-token:', 'token:', '-secret:'],
  pattern: /(?:(?<![\w-])-H[ \t]{0,4}|--header[ \t=]{1,4})["']?(?<name>[A-Za-z][A-Za-z0-9-]{1,60})[ \t]{0,2}:[ \t]{0,4}(?<secret>[A-Za-z0-9._~+/-]{16,512}={0,2})(?=["'\s]|$)/i,
  keywordSpan: { before: 80, after: 600 },
  validate: (secret, m) => isCredentialHeader(m.groups?.['name'] ?? '', secret),
  detail: (m) => `the ${m.groups?.['name'] ?? ''} header`,
  remediation:
    'Revoke the key or token with the service that issued it, then send a value read at runtime from the environment or a ' +
    'secret store (`-H "X-API-Key: $API_KEY"`) instead of a literal header.',
  examples: {
    positive: [
      { text: 'curl -H "X-API-Key: 7d4Fq2wZk9Lm3Xp8Rt5Vb1Nc6Hy0Js4G" https://api.shop.internal/v1/orders', path: 'scripts/orders.sh' },
      { text: "curl -s --header 'X-Auth-Token: Qm7vX2kLp9RtZ4wN8cYb3HfJ6dGs' https://monitor.shop.internal/api/v2/hosts", path: 'docs/monitoring.md' },
      { text: 'wget --header="X-Algolia-API-Key: 9c1f4e8a27b35d60e4a1c9f2b7d3e85a" -qO- https://q7wx2lmb9k-dsn.algolia.net/1/indexes', path: 'tools/reindex.sh' },
      { text: '      run: curl -fsS -X POST -H "Private-Token: Zt9qW3xkP2mLr8Vn5Bc1Hd7Fg4Js6Ky0" "$CI_API_V4_URL/projects"', path: '.gitlab-ci.yml' },
      { text: '### list orders\nGET https://api.shop.internal/v1/orders\nX-API-Key: 7d4Fq2wZk9Lm3Xp8Rt5Vb1Nc6Hy0Js4G\nAccept: application/json\n', path: 'requests/orders.http', why: "an HTTP request file (VS Code's REST Client, JetBrains' HTTP client)" },
    ],
    negative: [
      { text: 'curl -H "X-API-Key: $API_KEY" https://api.shop.internal/v1/orders', why: 'a variable' },
      { text: 'curl -H "X-API-Key: <your-api-key>" https://api.shop.internal/v1/orders', why: 'a placeholder' },
      { text: 'curl -H "X-CSRF-Token: 7d4Fq2wZk9Lm3Xp8Rt5Vb1Nc6Hy0Js4G" https://shop.internal/cart', why: 'an anti-forgery token' },
      { text: 'curl -H "Idempotency-Key: 7d4Fq2wZk9Lm3Xp8Rt5Vb1Nc6Hy0Js4G" https://api.shop.internal/v1/charges', why: 'names a request, grants nothing' },
      { text: 'curl -H "X-API-Key: 0123456789abcdef0123456789abcdef" https://api.shop.internal/v1/orders', why: 'typed as counting sequences: a sample' },
      { text: 'api-key: 7d4Fq2wZk9Lm3Xp8Rt5Vb1Nc6Hy0Js4G', path: 'config/app.yml', why: "a setting, not a header on a command line (the generic detector's)" },
      { text: 'curl -H "Authorization: Token 7d4Fq2wZk9Lm3Xp8Rt5Vb1Nc6Hy0Js4G" https://api.shop.internal', why: "the Authorization header is authorization-bearer-token's" },
      { text: 'GET https://api.shop.internal/v1/orders\nX-API-Key: {{apiKey}}\n', path: 'requests/orders.http', why: "a request file's variable" },
      { text: 'x-api-key: 7d4Fq2wZk9Lm3Xp8Rt5Vb1Nc6Hy0Js4G\n', path: 'notes/headers.txt', why: 'a header line outside a request file' },
    ],
  },
});

/** A header line of an HTTP request file: `X-API-Key: …` at the start of a line. */
const HEADER_LINE = /^(?<name>[A-Za-z][A-Za-z0-9-]{1,60})[ \t]{0,2}:[ \t]{0,4}(?<secret>[A-Za-z0-9._~+/-]{16,512}={0,2})[ \t]*\r?$/gm;
/** Request files of VS Code's REST Client and JetBrains' HTTP client. */
const HTTP_FILE = /\.(?:http|rest)$/i;

function isCredentialHeader(name: string, secret: string): boolean {
  return name.toLowerCase() !== 'authorization' && isSecretName(name) && !namesNonCredential(name) && isRandomBearer(secret);
}

function* headerLines(text: string): Iterable<Match> {
  for (const m of text.matchAll(HEADER_LINE)) {
    const { name = '', secret = '' } = m.groups ?? {};
    if (!isCredentialHeader(name, secret)) continue;
    const start = (m.index ?? 0) + m[0].indexOf(secret, name.length + 1);
    yield { start, end: start + secret.length, secret, detail: `the ${name} header` };
  }
}

/** A custom credential header a proxy's directive sets: `proxy_set_header X-Api-Key "…";`, `RequestHeader set X-Auth-Token …`. */
const byDirective: Detector = patternDetector({
  id: 'header-credential',
  title: 'Credential in a request header on a command line, in an HTTP request file or in a proxy directive',
  severity: 'high',
  keywords: DIRECTIVE_KEYWORDS,
  pattern: new RegExp(`${DIRECTIVE}(?<name>[A-Za-z][A-Za-z0-9-]{1,60})${DIRECTIVE_GAP}(?<secret>[A-Za-z0-9._~+/-]{16,512}={0,2})(?=["';\\s]|$)`, 'i'),
  keywordSpan: { before: 2, after: 700 },
  validate: (secret, m) => isCredentialHeader(m.groups?.['name'] ?? '', secret),
  detail: (m) => `the ${m.groups?.['name'] ?? ''} header, set by a proxy's directive`,
  remediation: '',
  examples: { positive: [], negative: [] },
});

/**
 * A credential in a custom request header: on a command line anywhere, as a header line in an HTTP request file
 * (.http, .rest), where requests are written as raw HTTP and often kept beside the code, and in a web server's or
 * proxy's directive that adds it to what it forwards (DIRECTIVE).
 */
export const headerCredential: Detector = {
  ...onCommandLine,
  keywords: [...onCommandLine.keywords, ...DIRECTIVE_KEYWORDS],
  examples: {
    ...onCommandLine.examples,
    positive: [
      ...onCommandLine.examples.positive,
      { text: 'location /search/ {\n    proxy_set_header X-Api-Key 7d4Fq2wZk9Lm3Xp8Rt5Vb1Nc6Hy0Js4G;\n    proxy_pass https://search.internal;\n}\n', path: 'deploy/nginx/default.conf', why: "nginx's proxy_set_header" },
      { text: 'RequestHeader set X-Auth-Token "Qm7vX2kLp9RtZ4wN8cYb3HfJ6dGs"\n', path: 'apache/vhost.conf', why: "Apache's RequestHeader" },
    ],
    negative: [
      ...onCommandLine.examples.negative,
      { text: '    proxy_set_header X-Api-Key $api_key;\n', path: 'deploy/nginx/default.conf', why: 'an nginx variable' },
      { text: '    proxy_set_header X-Request-Id 7d4Fq2wZk9Lm3Xp8Rt5Vb1Nc6Hy0Js4G;\n', path: 'deploy/nginx/default.conf', why: 'names a request, grants nothing' },
      { text: '    proxy_set_header Host api.shop.internal;\n', path: 'deploy/nginx/default.conf', why: 'no credential header' },
    ],
  },
  *detect(input) {
    yield* onCommandLine.detect(input);
    if (HTTP_FILE.test(input.path)) yield* headerLines(input.text);
    yield* byDirective.detect(input);
  },
};
