import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';

// Kerberos "roasting" output: an AS-REP (accounts without pre-authentication) or a TGS ticket for a
// service account, in the form password crackers read: `$krb5asrep$<etype>$[principal:]<checksum>$<hex>`
// and `$krb5tgs$<etype>$*<user>$<realm>$<spn>*$<checksum>$<hex>`. Either cracks offline to the
// account's password; found in a repository it is an engagement's loot or a lab's fixture.
// Encryption types: 23 (RC4, a 32-hex checksum), 17 and 18 (AES, a 24-hex checksum).
const PRINCIPAL = String.raw`(?:[^$:\s*]{1,128}:|[^$\s*]{1,64}\$[^$\s*]{1,128}\$|\*[^*\s]{1,300}\*\$)?`;

export const passwordHashKerberos: Detector = patternDetector({
  id: 'password-hash-kerberos',
  title: 'Kerberos AS-REP or TGS hash (crackable to an account password)',
  severity: 'high',
  keywords: ['$krb5asrep$', '$krb5tgs$'],
  pattern: new RegExp(String.raw`(?<secret>\$krb5(?:asrep|tgs)\$(?<etype>23|17|18)\$${PRINCIPAL}(?<checksum>[0-9a-fA-F]{24}|[0-9a-fA-F]{32})\$(?<data>[0-9a-fA-F]{64,8192}))(?![0-9a-fA-F])`),
  keywordSpan: { before: 0, after: 8800 },
  validate: (_secret, m) => {
    const { etype, checksum, data } = m.groups ?? {};
    if (!etype || !checksum || !data || data.length % 2 !== 0) return false;
    return (etype === '23') === (checksum.length === 32);
  },
  detail: (m) => `Kerberos ${m.groups?.['secret']?.startsWith('$krb5tgs') ? 'TGS (Kerberoast)' : 'AS-REP'} hash, etype ${m.groups?.['etype'] ?? '?'}`,
  remediation:
    'This hash cracks offline to the password of the account it names: change that account\'s password (make a ' +
    'service account\'s long and random, or use a managed service account), require Kerberos pre-authentication for ' +
    'it, remove the file from the repository and treat the history copy as exposed.',
  examples: {
    positive: [
      {
        text: '$krb5asrep$23$svc_backup@corp.local:7767b85064decd8abd4c0700ecd1466c$3d06bd77ff41e452ad668b39d95782883dcc2f1e866f68bec9a7f96af510e8d2e8636cd6f2c85fb437d6b5d633f1d13cf486c8e92aff15d2468727cf048032b296164dbf0b1020443de3edbba9b01daad9e8bc1b0b2fc3dec7e04742fbde57',
        path: 'loot/asrep.txt',
      },
      { text: 'hash: $krb5asrep$23$d948a054c833bc6f54b8e8c62e0b3593$8248268fcc1c7f06a864743fcec6f8bcabec587dbd276f4a383fc968df58ca82c0fe23bfecab21b0eba75cf98a2e9721' },
      {
        text: '$krb5tgs$23$*sqlsvc$CORP.LOCAL$MSSQLSvc/db01.corp.local:1433*$10ca96e877254e93d083183b6d6fdc17$350c8f233c4983e481531b6121611418298466f986bcd885938a11e3be6cc531fba9c0f75b3e02926ede313ebfe78571f8a2ff467b1a14c57700f4b1aca3a69f',
        path: 'notes/kerberoast.md',
      },
      { text: '$krb5asrep$18$jdoe$CORP.LOCAL$6204060c3e03f9ad6552e581$8fe0f3430e895b2cfb1403b23011f642d713cdc3f6e8b396d82fe39cdb4ad26976ff5c14c12d0a392b7402c5fa' },
    ],
    negative: [
      { text: 'hashcat -m 18200 \'$krb5asrep$23$user@domain:checksum$edata\'', why: 'the format as documented' },
      { text: '$krb5asrep$18$d948a054c833bc6f54b8e8c62e0b3593$8248268fcc1c7f06a864743fcec6f8bcabec587dbd276f4a383fc968df58ca82c0fe23bfecab21b0eba75cf98a2e9721', why: 'an AES etype with an RC4-sized checksum' },
      { text: '$krb5asrep$23$d948a054c833bc6f54b8e8c62e0b3593$8248268fcc1c7f06', why: 'too little encrypted data for a ticket part' },
    ],
  },
});
