// logging-call-secret judges the printed operand's name as assignments judge names: by what the name
// holds, not by a word it mentions, and the detail says which operand and why.
import { describe, expect, it } from 'vitest';
import { judgePrintedName, TOKEN_IN_CODE } from '../../detectors/logs/printed-names.js';
import { loggingCallSecret } from '../../detectors/logs/logging-call-secret.js';

const details = (path: string, text: string): string[] => [...loggingCallSecret.detect({ path, text })].map((m) => m.detail ?? '');

describe('judgePrintedName', () => {
  it.each([
    ['password', true, 'a password'], ['dbPassword', true, 'a password'], ['apiKey', true, 'an API key'], ['API_KEY', false, 'an API key'],
    ['client_secret', true, 'a secret'], ['accessToken', true, 'a token'], ['GITHUB_TOKEN', true, 'a token'], ['AWS_SECRET_ACCESS_KEY', true, 'an access key'],
    ['credentials', true, 'credentials'], ['privateKey', true, 'a private key'], ['connectionString', true, 'a connection string'], ['dbConnStr', true, 'a connection string'],
    ['tokenValue', true, TOKEN_IN_CODE], ['refreshTokenString', true, 'a token'], ['PASSWORD_B64', false, 'a password'],
    ['token', true, TOKEN_IN_CODE], ['token', false, 'a token'], ['TOKEN', false, 'a token'],
    ['sessionFolder', true, ''], ['sessionId', true, ''], ['tokenType', true, ''], ['authService', true, ''], ['nextToken', true, ''],
    ['csrfToken', true, ''], ['passwordHash', true, ''], ['secretName', true, ''], ['keyboard', true, ''], ['authorName', true, ''],
    ['auth', true, ''], ['session', true, ''], ['cookieName', true, ''], ['tokens', true, ''],
  ] as const)('%s (in code: %s) holds %j', (name, inCode, holds) => {
    expect(judgePrintedName(name, inCode)).toBe(holds);
  });
});

describe('logging-call-secret: the operand and the reason', () => {
  it('reports a password and an API key, naming the operand and what its name holds', () => {
    expect(details('app/login.py', 'logger.info("password=%s", password)\n')).toEqual(['logger.info prints "password", a name that holds a password']);
    expect(details('src/a.ts', 'console.log(apiKey);\n')).toEqual(['console.log prints "apiKey", a name that holds an API key']);
    expect(details('scripts/ci.sh', 'echo "token: $TOKEN"\n')).toEqual(['echo prints "TOKEN", a name that holds a token']);
    expect(details('src/a.ts', 'console.log(process.env.TOKEN);\n')).toEqual(['console.log prints "process.env.TOKEN", a name that holds a token']);
  });

  it('does not report names that only mention a word', () => {
    expect(details('src/cli.ts', 'const sessionFolder = await outputFile(config, `session-${Date.now()}`);\nconsole.error(`Session: ${sessionFolder}`);\n')).toEqual([]);
    expect(details('src/a.ts', 'console.log(authService, tokenType, secretName, sessionStore, passwordHash);\n')).toEqual([]);
    expect(details('scripts/a.sh', 'echo "$SESSION_DIR $TOKEN_FILE $SECRET_NAME"\n')).toEqual([]);
  });

  it('reports a bare token in code beside words of authentication, not beside a lexer', () => {
    expect(details('src/auth.ts', 'const token = await login(user);\nconsole.log(token);\n')).toEqual([
      'console.log prints "token", a credential token here (beside "login", no lexer in sight)',
    ]);
    expect(details('app/oauth.py', 'token = oauth.fetch_token(url)\nprint(token)\n')).toHaveLength(1);
    const composer = '*compose(tokens) {\n  for (const token of tokens) yield* this.next(token);\n}\n*next(token) {\n  if (process.env.LOG_STREAM)\n    console.dir(token, { depth: null });\n  switch (token.type) {\n';
    expect(details('src/yaml/composer.js', composer)).toEqual([]);
    expect(details('src/lexer.ts', 'const token = lexer.next();\nconsole.log(token); // auth grammar\n')).toEqual([]);
    expect(details('src/a.ts', 'function show(token) {\n  console.log(token);\n}\n')).toEqual([]);
  });

  it('stays linear when every call prints a bare token', () => {
    const text = 'console.log(token);\n'.repeat(50_000);
    const t0 = performance.now();
    expect(details('src/a.js', text)).toEqual([]);
    expect(details('src/a.js', `// auth\n${'console.log(token);'.repeat(20)}\n`)).toHaveLength(20);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
