import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { isPlaceholderPassword } from '../../kit/placeholders.js';
import { isPortAtNumber } from '../../kit/urls.js';

// Passwords written into URLs (`scheme://user:password@host`). The password alone is the secret, so a token
// used as a URL password (`https://oauth2:glpat-…@gitlab.com`) has the same span as the vendor finding, which
// wins. Stand-in passwords are judged by the kit's isPlaceholderPassword, as every password detector judges them.

const SCHEMES = [
  'https?', 's?ftps?', 'ssh', 'git', 'svn', 'rsync', 'wss?', 'socks5h?', 'smtps?', 'imaps?', 'pop3s?', 'ldaps?',
  'postgres(?:ql)?', 'postgis', 'pgsql', 'mysql[x2]?', 'mariadb', 'redshift', 'trino', 'presto', 'mongodb(?:\\+srv)?', 'rediss?', 'amqps?', 'mssql', 'sqlserver', 'oracle',
  'cockroachdb', 'clickhouse', 'couchdb', 'cassandra', 'neo4j(?:\\+s)?', 'bolt', 'nats', 'kafka', 'snowflake',
  'jdbc:[a-z0-9]{2,20}',
].join('|');

const URL_WITH_PASSWORD = new RegExp(
  String.raw`(?<![\w+.-])(?<scheme>${SCHEMES})(?:\+[A-Za-z0-9_]{1,24})?:\/\/` + // scheme, optional SQLAlchemy-style +driver
    String.raw`(?<user>[^\s:/?#@'"\`<>\\]{0,128}):(?<secret>[^\s/?#@'"\`<>\\]{1,256})@` + // user:password@
    String.raw`(?<host>[A-Za-z0-9][A-Za-z0-9._-]{0,252}|\[[0-9A-Fa-f:.]{2,45}\])`, // host
  'i',
);
/** Documentation hosts: RFC 2606/6761 reserved names and the stand-ins docs use. */
export const DOCUMENTATION_HOST =
  /(?:^|\.)example\d*(?:\.|$)|\.(?:test|invalid|localhost)$|(?:^|\.)(?:company|domain|yourdomain|mydomain|yourcompany|mycompany)\.com$|^(?:host|hostname|server|domain|your[-_.]?\w*host)$/i;

/**
 * Whether `user:password@` can follow the `://` at `at`: a ':' then an '@' before anything that ends
 * the user or password part (blanks, '/', '?', '#', quotes, '<', '>', '\\'), within their lengths.
 */
function hasUserInfo(text: string, at: number): boolean {
  let colon = false;
  const end = Math.min(text.length, at + 3 + 128 + 1 + 256 + 1);
  for (let i = at + 3; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x40) return colon; // '@'
    if (c === 0x3a) colon = true; // ':'
    else if (c <= 0x20 || c === 0x2f || c === 0x3f || c === 0x23 || c === 0x27 || c === 0x22 || c === 0x60 || c === 0x3c || c === 0x3e || c === 0x5c) return false;
  }
  return false;
}

/**
 * The password is the server's own name, as the URL's scheme gives it (`mysql://root:mysql@`,
 * `postgresql://app:postgres@`, `mongodb://admin:mongo@`): the image's default, judged as a password
 * that repeats its user name (compose judges a service's name so).
 */
function namesTheScheme(password: string, scheme: string): boolean {
  const name = scheme.toLowerCase().replace(/^jdbc:/, '').replace(/[x2]$/, ''); // Ruby's `mysql2://`, MySQL's X protocol `mysqlx://`
  return [name, name.replace(/(?:ql|db|s)$/, '')].some((server) => server.length >= 4 && isPlaceholderPassword(password, server));
}

/** After the host: a port (or a template that gives one) and the path's first segment, the database's name. */
const DATABASE_PATH = /(?::(?:\$\{\{[^}\n]{1,80}\}\}|[^\s/?#'"]{1,80}))?\/([A-Za-z][A-Za-z0-9_-]{1,63})(?=[?#'"\s]|$)/y;

/**
 * The password is the name of the database the URL opens (`mysql://root:kimai@127.0.0.1:3306/kimai`): a CI
 * service's or a sample's stand-in, judged as a password that repeats its user name (generic assignments judge
 * `POSTGRES_PASSWORD=gitea` beside `POSTGRES_DB=gitea` so).
 */
function namesTheDatabase(password: string, text: string, at: number): boolean {
  DATABASE_PATH.lastIndex = at;
  const database = DATABASE_PATH.exec(text)?.[1];
  return database !== undefined && database.length >= 3 && isPlaceholderPassword(password, database);
}

/**
 * The password is the host's name when the host is a bare service name (`postgresql://postgres:postgres@postgresql:5432`,
 * `mysql2://root:mysql@mysql:3306`): a compose or CI service's image default, judged as compose judges a service's name.
 */
function namesTheService(password: string, host: string): boolean {
  return /^[A-Za-z][A-Za-z0-9_-]{2,40}$/.test(host) && isPlaceholderPassword(password, host);
}

export const urlCredentials: Detector = patternDetector({
  id: 'url-credentials',
  title: 'Password in a URL',
  severity: 'high',
  keywords: ['://'],
  pattern: URL_WITH_PASSWORD,
  // scheme before '://' (jdbc:<20> or a scheme and its +driver at most), user, password and host after it
  keywordSpan: { before: 40, after: 3 + 128 + 1 + 256 + 1 + 253 },
  // most `://` in code start URLs without credentials: a match needs `user:password@` right after it
  keywordCheck: hasUserInfo,
  validate: (secret, m, text) =>
    !isPlaceholderPassword(secret, m.groups?.user) && !namesTheScheme(secret, m.groups?.scheme ?? '') && !DOCUMENTATION_HOST.test(m.groups?.host ?? '') &&
    !namesTheDatabase(secret, text, m.index + m[0].length) && !namesTheService(secret, m.groups?.host ?? '') && !isPortAtNumber(secret, m.groups?.host ?? ''),
  detail: (m) => `${(m.groups?.scheme ?? 'URL').toLowerCase()} URL with an embedded password`,
  remediation:
    'Change the password on the server it opens, then build the URL at run time from a password read from the ' +
    'environment or a secret store (many clients also accept the password as a separate setting).',
  examples: {
    positive: [
      { text: 'DATABASE_URL=postgres://app:UOn6V5Ff1xGdxC1p48@db.internal:5432/prod', path: 'deploy/app.env' },
      { text: 'REPORTS_DB=oracle://scott:Tg7vQ2mX9kLp@reports.internal:1521/ORCL', path: 'deploy/reports.env', why: "the demo account's user with a password of its own" },
      { text: 'DATABASE_URL=postgres://app:Xk9%40mQ2vL7pR3z@db.internal:5432/prod', path: 'deploy/app.env', why: 'a password with a percent-encoded @' },
      { text: 'uri = "mongodb+srv://reporting:Z7o55qM3orrLGK@cluster0.a1b2c.mongodb.net/analytics"' },
      { text: 'uri: "mongodb+srv://svc:Vq8kZ3pL0xW6tR2m@examples-prod.x7k2p.mongodb.net/app"', why: 'a cluster whose name starts with "example" is not a documentation host' },
      { text: 'REDIS_URL: redis://:UfvzY!j52yJj202y@cache.internal:6379/0', why: 'password without a user' },
      { text: 'url=jdbc:mysql://app:TRhXdFGTxEfiLK3yavHK@db.internal/app', path: 'conf/db.properties' },
      { text: 'git clone https://deploy:Qp7xL2mV9sKc@git.internal/acme/app.git' },
      { text: 'engine = create_engine("postgresql+psycopg2://etl:Hq7vR2mLp9xT@db.internal:5432/warehouse")', why: 'SQLAlchemy driver suffix' },
      { text: 'DATABASE_URL=postgis://geo:Zt9qW3xkP2m@gis.internal:5432/maps', why: 'GeoDjango scheme' },
      { text: 'DATABASE_URL=mysql://tempo:tempoUOn6V5Ff1x@db.internal:3306/tempo', why: 'more than the database name' },
      { text: 'DATABASE_URL=mysql2://app:Qp7xL2mV9sKc@mysql:3306/app', why: 'a generated password on a compose service' },
    ],
    negative: [
      { text: 'msgstr "Adres docelowy, np. \\"sftp://nazwa_konta:hasło@serwer/katalog\\""', path: 'locale/help.pl.po', why: "the slot's name in another language (Polish `hasło`, password) in a translated help text" },
      { text: '  ##   postgres://[pqgotest[:password]]@localhost[/dbname]?sslmode=[disable|verify-ca|verify-full]', path: 'plugins/inputs/postgresql/sample.conf', why: "a syntax line's optional parts" },
      { text: 'DATABASE_URL=postgres://app:${DB_PASSWORD}@db.internal:5432/prod', why: 'reference' },
      { text: '    engine = create_engine("postgresql+psycopg2://scott:tiger@localhost/test")', path: 'lib/orm/session.py', why: "Oracle's demo account, the example login of database documentation" },
      { text: 'mssql = mssql+pyodbc://scott:tiger^5HHH@mssql2022:1433/test', path: 'setup.cfg', why: "the demo account's password with what SQL Server's password policy asks added" },
      { text: '    url = httpx.URL("HTTPS://jo%40email.com:a%20secret@m\u00fcller.de:1234/pa%20th?search=ab#anchorlink")', path: 'httpx/_urls.py', why: "'a secret', percent-encoded: words that say what they stand for" },
      {
        text: '   "source": [\n    "!git clone https://mlee:...token...@huggingface.co/mlee/review-classifier\\n"\n   ]',
        path: 'hub/push_to_hub.ipynb',
        why: "the slot's name between ellipses: a notebook cell with the token cut out",
      },
      { text: '  --from "mysql://root:mysql@127.0.0.1:3306/app_${VERSION}" \\', path: 'ci/schema-check/diff.sh', why: "the server's name as its password: the image's default" },
      { text: 'MONGO_URL=mongodb://admin:mongo@mongo:27017/app', path: 'deploy/dev.env', why: "the server's name as its password" },
      { text: '      - DATABASE_URL=postgresql://app:testpass@db:5432/app', path: 'docker-compose.yml', why: 'a test password' },
      { text: '  - DATABASE_URL=postgresql://app:secret123@db:5432/main', path: 'ci/services.yml', why: 'a stand-in word and digits' },
      { text: '    # default="postgres://shop_read_only:shop@localhost:5432/shop",', path: 'shop/settings.py', why: 'a word of the user name' },
      { text: 'export MC_HOST_store=http://seaweed:seaweed2024@10.0.3.7:9000', path: 'scripts/replicate.sh', why: 'the user name with a counter' },
      { text: "'redis://default:cachepass@redis.internal:6379' => 'redis://default:'.REDACTED.'@redis.internal:6379',", path: 'src/Redactor.php', why: 'a word and pass: a stand-in' },
      { text: '$url = "mongodb://{$encodedUser}:{$encodedPass}@container:27017";', path: 'src/Backup.php', why: 'PHP interpolation' },
      { text: "'url' => 'redis://h:zxcvasdf1234qwer@cache.internal:6379',", path: 'config/cache.php', why: 'typed along the keyboard rows' },
      { text: 'mc mirror --remote https://accessKey:secretKey@replica.internal:9000/backup', path: 'docs/replication.md', why: 'the slots named in camelCase' },
      { text: '  cache: "redis://ops:admin123@cache.internal:6379/0"', path: 'config/app.yml', why: 'a stand-in word and a counter' },
      { text: '    store = CacheBlock.from_url("redis://cache:SuperSecret@cache.internal:6379")', path: 'src/blocks/cache.py', why: 'a stand-in word' },
      { text: '    - GitLab deploy token: "https://gitlab-ci-token:my-token@gitlab.com/group/app.git"', path: 'src/runner/clone.py', why: 'a stand-in word' },
      { text: 'DATABASE_URL="postgres://auth_admin:root@localhost:5432/postgres"', path: 'example.env', why: 'a default word' },
      { text: 'DATABASE_URL=postgres://user:password@localhost/db', why: 'placeholder word' },
      { text: 'mysql://root:root@localhost/test', why: 'password repeats the user' },
      { text: "    printf 'mysql2://root:mariadb@mariadb:3306/%s' \"$db_name\"", path: 'script/dev', why: "the compose service's name as its password" },
      { text: "          DATABASE_URL: mysql://root:tempo@127.0.0.1:${{ job.services.mysql.ports['3306'] }}/tempo?charset=utf8mb4", path: '.github/workflows/ci.yaml', why: "the database's name as its password" },
      { text: 'amqp://guest:****@broker.internal/', why: 'masked' },
      { text: 'git clone https://deploy@git.internal/acme/app.git', why: 'user only' },
      { text: 'postgres://app:UOn6V5Ff1xGdxC1p48@db.example.com/prod', why: 'documentation host' },
      { text: 'url = f"postgresql://{user}:{password}@{host}/{db}"', why: 'template' },
      { text: 'dsn = "postgres://%s:%s@%s/%s"', why: 'format string' },
      { text: 'see https://api.internal:8443/v1/users@list', why: 'port, not a password' },
      { text: '    /// Fork at a block with `http://127.0.0.1:8545@21000000` or `--fork-block-number`.', path: 'crates/node/src/args.rs', why: 'a host and port, then the block number to fork at' },
      { text: 'git clone https://USERNAME:PERSONAL_ACCESS_TOKEN@github.com/acme/dags.git', path: 'README.md', why: 'upper-case names to fill in' },
      { text: 'uri: mongodb://DB_USER:DB_PASSWORD@mongodb:27017', path: 'charts/app/README.md', why: 'upper-case names to fill in' },
    ],
  },
});
