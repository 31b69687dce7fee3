import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { inKeywordWindows, keywordRegExp } from '../../kit/keyword-windows.js';
import { isStoredPassword } from './values.js';

// Passwords handed to credential APIs as literals: PowerShell's ConvertTo-SecureString -AsPlainText,
// .NET NetworkCredential and DirectoryEntry, Java PasswordAuthentication and Apache HttpClient's
// UsernamePasswordCredentials, Python requests/aiohttp basic auth. The API says the argument is a
// password, so a weak literal counts; a variable or an expression never matches.

interface Form {
  readonly label: string;
  readonly re: RegExp;
}

/** Runs each form over the windows around its keywords; the secret is the `secret` group, judged with the `user` group. */
function* formsIn(input: DetectorInput, finder: RegExp, forms: readonly Form[], accept: (m: RegExpExecArray, label: string) => boolean): Iterable<Match> {
  yield* inKeywordWindows(input, finder, function* (region) {
    const seen = new Set<number>();
    for (const { label, re } of forms) {
      re.lastIndex = 0;
      for (let m = re.exec(region); m !== null; m = re.exec(region)) {
        const span = m.indices?.groups?.['secret'];
        const secret = m.groups?.['secret'];
        if (!span || secret === undefined || seen.has(span[0]) || !accept(m, label) || !isStoredPassword(secret, m.groups?.['user'])) continue;
        seen.add(span[0]);
        yield { start: span[0], end: span[1], secret, detail: label };
      }
    }
  });
}

/** The line holding [start, end), at most 512 characters each side. */
function lineAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < 512 && text[from - 1] !== '\n') from--;
  let to = end;
  while (to < text.length && to - end < 512 && text[to] !== '\n') to++;
  return text.slice(from, to);
}

/** A PowerShell string literal: single-quoted is literal; double-quoted must not interpolate. */
const PS_STRING = String.raw`(?<q>["'])(?<secret>[^"'\r\n\`]{1,256})\k<q>`;
const SECURE_STRING: readonly Form[] = [
  { label: 'ConvertTo-SecureString -AsPlainText', re: new RegExp(String.raw`ConvertTo-SecureString(?:[ \t]{1,8}-(?:AsPlainText|Force|String)(?::\$true)?){0,3}[ \t]{1,8}${PS_STRING}`, 'dgi') },
  { label: 'piped to ConvertTo-SecureString -AsPlainText', re: new RegExp(String.raw`${PS_STRING}[ \t]{0,4}\|[ \t]{0,4}ConvertTo-SecureString`, 'dgi') },
];
const SECURE_FINDER = keywordRegExp(['convertto-securestring']);

export const powershellPlaintextSecurestring: Detector = {
  id: 'powershell-plaintext-securestring',
  title: 'Literal password made into a PowerShell SecureString',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: ['convertto-securestring'],
  priority: 30,
  remediation:
    'Change the password, then read it at run time instead: `Get-Credential`, the SecretManagement module ' +
    '(`Get-Secret`), or a CI secret in an environment variable (`$env:DEPLOY_PASSWORD`).',
  // -AsPlainText is what makes the literal a password: without it the string is DPAPI ciphertext.
  detect: (input) =>
    formsIn(input, SECURE_FINDER, SECURE_STRING, (m) => {
      if (m.groups?.q === '"' && m.groups.secret?.includes('$')) return false;
      return /-AsPlainText/i.test(lineAround(m.input, m.index, m.index + m[0].length));
    }),
  examples: {
    positive: [
      { path: 'deploy.ps1', text: '$pw = ConvertTo-SecureString "Hq7vR2mLp9xT" -AsPlainText -Force\n$cred = New-Object PSCredential("SHOP\\deploy", $pw)\n' },
      { path: 'scripts/join.ps1', text: "$pw = 'hunter22' | ConvertTo-SecureString -AsPlainText -Force\n", why: 'piped, weak' },
      { path: 'ci/setup.ps1', text: "$s = ConvertTo-SecureString -String 'P@$$w0rd-Zt9q' -AsPlainText -Force\n", why: 'single quotes keep the $' },
    ],
    negative: [
      { path: 'deploy.ps1', text: '$pw = ConvertTo-SecureString $env:DEPLOY_PASSWORD -AsPlainText -Force\n', why: 'environment' },
      { path: 'deploy.ps1', text: '$pw = ConvertTo-SecureString "$prefix-Hq7vR2mLp9xT" -AsPlainText -Force\n', why: 'interpolated' },
      { path: 'deploy.ps1', text: '$pw = "01000000d08c9ddf0115d1118c7a00c04fc297eb01000000" | ConvertTo-SecureString\n', why: 'DPAPI ciphertext, no -AsPlainText' },
      { path: 'docs/usage.md', text: 'ConvertTo-SecureString "<password>" -AsPlainText -Force\n', why: 'placeholder' },
    ],
  },
};

/** A C#/VB/PowerShell/Java string literal (C# verbatim `@"…"` too). */
const STR = (group: string): string => String.raw`@?(?<${group}q>["'])(?<${group}>(?:[^"'\r\n\\]|\\.){0,256})\k<${group}q>`;
const OPEN = String.raw`(?:[ \t]{0,4}\(|::new\(|[ \t]{1,4}-ArgumentList[ \t]{1,4}(?:@?\()?)[ \t\r\n]{0,16}`;
const COMMA = String.raw`[ \t]{0,4},[ \t\r\n]{0,16}`;
/** A first argument that is not the credential (a JDBC URL, a PDO DSN, a host): a string, a variable (`$dsn`), a constant (`DB_HOST`) or a call without arguments. */
const ARGUMENT = String.raw`(?:"[^"\r\n]{0,512}"|'[^'\r\n]{0,512}'|\$?[\w.:>-]{1,64}(?:\(\))?)`;
/** A PHP string holding no interpolation (`"$password"` is a variable's value). */
const PHP_SECRET = String.raw`(?<secretq>["'])(?<secret>[^"'\r\n\\$]{1,256})\k<secretq>`;
/** The user argument of Java APIs: a literal or an identifier (`user`, `cfg.getUser()`). */
const JAVA_USER = String.raw`(?:"(?<user>[^"\r\n]{0,128})"|[\w.]{1,64}(?:\(\))?)`;
const CONSTRUCTORS: readonly Form[] = [
  { label: '.NET NetworkCredential password', re: new RegExp(String.raw`NetworkCredential${OPEN}${STR('user')}${COMMA}${STR('secret')}`, 'dg') },
  { label: '.NET DirectoryEntry password', re: new RegExp(String.raw`DirectoryEntry${OPEN}@?["'][^"'\r\n]{0,256}["']${COMMA}${STR('user')}${COMMA}${STR('secret')}`, 'dg') },
  { label: 'Java PasswordAuthentication password', re: new RegExp(String.raw`PasswordAuthentication[ \t]{0,4}\([ \t\r\n]{0,16}${JAVA_USER}${COMMA}"(?<secret>[^"\r\n\\]{1,256})"[ \t]{0,4}\.toCharArray\(\)`, 'dg') },
  { label: 'Apache HttpClient UsernamePasswordCredentials password', re: new RegExp(String.raw`UsernamePasswordCredentials[ \t]{0,4}\([ \t\r\n]{0,16}${JAVA_USER}${COMMA}"(?<secret>[^"\r\n\\]{1,256})"(?:[ \t]{0,4}\.toCharArray\(\))?[ \t]{0,4}\)`, 'dg') },
  { label: 'HTTP basic/digest auth password', re: new RegExp(String.raw`(?<![\w.])(?:HTTPBasicAuth|HTTPDigestAuth|HTTPProxyAuth|BasicAuth)[ \t]{0,4}\([ \t\r\n]{0,16}(?:login=)?${STR('user')}${COMMA}(?:password=)?${STR('secret')}[ \t\r\n]{0,16}[,)]`, 'dg') },
  // OmniAuth (Rails) and Devise: `provider :github, 'client id', 'client secret'`
  { label: 'OmniAuth provider client secret', re: new RegExp(String.raw`(?<![\w.])(?:provider|config\.omniauth)[ \t]{1,4}:\w{2,40}[ \t]{0,4},[ \t\r\n]{0,16}${STR('user')}${COMMA}${STR('secret')}`, 'dg') },
  // Salesforce's jsforce and simple-salesforce style logins: `conn.login('ops@corp.example', 'password' + 'token')`
  { label: 'login call password', re: new RegExp(String.raw`\.login[ \t]{0,4}\([ \t\r\n]{0,16}(?<userq>["'])(?<user>[^"'\s@]{1,64}@[^"'\s]{1,190})\k<userq>${COMMA}${STR('secret')}`, 'dg') },
  // the MongoDB shell (.mongorc.js, mongosh scripts): `db.auth("user", "password")`, also on getSiblingDB('admin')
  { label: 'MongoDB shell db.auth password', re: new RegExp(String.raw`\.auth[ \t]{0,4}\([ \t\r\n]{0,16}${STR('user')}${COMMA}${STR('secret')}[ \t\r\n]{0,16}\)`, 'dg') },
  // Python requests and httpx: `requests.get(url, auth=("user", "password"))`, `session.auth = ("user", "password")`
  { label: 'requests auth tuple password', re: new RegExp(String.raw`(?<![\w$])auth[ \t]{0,2}=[ \t]{0,2}\([ \t\r\n]{0,16}${STR('user')}${COMMA}${STR('secret')}[ \t\r\n]{0,16},?[ \t\r\n]{0,16}\)`, 'dg') },
  // JDBC: `DriverManager.getConnection(url, "user", "password")` (the URL a variable or a literal)
  { label: 'JDBC getConnection password', re: new RegExp(String.raw`\bgetConnection[ \t]{0,4}\([ \t\r\n]{0,16}${ARGUMENT}${COMMA}${STR('user')}${COMMA}${STR('secret')}[ \t\r\n]{0,16}\)`, 'dg') },
  // Go's net/http: `req.SetBasicAuth("user", "password")`
  { label: 'Go SetBasicAuth password', re: new RegExp(String.raw`\.SetBasicAuth[ \t]{0,4}\([ \t\r\n]{0,16}${STR('user')}${COMMA}${STR('secret')}[ \t\r\n]{0,16}\)`, 'dg') },
  // Sequelize: `new Sequelize('database', 'user', 'password', { … })`
  { label: 'Sequelize password', re: new RegExp(String.raw`\bnew[ \t]{1,4}Sequelize[ \t]{0,4}\([ \t\r\n]{0,16}${STR('database')}${COMMA}${STR('user')}${COMMA}${STR('secret')}`, 'dg') },
  // PHP: `new PDO($dsn, 'user', 'password')`, `new mysqli('db', 'user', 'password', 'shop')`, `mysqli_connect(…)`
  { label: 'PHP PDO password', re: new RegExp(String.raw`\bnew[ \t]{1,4}\\?PDO[ \t]{0,4}\([ \t\r\n]{0,16}${ARGUMENT}${COMMA}${STR('user')}${COMMA}${PHP_SECRET}`, 'dgi') },
  { label: 'PHP mysqli password', re: new RegExp(String.raw`(?:\bnew[ \t]{1,4}\\?mysqli|\bmysqli_connect)[ \t]{0,4}\([ \t\r\n]{0,16}${ARGUMENT}${COMMA}${STR('user')}${COMMA}${PHP_SECRET}`, 'dgi') },
  // Ruby's Net::HTTP: `request.basic_auth('user', 'password')`
  { label: 'Ruby basic_auth password', re: new RegExp(String.raw`\.basic_auth[ \t]{0,4}\(?[ \t]{0,4}${STR('user')}${COMMA}${STR('secret')}`, 'dg') },
  // Go's MySQL driver DSN, no scheme: `user:password@tcp(db:3306)/shop`, `user:password@unix(/run/mysqld.sock)/shop`
  { label: 'MySQL DSN password', re: /(?<![\w.$-])(?<user>[\w.-]{1,64}):(?<secret>[^\s"'`@/():${}]{1,128})@(?:tcp|unix)\(/dg },
];
const CONSTRUCTOR_KEYWORDS = [
  'networkcredential', 'directoryentry', 'passwordauthentication', 'usernamepasswordcredentials', 'basicauth', 'digestauth', 'proxyauth',
  'provider :', 'omniauth :', '.login(', 'db.auth(', ').auth(', 'auth=(', 'auth = (', 'getconnection(', 'sequelize(', '@tcp(', '@unix(',
  'pdo(', 'mysqli(', 'mysqli (', 'mysqli_connect(', 'basic_auth',
];
const CONSTRUCTOR_FINDER = keywordRegExp(CONSTRUCTOR_KEYWORDS);

export const credentialConstructorPassword: Detector = {
  id: 'credential-constructor-password',
  title: 'Literal password passed to a credential API',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: CONSTRUCTOR_KEYWORDS,
  priority: 30,
  remediation:
    'Change the password, then pass one read at run time: from configuration bound to a secret store, the environment, ' +
    'or the platform identity (integrated Windows authentication, a managed identity) instead of a literal.',
  detect: (input) => formsIn(input, CONSTRUCTOR_FINDER, CONSTRUCTORS, () => true),
  examples: {
    positive: [
      { path: 'src/Mailer.cs', text: 'client.Credentials = new NetworkCredential("orders@shop.example.org", "vzkq3hlmxtrpwa9b");\n' },
      { path: 'build.ps1', text: '$wc.Credentials = New-Object System.Net.NetworkCredential("cidownload", "AP7JaG9ToerxBc6gWP5LcU2");\n' },
      { path: 'src/Ldap.cs', text: 'var entry = new DirectoryEntry("LDAP://dc01.shop.internal",\n    "SHOP\\\\svc-ldap",\n    "hunter22");\n', why: 'across lines, weak' },
      { path: 'src/main/java/Mail.java', text: 'return new PasswordAuthentication(user, "Zt9q!W3xkP2m".toCharArray());\n' },
      { path: 'client.py', text: "r = requests.get(url, auth=HTTPBasicAuth('reports', 'Hq7vR2mLp9xT'))\n" },
      { path: 'config/initializers/omniauth.rb', text: "Rails.application.config.middleware.use OmniAuth::Builder do\n  provider :github, 'Iv1.8a61f9b3a7aba766', 'bdcc5e0de9352bcb3d0e889f7f46e2d69bad818a'\nend\n", why: 'OmniAuth' },
      { path: 'config/initializers/devise.rb', text: "  config.omniauth :gitlab, 'c9f2e81b7a6d', 'Gh6Jk3Lz0Xc8Vb5Nm2Qw9Er6Ty3Ui0Op7A'\n", why: 'Devise' },
      { path: 'salesforce.js', text: "conn.login('ops@shop.example.org', 'Sf8!kRq2Wm' + 'XyZ9aB7cD5eF3gH1', function (err, res) {});\n", why: 'jsforce login' },
      { path: 'home/.mongorc.js', text: 'db = connect("db.shop.internal:27017/admin");\ndb.auth("admin", "Rk5nQx8mVz2w");\n', why: 'the MongoDB shell' },
      { path: 'scripts/init-mongo.js', text: "db.getSiblingDB('admin').auth('root', 'Vq3kXm8zNw6p');\n", why: 'mongosh on another database' },
      { path: 'tools/export.py', text: 'r = requests.get(url, auth=("reports", "Hq7vR2mLp9xT"), timeout=30)\n', why: "requests' auth tuple" },
      { path: 'tools/session.py', text: 's = requests.Session()\ns.auth = ("reports", "Wd3Lq8Zx2Nv7")\n', why: "a session's auth" },
      { path: 'src/main/java/shop/Db.java', text: 'Connection c = DriverManager.getConnection(url, "shop_app", "Zt9qW3xkP2mR");\n', why: 'JDBC' },
      { path: 'internal/client/client.go', text: 'req.SetBasicAuth("ci-bot", "Rk5nQx8mVz2w")\n', why: "Go's SetBasicAuth" },
      { path: 'src/db.js', text: "const sequelize = new Sequelize('shop', 'shop_app', 'Vq3kXm8zNw6p', { dialect: 'postgres' });\n", why: 'Sequelize' },
      { path: 'cmd/server/main.go', text: 'db, err := sql.Open("mysql", "shop_app:Tq3Lw8Zx2Nv7@tcp(db:3306)/shop?parseTime=true")\n', why: "Go's MySQL DSN" },
      { path: 'config/db.php', text: "<?php\n$pdo = new PDO('mysql:host=db;dbname=shop', 'shop_app', 'Hq7vR2mLp9xT');\n", why: 'PHP PDO' },
      { path: 'inc/connect.php', text: '<?php\n$link = mysqli_connect("db", "shop_app", "Zt9qW3xkP2mR", "shop");\n', why: 'mysqli_connect' },
      { path: 'inc/Db.php', text: "<?php\n$this->db = new mysqli(DB_HOST, 'shop_app', 'Rk5nQx8mVz2w', 'shop');\n", why: 'mysqli, the host a constant' },
      { path: 'lib/report_client.rb', text: "request = Net::HTTP::Get.new(uri)\nrequest.basic_auth('reports', 'Vq3kXm8zNw6p')\n", why: "Ruby's Net::HTTP" },
    ],
    negative: [
      { path: 'src/Mailer.cs', text: 'client.Credentials = new NetworkCredential(config["Smtp:User"], config["Smtp:Password"]);\n', why: 'configuration' },
      { path: 'src/Ldap.cs', text: 'var entry = new DirectoryEntry("LDAP://dc01.shop.internal", "user", "password");\n', why: 'stand-ins' },
      { path: 'client.py', text: "auth = HTTPBasicAuth('user', 'pass')\n", why: 'stand-in' },
      { path: 'src/main/java/Mail.java', text: 'return new PasswordAuthentication(user, password.toCharArray());\n', why: 'variable' },
      { path: 'test/Auth.cs', text: 'var c = new NetworkCredential("admin", "admin");\n', why: 'same as the user' },
      { path: 'config/initializers/omniauth.rb', text: "  provider :github, ENV['GITHUB_KEY'], ENV['GITHUB_SECRET']\n", why: 'environment' },
      { path: 'app/login.js', text: "conn.login(username, password, callback);\n", why: 'variables' },
      { path: 'scripts/init-mongo.js', text: 'db.auth(process.env.MONGO_USER, process.env.MONGO_PASSWORD);\n', why: 'environment' },
      { path: 'tools/export.py', text: 'r = requests.get(url, auth=(os.environ["USER"], os.environ["PASSWORD"]))\n', why: 'environment' },
      { path: 'src/main/java/shop/Db.java', text: 'Connection c = DriverManager.getConnection(url, user, password);\n', why: 'variables' },
      { path: 'cmd/server/main.go', text: 'dsn := "shop_app:${MYSQL_PASSWORD}@tcp(db:3306)/shop"\n', why: 'a reference' },
      { path: 'docs/setup.md', text: 'DSN=root:root@tcp(127.0.0.1:3306)/shop\n', why: "the user's name again: a stand-in" },
      { path: 'src/db.js', text: "const sequelize = new Sequelize('database', 'username', 'password', { dialect: 'mysql' });\n", why: 'stand-ins' },
      { path: 'config/db.php', text: '<?php\n$pdo = new PDO($dsn, $user, $password);\n', why: 'variables' },
      { path: 'inc/connect.php', text: '<?php\n$link = mysqli_connect("db", "shop_app", "$dbpass", "shop");\n', why: 'an interpolated variable' },
      { path: 'inc/connect.php', text: "<?php\n$link = mysqli_connect('localhost', 'root', '', 'shop');\n", why: 'no password' },
    ],
  },
};
