import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { isTestPath } from '../../../src/engine/test-context.js';
import { isTranslationPath } from '../../kit/translations.js';
import { keywordRegExp, keywordStarts } from '../../kit/keyword-windows.js';
import { isSecretName, nameParts } from '../../kit/names.js';
import { patternDetector } from '../../kit/pattern.js';
import { isSecretLiteral, isValidationRules, namesNonCredential } from '../shared/secret-literal.js';
import { isPasswordName, isStoredPassword, storeRemediation } from './values.js';
import { perText } from '../../kit/own.js';

// PHP configuration: wp-config.php's `define('DB_PASSWORD', '…')` and salts, `define()` of other
// secret-named constants, and password slots written as variables, array keys and class constants
// (`$db_pass = '…';`, `$db['default']['password'] = '…';`, `'password' => '…',`, `public $password = '…';`).

/** WordPress's authentication keys and salts: random strings (spaces allowed) from its secret-key service. */
const WP_SALTS = new Set(['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']);

function isDefinedSecret(name: string, value: string, quote: string): boolean {
  if (WP_SALTS.has(name)) return value.length >= 32 && !/^[A-Za-z ]{0,512}$/.test(value); // not 'put your unique phrase here'
  if (quote === '"' && value.includes('$')) return false; // interpolated
  if (isPasswordName(name)) return isStoredPassword(value);
  return isSecretName(name) && !namesNonCredential(name) && isSecretLiteral(value);
}

export const phpDefineCredential: Detector = patternDetector({
  id: 'php-define-credential',
  title: 'Credential in a PHP define() (wp-config.php and friends)',
  severity: 'high',
  priority: 30,
  keywords: ['define'],
  paths: ['*.php', '*.inc', '*.php.dist'],
  pattern: /(?<![\w$>:])define[ \t]{0,4}\([ \t]{0,4}(?<nq>["'])(?<name>[A-Za-z_][A-Za-z0-9_]{0,80})\k<nq>[ \t]{0,4},[ \t]{0,24}(?<q>["'])(?<secret>[^'"\\\r\n]{1,512})\k<q>[ \t]{0,4}\)/i,
  validate: (secret, m) => isDefinedSecret(m.groups?.name ?? '', secret, m.groups?.q ?? "'"),
  detail: (m) => `${m.groups?.name} defined as a literal`,
  remediation: storeRemediation(
    'password or key (for WordPress salts: generate new ones, which signs every user out)',
    "read it from the environment: `define('DB_PASSWORD', getenv('DB_PASSWORD'));`, and keep wp-config.php itself out of the repository.",
  ),
  examples: {
    positive: [
      { path: 'wp-config.php', text: "define( 'DB_NAME', 'shop' );\ndefine( 'DB_USER', 'shop' );\ndefine( 'DB_PASSWORD', 'hunter22' );\n", why: 'weak password' },
      { path: 'wp-config.php', text: "define('AUTH_KEY',         'k]T6|yx+P_8?qL#V1^Gw!z0Ds$}>nM@4aE(9rH;2cJu%7bX&F-oW{3mS<iQ5vN/ (Z');\n", why: 'salt' },
      { path: 'includes/config.inc', text: 'define("STRIPE_SECRET_KEY", "Ej8WqZM4GV8a6LpxDJJs4LuL6IKZX2Ra");\n' },
    ],
    negative: [
      { path: 'wp-config-sample.php', text: "define( 'DB_PASSWORD', 'password_here' );\ndefine( 'AUTH_KEY',         'put your unique phrase here' );\n", why: 'the sample file' },
      { path: 'wp-config.php', text: "define( 'DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD') );\n", why: 'environment' },
      { path: 'config.php', text: "define('PASSWORD_MIN_LENGTH', '12');\ndefine('SESSION_COOKIE', 'shop_session');\n", why: 'not credentials' },
    ],
  },
});

const FINDER = keywordRegExp(['pass', 'pwd']);
const LITERAL = String.raw`(?:'([^'\\\r\n]{1,512})'|"([^"\\$\r\n]{1,512})")`;
/** After `$name`: `= 'v';` */
const VARIABLE_REST = new RegExp(String.raw`[ \t]{0,4}=(?![=>])[ \t]{0,8}${LITERAL}[ \t]{0,4};`, 'y');
/** After `'name'`: `] = 'v';` or `=> 'v',` */
const KEY_REST = new RegExp(String.raw`(?:\][ \t]{0,4}=(?![=>])|[ \t]{0,8}=>)[ \t]{0,8}${LITERAL}[ \t]{0,4}(?:[;,)\]]|$)`, 'my');
/** After `const NAME`: `= 'v';` */
const PHP_FILE = /\.(?:php\d?|inc|phtml)$/i;
/** Laravel validation rules and casts: any `|`-separated value, or one rule maybe with its argument (`'Confirmed'`, `'current_password:api'`). */
const isRule = (value: string): boolean => value.includes('|') || isValidationRules(value, true);

/** An account's key and value in an array: `'email' => 'ana@shop.test'`, `'username' => 'ana'`. */
const ACCOUNT_KEY = /['"](?:email|e-mail|mail|username|user_name|user|login)['"][ \t]{0,8}=>[ \t]{0,8}['"]([^'"\r\n\\]{1,100})['"]/g;

/**
 * The account beside a password in the same array, up to three lines either side (a seeding command's
 * `['email' => 'blank@blank.com', 'password' => 'blank123']`): a password that is the account's name again is a sample.
 */
function siblingAccount(text: string, start: number, end: number): string {
  let from = start;
  for (let i = 0; i < 4 && from > 0; i++) from = text.lastIndexOf('\n', from - 2) + 1;
  let to = end;
  for (let i = 0; i < 3 && to !== -1 && to < text.length; i++) to = text.indexOf('\n', to + 1);
  const window = text.slice(Math.max(from, start - 400), to === -1 ? Math.min(text.length, end + 400) : Math.min(to, end + 400));
  ACCOUNT_KEY.lastIndex = 0;
  return ACCOUNT_KEY.exec(window)?.[1] ?? '';
}

function* detectPhpPasswords({ path, text, keywordStarts: given }: DetectorInput): Iterable<Match> {
  if (isTranslationPath(path)) return;
  const php = PHP_FILE.test(path);
  // a test's inputs (`['password' => 'plain']`) are words; a test file still holds real keys when they look generated
  const strongOnly = isTestPath(path);
  let done = -1;
  for (const hit of keywordStarts(text, given, FINDER)) {
    if (hit < done) continue;
    let s = hit;
    while (s > 0 && hit - s < 60 && /\w/.test(text[s - 1] as string)) s--;
    let e = hit;
    while (e < text.length && e - s < 80 && /\w/.test(text[e] as string)) e++;
    done = e;
    const name = text.slice(s, e);
    const before = text[s - 1];
    let rest: RegExp | undefined;
    if (before === '$') rest = VARIABLE_REST;
    else if (php && (before === "'" || before === '"') && text[e] === before && !/^[A-Z][a-z]/.test(name)) {
      // (a Title-case key is an English message in a translation file: `'Password' => 'Passwort'`)
      rest = KEY_REST;
      e++;
    } else if (php && /(?:^|\s)const[ \t]{1,4}$/.test(text.slice(Math.max(0, s - 12), s))) rest = VARIABLE_REST;
    if (!rest || !isPasswordName(name)) continue;
    rest.lastIndex = e;
    const m = rest.exec(text);
    if (!m) continue;
    const value = (m[1] ?? m[2]) as string;
    done = rest.lastIndex;
    const user = rest === KEY_REST ? siblingAccount(text, s, done) : '';
    if (isRule(value) || !isStoredPassword(value, user) || nameParts(name).includes(value.toLowerCase())) continue; // 'redis_password' => 'redis'
    if (strongOnly && !isSecretLiteral(value)) continue;
    const start = text.indexOf(value, e);
    yield { start, end: start + value.length, secret: value, detail: `${before === '$' ? `$${name}` : name} is assigned a literal` };
  }
}

export const phpConfigPassword: Detector = {
  id: 'php-config-password',
  title: 'Password literal in a PHP (or Perl) variable or config array',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: ['pass', 'pwd'],
  priority: 30,
  remediation: storeRemediation(
    'password',
    "read it at run time: `getenv('DB_PASSWORD')` or `$_ENV['DB_PASSWORD']` (Laravel: `env('DB_PASSWORD')` in config/), with the value in the server environment or a secret store.",
  ),
  detect: detectPhpPasswords,
  examples: {
    positive: [
      { path: 'includes/db.php', text: '<?php\n$db_host = "localhost";\n$db_user = "shop";\n$db_pass = "hunter22";\n', why: 'weak' },
      { path: 'application/config/database.php', text: "$db['default']['password'] = 'Hq7vR2mLp9xT';\n" },
      { path: 'config/mail.php', text: "return [\n    'host' => 'smtp.shop.internal',\n    'password' => 'Zt9q!W3xkP2m',\n];\n" },
      { path: 'config/mail.php', text: "return [\n    'username' => 'mailer@shop.internal',\n    'password' => 'mailer-Zt9q!W3x',\n];\n", why: 'beside its account, a password that is more than the account name' },
      { path: 'configuration.php', text: "class JConfig {\n\tpublic $user = 'shop';\n\tpublic $password = 'Hq7vR2mLp9xT';\n}\n", why: 'Joomla' },
      { path: 'scripts/backup.pl', text: 'my $password = "Zt9q!W3xkP2m";\n', why: 'Perl: the same statement' },
      { path: 'tests/Mail/SmtpTest.php', text: "$config = ['host' => 'smtp.shop.internal', 'password' => 'Zt9q!W3xkP2mVc'];\n", why: 'a test file: a generated-looking password still counts' },
    ],
    negative: [
      { text: "<?php\nclass SampleArchive\n{\n    const ZIP_PASSWORD = 'infected';\n}\n", path: 'app/Lib/Tools/SampleArchive.php', why: 'the password malware samples are zipped with by convention' },
      { path: 'src/Http/Controllers/Auth/ElevatedSessionController.php', text: "$request->validate([\n    'password' => 'required_without_all:verification_code,id',\n]);\n", why: 'a Laravel validation rule with its arguments' },
      { path: 'app/Http/Requests/Register.php', text: "return [\n    'password' => 'required|string|min:8|confirmed',\n];\n", why: 'validation rules' },
      { path: 'tests/Validation/ValidatorTest.php', text: "$v = new Validator($trans, ['password' => 'foo'], ['password' => 'Confirmed:passwordConfirmation']);\n$w = new Validator($trans, ['password' => 'foo'], ['password' => 'current_password:api']);\n", why: 'one validation rule with its argument' },
      { path: 'config/database.php', text: "'password' => env('DB_PASSWORD', ''),\n", why: 'environment' },
      { path: 'src/Mail/TransportFactory.php', text: "// keep the login out of the debug log\n$options['password'] = '##hidden##';\n$this->logger->debug('smtp options', $options);\n", why: 'a mask written over the password before it is logged' },
      { path: 'database/seeders/MailSeeder.php', text: "            'mail_password' => 'mail',\n", why: "a word of the slot's own name" },
      { path: 'app/Console/Commands/SetupAccount.php', text: "$user = (new CreateAccount)->execute([\n    'email' => 'blank@blank.com',\n    'password' => 'blank123',\n]);\n", why: "a sample account: the password is its email's name again" },
      { path: 'login.php', text: "$password = $_POST['password'];\nif ($password == 'Hq7vR2mLp9xT') {}\n", why: 'input and comparison' },
      { path: 'lang/de/auth.php', text: "'password' => 'Passwort',\n'failed' => 'Diese Kombination aus Zugangsdaten wurde nicht gefunden.',\n", why: 'translation' },
      { path: 'app/Locale/hr_HR/translations.php', text: "'Password' => 'Lozinka',\n'New password' => 'Nova lozinka',\n", why: 'messages keyed by their English text' },
      { path: 'lang/hr/auth.php', text: "'password' => 'Lozinka',\n'email' => 'E-mail',\n", why: "a locale's translation folder" },
      { path: 'program/localization/eo/labels.inc', text: "$labels['username'] = 'Salutnomo';\n$labels['password'] = 'Sekretvorto';\n", why: "a localization folder's language: UI labels" },
      { path: 'plugins/vault/localization/lo_LA.inc', text: "$labels['newpasswd'] = 'ລະຫັດ​ໃໝ່';\n", why: 'a file named by a language and region in a localization folder' },
      { path: 'resources/i18n/ja/passwords.php', text: "'password' => 'パスワードは6文字以上である必要があります。',\n", why: 'a translated message' },
      { path: 'database/factories/UserFactory.php', text: "'password' => '$2y$10$92IXUNpkjO0rOQ5byMi.Ye4oKoEa3Ro9llC/.og/at2.uheWG/igi',\n", why: 'bcrypt hash' },
      { path: 'docs/install.md', text: "'password' => 'Hq7vR2mLp9xT',\n", why: 'array syntax counts in PHP files only' },
      { path: 'includes/db.php', text: '$db_pass = "$prefix-secret";\n', why: 'interpolated' },
      { path: 'tests/Auth/ProviderTest.php', text: "$provider->validateCredentials($user, ['password' => 'plain']);\n$user = ['name' => 'ana', 'password' => 'hunter42'];\n", why: "a test's inputs: words, not generated" },
      { path: 'src/Internal/ReturnTypes.php', text: "'Mailer' => [\n    'setPassword' => 'bool',\n    'getPassword' => 'string',\n],\n", why: 'a map from methods to their return types' },
      { path: 'app/Http/Backoffice/Permission.php', text: "    public const OPERATOR_RESET_PASSWORD = 'backoffice.operators.reset-password';\n", why: "a permission's name" },
      { path: 'app/Http/Controllers/SearchController.php', text: "            'password' => 'settings/user_details/password',\n", why: 'a route' },
      { path: 'app/config/packages/auth/config.php', text: "    'email_reset_password' => 'auth::emails.passwordreset',\n", why: 'a view' },
      { path: 'src/Console/Command/ResetOperatorPasswordCommand.php', text: "    private const OPERATOR_RESET_PASSWORD = 'shop:operator:reset-password';\n", why: "a console command's name" },
      { path: 'src/Admin/Page/OperatorFormElements.php', text: "        'field_email' => '#shop_admin_operator_email',\n        'field_password' => '#shop_admin_operator_plainPassword',\n", why: "a page object's CSS selector of the field" },
    ],
  },
};

const DEFAULT_USER = /^[ \t]{0,16}(?:mysqli\.default_user|mysql\.default_user)[ \t]{0,8}=[ \t]{0,8}["']?([\w.@-]{1,64})/m;
/** The file's default user, looked for once per file (not once per password line: a file of thousands would be quadratic). */
const defaultUser = perText((text) => DEFAULT_USER.exec(text)?.[1]);

// php.ini's default database passwords, used when a script connects without one: `mysqli.default_pw`
// and the old mysql extension's `mysql.default_password` (INI: `;` comments, quotes optional).
export const phpIniDefaultPassword: Detector = patternDetector({
  id: 'php-ini-default-password',
  title: 'Default database password in php.ini (mysqli.default_pw)',
  severity: 'high',
  priority: 30,
  keywords: ['default_pw', 'default_password'],
  paths: ['php.ini', '*.ini', 'php.ini-*', '.user.ini', '*.conf'],
  pattern: /^[ \t]{0,16}(?:mysqli\.default_pw|mysql\.default_password)[ \t]{0,8}=[ \t]{0,8}(?<q>["']?)(?<secret>[^\s"';]{1,256})\k<q>[ \t]{0,8}(?:;.{0,400})?$/m,
  validate: (secret, _m, text) => isStoredPassword(secret, defaultUser(text)),
  detail: () => 'php.ini default database password',
  remediation: storeRemediation(
    'database password',
    'leave mysqli.default_pw empty and pass credentials from the environment when the script connects (`getenv(\'DB_PASSWORD\')`).',
  ),
  examples: {
    positive: [
      { text: '[MySQLi]\nmysqli.default_host = db.shop.internal\nmysqli.default_user = shop\nmysqli.default_pw = Hq7vR2mLp9xT\n', path: 'docker/php/php.ini' },
      { text: 'mysql.default_password = "Zt9q!W3xkP2m" ; legacy sites\n', path: 'conf/php-legacy.ini' },
    ],
    negative: [
      { text: '[MySQLi]\n; Default password for mysqli_connect() (doesn\'t apply in safe mode).\nmysqli.default_pw =\n', path: 'php.ini-production', why: "PHP's shipped default: empty" },
      { text: 'mysqli.default_user = shop\nmysqli.default_pw = shop\n', path: 'php.ini', why: 'the user name again' },
      { text: ';mysqli.default_pw = Hq7vR2mLp9xT\n', path: 'php.ini', why: 'a comment' },
    ],
  },
});

// Drupal's hash salt: `$settings['hash_salt']` (8+) or `$drupal_hash_salt` (7) in settings.php, a random
// value the installer writes. It keys one-time login links, form tokens and cancel links: whoever has it
// forges a password-reset link for any account.
export const drupalHashSalt: Detector = patternDetector({
  id: 'drupal-hash-salt',
  title: "Drupal hash salt in settings.php ($settings['hash_salt'])",
  severity: 'high',
  priority: 30,
  keywords: ['hash_salt'],
  paths: ['settings.php', 'settings.*.php', '*.settings.php'],
  pattern: /(?:\$settings\[["']hash_salt["']\]|\$drupal_hash_salt)[ \t]{0,8}=[ \t]{0,8}(?<q>["'])(?<secret>[A-Za-z0-9_+/=-]{32,128})\k<q>[ \t]{0,4};/,
  minEntropy: 4,
  detail: () => "Drupal hash salt: signs one-time login links and form tokens",
  remediation: storeRemediation(
    'hash salt (set a new random one: every outstanding one-time login link stops working, which is the point)',
    "read it from outside the repository, as Drupal's default settings suggest: `$settings['hash_salt'] = file_get_contents('/run/secrets/hash_salt');`.",
  ),
  examples: {
    positive: [
      { path: 'web/sites/default/settings.php', text: "$settings['hash_salt'] = 'nZn74e7S1fR5JkqQXDzXkV_Sj1MwsAKe9gQ35ojWKz4Pp4pZ0GIC7ss';\n" },
      { path: 'sites/default/settings.php', text: "$drupal_hash_salt = 'Qb8vX2kLp4Tz9Wm6Rn3Yc7Hd1Fs5Gj0Ae8Uo2Ik4';\n", why: 'Drupal 7' },
    ],
    negative: [
      { path: 'web/sites/default/settings.php', text: "$settings['hash_salt'] = '';\n", why: 'empty: the installer fills it' },
      { path: 'web/sites/default/settings.php', text: "$settings['hash_salt'] = file_get_contents('/var/www/salt.txt');\n", why: 'read from a file' },
      { path: 'web/sites/default/settings.php', text: "$settings['hash_salt'] = getenv('DRUPAL_HASH_SALT');\n", why: 'from the environment' },
    ],
  },
});
