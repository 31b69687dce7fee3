import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { quietOnStandInHashesInTests } from './stand-in-hash.js';
import { CRYPT64, DOLLAR, SHA_CRYPT, canonicalDollars, isAssignedToStandIn, isDocumentationSalt, isMadeUp, lastCharFits, outsideHtpasswdFiles } from './encoding.js';

// The slow crypt(3) hashes of Linux shadow files and network devices. All end in a 32- or 64-byte
// digest written in crypt's alphabet, whose last character carries only the bits the bytes fill.
// - sha256crypt `$5$` / sha512crypt `$6$`: optional `rounds=N$` (1000 to 999999999), a salt of up to 16
//   characters, then 43 (last < 16) or 86 (last < 4) characters, little-endian;
// - yescrypt `$y$` (gost-yescrypt `$gy$`): parameters, salt, 43 characters; scrypt `$7$`: 11 parameter
//   characters and the salt, then 43;
// - Cisco type 8 (PBKDF2-SHA256) `$8$` and type 9 (scrypt) `$9$`: a 14-character salt, 43 characters
//   in base64 order (the last one a multiple of 4).
const YESCRYPT = /^\$(?:g?y\$[./0-9A-Za-z]{1,32}\$|7\$[./0-9A-Za-z]{11})([./0-9A-Za-z]{1,86})\$([./0-9A-Za-z]{43})$/;
const CISCO = /^\$([89])\$([./0-9A-Za-z]{14})\$([./0-9A-Za-z]{43})$/;

const C = '[./0-9A-Za-z]';
const BODY = [
  String.raw`[56]${DOLLAR}(?:rounds=\d{4,9}${DOLLAR})?${C}{0,16}${DOLLAR}${C}{43,86}`,
  String.raw`g?y${DOLLAR}${C}{1,32}${DOLLAR}${C}{1,86}${DOLLAR}${C}{43}`,
  String.raw`7${DOLLAR}${C}{12,97}${DOLLAR}${C}{43}`,
  String.raw`[89]${DOLLAR}${C}{14}${DOLLAR}${C}{43}`,
].join('|');

function kind(secret: string): string | undefined {
  const hash = canonicalDollars(secret) ?? '';
  const sha = SHA_CRYPT.exec(hash);
  if (sha) {
    const [, variant, rounds, salt, digest] = sha as unknown as [string, string, string | undefined, string, string];
    if (rounds !== undefined && Number(rounds) < 1000) return undefined;
    if (isDocumentationSalt(salt) || isMadeUp(salt, digest) || digest.length !== (variant === '5' ? 43 : 86)) return undefined;
    return lastCharFits(digest, CRYPT64, variant === '5' ? 4 : 2, true) ? `sha${variant === '5' ? 256 : 512}crypt` : undefined;
  }
  const yes = YESCRYPT.exec(hash);
  if (yes) {
    const [, salt, digest] = yes as unknown as [string, string, string];
    if (isDocumentationSalt(salt) || isMadeUp(salt, digest)) return undefined;
    return lastCharFits(digest, CRYPT64, 4, true) ? (hash.startsWith('$7$') ? 'scrypt' : 'yescrypt') : undefined;
  }
  const cisco = CISCO.exec(hash);
  if (cisco) {
    const [, type, salt, digest] = cisco as unknown as [string, string, string, string];
    return !isDocumentationSalt(salt) && !isMadeUp(salt, digest) && lastCharFits(digest, CRYPT64, 4, false) ? `Cisco type ${type}` : undefined;
  }
  return undefined;
}

export const passwordHashShaCrypt: Detector = quietOnStandInHashesInTests(outsideHtpasswdFiles(
  patternDetector({
    id: 'password-hash-sha-crypt',
    title: 'crypt(3) password hash (sha256crypt, sha512crypt, yescrypt, Cisco type 8/9)',
    severity: 'medium',
    keywords: ['$5$', '$6$', '$y$', '$gy$', '$7$', '$8$', '$9$', '\\$5\\$', '\\$6\\$', '\\$y\\$'],
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9./\\$])(?<secret>${DOLLAR}(?:${BODY}))(?![./0-9A-Za-z$])`),
    keywordSpan: { before: 2, after: 260 },
    allowPlaceholders: true, // `rounds=1000000` is a run; kind() checks the salt and digest instead
    validate: (secret, m, text) => kind(secret) !== undefined && !isAssignedToStandIn(text, m.index),
    detail: (m) => `${kind(m.groups?.secret ?? '') ?? 'crypt'} password hash`,
    remediation:
      'A slow hash still gives away weak or reused passwords to offline cracking: change the password of the account ' +
      '(root in an image, a device admin), remove the hash from the repository, and set it at provisioning time from ' +
      'a secret store (cloud-init, Ansible Vault, a device secret), or lock the account instead.',
    examples: {
      positive: [
        { text: 'root:$6$X/DnXzkOCr8bIQ5n$lXvsKfqS0h0a/jAODPeI9rs2HxeddKs.HDd3LbdM.x7zEesxKg4aZQWyr0IJVIiuS/1tc0qnVlvIzJA8Afqxa/:19631:0:99999:7:::', path: 'image/etc/shadow' },
        { text: 'users:\n  - name: deploy\n    passwd: "$5$rounds=10000$WzCWbnqjKzmYeej8$9kvTThhhKpLYFcF0CRnlDxmETWz/4haU3fNC7Fm3lU8"', path: 'cloud-init/user-data' },
        { text: 'admin:$y$j9T$ug/.kQJ8y4cf6Gnf.Bwe1o$pjfdQ0tkebFaVlkDtYfGN5pxDXBOPdj53BC5cfaQUYC:19800:0:99999:7:::', path: 'overlay/etc/shadow' },
        { text: 'ops:$6$rounds=1000000$HaWtn.IVpL10c6Jg$0lBvLDFuD3o3pam2O4O8LvJ5M.lMwESC8js2K1V29/mJjeHVMsEfOF2Z6XEYai2balrKWBJdL8KqQX7aU7BIn.:19631:0:99999:7:::', why: 'a million rounds' },
        { text: 'username netops privilege 15 secret 8 $8$gg/IN5ySinF/5a$Qcx80HSi6ETx/cNU2aTiPt7jFlNInUWzKhNyVcsk65M', path: 'running-config.txt' },
        { text: 'password: "$6$Wm3nPq8sLx2vBc7d$6C/u7DcZgF2UKVo7ev3eXkoH46BZ/Owz7uBTS1c1ZZ6NIbmXL43AoqLwJov9BpYQD867U6NtC.EbfrxJagVAD1"', path: 'roles/users/tasks/main.yml', why: 'the hash of "password", outside test material: a weak password is still a credential' },
        { text: 'echo "ops:\\$6\\$jl3vgx12XnZWozjc\\$DeOFEgC5MZuD4UgVc7do59/ky2FTD4rQFsyiyv5JC32bSGZGPrpcDVFKDudC5PrDYcaYCzPYvktxamBfQcBN50" | chpasswd -e', path: 'provision.sh' },
      ],
      negative: [
        { text: "Example: tool hash check --password 'hunter2' -- '$5$rounds=10000$WzCWbnqjKzmYeej8$9kvTThhhKpLYFcF0CRnlDxmETWz/4haU3fNC7Fm3lU8'", path: 'cmd/help.go', why: 'a command checking the password given before the hash: help text' },
        { text: 'root:$6$salt$...:19000:0:99999:7:::', why: 'documentation shape' },
        { text: 'ops:$6$rounds=5000$saltstringsaltst$lXvsKfqS0h0a/jAODPeI9rs2HxeddKs.HDd3LbdM.x7zEesxKg4aZQWyr0IJVIiuS/1tc0qnVlvIzJA8Afqxa/', why: 'documentation salt' },
        { text: 'root:$6$X/DnXzkOCr8bIQ5n$lXvsKfqS0h0a/jAODPeI9rs2HxeddKs.HDd3LbdM.x7zEesxKg4aZQWyr0IJVIiuS/1tc0qnVlvIzJA8Afqxa2:19631:0:99999:7:::', why: 'last character carries bits no digest has' },
        { text: '$5$WzCWbnqjKzmYeej8$lXvsKfqS0h0a/jAODPeI9rs2HxeddKs.HDd3LbdM.x7zEesxKg4aZQWyr0IJVIiuS/1tc0qnVlvIzJA8Afqxa/', why: 'sha256crypt with a sha512 length' },
        { text: "'$5$rounds=010428$WzCWbnqjKzmYeej8$9kvTThhhKpLYFcF0CRnlDxmETWz/4haU3fNC7Fm3lU8'", why: 'a malformed rounds field (leading zero), as hash libraries test' },
        { text: 'const prefix = "$6$" + salt + "$";', why: 'code building a salt' },
        { text: 'root:$6$rounds=1000000$X/DnXzkOCr8bIQ5n$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder digest' },
        { text: 'awk \'{ print $5$6$7 }\'', why: 'awk fields' },
        { text: 'password: "$6$Wm3nPq8sLx2vBc7d$6C/u7DcZgF2UKVo7ev3eXkoH46BZ/Owz7uBTS1c1ZZ6NIbmXL43AoqLwJov9BpYQD867U6NtC.EbfrxJagVAD1"', path: 'tests/integration/targets/user/tasks/main.yml', why: 'a test: the hash of "password"' },
      ],
    },
  }),
));
