import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { keywordRegExp, keywordStarts } from '../../kit/keyword-windows.js';
import { REMEDIATION } from './command-parts.js';
import { isStoredPassword } from './values.js';
import { isPlaceholderPassword } from '../../kit/placeholders.js';

// Command-line tools that take a password as an option, beyond the ones with detectors of their own
// (psexec, sshpass, mysql, curl/wget, registry logins, redis-cli): database and directory clients,
// remote desktops and file shares, keystores and archives, message brokers, and the Windows commands
// that set a service's or a task's account. One table: each tool's command word (the keyword) and
// the option that carries the password, read on the command's own line.

interface Tool {
  /** The command words, lowercase (each a keyword). */
  readonly words: readonly string[];
  /** After the command word, on its line: what stands before the password (no capture groups; `u` names a `(?<user>…)`). */
  readonly option: string;
  /** What the finding says: `sqlcmd -P`. */
  readonly label: string;
  /**
   * The automaton's keywords when the words alone are too common (`net`, `sc`, `az` occur in every
   * text): each word with what must follow it. Default: each word followed by a space, and `.exe`.
   */
  readonly keywords?: readonly string[];
  /**
   * Characters one of which the option always holds (default `-`): a command word with none of them
   * in reach is passed over without running its pattern, which would read up to 400 characters.
   */
  readonly marks?: string;
  /** The password's own pattern when VALUE's does not end it (`(?<q>…)` and `(?<secret>…)` groups). */
  readonly value?: string;
  /** The option must follow the command word (after its own pattern's flags), not anywhere later on the line. */
  readonly first?: boolean;
  /** The server's name: a password that repeats it is a stand-in (`sqlplus app/oracle@db`), as in a URL. */
  readonly server?: string;
}

/** The rest of the command's line before the option: bounded, never past `;`, `&`, `|` or a newline. */
const REST = String.raw`[^\r\n;&|]{0,400}?`;
/** A password value: unquoted or quoted, no blanks or shell metacharacters, no variable. */
const VALUE = String.raw`(?<q>["']?)(?<secret>[^\s"'$%;&|<>\`]{1,256})\k<q>(?=$|[\s;&|)"'\]])`;

/**
 * Oracle's `user/password@connect`: the password ends at `@` or at a blank (a password holding `@` or `/` must be
 * quoted in Oracle's syntax, and such a quoted login is not read).
 */
const ORACLE_VALUE = String.raw`(?<q>["']?)(?<secret>[^\s"'$%;&|<>\`@/]{1,128})\k<q>(?=@|$|[\s;&|)"'\]])`;

const TOOLS: readonly Tool[] = [
  { words: ['sqlcmd', 'osql', 'bcp'], option: String.raw`[ \t]-P[ \t]{0,8}`, label: 'sqlcmd/bcp -P' },
  { words: ['ldapsearch', 'ldapmodify', 'ldapadd', 'ldapdelete', 'ldappasswd', 'ldapwhoami', 'ldapcompare', 'ldapmodrdn'], option: String.raw`[ \t]-w[ \t]{1,8}`, label: 'ldap client -w' },
  { words: ['smbclient', 'rpcclient', 'smbcacls', 'smbget'], option: String.raw`[ \t](?:-U|--user(?:name)?=?)[ \t]{0,8}["']?(?<user>[^\s%"']{1,64})%`, label: 'smbclient -U user%password' },
  { words: ['xfreerdp', 'wlfreerdp', 'sdl-freerdp'], option: String.raw`[ \t][/+-]p:`, label: 'FreeRDP /p:', marks: '/+-' },
  { words: ['rdesktop'], option: String.raw`[ \t]-p[ \t]{1,8}`, label: 'rdesktop -p' },
  { words: ['keytool', 'jarsigner', 'apksigner'], option: String.raw`[ \t]-{1,2}(?:src|dest|new)?(?:storepass|keypass|ks-pass[ \t]{1,8}pass)[ \t:]{1,8}(?:pass:)?`, label: 'keystore password option' },
  { words: ['openssl'], option: String.raw`[ \t]-(?:passin|passout|pass|password|kfile)[ \t]{1,8}["']?pass:`, label: 'openssl pass:' },
  { words: ['zip'], option: String.raw`[ \t](?:-P|--password)[ \t]{1,8}`, label: 'zip -P' },
  { words: ['7z', '7za', '7zr'], option: String.raw`[ \t]-p(?=[^\s-])`, label: '7-Zip -p' },
  { words: ['gpg', 'gpg2'], option: String.raw`[ \t]--passphrase[ \t=]{1,8}`, label: 'gpg --passphrase' },
  { words: ['htpasswd'], option: String.raw`[ \t]-[a-zA-Z]{0,4}b[a-zA-Z]{0,4}(?:[ \t]{1,8}-[a-zA-Z]{1,4}){0,3}[ \t]{1,8}\S{1,256}[ \t]{1,8}(?<user>[^\s-][^\s]{0,63})[ \t]{1,8}`, label: 'htpasswd -b' },
  { words: ['rabbitmqctl'], option: String.raw`[ \t](?:add_user|change_password)[ \t]{1,8}["']?(?<user>[^\s"']{1,64})["']?[ \t]{1,8}`, label: 'rabbitmqctl add_user', marks: '_' },
  { words: ['mosquitto_pub', 'mosquitto_sub', 'mosquitto_rr'], option: String.raw`[ \t](?:-P|--pw)[ \t]{1,8}`, label: 'mosquitto -P' },
  { words: ['lftp'], option: String.raw`[ \t]-u[ \t]{1,8}["']?(?<user>[^\s,"']{1,64}),`, label: 'lftp -u user,password' },
  { words: ['mongo', 'mongosh', 'mongodump', 'mongorestore', 'mongoexport', 'mongoimport'], option: String.raw`[ \t](?:-p|--password)[ \t=]{1,8}`, label: 'mongo --password' },
  { words: ['az login'], keywords: ['az login'], option: String.raw`[ \t](?:-p|--password)[ \t=]{1,8}`, label: 'az login -p' },
  { words: ['net use'], keywords: ['net use'], option: String.raw`(?:/user:["']?(?<user>[^\s"']{1,64})["']?[ \t]{1,8}(?=[^\s/])|\\\\[^\s]{1,200}[ \t]{1,8}(?=[^\s/*][^\s]{0,255}[ \t]{1,8}/user:))`, label: 'net use password', marks: '/\\' },
  { words: ['schtasks'], option: String.raw`[ \t]/rp[ \t]{1,8}`, label: 'schtasks /rp', marks: '/' },
  { words: ['sc config', 'sc create', 'sc.exe config', 'sc.exe create'], keywords: ['sc config', 'sc create', 'sc.exe'], option: String.raw`[ \t]password=[ \t]{0,8}`, label: 'sc password=', marks: '=' },
  {
    words: ['sqlplus', 'rman', 'expdp', 'impdp', 'sqlldr', 'dgmgrl'],
    // `sqlplus -s app/password@db`, `expdp userid=system/password@db`, `rman target sys/password@db`
    option: String.raw`[ \t](?:-[A-Za-z]{1,8}[ \t]{1,8}){0,3}(?:userid=|(?:target|catalog|auxiliary)[ \t]{1,8})?["']?(?<user>[A-Za-z][\w$#]{0,29})/`,
    value: ORACLE_VALUE,
    first: true,
    server: 'oracle',
    label: 'Oracle user/password@',
    marks: '/',
  },
  { words: ['wmic'], option: String.raw`[ \t]/password:`, label: 'wmic /password:', marks: '/' },
];

const KEYWORDS = [...new Set(TOOLS.flatMap((t) => t.keywords ?? t.words.flatMap((w) => [`${w} `, `${w}.exe`])))];
const FINDER = keywordRegExp(KEYWORDS);

/** Per command word: its tool's pattern, sticky at the word (`(?<![\w./-])` before, a blank after). */
const BY_WORD = new Map<string, { readonly tool: Tool; readonly re: RegExp }>();
for (const tool of TOOLS) {
  for (const word of tool.words) {
    const escaped = word.replace(/[.]/g, '\\.').replace(/ /g, '[ \\t]{1,8}');
    BY_WORD.set(word, { tool, re: new RegExp(String.raw`${escaped}(?:\.exe)?["']?(?=[ \t])${tool.first ? '' : REST}${tool.option}${tool.value ?? VALUE}`, 'iy') });
  }
}
/** Longest words first, so that `mongosh` is not read as `mongo`. */
const WORDS = [...BY_WORD.keys()].sort((a, b) => b.length - a.length);

/** How far after a command word its option may start: the word, `.exe`, a quote, REST's 400 and a margin. */
const OPTION_REACH = 480;

function* detectCommandOptions({ text, keywordStarts: given }: DetectorInput): Iterable<Match> {
  // the next occurrence of each mark character at or after the current word, moved on only when passed
  // (command words come in ascending order): over a text full of `7z ` and no dash, one search in all
  const next = new Map<string, number>();
  const markInReach = (marks: string, at: number): boolean => {
    for (const c of marks) {
      let found = next.get(c);
      if (found === undefined || (found < at && found >= 0)) next.set(c, (found = text.indexOf(c, at)));
      if (found >= 0 && found < at + OPTION_REACH) return true;
    }
    return false;
  };
  for (const at of keywordStarts(text, given, FINDER)) {
    // a command word: not inside a word (`unzip`, `gzip`); after a path's separator it is (`/usr/bin/ldapsearch`, `7-Zip\7z.exe`)
    if (at > 0 && /[\w.-]/.test(text.charAt(at - 1))) continue;
    const lower = text.slice(at, at + 16).toLowerCase();
    const word = WORDS.find((w) => lower.startsWith(w));
    if (!word) continue;
    const entry = BY_WORD.get(word);
    if (!entry || !markInReach(entry.tool.marks ?? '-', at)) continue;
    entry.re.lastIndex = at;
    const m = entry.re.exec(text);
    const secret = m?.groups?.['secret'];
    if (!m || !secret) continue;
    if (!isStoredPassword(secret, m.groups?.['user']) || (entry.tool.server !== undefined && isPlaceholderPassword(secret, entry.tool.server))) continue;
    const start = m.index + m[0].length - secret.length - (m.groups?.['q']?.length ?? 0);
    yield { start, end: start + secret.length, secret, detail: `${entry.tool.label} password` };
  }
}

export const commandLinePassword: Detector = {
  id: 'command-line-password',
  title: 'Password given as a command-line option (database, directory, file-share, keystore, archive, broker and Windows account tools)',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: KEYWORDS,
  priority: 30,
  remediation: REMEDIATION(
    'password',
    'Let the tool prompt for it or read it from a file or variable set by CI (most have one: -W/-y for ldapsearch, PASSWORD_FILE, -storepass:env, --passphrase-file).',
  ),
  detect: detectCommandOptions,
  examples: {
    positive: [
      { text: 'sqlcmd -S sql.shop.internal -U sa -P Zq9mKv4xNw7p -Q "SELECT 1"', path: 'ops/check.sh' },
      { text: 'ldapsearch -x -H ldap://ldap.shop.internal -D "cn=admin,dc=shop,dc=io" -w Vn6qXz3mKw8p -b "dc=shop,dc=io"', path: 'docs/runbook.md' },
      { text: "smbclient //files.shop.internal/share -U ops%Kx2mQz8vNw5p -c 'ls'", path: 'backup.sh' },
      { text: 'xfreerdp /v:win.shop.internal /u:Administrator /p:Mq7xKz3vNw9p', path: 'connect.sh' },
      { text: 'keytool -genkeypair -alias release -keystore release.jks -storepass Wk3qZm8vNx6p -keypass Wk3qZm8vNx6p', path: 'android/sign.sh' },
      { text: 'openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:Tz5nXq2mKv8w', path: 'certs/make.sh' },
      { text: 'zip -P Lq9xKz4mVw2n backup.zip data.sql', path: 'cron/backup.sh' },
      { text: 'gpg --batch --passphrase Nz8kQv3mXw5p -d secrets.gpg', path: 'ci/decrypt.sh' },
      { text: 'htpasswd -b -c /etc/nginx/.htpasswd admin Xw4mKq9zNv2p', path: 'docker/entrypoint.sh' },
      { text: 'rabbitmqctl add_user app Zk7nQx3vMw8p', path: 'docker/rabbit-init.sh' },
      { text: 'mosquitto_pub -h mqtt.shop.internal -u sensor -P Qv2mXk8zNw4p -t t -m 1', path: 'tools/ping.sh' },
      { text: 'lftp -u deploy,Vm9kQz3xNw6p sftp://files.shop.internal', path: 'deploy.sh' },
      { text: 'mongo --host db.shop.internal -u admin --password Rm5kQx9vNz2w admin', path: 'ops/mongo.sh' },
      { text: 'az login --service-principal -u 1c4e8a2b-7d3f-4e9a-b5c6-0f1e2d3c4b5a -p Tk8~Qv3mXz7Lw2Nr5Pb9Hd4Fg6Jc1Ks0Ae.8uV --tenant shop.onmicrosoft.com', path: 'ci/azure.sh' },
      { text: 'net use \\\\files.shop.internal\\share /user:SHOP\\ops Pw8mKz3qXv5n', path: 'setup.bat' },
      { text: 'schtasks /create /tn Backup /tr C:\\backup.bat /sc daily /ru SHOP\\svc /rp Zx4nQk9mVw2p', path: 'setup.bat' },
      { text: 'sc.exe config MySvc obj= SHOP\\svc password= Mk7vQz2xNw8p', path: 'install.cmd' },
      { text: 'wmic /node:win01 /user:SHOP\\admin /password:Qn3xKz8mVw6p process list', path: 'audit.bat' },
      { text: '"C:\\Program Files\\7-Zip\\7z.exe" a -pHv5mQx9kNz3w backup.7z data', path: 'backup.cmd' },
      { text: 'sqlplus -s report_app/Wq7zKm3xNv9p@//db.shop.internal:1521/ORCLPDB1 @daily.sql', path: 'cron/report.sh' },
      { text: 'expdp userid=system/Tn4vQx8mKz2w@shopdb schemas=SHOP directory=DUMP dumpfile=shop.dmp', path: 'ops/export.sh' },
      { text: 'rman target sys/Kz9mQv3xNw7p@prod catalog rcat/Mx2vKq8zNw4p@rcatdb', path: 'ops/backup.sh', why: 'the first login on the line' },
    ],
    negative: [
      { text: 'sqlcmd -S sql.shop.internal -U sa -P "$SA_PASSWORD" -Q "SELECT 1"', why: 'a variable' },
      { text: 'ldapsearch -x -D "cn=admin,dc=shop,dc=io" -W -b "dc=shop,dc=io"', why: '-W prompts' },
      { text: 'keytool -list -keystore release.jks -storepass:env KEYSTORE_PASS', why: 'from the environment' },
      { text: 'openssl pkcs12 -export -out b.p12 -passout env:P12_PASS', why: 'from the environment' },
      { text: 'gpg --batch --passphrase-file /run/secrets/gpg -d secrets.gpg', why: 'from a file' },
      { text: 'zip -r -P password backup.zip data', why: 'a stand-in' },
      { text: 'unzip -P Lq9xKz4mVw2n backup.zip', why: 'unzip is another word (not a command word of the table)' },
      { text: 'gzip -9 data.sql && zip -q out.zip data.sql.gz', why: 'no password option' },
      { text: 'net use Z: \\\\files.shop.internal\\share /persistent:yes', why: 'no password' },
      { text: 'htpasswd -c /etc/nginx/.htpasswd admin', why: 'prompts (no -b)' },
      { text: 'smbclient -L files.shop.internal -U ops%', why: 'empty password' },
      { text: 'sqlplus -s / as sysdba @check.sql', why: "the operating system's login, no password" },
      { text: 'sqlplus -s "$DB_USER/$DB_PASSWORD@$DB_TNS" @daily.sql', why: 'variables' },
      { text: 'sqlplus scott/tiger@orcl', why: "Oracle's demo account" },
      { text: "echo 'EXIT' | sqlplus -L typeorm/oracle@localhost:1521/FREEPDB1", why: "the server's own name as the password" },
      { text: 'sqlplus -s /nolog @ scripts/refresh_views.sql', why: 'no login: a script path further on is not one' },
    ],
  },
};
