import type { Detector, DetectorInput, Match } from '../../src/types.js';
import { isPlaceholder } from '../kit/placeholders.js';

// Key material judged by file name (and, for text formats, by a real key block in the text). These are
// practice findings: no `secret` (the private-key content detector reports the key itself), so the
// fingerprint comes from path + detail.
const SSH_KEY = /^id_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?(?:[._-][A-Za-z0-9_.-]{1,40})?$/;
/**
 * Binary key stores: reported by name alone (a binary blob reaches detectors without its bytes, so
 * the JKS/JCEKS magic numbers cannot be read here).
 */
const STORES: Readonly<Record<string, string>> = {
  p12: 'PKCS#12 key store (.p12)',
  pfx: 'PKCS#12 key store (.pfx)',
  pkcs12: 'PKCS#12 key store (.pkcs12)',
  jks: 'Java key store (.jks)',
  jceks: 'Java JCEKS key store (.jceks)',
  keystore: 'Java/Android key store (.keystore)',
  bks: 'Bouncy Castle key store (.bks)',
  bcfks: 'Bouncy Castle FIPS key store (.bcfks)',
  kdbx: 'KeePass password database (.kdbx)',
  // a macOS keychain: every saved password and key of its user, under the login password
  keychain: 'macOS keychain (.keychain)',
  'keychain-db': 'macOS keychain (.keychain-db)',
  // a service's long-term Kerberos keys: whoever holds the file authenticates as the service principal
  keytab: "Kerberos keytab (.keytab): a principal's long-term keys",
};
/** GnuPG 1.x secret keyrings (2.1 keeps its keys in private-keys-v1.d/, one per file). */
const GPG_SECRET_RING = /^secring\.(?:gpg|skr)$/;
/** GnuPG 2.1+'s own key files: `private-keys-v1.d/<keygrip>.key`, an S-expression (`Key: (private-key …` in clear, `protected-private-key` under the passphrase). */
const GPG_KEY_FILE = /(?:^|\/)private-keys-v1\.d\/[0-9A-Fa-f]{40}\.key$/;
const GPG_KEY_BODY = /\((protected-|shadowed-)?private-key[ \t\r\n]*\(/;
/** Bitcoin Core's wallet (and its forks'): the keys of every address, encrypted only if the user set a passphrase. */
const BITCOIN_WALLET = /^wallet\.dat$/;
/** An Oracle auto-login wallet: the database credentials and keys of `ewallet.p12`, opened without its password. */
const ORACLE_AUTO_LOGIN = /^cwallet\.sso$/;
/** Chef's shared secret for encrypted data bags (`knife … --secret-file`, /etc/chef/encrypted_data_bag_secret): random base64. */
const CHEF_DATA_BAG_SECRET = /^encrypted_data_bag_secret$/;
/**
 * Stores that by name hold only certificates, and Android's debug keys: the well-known `debug.keystore`, and a
 * project's own store for debug builds (`keystores/debug-bwa.keystore`, `debug_app.jks`), committed so that every
 * developer's debug build is signed alike, with Android's debug conventions (`androiddebugkey`, password `android`).
 * A debug build is never what a store accepts: the release key is still reported.
 */
const CERT_ONLY_STORE = /truststore|^cacerts|^debug(?:[-_][\w-]{1,40})?\.(?:keystore|jks)$/i;
/**
 * A store named as a demo or a blank (`demo.kdbx`, `empty4.kdbx`, `example.p12`, `dummy.jks`): what an application ships to
 * show its features with, or a test opens, not a store of someone's keys. Reported as sample material (context test),
 * not dropped: a real store can be misnamed.
 */
const SAMPLE_STORE = /^(?:demo|empty|blank|examples?|samples?|dummy|fake)(?![a-z])/i;
const PEM_BEGIN = /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |ANY )?PRIVATE KEY)-----/g;

/**
 * Text that no binary store is: printable lines only, and neither a Git LFS pointer (the store is in LFS) nor base64
 * (the store encoded). A test's stand-in (`This file should not be empty, it represents the contents of an S/MIME
 * certificate.` as `files/cert.p12`) is named like a store and holds none.
 */
function notAStore(text: string): boolean {
  const head = text.slice(0, 4096);
  if (/[^\t\r\n\x20-\x7e]/.test(head) || head.startsWith('version https://git-lfs.github.com/spec/')) return false;
  const compact = head.replace(/\s+/g, '');
  return !(compact.length >= 64 && /^[A-Za-z0-9+/=]+$/.test(compact));
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The first PEM private-key block with a real body (64+ base64 characters, not a placeholder). */
function pemPrivateKey(text: string): Match | undefined {
  PEM_BEGIN.lastIndex = 0;
  for (let m = PEM_BEGIN.exec(text); m !== null; m = PEM_BEGIN.exec(text)) {
    const bodyStart = PEM_BEGIN.lastIndex;
    // The body ends at the next `-----` (the END line, or another BEGIN): bodies never overlap, so the scan is linear.
    const end = text.indexOf('-----', bodyStart);
    const body = text.slice(bodyStart, Math.min(end < 0 ? text.length : end, bodyStart + 16_384));
    const base64 = body.replace(/^[A-Za-z-]+:.*$/gm, '').replace(/\s+/g, '');
    if (base64.length >= 64 && /^[A-Za-z0-9+/=]+$/.test(base64) && !isPlaceholder(base64)) {
      return { start: m.index, end: bodyStart, detail: `PEM ${(m[1] as string).toLowerCase()}` };
    }
  }
  return undefined;
}

/** An OpenVPN profile with an inline private key or static key. */
function ovpnKey(text: string): Match | undefined {
  const key = /<key>/.exec(text);
  if (key && pemPrivateKey(text.slice(key.index))) return { start: key.index, end: key.index + 5, detail: 'OpenVPN profile with an inline private key' };
  const tls = /<(tls-auth|tls-crypt|tls-crypt-v2|secret)>\s*(?:#[^\n]*\n\s*)*-----BEGIN OpenVPN Static key/.exec(text);
  if (tls) return { start: tls.index, end: tls.index + (tls[1] as string).length + 2, detail: `OpenVPN profile with an inline ${tls[1]} static key` };
  return undefined;
}

function* detect({ path, text, binary }: DetectorInput): Iterable<Match> {
  const name = basename(path);
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  const present = binary === true || text.length > 0;
  if (SSH_KEY.test(name) && ext !== 'pub') {
    if (binary) yield { start: 0, end: 0, detail: 'SSH private key file' };
    else {
      const pem = pemPrivateKey(text);
      if (pem) yield { ...pem, detail: `SSH private key file (${pem.detail})` };
    }
    return;
  }
  if (CHEF_DATA_BAG_SECRET.test(name)) {
    // the key is random base64 (`openssl rand -base64 512`): not a stand-in line
    const key = text.trim();
    if (binary || (key.length >= 32 && /^[A-Za-z0-9+/=\s]+$/.test(key) && !isPlaceholder(key.replace(/\s+/g, '')))) yield { start: 0, end: 0, detail: 'Chef encrypted data bag secret: decrypts every data bag encrypted with it' };
    return;
  }
  if (GPG_SECRET_RING.test(name)) {
    if (present) yield { start: 0, end: 0, detail: 'GnuPG secret keyring' };
    return;
  }
  if (ORACLE_AUTO_LOGIN.test(name)) {
    if (present) yield { start: 0, end: 0, detail: 'Oracle auto-login wallet (cwallet.sso): its credentials open without a password' };
    return;
  }
  if (BITCOIN_WALLET.test(name)) {
    if (present) yield { start: 0, end: 0, detail: 'Bitcoin wallet file (wallet.dat): the keys of its addresses' };
    return;
  }
  if (GPG_KEY_FILE.test(path)) {
    // a shadowed key lives on a smartcard: the file only points at it
    const m = binary ? undefined : GPG_KEY_BODY.exec(text.slice(0, 4096));
    if (binary || (m && m[1] !== 'shadowed-')) yield { start: m?.index ?? 0, end: m ? m.index + m[0].length : 0, detail: m?.[1] === 'protected-' ? 'GnuPG private key (under its passphrase)' : 'GnuPG private key' };
    return;
  }
  const store = STORES[ext];
  if (store !== undefined) {
    if (present && !CERT_ONLY_STORE.test(name) && (binary === true || !notAStore(text))) yield { start: 0, end: 0, detail: store, ...(SAMPLE_STORE.test(name) ? { sample: true as const } : {}) };
    return;
  }
  if (binary) return; // a binary .key is a Keynote deck, a binary .pem is not PEM
  if (ext === 'pem' || ext === 'key' || ext === 'p8') {
    const pem = pemPrivateKey(text);
    if (pem) yield pem;
  } else if (ext === 'ppk') {
    const ppk = /^PuTTY-User-Key-File-\d+: \S+/m.exec(text);
    if (ppk && /^Private-Lines: \d+/m.test(text)) yield { start: ppk.index, end: ppk.index + ppk[0].length, detail: 'PuTTY private key' };
  } else if (ext === 'ovpn') {
    const key = ovpnKey(text);
    if (key) yield key;
  }
}

const BODY = 'myPVWH8sLX2iiCPXh98pw3UeB/u/zjijiU+lqqUYu0biLAYjUiFonMuWFWyxuyyJ\nrT4KAUFWb0tjWH3zfC2r+0PaXDZIlm8Hbm6qgfKubmzppSD1TbixoGyiVPkoaDZv\n';
const pem = (kind: string): string => `-----BEGIN ${kind}-----\n${BODY}-----END ${kind}-----\n`;

export const privateKeyFile: Detector = {
  id: 'private-key-file',
  title: 'Committed private key or key store file',
  policy: 'credentials-from-environment',
  severity: 'critical',
  keywords: [],
  paths: [
    'id_rsa*', 'id_dsa*', 'id_ecdsa*', 'id_ed25519*', '*.p12', '*.pfx', '*.pkcs12', '*.jks', '*.jceks', '*.keystore', '*.bks', '*.bcfks',
    '*.kdbx', '*.keychain', '*.keychain-db', '*.keytab', 'secring.gpg', 'secring.skr', 'encrypted_data_bag_secret', 'wallet.dat', 'cwallet.sso', '*.pem', '*.key', '*.p8', '*.ppk', '*.ovpn',
  ],
  includeBinary: true,
  remediation:
    'Revoke or replace the key (new key pair, new certificate, new store password), remove the file from the repository ' +
    'and its history, and load keys at run time from a secret store or a mounted file outside the repository.',
  detect,
  examples: {
    positive: [
      { path: 'deploy/id_ed25519', text: pem('OPENSSH PRIVATE KEY') },
      { path: 'certs/server.pem', text: `${pem('CERTIFICATE')}${pem('RSA PRIVATE KEY')}`, why: 'cert followed by its key' },
      { path: 'tls/api.key', text: pem('ENCRYPTED PRIVATE KEY') },
      { path: 'android/app/release.keystore', text: 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a\nsize 2236\n', why: 'by name, even in LFS' },
      { path: 'keystores/release-shop.jks', text: '\u00fe\u00ed\u00fe\u00ed\u0000\u0000\u0000\u0002', why: 'the release key beside a debug one' },
      { path: 'android/app/debugger-tools.keystore', text: '\u00fe\u00ed\u00fe\u00ed\u0000\u0000\u0000\u0002', why: 'not named for debug builds' },
      { path: 'secrets/passwords.kdbx', text: '\u0003\u00d9\u00a2\u009a\u0067\u00fb\u004b\u00b5' },
      { path: 'android/app/release.bks', text: '\u0000\u0000\u0000\u0002\u0000\u0000\u0000\u0014', why: 'Bouncy Castle store, by name' },
      { path: 'conf/secrets.jceks', text: '\u00ce\u00ce\u00ce\u00ce\u0000\u0000\u0000\u0002', why: 'JCEKS store, by name' },
      { path: 'vpn/office.ovpn', text: `client\nremote vpn.example.org 1194\n<key>\n${pem('PRIVATE KEY')}</key>\n` },
      { path: 'keys/admin.ppk', text: 'PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nPrivate-Lines: 1\nAAAAIB7k\n' },
      { path: 'roles/web/files/http.keytab', text: '\u0005\u0002\u0000\u0000\u0000\u0041\u0000\u0001', why: 'Kerberos service keys, by name' },
      { path: 'share/demo.kdbx', text: '\u0003\u00d9\u00a2\u009a\u0067\u00fb\u004b\u00b5', why: 'a demo database, by name: reported as sample material' },
      { path: 'home/.gnupg/secring.gpg', text: '\u0095\u0003\u00be\u0004', why: 'a GnuPG 1.x secret keyring' },
      { path: 'dotfiles/.gnupg/private-keys-v1.d/3F2A9C1E7B5D4A6C8E0F1A2B3C4D5E6F7A8B9C0D.key', text: 'Created: 20240101T000000\nKey: (private-key (ecc (curve Ed25519)(flags eddsa)(q\n #40A1B2#)(d\n #C3D4#)))\n', why: "GnuPG 2's own key file" },
      { path: 'backup/Library/Keychains/login.keychain-db', text: '\u006b\u0079\u0063\u0068\u0000\u0001\u0000\u0000', why: "a user's macOS keychain" },
      { path: 'db/wallet/cwallet.sso', text: '\u00a1\u00f8\u004e\u0036\u0000\u0000\u0000\u0006', why: 'an Oracle auto-login wallet, by name' },
      { path: 'backup/.bitcoin/wallet.dat', text: '\u0000\u0005\u0031\u0062\u0000\u0000', why: 'a Bitcoin Core wallet, by name' },
      { path: 'chef/.chef/encrypted_data_bag_secret', text: 'q3ZvT8mXk2LwPn7RbYc4HdJs6Fg1KtA5uVe9QzNx0Wr3Mp8Lk2Jh7Gf6Ds5Aa1Qw\n', why: "Chef's data bag key" },
      { path: 'deploy/signing.p12', text: 'MIIKQQIBAzCCCgcGCSqGSIb3DQEHAaCCCfgEggn0MIIJ8DCCBKcGCSqGSIb3DQEHBqCCBJgwggSUAgEAMIIEjQYJKoZIhvcNAQcB\n', why: 'the store in base64' },
    ],
    negative: [
      { path: '.gnupg/private-keys-v1.d/3F2A9C1E7B5D4A6C8E0F1A2B3C4D5E6F7A8B9C0D.key', text: 'Key: (shadowed-private-key (rsa (n #00A1#)(e #010001#)(shadowed t1-v1 (#D2760001240103#))))\n', why: 'a smartcard stub: the key itself is on the card' },
      { path: 'deploy/id_ed25519.pub', text: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHk8 deploy@ci\n' },
      { path: 'certs/server.pem', text: pem('CERTIFICATE'), why: 'certificate only' },
      { path: 'tls/api.key', text: '-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n', why: 'placeholder body' },
      { path: 'android/app/truststore.jks', text: '\u00fe\u00ed\u00fe\u00ed\u0000\u0000\u0000\u0002', why: 'certificates only' },
      { path: 'res/raw/truststore.bks', text: '\u00fe\u00ed\u00fe\u00ed\u0000\u0000\u0000\u0002', why: 'certificates only' },
      { path: 'android/app/debug.keystore', text: '\u00fe\u00ed\u00fe\u00ed\u0000\u0000\u0000\u0002', why: "Android's public debug key" },
      { path: 'keystores/debug-shop.keystore', text: '\u00fe\u00ed\u00fe\u00ed\u0000\u0000\u0000\u0002', why: "a project's own key for debug builds" },
      { path: 'mail/files/cert.p12', text: 'This file stands in for a signing certificate in the tests.\n', why: 'a line of text named like a store: no store' },
      { path: 'vpn/office.ovpn', text: 'client\nremote vpn.example.org 1194\nauth-user-pass\n', why: 'no inline key' },
      { path: 'docs/keys.md', text: pem('PRIVATE KEY'), why: 'not a key file by name: the content detector handles it' },
      { path: 'chef/.chef/encrypted_data_bag_secret', text: 'REPLACE_WITH_YOUR_SECRET\n', why: 'a stand-in line' },
    ],
  },
};
