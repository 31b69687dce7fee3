import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { ARG, REMEDIATION, restOfCommand, SAME_LINE } from './command-parts.js';
import { isStoredPassword } from './values.js';

// Database clients given a password on their command line or in their environment variable.

const MYSQL_CLIENTS = 'mysql|mysqldump|mysqladmin|mysqlimport|mysqlshow|mysqlcheck|mysqlpump|mysqlsh|mariadb|mariadb-dump|mariadb-admin';

/** find's predicates read as `-p` and a password after a `mysql` it looks for (`find . -name 'mysql' -printf '%f'`). */
const FIND_PREDICATE = /^(?:rint0?|rintf|rune|ath|erm)$/;

export const mysqlCliPassword: Detector = patternDetector({
  id: 'mysql-cli-password',
  title: 'Password on a MySQL/MariaDB client command line',
  severity: 'high',
  priority: 30,
  keywords: ['mysql', 'mariadb'],
  // `-pSECRET` (attached: `-p SECRET` prompts and takes SECRET as the database) or `--password=SECRET`;
  // an argument list (`"mysqladmin", "ping", "-psecret"`) counts too.
  pattern: new RegExp(String.raw`(?<![\w-])(?:${MYSQL_CLIENTS})(?:\.exe)?(?=[\s"'])${SAME_LINE('mysql|mariadb')}[\s"',](?:-p|--password=)${ARG}`),
  validate: (secret, m, text) =>
    !FIND_PREDICATE.test(secret) && isStoredPassword(secret, /(?:-u[ \t]{0,4}|--user=)["']?([\w.@-]{1,64})/.exec(restOfCommand(text, m.index, m[0].length))?.[1]),
  detail: () => 'MySQL client password argument',
  remediation: REMEDIATION(
    'database password',
    'Let the client read it from an option file outside the repository (`--defaults-extra-file`, mode 0600), from MYSQL_PWD set by CI, or use `mysql_config_editor`.',
  ),
  examples: {
    positive: [
      { text: 'mysqldump -h db.shop.internal -u backup -pHq7vR2mLp9xT shop > /backup/shop.sql', path: 'cron/backup.sh' },
      { text: 'mysql --host=10.0.0.7 --user=report --password=hunter22 -e "select 1"', path: 'docs/runbook.md', why: 'weak' },
      { text: 'test: ["CMD", "mysqladmin", "ping", "-h", "localhost", "-u", "app", "-pZt9q!W3xkP2m"]', path: 'docker-compose.yml', why: 'argument list' },
    ],
    negative: [
      { text: 'mysql -u root -p shop < schema.sql', why: '-p alone prompts' },
      { text: 'mysqldump -u backup -p"$MYSQL_PASSWORD" shop', why: 'variable' },
      { text: 'mysql -uroot -proot', why: 'same as the user' },
      { text: 'mysql -u app -pYOUR_PASSWORD app', why: 'placeholder' },
      { text: 'mysql -u app -P 3306 -h db app', why: '-P is the port' },
      { text: "find \"$DIR\" -maxdepth 1 \\( -name '*.gz' -o -name 'mysql' \\) -printf '%f\\n'", path: 'helper-scripts/restore.sh', why: "find's -printf" },
    ],
  },
});

/** Code that computes the value (a Python `PGPASSWORD = secret.payload.data.decode("UTF-8")`): a call, or a chain of three names. */
const EXPRESSION = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\(|^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*){2,}$/;

/**
 * A property of an object or a keyword argument in code, given a variable (`PGPASSWORD: password,` in a JavaScript object
 * that builds a child process's environment, Python's `dict(PGPASSWORD=db_password,`): an unquoted name, or a dotted chain
 * of names, closed by the comma that ends its line. A shell or YAML value never ends in a separating comma.
 */
const CODE_PROPERTY_VARIABLE = /^[A-Za-z_$][\w$]{0,63}(?:\.[A-Za-z_$][\w$]{0,63}){0,4},$/;

function isCodeVariable(secret: string, m: RegExpExecArray, text: string): boolean {
  if (m.groups?.q !== '' || !CODE_PROPERTY_VARIABLE.test(secret)) return false;
  const after = m.index + m[0].length;
  return /^[ \t]*(?:\/\/[^\n]*)?(?:\r?\n|$)/.test(text.slice(after, after + 200));
}

/** The client's user set beside it (`PGUSER: app`, `export MYSQL_USER=app`, a service's `POSTGRES_USER: app`). */
const USER_ENV = /(?<![\w$])(?:PGUSER|MYSQL_USER|POSTGRES_USER)[ \t]{0,4}(?:=|:[ \t])[ \t]{0,4}["']?([\w.@-]{1,64})/g;

/**
 * A password that is the user's name again, set within a few lines (a CI job's `PGUSER: shop` / `PGPASSWORD: shop` for its
 * throwaway service database): a sample account, as `mysql -uroot -proot` is.
 */
function isNeighbourUser(secret: string, text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - 300), Math.min(text.length, at + 300));
  USER_ENV.lastIndex = 0;
  for (let m = USER_ENV.exec(window); m; m = USER_ENV.exec(window)) if (m[1]?.toLowerCase() === secret.toLowerCase()) return true;
  return false;
}

export const databasePasswordEnv: Detector = patternDetector({
  id: 'database-password-env',
  title: 'Literal PGPASSWORD or MYSQL_PWD in a script or config',
  severity: 'high',
  priority: 30,
  keywords: ['pgpassword', 'mysql_pwd'],
  // `PGPASSWORD=x psql`, `export PGPASSWORD=x`, `set PGPASSWORD=x`, `$env:PGPASSWORD = "x"`, `PGPASSWORD: x`
  pattern: new RegExp(String.raw`(?<![\w$])(?<name>PGPASSWORD|MYSQL_PWD)[ \t]{0,4}(?:=|:[ \t])[ \t]{0,4}${ARG}`),
  validate: (secret, m, text) =>
    !EXPRESSION.test(secret) && !isCodeVariable(secret, m, text) && isStoredPassword(secret) && !isNeighbourUser(secret, text, m.index),
  detail: (m) => `${m.groups?.name} set to a literal`,
  remediation: REMEDIATION(
    'database password',
    'Set PGPASSWORD/MYSQL_PWD from a CI secret or a secret store at run time, or use a .pgpass / option file outside the repository.',
  ),
  examples: {
    positive: [
      { text: 'PGPASSWORD=Hq7vR2mLp9xT psql -h db.shop.internal -U report -c "select 1"', path: 'scripts/report.sh' },
      { text: 'export PGPASSWORD="hunter22"\npg_dump -h db -U backup shop > shop.sql\n', path: 'cron/backup.sh', why: 'weak' },
      { text: '$env:PGPASSWORD = "Zt9q!W3xkP2m"', path: 'deploy.ps1' },
      { text: 'env:\n  PGUSER: storefront\n  PGPASSWORD: storefront-Zt9q\n', path: '.github/workflows/spec.yml', why: 'more than the user name' },
      { text: 'const env = {\n  PGUSER: "reports",\n  PGPASSWORD: "Wq4nB7tKz2Lm",\n};\n', path: 'scripts/nightly.ts', why: 'a quoted literal in an object' },
    ],
    negative: [
      { text: 'export PGPASSWORD="$gdcapi_db_password"', why: 'variable' },
      { text: 'env:\n  PGPASSWORD: ${{ secrets.PGPASSWORD }}\n', path: '.github/workflows/ci.yml', why: 'CI secret' },
      { text: 'env:\n  PGPASSWORD: postgres\n', path: '.github/workflows/ci.yml', why: 'service container default' },
      { text: 'PGPASSWORD=$(cat /run/secrets/pg) psql', why: 'command substitution' },
      { text: 'jobs:\n  spec:\n    env:\n      PGHOST: 127.0.0.1\n      PGUSER: storefront\n      PGPASSWORD: storefront\n', path: '.github/workflows/spec.yml', why: "the user's name again: a CI service's sample account" },
      { text: '    PGPASSWORD = secret_response.payload.data.decode("UTF-8").strip()', path: 'src/assistant/service.py', why: 'code computing the value' },
      {
        text: 'function pgEnv(c: Creds) {\n  const { login, secret } = c;\n  return {\n    PGUSER: login,\n    PGPASSWORD: secret,\n    PGPORT: "5432",\n  };\n}\n',
        path: 'src/deploy/pg-env.ts',
        why: 'an object property given a variable: the comma ends the line',
      },
      { text: 'proc = run(cmd, env=dict(os.environ,\n    PGPASSWORD=settings.db_pass,\n))\n', path: 'tools/restore.py', why: 'a keyword argument given a variable' },
    ],
  },
});
