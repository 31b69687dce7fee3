import type { Detector, DetectorInput, Match } from '../../src/types.js';
import { isPlaceholderPassword } from '../kit/placeholders.js';
import { isStoredPassword } from '../secrets/stores/values.js';
import { unescapeXml } from '../secrets/stores/xml-scan.js';

// A browser profile committed with its saved passwords. Firefox keeps them in `logins.json`, each
// username and password encrypted with a key held in `key4.db` (`key3.db` before Firefox 58) in the
// same profile folder; without a primary password anyone with both files decrypts every login
// (tools do it in one command). So both files are credentials: reported once per file, by name and
// shape, with no `secret` (the encrypted blobs are not the password, and are not printed).
const SAVED_LOGIN = /"encryptedPassword"\s{0,8}:\s{0,8}"[A-Za-z0-9+/]{20,}={0,2}"/;

function* detectFirefoxLogins({ path, text, binary }: DetectorInput): Iterable<Match> {
  if (/(?:^|\/)key[34]\.db$/.test(path)) {
    yield { start: 0, end: 0, detail: 'Firefox key database: decrypts the logins.json saved beside it' };
    return;
  }
  if (binary) return;
  const m = SAVED_LOGIN.exec(text);
  if (!m) return;
  const count = text.split('"encryptedPassword"').length - 1;
  yield { start: m.index, end: m.index + m[0].length, detail: `Firefox saved logins (${count} encrypted with the profile's key4.db)` };
}

export const browserSavedLogins: Detector = {
  id: 'browser-saved-logins',
  title: "Committed browser profile with saved passwords (Firefox logins.json, key4.db)",
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: [],
  // only these file names are read: no keyword needed, the name is the gate (key3.db is also NSS's private key store)
  paths: ['logins.json', 'key4.db', 'key3.db'],
  includeBinary: true,
  remediation:
    'Change the password of every site saved in the profile (logins.json with key4.db decrypts them all), remove the ' +
    'profile from the repository and its history, and add the profile folder to .gitignore.',
  detect: detectFirefoxLogins,
  examples: {
    positive: [
      {
        path: 'backup/.mozilla/firefox/k3x9.default-release/logins.json',
        text:
          '{"nextId":3,"logins":[{"id":1,"hostname":"https://mail.shop.example.org","encryptedUsername":"MDoEEPgAAAAAAAAAAAAAAAAAAAEwFAYIKoZIhvcNAwcECJ3kQm9vZ2xlQmFuaw==",' +
          '"encryptedPassword":"MDoEEPgAAAAAAAAAAAAAAAAAAAEwFAYIKoZIhvcNAwcECHq7Zm4rT2xW9bNcQ1pL","encType":1}]}',
      },
      { path: 'profiles/work/key4.db', text: '', why: 'the key database, binary' },
    ],
    negative: [
      { path: 'src/fixtures/logins.json', text: '{"logins": [{"username": "alice", "lastLogin": "2024-05-01"}]}', why: 'an app’s own login log, no encrypted passwords' },
      { path: 'docs/logins.json', text: '{"encryptedPassword": ""}', why: 'empty' },
    ],
  },
};

// A password manager's or browser's export, committed: the CSV every one of them writes to move a
// vault elsewhere, each row a site, a user name and the password in clear. Chrome and Edge write
// `name,url,username,password,note`; Firefox `"url","username","password","httpRealm",…`; Safari
// `Title,URL,Username,Password,Notes,OTPAuth`; Bitwarden `…,login_uri,login_username,login_password,…`;
// LastPass `url,username,password,totp,extra,name,grouping,fav`; 1Password `Title,Url,Username,Password,…`;
// KeePass `"Group","Title","Username","Password","URL","Notes"` ("Account","Login Name","Password","Web
// Site" in 1.x). What they share is the shape: a header with a password column, a user column and a
// column for the site's address (a title or name column alone is not enough: datasets of made-up
// people have `title,first,last,…,username,password`). Reported once per file, with how many rows hold a password, and no `secret`: each row
// is a password of its own, and the file is what must go (and every password in it be changed).

/** Header names, lowercased with spaces, `_` and `-` removed. */
const PASSWORD_COLUMNS = new Set(['password', 'loginpassword', 'passwd', 'pwd']);
const USER_COLUMNS = new Set(['username', 'loginusername', 'user', 'login', 'loginname', 'email', 'emailaddress', 'account']);
// (AWS's console download for a new IAM user, `User name,Password,Access key ID,Secret access key,Console login link`,
// has the same shape: its sign-in address is the link)
const SITE_COLUMNS = new Set(['url', 'loginuri', 'uri', 'website', 'hostname', 'origin', 'consoleloginlink']);

/** The fields of one CSV record starting at `from` (RFC 4180: quoted fields may hold the separator, "" and newlines); `next` is where the next record starts. */
function csvRecord(text: string, from: number, separator: string): { fields: string[]; next: number } {
  const fields: string[] = [];
  let field = '';
  let i = from;
  let quoted = false;
  for (; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === separator) {
      fields.push(field);
      field = '';
    } else if (c === '\n') break;
    else if (c !== '\r') field += c;
  }
  fields.push(field);
  return { fields, next: i + 1 };
}

const column = (name: string): string => name.trim().toLowerCase().replace(/[\s_-]+/g, '');

/** Rows looked at: a vault of more logins than this is reported as "over" this many. */
const MAX_ROWS = 100_000;

/** A CSV or TSV's header: where it starts, its line, its separator, its fields and their column names, where the rows start. */
interface TableHeader {
  readonly start: number;
  readonly line: string;
  readonly separator: string;
  readonly fields: readonly string[];
  readonly names: readonly string[];
  readonly next: number;
}

function tableHeader(text: string): TableHeader | undefined {
  const start = /\S/.exec(text)?.index ?? 0;
  const lineEnd = text.indexOf('\n', start);
  const line = text.slice(start, lineEnd < 0 ? text.length : lineEnd);
  if (line.length > 1024) return undefined;
  const separator = line.includes('\t') ? '\t' : line.split(';').length > line.split(',').length ? ';' : ',';
  const { fields, next } = csvRecord(text, start, separator);
  return { start, line, separator, fields, names: fields.map(column), next };
}

/** How many rows (up to MAX_ROWS, and whether there were more) have a password `counts` counts, given the row's user. */
function countPasswords(text: string, header: TableHeader, password: number, user: number, counts: (value: string, user: string) => boolean): { count: number; over: boolean } {
  let count = 0;
  let rows = 0;
  for (let at = header.next; at < text.length && rows < MAX_ROWS; rows++) {
    const record = csvRecord(text, at, header.separator);
    at = record.next;
    const value = record.fields[password]?.trim() ?? '';
    if (value !== '' && counts(value, record.fields[user]?.trim() ?? '')) count++;
  }
  return { count, over: rows >= MAX_ROWS };
}

function* detectPasswordExport({ text }: DetectorInput): Iterable<Match> {
  const header = tableHeader(text);
  if (!header) return;
  const password = header.names.findIndex((n) => PASSWORD_COLUMNS.has(n));
  const user = header.names.findIndex((n) => USER_COLUMNS.has(n));
  if (password < 0 || user < 0 || !header.names.some((n) => SITE_COLUMNS.has(n))) return;
  const { count, over } = countPasswords(text, header, password, user, (value, owner) => !isPlaceholderPassword(value, owner));
  if (count === 0) return;
  yield { start: header.start, end: header.start + header.line.length, detail: `${over ? `over ${count}` : count} saved ${count === 1 ? 'login' : 'logins'} with the password in clear` };
}

export const passwordManagerExport: Detector = {
  id: 'password-manager-export',
  title: 'Committed export of saved logins (password manager, browser, cloud console)',
  policy: 'no-committed-credentials',
  severity: 'critical',
  keywords: ['password'],
  paths: ['*.csv', '*.tsv'],
  remediation:
    'Change the password of every login in the file, starting with the accounts that matter most, remove the file from ' +
    'the repository and its history, and import vaults straight into the password manager instead of through the repository.',
  detect: detectPasswordExport,
  examples: {
    positive: [
      {
        path: 'Chrome Passwords.csv',
        text: 'name,url,username,password,note\nshop admin,https://admin.shop.example.org/login,ops@shop.example.org,Tn4pW8sYb2Qe!,\n',
        why: "Chrome's export",
      },
      {
        path: 'backup/bitwarden_export_20240102.csv',
        text: 'folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\nWork,,login,Jira,,,0,https://jira.example.org,ops,Rb7yT2mQx9Lw,\n',
        why: "Bitwarden's export",
      },
      {
        path: 'old/logins.csv',
        text: '"url","username","password","httpRealm","formActionOrigin","guid","timeCreated","timeLastUsed","timePasswordChanged"\n"https://mail.example.org","ops","Kq7v,R2mZx9Lw","","https://mail.example.org","{b4f3}","1700000000000","1700000000000","1700000000000"\n',
        why: "Firefox's export: quoted fields, a comma inside a password",
      },
      {
        path: 'ops/new_user_credentials.csv',
        text: 'User name,Password,Access key ID,Secret access key,Console login link\nci-deployer,Wq8#Lz3vTk9p,AKIAQYLPMN5HHHFPZAM5,,https://123456789012.signin.aws.amazon.com/console\n',
        why: "AWS's console download for a new IAM user: the sign-in password in clear",
      },
      {
        path: 'it/keepass.tsv',
        text: 'Group\tTitle\tUsername\tPassword\tURL\tNotes\nRoot\tRouter\tadmin\tWv3nP8xQ2mLk\thttp://192.168.1.1\t\n',
        why: 'tab-separated',
      },
    ],
    negative: [
      { path: 'import/template.csv', text: 'name,url,username,password\n', why: 'a header alone: an import template' },
      { path: 'import/sample.csv', text: 'name,url,username,password\nMy bank,https://bank.example.org,me,<password>\nMail,https://mail.example.org,me,changeme\n', why: 'placeholders' },
      { path: 'db/seed/users.csv', text: 'id,username,email,password_hash,created_at\n1,alice,alice@example.org,$2b$12$Yq,2024-01-02\n', why: 'no password column (a hash column), no site' },
      { path: 'reports/logins.csv', text: 'user,login,last_password_change,ip\nalice,2024-01-02,2023-11-30,10.0.0.4\n', why: 'no password column' },
      { path: 'data/accounts.csv', text: 'username,password\nalice,Tn4pW8sYb2Qe\n', why: 'no site column: not the shape of an export (credential-table-password reports the table)' },
      { path: 'data/people.csv', text: 'gender,title,first,last,email,username,password,salt\nfemale,ms,ada,park,ada.park@example.org,bluecat12,Wq8LzT3v,aCTYBAXn\n', why: 'a dataset of made-up people: a title, no address column' },
    ],
  },
};

// A table of accounts committed with their passwords in clear: a CSV or TSV whose header names a user column and a
// password column (`username,email,password`, `login;passwd`), a seed of an application's users or a list handed
// over by a spreadsheet. An export's shape (a site column too) is password-manager-export's. A column named for a
// digest of the password (`password_hash`, `hashed_password`) or a password's metadata (`password_changed_at`) holds
// none, and cells that are hashes, placeholders or the user's own name are not counted.

/** A header that names a password column: the slot's words only (`password`, `user_password`, `Passwort`). */
const TABLE_PASSWORD_COLUMNS = new Set(['password', 'passwd', 'pwd', 'pass', 'userpassword', 'userpass', 'plainpassword', 'cleartextpassword', 'initialpassword', 'temppassword', 'temporarypassword', 'defaultpassword', 'passwort', 'contrasena', 'contraseña', 'motdepasse', 'senha']);

function* detectCredentialTable({ text }: DetectorInput): Iterable<Match> {
  const header = tableHeader(text);
  if (!header) return;
  const password = header.names.findIndex((n) => TABLE_PASSWORD_COLUMNS.has(n));
  const user = header.names.findIndex((n) => USER_COLUMNS.has(n));
  // a site column makes it an export (password-manager-export reports it)
  if (password < 0 || user < 0 || header.names.some((n) => SITE_COLUMNS.has(n))) return;
  const { count, over } = countPasswords(text, header, password, user, isStoredPassword);
  if (count === 0) return;
  const name = header.fields[password] as string;
  const at = header.start + Math.max(0, header.line.indexOf(name));
  yield { start: at, end: at + name.length, detail: `${over ? `over ${count}` : count} ${count === 1 ? 'account' : 'accounts'} with the password in clear (column ${name.trim()})` };
}

export const credentialTablePassword: Detector = {
  id: 'credential-table-password',
  title: 'Committed table of accounts with their passwords in clear (CSV, TSV)',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: ['password', 'passwd', 'pwd', 'pass', 'passwort', 'contrase', 'motdepasse', 'senha'],
  paths: ['*.csv', '*.tsv'],
  remediation:
    'Change the password of every account in the table, remove the file from the repository and its history, and seed ' +
    'accounts with passwords generated at setup time (or hashes of them), never with the passwords themselves.',
  detect: detectCredentialTable,
  examples: {
    positive: [
      { path: 'db/seeds/users.csv', text: 'id,username,email,password,role\n1,ops,ops@shop.example.org,Tn4pW8sYb2Qe,admin\n2,billing,billing@shop.example.org,Kq7vR2mZx9Lw,staff\n', why: "an application's seed accounts" },
      { path: 'handover/accounts.tsv', text: 'Login\tPassword\tTeam\nmkeller\tWq8#Lz3vTk9p\tops\n', why: 'tab-separated, capitalised' },
      { path: 'import/staff.csv', text: 'email;passwd\nlea@shop.example.org;Rb7yT2mQx9Lw\n', why: 'semicolons' },
    ],
    negative: [
      { path: 'db/seeds/users.csv', text: 'id,username,email,password_hash\n1,ops,ops@shop.example.org,$2b$12$Yq7vR2mZx9LwTn4pW8sYb2\n', why: 'a column of hashes' },
      { path: 'db/seeds/users.csv', text: 'id,username,password\n1,ops,changeme\n2,billing,\n', why: 'a placeholder and an empty cell' },
      { path: 'db/seeds/users.csv', text: 'username,password\n', why: 'a header alone' },
      { path: 'reports/audit.csv', text: 'user,password_changed_at,mfa\nops,2024-01-02,yes\n', why: "a password's metadata" },
      { path: 'data/logins.csv', text: 'name,url,username,password\nshop,https://admin.shop.example.org,ops,Tn4pW8sYb2Qe\n', why: "an export's shape: password-manager-export's" },
    ],
  },
};

// A KeePass database exported to XML, committed: KeePass 2 and KeePassXC write `<KeePassFile>` with each entry's
// fields as `<String><Key>Password</Key><Value ProtectInMemory="True">…</Value></String>` in clear (the attribute only
// asks the reading program to keep the value encrypted in memory); KeePass 1.x writes `<pwlist>` of `<pwentry>`
// elements with a `<password>` each. Inside a .kdbx the same XML is encrypted and its values marked `Protected="True"`
// (XORed with a stream cipher): such values are not clear and are not counted. Reported once per file, as the CSV
// exports are, with no `secret`.

/** A KeePass 2 entry's password field and its value, up to 4 KiB of value. */
const KEEPASS2_PASSWORD = /<Key>Password<\/Key>\s{0,64}<Value(?<attrs>[^>]{0,100})>(?<value>[^<]{1,4096})<\/Value>/g;
/** A KeePass 1.x entry's password element. */
const KEEPASS1_PASSWORD = /<password>(?<value>[^<]{1,4096})<\/password>/g;

function* detectKeepassXml({ text }: DetectorInput): Iterable<Match> {
  const v2 = /<KeePassFile[\s>]/.exec(text);
  const v1 = v2 ? null : /<pwlist[\s>]/.exec(text);
  if (!v2 && !v1) return;
  const pattern = v2 ? KEEPASS2_PASSWORD : KEEPASS1_PASSWORD;
  pattern.lastIndex = 0;
  let first: RegExpExecArray | undefined;
  let count = 0;
  for (let m = pattern.exec(text); m !== null && count < MAX_ROWS; m = pattern.exec(text)) {
    const groups = m.groups as { attrs?: string; value: string };
    if (groups.attrs !== undefined && /\bProtected\s{0,4}=\s{0,4}"True"/i.test(groups.attrs)) continue;
    const value = unescapeXml(groups.value).trim();
    if (value === '' || isPlaceholderPassword(value)) continue;
    first ??= m;
    count++;
  }
  if (first === undefined) return;
  const valueAt = first.index + first[0].lastIndexOf(first.groups?.value as string);
  yield {
    start: valueAt,
    end: valueAt + (first.groups?.value as string).length,
    detail: `KeePass ${v2 ? '2' : '1.x'} XML export: ${count >= MAX_ROWS ? `over ${count}` : count} ${count === 1 ? 'password' : 'passwords'} in clear`,
  };
}

export const keepassXmlExport: Detector = {
  id: 'keepass-xml-export',
  title: 'Committed KeePass or KeePassXC XML export (passwords in clear)',
  policy: 'no-committed-credentials',
  severity: 'critical',
  keywords: ['keepassfile', 'pwlist'],
  remediation:
    'Change the password of every entry in the export, remove the file from the repository and its history, and move ' +
    'vaults between machines as the encrypted .kdbx file (or through the password manager\'s own sync), never as XML.',
  detect: detectKeepassXml,
  examples: {
    positive: [
      {
        path: 'backup/Database.xml',
        text:
          '<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<KeePassFile>\n\t<Root>\n\t\t<Group>\n\t\t\t<Entry>\n' +
          '\t\t\t\t<String>\n\t\t\t\t\t<Key>UserName</Key>\n\t\t\t\t\t<Value>root</Value>\n\t\t\t\t</String>\n' +
          '\t\t\t\t<String>\n\t\t\t\t\t<Key>Password</Key>\n\t\t\t\t\t<Value ProtectInMemory="True">Lx8v&amp;Q2nTk5Rw</Value>\n\t\t\t\t</String>\n' +
          '\t\t\t</Entry>\n\t\t</Group>\n\t</Root>\n</KeePassFile>\n',
        why: 'KeePass 2 / KeePassXC export',
      },
      {
        path: 'it/passwords.xml',
        text: '<!DOCTYPE KEEPASSX_DATABASE>\n<pwlist>\n<pwentry>\n<group>General</group>\n<title>router</title>\n<username>admin</username>\n<password>Tq7vK2nXr9Lm</password>\n</pwentry>\n</pwlist>\n',
        why: 'KeePass 1.x export',
      },
    ],
    negative: [
      {
        path: 'tests/data/inner.xml',
        text: '<KeePassFile>\n<Root><Group><Entry><String><Key>Password</Key><Value Protected="True">q1Z3kQ0dWbE5bXc=</Value></String></Entry></Group></Root>\n</KeePassFile>\n',
        why: "a database's inner XML: the value is XORed with the database's stream cipher, not clear",
      },
      {
        path: 'docs/export.xml',
        text: '<KeePassFile>\n<Root><Group><Entry><String><Key>Password</Key><Value ProtectInMemory="True"></Value></String></Entry></Group></Root>\n</KeePassFile>\n',
        why: 'an entry without a password',
      },
      { path: 'src/Login.xml', text: '<form>\n<password>{{ password }}</password>\n</form>\n', why: 'no KeePass export around it' },
    ],
  },
};
