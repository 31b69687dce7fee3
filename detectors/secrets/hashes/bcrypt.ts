import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { quietOnStandInHashesInTests } from './stand-in-hash.js';
import { BCRYPT, BCRYPT64, DOLLAR, canonicalDollars, isAssignedToStandIn, isDocumentationSalt, lastCharFits, outsideHtpasswdFiles } from './encoding.js';

// bcrypt: $2a$ / $2b$ / $2y$ (or the buggy-era $2x$), a two-digit cost 04-31, then 53 characters of
// bcrypt's base64: 22 for the 16-byte salt (the last one carries 2 bits: . O e u) and 31 for the
// 23-byte hash (the last one carries 4 bits). A `$` before is allowed (Django's bcrypt_sha256$$2b$...).

export const passwordHashBcrypt: Detector = quietOnStandInHashesInTests(outsideHtpasswdFiles(
  patternDetector({
    id: 'password-hash-bcrypt',
    title: 'bcrypt password hash',
    severity: 'medium',
    keywords: ['$2a$', '$2b$', '$2y$', '$2x$', '\\$2a\\$', '\\$2b\\$', '\\$2y\\$'],
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9./\\])(?<secret>${DOLLAR}2[abxy]${DOLLAR}\d\d${DOLLAR}[./A-Za-z0-9]{53})(?![./A-Za-z0-9$])`),
    keywordSpan: { before: 2, after: 72 },
    validate: (secret, match, text) => {
      const m = BCRYPT.exec(canonicalDollars(secret) ?? '');
      if (!m || isAssignedToStandIn(text, match.index)) return false;
      const cost = Number(m[1]);
      if (isDocumentationSalt((m[2] as string).slice(0, 21))) return false;
      return cost >= 4 && cost <= 31 && lastCharFits(m[2] as string, BCRYPT64, 2, false) && lastCharFits(m[3] as string, BCRYPT64, 4, false);
    },
    detail: (m) => `bcrypt hash (cost ${canonicalDollars(m.groups?.secret ?? '')?.slice(4, 6) ?? '?'})`,
    remediation:
      'A bcrypt hash can be cracked offline (weak and reused passwords fall quickly): change the password of the ' +
      'account it belongs to, remove the hash from the repository, and create seed or fixture users at deploy time ' +
      'from a secret store, or hash a throw-away password in the test that needs it.',
    examples: {
      positive: [
        { text: "INSERT INTO users (id, email, password) VALUES (1, 'admin@example.org', '$2y$10$x2lM8O8CFqlHwJuaVd7aBemA6pnG/bjIaH7Q5KtY8dIlU4qkyqJTC');", path: 'database/seed.sql' },
        { text: "if (password_verify($_POST['pw'], '$2y$10$x2lM8O8CFqlHwJuaVd7aBemA6pnG/bjIaH7Q5KtY8dIlU4qkyqJTC')) { login_admin(); }", path: 'admin/login.php', why: 'a hard-coded admin password checked in a call: no word says decoy' },
        { text: 'admin:\n  email: admin@shop.test\n  password_digest: $2a$12$qDvFp6PqnwLI2x3.8aGZP.IUFuvtzWt/YhgmdmHl73bPjyWxwZ/Wq\n', path: 'test/fixtures/users.yml' },
        { text: '{"username": "ops", "encrypted_password": "$2b$12$uzzulOg7J3ErXwPPrsPWs.6Frjsf.IXUjYKFYaHYaNOGRn0tOXwDC"}', path: 'seed/users.json' },
        { text: '      - "traefik.http.middlewares.auth.basicauth.users=admin:$$2y$$05$$5Bc0nZLRbJoNiU0tMxT6RuUYY6.7ahlTUSiMDS8r.WyeqJxUBQ5bS"', path: 'docker-compose.yml', why: 'compose escapes $ as $$' },
        { text: 'val seeded = User("root", "\\$2a\\$10\\$ifiC5tMsT4NQaTKiiQI6teDCEr7uVdYSZ60SO0NJXy6vLiAScKG4S")', path: 'src/test/kotlin/Seed.kt', why: 'Kotlin escapes $ as \\$' },
        { text: "PASSWORD_HASHERS_SEED = 'bcrypt_sha256$$2b$12$n2HqWavxW6OlNv8P4.TOCuBgLQeZzx2NVENCl1CBNqxaPniqSPI1y'", why: "Django's bcrypt_sha256 prefix" },
        { text: 'basic_auth_users:\n  demo: $2b$05$oXjo1IQd1vFI2gfUVHWubuaw38Z/JS9lqnATc6SB7oSc9RpKqsW/K', path: 'deploy/web-config.yml', why: 'the hash of the user name: outside test material a weak password is still a credential' },
        { text: 'func defaultAdminDigest() string {\n\treturn "$2a$12$uzzulOg7J3ErXwPPrsPWs.6Frjsf.IXUjYKFYaHYaNOGRn0tOXwDC"\n}', path: 'internal/auth/seed.go', why: 'a returned hash that nothing calls a decoy: the seeded admin' },
        { text: '// the admin account seeded on first start\nexport const ADMIN_HASH = "$2b$12$uzzulOg7J3ErXwPPrsPWs.6Frjsf.IXUjYKFYaHYaNOGRn0tOXwDC";\n', path: 'src/seed.ts', why: 'a constant whose comment says what account it is' },
      ],
      negative: [
        { text: 'basic_auth_users:\n  demo: $2b$05$oXjo1IQd1vFI2gfUVHWubuaw38Z/JS9lqnATc6SB7oSc9RpKqsW/K', path: 'documentation/examples/web-config.yml', why: 'documentation: the hash opens with the user name' },
        { text: "      'password' => '$2y$10$92IXUNpkjO0rOQ5byMi.Ye4oKoEa3Ro9llC/.og/at2.uheWG/igi', // password", path: 'database/factories/UserFactory.php', why: "Laravel's factory hash of \"password\", in every Laravel project" },
        { text: 'password_digest: $2b$10$...', why: 'truncated documentation shape' },
        { text: 'assert check("$2b$10$abcdefghijklmnopqrstuu5s2v8jWnJ1gCkV0ad2pjXhA3ZzY7r6Ba")', why: 'a salt typed in alphabet order: a pinned test vector' },
        { text: "\t$fallback = '$2y$07$usesomesillystringforeQm4vX8kLp2Rt7Wz1Nc5Bd9Hs3Gf6Jye';", path: 'lib/compat.php', why: "the PHP manual's example salt" },
        { text: 'hash = "$2b$12$ifiC5tMsT4NQaTKiiQI6teDCEr7uVdYSZ60SO0NJXy6vLiAScKG4T"', why: 'last character carries bits no hash has' },
        { text: 'hash = "$2b$12$ifiC5tMsT4NQaTKiiQI6tdDCEr7uVdYSZ60SO0NJXy6vLiAScKG4S"', why: 'salt ends on a character no 16-byte salt gives' },
        { text: 'hash = "$2b$03$ifiC5tMsT4NQaTKiiQI6teDCEr7uVdYSZ60SO0NJXy6vLiAScKG4S"', why: 'cost below 4' },
        { text: 'hash = "$2a$10$aaaaaaaaaaaaaaaaaaaaaOaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"', why: 'placeholder' },
        { text: 'sprintf(buf, "$2b$%02d$%s", cost, salt);', why: 'a format string' },
        { text: "    private const DUMMY_PASSWORD_HASH = '$2y$10$x2lM8O8CFqlHwJuaVd7aBemA6pnG/bjIaH7Q5KtY8dIlU4qkyqJTC';", why: 'a decoy hash that evens out login timing for unknown users' },
        { text: '\tauthSlowDownHash = "$2a$10$x2lM8O8CFqlHwJuaVd7aBemA6pnG/bjIaH7Q5KtY8dIlU4qkyqJTC" // cost matches the real hashes', path: 'user/manager.go', why: 'a hash compared against for unknown users, to slow every login down alike' },
        { text: '  "fake_hash": "$2b$12$uzzulOg7J3ErXwPPrsPWs.6Frjsf.IXUjYKFYaHYaNOGRn0tOXwDC",', why: 'named as a stand-in' },
        {
          text: '// Control hash for constant-time password verification: compared against when the user does not exist\nexport const CONTROL_HASH = "$2b$12$uzzulOg7J3ErXwPPrsPWs.6Frjsf.IXUjYKFYaHYaNOGRn0tOXwDC";\n',
          path: 'apps/web/lib/constants.ts',
          why: 'a constant the comment above calls a constant-time guard',
        },
        { text: 'const CONTROL = "$2b$12$uzzulOg7J3ErXwPPrsPWs.6Frjsf.IXUjYKFYaHYaNOGRn0tOXwDC"; // not a real password hash', path: 'src/auth.ts', why: 'the comment after it says so' },
        {
          text: '      // a dummy verify keeps the timing of unknown users\n      let _ = verify(\n        &input.password,\n        "$2b$12$uzzulOg7J3ErXwPPrsPWs.6Frjsf.IXUjYKFYaHYaNOGRn0tOXwDC",\n      );',
          path: 'src/login.rs',
          why: 'a decoy hash verified against for constant timing',
        },
        {
          text: "            // hashing anyway makes timing attacks harder\n            $hasher->verify('$2y$13$x2lM8O8CFqlHwJuaVd7aBemA6pnG/bjIaH7Q5KtY8dIlU4qkyqJTC', uniqid());",
          path: 'src/Security/Authenticator.php',
          why: 'a decoy hash checked against a random value',
        },
        {
          text: '// DecoyDigest is compared against when the user does not exist.\nfunc (h Hasher) DecoyDigest() []byte {\n\t// made with: hashtool --plain "nobody-here"\n\treturn []byte("$2a$12$uzzulOg7J3ErXwPPrsPWs.6Frjsf.IXUjYKFYaHYaNOGRn0tOXwDC")\n}',
          path: 'internal/auth/hasher.go',
          why: 'a decoy hash a function returns for constant-time login checks',
        },
        {
          text: "    public function dummyVerify(string $password): void\n    {\n        password_verify($password, '$2y$12$x2lM8O8CFqlHwJuaVd7aBemA6pnG/bjIaH7Q5KtY8dIlU4qkyqJTC');\n    }",
          path: 'src/library/Shop/PasswordManager.php',
          why: 'a decoy hash checked inside a function named for it',
        },
        { text: '$$2y$$05$$5Bc0nZLRbJoNiU0tMxT6RuUYY6.7ahlTUSiMDS8r.WyeqJxUBQ5bS', path: 'auth/.htpasswd', why: 'the htpasswd-file detector reports .htpasswd files' },
        { text: 'x = "$2b$12$ifiC5tMsT4NQaTKiiQI6teDCEr7uVdYSZ60SO0NJXy6vLiAScKG4Sx"', why: '54 characters after the cost' },
      ],
    },
  }),
));
