import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { lines, valueAt } from '../../files/lines.js';
import { isStoredPassword, storeRemediation } from './values.js';

// Option files of database command-line clients. The secret is the stored password.

/** Splits a .pgpass line at unescaped colons: [field, start offset] with `\:` and `\\` unescaped. */
function pgpassFields(line: string): [string, number][] {
  const fields: [string, number][] = [];
  let value = '';
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (c === '\\' && i + 1 < line.length && fields.length < 4) value += line[++i];
    else if (c === ':' && fields.length < 4) {
      fields.push([value, start]);
      value = '';
      start = i + 1;
    } else value += c;
  }
  fields.push([value, start]);
  return fields;
}

/** `.pgpass` / `pgpass.conf`: `hostname:port:database:username:password`, one per line. */
function* detectPgpass({ text }: DetectorInput): Iterable<Match> {
  for (const line of lines(text)) {
    if (line.text.length > 2048 || /^[ \t]{0,2048}(?:#|$)/.test(line.text)) continue;
    const fields = pgpassFields(line.text);
    if (fields.length !== 5) continue;
    const [[host], [port], , [user], [password, at]] = fields as [[string, number], [string, number], [string, number], [string, number], [string, number]];
    if (host.length === 0 || !/^(?:\*|\d{1,5})$/.test(port)) continue;
    const raw = line.text.slice(at).trimEnd();
    if (!isStoredPassword(password.trimEnd(), user)) continue;
    yield { start: line.start + at, end: line.start + at + raw.length, secret: raw, detail: `password for ${user === '*' ? 'any user' : user}@${host}` };
  }
}

export const pgpassPassword: Detector = {
  id: 'pgpass-password',
  title: 'PostgreSQL .pgpass with a password',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: [],
  paths: ['.pgpass', 'pgpass', '*.pgpass', 'pgpass.conf'],
  priority: 30,
  remediation: storeRemediation(
    'database password of each line',
    'keep .pgpass in the home directory of the machine that connects (mode 0600), written from a secret store.',
  ),
  detect: detectPgpass,
  examples: {
    positive: [
      { path: '.pgpass', text: '# prod\ndb.shop.internal:5432:orders:app:Hq7vR2mLp9xT\n' },
      { path: 'ops/pgpass.conf', text: '*:*:*:replicator:hunter22\n', why: 'weak password, any host' },
      { path: 'docker/.pgpass', text: 'db:5432:app:app:Zt9q\\:W3xkP2m\n', why: 'escaped colon' },
    ],
    negative: [
      { path: '.pgpass', text: 'hostname:port:database:username:password\n', why: 'the documentation line' },
      { path: '.pgpass', text: 'localhost:5432:app:postgres:postgres\n', why: 'default password, same as the user' },
      { path: 'ops/pgpass.conf', text: '# db.shop.internal:5432:orders:app:Hq7vR2mLp9xT\n', why: 'comment' },
      { path: '.pgpass', text: 'db.shop.internal:5432:orders:app:${PGPASS}\n', why: 'template' },
    ],
  },
};

/** MySQL/MariaDB option files: `password=` in a client program's section (`[client]`, `[mysqldump]`, ...). */
const MYSQL_SECTION = /^(?:client|mysql|mysqldump|mysqladmin|mysqlimport|mysqlshow|mysqlcheck|mysqlpump|mariadb-client|client-server|client-mariadb|mariadb)$/;

function* detectMyCnf({ path, text, binary }: DetectorInput): Iterable<Match> {
  if (path.endsWith('.mylogin.cnf')) {
    if (binary || text.length > 0) yield { start: 0, end: 0, detail: 'mysql_config_editor login file (obfuscated with a key stored in the file itself)' };
    return;
  }
  if (binary) return;
  let section = '';
  for (const line of lines(text)) {
    const header = /^[ \t]{0,16}\[([^\]\r\n]{1,100})\]/.exec(line.text);
    if (header) section = (header[1] as string).trim().toLowerCase();
    const m = /^[ \t]{0,16}password[ \t]{0,16}=/.exec(line.text);
    if (!m || !MYSQL_SECTION.test(section)) continue;
    const { value, start } = valueAt(line, m[0].length);
    if (isStoredPassword(value)) yield { start, end: start + value.length, secret: value, detail: `password in [${section}]` };
  }
}

export const mysqlOptionFilePassword: Detector = {
  id: 'mysql-option-file-password',
  title: 'MySQL option file (.my.cnf) with a password',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: [],
  paths: ['.my.cnf', 'my.cnf', '*.my.cnf', 'my.ini', '.mylogin.cnf'],
  includeBinary: true,
  priority: 30,
  remediation: storeRemediation(
    'database password',
    'keep the option file in the home directory of the machine that connects (mode 0600), or pass the password from a CI secret in MYSQL_PWD.',
  ),
  detect: detectMyCnf,
  examples: {
    positive: [
      { path: '.my.cnf', text: '[client]\nuser=backup\npassword=hunter22\nhost=db.shop.internal\n', why: 'weak' },
      { path: 'docker/mysql/my.cnf', text: '[mysqldump]\nuser = dump\npassword = "Hq7vR2mLp9xT"\n' },
      { path: '.mylogin.cnf', text: '\u0000\u0000\u0000\u0000\u0012\u00f1', why: 'binary, by name' },
    ],
    negative: [
      { path: 'docker/mysql/my.cnf', text: '[mysqld]\ndatadir=/var/lib/mysql\n# password=Hq7vR2mLp9xT\n', why: 'server section, comment' },
      { path: '.my.cnf', text: '[client]\nuser=root\npassword=\n', why: 'empty' },
    ],
  },
};
