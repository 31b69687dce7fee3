import type { Detector } from '../../src/types.js';
import { keywordRegExp, keywordWindows } from '../kit/keyword-windows.js';
import { SECRET_NAME_KEYWORDS } from '../kit/names.js';
import { loggingCalls } from './call-sites.js';

/**
 * Only the lines around a logging or printing word are parsed, and only when a secret-name keyword
 * (every secret-named identifier contains one) occurs among them.
 */
const SECRET_NAME_FINDER = keywordRegExp(SECRET_NAME_KEYWORDS);
// Specific forms of the logging words: 'log.' and 'log(' rather than 'log' (in 'login', 'catalog'),
// 'print(' and 'println' rather than 'print' (in 'fingerprint', 'blueprint').
const KEYWORDS = [
  'console.', 'print(', 'print ', 'println', 'printf', 'pprint', 'log.', 'log(', 'logger', 'logging', 'slog', 'logrus', 'glog',
  'klog', 'zap.', 'sugar', 'winston', 'pino', 'bunyan', 'signale', 'consola', 'echo ', 'puts ', 'puts(', 'stdout.', 'stderr.',
  'timber', 'dump(', 'debug.write', 'debug.print', 'trace.write', 'trace.trace', 'error_log', 'print_r', 'var_dump', 'var_export',
  'syslog', 'trigger_error', 'log::', 'log->', 'logger->', 'eprintln', 'dbg', 'tracing::',
];
const LOGGING_FINDER = keywordRegExp(KEYWORDS);
/** Lines after the logging word (a call's arguments may run over several); one before, for a receiver on its own line. */
const CALL_LINES = 5;
const LINES_BEFORE = 1;
/** How far past its window a call's printed names are looked for. */
const ARGS_REACH = 1000;
/**
 * Build output: a dist/ folder, a minified file, an asset named by its content hash
 * (`AuthRefreshDocs.1d6e4e08.js`). Its logging calls are copies of the source's, where the fix
 * belongs; every build would report them again (pocketbase's history: 2,293 findings in ui/dist).
 */
const BUILD_OUTPUT = /(?:^|\/)dist\/|\.min\.[cm]?js$|[.-][0-9a-f]{8,20}\.[cm]?js$/;
/**
 * A line this long in a folder of served files is minified code (webpack's `static/js/main.js` committed beside its
 * sources, under a server's `resources/static/`): its calls are copies of the source's too. Hand-written code has
 * no line of 2,000 characters.
 */
const MINIFIED_LINE = 2000;
const SERVED_FILES = /(?:^|\/)(?:static|public|assets|www|wwwroot|webapp|bundles?)\//i;

/** Whether the line holding `at` is minified; the last line measured is kept, for the many calls of one long line. */
function minifiedLines(text: string): (at: number) => boolean {
  let [start, end] = [0, -1];
  return (at) => {
    if (text.length <= MINIFIED_LINE) return false;
    if (at < start || at > end) {
      start = text.lastIndexOf('\n', at - 1) + 1;
      end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
    }
    return end - start > MINIFIED_LINE;
  };
}

// A logging or print call whose printed value is an identifier or property whose name holds a secret,
// judged as assignments judge names (printed-names.ts over kit/names.ts: the slot, not a word it
// mentions): `logger.info(f"key={api_key}")`, `fmt.Println(cfg.APIKey)`, `echo "$DB_PASSWORD"`, and
// a bare `token` in code only beside words of authentication and away from a lexer's. String literals
// that only mention a word, names that only contain one (`sessionFolder`, `tokenType`), and values
// passed through any other function (`mask(token)`, `len(password)`, `token.slice(0, 4)`) are not
// findings. A practice finding: no `secret`; start/end cover the printed expression, and the detail
// names it and what its name holds.
export const loggingCallSecret: Detector = {
  id: 'logging-call-secret',
  title: 'Logging call prints a secret',
  policy: 'no-secrets-in-logs',
  severity: 'medium',
  keywords: KEYWORDS,
  // a call is parsed from its line and the few after it; but a shell `{ … } > file` group, whose echoes write
  // a file and print nothing, may close far below an echo: a file with such a redirect is read whole (a
  // history scan of a changed version saw nextcloud's entrypoint's `?auth=${REDIS_HOST_PASSWORD}` line
  // without the `} > …/redis-session.ini` 14 lines below it); so is a command substitution over several lines
  reach: 'file',
  fileKeywords: ['} >', '$(\n'],
  wholeFilePaths: ['*.sh', '*.bash', '*.zsh', '*.ksh'],
  paths: [
    '*.js', '*.mjs', '*.cjs', '*.jsx', '*.ts', '*.mts', '*.cts', '*.tsx', '*.vue', '*.svelte', '*.py', '*.go', '*.java',
    '*.rb', '*.rake', '*.sh', '*.bash', '*.zsh', '*.ksh', '*.kt', '*.kts', '*.cs', '*.swift', '*.scala', '*.sc', '*.dart', '*.php', '*.phtml', '*.rs',
  ],
  remediation:
    'Remove the secret from the log statement or log a redacted form (a fixed mask or the last 4 characters), and rotate ' +
    'the secret if such logs were ever shipped or stored.',
  // Calls starting in a window are parsed on the whole text, so that a finding does not depend on
  // how windows happened to merge (a history scan of a file's next version sees only its changed lines).
  detect: function* (input) {
    const { path, text } = input;
    if (BUILD_OUTPUT.test(path)) return;
    const onMinifiedLine = SERVED_FILES.test(path) ? minifiedLines(text) : () => false;
    for (const [from, to] of keywordWindows(input, LOGGING_FINDER, CALL_LINES, LINES_BEFORE)) {
      SECRET_NAME_FINDER.lastIndex = 0;
      if (!SECRET_NAME_FINDER.test(text.slice(from, Math.min(text.length, to + ARGS_REACH)))) continue;
      for (const call of loggingCalls(path, text, from, to)) if (!onMinifiedLine(call.start)) yield call;
    }
  },
  examples: {
    positive: [
      { path: 'packages/plugin-keys/src/server/commands/rotate.ts', text: 'const apiKey = await keys.rotate(id);\nconsole.log(`rotated ${id}: ${apiKey}`);\n', why: 'a labelled print in a command: not just its output' },
      { path: 'scripts/rotate.sh', text: 'NOW="$(date +%s)"; echo "new token: $API_TOKEN"\n( cd /srv && echo "password: $DB_PASSWORD" )\n', why: 'after a substitution that closed, and in a subshell: printed' },
      {
        path: 'scripts/show.sh',
        text: 'show_token() {\n    token="$(cat ~/.shop/token)"\n    echo "$token"\n}\n\nshow_token\n',
        why: 'the same function called bare prints the token to the terminal',
      },
      { path: 'src/auth.ts', text: 'const token = await login(user);\nconsole.log(token);\n' },
      { path: 'deploy/bootstrap.py', text: "creds = load_admin()\nsys.stdout.write('admin login: %s\\n' % creds['password'])\n" },
      {
        path: 'functions/src/auth.js',
        text: "const token = await admin.auth().createCustomToken(uid);\nconst decodedToken = jwt.verify(token, key, { complete: true });\nlogger.log('minted', token, decodedToken);\n",
        why: 'a minted custom token; a complete verification answers the signature too',
      },
      { path: 'docker/entrypoint.sh', text: 'export DB_PASSWORD="$(cat /run/secrets/db)"\necho "db password: ${DB_PASSWORD}"\n', why: 'exported by its own name: it holds the value' },
      { path: 'src/client.js', text: 'logger.info(`calling api with key=${apiKey}`);\n' },
      { path: 'web/js/login.js', text: 'navigator.credentials.get({ password: true }).then((credential) => {\n  console.log("stored login", credential);\n});\n', why: 'a stored PasswordCredential holds the password' },
      { path: 'app/db.py', text: 'logging.info(f"connecting with password={settings.db_password!r}")\n' },
      { path: 'app/auth.py', text: 'logger.debug("token %s", secret)\nprint("key:", api_key)\n' },
      { path: 'engines/catalog.py', text: 'if api_key != "shared":\n    logger.info("using api_key %s", api_key)\n', why: 'the branch where it differs from the literal' },
      {
        path: 'tools/rotate.py',
        text: 'def main():\n    api_token = issue()\n    print(f"new token: {api_token}")\n    print(api_token, file=sys.stderr)\n\nif __name__ == "__main__":\n    main()\n',
        why: 'a labelled print and a print to stderr in a script',
      },
      { path: 'app/session.py', text: 'def open_session(user):\n    password = lookup(user)\n    print(password)\n', why: 'a bare print in a module, not a script' },
      { path: 'cmd/server/main.go', text: 'log.Println(cfg.APIKey)\nfmt.Printf("token=%s\\n", token)\n' },
      { path: 'internal/watch/handler.go', text: '\tsecret, ok := obj.(*corev1.Secret)\n\tif ok {\n\t\tw.log.Infof("synced %#v", secret)\n\t}\n', why: 'the assertion held: the whole Secret is printed' },
      { path: 'internal/sync/worker.go', text: 'fmt.Println("using password", cfg.SyncPassword)\nfmt.Fprintln(os.Stderr, cfg.DBPassword)\n', why: 'a labelled print; stderr is where logs go' },
      { path: 'src/main/java/App.java', text: 'System.out.println("Password: " + password);\nlogger.info("token {}", token);\n' },
      { path: 'app/models/user.rb', text: 'Rails.logger.info "reset with #{user.password}"\nputs api_key\n' },
      { path: 'scripts/deploy.sh', text: 'echo "Using ${DB_PASSWORD}"\nprintf \'%s\\n\' "$API_TOKEN" >&2\n' },
      { path: 'scripts/rotate.sh', text: 'SIGNING_KEY="$OUT_DIR/signing.pem"\nSIGNING_KEY="$(cat "$SIGNING_KEY")"\necho "key: $SIGNING_KEY"\n', why: 'set to a path, then to the file\'s contents' },
      { path: 'scripts/login.sh', text: 'API_TOKEN=/dev/null\nread -rs API_TOKEN\necho "token: $API_TOKEN"\n', why: 'read from the terminal after a path' },
      { path: 'scripts/unlock.sh', text: 'read -r -s -p "Vault password: " VAULT_PASSWORD\necho\necho "$VAULT_PASSWORD"\n', why: 'a silent read: the echo shows what the prompt hid' },
      { path: 'scripts/init.sh', text: `read -r DB_PASSWORD\nfor i in 1 2 3 4 5 6 7 8 9; do\n  sleep 1\ndone\n${'\n'.repeat(8)}echo "$DB_PASSWORD"\n`, why: 'the read is more than 8 lines above the echo' },
      { path: 'scripts/report.sh', text: '{\n  echo "token: $API_TOKEN"\n} >&2\n{ echo "pass: $DB_PASSWORD"; } > /dev/stderr\n', why: 'groups whose output still reaches the terminal' },
      { path: 'app/src/main/java/Sync.java', text: 'Log.d(TAG, "refresh with " + refreshToken);\nTimber.e("retry %s", apiKey);\n' },
      { path: 'src/server.js', text: 'this.app.services.logger.info(`using ${apiKey}`);\n', why: 'a five-part chain' },
      { path: 'app/login.py', text: 'logger.info("password=%s", password)\n' },
      {
        path: 'tools/keys.py',
        text: 'if os.path.isfile(key_path):\n    api_key = open(key_path).read().strip()\n    logger.info("loaded api key %s", api_key)\n',
        why: 'the path was tested, but what prints is the key read from it',
      },

      { path: 'app/ldap.py', text: 'pwd = request.form["pwd"]\nlogger.info("binding to the directory with %s", pwd)\n', why: 'a bare pwd read from a form' },
      { path: 'src/config.ts', text: 'const apiKey = process.env.PAYMENTS_API_KEY;\nconsole.log(apiKey);\n' },
      { path: 'app/src/main/kotlin/shop/Sync.kt', text: 'Log.d(TAG, "refreshing with $refreshToken")\nprintln("db password=${config.dbPassword}")\n', why: "Kotlin's string templates" },
      { path: 'src/Shop.Api/Startup.cs', text: '_logger.LogInformation("Using API key {ApiKey}", apiKey);\nConsole.WriteLine($"password: {settings.DbPassword}");\n', why: "ILogger's message template and C#'s interpolated string" },
      { path: 'Sources/Shop/Session.swift', text: 'print("token: \\(accessToken)")\nNSLog("password: %@", password)\n', why: "Swift's interpolation, NSLog's arguments" },
      { path: 'src/main/scala/shop/Boot.scala', text: 'println(s"api key: $apiKey")\nlogger.info(s"secret=${conf.clientSecret}")\n', why: "Scala's s-interpolator" },
      { path: 'app/Services/Billing.php', text: "<?php\n$this->logger->debug(\"charging with key $apiKey\");\nLog::info('oauth', ['client_secret' => $clientSecret]);\nerror_log('password: ' . $password);\n", why: "PHP: a logger's method, Laravel's facade with a context array, error_log and `.` joins" },
      { path: 'app/Console/Commands/RotateKeys.php', text: "<?php\necho \"new api key: $apiKey\\n\";\n", why: "a command's echo reaches the terminal and the CI log" },
      { path: 'src/bin/sync.rs', text: 'println!("token: {}", api_token);\ntracing::debug!("using {client_secret:?}");\n', why: "Rust's printing and tracing macros, an argument and a captured identifier" },
      { path: 'lib/src/session.dart', text: "print('token: $apiToken');\ndebugPrint(\"password: ${user.password}\");\n", why: "Dart's interpolation" },
      {
        path: 'src/boot.js',
        text: "let SENTRY_AUTH_TOKEN = 'SENTRY_AUTH_TOKEN';\nSENTRY_AUTH_TOKEN = process.env[SENTRY_AUTH_TOKEN];\nconsole.log(`token: ${SENTRY_AUTH_TOKEN}`);\n",
        why: 'bound to a name first, then to the value the environment holds',
      },
      { path: 'src/session.ts', text: 'const token = jwt.sign({ sub: user.id }, signingKey);\nconsole.debug(token);\n', why: 'a bare token beside jwt' },
      {
        path: 'lambdas/rotate.py',
        text: 'def handler(event, context):\n    token = event["ClientRequestToken"]\n    step(event["SecretId"], token)\n\ndef step(arn, token):\n    token = refresh_session(arn)\n    logger.info("secret %s rotated with token %s" % (arn, token))\n',
        why: 'a name bound to a request token once and to a session token again: the second binding decides',
      },
      { path: 'app/keys.py', text: 'logger.warning(f"API key {api_key} is deprecated, rotate it")\n', why: 'a deprecated key, printed: not a setting\'s name' },
      { path: 'tools/setup.py', text: 'print(f"Database password [{db_password}]: configured")\nsave(db_password)\n', why: 'brackets, but nothing read from the terminal: a log line' },
      {
        path: 'vault/login.py',
        text: 'def login(user):\n    """Log in.\n\n    ```python\n    login("me")\n    ```\n    """\n    password = lookup(user)\n    print(password)\n',
        why: 'code after the docstring with a fenced example has closed',
      },
    ],
    negative: [
      { path: 'src/Shop.Api/Startup.cs', text: 'Console.WriteLine($"password length {password.Length}");\nConsole.WriteLine($"{{password}} is required");\n', why: "a length, and braces doubled: the word, not a value" },
      { path: 'Sources/Shop/Session.swift', text: 'print("password has \\(password.count) characters")\n', why: 'a count' },
      { path: 'lib/src/session.dart', text: "print(r'the password is read from $password');\n", why: 'a raw string interpolates nothing' },
      { path: 'src/bin/sync.rs', text: 'println!("{{password}} is required, {} given", password.len());\nlet s = format!("{}", api_token);\n', why: 'a brace doubled, a length, and a format! that prints nothing' },
      { path: 'app/views/install/step-2.phtml', text: '<input name="secretKey" value="<?php echo $secretKeyValue; ?>">\n', why: "a template's echo writes the page, not a log" },
      { path: 'app/Http/Controllers/Auth.php', text: "<?php\nLog::info('password changed for ' . $user->email);\necho 'token: $token';\nerror_log('password length ' . strlen($password));\n", why: 'an e-mail address, a single-quoted string, a length' },
      { path: 'src/main/scala/shop/Boot.scala', text: 'println("usage: --api-key $apiKey")\n', why: 'no interpolator: a plain string' },
      { path: 'cmd/admin/redis.go', text: 'fmt.Printf("Redis secret state confirmed: secret name %s.\\n", redisInitialCredentials)\n', why: "the message calls what it prints a secret's name" },
      { path: 'ops/rotate.py', text: 'logger.info("created the Kubernetes secret named %s", db_credentials)\n', why: 'a name, as the message says' },
      { path: 'scripts/load.py', text: 'print(f"loading the signing key from file {signing_key}")\n', why: 'a file, as the message says' },
      { path: 'packages/plugin-keys/src/server/commands/generate.ts', text: 'const apiKey = await keys.create({ role });\nconsole.log(apiKey);\n', why: "a CLI command prints the key it was run to make, and nothing else" },
      { path: 'setup.sh', text: 'APP_COOKIE_SECRET=\nAPP_COOKIE_SECRET=$(. "$BASE"/env && echo "$APP_COOKIE_SECRET")\nDB_PASSWORD="$(cd "$BASE" && printf \'%s\' "$DB_PASSWORD")"\n', why: 'echoed inside a command substitution: captured into the variable' },
      { path: 'docker-entrypoint.sh', text: 'eval \'initdb --username="$DB_USER" --pwfile=<(printf "%s\\n" "$DB_PASSWORD") \'"$INITDB_ARGS"\' "$@"\'\n', why: 'a process substitution in code for eval: read by initdb as a file' },
      { path: 'cmd/prober/main.go', text: 'func main() {\n\tif os.Getenv(ProberAccessToken) != "" && !validate {\n\t\tlog.Warnf("%s is set but only read when validating", ProberAccessToken)\n\t}\n}\n', why: "the constant is an environment variable's name: the lookup above it says so" },
      { path: '.claude/scripts/monitor_pr.sh', text: 'OUTPUT=$(gh pr checks $PR 2>&1)\nPASS=$(echo "$OUTPUT" | grep -c pass)\nFAIL=$(echo "$OUTPUT" | wc -l)\necho "PASS: $PASS | FAIL: $FAIL"\n', why: 'counts a pipeline ends in' },
      { path: 'cmd/containerboot/kube.go', text: 'log.Printf("Waiting for tailscaled to write state to Secret %q", kc.stateSecret)\nlog.Info("syncing", "secret", cr.Spec.Source.CredentialsSecret)\n', why: "the names of Kubernetes Secret objects, named for the data they hold" },
      {
        path: 'smoke/api.sh',
        text: 'login_token() {\n    local res token\n    res="$(curl -sS -X POST "$BASE/login")"\n    token="$(printf \'%s\' "$res" | jq -r .token)"\n    printf \'%s\' "$token"\n}\n\nTOKEN="$(login_token)"\n',
        why: "a shell function's result: its last command prints the token alone, and a command substitution takes it",
      },
      {
        path: 'lambda/rotation.py',
        text: 'def lambda_handler(event, context):\n    arn = event["SecretId"]\n    token = event["ClientRequestToken"]\n    create_secret(client, arn, token)\n\ndef create_secret(client, arn, token):\n    client.get_secret_value(SecretId=arn, VersionId=token, VersionStage="AWSPENDING")\n    logger.info("createSecret: put secret for ARN %s and version %s." % (arn, token))\n',
        why: "a Secrets Manager rotation's ClientRequestToken: the new version's id, the only value the file binds the name to",
      },
      { path: 'scripts/list_all.go', text: 'token := out.NextPageToken\nlog.Printf("fetching the page after %s (secret store listing)", token)\n', why: 'a pagination token' },
      {
        path: 'tools/data_generators/seed_data.py',
        text: "for n in range(count):\n    ids['credential'] += 1\n    sys.stdout.write('\\r   %d     ' % (ids['credential']))\n",
        why: "a counter of credentials made, kept in a dict of ids: the entry is a number",
      },
      { path: 'src/static/js/app/main.js', text: 'log.debug(\n  "Dependency resolution pass #" +\n    pass +\n    " finished, " + left + " view models left"\n);\n', why: 'the number of a resolution pass' },
      { path: 'scripts/verify-translations.mjs', text: "let pass = 0;\nlet fail = 0;\nconsole.log(`\\n${pass} passed, ${fail} failed`);\n", why: "a test run's tally: the word after the value says what it counts" },
      { path: 'pkg/storage/locks.go', text: 'logger.Infof("object %s is unlocked (lock: %q, cookie: %q)", name, lockName, lockCookie)\n', why: "a lock's cookie: the id its holder names itself by" },
      { path: 'lib/storage/projects.js', text: 'log.trace("Migrating " + project.files.oldCredentials + " to " + target);\nlog.info(`token kept in ${config.paths.apiToken}`);\n', why: 'members of a container of files and paths: where a credential is kept, not the credential' },
      { path: 'src/auth/keys.server.ts', text: 'const hashedApiKey = sha256(presented);\nlogger.warn(`api key lookup missed for hash ${hashedApiKey}`);\n', why: 'a one-way hash of the key, as the store keeps it' },
      { path: 'src/stores/registry.server.ts', text: 'const creds = await vaultClient.readSecret(\n  CredsSchema,\n  entry.secretKey,\n);\nif (!creds) logger.warn(`no secret stored under ${entry.secretKey}`);\n', why: 'the key a secret store was asked by, not the secret it returned' },
      { path: 'src/flows/run-step.js', text: 'for (const { appKey, actionKey } of steps) {\n  console.log(`Running step ${appKey}.${actionKey} of flow ${flow.id}`);\n}\n', why: "an app's key in a catalogue, one segment of a dotted name" },
      { path: 'src/boot.ts', text: 'const { DB_PASSWORD, SIGNING_SECRET, ...configWithoutSecrets } = config;\nlogger.info("starting", { configWithoutSecrets });\n', why: 'what is left once the secrets are taken out' },
      { path: '.github/scripts/e2e-chain.sh', text: 'echo "=== Paying gas in: $FEE_TOKEN ==="\necho "Top up $FUNDING_TOKEN on the CI wallet"\n', why: 'tokens of a blockchain, named by what they pay for: an asset, not a credential' },
      { path: 'web/components/SignIn.vue', text: '  mounted() {\n    console.log(this.$refs["password"]);\n    console.debug(this.$refs.apiKey);\n  },\n', why: "a template ref: the input element, not what was typed into it" },
      { path: 'lib/tasks/install.rake', text: 'admin_password ||= "changeme"\nprint "Admin password [#{admin_password}]: "\nsystem("stty -echo")\nbegin\n  answer = STDIN.gets.strip\nensure\n  system("stty echo")\nend\n', why: "an interactive prompt's default, offered to the person at the terminal" },
      { path: 'tools/setup.py', text: 'print(f"Database password [{db_password}]: ", end="")\nreply = input().strip()\n', why: "a prompt's default, then the answer is read" },
      {
        path: 'install/setup.sh',
        text: 'printf "Admin token (empty to draw one): "\nread -r ADMIN_TOKEN\n[ -z "$ADMIN_TOKEN" ] && ADMIN_TOKEN=$(openssl rand -hex 24) && printf "\\n$ADMIN_TOKEN\\n\\n"\n',
        why: 'an interactive setup shows the answer typed in plain sight, or the one it drew, alone to the person at the terminal',
      },
      { path: 'scripts/updater.py', text: 'pwd = os.getcwd()\n\ndef main():\n    logging.error(f"cannot read the files in {pwd}")\n', why: 'the working directory, named after the shell command' },
      { path: 'tools/sync.go', text: 'fmt.Printf("current working directory: %s\\n", pwd)\n', why: 'the working directory, as the message says' },
      {
        path: 'internal/js/bundle.go',
        text: 'type Bundle struct {\n\tpwd *url.URL\n}\n\nfunc (b *Bundle) warn(logger Logger) {\n\tpwd := b.pwd\n\tlogger.Warningf("open() is resolved from %s", pwd)\n}\n',
        why: 'a pwd the file declares a URL: the folder modules are resolved from',
      },
      {
        path: 'internal/watch/handler.go',
        text: '\tUpdateFunc: func(_, obj interface{}) {\n\t\tsecret, ok := obj.(*corev1.Secret)\n\t\tif !ok {\n\t\t\tw.log.Errorf("unexpected object %#v, want *corev1.Secret", secret)\n\t\t\treturn\n\t\t}\n',
        why: "a failed type assertion: the name holds its type's zero value",
      },
      { text: '\tlog.Printf("I! Found %d secrets...", c.NumberSecrets)', path: 'cmd/agent/main.go', why: 'a count of secrets' },
      { text: '\tlog.Infof("choose a password of %d to %d characters", minLength, limits.ClipPassword)', path: 'internal/commands/passwd.go', why: "a password's length limit under %d: a number, or go vet fails" },
      { text: '\t\tlog.Error(err, logErrorGetSecret, "secretName", secretName, "secretNamespace", ns)', path: 'pkg/controllers/secret_controller.go', why: 'a message constant and a name' },
      {
        text: '\tif err != nil {\n\t\tlogger.Error(err, "cannot fetch the webhook secret",\n\t\t\t"secretName", webhookSecret, "namespace", ns)\n\t}\n',
        path: 'internal/controller/webhook_controller.go',
        why: "a logger's key/value pair whose key says the value is the secret's name",
      },
      { path: 'src/main/java/org/acme/gateway/AuthContext.java', text: 'log.warn("[{}] Expected credentials of kind {} but got {}", id, SensorCredentialsType.ACCESS_TOKEN, creds.getCredentialsType());\n', why: 'a member of an enum of kinds: which kind of credential, not its value' },
      { path: 'src/auth.ts', text: 'const token = await login(user);\nconsole.log(mask(token));\nconsole.log("invalid password");\n' },
      { path: 'install.sh', text: '{\n\techo "APP_TIME_ZONE=$TIME_ZONE"\n\techo "APP_SECRET_KEY=\'$SECRET_KEY\'"\n} > app.env\n{ echo "DB_PASSWORD=$DB_PASSWORD"; } >> .env\n', why: 'groups whose output goes to a file' },
      {
        path: 'docker/entrypoint.sh',
        text: 'ini="$(\n  echo \'session.save_handler = redis\'\n  if [ -n "${REDIS_HOST_PASSWORD+x}" ]; then\n    echo "session.save_path = \\"tcp://${REDIS_HOST}?auth=${REDIS_HOST_PASSWORD}\\""\n  fi\n)"\necho "$ini" > /usr/local/etc/php/conf.d/redis-session.ini\n',
        why: 'a command substitution over several lines captures what it prints',
      },
      { path: 'scripts/verify.sh', text: 'echo "FAIL_TO_PASS tests: $FAIL_TO_PASS"\necho "PASS_TO_PASS tests: $PASS_TO_PASS"\n', why: "a test's expected outcomes" },
      {
        path: 'functions/src/guard.js',
        text: "  try {\n    const decodedIdToken = await getAuth().verifyIdToken(idToken);\n    logger.log('ID token verified for', decodedIdToken);\n    req.user = decodedIdToken;\n",
        why: 'what verifying an ID token answers: its claims (who signed in), not the token',
      },
      { path: 'api/session.py', text: 'verified_token = jwt.decode(raw, PUBLIC_KEY, algorithms=["RS256"])\nlogger.info("session token for %s", verified_token)\n', why: "PyJWT's decode answers the payload" },
      { path: 'server/core/scheduler.js', text: 'logger.debug(`[scheduler] using connection string: ${maskedConnectionString}`)\n', why: 'a masked value' },
      { path: 'scripts/check-image.sh', text: 'PASS=0\nFAIL=0\ncheck() { PASS=$((PASS + 1)); }\necho -en "${PASS} checks passed, ${FAIL} failed\\n"\n', why: 'a count of passed checks' },
      { path: 'web/js/passkey.js', text: 'navigator.credentials\n  .get({ publicKey: opts.publicKey })\n  .then(function (credential) {\n    console.debug("signed in", credential)\n  })\n', why: "a passkey's PublicKeyCredential: a signature over the server's challenge" },
      { path: 'connector/kerberos.go', text: 'logger.Info("kerberos enabled",\n\t"keytab", conf.KeytabPath,\n\t"fallback_to_password", conf.FallbackToPassword,\n)\n', why: 'a flag named for what it falls back to' },
      { path: 'dev/jwt/make-keys.sh', text: 'OUT_DIR="/tmp/dev-jwt"\nSIGNING_KEY="$OUT_DIR/signing.pem"\nif [ ! -f "$SIGNING_KEY" ]; then\n  echo "no signing key at $SIGNING_KEY" >&2\nfi\necho "  Signing key: $SIGNING_KEY"\n', why: 'the script only sets the variable to a file path: it prints where the key is' },
      {
        path: 'build/firmware/sign.py',
        text: 'signing_key = env.get("FW_SIGNING_KEY", "")\nif not signing_key:\n    print("no signing key set")\nelif not os.path.isfile(signing_key):\n    print("signing key %s not found" % signing_key)\n',
        why: 'the name was tested as a file just above: it holds where the key file is',
      },
      { path: 'tools/release.js', text: "if (!fs.existsSync(cfg.privateKey)) {\n  console.error(`private key file ${cfg.privateKey} is missing`);\n}\n", why: 'a path the code looked for on disk' },
      { path: 'ui/dist/assets/Login.4f9a01c2.js', text: 'const token = await login(user);\nconsole.log(token);\n', why: "build output: the source's copy" },
      { path: 'public/js/app.min.js', text: 'const token=await login(user);console.log(token);', why: 'minified' },
      { path: 'console/src/main/resources/static/js/main.js', text: `!function(e){${'var a=e.b||{};'.repeat(160)}try{c=JSON.parse(localStorage.token)}catch(e){console.log("Token Error",localStorage.token,e)}u=c.accessToken}(window);\n`, why: 'a bundle built from sources elsewhere: a line of minified code' },
      { path: 'ci/steps/publish.sh', text: 'helper=\'!f() { echo "username=x-access-token"; echo "password=${GITHUB_TOKEN}"; }; f\'\n', why: "git's credential protocol" },
      { path: 'src/client.js', text: 'logger.info(`calling api with key=${apiKey.slice(0, 4)}…`);\nlogger.info(`len=${apiKey.length}`);\n' },
      { path: 'app/db.py', text: 'logging.info(f"connecting with password={redact(settings.db_password)!r}")\n' },
      { path: 'app/auth.py', text: 'logger.debug("token %s", token_type)\nprint("token expired")\nprint(len(password))\n' },
      { path: 'cmd/server/main.go', text: 'log.Println(cfg.APIKeyName)\nfmt.Fprintf(w, "token=%s\\n", token)\n', why: 'metadata; writes to a response' },
      { path: 'src/main/java/App.java', text: 'System.out.println("Password: " + "*".repeat(password.length()));\n// logger.info("token {}", token);\n' },
      { path: 'app/models/user.rb', text: 'Rails.logger.info "reset requested for #{user.email}"\nputs "api_key missing"\n' },
      { path: 'dist/app.min.js', text: 'var e=function(t){return t},i=e;e(token);i(apiKey);d(password);\n', why: 'one-letter calls without Log. or Timber.' },
      { path: 'src/server.js', text: 'a.b.c.d.logger.info(`using ${apiKey}`);\n', why: 'a six-part chain is not read as a call' },
      { path: 'scripts/deploy.sh', text: 'echo "$DB_PASSWORD" | docker login -u ci --password-stdin\necho "token=$API_TOKEN" >> "$GITHUB_OUTPUT"\necho \'${API_TOKEN}\'\necho "${#API_TOKEN} chars"\n' },
      { path: 'src/cli/run.ts', text: 'const sessionFolder = await outputFile(config, `session-${Date.now()}`);\nconsole.error(`Session: ${sessionFolder}`);\n', why: 'a folder whose name mentions a session' },
      {
        path: 'src/yaml/composer.ts',
        text: '*next(token) {\n  if (process.env.LOG_STREAM)\n    console.dir(token, { depth: null });\n  switch (token.type) {\n',
        why: "a parser's token",
      },
      { path: 'src/report.ts', text: 'function show(token) {\n  console.log(token);\n}\n', why: 'a bare token with nothing telling it is a credential' },
      {
        path: 'transport/coap/src/main/java/org/acme/coap/ClientRegistry.java',
        text: 'void cancelObservation(ClientState state, String token) {\n  if (state.getSession() == null) {\n    log.debug("[{}] cannot cancel observation {}: no session", state.getId(), token);\n  }\n}\n',
        why: "a CoAP observation's token: it matches responses to a request",
      },
      { path: '.ci/deploy.sh', text: 'eval "$(ssh-agent -s)"\nssh-add <(echo "$DEPLOY_SSH_PRIVATE_KEY")\n', why: 'the key is read by ssh-add as a file, not printed' },
      { path: 'scripts/check-all.sh', text: 'echo "Checks passed: $overall_pass, failed: $overall_fail"\n', why: 'a count of passed checks' },
      {
        path: 'docker/entrypoint.sh',
        text: 'for secret in APP_KEY DB_PASSWORD; do\n  src="${secret}_FILE"\n  if [ -f "${!src}" ]; then\n    export "${secret}"="$(< "${!src}")"\n    echo "${secret} was read from ${src}"\n  fi\ndone\n',
        why: 'a loop over the names of variables: what prints is a name',
      },
      { path: 'lib/workers/error.ts', text: "logger.warn({ err }, MISSING_REGISTRY_CREDENTIALS);\nlogger.warn(INVALID_AUTH_TOKEN);\n", why: 'error codes naming a credential\'s state' },
      {
        path: 'packages/upload/cli.js',
        text: "const SENTRY_AUTH_TOKEN = 'SENTRY_AUTH_TOKEN';\nconst authToken = process.env[SENTRY_AUTH_TOKEN];\nif (!authToken) {\n  console.error(`${SENTRY_AUTH_TOKEN} environment variable must be set.`);\n}\n",
        why: "a constant bound to its own name: the environment variable's name, not its value",
      },
      {
        path: 'app/src/main/java/org/acme/Settings.java',
        text: 'private static final String PREF_PASSWORD = "pref_password";\n\nvoid reset() {\n    Log.d(TAG, "clearing " + PREF_PASSWORD);\n}\n',
        why: 'the key a preference is stored under, spelt as the constant',
      },
      {
        path: 'internal/settings/load.go',
        text: 'if v := LegacySMTPPassword.GetString(); v != "" {\n\tlog.Warnf("Config key %q is deprecated and will be ignored; use %q.", LegacySMTPPassword, MailerSMTPPassword)\n}\n',
        why: 'the names of a retired setting and its successor',
      },
      {
        path: 'cmd/shopctl/commands/token.go',
        text: '\ttok, err := client.CreateAPIToken(ctx, name)\n\tif err != nil {\n\t\treturn err\n\t}\n\tfmt.Println(tok.Secret)\n',
        why: "a command's output: the token it was asked to create, alone on stdout",
      },
      {
        path: 'scripts/make_signing_key.py',
        text: '#!/usr/bin/env python3\nimport secrets\n\npassword = secrets.token_urlsafe(48)\nprint(password)\n',
        why: "a script's output: the value it was run to draw, alone on stdout",
      },
      { path: 'cmd/askpass/main.go', text: 'func main() {\n\tcreds := lookup(os.Args[1])\n\tfmt.Fprintln(os.Stdout, creds.Password)\n}\n', why: 'a GIT_ASKPASS helper answers git on stdout' },
      {
        path: 'engines/catalog.py',
        text: 'def init(settings):\n    if api_key == "shared":\n        logger.warning("api_key %s is the shared demo key: ask for your own", api_key)\n',
        why: 'the branch compared the name to the literal that prints',
      },
      { path: 'hub/xsrf.py', text: 'log.debug("anti-forgery mismatch %r != %r", xsrf_session_cookie, xsrf_session)\n', why: 'anti-forgery values' },
      {
        path: 'pipelines/io/resolver.py',
        text: '    def split_secrets(name, cfg):\n        """Move the secrets of a config aside.\n\n        Args:\n            name: the entry whose config is read.\n            cfg: its settings, maybe with a nested block of keys.\n\n        Returns:\n            The config without its secrets, and the secrets.\n\n        Example:\n        ```python\n        cfg = {"kind": "parquet", "creds": {"id": "u", "key": "k"}}\n        plain, creds = split_secrets("orders", cfg)\n        print(plain)\n        print(creds)\n        ```\n        """\n',
        why: "a fenced example in a docstring far below its opening: shown, not run",
      },
      { path: 'vault/client.py', text: 'def read_token(path):\n    """Read a token.\n\n    >>> token = read_token("app")\n    >>> print(token)\n    """\n', why: 'a doctest line' },
    ],
    knownMisses: [
      { path: 'src/sync.rs', text: `use log::info;\n${'\n'.repeat(12)}fn sync(api_token: &str) {\n    info!("syncing with {}", api_token);\n}\n`, why: "a log macro imported bare: `info!` as a keyword would add '!', the automaton's 65th character (log::info! and tracing::info! are found)" },
    ],
  },
};
