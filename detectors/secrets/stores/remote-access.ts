import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { storeRemediation } from './values.js';

// Saved sessions of remote-desktop and terminal clients, as a dotfiles repository or a copied home
// folder commits them. Each stores its password encrypted, but with a key the reader does not need:
// - VNC (RealVNC, TightVNC, TigerVNC, UltraVNC) encrypts the password with DES under one fixed key every
//   implementation carries: `~/.vnc/passwd` (8 bytes), `Password=`/`passwd=` hex in `.vnc` connection
//   files and ultravnc.ini. Anyone decrypts it.
// - SecureCRT writes `S:"Password V2"=02:<hex>` (AES-256-CBC under the SHA-256 of the configuration
//   passphrase, an empty one unless the user set it: then anyone decrypts it) and, before 7.3.3,
//   `S:"Password"=u<hex>` (Blowfish under keys fixed in the program). `03:` values use a passphrase
//   through a slow KDF: still a password to attack offline.
// - Remmina's `.remmina` profiles keep `password=` as base64 of 3DES under the secret in the user's
//   remmina.pref, which the same copied home folder usually holds.
// What is reported is the stored value: decoded only to check its structure, never shown.

const REMEDIATION = (client: string): string =>
  storeRemediation(
    `password saved by ${client} (its encryption is reversible by anyone who has the file)`,
    'remove the session file from the repository and its history, and keep saved sessions out of dotfiles (save them without passwords, or behind the client\'s master password).',
  );

/** `.vnc/passwd`: the file is the 8-byte DES-encrypted password. */
export const vncPasswordFile: Detector = {
  id: 'vnc-password-file',
  title: 'VNC password file (~/.vnc/passwd: DES under a key every VNC program carries)',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: [],
  paths: ['**/.vnc/passwd', '.vnc/passwd'],
  includeBinary: true,
  priority: 30,
  remediation: REMEDIATION('vncpasswd'),
  detect: function* detect({ text, binary }: DetectorInput): Iterable<Match> {
    // 8 bytes (16 with a view-only password); a text file there is someone's notes, not the store
    if (binary === true || (text.length >= 8 && text.length <= 16 && !/^[\x20-\x7e\r\n\t]*$/.test(text))) yield { start: 0, end: 0, detail: 'VNC password file: decrypts to the VNC password with a published key' };
  },
  examples: {
    positive: [
      { path: 'home/ops/.vnc/passwd', text: '\u0098\u00d0\u0017\u00fc\u0069\u004c\u00c6\u000d', why: 'the 8 encrypted bytes' },
      { path: '.vnc/passwd', text: '\u008f\u0066\u0016\u0059\u00d1\u002a\u002e\u0001\u0058\u0037\u009f\u0062\u00f2\u0078\u0096\u0022', why: 'with a view-only password' },
    ],
    negative: [
      { path: 'home/ops/.vnc/passwd', text: 'set with vncpasswd\n', why: 'a note, not the encrypted store' },
      { path: '.vnc/passwd', text: 'changeme', why: 'printable text: not the DES output vncpasswd writes' },
    ],
  },
};

/** `Password=` / `passwd=` / `passwd2=` with 8 (UltraVNC: 9) bytes of hex, in a VNC connection file or ultravnc.ini. */
export const vncConfigPassword: Detector = patternDetector({
  id: 'vnc-config-password',
  title: 'VNC password in a connection file or ultravnc.ini (DES under a published key)',
  severity: 'high',
  keywords: ['pass'],
  paths: ['*.vnc', 'ultravnc.ini', '*.vncviewer'],
  priority: 30,
  pattern: /^[ \t]{0,16}(?<field>password|passwd2?|viewonlypassword)[ \t]{0,4}=[ \t]{0,4}(?<secret>[0-9A-Fa-f]{16}(?:[0-9A-Fa-f]{2})?)[ \t]*$/im,
  // all zeros, or one byte repeated: an empty slot
  validate: (secret) => !/^(?:([0-9A-Fa-f]{2})\1+)$/.test(secret),
  detail: (m) => `VNC ${(m.groups?.field ?? 'password').toLowerCase()}: DES-encrypted with the key every VNC program uses`,
  remediation: REMEDIATION('the VNC viewer or server'),
  examples: {
    positive: [
      { path: 'ops/servers/build01.vnc', text: '[connection]\nhost=10.0.4.12\nport=5900\npassword=98D017FC694CC60D\n[options]\nviewonly=0\n' },
      { path: 'tools/uvnc/ultravnc.ini', text: '[ultravnc]\npasswd=8F661659D12A2E01B8\npasswd2=58379f62f2789622\n[admin]\nUseRegistry=0\n', why: "UltraVNC's 9-byte form and its view-only password" },
    ],
    negative: [
      { path: 'ops/servers/build01.vnc', text: '[connection]\nhost=10.0.4.12\npassword=\n', why: 'not saved' },
      { path: 'tools/uvnc/ultravnc.ini', text: '[ultravnc]\npasswd=000000000000000000\n', why: 'an empty slot' },
    ],
  },
});

/** SecureCRT's session line: `S:"Password V2"=02:<hex>` (or 03:), or the older `S:"Password"=u<hex>`. */
export const secureCrtSessionPassword: Detector = patternDetector({
  id: 'securecrt-session-password',
  title: 'SecureCRT saved session password (Password V2 02:, or the older u… form)',
  severity: 'high',
  keywords: ['s:"password'],
  paths: ['*.ini'],
  priority: 30,
  pattern: /^[ \t]{0,8}S:"Password(?: V2)?"=(?<secret>0[23]:[0-9a-fA-F]{64,2048}|u[0-9a-fA-F]{32,2048})[ \t]*$/m,
  // whole cipher blocks: AES's 16 bytes (02, 03), Blowfish's 8 (u…)
  validate: (secret) => (secret.startsWith('u') ? (secret.length - 1) % 16 : (secret.length - 3) % 32) === 0,
  detail: (m) => {
    const secret = m.groups?.secret ?? '';
    return secret.startsWith('03:') ? 'SecureCRT password under a configuration passphrase: open to an offline attack on the passphrase'
      : secret.startsWith('02:') ? 'SecureCRT password (V2): AES under the configuration passphrase, empty unless one was set, so anyone decrypts it'
      : 'SecureCRT password (before 7.3.3): Blowfish under keys built into the program, so anyone decrypts it';
  },
  remediation: REMEDIATION('SecureCRT'),
  examples: {
    positive: [
      {
        path: 'dotfiles/VanDyke/Config/Sessions/core-sw1.ini',
        text: 'S:"Hostname"=10.20.0.1\nS:"Username"=netops\nS:"Password V2"=02:2b6922066358cef14b96450fd161dd9b6b338f347f1edbd78bee30c1d5a475d46b858aab188de42074a02e8b184fd260\n',
      },
      { path: 'Sessions/legacy-router.ini', text: 'S:"Hostname"=10.20.0.9\nS:"Password"=ua2285f213c030c999a0f1ec235dc58e850b286c39c7675290e631572499525162c5722580707da28\n', why: 'the pre-7.3.3 form' },
    ],
    negative: [
      { path: 'Sessions/core-sw1.ini', text: 'S:"Password V2"=\nS:"Password Saved"=D:00000000\n', why: 'not saved' },
      { path: 'Sessions/core-sw1.ini', text: 'S:"Password V2"=02:2b6922066358cef14b96450fd161dd9b6b338f347f1edbd78bee30c1d5a4\n', why: 'not whole AES blocks' },
    ],
  },
});

/** A Remmina profile's `password=`: base64 of 3DES blocks. */
export const remminaProfilePassword: Detector = patternDetector({
  id: 'remmina-profile-password',
  title: 'Remmina connection profile with a saved password',
  severity: 'medium',
  keywords: ['password'],
  paths: ['*.remmina'],
  priority: 30,
  pattern: /^[ \t]{0,8}(?<field>password|gateway_password|ssh_password|ssh_tunnel_password)[ \t]{0,2}=[ \t]{0,2}(?<secret>[A-Za-z0-9+/]{12,1024}={0,2})[ \t]*$/m,
  validate: (secret) => secret.length % 4 === 0 && Buffer.from(secret, 'base64').length % 8 === 0,
  detail: (m) => `Remmina ${m.groups?.field ?? 'password'}: 3DES under the profile owner's remmina.pref secret`,
  remediation: REMEDIATION('Remmina (3DES under the secret in remmina.pref)'),
  examples: {
    positive: [
      { path: 'home/ops/.local/share/remmina/group_rdp_dc01.remmina', text: '[remmina]\nname=dc01\nprotocol=RDP\nserver=10.0.0.5\nusername=administrator\npassword=8GY+vQgr/FcczWl0YwYYwmT2GiZ4n/1n\n' },
      { path: 'remmina/build01.remmina', text: '[remmina]\nprotocol=VNC\nssh_tunnel_enabled=1\nssh_tunnel_username=ops\nssh_tunnel_password=ymWSv8nmuPQnfa+9a/OhZg==\n', why: "the SSH tunnel's password" },
    ],
    negative: [
      { path: 'dc01.remmina', text: '[remmina]\nprotocol=RDP\npassword=\n', why: 'not saved' },
      { path: 'dc01.remmina', text: '[remmina]\npassword=mjFono8K5FlpDHRzffqX\n', why: 'not whole 3DES blocks' },
    ],
  },
});

export const remoteAccessDetectors: readonly Detector[] = [vncPasswordFile, vncConfigPassword, secureCrtSessionPassword, remminaProfilePassword];
