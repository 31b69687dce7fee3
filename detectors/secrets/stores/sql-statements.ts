import type { Detector } from '../../../src/types.js';
import { isWordIdentifier } from '../../kit/names.js';
import { patternDetector } from '../../kit/pattern.js';
import { isStoredPassword } from './values.js';

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
