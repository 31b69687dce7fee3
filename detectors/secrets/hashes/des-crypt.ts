import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { CRYPT64, lastCharFits } from './encoding.js';

// Traditional DES crypt: 13 crypt characters (2 of salt, 11 for 64 bits, the last a multiple of 4), no
// prefix, so it counts only as the password field of a shadow line:
// name:hash:lastchange:min:max:warn:inactive:expire:reserved, which nearly always ends in ':::'.
const SHADOW_LINE = /^[A-Za-z_][A-Za-z0-9_.-]{0,31}\$?:(?<secret>[./0-9A-Za-z]{13}):\d{0,6}:\d{0,6}:\d{0,6}:\d{0,6}:\d{0,6}:\d{0,6}:\d{0,10}$/m;

export const passwordHashDesCrypt: Detector = patternDetector({
  id: 'password-hash-des-crypt',
  title: 'DES crypt password hash in a shadow file',
  severity: 'high',
  keywords: [':::'],
  rejectSequences: true, // 13 characters in a shadow line are all the evidence there is
  pattern: SHADOW_LINE,
  validate: (secret) => lastCharFits(secret, CRYPT64, 4, false),
  detail: () => 'DES crypt hash in a shadow entry (at most 8 characters of the password count; cracked in hours)',
  remediation:
    'DES crypt keeps only 8 characters of the password and is cracked quickly: change the password of the account, ' +
    'remove the shadow file from the repository, and set a yescrypt or sha512crypt hash at provisioning time from a ' +
    'secret store, or lock the account.',
  examples: {
    positive: [
      { text: 'root:DOdWUV7rLeFx6:19000:0:99999:7:::\nbin:*:19000:0:99999:7:::', path: 'firmware/rootfs/etc/shadow' },
      { text: 'admin:1LaZv5X0yHCeU:18500::::::', path: 'board/files/shadow' },
    ],
    negative: [
      { text: 'root:*:19000:0:99999:7:::\ndaemon:!:19000::::::', why: 'locked accounts' },
      { text: 'root:DOdWUV7rLeFx5:19000:0:99999:7:::', why: 'last character carries bits no DES hash has' },
      { text: 'root:abcdefghijklM:19000:0:99999:7:::', why: 'placeholder' },
      { text: 'ttl:ReconnectAfter:5:::', why: 'not a shadow line' },
    ],
  },
});
