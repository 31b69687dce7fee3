import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { isCredentialSlot, nameParts } from '../../kit/names.js';
import { isSecretLiteral } from '../shared/secret-literal.js';
import { assertedOnLine } from '../../kit/test-material.js';

// A credential handed to a setter or a builder as a literal: `OpenAiApi.builder().apiKey("sk-…")` (Spring
// AI, LangChain4j), `client.setApiKey("…")`, `DataSourceBuilder.create().password("…")`, Go's
// `WithToken("…")`. The method names the slot the way an assignment's left side does, and the literal is
// in the repository as surely. Only a setter's shape counts: a method named for a credential slot
// called on something (`.apiKey(`), or one named set/with and the slot (`setApiKey(`, `WithAccessToken(`),
// with the literal as its only argument. A method that makes, reads or checks a credential is no setter
// (NOT_SETTER), and a lookup on a slot word (`vault.secret("payments-api-key")`) takes a name, which
// isSecretLiteral refuses.
const METHOD = String.raw`(?:(?<=\.)(?<slot>[A-Za-z_][A-Za-z0-9_]{0,60})|(?<![\w$])(?:set|with|Set|With)(?<named>[A-Z_][A-Za-z0-9_]{0,60}))`;
const LITERAL = String.raw`\(\s{0,3}(?<q>["'\x60])(?<secret>[^"'\x60\n\\]{8,300})\k<q>\s{0,3}\)`;

/**
 * First words that make a method something other than a setter: it makes, reads, checks or transforms a
 * credential (`generateSecret("…")`, `validatePassword("…")`, minio's `ParseSecretKey("…")`, Rails's
 * `authenticate_password("…")`), and what it is given is an input to that, not the value a client is
 * configured with.
 */
const NOT_SETTER = new Set([
  'get', 'fetch', 'load', 'read', 'lookup', 'find', 'resolve', 'generate', 'gen', 'create', 'make', 'new', 'validate',
  'verify', 'check', 'is', 'has', 'parse', 'decode', 'encode', 'hash', 'encrypt', 'decrypt', 'sign', 'compare',
  'match', 'remove', 'delete', 'clear', 'reset', 'revoke', 'rotate', 'refresh', 'update', 'change', 'mask', 'redact',
  'log', 'print', 'format', 'to', 'from', 'on', 'handle', 'test', 'expect', 'assert', 'mock', 'stub', 'fake',
  'authenticate', 'login', 'logon', 'signin', 'confirm', 'try', 'attempt',
]);

export const setterCredential: Detector = patternDetector({
  id: 'setter-credential-literal',
  title: 'Credential passed to a setter or builder as a literal',
  policy: 'credentials-from-environment',
  severity: 'medium',
  // below a vendor's detector (40 and up), which keeps a vendor key found here and names this policy too
  priority: 35,
  keywords: ['password', 'passwd', 'secret', 'token', 'apikey', 'api_key', 'accesskey', 'access_key', 'credential'],
  // the method's name holds the keyword: the match starts at most 64 characters before it and ends 320 after
  pattern: new RegExp(String.raw`${METHOD}${LITERAL}`),
  keywordSpan: { before: 64, after: 320 },
  validate: (secret, m, text) => {
    const name = m.groups?.['slot'] ?? m.groups?.['named'] ?? '';
    const first = nameParts(name)[0];
    if (first === undefined || NOT_SETTER.has(first)) return false;
    if (assertedOnLine(text, m.index)) return false;
    if (!isSecretLiteral(secret)) return false;
    // a bare `token` in code is as often a parser's or a paging token's, but an option that sets one
    // (`WithToken("…")`, Laravel's `Http::withToken('…')`, `setToken(…)`) is given a credential of 20 or more
    return isCredentialSlot(name, true) || (/^(?:(?:with|set)_?)?token$/i.test(name) && (m.groups?.['slot'] ?? '').toLowerCase() !== 'token' && secret.length >= 20);
  },
  detail: (m) => `${m.groups?.['slot'] ?? m.groups?.['named'] ?? 'a credential'} is given a literal`,
  remediation:
    'Pass the credential from the environment or a secret manager (System.getenv, process.env, a mounted ' +
    'secret) instead of a literal, and rotate the one committed: every copy of the repository now holds it.',
  examples: {
    positive: [
      {
        text: 'OpenAiApi api = OpenAiApi.builder()\n    .baseUrl("https://llm.internal.example")\n    .apiKey("sk-Kq7WmZ2xLp9RtV4nB8cD3fH6jN1sY5gA0eU7iO2wQ4zX")\n    .build();\n',
        path: 'src/main/java/shop/ai/ChatConfig.java',
        why: "a builder's setter, Spring AI's way",
      },
      { text: '    client.setApiKey("Tq3Lw8Zx2Nv7Kp4Rb9Hs6Jd1");\n', path: 'src/main/java/shop/Mailer.java', why: 'a set-prefixed setter' },
      { text: 'ds := NewClient(endpoint, WithAccessToken("Rk9Ts4Mb7Nc1ZdHq3vXwPb"))\n', path: 'internal/store/client.go', why: "a Go functional option" },
      { text: "const db = knex.builder().user('app').password('Hq7vR2mZx9LwT4kP');\n", path: 'src/db.js' },
      { text: "<?php\n$orders = Http::withToken('Rk9Ts4Mb7Nc1ZdHq3vXwPb')->get($url);\n", path: 'app/Services/Orders.php', why: "Laravel's withToken" },
      { text: 'c := api.NewClient(api.WithToken("Rk9Ts4Mb7Nc1ZdHq3vXwPb"))\n', path: 'cmd/sync/main.go', why: 'a Go option named for the token alone' },
    ],
    negative: [
      { text: '    String key = vault.getSecret("payments-api-key");\n', path: 'src/main/java/shop/Keys.java', why: 'a lookup by name' },
      { text: '    .apiKey(System.getenv("OPENAI_API_KEY"))\n', path: 'src/main/java/shop/ChatConfig.java', why: 'read from the environment' },
      { text: '    .password("changeme")\n', path: 'src/main/java/shop/Db.java', why: 'a stand-in' },
      { text: '    verify(client).setApiKey("Tq3Lw8Zx2Nv7Kp4Rb9Hs6Jd1");\n', path: 'src/test/java/shop/MailerTest.java', why: 'a test verifying what was set' },
      { text: '    lexer.token("IDENTIFIER_WITH_DIGITS_42");\n', path: 'src/parse.js', why: "a parser's token, not a credential slot" },
      { text: '    scanner.token("Rk9Ts4Mb7Nc1ZdHq3vXwPb");\n', path: 'src/parse.js', why: "a bare `.token(…)` reads or makes one: no set or with" },
      { text: '    b.setToken("Rk9Ts4Mb7Nc");\n', path: 'src/parse.js', why: 'shorter than a token a service issues' },
      { text: '    builder.setTokenType("Bearer7Token9Kind");\n', path: 'src/auth.js', why: 'not a credential slot: the kind of token' },
      { text: '    .apiKey("sk-Kq7WmZ2xLp9RtV4nB8cD3fH6jN1sY5gA0eU7iO2wQ4zX", timeout)\n', path: 'src/Chat.java', why: 'not the only argument: not a setter of one value' },
      { text: "    const key = await jose.generateSecret('Hq7vR2mZx9LwT4kP');\n", path: 'src/keys.ts', why: 'a method that makes a secret: its argument is an input' },
      { text: '    if (!auth.validatePassword("Rk9Ts4Mb7Nc1ZdHq3vX")) throw new Error("weak");\n', path: 'src/signup.ts', why: 'a check of a password' },
      { text: "  #   user.authenticate_password('Qm4Xz8Lr2Vw7Tn3Kp') # => user\n", path: 'lib/auth/secure_password.rb', why: 'a password tried against a stored digest' },
    ],
  },
});
