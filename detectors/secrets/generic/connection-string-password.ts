import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { keywordRegExp, keywordStarts, stickyMatches } from '../../kit/keyword-windows.js';
import { anchorNear, anchorsIn } from '../shared/nearby.js';
import { isDemoAccount, isPlaceholderPassword } from '../../kit/placeholders.js';
import { lineEndNear, lineStartNear } from '../../kit/name-value.js';

// `Password=` / `Pwd=` in key=value connection strings (ADO.NET, ODBC, JDBC properties), in URL
// query strings and in libpq's keyword/value connection strings. A candidate counts when it opens a field
// (after `;`, a quote or the line start) of a line that also holds `;` and a server/host/user key, a query
// parameter (after `?` or `&`) of a line holding a URL, or a field after a blank of a line that holds
// another libpq keyword's field separated by blanks (`host=db user=app password=…`: PQconnectdb, psycopg's
// and Go's `lib/pq` connection strings, PHP's pg_connect). A value may be quoted with `'` (libpq, ADO.NET).
// Anchors and line breaks are indexed once per text, so each candidate is judged in
// logarithmic time. The lookahead-and-backreference pair takes the whole value at once (an atomic
// group), so the pattern cannot backtrack.
// Tried only where a keyword starts (sticky), not across the whole text: a C source says password
// on many lines and `=` on most, and a search from every position cost a second of curl's history.
const CANDIDATE = /(?<![\w=-])(?:password|pwd)[ \t]{0,4}=[ \t]{0,4}(?:'(?=(?<quoted>[^'\s\\;<>{}&\x60]{1,128})')\k<quoted>'|(?=(?<secret>[^;'"\s<>{}&\x60]{1,128}))\k<secret>(?=$|[;'"\s&<\x60]))/imy;
const KEYWORDS = ['password', 'pwd'];
const FINDER = keywordRegExp(KEYWORDS);
const CONNECTION_KEY = /(?<=^|[;"'\s])(?:server|data source|host|hostname|address|addr|network address|database|initial catalog|uid|user id|user|username|driver|dsn)[ \t]{0,4}=/gim;
/**
 * A libpq keyword's field whose value is bare and ends at a blank, a quote or the line's end (`dbname=shop `):
 * not a keyword argument of a call, whose value ends at a comma or a parenthesis (`user=db_user, password=db_pass,`).
 */
const CONNINFO_KEY = /(?:^|(?<=["'\s]))(?:host|hostaddr|dbname|user|port|sslmode|connect_timeout|application_name)[ \t]{0,2}=[ \t]{0,2}[^\s,;'"()[\]=]{1,128}(?=$|[\s"'])/im;
/** libpq's database field: a password that repeats it is a stand-in, as in a URL (`dbname=wekan … password=wekan`). */
const DBNAME_FIELD = /(?<=^|["'\s])dbname[ \t]{0,2}=[ \t]{0,2}([^\s,;'"()[\]=]{1,128})/i;
/** Code in the value's place: a subscript or a call (`password=self.settings["redis_password"]`), a keyword argument. */
const CODE_VALUE = /[[(]/;
const URL_START = /:\/\//g;
const SEMICOLON = /;/g;
const LINE_BREAK = /\n/g;
const NEAR = 300;
/**
 * A video meeting's join link: a numeric meeting id as the last path segment, the passcode in its query
 * (`/j/84512345678?pwd=…`, `/meeting/91234567890?password=…`). The passcode is part of the invitation,
 * published with it to whoever may join (a community call's calendar and README): it guards no account.
 */
const MEETING_LINK = /\/(?:j|w|s|meeting|meetings|join)\/\d{9,12}\?[^\s?#'"]*$/;
/**
 * A cloud drive's share link with its extraction code (Baidu Netdisk's `pan.baidu.com/s/1AbC…?pwd=8mdz`, its
 * `share/init?surl=…&pwd=`): the four characters are published with the link, in a README or a download page,
 * to whoever may fetch the files. Like a meeting's passcode, they guard a published download, not an account.
 */
const SHARE_LINK = /\bpan\.baidu\.com\/(?:s\/[\w-]{6,40}|share\/init)\?[^\s?#'"]*$/;
/**
 * The user named in the same connection string or query (`Uid=postgres;Pwd=postgres`, `?username=nacos&password=nacos`).
 * A password that is that user's name again, one plain word, is the factory account of a server image or a sample
 * (postgres/postgres, guest/guest, a registry's own name twice), the stand-in isPlaceholderPassword rejects in a
 * URL's `user:password@`. A compound account name typed again as its password (`billing_svc`) is a chosen,
 * weak credential and stays reported.
 */
const ONE_WORD = /^[A-Za-z]{3,16}$/;
const USER_FIELD = /(?<=^|[;"'\s?&])(?:uid|user id|user name|user|username)[ \t]{0,4}=[ \t]{0,4}([^;'"\s<>{}&]{1,128})/gim;

/**
 * An absolute path as `PWD=`'s value: the working directory, as sudo logs each command
 * (`sudo: alice : TTY=pts/3 ; PWD=/srv/app ; USER=root ; COMMAND=/bin/ls`, in auth.log and the docs that quote it).
 */
const WORKING_DIRECTORY = /^(?:\/[\w.@+~-]{0,80}){1,30}\/?$/;
/** `\n`, `\r\n`, `\t` escapes closing a value inside a quoted string. */
const TRAILING_ESCAPES = /(?:\\[nrt]){1,4}$/;

/** [start, end) of the line holding `index`, from the sorted offsets of every line break. */
function lineAround(breaks: readonly number[], index: number, length: number): [number, number] {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((breaks[mid] as number) < index) lo = mid + 1;
    else hi = mid;
  }
  return [lo === 0 ? 0 : (breaks[lo - 1] as number) + 1, breaks[lo] ?? length];
}

/** The value of the user field nearest to `at` within [from, to): '' when there is none. */
function userNear(text: string, from: number, to: number, at: number): string {
  let user = '';
  let distance = Infinity;
  for (const m of text.slice(from, to).matchAll(USER_FIELD)) {
    const d = Math.abs(from + m.index - at);
    if (d < distance) [user, distance] = [m[1] ?? '', d];
  }
  return user;
}

/** A libpq password that names the server (`password=postgres`, any user) or the database next to it again. */
function isLibpqStandIn(secret: string, line: string): boolean {
  const database = DBNAME_FIELD.exec(line)?.[1];
  return isPlaceholderPassword(secret, 'postgres') || (database !== undefined && database.length >= 3 && isPlaceholderPassword(secret, database));
}

/** The character before `index`, skipping spaces and tabs; '\n' at the start of the text. */
function charBefore(text: string, index: number): string {
  let i = index;
  while (i > 0 && index - i < 8 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return text[i - 1] ?? '\n';
}

function detectConnectionPasswords({ text, keywordStarts: given }: DetectorInput): Match[] {
  const found: Match[] = [];
  // made once per text, when a field or a query first needs it: a JavaScript file says `password = x` with a blank
  // before on many lines, and only libpq's check runs for those (on the candidate's line, no index of the whole text)
  let index: Record<'keys' | 'urls' | 'semicolons' | 'breaks', number[]> | undefined;
  for (const m of stickyMatches(CANDIDATE, text, keywordStarts(text, given, FINDER))) {
    // a line break or tab written as an escape where a quoted string ends its line (`…&password=...\n"` in a help
    // text or a gettext catalog): the escape ends the value, it is not part of the password
    const raw = m.groups?.secret ?? m.groups?.quoted ?? '';
    const closing = m.groups?.quoted === undefined ? 0 : 1;
    const escapes = TRAILING_ESCAPES.exec(raw)?.[0].length ?? 0;
    const start = m.index + m[0].length - raw.length - closing;
    let secret = raw.slice(0, raw.length - escapes);
    const before = charBefore(text, m.index);
    // a query's & is written &amp; inside XML and HTML (an IDE's data source, a config's <url>)
    const query = before === '?' || before === '&' || text.endsWith('&amp;', m.index);
    // libpq's fields are separated by blanks, the first one opens the string (after a quote or the line's start)
    const field = ';"\'\n'.includes(before);
    const conninfo = !query && before !== ';' && (field || text[m.index - 1] === ' ' || text[m.index - 1] === '\t');
    if (!(query || conninfo || field)) continue;
    // in a URL a `#` opens the fragment: the query's value ends there (`?username=#FIELD1&password=#FIELD2`, a
    // notification template's fields, sends an empty password)
    if (query && secret.includes('#')) secret = secret.slice(0, secret.indexOf('#'));
    if (secret === '') continue;
    const libpq = conninfo && !/[,)]$/.test(secret) && !CODE_VALUE.test(secret);
    if (!(query || field || libpq)) continue;
    // the candidate's line, NEAR characters each side: where its user and libpq's other fields are looked for
    const [from, to] = [lineStartNear(text, m.index, NEAR), lineEndNear(text, m.index, NEAR)];
    const libpqDetail = (): string | false =>
      CONNINFO_KEY.test(text.slice(from, to)) && !isLibpqStandIn(secret, text.slice(from, to)) && 'password in a libpq connection string';
    let detail: string | false;
    if (query || field) {
      index ??= { keys: anchorsIn(text, CONNECTION_KEY), urls: anchorsIn(text, URL_START), semicolons: anchorsIn(text, SEMICOLON), breaks: anchorsIn(text, LINE_BREAK) };
      const [sol, eol] = lineAround(index.breaks, m.index, text.length);
      const onLine = (anchors: number[], radius: number): boolean =>
        anchorNear(anchors, Math.max(sol, m.index - radius), Math.min(eol, m.index + radius), 0);
      detail = query
        ? onLine(index.urls, 2 * NEAR) && 'password in a URL query'
        : (onLine(index.keys, NEAR) && onLine(index.semicolons, eol - sol) && 'password in a connection string') || (libpq && libpqDetail());
    } else detail = libpqDetail(); // libpq's form alone: read on its line, no index of the whole text
    if (!detail || isPlaceholderPassword(secret) || WORKING_DIRECTORY.test(secret)) continue;
    const user = userNear(text, from, to, m.index);
    if ((ONE_WORD.test(secret) && secret.toLowerCase() === user.toLowerCase()) || isDemoAccount(user, secret)) continue;
    if (query && (MEETING_LINK.test(text.slice(Math.max(from, m.index - 200), m.index)) || SHARE_LINK.test(text.slice(Math.max(from, m.index - 200), m.index)))) continue;
    found.push({ start, end: start + secret.length, secret, detail });
  }
  return found;
}

export const connectionStringPassword: Detector = {
  id: 'connection-string-password',
  title: 'Password in a connection string',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: KEYWORDS,
  remediation:
    'Change the database password, then assemble the connection string at run time with the password read ' +
    'from the environment or a secret store (or use integrated/managed identity authentication).',
  detect: detectConnectionPasswords,
  examples: {
    positive: [
      { text: '"DefaultConnection": "Server=db.internal;Database=app;User Id=app;Password=Vq7#pLm2Zx9!rT4w;"', path: 'appsettings.json' },
      { text: 'url=jdbc:sqlserver://db.internal:1433;databaseName=app;user=app;password=Hn4xQ8mZ2pLv7Rc;', path: 'conf/db.properties' },
      { text: 'DB_URL = "jdbc:mysql://db.internal:3306/app?user=app&password=Tz8mQ2xLp4Nv9Kc&useSSL=true"' },
      { text: '<jdbc-url>jdbc:postgresql://db.internal:5432/shop?user=shop&amp;password=Wm4tQ9xLp2Nv7Kc</jdbc-url>', path: '.idea/dataSources.xml', why: "an XML element's text, & written &amp;" },
      { text: 'Console.Write("Server=db.internal;Database=app;User Id=app;Password=Rv7qLm2Xz9Tk\\n");', path: 'tools/Dump.cs', why: 'a real password before the escape that ends the line' },
      { text: 'conn = pyodbc.connect("DRIVER={ODBC Driver 18};SERVER=db.internal; UID=report; PWD=Lk4vR8qZ2mXn7Tp")', path: 'etl/load.py' },
      { text: 'REPORT_URL="https://reports.internal/accounts/4815162342?user=ops&password=Rq8vT3mXk2Lp9Wz"', path: 'deploy/env.sh', why: 'a numeric id in the path of an API, not a meeting' },
      { text: 'registry.address=zookeeper://zk.internal:2181?username=broker&password=brokerT7qLx2Vm9', path: 'src/main/resources/app.properties', why: 'the user name begins a longer password' },
      { text: '$db = pg_connect("host=db.internal port=5432 dbname=ledger user=ledger_app password=Rt6vKq2mXz8N");', path: 'app/db.php', why: "libpq's keyword/value form, fields separated by blanks" },
      { text: 'conn = PQconnectdb("password=Nm3xQv7kLz2W hostaddr=10.4.0.12 dbname=ledger user=ledger_app");', path: 'src/ledger.c', why: 'the first field of the string' },
      { text: '\tconnStr := "user=ledger_app dbname=ledger password=\'Hx5mQz9vKr3T\' sslmode=verify-full"', path: 'internal/db/db.go', why: "libpq quotes a value with '" },
      { text: '"Reporting": "Server=sql.internal;Database=reports;User Id=report;Password=\'Tq4!mZx8Kv2#Lr\';"', path: 'appsettings.json', why: "an ADO.NET value quoted with '" },
      { text: 'conn.Open("Provider=SQLOLEDB.1;User ID=ledger_sync; " & "Password=ledger_sync;Data Source=sql-fin-02;")', path: 'jobs/Ledger.vbs', why: 'a compound account name typed again as its password: chosen, not a default' },
    ],
    negative: [
      { path: 'docs/audit.md', text: 'Dec  3 10:12:44 web-1 sudo:  deploy : TTY=pts/0 ; PWD=/srv/shop ; USER=root ; COMMAND=/usr/bin/systemctl restart shop\n', why: "sudo's log of a command: PWD is the working directory" },
      { text: '      CONN_STR: "Host=localhost;Username=postgres;Password=SET_A_PASSWORD_HERE_123;Database=vault_dev"', path: '.github/workflows/db.yml', why: 'says what to set' },
      { text: '    DSN=some_dsn;UID=scott;PWD=tiger', path: 'lib/dialects/mssql/pyodbc.py', why: "Oracle's demo account, the example login of database documentation" },
      { text: 'gateway = "https://sms.example.net/send.php?username=#FIELD1&password=#FIELD2&to=#TO&body=#MESSAGE";', path: 'notifications/Http.cpp', why: "a template's fields after the `#` that opens a URL's fragment: the password is empty" },
      { text: '  "CatalogDB": "Host=localhost;Database=CatalogDB;Username=postgres;Password=yourWeak(!)Password"', path: 'src/Catalog.API/appsettings.Development.json', why: "a stand-in: 'your' … 'Password'" },
      { text: '?? "Server=localhost,1433;Database=Shop_Design;User ID=sa;Password=My$ecureP@ssw0rd!;TrustServerCertificate=true";', path: 'src/Shop.Web/Data/ShopDbContextFactory.cs', why: "'my secure password' typed to pass a strength rule" },
      { text: '"DefaultConnection": "Server=db.internal;Database=app;User Id=app;Password=${DB_PASSWORD};"', why: 'reference' },
      { text: '"DefaultConnection": "Server=db.internal;Database=app;User Id=app;Password=<password>;"', why: 'placeholder' },
      { text: '"DefaultConnection": "Server=db.internal;Database=app;User Id=app;Password=password;"', why: 'placeholder word' },
      { text: 'Enter password=Vq7pLm2Zx9rT4w when asked', why: 'no connection string around it' },
      { text: '  call_link: "https://example.zoom.us/j/83512345671?pwd=Zk3Qm8Lr2Tx7Vb9Nc4Wp1Hd6"', path: '.github/workflows/community-call.yml', why: "a meeting invitation's passcode, published to whoever may join" },
      { text: 'join="https://meet.example.org/meeting/91234567890?password=5d2c8a14-7e3b-4f90-a6c1-2b8e9d7f3a05"', path: 'scripts/remind.sh', why: "a meeting invitation's passcode" },
      { text: 'https://login.internal/reset?user=app&password=****', why: 'masked' },
      { text: '  download_page: "https://pan.baidu.com/s/1Qx7LmZr2VbTnK9wPc4HdJg?pwd=k7tz"', path: 'deploy/assets.yml', why: "a cloud drive share link's extraction code, published with the link" },
      { text: 'msgstr "  vault://?tenant-id=...&client-id=...&username=...&password=...\\n"', path: 'po/help-de.po', why: "elided fields of a usage line, the string's `\\n` escape after them" },
      { text: 'Server=db.internal;Database=app\nnote: password=Vq7pLm2Zx9rT4w', why: 'connection keys on another line' },
      { text: '    address: zookeeper://${zk.host:127.0.0.1}:2181?username=registry&password=registry', path: 'provider/src/main/resources/application.yml', why: "the user name again: a server's factory account, as in a URL's user:password@" },
      { text: '<dubbo:config-center address="zookeeper://127.0.0.1:2181?password=zkadmin&amp;username=zkadmin"/>', path: 'src/main/resources/spring/consumer.xml', why: 'the user name again, named after the password' },
      { text: 'conn = psycopg2.connect(dbname=db_name, user=db_user, password=db_password, host=db_host)', path: 'app/db.py', why: 'keyword arguments naming variables, not a connection string' },
      { text: 'DSN = "host=db port=5432 user=postgres password=postgres dbname=app sslmode=disable"', path: 'internal/config.go', why: "the user name again: the server image's factory account" },
      { text: 'exec psql "dbname=${DB_NAME} user=${DB_USER} password=${DB_PASSWORD} host=${DB_HOST}"', path: 'docker/entrypoint.sh', why: 'references' },
      { text: 'ekeys = derive_keys(aes=creds["aes"], password=creds["password"], user=creds["username"], domain=creds["domain"])', path: 'lib/kerberos.py', why: 'keyword arguments whose values are subscripts' },
      { text: 'The connection string is `dbname=wekan hostaddr=127.0.0.1 port=15432 user=wekan password=wekan`.', path: 'docs/postgres.md', why: 'the user name again, before the closing backtick of inline code' },
      { text: 'DSN=host=db user=netbird password=postgres dbname=netbird port=5432', path: '.github/workflows/test.yml', why: "the server's own name as the password" },
      { text: 'grep -c "user=alice password=Vq7pLm2Zx9rT4w, status=ok" audit.log', path: 'scripts/check.sh', why: 'the value ends at a comma: no libpq string' },
      { text: 'odbc:{str:"Driver={MySQL};Server=localhost;Port=3306;Database=iot;Uid=mysql;Pwd=mysql;",timeout:0}', path: 'static/extension.js', why: "a form's default: the user name again" },
    ],
  },
};
