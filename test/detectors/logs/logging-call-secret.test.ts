import { describe, expect, it } from 'vitest';
import { loggingCallSecret } from '../../../detectors/logs/logging-call-secret.js';

/** [printed expression, detail] per match. */
const run = (path: string, text: string): [string, string | undefined][] =>
  [...loggingCallSecret.detect({ path, text })].map((m) => {
    expect(m.secret).toBeUndefined();
    return [text.slice(m.start, m.end), m.detail];
  });

describe('logging-call-secret: printed secrets', () => {
  it.each([
    ['a.ts', 'const token = await auth.login(user)\nconsole.log(token)', 'token', 'console.log'],
    ['a.ts', 'console.error("auth failed", user.password)', 'user.password', 'console.error'],
    ['a.ts', 'console.log(`key=${apiKey}`)', 'apiKey', 'console.log'],
    ['a.ts', 'console.log("key=" + this.apiKey)', 'this.apiKey', 'console.log'],
    ['a.ts', 'this.logger.debug({ userId, accessToken })', 'accessToken', 'this.logger.debug'],
    ['a.ts', 'logger.info({ token: session.refreshToken })', 'session.refreshToken', 'logger.info'],
    ['a.ts', 'log.debug("x", JSON.stringify(credentials))', 'credentials', 'log.debug'],
    ['a.ts', 'console.log(process.env.STRIPE_SECRET_KEY)', 'process.env.STRIPE_SECRET_KEY', 'console.log'],
    ['a.ts', 'console.log(req.headers.authorization)', 'req.headers.authorization', 'console.log'],
    ['a.ts', 'const token = jwt.sign(claims, key)\nconsole.log(token!.toString())', 'token!', 'console.log'],
    ['a.js', 'console.log(\n  "multi-line",\n  secret,\n)', 'secret', 'console.log'],
    ['a.js', 'process.stdout.write(apiToken)', 'apiToken', 'process.stdout.write'],
    ['a.py', 'print(password)', 'password', 'print'],
    ['a.py', 'logging.info(f"key={api_key}")', 'api_key', 'logging.info'],
    ['a.py', 'logger.debug("%s", secret)', 'secret', 'logger.debug'],
    ['a.py', 'logger.debug("key=%s" % self.api_key)', 'self.api_key', 'logger.debug'],
    ['a.py', 'log.info("creds: {}".format(creds))', 'creds', 'log.info'],
    ['a.py', 'token = oauth.fetch_token(url)\nprint(f"{token=}")', 'token', 'print'],
    ['a.py', "print(os.environ['API_KEY'])", "os.environ['API_KEY']", 'print'],
    ['a.py', 'print(os.getenv("DB_PASSWORD"))', 'os.getenv("DB_PASSWORD")', 'print'],
    ['a.py', 'print("pw", str(password), sep=": ")', 'password', 'print'],
    ['a.go', 'log.Printf("%s", secret)', 'secret', 'log.Printf'],
    ['a.go', 'token, err := auth.Login(ctx, user)\nfmt.Println(token)', 'token', 'fmt.Println'],
    ['a.go', 'log.Println(cfg.APIKey)', 'cfg.APIKey', 'log.Println'],
    ['a.go', 'fmt.Fprintf(os.Stderr, "t=%s", *apiToken)', 'apiToken', 'fmt.Fprintf'],
    ['a.go', 'slog.Info("login", "password", pass)', 'pass', 'slog.Info'],
    ['a.go', 'logger.Info("auth", zap.String("token", accessToken))', 'accessToken', 'logger.Info'],
    ['A.java', 'System.out.println(password);', 'password', 'System.out.println'],
    ['A.java', 'String token = oauthClient.refresh();\nlogger.info("token {}", token);', 'token', 'logger.info'],
    ['A.java', 'log.debug("pw=" + user.getPassword());', 'user.getPassword()', 'log.debug'],
    ['A.java', 'LOGGER.warn(String.format("key %s", apiKey));', 'apiKey', 'LOGGER.warn'],
    ['A.java', 'Log.d(TAG, authToken);', 'authToken', 'Log.d'],
    ['a.rb', 'puts api_key', 'api_key', 'puts'],
    ['a.rb', 'Rails.logger.info(auth_token)', 'auth_token', 'Rails.logger.info'],
    ['a.rb', 'logger.debug "login #{password}"', 'password', 'logger.debug'],
    ['a.rb', '@logger.info { "token=#{@access_token}" }', '@access_token', '@logger.info'],
    ['a.rb', "  puts ENV['SECRET_KEY_BASE'] if debug", "ENV['SECRET_KEY_BASE']", 'puts'],
    ['a.sh', 'echo $API_TOKEN', 'API_TOKEN', 'echo'],
    ['a.sh', 'echo "${DB_PASSWORD}"', 'DB_PASSWORD', 'echo'],
    ['a.sh', "printf '%s' \"$SECRET\"", 'SECRET', 'printf'],
    ['a.sh', 'if true; then echo "pw: ${DB_PASSWORD:-unset}" >&2; fi', 'DB_PASSWORD', 'echo'],
    ['a.sh', 'echo "$GITHUB_TOKEN" && exit 1', 'GITHUB_TOKEN', 'echo'],
  ])('%s: %s', (path, code, printed, callee) => {
    expect(run(path, `${code}\n`)).toEqual([[printed, expect.stringMatching(new RegExp(`^${callee.replace(/[.$*]/g, '\\$&')} prints "${printed.replace(/[.$*()[\]!]/g, '\\$&')}", (?:a name that holds|a credential token here)`))]]);
  });
});

describe('logging-call-secret: not findings', () => {
  it.each([
    ['a.ts', 'console.log("invalid password")'],
    ['a.ts', 'console.log(`token expired for ${user.id}`)'],
    ['a.ts', 'console.log(mask(token), redact(secret), sanitize(password), hash(apiKey))'],
    ['a.ts', 'console.log(password.length, token.slice(0, 4), "*".repeat(secret.length))'],
    ['a.ts', 'console.log(tokenizer, tokens, token.type, passwordInput, hasToken, isPasswordValid)'],
    ['a.ts', 'console.log(authService, tokenManager, auth, session)'],
    ['a.ts', 'console.error(`Session: ${sessionFolder}`)'],
    ['a.ts', 'console.log(token)'], // a bare token, nothing telling it is a credential
    ['a.js', 'for (const token of tokens) console.dir(token, { depth: null })'],
    ['a.ts', 'console.log(token ? "set" : "unset")'],
    ['a.ts', '// console.log(token)'],
    ['a.ts', 'const s = "console.log(" + x'],
    ['a.ts', 'audit.info(token)'],
    ['a.ts', 'dialog.info(token)'],
    ['a.py', 'print("token expired")'],
    ['a.py', 'print(len(password))'],
    ['a.py', 'logger.debug("key=%s", api_key[:4])'],
    ['a.py', 'print("{token}")'],
    ['a.py', '# print(password)'],
    ['a.py', 'print(password_hash, token_type, secret_name, api_key_id)'],
    ['a.go', 'fmt.Fprintf(w, "%s", token)'],
    ['a.go', 'log.Printf("%d", len(secret))'],
    ['a.go', 'fmt.Sprintf("%s", token)'],
    ['A.java', 'System.out.println("password: " + mask(password));'],
    ['A.java', 'logger.info("token length {}", token.length());'],
    ['a.rb', 'puts "api_key missing"'],
    ['a.rb', "puts 'token #{token}'"],
    ['a.rb', 'puts token.first(4)'],
    ['a.sh', 'echo "$DB_PASSWORD" | docker login --password-stdin'],
    ['a.sh', 'echo "token=$API_TOKEN" >> "$GITHUB_OUTPUT"'],
    ['a.sh', 'echo "$KEY" > key.pem'],
    ['a.sh', "echo '$API_TOKEN'"],
    ['a.sh', 'echo "${#API_TOKEN} ${API_TOKEN:0:4} ${API_TOKEN//?/*}"'],
    ['a.sh', 'B64=$(echo -n "$SECRET" | base64)'],
    ['a.sh', 'X=`echo $SECRET`'],
    ['a.sh', 'echo "::add-mask::$API_TOKEN"'],
    ['a.sh', 'echo "$PWD"'],
    ['a.sh', '# echo $API_TOKEN'],
    ['a.txt', 'console.log(token)'],
  ])('%s: %s', (path, code) => {
    expect(run(path, `${code}\n`)).toEqual([]);
  });

  it('points at each printed identifier, with exact offsets, in a larger file', () => {
    const text = 'function f() {\n  const t = 1;\n  logger.warn(`retry ${attempt}`, { apiKey, other: 1 }, dbPassword);\n}\n';
    const matches = [...loggingCallSecret.detect({ path: 'src/f.ts', text })];
    expect(matches.map((m) => [m.start, m.end, text.slice(m.start, m.end)])).toEqual([
      [text.indexOf('apiKey'), text.indexOf('apiKey') + 6, 'apiKey'],
      [text.indexOf('dbPassword'), text.indexOf('dbPassword') + 10, 'dbPassword'],
    ]);
  });
});

describe('logging-call-secret: Python numbers and docstring examples', () => {
  it('skips an argument under a numeric conversion, keeps one under %s', () => {
    const text = 'if len(key) < SIGNING_KEY_BYTES:\n    log.warning(\n        "key is %i bytes, want %d",\n        len(key),\n        SIGNING_KEY_BYTES,\n    )\n';
    expect(run('app/keys.py', text)).toEqual([]);
    expect(run('app/keys.py', 'log.warning("key is %i bytes: %s", n, SIGNING_KEY_BYTES)\n').map(([e]) => e)).toEqual(['SIGNING_KEY_BYTES']);
    expect(run('app/keys.py', 'log.warning("%(n)d: %s", api_token)\n').map(([e]) => e)).toEqual(['api_token']);
  });

  it('skips calls in a fenced example of a docstring longer than 1 KiB, not code after it', () => {
    const args = Array.from({ length: 30 }, (_, i) => `            field_${i}: what the ${i}th field of the settings holds.\n`).join('');
    const doc = `    def split(cfg):\n        """Split the secrets out.\n\n        Args:\n${args}\n        Example:\n        \`\`\`python\n        plain, creds = split(cfg)\n        print(creds)\n        \`\`\`\n        """\n`;
    expect(run('pkg/io/resolver.py', doc)).toEqual([]);
    expect(run('pkg/io/resolver.py', `${doc}        creds = load()\n        print(creds)\n`).map(([e]) => e)).toEqual(['creds']);
  });
});

describe('logging-call-secret: Go numbers under a printf verb', () => {
  it('skips an argument under %d, %o or a float verb of a formatting call', () => {
    expect(run('cmd/passwd.go', 'log.Infof("enter a new password for %s (%d-%d characters)\\n", name, minLen, txt.ClipPassword)\n')).toEqual([]);
    expect(run('cmd/keys.go', 'fmt.Printf(`key is %d bytes, ratio %.2f`, keyBits, tokenRatio)\n')).toEqual([]);
  });

  it('keeps one under %s, %x or %v, after an explicit index, or in a call that does not format', () => {
    expect(run('cmd/passwd.go', 'log.Infof("%d: %s", n, txt.ClipPassword)\n').map(([e]) => e)).toEqual(['txt.ClipPassword']);
    expect(run('cmd/keys.go', 'log.Printf("key %x", signingKey)\n').map(([e]) => e)).toEqual(['signingKey']);
    expect(run('cmd/keys.go', 'log.Printf("%[2]d %[1]s", apiToken, n)\n').map(([e]) => e)).toEqual(['apiToken']);
    expect(run('cmd/keys.go', 'log.Println("%d", apiToken)\n').map(([e]) => e)).toEqual(['apiToken']);
  });
});

describe('logging-call-secret: a name tested as a file path', () => {
  const check = 'if not os.path.isfile(signing_key):\n';
  const call = '    print("signing key %s is missing" % signing_key)\n';

  it('skips a name tested as a file within the 8 lines above the call', () => {
    expect(run('build/sign.py', check + '    pass\n'.repeat(6) + call)).toEqual([]);
    expect(run('tools/release.go', 'if _, err := os.Stat(privateKey); err != nil {\n\tlog.Printf("no key at %s", privateKey)\n}\n')).toEqual([]);
  });

  it('keeps it when the test is farther up, tests another name, or sits past 1 KiB of one long line', () => {
    expect(run('build/sign.py', check + '    pass\n'.repeat(9) + call).map(([e]) => e)).toEqual(['signing_key']);
    expect(run('build/sign.py', 'if not os.path.isfile(key_file):\n' + call).map(([e]) => e)).toEqual(['signing_key']);
    expect(run('build/sign.py', check.trimEnd() + ' ' + '#'.repeat(2000) + '\n' + call).map(([e]) => e)).toEqual(['signing_key']);
  });
});

describe("logging-call-secret: an app's or a client's key as a segment of a dotted name", () => {
  it('lets the segment go, in JavaScript, Ruby and Python', () => {
    expect(run('a.js', 'console.log(`Running ${appKey}.${toolName} with input:`, input)')).toEqual([]);
    expect(run('a.js', 'logger.warn(`no handler for ${provider}.${clientKey}`)')).toEqual([]);
    expect(run('a.py', 'logging.info(f"step {app_key}.{action_key} done")')).toEqual([]);
  });
  it('still reports the key printed alone, and other keys joined by a dot', () => {
    expect(run('a.js', 'console.log(`app key: ${appKey}`)').map(([e]) => e)).toEqual(['appKey']);
    expect(run('a.js', 'console.log(`${apiKey}.${apiSecret}`)').map(([e]) => e)).toEqual(['apiKey', 'apiSecret']);
    expect(run('a.js', 'console.log(`${appKey}.json`)').map(([e]) => e)).toEqual(['appKey']);
  });
});

describe('logging-call-secret: the key a secret store was asked by', () => {
  it('lets the key go when a lookup took it a few lines above', () => {
    const text = 'const conn = await secretStore.getSecret(\n  ConnSchema,\n  row.config.secretKey\n);\nif (!conn) {\n  console.warn(`Secret "${row.config.secretKey}" not found, skipping`);\n}\n';
    expect(run('a.ts', text)).toEqual([]);
    expect(run('a.ts', 'const v = await sm.getSecretValue({ SecretId: secretKey });\nlogger.info(`loaded ${secretKey}`);\n')).toEqual([]);
  });
  it('still reports it without the lookup, far from it, or a key passed to anything else', () => {
    expect(run('a.ts', 'console.warn(`Secret "${row.config.secretKey}" not found`);\n').map(([e]) => e)).toEqual(['row.config.secretKey']);
    expect(run('a.ts', `const conn = await store.getSecret(secretKey);\n${'step();\n'.repeat(10)}console.log(secretKey);\n`).map(([e]) => e)).toEqual(['secretKey']);
    expect(run('a.ts', 'const c = createClient(secretKey);\nconsole.log(secretKey);\n').map(([e]) => e)).toEqual(['secretKey']);
    expect(run('a.ts', 'const s = await vault.getSecret(path, apiKey);\nconsole.log(apiKey);\n').map(([e]) => e)).toEqual(['apiKey']);
  });
});
