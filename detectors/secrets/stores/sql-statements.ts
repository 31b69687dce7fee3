import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { keywordRegExp, keywordStarts } from '../../kit/keyword-windows.js';
import { isWordIdentifier } from '../../kit/names.js';
import { patternDetector } from '../../kit/pattern.js';
import { isPlaceholderPassword } from '../../kit/placeholders.js';
import { isPasswordName, isStoredPassword } from './values.js';

// Database accounts created or changed with their password written into the statement: init scripts
// (docker-entrypoint-initdb.d), migrations, seeds, runbooks.
//   MySQL, MariaDB, Oracle   CREATE USER 'app'@'%' IDENTIFIED BY '…';   IDENTIFIED WITH plugin BY '…'
//                            SET PASSWORD FOR 'app'@'%' = PASSWORD('…');
//   PostgreSQL               CREATE ROLE app WITH LOGIN PASSWORD '…';  ALTER USER app PASSWORD '…';
//   SQL Server               CREATE LOGIN app WITH PASSWORD = '…';
// "Identified by" counts only in a CREATE USER, ALTER USER or GRANT statement (prose says it too).
// Hashes in the same places (`IDENTIFIED BY PASSWORD '*…'`, `IDENTIFIED BY VALUES`, PostgreSQL's
// `md5…` and `SCRAM-SHA-256$…`) are not the password: the password-hash detectors judge them.

const STATEMENT = String.raw`(?:(?:(?:create|alter)[ \t]{1,4}user\b|grant\b)[^;\n]{0,200}?\bidentified(?:[ \t]{1,4}with[ \t]{1,4}['"\x60]?[\w-]{1,40}['"\x60]?)?[ \t]{1,4}by[ \t]{1,4}(?!(?:password|values|random)\b)` +
  String.raw`|set[ \t]{1,4}password(?:[ \t]{1,4}for[ \t]{1,4}[^=;\n]{1,100}?)?[ \t]{0,4}=[ \t]{0,4}(?:(?:old_)?password[ \t]{0,2}\([ \t]{0,2})?` +
  // PostgreSQL's and SQL Server's PASSWORD takes a string literal: quoted (`create user:password pair` is prose)
  String.raw`|(?:create|alter)[ \t]{1,4}(?:user|role|login)[ \t]{1,4}[^;\n]{0,200}?\bpassword(?:[ \t]{0,4}=)?[ \t]{1,4}(?=['"]))`;

/** The password is the account's own name (`… TO monitor@'%' IDENTIFIED BY 'monitor'`): a stand-in. */
function namesTheAccount(secret: string, statement: string): boolean {
  const before = statement.slice(0, statement.lastIndexOf(secret)).toLowerCase();
  const name = secret.toLowerCase();
  for (let at = before.indexOf(name); at >= 0; at = before.indexOf(name, at + 1)) {
    if (!/\w/.test(before[at - 1] ?? '') && !/\w/.test(before[at + name.length] ?? '')) return true;
  }
  return false;
}

/**
 * An unquoted value that is a name made of words (`IDENTIFIED WITH plugin BY plugin_auth_string` in a
 * module's documentation, `BY newUserPassword` in a template): a variable or a slot, not the password.
 */
function isUnquotedName(secret: string): boolean {
  const name = secret.replace(/\x60{1,3}$/, ''); // the end of a Markdown or reST code span
  return /^[a-z]{2,}(?:_[a-z]{2,}){1,6}$/i.test(name) || isWordIdentifier(name);
}

/** ClickHouse's query parameter, `{name:Type}` (`… IDENTIFIED WITH sha256_password BY {password:String}`): bound at run time, as `?` is. */
const CLICKHOUSE_PARAMETER = /^\{[A-Za-z_]\w{0,60}:[A-Za-z][\w()]{0,60}\}$/;

export const sqlStatementPassword: Detector = patternDetector({
  id: 'sql-statement-password',
  title: 'Database password in a SQL statement',
  severity: 'high',
  priority: 30,
  keywords: ['identified', 'set password', 'create user', 'create role', 'create login', 'alter user', 'alter role', 'alter login'],
  pattern: new RegExp(String.raw`(?<![\w.])${STATEMENT}(?!(?:expire|reuse|require|history|null)\b)(?<q>['"]?)(?<secret>[^'"\s;,)]{1,128})\k<q>(?![\w])`, 'i'),
  // (MySQL's `PASSWORD EXPIRE`, `PASSWORD HISTORY 5`… and PostgreSQL's `PASSWORD NULL` are options, not passwords)
  // a SET without quotes assigns an expression: `UPDATE users SET password = ENCODE(DIGEST(password, …))`, `SET password = new_hash`
  validate: (secret, m) =>
    isStoredPassword(secret) && !namesTheAccount(secret, m[0]) && !(m.groups?.q === '' && /^set\b/i.test(m[0])) && !(m.groups?.q === '' && (CLICKHOUSE_PARAMETER.test(secret) || isUnquotedName(secret))),
  detail: () => 'an account\'s password written into the statement that creates or changes the account',
  remediation:
    'Change the account\'s password, then create the account in the script without one and set it at deploy time from a secret ' +
    '(an init script reading a variable the orchestrator injects, or the database image\'s *_PASSWORD_FILE).',
  examples: {
    positive: [
      { text: "CREATE USER 'shop'@'%' IDENTIFIED BY 'Hq7vR2mLp9xT';", path: 'docker/initdb/01-users.sql' },
      { text: "ALTER USER 'root'@'localhost' IDENTIFIED WITH mysql_native_password BY 'Zt9q!W3xkP2m';", path: 'db/setup.sql' },
      { text: "SET PASSWORD FOR 'report'@'%' = PASSWORD('hunter22');", path: 'ops/reset.sql', why: 'weak: a literal in a password slot all the same' },
      { text: 'CREATE ROLE app WITH LOGIN PASSWORD \'Vq7Lm2Xp9Rt4\';', path: 'migrations/0001_roles.sql' },
      { text: "CREATE LOGIN reporting WITH PASSWORD = 'Tq8vLm2Xp9Rw!';", path: 'mssql/init.sql' },
      { text: 'CREATE USER scott IDENTIFIED BY Xk29sLq8mVz1;', path: 'oracle/users.sql', why: 'Oracle, unquoted' },
      { text: 'cursor.execute("ALTER USER app WITH PASSWORD \'Vq7Lm2Xp9Rt4\'")', path: 'scripts/rotate.py', why: 'inside code' },
    ],
    negative: [
      { text: "CREATE USER 'shop'@'%' IDENTIFIED BY PASSWORD '*2470C0C06DEE42FD1618BB99005ADCA2EC9D1E19';", why: 'a hash' },
      { text: "CREATE ROLE app WITH LOGIN ENCRYPTED PASSWORD 'md5a3556571e93b0d20722ba62be61e8c2d';", why: 'a PostgreSQL md5 hash' },
      { text: "CREATE USER app IDENTIFIED BY '${DB_PASSWORD}';", why: 'a template' },
      { text: "CREATE USER 'importer'@'localhost' IDENTIFIED BY 'YourPwdMustBeLong!';", path: 'examples/import/README.md', why: 'an instruction to the reader' },
      { text: "ALTER USER app WITH PASSWORD :'app_password';", why: 'a psql variable' },
      { text: 'CREATE USER app IDENTIFIED BY ?', why: 'a bound parameter' },
      { text: "    - The account's authentication string (``CREATE USER user IDENTIFIED WITH plugin BY auth_string_value``).", path: 'plugins/modules/db_user.py', why: 'an unquoted name of words: the slot, not a password' },
      { text: 'ALTER USER app IDENTIFIED BY rotatedAccountPassword;', path: 'sql/rotate.sql.tmpl', why: 'an unquoted camelCase name: a template slot' },
      { text: 'q := fmt.Sprintf("ALTER USER %s IDENTIFIED WITH sha256_password BY {pw:String}", name)', path: 'internal/olap/users.go', why: "a ClickHouse query parameter, bound at run time" },
      { text: "CREATE USER app IDENTIFIED EXTERNALLY;", why: 'no password' },
      { text: "CREATE USER 'app'@'%' IDENTIFIED BY 'password';", why: 'a stand-in' },
      { text: "GRANT PROCESS ON *.* TO monitor@localhost IDENTIFIED BY 'monitor';", why: "the account's own name" },
      { text: "ALTER USER 'root'@'%' PASSWORD EXPIRE;", why: 'an option' },
      { text: "db.Exec(`UPDATE accounts SET password = ENCODE(DIGEST(password, 'sha256'), 'hex') WHERE kind = 'api'`)", path: 'internal/migrations/v3.go', why: 'a column set from an expression' },
      { text: 'UPDATE users SET password = hashed_pw WHERE id = 7;', path: 'db/rehash.sql', why: 'a column set from another column' },
      { text: 'Each session is identified by default through a cookie.', why: 'prose' },
      { text: 'A user created by the installer is identified by their e-mail address.', why: 'prose' },
      { text: "# To create user:password pair, run htpasswd -nB user", path: 'docs/basicauth.md', why: 'prose: a PASSWORD value is a quoted literal' },
    ],
  },
});

// Accounts inserted with their password in clear: seeds, fixtures and dumps of an application's users
// table, `INSERT INTO users (username, password) VALUES ('admin', '…')`. The column list names which
// value is the password, or, where the INSERT gives none (mysqldump's), the table's CREATE TABLE in the same file; a hash in that place (bcrypt, crypt forms, bare hex digests) is a hash
// detector's finding or an unknown digest, not a password in clear.

/** A column naming the account: its value repeated as the password makes that a stand-in. */
const USER_COLUMN = /^(?:user_?name|user|login|email|name|account|uname)$/i;
/** A digest written as hex (MD5, SHA-1, SHA-256, SHA-512): a hash of the password, not the password. */
const HEX_DIGEST = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128})$/i;
/** Framework hash encodings the crypt forms of isStoredPassword do not name: Werkzeug's `pbkdf2:sha256:600000$…`, Django's `pbkdf2_sha256$…`. */
const FRAMEWORK_HASH = /^(?:(?:pbkdf2|scrypt)(?::[\w-]{1,20}){1,3}\$|(?:pbkdf2_sha\d{1,3}|argon2|bcrypt(?:_sha256)?|sha1|md5|scrypt|unsalted_(?:md5|sha1))\$)/i;
/** `INSERT INTO table [(columns)] VALUES`: 1 the table, 2 the column list when the statement gives one. */
const INSERT_HEAD = /insert[ \t]{1,4}(?:ignore[ \t]{1,4})?into[ \t]{1,4}([\w."`[\]]{1,80})[ \t]{0,4}(?:\(([^()\n]{1,600})\)[ \t\r\n]{0,8})?values[ \t\r\n]{0,8}/iy;
/** `CREATE TABLE [IF NOT EXISTS] name (`: where a dump names its columns in order (mysqldump's INSERTs give no list). */
const CREATE_TABLE = /create[ \t]{1,4}table[ \t]{1,4}(?:if[ \t]{1,4}not[ \t]{1,4}exists[ \t]{1,4})?([\w."`[\]]{1,80})[ \t\r\n]{0,8}\(/gi;
/** A line of a table's definition that is a constraint or an index, not a column. */
const NOT_A_COLUMN = /^(?:primary|unique|key|index|constraint|foreign|check|fulltext|spatial|exclude|period)\b/i;

/** `public."Users"` → `users`: the name an INSERT and a CREATE TABLE both reach the table by. */
const tableName = (raw: string): string => (raw.split('.').pop() ?? raw).replace(/["`[\]]/g, '').toLowerCase();
const unquote = (name: string): string => name.trim().replace(/^["`[]|["`\]]$/g, '');

/** Every table a text creates, with its columns in order (definitions of at most 64 KiB, split at top-level commas). */
function tablesOf(text: string): Map<string, string[]> {
  const tables = new Map<string, string[]>();
  // each search starts past the definition read last: unclosed definitions one after another stay linear
  CREATE_TABLE.lastIndex = 0;
  for (let m = CREATE_TABLE.exec(text); m; m = CREATE_TABLE.exec(text)) {
    const open = m.index + m[0].length;
    const columns: string[] = [];
    let depth = 0;
    let from = open;
    const limit = Math.min(text.length, open + 65_536);
    let i = open;
    for (; i < limit; i++) {
      const c = text[i];
      if (c === '(') depth++;
      else if (c === ')' && depth > 0) depth--;
      else if ((c === ',' || c === ')') && depth === 0) {
        const definition = text.slice(from, i).trim();
        const name = /^(?:"[^"]{1,80}"|`[^`]{1,80}`|\[[^\]]{1,80}\]|[\w$]{1,80})/.exec(definition)?.[0];
        if (name && !NOT_A_COLUMN.test(definition)) columns.push(unquote(name));
        from = i + 1;
        if (c === ')') break;
      }
    }
    CREATE_TABLE.lastIndex = Math.max(CREATE_TABLE.lastIndex, i);
    tables.set(tableName(m[1] ?? ''), columns);
  }
  return tables;
}
const INSERT_FINDER = keywordRegExp(['insert into', 'insert ignore into']);
/** The most tuples of one INSERT read (a dump's multi-row INSERT can hold thousands: the first ones tell). */
const MAX_ROWS = 200;

/** The values of one parenthesised tuple starting at `open` (its `(`): each quoted literal's span, or null for an expression. */
function tupleAt(text: string, open: number): { values: ({ start: number; end: number } | null)[]; end: number } | undefined {
  const values: ({ start: number; end: number } | null)[] = [];
  let i = open + 1;
  let depth = 0;
  let current: { start: number; end: number } | null = null;
  let sawOther = false;
  const limit = Math.min(text.length, open + 4096);
  while (i < limit) {
    const c = text[i] as string;
    if (c === "'" || c === '"') {
      const start = i + 1;
      let j = start;
      while (j < limit && (text[j] !== c || text[j + 1] === c)) j += text[j] === c || text[j] === '\\' ? 2 : 1;
      if (j >= limit) return undefined;
      if (depth === 0 && !sawOther && current === null) current = { start, end: j };
      else sawOther = true;
      i = j + 1;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    else if ((c === ',' || c === ')') && depth === 0) {
      values.push(sawOther ? null : current);
      current = null;
      sawOther = false;
      if (c === ')') return { values, end: i + 1 };
    } else if (c !== ' ' && c !== '\t' && c !== '\r' && c !== '\n') sawOther = true;
    i++;
  }
  return undefined;
}

function* detectInsertedPasswords({ text, keywordStarts: given }: DetectorInput): Iterable<Match> {
  // keyword starts ascend: one inside the rows read last (an INSERT in a value, or in an unclosed tuple) is passed over
  let readTo = -1;
  let tables: Map<string, string[]> | undefined; // read once, when an INSERT gives no column list
  for (const at of keywordStarts(text, given, INSERT_FINDER)) {
    if (at < readTo) continue;
    INSERT_HEAD.lastIndex = at;
    const head = INSERT_HEAD.exec(text);
    if (!head) continue;
    const columns = head[2] !== undefined ? head[2].split(',').map(unquote) : (tables ??= tablesOf(text)).get(tableName(head[1] ?? '')) ?? [];
    // a column that holds a password as typed (isPasswordName: not `password_hash`, `encrypted_password`, `password_reset_token`)
    const column = columns.findIndex((c) => isPasswordName(c));
    if (column < 0) continue;
    const userColumn = columns.findIndex((c) => USER_COLUMN.test(c));
    let next = INSERT_HEAD.lastIndex;
    for (let row = 0; row < MAX_ROWS && text[next] === '('; row++) {
      const tuple = tupleAt(text, next);
      readTo = tuple ? tuple.end : Math.min(text.length, next + 4096);
      if (!tuple || tuple.values.length !== columns.length) break;
      const span = tuple.values[column];
      const userSpan = userColumn >= 0 ? tuple.values[userColumn] : null;
      const user = userSpan ? text.slice(userSpan.start, userSpan.end) : '';
      const secret = span ? text.slice(span.start, span.end) : '';
      if (span && !HEX_DIGEST.test(secret) && !FRAMEWORK_HASH.test(secret) && isStoredPassword(secret, user) && !(user !== '' && isPlaceholderPassword(secret, user.split('@')[0] ?? user))) {
        yield { start: span.start, end: span.end, secret, detail: `the ${columns[column]} column of an inserted row, in clear` };
      }
      next = tuple.end;
      while (next < text.length && /[ \t\r\n,]/.test(text[next] as string) && next - tuple.end < 16) next++;
    }
  }
}

export const sqlInsertPassword: Detector = {
  id: 'sql-insert-password',
  title: "Account password in clear in an inserted row (a users table's seed, fixture or dump)",
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: ['insert into', 'insert ignore into'],
  priority: 30,
  remediation:
    'Change the password of every account seeded this way, store only a slow hash (bcrypt, argon2) in the column, and create ' +
    'the first administrator at deploy time with a password from a secret rather than from the seed.',
  detect: detectInsertedPasswords,
  examples: {
    positive: [
      { text: "INSERT INTO users (id, username, password) VALUES (1, 'admin', 'Bj7gM3eLr5OfK2iE');", path: 'db/seed.sql' },
      { text: "INSERT INTO `accounts` (`login`, `email`, `pass`, `created_at`)\nVALUES\n  ('ops', 'ops@shop.example', 'Hq7vR2mLp9xT', NOW()),\n  ('billing', 'billing@shop.example', 'Zt9q!W3xkP2m', NOW());", path: 'database/dump.sql', why: 'every row of a multi-row insert' },
      { text: "db.exec(\"INSERT INTO users (name, password) VALUES ('backup', 'Kw3nP7zQr1xT')\");", path: 'scripts/bootstrap.js', why: 'inside code' },
      {
        text: "CREATE TABLE `users` (\n  `id` int(11) NOT NULL AUTO_INCREMENT,\n  `login` varchar(64) NOT NULL,\n  `balance` decimal(10,2) DEFAULT NULL,\n  `password` varchar(255) NOT NULL,\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;\nINSERT INTO `users` VALUES (1,'ops',10.50,'Rm6kQx2vNz8w'),(2,'billing',0.00,'Tq7nX3vKm9Wz');\n",
        path: 'backup/shop.sql',
        why: "mysqldump's INSERT without a column list: the columns of the table's CREATE TABLE",
      },
    ],
    negative: [
      { text: "INSERT INTO users (username, password) VALUES ('admin', '$2y$10$92IXUNpkjO0rOQ5byMi.Ye4oKoEa3Ro9llC/.og/at2.uheWG/igi');", why: 'a bcrypt hash' },
      { text: "INSERT INTO users (username, password) VALUES ('admin', '5f4dcc3b5aa765d61d8327deb882cf99');", why: 'an MD5 digest' },
      { text: "INSERT INTO user (username, password) VALUES ('test', 'pbkdf2:sha256:600000$Qm7vT2xK$8c41e0b97f2d35a6c1e9b0d4f7a3c52e81d6b9f0a4c7e2d5b8f1a3c6e9d0b7f4');", why: "Werkzeug's hash" },
      { text: "INSERT INTO users (username, password) VALUES ('admin', 'admin');", why: 'the user name as its password' },
      { text: "INSERT INTO users (username, password) VALUES (?, ?);", why: 'bound parameters' },
      { text: "INSERT INTO users (username, password_hash) VALUES ('admin', 'Bj7gM3eLr5OfK2iE');", why: 'a hash column' },
      { text: "INSERT INTO users (username, password) VALUES ('admin', crypt('Bj7gM3eLr5OfK2iE', gen_salt('bf')));", why: 'hashed by the statement (an expression, not a literal in the column)' },
      { text: "INSERT INTO settings (name, value) VALUES ('theme', 'Bj7gM3eLr5OfK2iE');", why: 'no password column' },
      { text: "INSERT INTO `users` VALUES (1,'ops','Rm6kQx2vNz8w');", why: 'no column list and no CREATE TABLE to name the columns' },
    ],
  },
};
