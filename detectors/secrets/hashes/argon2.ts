import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { DOLLAR, base64Bytes, canonicalDollars, isAssignedToStandIn, isDocumentationSalt, isMadeUp } from './encoding.js';

// Argon2 in the PHC string format, as libsodium, PHP's password_hash, argon2-cffi, node-argon2 and
// Vaultwarden's ADMIN_TOKEN write it: $argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<salt>$<hash>, salt
// and hash in unpadded standard base64 (salt at least 8 bytes, hash 12 to 128). Django prefixes `argon2$`.
const CANONICAL = /^\$argon2(?:id|i|d)\$(?:v=(?:16|19)\$)?m=(\d{1,10}),t=(\d{1,10}),p=(\d{1,3})\$([A-Za-z0-9+/]{11,88})\$([A-Za-z0-9+/]{16,172})$/;

function isArgon2(secret: string): boolean {
  const m = CANONICAL.exec(canonicalDollars(secret) ?? '');
  if (!m) return false;
  const [, memory, passes, lanes, salt, hash] = m as unknown as [string, string, string, string, string, string];
  if (Number(passes) < 1 || Number(lanes) < 1 || Number(memory) < 8 * Number(lanes)) return false;
  const saltBytes = base64Bytes(salt);
  return saltBytes !== undefined && saltBytes.length >= 8 && base64Bytes(hash) !== undefined && !isDocumentationSalt(saltBytes) && !isMadeUp(salt, hash);
}

export const passwordHashArgon2: Detector = patternDetector({
  id: 'password-hash-argon2',
  title: 'Argon2 password hash',
  severity: 'medium',
  keywords: ['$argon2', '\\$argon2'],
  pattern: new RegExp(
    String.raw`(?:(?<=\bargon2)|(?<![A-Za-z0-9./\\]))(?<secret>${DOLLAR}argon2(?:id|i|d)${DOLLAR}(?:v=\d{1,3}${DOLLAR})?m=\d{1,10},t=\d{1,10},p=\d{1,3}` +
      String.raw`${DOLLAR}[A-Za-z0-9+/]{11,88}${DOLLAR}[A-Za-z0-9+/]{16,172})(?![A-Za-z0-9+/=$])`,
  ),
  keywordSpan: { before: 8, after: 340 }, // 8: the lookbehind reads Django's `argon2` prefix
  allowPlaceholders: true, // `m=1000000` is a run; isArgon2 checks the salt and hash instead
  validate: (secret, m, text) => isArgon2(secret) && !isAssignedToStandIn(text, m.index),
  detail: () => 'Argon2 hash',
  remediation:
    'An Argon2 hash is slow to crack but still gives away weak or reused passwords: change the password (or the ' +
    'admin token) it was made from, remove the hash from the repository, and pass it at deploy time from a secret ' +
    'store or an environment variable set outside the repository.',
  examples: {
    positive: [
      { text: '  ops:\n    password: "$argon2id$v=19$m=65540,t=3,p=4$+rKwVivDQ57/vqHywyG/kw$n2bKiiHhLH3KNpkNkRTGIcujLplYTmS0bdEq7okKVYc"  # the on-call account, set 2024-03', path: 'config/users_database.yml', why: 'a comment that gives no plaintext' },
      { text: "ADMIN_TOKEN='$argon2id$v=19$m=65540,t=3,p=4$C8jW00MHYyEFHFznK8ZoZA$SIZfvYXRjqoLSO/tQ3Pl9l3l0h2/dEjQlwxulFXVzYM'", path: 'vaultwarden/.env' },
      { text: '      ADMIN_TOKEN: $$argon2id$$v=19$$m=65540,t=3,p=4$$+rKwVivDQ57/vqHywyG/kw$$n2bKiiHhLH3KNpkNkRTGIcujLplYTmS0bdEq7okKVYc', path: 'docker-compose.yml' },
      { text: '"password": "argon2$argon2id$v=19$m=102400,t=2,p=8$laMHVdL16j9xX16Sq7LruQ$s5TxiFGm/zicEgj4QFz9YI8M/XFnfJvkbHrv4Q+WnHQ"', path: 'fixtures/users.json', why: "Django's argon2 prefix" },
    ],
    negative: [
      { text: '  jdoe:\n    displayname: "Jo Doe"\n    password: "$argon2id$v=19$m=65540,t=3,p=4$C8jW00MHYyEFHFznK8ZoZA$SIZfvYXRjqoLSO/tQ3Pl9l3l0h2/dEjQlwxulFXVzYM"  # Password is \'jdoe\'', path: 'config/users_database.yml', why: 'the line gives its plaintext: a documented example account' },
      { text: 'hash = "$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$SIZfvYXRjqoLSO/tQ3Pl9l3l0h2/dEjQlwxulFXVzYM"', why: 'the reference "somesalt" salt' },
      { text: '"$argon2id$v=19$m=65536,t=3,p=4$<salt>$<hash>"', why: 'documentation shape' },
      { text: 'hash = "$argon2id$v=19$m=65536,t=3,p=4$C8jW00MHYyEFHFznK8ZoZB$SIZfvYXRjqoLSO/tQ3Pl9l3l0h2/dEjQlwxulFXVzYM"', why: 'salt ends on bits no encoder leaves' },
      { text: 'const PREFIX = `$argon2id$v=19$m=${memory},t=${passes},p=${lanes}$`;', why: 'code building the parameters' },
      {
        text: '    /// Returned for unknown users so that a wrong name costs as much as a wrong password (timing).\n    fn dummy_phc() -> &\'static str {\n        return "$argon2id$v=19$m=19456,t=2,p=1$C8jW00MHYyEFHFznK8ZoZA$SIZfvYXRjqoLSO/tQ3Pl9l3l0h2/dEjQlwxulFXVzYM";\n    }',
        path: 'src/auth/verify.rs',
        why: 'a decoy hash returned for constant-time checks',
      },
      {
        text: "const FAKE_PHC =\n  '$argon2id$v=19$m=19456,t=2,p=1$C8jW00MHYyEFHFznK8ZoZA$n2bKiiHhLH3KNpkNkRTGIcujLplYTmS0bdEq7okKVYc';\n",
        path: 'src/server/auth/hash.ts',
        why: 'a stand-in name, its value wrapped onto the next line',
      },
    ],
  },
});
