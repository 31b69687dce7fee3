import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { keywordRegExp, keywordStarts } from '../../kit/keyword-windows.js';
import { REMEDIATION } from './command-parts.js';
import { isConfigLiteral, isStoredPassword } from './values.js';
import { isPlaceholderPassword } from '../../kit/placeholders.js';

// Command-line tools that take a password as an option, beyond the ones with detectors of their own
// (psexec, sshpass, mysql, curl/wget, registry logins, redis-cli): database and directory clients,
// remote desktops, shells and file shares, keystores and archives, message brokers, cloud platforms'
// logins, server management controllers, and the Windows commands that set a service's, a task's or a
// user's account. One table: each tool's command word (the keyword) and the option that carries the
// password, read on the command's own line. The command word is read in any case (`SQLCMD.EXE`); its
// options as written, as the tools read them (`mosquitto_pub -p 1883 -P …`: -p is the port), except
// for Windows' and Oracle's, which take any case.

interface Tool {
  /** The command words, lowercase (each a keyword). */
  readonly words: readonly string[];
  /** After the command word, on its line: what stands before the password (no capture groups; `u` names a `(?<user>…)`). */
  readonly option: string;
  /** What the finding says: `sqlcmd -P`. */
  readonly label: string;
  /** What the value is, after the label (default `password`). */
  readonly what?: string;
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
  /** The option is read in any case (Windows' `/USER:`, Oracle's `USERID=`); otherwise as written. */
  readonly anyCase?: boolean;
  /**
   * The command's words occur in prose too (`net user`, `cf auth`) and the password is positional: a value that
   * is one lower-case word or names a value to fill in is not taken (isConfigLiteral).
   */
  readonly readsProse?: boolean;
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

/** A positional password (`net user bob PASSWORD /add`): not an option (`/add`, `-x`) and not `*` (which prompts). */
const POSITIONAL_VALUE = String.raw`(?<q>["']?)(?<secret>[^\s"'$%;&|<>\`/*()-][^\s"'$%;&|<>\`()]{0,255})\k<q>(?=$|[\s;&|)"'\]])`;
/** A positional token (`vault login TOKEN`): as POSITIONAL_VALUE, and no `=` (`vault login -method=userpass username=bob` names a field). */
const TOKEN_VALUE = String.raw`(?<q>["']?)(?<secret>[^\s"'$%;&|<>\`/*()=-][^\s"'$%;&|<>\`()=]{0,255})\k<q>(?=$|[\s;&|)"'\]])`;
/** A positional argument before the password (a user, a network's name): a word or a quoted phrase of printable ASCII, not an option. */
const ARG = String.raw`(?:"[\x20-\x21\x23-\x7e]{1,64}"|'[\x20-\x26\x28-\x7e]{1,64}'|[\x21\x23-\x26\x28-\x2c\x2e\x30-\x7e][\x21\x23-\x26\x28-\x7e]{0,63})`;
/** The user a command names with its own option (`cqlsh -u cassandra -p …`), for the stand-in check when the pattern has none. */
const USER_OPTION = /[ \t](?:-[uU]|--?user(?:name)?)(?:[ \t]{1,8}|=)["']?([^\s"']{1,64})/;
/** One word of prose, capitalised or not (`Windows`, `gather`): not a positional password. */
const PROSE_WORD = /^[A-Z]?[a-z]+$/;

const TOOLS: readonly Tool[] = [
  { words: ['sqlcmd', 'osql', 'bcp', 'isql'], option: String.raw`[ \t]-P[ \t]{0,8}`, label: 'sqlcmd/bcp -P' },
  { words: ['ldapsearch', 'ldapmodify', 'ldapadd', 'ldapdelete', 'ldappasswd', 'ldapwhoami', 'ldapcompare', 'ldapmodrdn'], option: String.raw`[ \t]-w[ \t]{1,8}`, label: 'ldap client -w' },
  { words: ['smbclient', 'rpcclient', 'smbcacls', 'smbget'], option: String.raw`[ \t](?:-U|--user(?:name)?=?)[ \t]{0,8}["']?(?<user>[^\s%"']{1,64})%`, label: 'smbclient -U user%password' },
  { words: ['xfreerdp', 'wlfreerdp', 'sdl-freerdp'], option: String.raw`[ \t][/+-]p:`, label: 'FreeRDP /p:', marks: '/+-', anyCase: true },
  { words: ['rdesktop'], option: String.raw`[ \t]-p[ \t]{1,8}`, label: 'rdesktop -p' },
  { words: ['keytool', 'jarsigner', 'apksigner'], option: String.raw`[ \t]-{1,2}(?:src|dest|new)?(?:storepass|keypass|ks-pass[ \t]{1,8}pass)[ \t:]{1,8}(?:pass:)?`, label: 'keystore password option' },
  // `-passin pass:…`; `openssl enc -k PASSWORD` (and -K, the key itself in hex)
  { words: ['openssl'], option: String.raw`[ \t](?:-(?:passin|passout|pass|password|kfile)[ \t]{1,8}["']?pass:|-[kK][ \t]{1,8})`, label: 'openssl pass:' },
  { words: ['zip'], option: String.raw`[ \t](?:-P|--password)[ \t]{1,8}`, label: 'zip -P' },
  { words: ['7z', '7za', '7zr'], option: String.raw`[ \t]-p(?=[^\s-])`, label: '7-Zip -p' },
  { words: ['rar', 'unrar', 'winrar'], option: String.raw`[ \t]-p(?=[^\s-])`, label: 'RAR -p' },
  // a key generated with its passphrase (-N) or re-encrypted from the old one (-P)
  { words: ['ssh-keygen'], option: String.raw`[ \t]-[NP][ \t]{0,8}`, label: 'ssh-keygen -N', what: 'key passphrase' },
  // code signing: Windows' signtool and certutil, macOS's keychains
  { words: ['signtool'], option: String.raw`[ \t]/p[ \t]{1,8}`, label: 'signtool /p', marks: '/', anyCase: true },
  { words: ['certutil'], option: String.raw`[ \t][-/]p[ \t]{1,8}`, label: 'certutil -p', marks: '-/' },
  // (a CI job's throwaway keychain is often locked with one word, `-p actions`: words are not taken)
  { words: ['security unlock-keychain', 'security create-keychain'], keywords: ['security unlock-keychain', 'security create-keychain'], option: String.raw`[ \t]-p[ \t]{1,8}`, label: 'security keychain -p', readsProse: true },
  { words: ['security import'], keywords: ['security import'], option: String.raw`[ \t]-P[ \t]{1,8}`, label: 'security import -P' },
  { words: ['security set-key-partition-list'], keywords: ['security set-key-partition-list'], option: String.raw`[ \t]-k[ \t]{1,8}`, label: 'security set-key-partition-list -k', readsProse: true },
  // Windows' credential manager, VMware guests, SQL Server's deployments
  { words: ['cmdkey'], option: String.raw`[ \t]/pass(?:word)?:`, label: 'cmdkey /pass:', marks: '/', anyCase: true },
  { words: ['vmrun'], option: String.raw`[ \t]-gp[ \t]{1,8}`, label: 'vmrun -gp' },
  { words: ['sqlpackage'], option: String.raw`[ \t][/-](?:TargetPassword|SourcePassword|tp|sp):`, label: 'sqlpackage /TargetPassword:', marks: '/-', anyCase: true },
  // Jenkins' CLI: `-auth user:apitoken`; Poetry's `config http-basic.REPO user password`
  { words: ['jenkins-cli.jar', 'jenkins-cli'], option: String.raw`[ \t]-auth[ \t]{1,8}["']?(?<user>[^\s:@"'$]{1,64}):`, label: 'jenkins-cli -auth', what: 'API token or password' },
  { words: ['poetry config'], keywords: ['poetry config'], option: String.raw`[ \t]{1,8}(?:--[\w-]{1,20}[ \t]{1,8}){0,2}http-basic\.[\w.-]{1,64}[ \t]{1,8}["']?(?<user>[^\s"'$-][^\s"']{0,63})["']?[ \t]{1,8}`, value: POSITIONAL_VALUE, label: 'poetry config http-basic', first: true, marks: '.' },
  { words: ['gpg', 'gpg2'], option: String.raw`[ \t]--passphrase[ \t=]{1,8}`, label: 'gpg --passphrase' },
  { words: ['htpasswd'], option: String.raw`[ \t]-[a-zA-Z]{0,4}b[a-zA-Z]{0,4}(?:[ \t]{1,8}-[a-zA-Z]{1,4}){0,3}[ \t]{1,8}\S{1,256}[ \t]{1,8}(?<user>[^\s-][^\s]{0,63})[ \t]{1,8}`, label: 'htpasswd -b' },
  // mysqladmin's `password NEW` command sets the account's new password (`mysqladmin -u root password …`)
  { words: ['mysqladmin', 'mariadb-admin'], option: String.raw`[ \t]password[ \t]{1,8}`, value: POSITIONAL_VALUE, label: 'mysqladmin password', what: 'new password', marks: 'p', readsProse: true },
  { words: ['rabbitmqctl'], option: String.raw`[ \t](?:add_user|change_password)[ \t]{1,8}["']?(?<user>[^\s"']{1,64})["']?[ \t]{1,8}`, label: 'rabbitmqctl add_user', marks: '_' },
  // rabbitmqadmin's -p is the password and -P the port
  { words: ['rabbitmqadmin'], option: String.raw`[ \t](?:-p|--password)[ \t=]{1,8}`, label: 'rabbitmqadmin -p' },
  { words: ['mosquitto_pub', 'mosquitto_sub', 'mosquitto_rr'], option: String.raw`[ \t](?:-P|--pw)[ \t]{1,8}`, label: 'mosquitto -P' },
  { words: ['lftp'], option: String.raw`[ \t]-u[ \t]{1,8}["']?(?<user>[^\s,"']{1,64}),`, label: 'lftp -u user,password' },
  { words: ['mongo', 'mongosh', 'mongodump', 'mongorestore', 'mongoexport', 'mongoimport'], option: String.raw`[ \t](?:-p|--password)[ \t=]{1,8}`, label: 'mongo --password' },
  { words: ['cqlsh'], option: String.raw`[ \t](?:-p|--password)[ \t=]{1,8}`, label: 'cqlsh -p' },
  // cypher-shell's -P is a query parameter
  { words: ['cypher-shell'], option: String.raw`[ \t](?:-p|--password)[ \t=]{1,8}`, label: 'cypher-shell -p' },
  { words: ['neo4j-admin'], option: String.raw`[ \t]set-initial-password[ \t]{1,8}`, label: 'neo4j-admin set-initial-password' },
  { words: ['hdbsql'], option: String.raw`[ \t]-p[ \t]{1,8}`, label: 'hdbsql -p' },
  { words: ['vsql'], option: String.raw`[ \t]-w[ \t]{1,8}`, label: 'vsql -w' },
  { words: ['etcdctl'], option: String.raw`[ \t](?:--password[ \t=]{1,8}|--user[ \t=]{1,8}["']?(?<user>[^\s:"']{1,64}):)`, label: 'etcdctl --user user:password' },
  // ZooKeeper's shell: `addauth digest user:password`
  { words: ['addauth'], option: String.raw`[ \t]{1,8}digest[ \t]{1,8}(?<user>[^\s:"']{1,64}):`, label: 'addauth digest', first: true, marks: ':' },
  { words: ['db2'], option: String.raw`[ \t]["']?connect[ \t]{1,8}to[ \t]{1,8}[^\s"']{1,64}[ \t]{1,8}user[ \t]{1,8}(?<user>[^\s"']{1,64})[ \t]{1,8}using[ \t]{1,8}`, label: 'db2 connect … using', marks: ' ', anyCase: true },
  // the servers' management controllers: IPMI's -P (-p is the port), Dell's racadm -p
  { words: ['ipmitool'], option: String.raw`[ \t]-P[ \t]{1,8}`, label: 'ipmitool -P' },
  { words: ['racadm'], option: String.raw`[ \t]-p[ \t]{1,8}`, label: 'racadm -p' },
  // SNMPv3's authentication (-A) and privacy (-X) passphrases; -a and -x name their algorithms
  { words: ['snmpwalk', 'snmpget', 'snmpset', 'snmpbulkwalk', 'snmpbulkget', 'snmpgetnext', 'snmptrap', 'snmptable'], option: String.raw`[ \t]-[AX][ \t]{1,8}`, label: 'SNMPv3 -A/-X', what: 'passphrase' },
  // PuTTY's command-line tools
  { words: ['plink', 'pscp', 'psftp'], option: String.raw`[ \t]-pw[ \t]{1,8}`, label: 'PuTTY -pw' },
  // cloud platforms' logins
  { words: ['oc login'], keywords: ['oc login'], option: String.raw`[ \t](?:-p|--password)[ \t=]{1,8}`, label: 'oc login -p' },
  { words: ['cf login'], keywords: ['cf login'], option: String.raw`[ \t](?:-p|--password)[ \t=]{1,8}`, label: 'cf login -p' },
  { words: ['cf auth'], keywords: ['cf auth'], option: String.raw`[ \t]{1,8}["']?(?<user>[^\s"'-][^\s"']{0,63})["']?[ \t]{1,8}`, value: POSITIONAL_VALUE, label: 'cf auth', first: true, marks: ' ', readsProse: true },
  // MinIO's client: `mc alias set NAME URL ACCESS_KEY SECRET_KEY` (and the older `mc config host add`)
  {
    words: ['mc alias set', 'mc config host add'],
    keywords: ['mc alias set', 'mc config host add'],
    option: String.raw`[ \t]{1,8}[^\s"']{1,64}[ \t]{1,8}["']?https?://[^\s"']{1,200}["']?[ \t]{1,8}["']?(?<user>[^\s"'-][^\s"']{2,127})["']?[ \t]{1,8}`,
    value: POSITIONAL_VALUE,
    label: 'mc alias set',
    what: 'secret key',
    first: true,
    marks: ':',
    readsProse: true,
  },
  { words: ['az login'], keywords: ['az login'], option: String.raw`[ \t](?:-p|--password)[ \t=]{1,8}`, label: 'az login -p' },
  // `aws configure set aws_secret_access_key …` (or a profile's `default.aws_secret_access_key`, a session token) writes it
  // into ~/.aws/credentials from the script
  {
    words: ['aws configure set'],
    keywords: ['aws configure set'],
    option: String.raw`[ \t]{1,8}(?:[\w-]{1,40}\.)?(?:aws_secret_access_key|aws_session_token)[ \t]{1,8}`,
    label: 'aws configure set',
    what: 'secret key',
    first: true,
    marks: '_',
  },
  // `vault login TOKEN` (the token method's positional argument; `-method=userpass username=…` takes none)
  { words: ['vault login'], keywords: ['vault login'], option: String.raw`(?:[ \t]{1,8}-[\w-]{1,24}(?:=[^\s=]{1,64})?){0,3}[ \t]{1,8}`, value: TOKEN_VALUE, label: 'vault login', what: 'token', first: true, marks: ' ', readsProse: true },
  // a registry's token set from a script: `npm config set //npm.shop.internal/:_authToken …` (and yarn's and pnpm's)
  {
    words: ['npm config set', 'npm set', 'yarn config set', 'pnpm config set'],
    keywords: ['npm config set', 'npm set', 'yarn config set', 'pnpm config set'],
    option: String.raw`[ \t]{1,8}["']?(?://[^\s"'=]{1,200}:)?_(?:authToken|auth|password)["']?(?:[ \t]{1,8}|=)`,
    label: 'npm config set of an _authToken',
    what: 'registry token',
    first: true,
    marks: '_',
  },
  // GitHub's CLI stores a repository's secret from its value: `gh secret set NAME --body …`
  { words: ['gh secret set'], keywords: ['gh secret set'], option: String.raw`[ \t](?:-b|--body)(?:[ \t=]{1,8}|(?=[^\s=]))`, label: 'gh secret set --body', what: 'secret', marks: 'b' },
  { words: ['terraform'], option: String.raw`[ \t]-var[ \t=]{1,8}["']?[\w-]{0,60}(?:password|passwd|secret|token|api_key|apikey)[\w-]{0,30}=`, label: 'terraform -var', anyCase: true },
  // Wi-Fi: NetworkManager's `nmcli … password X` / `wifi-sec.psk X`, `wpa_passphrase SSID PASSPHRASE`
  { words: ['nmcli'], option: String.raw`[ \t](?:password|wifi-sec\.psk|802-1x\.password)[ \t]{1,8}`, label: 'nmcli password', marks: 's' },
  { words: ['wpa_passphrase'], option: String.raw`[ \t]{1,8}${ARG}[ \t]{1,8}`, value: POSITIONAL_VALUE, label: 'wpa_passphrase', first: true, marks: '_', readsProse: true },
  { words: ['net use'], keywords: ['net use'], option: String.raw`(?:/user:["']?(?<user>[^\s"']{1,64})["']?[ \t]{1,8}(?=[^\s/])|\\\\[^\s]{1,200}[ \t]{1,8}(?=[^\s/*][^\s]{0,255}[ \t]{1,8}/user:))`, label: 'net use password', marks: '/\\', anyCase: true },
  // `net user NAME PASSWORD /add`; `net user NAME *` prompts
  { words: ['net user'], keywords: ['net user'], option: String.raw`[ \t]{1,8}${ARG}[ \t]{1,8}`, value: POSITIONAL_VALUE, label: 'net user', first: true, marks: ' ', anyCase: true, readsProse: true },
  { words: ['dsadd', 'dsmod'], option: String.raw`[ \t]-pwd[ \t]{1,8}`, label: 'dsadd -pwd', anyCase: true },
  { words: ['schtasks'], option: String.raw`[ \t]/rp[ \t]{1,8}`, label: 'schtasks /rp', marks: '/', anyCase: true },
  { words: ['sc config', 'sc create', 'sc.exe config', 'sc.exe create'], keywords: ['sc config', 'sc create', 'sc.exe'], option: String.raw`[ \t]password=[ \t]{0,8}`, label: 'sc password=', marks: '=', anyCase: true },
  {
    words: ['sqlplus', 'rman', 'expdp', 'impdp', 'sqlldr', 'dgmgrl'],
    // `sqlplus -s app/password@db`, `expdp userid=system/password@db`, `rman target sys/password@db`
    option: String.raw`[ \t](?:-[A-Za-z]{1,8}[ \t]{1,8}){0,3}(?:userid=|(?:target|catalog|auxiliary)[ \t]{1,8})?["']?(?<user>[A-Za-z][\w$#]{0,29})/`,
    value: ORACLE_VALUE,
    first: true,
    server: 'oracle',
    label: 'Oracle user/password@',
    marks: '/',
    anyCase: true,
  },
  { words: ['wmic'], option: String.raw`[ \t]/password:`, label: 'wmic /password:', marks: '/', anyCase: true },
];

const KEYWORDS = [...new Set(TOOLS.flatMap((t) => t.keywords ?? t.words.flatMap((w) => [`${w} `, `${w}.exe`])))];
const FINDER = keywordRegExp(KEYWORDS);

/** Per command word: its tool's pattern, sticky at the word (`(?<![\w./-])` before, a blank after). */
const BY_WORD = new Map<string, { readonly tool: Tool; readonly re: RegExp }>();
/** A command word in any case, its own options as the tool reads them: `sqlcmd` → `[sS][qQ]…`. */
const anyCaseWord = (word: string): string =>
  word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`).replace(/[.]/g, '\\.').replace(/ /g, '[ \\t]{1,8}');
for (const tool of TOOLS) {
  for (const word of tool.words) {
    const source = String.raw`${anyCaseWord(word)}(?:\.[eE][xX][eE])?["']?(?=[ \t])${tool.first ? '' : REST}${tool.option}${tool.value ?? VALUE}`;
    BY_WORD.set(word, { tool, re: new RegExp(source, tool.anyCase ? 'iy' : 'y') });
  }
}
/** Longest words first, so that `mongosh` is not read as `mongo`. */
const WORDS = [...BY_WORD.keys()].sort((a, b) => b.length - a.length);
const LONGEST_WORD = WORDS[0]?.length ?? 0;

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
    const lower = text.slice(at, at + LONGEST_WORD).toLowerCase();
    const word = WORDS.find((w) => lower.startsWith(w));
    if (!word) continue;
    const entry = BY_WORD.get(word);
    if (!entry || !markInReach(entry.tool.marks ?? '-', at)) continue;
    entry.re.lastIndex = at;
    const m = entry.re.exec(text);
    const secret = m?.groups?.['secret'];
    if (!m || !secret) continue;
    const user = m.groups?.['user'] ?? USER_OPTION.exec(m[0])?.[1];
    if (!(entry.tool.readsProse ? isConfigLiteral(secret, user) && !PROSE_WORD.test(secret) : isStoredPassword(secret, user))) continue;
    if (entry.tool.server !== undefined && isPlaceholderPassword(secret, entry.tool.server)) continue;
    const start = m.index + m[0].length - secret.length - (m.groups?.['q']?.length ?? 0);
    yield { start, end: start + secret.length, secret, detail: `${entry.tool.label} ${entry.tool.what ?? 'password'}` };
  }
}

export const commandLinePassword: Detector = {
  id: 'command-line-password',
  title: 'Password given as a command-line option (database, directory, file-share, keystore, archive, broker, cloud and package-registry CLIs and Windows account tools)',
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
      { text: 'mysqladmin -u root -h 127.0.0.1 password Qv8mZt3xLk5w', path: 'scripts/db-init.sh', why: "mysqladmin's password command" },
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
      { text: 'cqlsh cassandra.shop.internal -u ops -p Vx5mT9qWn3Kr -e "DESCRIBE KEYSPACES"', path: 'ops/cassandra.sh' },
      { text: 'ipmitool -I lanplus -H 10.0.0.3 -p 623 -U admin -P Ij3wD7zXr5Tn chassis power cycle', path: 'ops/bmc.sh', why: '-p is the port' },
      { text: 'plink -ssh root@10.0.0.2 -pw Fg8tA4wRk9Qn "systemctl restart shop"', path: 'deploy.bat' },
      { text: 'net user backupadmin Gh9uB5xTn3Wq /add', path: 'setup.bat' },
      { text: 'oc login https://api.shop.internal:6443 -u developer -p De6rY2nKw7Tq', path: 'ci/openshift.sh' },
      { text: 'db2 connect to SHOPDB user db2inst1 using Lm6zG2cAu8Ws', path: 'ops/db2.sh' },
      { text: 'mc alias set shop https://minio.shop.internal Jk6xE2aYs8Uq Kl7yF3bZt9Vr', path: 'ops/minio.sh' },
      { text: 'nmcli dev wifi connect ShopGuest password Fg2tA6wUo4Qm', path: 'kiosk/setup.sh' },
      { text: "terraform apply -auto-approve -var 'db_password=Ef9sZ5vTn3Pl'", path: 'ci/apply.sh' },
      { text: 'security unlock-keychain -p Fg9sY5qXd7Ar build.keychain', path: 'ios/ci/sign.sh' },
      { text: 'signtool sign /f cert.pfx /p De7qW3oVb5Yp /tr http://timestamp.shop.internal app.exe', path: 'build/sign.cmd' },
      { text: 'ssh-keygen -t ed25519 -N "Cd6pV2nUa4Xo" -f deploy_key', path: 'ops/keys.sh' },
      { text: 'openssl enc -aes-256-cbc -salt -in db.sql -out db.sql.enc -k Ab4nT8wKx2Vm', path: 'backup.sh' },
      { text: 'java -jar jenkins-cli.jar -s https://ci.shop.internal/ -auth admin:11e9f4c27a0d8b3f56c1e2a7d94b0f38c5 build deploy', path: 'ci/trigger.sh' },
      { text: 'poetry config http-basic.private deploy Lm7yE3wDj5Gx', path: '.gitlab-ci.yml' },
      { text: 'cmdkey /add:fileserver /user:SHOP\\ops /pass:Ij4vB8tAg2Du', path: 'setup.cmd' },
      { text: 'aws configure set aws_secret_access_key Wq5Ht8nZc2Lr7Kx4Vb9Pm3Jd6Fs1Gy0Te5Ua2Ni8 --profile deploy', path: 'ci/aws.sh' },
      { text: 'vault login -no-print Mx8kQ2vTz5Nw9Rb3Lp7Hc4Jd', path: 'ci/vault.sh', why: "the token method's positional token" },
      { text: 'npm config set //npm.shop.internal/:_authToken Tq8vX3mKz6Nw2Rp9Lb5Hc7Jd', path: 'ci/publish.sh' },
      { text: 'gh secret set DEPLOY_TOKEN --body Zk4nW9qTx2Mv7Lp5Rb8Hc3Jd --repo shop/app', path: 'ops/rotate.sh' },
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
      { text: 'mosquitto_sub -h mqtt.shop.internal -p 1883 -t sensors/#', why: "mosquitto's -p is the port" },
      { text: 'ipmitool -I lanplus -H 10.0.0.3 -U admin -E chassis status', why: '-E reads IPMI_PASSWORD' },
      { text: 'net user backupadmin * /add', why: '* prompts' },
      { text: 'Use net user to list the accounts of the machine.', why: 'prose' },
      { text: '    zh: 使用命令 net user 收集 Windows 账号', why: 'prose in another language' },
      { text: 'cqlsh -u cassandra -p cassandra -e "describe keyspaces;"', why: 'the user name as its password' },
      { text: 'until (mc alias set minio http://127.0.0.1:9000 minioadmin minioadmin); do sleep 1; done', why: "MinIO's default keys, inside a subshell" },
      { text: 'mc alias set local http://localhost:9000 minioadmin minioadmin', why: "MinIO's default keys" },
      { text: 'cf auth "$CF_USER" "$CF_PASSWORD"', why: 'variables' },
      { text: "ssh-keygen -t rsa -b 4096 -N '' -f id_rsa", why: 'no passphrase' },
      { text: 'unrar x -p- backup.rar', why: '-p- asks for none' },
      { text: 'security import dist.p12 -k build.keychain -P "$P12_PASSWORD" -T /usr/bin/codesign', why: 'a variable' },
      { text: 'security set-key-partition-list -S apple-tool:,apple: -s -k actions "$KEYCHAIN_PATH"', why: "one word: a CI job's throwaway keychain" },
      { text: 'poetry config http-basic.private "$REPO_USER" "$REPO_PASSWORD"', why: 'variables' },
      { text: "terraform apply -var 'db_password=${DB_PASSWORD}'", why: 'a variable' },
      { text: 'vault login -method=userpass username=deploy', why: 'a field of another method, no token' },
      { text: 'vault login -method=github token="$GITHUB_TOKEN"', why: 'a variable' },
      { text: 'npm config set //npm.shop.internal/:_authToken "${NPM_TOKEN}"', why: 'a variable' },
      { text: 'gh secret set DEPLOY_TOKEN < token.txt', why: 'read from a file' },
      { text: 'aws configure set region eu-west-1', why: 'no secret' },
    ],
  },
};
