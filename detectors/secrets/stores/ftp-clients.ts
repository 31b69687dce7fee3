import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { keywordRegExp, keywordStarts } from '../../kit/keyword-windows.js';
import { patternDetector } from '../../kit/pattern.js';
import { lines } from '../../files/lines.js';
import { base64Text, isStoredPassword, storeRemediation } from './values.js';

// Saved sessions of FTP/SFTP clients and editor deployment plugins. The secret is the stored value:
// FileZilla's base64 and WinSCP's hex obfuscation are encodings anyone can reverse, so the encoded
// text is the credential. Priority 30: above the generic name-based detectors, below vendor tokens.

/** `<Pass>` in a FileZilla `<Server>` (sitemanager.xml, recentservers.xml), plain or `encoding="base64"`. */
const FILEZILLA_PASS = /<Pass(?:\s{1,4}encoding\s{0,2}=\s{0,2}"(?<encoding>[A-Za-z0-9-]{1,16})")?(?:\s{1,4}[A-Za-z-]{1,16}\s{0,2}=\s{0,2}"[^"<>]{0,600}"){0,2}\s{0,4}>(?<secret>[^<>\r\n]{1,512})<\/Pass>/;

function fileZillaUser(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 1500), at);
  return /<User>([^<>\r\n]{1,256})<\/User>/.exec(before)?.[1] ?? '';
}

export const fileZillaPassword: Detector = patternDetector({
  id: 'filezilla-password',
  title: 'FileZilla saved server password',
  severity: 'high',
  priority: 30,
  keywords: ['<pass'],
  pattern: FILEZILLA_PASS,
  allowPlaceholders: true, // judged below, after decoding
  validate: (secret, m, text) => {
    const before = text.slice(Math.max(0, m.index - 1500), m.index);
    if (!before.includes('<Host>') && !/<FileZilla3[\s>]/.test(text.slice(0, 4096))) return false;
    const encoding = m.groups?.encoding;
    const user = fileZillaUser(text, m.index);
    if (encoding === undefined) return isStoredPassword(secret, user);
    if (encoding !== 'base64') return false; // "crypt": encrypted with the user's master password
    const decoded = base64Text(secret);
    return decoded !== undefined && isStoredPassword(decoded, user);
  },
  detail: (m) => (m.groups?.encoding === 'base64' ? 'FileZilla password, base64-encoded' : 'FileZilla password in clear text'),
  remediation: storeRemediation(
    'FTP/SFTP password saved by FileZilla',
    'keep sitemanager.xml and recentservers.xml out of the repository (or save sessions without passwords, "Ask for password").',
  ),
  examples: {
    positive: [
      {
        path: 'backup/FileZilla/sitemanager.xml',
        text: '<FileZilla3 version="3.66.1">\n<Servers>\n<Server>\n<Host>ftp.shop.internal</Host>\n<Port>21</Port>\n<User>deploy</User>\n<Pass encoding="base64">SHE3dlIybUxwOXhU</Pass>\n</Server>\n',
      },
      { path: 'recentservers.xml', text: '<RecentServers>\n<Server>\n<Host>10.1.2.3</Host>\n<User>web</User>\n<Pass>Zt9q!W3xkP2m</Pass>\n</Server>\n', why: 'plain text, older versions' },
      { path: 'sitemanager.xml', text: '<Server><Host>sftp.shop.internal</Host><User>ops</User><Pass encoding="base64">aHVudGVyMjI=</Pass></Server>', why: 'weak password, base64' },
    ],
    negative: [
      { path: 'sitemanager.xml', text: '<Server>\n<Host>ftp.shop.internal</Host>\n<User>deploy</User>\n<Pass encoding="crypt" pubkey="UQm0vUN5FhKc">Zm9vYmFy</Pass>\n</Server>', why: 'master-password encrypted' },
      { path: 'sitemanager.xml', text: '<Server>\n<Host>ftp.shop.internal</Host>\n<User>deploy</User>\n<Pass encoding="base64">cGFzc3dvcmQ=</Pass>\n</Server>', why: 'decodes to "password"' },
      { path: 'docs/form.xml', text: '<Field><Label>Password</Label><Pass>Zt9q!W3xkP2m</Pass></Field>', why: 'not a FileZilla server entry' },
    ],
  },
});

// WinSCP.ini (or a registry export of its settings): `Password=` in a `[Sessions\...]` section holds the
// password XOR-obfuscated with the host and user name, as upper-case hex.
const WINSCP_KEY = /^"?(Password|ProxyPassword|TunnelPassword|PasswordPlain)"?[ \t]{0,4}=[ \t]{0,4}"?([^"\r\n]{1,1024})"?[ \t]{0,4}$/;
const SESSIONS = keywordRegExp(['sessions\\']);

function* detectWinScp({ text, keywordStarts: given }: DetectorInput): Iterable<Match> {
  if (keywordStarts(text, given, SESSIONS).length === 0) return;
  let inSession = false;
  for (const line of lines(text)) {
    if (line.text.startsWith('[')) {
      inSession = /^\[(?:HKEY_[A-Z_]{1,30}\\[^\]\r\n]{0,200}\\)?Sessions\\[^\]\r\n]{1,300}\]/.test(line.text);
      continue;
    }
    if (!inSession) continue;
    const m = WINSCP_KEY.exec(line.text);
    if (!m) continue;
    const key = m[1] as string;
    const value = m[2] as string;
    const ok = key === 'PasswordPlain' ? isStoredPassword(value) : /^(?:[0-9A-F]{2}){4,512}$/.test(value);
    if (!ok) continue;
    const start = line.start + line.text.indexOf(value, line.text.indexOf('=') + 1);
    yield { start, end: start + value.length, secret: value, detail: key === 'PasswordPlain' ? 'WinSCP session password in clear text' : `WinSCP session ${key}, obfuscated (reversible)` };
  }
}

export const winScpPassword: Detector = {
  id: 'winscp-password',
  title: 'WinSCP saved session password',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: ['sessions\\'],
  priority: 30,
  reach: 'file',
  remediation: storeRemediation(
    'password of each saved WinSCP session (the hex is obfuscation, not encryption)',
    'keep WinSCP.ini out of the repository; save sessions without passwords or protect them with a master password.',
  ),
  detect: detectWinScp,
  examples: {
    positive: [
      { path: 'tools/WinSCP.ini', text: '[Sessions\\deploy@ftp.shop.internal]\nHostName=ftp.shop.internal\nUserName=deploy\nPassword=A35C4D5D6E3A39303D2F6D3D6E726F6C3A686F2E6F72\n' },
      {
        path: 'winscp-export.reg',
        text: '[HKEY_CURRENT_USER\\Software\\Martin Prikryl\\WinSCP 2\\Sessions\\prod]\n"HostName"="sftp.shop.internal"\n"Password"="A35C755E6D593D323332313D6E6B6A6B"\n',
        why: 'registry export',
      },
    ],
    negative: [
      { path: 'tools/WinSCP.ini', text: '[Sessions\\deploy@ftp.shop.internal]\nHostName=ftp.shop.internal\nUserName=deploy\n', why: 'no password saved' },
      { path: 'tools/WinSCP.ini', text: '[Configuration\\Interface]\nPassword=A35C4D5D6E3A39303D2F6D3D\n', why: 'not a session section' },
      { path: 'tools/WinSCP.ini', text: '[Sessions\\ops]\nPassword=<obfuscated>\n', why: 'not hex' },
    ],
  },
};

// Editor deployment plugins: Sublime SFTP (sftp-config.json, JSON with // comments), VS Code SFTP
// (.vscode/sftp.json), Atom remote-ftp (.ftpconfig) and remote-sync (.remote-sync.json).
const DEPLOY_KEY = /^[ \t]{0,64}"(password|pass|passphrase|privateKeyPass(?:word|phrase)?)"[ \t]{0,8}:[ \t]{0,8}"((?:[^"\\\r\n]|\\.){1,512})"/;

function* detectDeploymentConfig({ text }: DetectorInput): Iterable<Match> {
  for (const line of lines(text)) {
    const m = DEPLOY_KEY.exec(line.text);
    if (!m) continue;
    const value = (m[2] as string).replace(/\\(.)/g, '$1');
    if (!isStoredPassword(value)) continue;
    const start = line.start + m[0].length - 1 - (m[2] as string).length;
    yield { start, end: start + (m[2] as string).length, secret: m[2] as string, detail: `"${m[1]}" in a deployment config` };
  }
}

export const sftpConfigPassword: Detector = {
  id: 'sftp-config-password',
  title: 'Password in an editor SFTP/FTP deployment config',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: ['pass'],
  paths: ['sftp-config.json', 'sftp-config-alt*.json', 'sftp-settings.json', '**/.vscode/sftp.json', '.ftpconfig', '.sftpconfig', '.remote-sync.json'],
  priority: 30,
  remediation: storeRemediation(
    'server password or key passphrase',
    'add the config file to .gitignore; authenticate with an SSH key held by an agent instead of a saved password.',
  ),
  detect: detectDeploymentConfig,
  examples: {
    positive: [
      { path: 'sftp-config.json', text: '{\n    "type": "sftp",\n    "host": "www.shop.internal",\n    "user": "deploy",\n    "password": "Hq7vR2mLp9xT",\n    "remote_path": "/var/www/"\n}\n' },
      { path: '.vscode/sftp.json', text: '{\n  "name": "prod",\n  "host": "10.0.0.5",\n  "protocol": "sftp",\n  "username": "web",\n  "password": "hunter22",\n  "uploadOnSave": true\n}\n', why: 'weak' },
      { path: '.ftpconfig', text: '{\n  "protocol": "ftp",\n  "host": "ftp.shop.internal",\n  "user": "site",\n  "pass": "Zt9q!W3xkP2m"\n}\n' },
    ],
    negative: [
      { path: 'sftp-config.json', text: '{\n    "type": "sftp",\n    "host": "example.com",\n    "user": "username",\n    //"password": "password",\n    //"port": "22",\n}\n', why: "the plugin's commented template" },
      { path: '.vscode/sftp.json', text: '{\n  "host": "10.0.0.5",\n  "username": "web",\n  "privateKeyPath": "~/.ssh/id_ed25519",\n  "passphrase": "${env:SFTP_PASSPHRASE}"\n}\n', why: 'reference' },
      { path: '.ftpconfig', text: '{\n  "protocol": "sftp",\n  "host": "ftp.shop.internal",\n  "pass": "",\n  "agent": "env"\n}\n', why: 'empty' },
    ],
  },
};
