import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { lines } from '../../files/lines.js';
import { contentLines, isStoredPassword, storeRemediation } from './values.js';

// Secrets files of network services, each a format of its own with no key names to go by: IPsec's
// ipsec.secrets (`: PSK "…"`) and swanctl.conf (`secret = …`), PPP's chap-secrets / pap-secrets
// (`client server secret addresses`), rsync daemon secrets (`user:password`), s3fs's passwd file
// (`[bucket:]ACCESS_KEY:SECRET_KEY`) and proxychains' proxy list (`socks5 host port user pass`). Each
// detector reads only files of its name, but for OpenVPN's inline `<auth-user-pass>` block, which
// names itself. TACACS+ server configs (tac_plus) share a key with devices and may hold users' passwords.

/** Whitespace-separated fields of a line, a quoted field as one (quotes removed), each with its offset. */
function fields(line: string): { value: string; at: number }[] {
  const out: { value: string; at: number }[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(line); m !== null; m = re.exec(line)) {
    const quoted = m[1] ?? m[2];
    out.push(quoted !== undefined ? { value: quoted, at: m.index + 1 } : { value: m[3] as string, at: m.index });
  }
  return out;
}

const at = (line: { start: number }, field: { value: string; at: number }, detail: string): Match => ({
  start: line.start + field.at,
  end: line.start + field.at + field.value.length,
  secret: field.value,
  detail,
});

/** `[selectors] : PSK "secret"` (also EAP, XAUTH, NTLM); RSA/ECDSA entries name key files. */
const IPSEC_SECRET = /:[ \t]{0,8}(PSK|EAP|XAUTH|NTLM)[ \t]{1,8}(?:"([^"\n]{1,512})"|'([^'\n]{1,512})'|(\S{1,512}))/;
/** swanctl.conf: `secret = …` inside a `secrets { … }` entry. */
const SWANCTL_SECRET = /^[ \t]{0,64}secret[ \t]{0,8}=[ \t]{0,8}(?:"([^"\n]{1,512})"|(\S{1,512}))/;

function* detectIpsecSecrets({ path, text }: DetectorInput): Iterable<Match> {
  const swanctl = path.endsWith('.conf');
  for (const line of contentLines(text)) {
    const m = (swanctl ? SWANCTL_SECRET : IPSEC_SECRET).exec(line.text);
    if (!m) continue;
    const kind = swanctl ? 'secret' : (m[1] as string);
    const value = swanctl ? (m[1] ?? m[2]) : (m[2] ?? m[3] ?? m[4]);
    if (value === undefined || !isStoredPassword(value)) continue;
    const offset = line.text.indexOf(value, m.index + m[0].length - value.length - 1);
    yield { start: line.start + offset, end: line.start + offset + value.length, secret: value, detail: `IPsec ${kind} secret` };
  }
}

export const ipsecSecret: Detector = {
  id: 'ipsec-secret',
  title: 'IPsec pre-shared key or EAP/XAuth password (ipsec.secrets, swanctl.conf)',
  policy: 'no-committed-credentials',
  severity: 'critical',
  keywords: [],
  paths: ['ipsec.secrets', '**/ipsec.secrets', '**/ipsec.d/*.secrets', 'swanctl.conf', '**/swanctl/swanctl.conf', '**/swanctl/conf.d/*.conf'],
  priority: 30,
  remediation: storeRemediation(
    'pre-shared key or password (on every peer that uses it)',
    'keep ipsec.secrets and swanctl secrets out of the repository (provision them from a secret store), and prefer certificates to pre-shared keys.',
  ),
  detect: detectIpsecSecrets,
  examples: {
    positive: [
      { path: 'etc/ipsec.secrets', text: '# site-to-site\n203.0.113.1 198.51.100.7 : PSK "Vt9qW3xkP2mHq7vRZt9qW3xk"\nalice : EAP "Hq7vR2mLp9xT"\n' },
      { path: 'etc/swanctl/swanctl.conf', text: 'secrets {\n  ike-office {\n    id = office.acme.io\n    secret = "Zt9q!W3xkP2mHq7v"\n  }\n}\n' },
    ],
    negative: [
      { path: 'etc/ipsec.secrets', text: ': RSA moonKey.pem\n', why: 'a key file' },
      { path: 'etc/ipsec.secrets', text: '# : PSK "Vt9qW3xkP2mHq7vRZt9qW3xk"\ninclude /var/lib/strongswan/ipsec.secrets.inc\n', why: 'a comment, an include' },
      { path: 'etc/ipsec.secrets', text: ': PSK "<your pre-shared key>"\n', why: 'a stand-in' },
    ],
  },
};

function* detectPppSecrets({ text }: DetectorInput): Iterable<Match> {
  for (const line of contentLines(text)) {
    const f = fields(line.text);
    const [client, , secret] = f;
    if (f.length < 3 || client === undefined || secret === undefined) continue;
    if (secret.value.startsWith('@') || !isStoredPassword(secret.value, client.value)) continue; // `@/path` reads the secret from a file
    yield at(line, secret, `PPP secret of ${client.value === '*' ? 'any client' : client.value}`);
  }
}

export const pppSecret: Detector = {
  id: 'ppp-secret',
  title: 'PPP CHAP/PAP secret (chap-secrets, pap-secrets)',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: [],
  paths: ['chap-secrets', 'pap-secrets', '**/ppp/chap-secrets', '**/ppp/pap-secrets', '**/chap-secrets', '**/pap-secrets'],
  priority: 30,
  remediation: storeRemediation('PPP password', 'write the secrets file at provisioning from a secret store, never into the image or repository.'),
  detect: detectPppSecrets,
  examples: {
    positive: [
      { path: 'etc/ppp/chap-secrets', text: '# client  server  secret  IP addresses\nvpnuser  *  Hq7vR2mLp9xTq8Lm  *\n"field tech"  pptpd  "Zt9q!W3xkP2m"  10.8.0.0/24\n' },
      { path: 'board/ppp/pap-secrets', text: 'isp-login * hunter22\n', why: 'a weak password in its slot' },
    ],
    negative: [
      { path: 'etc/ppp/chap-secrets', text: '# Secrets for authentication using CHAP\n# client\tserver\tsecret\t\t\tIP addresses\n', why: 'only comments' },
      { path: 'etc/ppp/pap-secrets', text: 'vpnuser * @/etc/ppp/vpnuser.secret *\n', why: 'read from a file' },
    ],
  },
};

function* detectRsyncSecrets({ text }: DetectorInput): Iterable<Match> {
  for (const line of contentLines(text)) {
    const colon = line.text.indexOf(':');
    if (colon <= 0) continue;
    const user = line.text.slice(0, colon).trim();
    const password = line.text.slice(colon + 1).trimEnd();
    if (!/^@?[\w.-]{1,64}$/.test(user) || !isStoredPassword(password, user)) continue;
    yield at(line, { value: password, at: colon + 1 }, `rsync daemon password of ${user}`);
  }
}

export const rsyncSecret: Detector = {
  id: 'rsync-daemon-secret',
  title: 'rsync daemon password (rsyncd.secrets)',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: [],
  paths: ['rsyncd.secrets', '**/rsyncd.secrets', 'rsync.secrets', '**/rsync.secrets', '**/rsyncd/*.secrets'],
  priority: 30,
  remediation: storeRemediation('rsync module password', 'keep the secrets file (mode 0600) on the server, written from a secret store.'),
  detect: detectRsyncSecrets,
  examples: {
    positive: [
      { path: 'etc/rsyncd.secrets', text: 'backup:Zt9qW3xkP2mHq7vR\nmirror:hunter22\n' },
      { path: 'deploy/rsyncd.secrets', text: '@staff:Hq7vR2mLp9xT\n', why: 'a group entry' },
    ],
    negative: [
      { path: 'etc/rsyncd.secrets', text: '# user:password\nbackup:backup\n', why: 'a comment; the user name again' },
      { path: 'etc/rsyncd.secrets', text: 'backup:<password>\n', why: 'a stand-in' },
    ],
  },
};

/**
 * The credentials file `mount.cifs` reads (`credentials=` in fstab, `-o cred=`): `username=`, `password=`
 * (also `pass=`) and `domain=` lines, key and value as the mount's options spell them. Home folders and
 * provisioning repositories keep one as `.smbcredentials`; the file name is the gate.
 */
function* detectCifsCredentials({ text }: DetectorInput): Iterable<Match> {
  const user = /^[ \t]*user(?:name)?[ \t]*=[ \t]*(\S+)/m.exec(text)?.[1] ?? '';
  for (const line of contentLines(text)) {
    const m = /^([ \t]*pass(?:word)?[ \t]*=[ \t]*)(\S[^\n]{0,255})$/.exec(line.text);
    const password = (m?.[2] ?? '').trimEnd();
    if (!m || !isStoredPassword(password, user)) continue;
    yield at(line, { value: password, at: (m[1] as string).length }, user ? `SMB share password of ${user}` : 'SMB share password');
  }
}

export const cifsCredentialsFile: Detector = {
  id: 'cifs-credentials-file',
  title: 'SMB/CIFS share password in a mount credentials file (.smbcredentials)',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: [],
  paths: ['**/.smbcredentials', '**/smbcredentials', '**/.smbcredentials.*', '**/.smbcred', '**/.cifscredentials', '**/.cifs-credentials', '**/cifs-credentials', '**/*.smbcredentials', '**/samba/credentials', '**/samba/creds'],
  priority: 30,
  remediation: storeRemediation('share password', 'write the credentials file (mode 0600) at provisioning from a secret store, or mount with Kerberos (`sec=krb5`).'),
  detect: detectCifsCredentials,
  examples: {
    positive: [
      { path: 'home/.smbcredentials', text: 'username=backup\npassword=Hq7vR2mLp9xTz4\ndomain=CORP\n' },
      { path: 'roles/nas/files/samba/creds', text: 'user=media\npass=Zt9q!W3xkP2m\n' },
    ],
    negative: [
      { path: 'home/.smbcredentials', text: 'username=guest\npassword=guest\n', why: 'the user name again' },
      { path: 'home/.smbcredentials', text: 'username=backup\npassword=<password>\n', why: 'a stand-in' },
      { path: 'home/.smbcredentials', text: 'username=backup\n# password=Hq7vR2mLp9xTz4\n', why: 'a comment' },
    ],
  },
};

/** `[bucket:]ACCESS_KEY:SECRET_KEY`: an access key id of the S3-compatible store, then its secret. */
const S3FS_LINE = /^(?:[a-z0-9][a-z0-9.-]{1,62}:)?([A-Z0-9]{16,128}):(\S{8,256})$/;

function* detectS3fsPasswd({ text }: DetectorInput): Iterable<Match> {
  for (const line of contentLines(text)) {
    const trimmed = line.text.trim();
    const m = S3FS_LINE.exec(trimmed);
    if (!m || !isStoredPassword(m[2] as string)) continue;
    const secret = m[2] as string;
    yield at(line, { value: secret, at: line.text.indexOf(trimmed) + trimmed.length - secret.length }, `secret key of access key ${(m[1] as string).slice(0, 4)}…`);
  }
}

export const s3fsPasswdFile: Detector = {
  id: 's3fs-passwd-secret',
  title: 'S3 secret key in an s3fs password file',
  policy: 'no-committed-credentials',
  severity: 'critical',
  keywords: [],
  paths: ['.passwd-s3fs', 'passwd-s3fs', '**/.passwd-s3fs', '**/passwd-s3fs'],
  // below aws-secret-access-key, which names an AWS key when the shape says so
  priority: 30,
  remediation: storeRemediation(
    'access key pair (deactivate it with the storage provider)',
    'give the mount an IAM role (`-o iam_role=auto`) or write the password file at provisioning from a secret store.',
  ),
  detect: detectS3fsPasswd,
  examples: {
    positive: [
      { path: 'etc/passwd-s3fs', text: 'AKIAQ7VT2XK9PLW4RZN8:Kq7vT2xK9pLw4RzN8cYh+Qm7vT2xK9pLw4RzN8c/\n' },
      { path: 'deploy/.passwd-s3fs', text: 'media-bucket:GOOG7Q2XK9PLW4RZN8CYHQM3:Zt9qW3xkP2mHq7vR2mLp9xTq8Lm3vT7xK2pLw9Ab\n', why: 'one bucket, another store' },
    ],
    negative: [
      { path: '.passwd-s3fs', text: 'ACCESS_KEY_ID:SECRET_ACCESS_KEY\n', why: 'the documentation line' },
      { path: '.passwd-s3fs', text: '# AKIAQ7VT2XK9PLW4RZN8:Kq7vT2xK9pLw4RzN8cYh+Qm7vT2xK9pLw4RzN8c/\n', why: 'a comment' },
    ],
  },
};

/** `type host port [user password]` in a proxychains ProxyList. */
const PROXY_LINE = /^[ \t]{0,16}(?:socks4|socks5|http|raw)[ \t]+\S+[ \t]+\d{1,5}[ \t]+(\S+)[ \t]+(\S+)/;

function* detectProxychains({ text }: DetectorInput): Iterable<Match> {
  for (const line of contentLines(text)) {
    const m = PROXY_LINE.exec(line.text);
    if (!m || !isStoredPassword(m[2] as string, m[1])) continue;
    const value = m[2] as string;
    yield at(line, { value, at: m.index + m[0].length - value.length }, `password of proxy user ${m[1]}`);
  }
}

export const proxychainsPassword: Detector = {
  id: 'proxychains-password',
  title: 'Proxy password in a proxychains config',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: [],
  paths: ['proxychains.conf', 'proxychains4.conf', '**/proxychains.conf', '**/proxychains4.conf', '**/.proxychains/*.conf'],
  priority: 30,
  remediation: storeRemediation('proxy password', 'keep the proxy list with credentials outside the repository (~/.proxychains/, mode 0600).'),
  detect: detectProxychains,
  examples: {
    positive: [
      { path: 'etc/proxychains.conf', text: '[ProxyList]\nsocks5 10.0.0.9 1080 proxyuser Vt9qW3xkP2mHq7vR\n' },
      { path: 'tools/proxychains4.conf', text: 'strict_chain\n[ProxyList]\nhttp 192.0.2.10 3128 ops Zt9q!W3xkP2m\nsocks4 127.0.0.1 9050\n' },
    ],
    negative: [
      { path: 'etc/proxychains.conf', text: '[ProxyList]\n# socks5 192.168.67.78 1080 lamer secret\nsocks4 127.0.0.1 9050\n', why: 'a comment; no credentials' },
      { path: 'etc/proxychains.conf', text: '[ProxyList]\nsocks5 10.0.0.9 1080 proxyuser proxyuser\n', why: 'the user name again' },
    ],
  },
};

/**
 * A TACACS+ server's config (Shrubbery's tac_plus, Event-Driven Servers' tac_plus-ng): the shared `key = …` every
 * network device signs its requests with, and users' passwords written in clear (`login = cleartext "…"`, `pap = …`,
 * `enable = …`; tac_plus-ng's `password login = clear …`). Hashed forms (`des`, `crypt`) are left to the hash detectors.
 */
const TACACS_KEY = /^[ \t]{0,64}key[ \t]{0,8}=[ \t]{0,8}(?:"([^"\n]{1,256})"|(\S{1,256}))/;
const TACACS_CLEAR = /^[ \t]{0,64}(?:password[ \t]{1,8})?(login|pap|chap|ms-chap|arap|opap|enable|global)[ \t]{0,8}=[ \t]{0,8}(?:cleartext|clear)[ \t]{1,8}(?:"([^"\n]{1,256})"|(\S{1,256}))/;

function* detectTacacs({ text }: DetectorInput): Iterable<Match> {
  for (const line of contentLines(text)) {
    const key = TACACS_KEY.exec(line.text);
    const clear = key ? null : TACACS_CLEAR.exec(line.text);
    const m = key ?? clear;
    if (!m) continue;
    const value = key ? (m[1] ?? m[2]) : (m[2] ?? m[3]);
    if (value === undefined || !isStoredPassword(value)) continue;
    const offset = m.index + m[0].length - value.length - (m[0].endsWith('"') ? 1 : 0);
    const detail = key ? 'the TACACS+ key shared with every network device' : `a TACACS+ user's ${m[1] as string} password in clear`;
    yield { start: line.start + offset, end: line.start + offset + value.length, secret: value, detail };
  }
}

export const tacacsPlusSecret: Detector = {
  id: 'tacacs-plus-secret',
  title: 'TACACS+ shared key or clear-text user password (tac_plus, tac_plus-ng)',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: [],
  paths: ['tac_plus*.conf', 'tac_plus*.cfg', '**/tac_plus*.conf', '**/tac_plus*.cfg', '**/tacacs*.conf', '**/tacacs*.cfg'],
  priority: 30,
  remediation: storeRemediation(
    'TACACS+ key (on the server and every device that uses it: `tacacs-server key`, `tacacs server … key`) and each clear-text user password',
    'give users hashed passwords (`des`/`crypt`) or an LDAP/PAM back end, and template the key into the config at deployment.',
  ),
  detect: detectTacacs,
  examples: {
    positive: [
      { path: 'etc/tacacs+/tac_plus.conf', text: 'key = "Wq3nT8vKx5Lm"\n\nuser = ops {\n    login = cleartext "Zt6kN2qXv9Rw"\n}\n' },
      { path: 'roles/aaa/files/tac_plus-ng.cfg', text: 'host = world {\n    address = 0.0.0.0/0\n    key = Rk7vN2qTx9Lm\n}\nuser = noc {\n    password login = clear Yv4kT8nQx2Lr\n}\n', why: 'tac_plus-ng' },
    ],
    negative: [
      { path: 'etc/tacacs+/tac_plus.conf', text: '# key = "Wq3nT8vKx5Lm"\nuser = ops {\n    login = des 9a8b7c6d5e4f\n}\n', why: 'a comment, and a DES hash' },
      { path: 'etc/tacacs+/tac_plus.conf', text: 'key = "{{ tacacs_key }}"\nuser = ops {\n    login = cleartext "$OPS_PASSWORD"\n}\n', why: 'template variables' },
    ],
  },
};

/** OpenVPN 2.6's inline credentials: `<auth-user-pass>`, the user name line, the password line, `</auth-user-pass>`. */
const OPENVPN_INLINE = /<auth-user-pass>[ \t]{0,16}\r?\n[ \t]{0,16}([^\s<][^\r\n<]{0,255})\r?\n[ \t]{0,16}([^\r\n<]{1,256})\r?\n[ \t]{0,16}<\/auth-user-pass>/g;

function* detectOpenvpnInline({ text }: DetectorInput): Iterable<Match> {
  OPENVPN_INLINE.lastIndex = 0;
  for (let m = OPENVPN_INLINE.exec(text); m !== null; m = OPENVPN_INLINE.exec(text)) {
    const user = (m[1] as string).trim();
    const raw = m[2] as string;
    const password = raw.trim();
    if (!isStoredPassword(password, user)) continue;
    const start = m.index + m[0].lastIndexOf(raw) + raw.indexOf(password);
    yield { start, end: start + password.length, secret: password, detail: `OpenVPN password of ${user}, inline in the profile` };
  }
}

export const openvpnInlinePassword: Detector = {
  id: 'openvpn-inline-password',
  title: "OpenVPN password inline in a profile (<auth-user-pass>)",
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: ['<auth-user-pass>'],
  priority: 30,
  remediation: storeRemediation(
    'VPN password',
    'leave `auth-user-pass` without credentials so the client asks for them, or point it at a file kept outside the repository (mode 0600).',
  ),
  detect: detectOpenvpnInline,
  examples: {
    positive: [
      { path: 'vpn/office.ovpn', text: 'client\nremote vpn.shop.internal 1194\n<auth-user-pass>\nvpnuser\nHq7vR2mLp9xTq8Lm\n</auth-user-pass>\n' },
      { path: 'deploy/openvpn/client.conf', text: 'client\ndev tun\n<auth-user-pass>\r\n  field-tech\r\n  Zt9q!W3xkP2m\r\n</auth-user-pass>\r\n' },
    ],
    negative: [
      { path: 'vpn/office.ovpn', text: 'client\nremote vpn.shop.internal 1194\nauth-user-pass creds.txt\n', why: 'the credentials are in another file' },
      { path: 'vpn/office.ovpn', text: '<auth-user-pass>\nvpnuser\n<password>\n</auth-user-pass>\n', why: 'a placeholder' },
      { path: 'vpn/office.ovpn', text: '<auth-user-pass>\nvpnuser\n</auth-user-pass>\n', why: 'no password line' },
    ],
  },
};
