import { describe, expect, it } from 'vitest';
import { logFileSecret } from '../../../detectors/logs/log-file-secret.js';

/** [matched text, detail] per match; every match's secret is the matched text. */
const run = (text: string, path = 'app.log'): [string, string | undefined][] =>
  [...logFileSecret.detect({ path, text })].map((m) => {
    expect(m.secret).toBe(text.slice(m.start, m.end));
    return [text.slice(m.start, m.end), m.detail];
  });

const TOKEN = 'flE7ivLRqKrb2LLaabTwqKIQ8ipZ47dY';

describe('log-file-secret', () => {
  it.each([
    [`Authorization: Bearer ${TOKEN}`, TOKEN, 'Authorization header (Bearer)'],
    [`authorization=token ${TOKEN}`, TOKEN, 'Authorization header (Token)'],
    [`{\\"Authorization\\":\\"Bearer ${TOKEN}\\"}`, TOKEN, 'Authorization header (Bearer)'],
    ['Proxy-Authorization: Basic Y2ktYm90Olp0OXFXM3hrUDJt', 'Y2ktYm90Olp0OXFXM3hrUDJt', 'Authorization header (Basic)'],
    [`GET /x?api_key=${TOKEN}&page=2`, TOKEN, '"api_key" field'],
    [`level=debug client_secret=${TOKEN} user=bob`, TOKEN, '"client_secret" field'],
    [`{"refresh_token": "${TOKEN}"}`, TOKEN, '"refresh_token" field'],
    [`body={\\"access_token\\":\\"${TOKEN}\\"}`, TOKEN, '"access_token" field'],
    ['login ok user=bob passwd=Tr0ub4dor&3', 'Tr0ub4dor', '"passwd" field'],
    ['token=YWJjZGVmZ2hpamtsbW5vcDEyMzQ1Ng==&x=1', 'YWJjZGVmZ2hpamtsbW5vcDEyMzQ1Ng==', '"token" field'],
    [`Cookie: theme=dark; remember_token=${TOKEN}`, TOKEN, 'cookie "remember_token"'],
    [`Set-Cookie: _app_session=${TOKEN}; Path=/; Expires=Wed, 21 Oct 2026 07:28:00 GMT; HttpOnly`, TOKEN, 'cookie "_app_session"'],
  ])('%s → %s', (line, secret, detail) => {
    expect(run(`2024-05-01 DEBUG ${line}\n`)).toEqual([[secret, detail]]);
  });

  it.each([
    'Authorization: Bearer ***', 'Authorization: Bearer [REDACTED]', 'Authorization: Bearer <hidden>',
    'Authorization: Bearer ${TOKEN}', 'Authorization: Bearer xxxxxxxxxxxxxxxxxxxx', 'Authorization: Bearer flE7…',
    'Authorization: Basic Y2ktYm90Og==', 'Authorization: Bearer', 'Authorization: Basic ****************',
    'api_key=***', 'api_key=[FILTERED]', 'api_key=<api-key>', 'api_key=%s', 'password=', 'password=null', 'password=*****',
    'password=(hidden)', 'password=REDACTED', 'password_reset=1', 'password_length=12', 'token_type=Bearer',
    'token=abc', 'tokens=12', 'secret==x', '"token": 42', 'token: expired', 'Cookie: _ga=GA1.2.1234567890.1714550000',
    'Cookie: csrftoken=' + TOKEN, 'Set-Cookie: sessionid=; Max-Age=0', 'Set-Cookie: theme=dark; Domain=' + TOKEN,
  ])('no finding: %s', (line) => {
    expect(run(`2024-05-01 DEBUG ${line}\n`)).toEqual([]);
  });

  it('skips the keyed hashes an audit log writes instead of values (Vault: hmac-sha256:<hex>)', () => {
    const hmac = 'hmac-sha256:f4e5ecdb7c0fb6043f184113483b7074ba611840336f9f946124fb8e1a3361e9';
    expect(run(`{"auth":{"client_token":"${hmac}","accessor":"${hmac}"},"request":{"data":{"password":"${hmac}","secret_id_num_uses":"${hmac}"}}}\n`)).toEqual([]);
    // the same line with the value itself is still reported
    expect(run(`{"auth":{"client_token":"${TOKEN}"}}\n`)).toEqual([[TOKEN, '"client_token" field']]);
  });

  it('reads HAR header, cookie and parameter objects across lines', () => {
    const har = [
      '{"log": {"entries": [{"request": {',
      '  "headers": [',
      '    {"name": "Accept", "value": "application/json"},',
      '    {',
      `      "name": "x-api-key",`,
      `      "value": "${TOKEN}"`,
      '    },',
      `    {"name": "Cookie", "value": "a=1; sessionid=8ipZ47dYwy5GXINDWA0ukIHp"}`,
      '  ],',
      '  "cookies": [{"name": "sessionid", "value": "8ipZ47dYwy5GXINDWA0ukIHp"}, {"name": "_ga", "value": "GA1.2.1.2"}],',
      '  "queryString": [{"name": "password", "value": "Hq7vR2mLp9xT"}, {"name": "q", "value": "shoes"}]',
      '}}]}}',
    ].join('\n');
    expect(run(har, 'capture.har')).toEqual([
      [TOKEN, '"x-api-key" header'],
      ['8ipZ47dYwy5GXINDWA0ukIHp', 'cookie "sessionid"'],
      ['8ipZ47dYwy5GXINDWA0ukIHp', 'cookie "sessionid"'],
      ['Hq7vR2mLp9xT', '"password" field'],
    ]);
  });

  it('reports each value once even when two scanners see it', () => {
    expect(run(`Authorization=Bearer ${TOKEN}\n`)).toHaveLength(1);
  });
});
