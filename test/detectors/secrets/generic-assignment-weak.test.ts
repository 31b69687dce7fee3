// Issue 14, item 4: a literal in a credential slot is a credential, whatever its strength. The
// generic assignment scan reports a random-looking value as generic-secret-assignment (medium) and a
// human-chosen one (`hunter22`) in a slot that holds the credential itself as weak-credential-literal
// (low), judged by the slot and the value's shape, never its entropy.
import { describe, expect, it } from 'vitest';
import { isCredentialSlot } from '../../../detectors/kit/names.js';
import { genericSecretAssignment, weakCredentialLiteral } from '../../../detectors/secrets/generic/generic-secret-assignment.js';
import type { Match } from '../../../src/types.js';

const weak = (path: string, text: string): Match[] => [...weakCredentialLiteral.detect({ path, text })];
const strong = (path: string, text: string): Match[] => [...genericSecretAssignment.detect({ path, text })];
const weakSecrets = (path: string, text: string): (string | undefined)[] => weak(path, text).map((m) => m.secret);

describe('weak-credential-literal', () => {
  it('is a low-severity detector of its own beside generic-secret-assignment', () => {
    expect(weakCredentialLiteral.severity).toBe('low');
    expect(genericSecretAssignment.severity).toBe('medium');
    expect(weakCredentialLiteral.policy).toBe(genericSecretAssignment.policy);
    expect(weakCredentialLiteral.keywords).toEqual(genericSecretAssignment.keywords);
  });

  it.each([
    ['src/main/resources/application.yml', 'spring:\n  datasource:\n    password: hunter22\n', 'hunter22'],
    ['src/main/resources/application.properties', 'spring.datasource.password=Qu4rtz\n', 'Qu4rtz'],
    ['group_vars/webservers.yml', 'ansible_become_pass: "tulip42"\n', 'tulip42'],
    ['roles/db/defaults/main.yml', 'mysql_root_password: rosebud\n', 'rosebud'],
    ['.my.cnf', '[client]\nuser = backup\npassword = "m4ple!"\n', 'm4ple!'],
    ['gradle.properties', 'signing.password=orchid88\nsigning.keyId=0A1B2C3D\n', 'orchid88'],
    ['keystore.properties', 'storeFile=release.jks\nstorePassword=walnut55\nkeyPassword=walnut55\n', 'walnut55'],
    ['sftp-config.json', '{\n  "type": "sftp",\n  "user": "deploy",\n  "password": "Lantern9",\n}', 'Lantern9'],
    ['config/app.yml', 'smtp:\n  user: mailer\n  password: "sunny!day"\n', 'sunny!day'],
    ['k8s/db-secret.yaml', 'apiVersion: v1\nkind: Secret\nstringData:\n  password: cobalt12\n', 'cobalt12'],
    ['pyproject.toml', '[tool.db]\npassword = "Harbor3#"\n', 'Harbor3#'],
    ['setup.cfg', '[pypi]\nusername = me\npassword = falcon77\n', 'falcon77'],
    ['.env', 'DB_PASSWORD=hunter22\n', 'hunter22'],
    ['config/database.php', "'mysql' => [\n  'username' => 'shop',\n  'password' => 'velvet44',\n],", 'velvet44'],
    ['prod.tfvars', 'db_admin_password = "granite5"\n', 'granite5'],
    ['conf/context.xml', '<Resource name="jdbc/app" username="app" password="Mead0w!"/>', 'Mead0w!'],
    ['compose.yaml', 'services:\n  db:\n    environment:\n      - POSTGRES_PASSWORD=marigold\n', 'marigold'],
    ['app/settings.py', 'DB_PASSWORD = "hunter22"\n', 'hunter22'],
    ['app/db.py', 'conn = psycopg.connect(host="db", user="app", password="s3cret!")\n', 's3cret!'],
    ['src/mail.ts', 'const transport = createTransport({ auth: { user: "ops", pass: "x" }, apiKey: "acme1234" });', 'acme1234'],
    ['cmd/main.go', 'dbPassword := "pebble21"\n', 'pebble21'],
    // a placeholder's default is the password whenever the variable is unset, as a shell expansion's is
    ['src/main/resources/application.yml', 'spring:\n  datasource:\n    password: ${DB_PASSWORD:hunter22}\n', 'hunter22'],
    ['scripts/run.sh', 'export DB_PASSWORD="${DB_PASSWORD:-hunter22}"\n', 'hunter22'],
  ])('reports the literal in %s', (path, text, value) => {
    expect(weakSecrets(path, text)).toEqual(expect.arrayContaining([value]));
    expect(strong(path, text).map((m) => m.secret)).not.toContain(value);
  });

  it('reports the value alone: no quotes, no trailing punctuation, and the detail names the key, not the value', () => {
    const text = "cfg = { 'password': 'hunter22', }";
    const [m] = weak('app/cfg.py', text);
    expect(m).toBeDefined();
    expect(text.slice(m?.start, m?.end)).toBe('hunter22');
    expect(m?.detail).toContain('password');
    expect(m?.detail).not.toContain('hunter22');
    const yaml = 'auth: {user: app, password: tulip42}\n';
    expect(weakSecrets('config/app.yml', yaml)).toEqual(['tulip42']);
  });

  it('leaves random-looking values to generic-secret-assignment: one finding per value', () => {
    const text = 'password: "yWiwuQ!QcVi4xUf#HaH"\ndb_password: "hunter22"\n';
    expect(strong('config/app.yml', text).map((m) => m.secret)).toEqual(['yWiwuQ!QcVi4xUf#HaH']);
    expect(weakSecrets('config/app.yml', text)).toEqual(['hunter22']);
  });

  it('gives the same answer whether or not generic-secret-assignment ran on the text first', () => {
    const text = 'password: hunter22\napi_key: "Ej8WqZM4GV8a6LpxDJJs4LuL6IKZX2Ra"\n';
    const alone = weakSecrets('config/other.yml', text);
    strong('config/other.yml', text);
    expect(weakSecrets('config/other.yml', text)).toEqual(alone);
    expect(alone).toEqual(['hunter22']);
  });

  it.each([
    ['empty', 'password: ""'],
    ['angle brackets', 'password: "<db password>"'],
    ['${…}', 'password: ${DB_PASSWORD}'],
    ['${…} with a stand-in default', 'password: ${DB_PASSWORD:changeme}'],
    ['${…} with a message when unset', 'password: ${DB_PASSWORD:?hunter22}'],
    ['{{…}}', 'password: "{{ vault_db_password }}"'],
    ['%(…)s', 'password: "%(db_password)s"'],
    ['#{…}', "password: '#{db_password}'"],
    ['$VAR', 'password: $DB_PASSWORD'],
    ['changeme', 'password: changeme'],
    ['change_me', 'password: change_me'],
    ['your_password_here', 'password: your_password_here'],
    ['the name itself', 'password: password'],
    ['secret', 'client_secret: secret'],
    ['xxx', 'password: xxxxxxxx'],
    ['stars', 'password: "********"'],
    ['ellipsis', 'password: "..."'],
    ['null', 'password: null'],
    ['none', 'password: none'],
    ['true', 'password: true'],
    ['undefined', 'password: undefined'],
    ['digits only', 'password: 20240101'],
    ['TODO', 'password: TODO'],
    ['vault path', 'password: vault:secret/data/db#password'],
    ['ansible vault tag', 'password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  6638643965'],
    ['sops', 'password: ENC[AES256_GCM,data:q0o=,iv:Zm9v,tag:YmFy,type:str]'],
    ['spring cloud cipher', "password: '{cipher}7c1e0d'"],
    ['secrets manager', 'password: arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf'],
    ['maven filter', 'password: "@db.password@"'],
    ['a file path', 'password: /run/secrets/db_password'],
    ['a URL without credentials', 'password: https://vault.internal/v1/db'],
    ['a label', 'password: Passwort'],
    ['a label with a colon', 'password: "Password:"'],
    ['a phrase', 'password: "Enter your password"'],
    ['a question', 'forgot_password: "Forgot password?"'],
    ['a translation key', 'password: "auth.login.password1"'],
    ['a stand-in with digits', 'password: password123'],
    ['stand-in words', 'password: mysecret1'],
    ['a mode', 'password: prompt'],
    ['a YAML alias', 'password: *default_password'],
    ['an algorithm', 'password: sha256'],
    ['a name with separators', 'password: db-creds-2'],
    ['an interpolation', "password: 'super$ecret'"],
    ['a phrase after a word', 'password: hunter22 is the default'],
    ['not a credential slot', 'auth_method: scram-sha-256'],
    ['metadata about a password', 'password_min_length: 12'],
  ])('rejects %s', (_why, text) => {
    expect(weak('config/app.yml', text)).toEqual([]);
  });

  it.each([
    ['a translated word', 'i18n/es.json', '{ "password": "Contraseña" }'],
    ['a bare token in code', 'src/lexer.ts', 'token = "ident42";'],
    ['a pagination token', 'src/api.ts', 'const nextToken = "page2abc";'],
    ['a comparison', 'app/login.py', 'if password == "hunter22":'],
    ['an expression', 'app/login.py', 'password = userInput'],
    ['a call', 'app/login.py', 'password = getpass("Password: ")'],
    ['a member', 'app/login.py', 'password = self.password'],
    ['a lookup', 'app/login.py', "password = config.get('password')"],
    ['a template string', 'app/login.py', 'password = f"{prefix}42abc"'],
    ['a CSS selector', 'src/form.js', 'passwordInput: "#login2", password: "input[type=password]"'],
    ['a form field', 'src/form.js', 'password: "user[password]"'],
    ['a word in code', 'app/db.py', 'password = "rosebud"'],
    ['an escape sequence', 'src/mask.js', 'password: "\\u2022\\u2022\\u2022\\u2022\\u2022\\u2022"'],
    ['a concatenation', 'app/Schema.php', `$pdo->exec("UPDATE config SET api_token='".Token::getToken()."'");`],
    ['an e-mail address', 'app/ftp.c', 'server->password = "anon@";'],
    ['a test file', 'src/login.test.ts', 'const password = "hunter22";'],
    ['a spec file', 'spec/login_spec.rb', 'password: "hunter22"'],
    ['a Java test', 'src/test/java/LoginTest.java', 'String password = "hunter22";'],
    ['a template file', '.env.example', 'DB_PASSWORD=hunter22'],
    ['a sample config', 'config.sample.yml', 'password: hunter22'],
    ['documentation', 'docs/setup.md', '```yaml\npassword: "hunter22"\n```'],
    ['a sample account', 'db/seeds.rb', 'User.create!(email: "admin@example.com", password: "store123")'],
    ['prose', 'notes.txt', 'the password: hunter22 works'],
    ['a translation file', 'config/locales/de.yml', 'de:\n  password: kennwort\n'],
    ['a message bundle', 'messages_fr.properties', 'login.password=motdepasse\n'],
  ])('rejects %s', (_why, path, text) => {
    expect(weak(path, text)).toEqual([]);
  });
});

describe('isCredentialSlot', () => {
  it.each([
    ['DB_PASSWORD', false, true],
    ['spring.datasource.password', false, true],
    ['ansible_become_pass', false, true],
    ['client_secret', false, true],
    ['api_key', false, true],
    ['apiKey', true, true],
    ['SECRET_KEY', true, true],
    ['auth_token', true, true],
    ['GITHUB_TOKEN', true, true],
    ['token', false, true],
    ['token', true, false],
    ['nextToken', false, false],
    ['csrf_token', false, false],
    ['existingSecret', false, false],
    ['shadow_pass', false, false],
    ['private_key', false, false],
    ['credentials', false, false],
    ['auth', false, false],
    ['session', false, false],
    ['password_hint', false, false],
    ['passwordConfirmation', false, false],
  ])('%s (in code: %s) → %s', (name, inCode, expected) => {
    expect(isCredentialSlot(name, inCode)).toBe(expected);
  });
});
