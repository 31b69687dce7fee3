import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { inKeywordWindows, keywordRegExp } from '../../kit/keyword-windows.js';
import { lineEndNear, lineStartNear } from '../../kit/name-value.js';
import { isRedisExamplePassword, isStoredPassword } from './values.js';
import { isSecretLiteral, isWeakCredentialLiteral } from '../shared/secret-literal.js';
import { isCredentialSlot } from '../../kit/names.js';

// Passwords handed to credential APIs as literals: PowerShell's ConvertTo-SecureString -AsPlainText,
// .NET NetworkCredential and DirectoryEntry, Java PasswordAuthentication and Apache HttpClient's
// UsernamePasswordCredentials, Python requests/aiohttp basic auth, the login calls of FTP, SMTP, LDAP, SSH and
// database clients in several languages, libcurl's user:password option, a Java key store's password; and keys
// handed to JWT, HMAC and cipher APIs (signingKeyLiteral). The API says the argument is a password or a key, so
// a weak literal counts; a variable or an expression never matches.

interface Form {
  readonly label: string;
  readonly re: RegExp;
  /**
   * The form's keywords, lowercase: it runs only over a window that holds one (each window holds one of the
   * detector's keywords, and most hold one form's). The detector's keywords are these, of all its forms.
   */
  readonly keys?: readonly string[];
  /** What the form asks of its match beyond the pattern (the line's other options, the receiver's or the slot's name). */
  readonly accept?: (m: RegExpExecArray) => boolean;
}

/** A detector's keywords, those of all its forms, and the finder of their windows. */
function keywordsOf(forms: readonly Form[]): { readonly keywords: readonly string[]; readonly finder: RegExp } {
  const keywords = [...new Set(forms.flatMap((f) => f.keys ?? []))];
  return { keywords, finder: keywordRegExp(keywords) };
}

/** A stored password, judged with the form's `user` group when it has one. */
const storedPassword = (secret: string, m: RegExpExecArray): boolean => isStoredPassword(secret, m.groups?.['user']);

/** Runs each form over the windows around its keywords; the secret is the `secret` group, judged by `judge` (a stored password by default). */
function* formsIn(
  input: DetectorInput,
  finder: RegExp,
  forms: readonly Form[],
  judge: (secret: string, m: RegExpExecArray) => boolean = storedPassword,
): Iterable<Match> {
  yield* inKeywordWindows(input, finder, function* (region) {
    const seen = new Set<number>();
    let lower: string | undefined;
    for (const { label, re, keys, accept } of forms) {
      if (keys && !keys.some((k) => (lower ??= region.toLowerCase()).includes(k))) continue;
      re.lastIndex = 0;
      for (let m = re.exec(region); m !== null; m = re.exec(region)) {
        const span = m.indices?.groups?.['secret'];
        const secret = m.groups?.['secret'];
        if (!span || secret === undefined || seen.has(span[0]) || (accept && !accept(m)) || !judge(secret, m)) continue;
        seen.add(span[0]);
        yield { start: span[0], end: span[1], secret, detail: label };
      }
    }
  });
}

/** The line holding [start, end), at most 512 characters each side. */
function lineAround(text: string, start: number, end: number): string {
  return text.slice(lineStartNear(text, start, 512), lineEndNear(text, end, 512));
}

/** A PowerShell string literal: single-quoted is literal; double-quoted must not interpolate. */
const PS_STRING = String.raw`(?<q>["'])(?<secret>[^"'\r\n\`]{1,256})\k<q>`;
/** -AsPlainText is what makes the literal a password (without it the string is DPAPI ciphertext); `"$x"` interpolates. */
const plainText = (m: RegExpExecArray): boolean =>
  !(m.groups?.['q'] === '"' && m.groups['secret']?.includes('$')) && /-AsPlainText/i.test(lineAround(m.input, m.index, m.index + m[0].length));
const SECURE_STRING: readonly Form[] = [
  { label: 'ConvertTo-SecureString -AsPlainText', accept: plainText, re: new RegExp(String.raw`ConvertTo-SecureString(?:[ \t]{1,8}-(?:AsPlainText|Force|String)(?::\$true)?){0,3}[ \t]{1,8}${PS_STRING}`, 'dgi') },
  { label: 'piped to ConvertTo-SecureString -AsPlainText', accept: plainText, re: new RegExp(String.raw`${PS_STRING}[ \t]{0,4}\|[ \t]{0,4}ConvertTo-SecureString`, 'dgi') },
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
  detect: (input) => formsIn(input, SECURE_FINDER, SECURE_STRING),
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
/** A login's receiver that names a mail, file-transfer, shell, directory or database client or server connection. */
const CLIENT = /ftp|smtp|imap|pop3|mail|ssh|telnet|ldap|server|srv|conn|session/i;

/** The calls that take a key store's or a key's password as `char[]` (the key store's own, a KeyManagerFactory's, PBE's). */
const KEY_STORE_CALL = /(?:\.(?:load|init|getKey|setKeyEntry|getEntry|store)|\bnew[ \t]{1,4}(?:PBEKeySpec|KeyStore\.PasswordProtection|PasswordProtection))[ \t]{0,4}\(/;
const CONSTRUCTORS: readonly Form[] = [
  { label: '.NET NetworkCredential password', keys: ['networkcredential'], re: new RegExp(String.raw`NetworkCredential${OPEN}${STR('user')}${COMMA}${STR('secret')}`, 'dg') },
  { label: '.NET DirectoryEntry password', keys: ['directoryentry'], re: new RegExp(String.raw`DirectoryEntry${OPEN}@?["'][^"'\r\n]{0,256}["']${COMMA}${STR('user')}${COMMA}${STR('secret')}`, 'dg') },
  { label: 'Java PasswordAuthentication password', keys: ['passwordauthentication'], re: new RegExp(String.raw`PasswordAuthentication[ \t]{0,4}\([ \t\r\n]{0,16}${JAVA_USER}${COMMA}"(?<secret>[^"\r\n\\]{1,256})"[ \t]{0,4}\.toCharArray\(\)`, 'dg') },
  { label: 'Apache HttpClient UsernamePasswordCredentials password', keys: ['usernamepasswordcredentials'], re: new RegExp(String.raw`UsernamePasswordCredentials[ \t]{0,4}\([ \t\r\n]{0,16}${JAVA_USER}${COMMA}"(?<secret>[^"\r\n\\]{1,256})"(?:[ \t]{0,4}\.toCharArray\(\))?[ \t]{0,4}\)`, 'dg') },
  { label: 'HTTP basic/digest auth password', keys: ['basicauth', 'digestauth', 'proxyauth'], re: new RegExp(String.raw`(?<![\w.])(?:HTTPBasicAuth|HTTPDigestAuth|HTTPProxyAuth|BasicAuth)[ \t]{0,4}\([ \t\r\n]{0,16}(?:login=)?${STR('user')}${COMMA}(?:password=)?${STR('secret')}[ \t\r\n]{0,16}[,)]`, 'dg') },
  // OmniAuth (Rails) and Devise: `provider :github, 'client id', 'client secret'`
  { label: 'OmniAuth provider client secret', keys: ['provider :', 'omniauth :'], re: new RegExp(String.raw`(?<![\w.])(?:provider|config\.omniauth)[ \t]{1,4}:\w{2,40}[ \t]{0,4},[ \t\r\n]{0,16}${STR('user')}${COMMA}${STR('secret')}`, 'dg') },
  // Salesforce's jsforce and simple-salesforce style logins: `conn.login('ops@corp.example', 'password' + 'token')`
  { label: 'login call password', keys: ['.login'], re: new RegExp(String.raw`\.login[ \t]{0,4}\([ \t\r\n]{0,16}(?<userq>["'])(?<user>[^"'\s@]{1,64}@[^"'\s]{1,190})\k<userq>${COMMA}${STR('secret')}`, 'dg') },
  // a mail, file-transfer, shell or directory client's login with both literals: `ftp.login("deploy", "password")`
  // (ftplib, Apache Commons Net), smtplib's `server.login(…)`, phpseclib's `$ssh->login(…)` (CLIENT names the
  // receiver); a test's own `self.login("alice", "…")` or `cy.login(…)` logs into the application under test
  // Go's exported `Login` on a short receiver is the client's (jlaffaye/ftp's `c.Login(user, password)` after `ftp.Dial`)
  { label: 'client login password', keys: ['.login', '->login'], accept: (m) => CLIENT.test(m.groups?.['client'] ?? '') || (/^[a-z]{1,2}$/.test(m.groups?.['client'] ?? '') && m[0].includes('.Login')), re: new RegExp(String.raw`(?<![\w$])\$?(?<client>[A-Za-z_][\w]{0,60})(?:\.|->)[lL]ogin[ \t]{0,4}\([ \t\r\n]{0,16}${STR('user')}${COMMA}${STR('secret')}[ \t\r\n]{0,16}\)`, 'dg') },
  // MailKit's `client.Authenticate("user", "password")`, `AuthenticateAsync`
  { label: 'Authenticate call password', keys: ['.authenticate'], re: new RegExp(String.raw`\.Authenticate(?:Async)?[ \t]{0,4}\([ \t\r\n]{0,16}${STR('user')}${COMMA}${STR('secret')}[ \t\r\n]{0,16}\)`, 'dg') },
  // PHP: `ftp_login($conn, 'user', 'password')`, `ldap_bind($ds, 'cn=admin,…', 'password')`
  { label: 'PHP login password', keys: ['ftp_login', 'ldap_bind', 'ldap_sasl_bind', 'ssh2_auth_password'], re: new RegExp(String.raw`\b(?:ftp_login|ldap_bind|ldap_sasl_bind|ssh2_auth_password)[ \t]{0,4}\([ \t\r\n]{0,16}\$[\w>-]{1,64}${COMMA}${STR('user')}${COMMA}${PHP_SECRET}`, 'dgi') },
  // libcurl: `curl_setopt($ch, CURLOPT_USERPWD, 'user:password')`, `curl_easy_setopt(h, CURLOPT_USERPWD, "user:password")`
  { label: 'libcurl CURLOPT_USERPWD password', keys: ['curlopt_userpwd', 'curlopt_proxyuserpwd'], re: /\bCURLOPT_(?:PROXY)?USERPWD[ \t]{0,4},[ \t]{0,4}(?<q>["'])(?<user>[^"'\s:$\\]{1,64}):(?<secret>[^"'\s$\\]{1,128})\k<q>/dg },
  // Guzzle: `['auth' => ['user', 'password']]`, or with the scheme third (`'digest'`); the pair then closes the array,
  // which a list of names under an 'auth' key does not (`'auth' => ['guards', 'providers', 'passwords']`); a user
  // name holds no `#` (an SDK's list of auth schemes: `'auth' => ['aws.auth#sigv4', 'smithy.api#httpBearerAuth']`)
  { label: 'Guzzle auth password', keys: ["'auth'", '"auth"'], re: new RegExp(String.raw`["']auth["'][ \t]{0,4}=>[ \t]{0,4}\[[ \t\r\n]{0,16}(?<userq>["'])(?<user>[^"'\r\n\\#]{1,128})\k<userq>${COMMA}${PHP_SECRET}(?:${COMMA}["'](?:basic|digest|ntlm)["'])?[ \t\r\n]{0,16},?[ \t\r\n]{0,16}\]`, 'dg') },
  // Ruby: `Net::FTP.new('host', 'user', 'password')`; net-ldap's `ldap.auth 'cn=admin,…', 'password'`
  { label: 'Ruby Net::FTP password', keys: ['net::ftp'], re: new RegExp(String.raw`\bNet::FTP\.(?:new|open)[ \t]{0,4}\(?[ \t]{0,4}${STR('host')}${COMMA}${STR('user')}${COMMA}${STR('secret')}`, 'dg') },
  { label: 'LDAP bind password', keys: ['.auth '], re: new RegExp(String.raw`\.auth[ \t]{1,4}${STR('user')}${COMMA}${STR('secret')}[ \t]{0,4}$`, 'dgm') },
  // SSH.NET: `new SftpClient("host", "user", "password")`, with a port too
  { label: 'SSH.NET client password', keys: ['ftpclient', 'sshclient', 'scpclient'], re: new RegExp(String.raw`\bnew[ \t]{1,4}(?:Sftp|Ssh|Scp)Client[ \t]{0,4}\([ \t\r\n]{0,16}${STR('host')}${COMMA}(?:\d{1,5}${COMMA})?${STR('user')}${COMMA}${STR('secret')}`, 'dg') },
  // Python DB-API drivers called positionally: `pymysql.connect("host", "user", "password", "db")`
  { label: 'database driver password', keys: ['.connect('], re: new RegExp(String.raw`\b(?:pymysql|MySQLdb|pymssql|mysql\.connector)\.connect[ \t]{0,4}\([ \t\r\n]{0,16}${STR('host')}${COMMA}${STR('user')}${COMMA}${STR('secret')}`, 'dg') },
  // Rust's lettre (and others): `Credentials::new("user".to_string(), "password".to_string())`
  { label: 'Credentials::new password', keys: ['credentials::new'], re: /\bCredentials::new\([ \t\r\n]{0,16}(?<userq>")(?<user>[^"\r\n\\]{1,128})"(?:\.(?:to_string|to_owned|into)\(\))?[ \t]{0,4},[ \t\r\n]{0,16}(?<q>")(?<secret>[^"\r\n\\]{1,256})"(?:\.(?:to_string|to_owned|into)\(\))?[ \t\r\n]{0,16}\)/dg },
  // phpredis and node-redis: `$redis->auth('password')`, `redisClient.auth("password")`; Java's Jedis
  // (`jedis.auth("password")`) and Valkey's clients
  { label: 'Redis AUTH password', keys: ['->auth(', '.auth('], accept: (m) => !isRedisExamplePassword(m.groups?.['secret'] ?? ''), re: new RegExp(String.raw`\b\$?\w{0,40}(?:[Rr]edis|REDIS|[Jj]edis|JEDIS|[Vv]alkey|VALKEY)\w{0,40}(?:\.|->)auth[ \t]{0,4}\([ \t]{0,4}${STR('secret')}[ \t]{0,4}\)`, 'dg') },
  // Python's ftplib: `FTP("host", "user", "password")`, FTP_TLS too
  { label: 'FTP login password', keys: ['ftp(', 'ftp_tls('], re: new RegExp(String.raw`\bFTP(?:_TLS)?[ \t]{0,4}\([ \t\r\n]{0,16}${STR('host')}${COMMA}${STR('user')}${COMMA}${STR('secret')}`, 'dg') },
  // Go's net/smtp: `smtp.PlainAuth("", "user", "password", "host")`, `smtp.CRAMMD5Auth("user", "secret")`
  { label: 'Go SMTP auth password', keys: ['smtp.plainauth', 'smtp.crammd5auth'], re: new RegExp(String.raw`\bsmtp\.(?:PlainAuth[ \t]{0,4}\([ \t\r\n]{0,16}"[^"\r\n]{0,64}"${COMMA}|CRAMMD5Auth[ \t]{0,4}\([ \t\r\n]{0,16})${STR('user')}${COMMA}${STR('secret')}`, 'dg') },
  // LDAP binds: python-ldap's `conn.simple_bind_s("cn=admin,dc=corp", "password")`
  { label: 'LDAP bind password', keys: ['simple_bind', 'bind_s('], re: new RegExp(String.raw`\.(?:simple_bind_s|simple_bind|bind_s)[ \t]{0,4}\([ \t\r\n]{0,16}${STR('user')}${COMMA}${STR('secret')}[ \t\r\n]{0,16}[,)]`, 'dg') },
  // JavaMail: `Transport.send(message, "user", "password")`, `transport.connect("smtp.host", 587, "user", "password")`
  { label: 'JavaMail password', keys: ['transport.send'], re: new RegExp(String.raw`\bTransport\.send[ \t]{0,4}\([ \t\r\n]{0,16}${ARGUMENT}${COMMA}${STR('user')}${COMMA}${STR('secret')}[ \t\r\n]{0,16}\)`, 'dg') },
  // (the host a bare name: a URL there is a socket's or a broker's, whose further arguments are no login)
  { label: 'connect call password', keys: ['.connect('], re: new RegExp(String.raw`\.connect[ \t]{0,4}\([ \t\r\n]{0,16}(?<hostq>["'])[\w.-]{1,253}\k<hostq>${COMMA}(?:\d{1,5}${COMMA})?${STR('user')}${COMMA}${STR('secret')}[ \t\r\n]{0,16}\)`, 'dg') },
  // a Java key store's or key's password: `ks.load(in, "password".toCharArray())`, `kmf.init(ks, "…".toCharArray())` (KEY_STORE_CALL on the line)
  { label: 'Java key store password', keys: ['tochararray'], accept: (m) => KEY_STORE_CALL.test(m.input.slice(lineStartNear(m.input, m.index, 512), m.index)), re: /(?<=[(,][ \t]{0,4})(?<q>")(?<secret>[^"\r\n\\]{1,256})"[ \t]{0,4}\.toCharArray\(\)/dg },
  // the MongoDB shell (.mongorc.js, mongosh scripts): `db.auth("user", "password")`, also on getSiblingDB('admin')
  { label: 'MongoDB shell db.auth password', keys: ['db.auth(', ').auth('], re: new RegExp(String.raw`\.auth[ \t]{0,4}\([ \t\r\n]{0,16}${STR('user')}${COMMA}${STR('secret')}[ \t\r\n]{0,16}\)`, 'dg') },
  // Python requests and httpx: `requests.get(url, auth=("user", "password"))`, `session.auth = ("user", "password")`; the
  // Elasticsearch client's `basic_auth=(…)` and older `http_auth=(…)`, jira's `basic_auth=(…)`
  { label: 'requests auth tuple password', keys: ['auth=(', 'auth = ('], re: new RegExp(String.raw`(?<![\w$])(?:basic_|http_)?auth[ \t]{0,2}=[ \t]{0,2}\([ \t\r\n]{0,16}${STR('user')}${COMMA}${STR('secret')}[ \t\r\n]{0,16},?[ \t\r\n]{0,16}\)`, 'dg') },
  // JDBC: `DriverManager.getConnection(url, "user", "password")` (the URL a variable or a literal)
  { label: 'JDBC getConnection password', keys: ['getconnection('], re: new RegExp(String.raw`\bgetConnection[ \t]{0,4}\([ \t\r\n]{0,16}${ARGUMENT}${COMMA}${STR('user')}${COMMA}${STR('secret')}[ \t\r\n]{0,16}\)`, 'dg') },
  // Go's net/http: `req.SetBasicAuth("user", "password")`
  { label: 'Go SetBasicAuth password', keys: ['basicauth'], re: new RegExp(String.raw`\.SetBasicAuth[ \t]{0,4}\([ \t\r\n]{0,16}${STR('user')}${COMMA}${STR('secret')}[ \t\r\n]{0,16}\)`, 'dg') },
  // Sequelize: `new Sequelize('database', 'user', 'password', { … })`
  { label: 'Sequelize password', keys: ['sequelize('], re: new RegExp(String.raw`\bnew[ \t]{1,4}Sequelize[ \t]{0,4}\([ \t\r\n]{0,16}${STR('database')}${COMMA}${STR('user')}${COMMA}${STR('secret')}`, 'dg') },
  // PHP: `new PDO($dsn, 'user', 'password')`, `new mysqli('db', 'user', 'password', 'shop')`, `mysqli_connect(…)`
  { label: 'PHP PDO password', keys: ['pdo('], re: new RegExp(String.raw`\bnew[ \t]{1,4}\\?PDO[ \t]{0,4}\([ \t\r\n]{0,16}${ARGUMENT}${COMMA}${STR('user')}${COMMA}${PHP_SECRET}`, 'dgi') },
  { label: 'PHP mysqli password', keys: ['mysqli(', 'mysqli (', 'mysqli_connect('], re: new RegExp(String.raw`(?:\bnew[ \t]{1,4}\\?mysqli|\bmysqli_connect)[ \t]{0,4}\([ \t\r\n]{0,16}${ARGUMENT}${COMMA}${STR('user')}${COMMA}${PHP_SECRET}`, 'dgi') },
  // PHP's older and other database extensions, host (or DSN) first: `mysql_connect('db', 'user', 'password')`,
  // `mssql_connect`, `odbc_connect($dsn, …)`, `db2_connect`, `ibase_connect`, the persistent `_pconnect` forms, and
  // `mysqli_real_connect($link, 'db', 'user', 'password')` / `$mysqli->real_connect(…)`
  { label: 'PHP database connect password', keys: [...['mysql', 'mssql', 'odbc', 'db2', 'ibase', 'sybase'].flatMap((db) => [`${db}_connect(`, `${db}_pconnect(`]), 'real_connect('], re: new RegExp(String.raw`(?:\b(?:mysql|mssql|odbc|db2|ibase|sybase)_p?connect[ \t]{0,4}\(|\bmysqli_real_connect[ \t]{0,4}\([ \t]{0,4}\$[\w>-]{1,64}${COMMA}|->real_connect[ \t]{0,4}\()[ \t\r\n]{0,16}${ARGUMENT}${COMMA}${STR('user')}${COMMA}${PHP_SECRET}`, 'dgi') },
  // Oracle's OCI8, user first: `oci_connect('scott', 'password', 'db/XE')`
  { label: 'PHP Oracle connect password', keys: ['oci_connect(', 'oci_pconnect(', 'oci_new_connect('], re: new RegExp(String.raw`\boci_(?:p|new_)?connect[ \t]{0,4}\([ \t\r\n]{0,16}${STR('user')}${COMMA}${PHP_SECRET}`, 'dgi') },
  // Ruby's Net::HTTP: `request.basic_auth('user', 'password')`
  { label: 'Ruby basic_auth password', keys: ['basic_auth'], re: new RegExp(String.raw`\.basic_auth[ \t]{0,4}\(?[ \t]{0,4}${STR('user')}${COMMA}${STR('secret')}`, 'dg') },
  // OkHttp's `Credentials.basic("user", "password")` (Java, Kotlin): the Authorization header's value it builds
  { label: 'OkHttp Credentials.basic password', keys: ['credentials.basic('], re: new RegExp(String.raw`\bCredentials\.basic[ \t]{0,4}\([ \t\r\n]{0,16}${STR('user')}${COMMA}${STR('secret')}`, 'dg') },
  // Laravel's HTTP client: `Http::withBasicAuth('user', 'password')`, `withDigestAuth(…)`
  { label: 'Laravel HTTP client password', keys: ['withbasicauth(', 'withdigestauth('], re: new RegExp(String.raw`\bwith(?:Basic|Digest)Auth[ \t]{0,4}\([ \t\r\n]{0,16}${STR('user')}${COMMA}${STR('secret')}`, 'dg') },
  // Elixir: hackney's `basic_auth: {"user", "password"}` (HTTPoison, Tesla), Req's `auth: {:basic, "user:password"}`
  { label: 'Elixir basic_auth password', keys: ['basic_auth:'], re: new RegExp(String.raw`\bbasic_auth:[ \t]{0,4}\{[ \t]{0,4}${STR('user')}${COMMA}${STR('secret')}[ \t]{0,4}\}`, 'dg') },
  { label: 'Req basic auth password', keys: ['{:basic,'], re: /\{:basic,[ \t]{0,4}"(?<user>[^"\s:]{1,128}):(?<secret>[^"\r\n]{1,256})"[ \t]{0,4}\}/dg },
  // Rust's reqwest and ureq: `.basic_auth("user", Some("password"))`, the password an Option
  { label: 'Rust basic_auth password', keys: ['basic_auth'], re: new RegExp(String.raw`\.basic_auth[ \t]{0,4}\([ \t\r\n]{0,16}${STR('user')}${COMMA}Some[ \t]{0,4}\([ \t]{0,4}${STR('secret')}`, 'dg') },
  // Perl's DBI: `DBI->connect("dbi:Pg:dbname=shop", "user", "password", \%attr)` (and connect_cached)
  { label: 'Perl DBI connect password', keys: ['dbi->connect'], re: new RegExp(String.raw`\bDBI->connect(?:_cached)?[ \t]{0,4}\([ \t\r\n]{0,16}${ARGUMENT}${COMMA}${STR('user')}${COMMA}${PHP_SECRET}`, 'dg') },
  // sbt's publishing credentials: `Credentials("Realm", "repo.host", "user", "password")`
  { label: 'sbt Credentials password', keys: ['credentials('], re: new RegExp(String.raw`(?<![\w.])Credentials[ \t]{0,4}\([ \t\r\n]{0,16}${STR('realm')}${COMMA}${STR('host')}${COMMA}${STR('user')}${COMMA}${STR('secret')}[ \t\r\n]{0,16}\)`, 'dg') },
  // Ruby's net/smtp: `Net::SMTP.start('smtp.host', 587, 'helo.domain', 'user', 'password', :login)`
  { label: 'Ruby Net::SMTP password', keys: ['net::smtp.start'], re: new RegExp(String.raw`\bNet::SMTP\.start[ \t]{0,4}\(?[ \t]{0,4}${STR('host')}${COMMA}\d{1,5}${COMMA}${STR('helo')}${COMMA}${STR('user')}${COMMA}${STR('secret')}`, 'dg') },
  // Go's MySQL driver DSN, no scheme: `user:password@tcp(db:3306)/shop`, `user:password@unix(/run/mysqld.sock)/shop`
  { label: 'MySQL DSN password', keys: ['@tcp(', '@unix('], re: /(?<![\w.$-])(?<user>[\w.-]{1,64}):(?<secret>[^\s"'`@/():${}]{1,128})@(?:tcp|unix)\(/dg },
];
const CONSTRUCTOR = keywordsOf(CONSTRUCTORS);

export const credentialConstructorPassword: Detector = {
  id: 'credential-constructor-password',
  title: 'Literal password passed to a credential API',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: CONSTRUCTOR.keywords,
  priority: 30,
  remediation:
    'Change the password, then pass one read at run time: from configuration bound to a secret store, the environment, ' +
    'or the platform identity (integrated Windows authentication, a managed identity) instead of a literal.',
  detect: (input) => formsIn(input, CONSTRUCTOR.finder, CONSTRUCTORS),
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
      { path: 'search/index.py', text: 'es = Elasticsearch("https://search.shop.internal:9200", basic_auth=("indexer", "Qm7vT2xK9pLw"))\n', why: "the Elasticsearch client's basic_auth" },
      { path: 'src/main/java/shop/Db.java', text: 'Connection c = DriverManager.getConnection(url, "shop_app", "Zt9qW3xkP2mR");\n', why: 'JDBC' },
      { path: 'internal/client/client.go', text: 'req.SetBasicAuth("ci-bot", "Rk5nQx8mVz2w")\n', why: "Go's SetBasicAuth" },
      { path: 'src/db.js', text: "const sequelize = new Sequelize('shop', 'shop_app', 'Vq3kXm8zNw6p', { dialect: 'postgres' });\n", why: 'Sequelize' },
      { path: 'cmd/server/main.go', text: 'db, err := sql.Open("mysql", "shop_app:Tq3Lw8Zx2Nv7@tcp(db:3306)/shop?parseTime=true")\n', why: "Go's MySQL DSN" },
      { path: 'config/db.php', text: "<?php\n$pdo = new PDO('mysql:host=db;dbname=shop', 'shop_app', 'Hq7vR2mLp9xT');\n", why: 'PHP PDO' },
      { path: 'inc/connect.php', text: '<?php\n$link = mysqli_connect("db", "shop_app", "Zt9qW3xkP2mR", "shop");\n', why: 'mysqli_connect' },
      { path: 'inc/Db.php', text: "<?php\n$this->db = new mysqli(DB_HOST, 'shop_app', 'Rk5nQx8mVz2w', 'shop');\n", why: 'mysqli, the host a constant' },
      { path: 'inc/legacy.php', text: "<?php\n$link = mysql_connect('localhost', 'shop_app', 'Vw4pXq9tLm2c') or die(mysql_error());\n", why: "PHP 5's mysql extension" },
      { path: 'inc/report.php', text: '<?php\n$conn = odbc_connect($dsn, "report", "Jn6rTz3wQk8v");\n', why: 'ODBC, the DSN a variable' },
      { path: 'inc/Db.php', text: "<?php\nmysqli_real_connect($link, 'db', 'shop_app', 'Pz5mWq8rKt3x', 'shop');\n", why: 'mysqli_real_connect, the link first' },
      { path: 'inc/oracle.php', text: "<?php\n$c = oci_connect('shop_app', 'Hb7nVx2qLw9k', 'db.internal/ORCL');\n", why: 'Oracle OCI8: user first' },
      { path: 'lib/Shop/Db.pm', text: 'my $dbh = DBI->connect("dbi:Pg:dbname=shop;host=db.internal", "shop_app", "Wm4kTz8qNx2v", { RaiseError => 1 });\n', why: "Perl's DBI" },
      { path: 'build.sbt', text: 'credentials += Credentials("Sonatype Nexus", "nexus.shop.internal", "deploy", "Qx7vLm3kTz9w")\n', why: "sbt's publishing credentials" },
      { path: 'lib/mailer.rb', text: "Net::SMTP.start('smtp.shop.internal', 587, 'shop.internal', 'orders', 'Zr5nKw8xTq3m', :plain) do |smtp|\n", why: "Ruby's net/smtp" },
      { path: 'src/main/java/shop/Cache.java', text: 'Jedis jedis = pool.getResource();\njedis.auth("Cq4zNm8wTr2v");\n', why: "Jedis' AUTH" },
      { path: 'tools/upload.py', text: 'ftp = ftplib.FTP("files.shop.internal", "deploy", "Kw3nP7zQr1xT")\n', why: "Python's ftplib" },
      { path: 'tools/upload.py', text: 'ftp.login("deploy", "Vq3kXm8zNw6p")\n', why: 'a login call with both literals' },
      { path: 'cmd/mirror/main.go', text: 'c, err := ftp.Dial("files.shop.internal:21")\nerr = c.Login("mirror", "Wq8Lz3vTk9pR")\n', why: "Go's Login on a short receiver" },
      { path: 'internal/mail/mail.go', text: 'auth := smtp.PlainAuth("", "orders@shop.example.org", "Tq3Lw8Zx2Nv7", "smtp.shop.internal")\n', why: "Go's net/smtp" },
      { path: 'app/directory.py', text: 'conn.simple_bind_s("cn=admin,dc=shop,dc=internal", "Rk5nQx8mVz2w")\n', why: 'an LDAP bind' },
      { path: 'src/main/java/shop/Mail.java', text: 'Transport.send(message, "orders@shop.example.org", "Zt9qW3xkP2mR");\n', why: 'JavaMail' },
      { path: 'src/main/java/shop/Mail.java', text: 'transport.connect("smtp.shop.internal", 587, "orders", "Hq7vR2mLp9xT");\n', why: 'JavaMail with a port' },
      { path: 'app/Mail/Deploy.php', text: "<?php\nftp_login($conn, 'deploy', 'Tq3Lw8Zx2Nv7');\n", why: "PHP's ftp_login" },
      { path: 'src/fetch.c', text: 'curl_easy_setopt(h, CURLOPT_USERPWD, "reports:Zt9qW3xkP2mR");\n', why: "libcurl's user:password option" },
      { path: 'app/Api.php', text: "<?php\n$client = new Client(['base_uri' => $url, 'auth' => ['reports', 'Hq7vR2mLp9xT']]);\n", why: 'Guzzle' },
      { path: 'src/Shop/Mailer.cs', text: 'await client.AuthenticateAsync("orders", "Rk5nQx8mVz2w");\nclient.Authenticate("orders", "Rk5nQx8mVz2w");\n', why: 'MailKit' },
      { path: 'src/Shop/Upload.cs', text: 'using var sftp = new SftpClient("files.shop.internal", 22, "deploy", "Vq3kXm8zNw6p");\n', why: 'SSH.NET' },
      { path: 'etl/load.py', text: 'db = pymysql.connect("db.shop.internal", "etl", "Wd3Lq8Zx2Nv7", "shop")\n', why: 'a DB-API driver called positionally' },
      { path: 'src/mail.rs', text: 'let creds = Credentials::new("orders".to_string(), "Kw3nP7zQr1xT".to_string());\n', why: "Rust's lettre" },
      { path: 'lib/cache.php', text: "<?php\n$redis->auth('Tq3Lw8Zx2Nv7Kp4R');\n", why: 'phpredis' },
      { path: 'lib/directory.rb', text: "ldap.auth 'cn=admin,dc=shop,dc=internal', 'Rk5nQx8mVz2w'\n", why: "net-ldap's auth" },
      { path: 'src/main/java/shop/Tls.java', text: 'ks.load(new FileInputStream("certs/client.p12"), "Wd3Lq8Zx2Nv7".toCharArray());\n', why: "a key store's password" },
      { path: 'lib/report_client.rb', text: "request = Net::HTTP::Get.new(uri)\nrequest.basic_auth('reports', 'Vq3kXm8zNw6p')\n", why: "Ruby's Net::HTTP" },
      { path: 'src/report.rs', text: 'let resp = client.get(url).basic_auth("reports", Some("Vq3kXm8zNw6p")).send().await?;\n', why: "Rust's reqwest" },
      { path: 'app/src/main/java/shop/Api.kt', text: 'val credential = Credentials.basic("reports", "Vq3kXm8zNw6p")\n', why: "OkHttp's Credentials.basic" },
      { path: 'app/Services/Reports.php', text: "<?php\n$resp = Http::withBasicAuth('reports', 'Vq3kXm8zNw6p')->get($url);\n", why: "Laravel's HTTP client" },
      { path: 'lib/shop/reports.ex', text: 'HTTPoison.get(url, [], hackney: [basic_auth: {"reports", "Vq3kXm8zNw6p"}])\n', why: "hackney's basic_auth" },
      { path: 'lib/shop/reports.ex', text: 'Req.get!(url, auth: {:basic, "reports:Vq3kXm8zNw6p"})\n', why: "Req's basic auth" },
    ],
    negative: [
      { path: 'src/Mailer.cs', text: 'client.Credentials = new NetworkCredential(config["Smtp:User"], config["Smtp:Password"]);\n', why: 'configuration' },
      { path: 'src/Ldap.cs', text: 'var entry = new DirectoryEntry("LDAP://dc01.shop.internal", "user", "password");\n', why: 'stand-ins' },
      { path: 'client.py', text: "auth = HTTPBasicAuth('user', 'pass')\n", why: 'stand-in' },
      { path: 'src/main/java/Mail.java', text: 'return new PasswordAuthentication(user, password.toCharArray());\n', why: 'variable' },
      { path: 'test/Auth.cs', text: 'var c = new NetworkCredential("admin", "admin");\n', why: 'same as the user' },
      { path: 'config/initializers/omniauth.rb', text: "  provider :github, ENV['GITHUB_KEY'], ENV['GITHUB_SECRET']\n", why: 'environment' },
      { path: 'app/login.js', text: "conn.login(username, password, callback);\n", why: 'variables' },
      { path: 'lib/Shop/Db.pm', text: 'my $dbh = DBI->connect("dbi:Pg:dbname=shop", "shop_app", "$ENV{DB_PASSWORD}");\n', why: "Perl's interpolation of the environment" },
      { path: 'build.sbt', text: 'credentials += Credentials("Sonatype Nexus", "nexus.shop.internal", sys.env("NEXUS_USER"), sys.env("NEXUS_PASSWORD"))\n', why: 'environment' },
      { path: 'scripts/init-mongo.js', text: 'db.auth(process.env.MONGO_USER, process.env.MONGO_PASSWORD);\n', why: 'environment' },
      { path: 'tools/export.py', text: 'r = requests.get(url, auth=(os.environ["USER"], os.environ["PASSWORD"]))\n', why: 'environment' },
      { path: 'src/main/java/shop/Db.java', text: 'Connection c = DriverManager.getConnection(url, user, password);\n', why: 'variables' },
      { path: 'cmd/server/main.go', text: 'dsn := "shop_app:${MYSQL_PASSWORD}@tcp(db:3306)/shop"\n', why: 'a reference' },
      { path: 'docs/setup.md', text: 'DSN=root:root@tcp(127.0.0.1:3306)/shop\n', why: "the user's name again: a stand-in" },
      { path: 'src/db.js', text: "const sequelize = new Sequelize('database', 'username', 'password', { dialect: 'mysql' });\n", why: 'stand-ins' },
      { path: 'config/db.php', text: '<?php\n$pdo = new PDO($dsn, $user, $password);\n', why: 'variables' },
      { path: 'inc/connect.php', text: '<?php\n$link = mysqli_connect("db", "shop_app", "$dbpass", "shop");\n', why: 'an interpolated variable' },
      { path: 'inc/connect.php', text: "<?php\n$link = mysqli_connect('localhost', 'root', '', 'shop');\n", why: 'no password' },
      { path: 'inc/legacy.php', text: '<?php\n$link = mysql_connect(DB_HOST, DB_USER, DB_PASSWORD);\n', why: 'constants' },
      { path: 'inc/legacy.php', text: '<?php\n$link = mysql_connect("localhost", "root", "$password");\n', why: 'an interpolated variable' },
      { path: 'tests/test_views.py', text: "self.client.login(username, password)\n", why: 'variables' },
      { path: 'tests/test_api.py', text: 'tok = self.login("alice", "Vq3kXm8zNw6p")\n', why: "a test's own login to the application under test, not a client's" },
      { path: 'cypress/e2e/editor.cy.js', text: "cy.login('editor', 'Rk5nQx8mVz2w');\n", why: "a test's own login command" },
      { path: 'vendor/aws/data/api-2.json.php', text: "<?php\nreturn ['metadata' => ['auth' => ['aws.auth#sigv4', 'smithy.api#httpBearerAuth', ], 'endpointPrefix' => 'bedrock']];\n", why: "an SDK's list of auth schemes" },
      { path: 'internal/mail/mail.go', text: 'auth := smtp.PlainAuth("", cfg.User, cfg.Password, cfg.Host)\n', why: 'configuration' },
      { path: 'app/ws.js', text: "socket.connect('ws://localhost:8080', 'chat', 'protocol-v2');\n", why: 'no password: the arguments are a URL and protocol names' },
      { path: 'src/main/java/shop/Mail.java', text: 'Transport.send(message, user, password);\n', why: 'variables' },
      { path: 'src/fetch.c', text: 'curl_easy_setopt(h, CURLOPT_USERPWD, userpwd);\n', why: 'a variable' },
      { path: 'app/Api.php', text: "<?php\n$client = new Client(['auth' => [$user, $password]]);\n", why: 'variables' },
      { path: 'src/Foundation/LoadConfiguration.php', text: "<?php\nreturn ['auth' => ['guards', 'providers', 'passwords'], 'cache' => ['stores']];\n", why: "a list of names under an 'auth' key, not a user and a password" },
      { path: 'src/app.js', text: "const user = await firebase.auth('default');\n", why: 'not a Redis client' },
      { path: 'stubs/Redis.php', text: "<?php\n     * @example $redis->auth('foobared');\n", why: "the Redis docs' example password" },
      { path: 'src/Shop/Login.cs', text: 'var ok = await signIn.Authenticate(model.User, model.Password);\n', why: 'variables' },
      { path: 'src/main/java/shop/Hex.java', text: 'private static final char[] DIGITS = "0123456789abcdef".toCharArray();\n', why: 'an alphabet, in no key store call' },
      { path: 'src/main/java/shop/Names.java', text: 'for (char c : split("Wd3Lq8Zx2Nv7".toCharArray())) count++;\n', why: 'characters of a string, in no key store call' },
    ],
  },
};

/** A string literal's text, `b"…"` (Python bytes) too: no escapes, no line break. */
const KEY_STR = String.raw`b?(?<q>["'])(?<secret>[^"'\r\n\\]{1,256})\k<q>`;
/** A first argument before the key: a name or a call on names, an object or array literal on one line. */
const FIRST = String.raw`(?:[\w.$]{1,64}(?:\([^()\r\n]{0,80}\))?|\{[^{}\r\n]{0,240}\}|\[[^[\]\r\n]{0,240}\])`;
/** After the literal, the call goes on or ends. */
const NEXT = String.raw`[ \t]{0,4}[,)]`;
const SIGNING: readonly Form[] = [
  // jsonwebtoken, PyJWT, ruby-jwt, firebase/php-jwt: `jwt.sign(payload, 'key')`, `jwt.decode(t, "key", algorithms=…)`, `JWT::encode($p, 'key', 'HS256')`
  { label: 'JWT signing key', keys: ['jwt.', 'jwt::'], re: new RegExp(String.raw`\b(?:jwt|JWT)(?:\.|::)(?:sign|verify|encode|decode)[ \t]{0,4}\([ \t]{0,4}\$?${FIRST}[ \t]{0,4},[ \t]{0,4}${KEY_STR}${NEXT}`, 'dg') },
  // firebase/php-jwt 6: `new Key('key', 'HS256')`
  { label: 'JWT signing key', keys: ['new key('], re: new RegExp(String.raw`\bnew[ \t]{1,4}Key[ \t]{0,4}\([ \t]{0,4}${KEY_STR}[ \t]{0,4},[ \t]{0,4}["']HS(?:256|384|512)["']`, 'dg') },
  // golang-jwt: `token.SignedString([]byte("key"))`; an HMAC: `hmac.New(sha256.New, []byte("key"))`
  { label: 'JWT signing key', keys: ['signedstring('], re: /\.SignedString\([ \t]{0,4}\[\]byte\([ \t]{0,4}(?<q>")(?<secret>[^"\r\n\\]{1,256})"[ \t]{0,4}\)/dg },
  { label: 'HMAC key', keys: ['hmac.new'], re: /\bhmac\.New\([ \t]{0,4}[\w.]{1,40}[ \t]{0,4},[ \t]{0,4}\[\]byte\([ \t]{0,4}(?<q>")(?<secret>[^"\r\n\\]{1,256})"[ \t]{0,4}\)/dg },
  // jjwt: `.signWith(SignatureAlgorithm.HS256, "key")`, `.setSigningKey("key")`; auth0 java-jwt: `Algorithm.HMAC256("key")`; `Keys.hmacShaKeyFor("key".getBytes())`
  { label: 'JWT signing key', keys: ['signwith('], re: /\.signWith\([ \t]{0,4}SignatureAlgorithm\.HS(?:256|384|512)[ \t]{0,4},[ \t]{0,4}(?<q>")(?<secret>[^"\r\n\\]{1,256})"/dg },
  { label: 'JWT signing key', keys: ['setsigningkey('], re: /\.setSigningKey\([ \t]{0,4}(?<q>")(?<secret>[^"\r\n\\]{1,256})"/dg },
  { label: 'JWT signing key', keys: ['algorithm.hmac', 'hmacshakeyfor('], re: /\b(?:Algorithm\.HMAC(?:256|384|512)|Keys\.hmacShaKeyFor)\([ \t]{0,4}(?<q>")(?<secret>[^"\r\n\\]{1,256})"/dg },
  // Java: `new SecretKeySpec("key".getBytes(), "HmacSHA256")` (or "AES")
  { label: 'HMAC or cipher key', keys: ['secretkeyspec('], re: /\bnew[ \t]{1,4}SecretKeySpec\([ \t]{0,4}(?<q>")(?<secret>[^"\r\n\\]{1,256})"\.getBytes\([^()\r\n]{0,40}\)[ \t]{0,4},[ \t]{0,4}"(?:Hmac\w{3,12}|AES|DESede|Blowfish)"/dg },
  // .NET: `new SymmetricSecurityKey(Encoding.UTF8.GetBytes("key"))`
  { label: 'JWT signing key', keys: ['symmetricsecuritykey('], re: /\bSymmetricSecurityKey\([ \t]{0,4}Encoding\.\w{2,16}\.GetBytes\([ \t]{0,4}(?<q>")(?<secret>[^"\r\n\\]{1,256})"/dg },
  // Node: `crypto.createHmac('sha256', 'key')`, `createCipheriv('aes-256-cbc', 'key', iv)`
  { label: 'HMAC or cipher key', keys: ['createhmac(', 'createcipheriv(', 'createdecipheriv('], re: new RegExp(String.raw`\bcreate(?:Hmac|Cipheriv|Decipheriv)\([ \t]{0,4}["'][\w-]{2,40}["'][ \t]{0,4},[ \t]{0,4}${KEY_STR}${NEXT}`, 'dg') },
  // cookie and session signing: Express's `cookieParser('key')`, Koa's `app.keys = ['key', …]`, gorilla's
  // `sessions.NewCookieStore([]byte("key"))` and `securecookie.New([]byte("key"), …)`, itsdangerous's serializers,
  // Spring Security's `rememberMe().key("key")`
  { label: 'cookie signing key', keys: ['cookieparser('], re: new RegExp(String.raw`\bcookieParser\([ \t]{0,4}${KEY_STR}${NEXT}`, 'dg') },
  { label: 'cookie signing key', keys: ['app.keys'], re: new RegExp(String.raw`\bapp\.keys[ \t]{0,4}=[ \t]{0,4}\[[ \t\r\n]{0,16}${KEY_STR}`, 'dg') },
  { label: 'cookie signing key', keys: ['newcookiestore(', 'securecookie.new('], re: /\b(?:NewCookieStore|securecookie\.New)\([ \t]{0,4}\[\]byte\([ \t]{0,4}(?<q>")(?<secret>[^"\r\n\\]{1,256})"[ \t]{0,4}\)/dg },
  { label: 'cookie signing key', keys: ['serializer(', 'timestampsigner('], re: new RegExp(String.raw`\b(?:URLSafeTimedSerializer|URLSafeSerializer|TimedSerializer|TimestampSigner)\([ \t]{0,4}${KEY_STR}${NEXT}`, 'dg') },
  { label: 'cookie signing key', keys: ['rememberme('], re: /\.rememberMe\(\)[ \t\r\n]{0,16}\.key\([ \t]{0,4}(?<q>")(?<secret>[^"\r\n\\]{1,256})"[ \t]{0,4}\)/dg },
  // Fernet: `Fernet(b"…")`, the key a cipher's
  { label: 'HMAC or cipher key', keys: ['fernet('], re: new RegExp(String.raw`\bFernet\([ \t]{0,4}${KEY_STR}[ \t]{0,4}\)`, 'dg') },
  // Go: a key kept as bytes under a key's name (`var jwtKey = []byte("…")`, golang-jwt's tutorials), judged by the name
  { label: 'key as bytes', keys: ['[]byte("'], accept: (m) => isCredentialSlot(m.groups?.['name'] ?? '', true), re: /(?<![\w.])(?<name>[A-Za-z_]\w{0,60})[ \t]{0,4}(?::=|=)[ \t]{0,4}\[\]byte\([ \t]{0,4}(?<q>")(?<secret>[^"\r\n\\]{1,256})"[ \t]{0,4}\)/dg },
  // Python: `hmac.new(b"key", msg, hashlib.sha256)`, `AES.new(b"key", AES.MODE_GCM)`
  { label: 'HMAC or cipher key', keys: ['hmac.new', 'aes.new('], re: new RegExp(String.raw`\b(?:hmac|AES)\.new\([ \t]{0,4}${KEY_STR}[ \t]{0,4}(?:\.encode\([^()\r\n]{0,20}\))?${NEXT}`, 'dg') },
];
const SIGNING_KEYS = keywordsOf(SIGNING);

export const signingKeyLiteral: Detector = {
  id: 'signing-key-literal',
  title: 'Literal key passed to a JWT, HMAC or cipher API',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: SIGNING_KEYS.keywords,
  priority: 30,
  remediation:
    'Generate a new random key (32 bytes or more), read it at run time from the environment or a secret store, and ' +
    'retire the committed one: whoever holds it can sign tokens and messages the service accepts, or read what it encrypted.',
  // the API says the argument is a key: a made-up random value counts, and so does a chosen phrase with a digit or
  // a symbol (`Tr0ub4dor&3`); a word (`secret`, `shhhhh`), a stand-in or an identifier does not
  detect: (input) =>
    formsIn(input, SIGNING_KEYS.finder, SIGNING, (secret) => isStoredPassword(secret) && (isSecretLiteral(secret) || isWeakCredentialLiteral(secret, 'secret'))),
  examples: {
    positive: [
      { path: 'src/auth/token.js', text: "const token = jwt.sign({ sub: user.id, role: user.role }, 'q7Vm2xLr9TzK4pWn8Hd3', { expiresIn: '1h' });\n", why: 'jsonwebtoken' },
      { path: 'app/auth.py', text: 'payload = jwt.decode(token, "Zt9q!W3xkP2m#Lr5", algorithms=["HS256"])\n', why: 'PyJWT' },
      { path: 'internal/auth/jwt.go', text: 'signed, err := token.SignedString([]byte("Kq7WmZ2xLp9RtV4nB8cD"))\n', why: 'golang-jwt' },
      { path: 'src/main/java/shop/auth/Tokens.java', text: '    .signWith(SignatureAlgorithm.HS512, "Rk5nQx8mVz2wTq3Lw8Zx")\n', why: 'jjwt' },
      { path: 'src/Shop.Api/Startup.cs', text: '    IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("Hq7vR2mLp9xTz4Kw8Nc3Vb6")),\n', why: '.NET' },
      { path: 'app/Http/Auth.php', text: "<?php\n$jwt = JWT::encode($claims, 'Vq3kXm8zNw6pLr5T', 'HS256');\n", why: 'php-jwt' },
      { path: 'lib/webhooks.js', text: "const sig = crypto.createHmac('sha256', 'whk_Tq3Lw8Zx2Nv7Kp4R').update(body).digest('hex');\n", why: 'an HMAC key' },
      { path: 'utils/crypt.py', text: "cipher = AES.new(b'Nz8kQv3mXw5pRt7L', AES.MODE_GCM)\n", why: 'a cipher key as bytes' },
      { path: 'src/token.ts', text: "export const sign = (p: object) => jwt.sign(p, 'Summer2024!tokens');\n", why: 'a chosen phrase is still the key' },
      { path: 'src/app.js', text: "app.use(cookieParser('Kw3nP7zQr1xTq8V2mLp9'));\n", why: "Express's cookie signing secret" },
      { path: 'src/app.js', text: "app.keys = ['Zr7wQ2vKp9mXc4tLb8nH', 'Kw3nP7zQr1xTq8V2mLp9'];\n", why: "Koa's signing keys" },
      { path: 'web/session.go', text: 'var store = sessions.NewCookieStore([]byte("Hq7vR2mLp9xTz4Kw8Nc3"))\n', why: "gorilla's cookie store" },
      { path: 'app/tokens.py', text: "serializer = URLSafeTimedSerializer('Vq3kXm8zNw6pLr5TqW2e')\n", why: "itsdangerous's signing key" },
      { path: 'utils/crypt.py', text: "f = Fernet(b'q8v2mx7lk3pz9rt5wn1bc6hj4fg0des8Kq7WmZ2xLp9R=')\n", why: 'a Fernet key' },
      { path: 'internal/auth/keys.go', text: 'var jwtKey = []byte("Kq7WmZ2xLp9RtV4nB8cD")\n', why: "a key kept as bytes under a key's name" },
      { path: 'src/main/java/shop/Security.java', text: '    http.rememberMe()\n        .key("Rk5nQx8mVz2wTq3Lw8Zx");\n', why: "Spring Security's remember-me key" },
    ],
    negative: [
      { path: 'src/auth/token.js', text: 'const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: "1h" });\n', why: 'the environment' },
      { path: 'test/sign.test.js', text: "const t = jwt.sign({ foo: 'bar' }, 'secret');\n", why: "the word 'secret'" },
      { path: 'README.md', text: "var token = jwt.sign({ foo: 'bar' }, 'shhhhh');\n", why: 'a word' },
      { path: 'app/auth.py', text: 'payload = jwt.decode(token, settings.SECRET_KEY, algorithms=["HS256"])\n', why: 'a setting' },
      { path: 'internal/auth/jwt.go', text: 'signed, err := token.SignedString([]byte(cfg.JWTSecret))\n', why: 'configuration' },
      { path: 'lib/sig.js', text: "const h = crypto.createHmac('sha256', secret).update(body).digest('hex');\n", why: 'a variable' },
      { path: 'src/auth/token.js', text: "const claims = jwt.decode(token, { complete: true });\n", why: 'no key: decoding without verifying' },
      { path: 'app/auth.rb', text: "JWT.encode(payload, rsa_private, 'RS256')\n", why: 'a variable' },
      { path: 'internal/http/client.go', text: 'body := []byte("{\\"query\\": \\"Kq7WmZ2xLp9RtV4nB8cD\\"}")\n', why: 'bytes under a name that is no key' },
      { path: 'internal/http/client.go', text: 'payload := []byte("Kq7WmZ2xLp9RtV4nB8cD")\n', why: 'bytes under a name that is no key' },
      { path: 'src/app.js', text: 'app.use(cookieParser(process.env.COOKIE_SECRET));\n', why: 'the environment' },
    ],
  },
};
