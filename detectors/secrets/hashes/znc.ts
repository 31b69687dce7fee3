import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';

// ZNC, the IRC bouncer, stores each user's password in znc.conf as a salted SHA-256 (or MD5, older):
// `<Pass password>` / `Method = sha256` / `Hash = <64 hex>` / `Salt = <20 characters>` / `</Pass>`, or on
// one line as `Pass = sha256#<hash>#<salt>#`. One round of a fast hash: whoever cracks it logs in to the
// bouncer, and with it to every IRC network the user has saved (their NickServ passwords are in the
// same file, in clear).
export const passwordHashZnc: Detector = patternDetector({
  id: 'password-hash-znc',
  title: 'ZNC user password hash (salted SHA-256 or MD5)',
  severity: 'high',
  keywords: ['<pass password>', 'pass = sha256#', 'pass = md5#'],
  multiline: true,
  pattern:
    /(?:<Pass[ \t]{1,4}password>[ \t]*\r?\n[ \t]{0,16}Method[ \t]{0,4}=[ \t]{0,4}(?:sha256|md5)[ \t]*\r?\n[ \t]{0,16}Hash[ \t]{0,4}=[ \t]{0,4}|Pass[ \t]{0,4}=[ \t]{0,4}(?:sha256|md5)#)(?<secret>[0-9a-f]{32}(?:[0-9a-f]{32})?)(?:[ \t]*\r?\n|#)/i,
  validate: (secret) => new Set(secret).size >= 10,
  detail: () => 'ZNC user password hash (one round of a fast salted hash)',
  remediation:
    'Change the ZNC user password (`/msg *controlpanel Set Password <user> <new>`), and keep znc.conf out of the repository: ' +
    'it also holds the saved networks\' passwords in clear.',
  examples: {
    positive: [
      { path: 'znc/configs/znc.conf', text: '<User ops>\n\t<Pass password>\n\t\tMethod = sha256\n\t\tHash = 0bc2170a09d10c90f6e6cb2deaa4963335c499c0e73479685e5e49b1b0bafb28\n\t\tSalt = cL,G!QtJ(-36lCOkMj_Z\n\t</Pass>\n</User>\n' },
      { path: 'znc.conf', text: '<User ops>\n  Pass = sha256#06f98b1f987e2065e42d2345c2340d2e57f0a013ba308786c36b3d741deb9aa0#:zu5JiG_tX5xRojIP1j5#\n</User>\n', why: 'the one-line form of older versions' },
    ],
    negative: [
      { path: 'znc.conf', text: '<Pass password>\n\tMethod = sha256\n\tHash = 0000000000000000000000000000000000000000000000000000000000000000\n\tSalt = aaaaaaaaaaaaaaaaaaaa\n</Pass>\n', why: 'a filler value' },
      { path: 'docs/znc.md', text: 'Set `Pass = sha256#<hash>#<salt>#` with the output of `znc --makepass`.\n', why: 'a template' },
    ],
  },
});
