import type { Detector, DetectorInput, Match } from '../../src/types.js';

// A browser profile committed with its saved passwords. Firefox keeps them in `logins.json`, each
// username and password encrypted with a key held in `key4.db` (`key3.db` before Firefox 58) in the
// same profile folder; without a primary password anyone with both files decrypts every login
// (tools do it in one command). So both files are credentials: reported once per file, by name and
// shape, with no `secret` (the encrypted blobs are not the password, and are not printed).
const SAVED_LOGIN = /"encryptedPassword"\s{0,8}:\s{0,8}"[A-Za-z0-9+/]{20,}={0,2}"/;

function* detectFirefoxLogins({ path, text, binary }: DetectorInput): Iterable<Match> {
  if (/(?:^|\/)key[34]\.db$/.test(path)) {
    yield { start: 0, end: 0, detail: 'Firefox key database: decrypts the logins.json saved beside it' };
    return;
  }
  if (binary) return;
  const m = SAVED_LOGIN.exec(text);
  if (!m) return;
  const count = text.split('"encryptedPassword"').length - 1;
  yield { start: m.index, end: m.index + m[0].length, detail: `Firefox saved logins (${count} encrypted with the profile's key4.db)` };
}

export const browserSavedLogins: Detector = {
  id: 'browser-saved-logins',
  title: "Committed browser profile with saved passwords (Firefox logins.json, key4.db)",
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: [],
  // only these file names are read: no keyword needed, the name is the gate (key3.db is also NSS's private key store)
  paths: ['logins.json', 'key4.db', 'key3.db'],
  includeBinary: true,
  remediation:
    'Change the password of every site saved in the profile (logins.json with key4.db decrypts them all), remove the ' +
    'profile from the repository and its history, and add the profile folder to .gitignore.',
  detect: detectFirefoxLogins,
  examples: {
    positive: [
      {
        path: 'backup/.mozilla/firefox/k3x9.default-release/logins.json',
        text:
          '{"nextId":3,"logins":[{"id":1,"hostname":"https://mail.shop.example.org","encryptedUsername":"MDoEEPgAAAAAAAAAAAAAAAAAAAEwFAYIKoZIhvcNAwcECJ3kQm9vZ2xlQmFuaw==",' +
          '"encryptedPassword":"MDoEEPgAAAAAAAAAAAAAAAAAAAEwFAYIKoZIhvcNAwcECHq7Zm4rT2xW9bNcQ1pL","encType":1}]}',
      },
      { path: 'profiles/work/key4.db', text: '', why: 'the key database, binary' },
    ],
    negative: [
      { path: 'src/fixtures/logins.json', text: '{"logins": [{"username": "alice", "lastLogin": "2024-05-01"}]}', why: 'an app’s own login log, no encrypted passwords' },
      { path: 'docs/logins.json', text: '{"encryptedPassword": ""}', why: 'empty' },
    ],
  },
};
