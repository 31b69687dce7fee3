import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';

// Transmission (the BitTorrent client and daemon) replaces the cleartext `rpc-password` in settings.json
// with `{` + SHA-1 of (password + salt) in hex + the 8-character salt, on its first start: one round of
// salted SHA-1, billions of guesses a second, and the password opens the daemon's web and RPC interface
// (add torrents, change the download folder). A settings.json committed from a seedbox or a NAS holds it.
export const passwordHashTransmission: Detector = patternDetector({
  id: 'password-hash-transmission',
  title: 'Transmission RPC password hash (salted SHA-1)',
  severity: 'high',
  keywords: ['rpc-password'],
  pattern: /"rpc-password"[ \t]{0,4}:[ \t]{0,4}"(?<secret>\{[0-9a-f]{40}[A-Za-z0-9./]{8})"/,
  validate: (secret) => new Set(secret.slice(1, 41)).size >= 10,
  detail: () => 'Transmission RPC password hash (one round of salted SHA-1: fast to crack)',
  remediation:
    'Set a new RPC password on the daemon (stop it, write the new cleartext rpc-password into settings.json, start it: it ' +
    'hashes it again), keep settings.json out of the repository, and put the web interface behind an authenticating proxy.',
  examples: {
    positive: [
      { path: 'transmission/config/settings.json', text: '{\n    "rpc-authentication-required": true,\n    "rpc-password": "{b13f47ae1bc33ea51dbd4a3a4a1a2ed8b4f7bb5axV3hkP.q",\n    "rpc-username": "admin"\n}\n' },
      { path: 'seedbox/settings.json', text: '"rpc-enabled": true, "rpc-password": "{e90bd1d6ac7f2b36a0ca35d98e9d1b8a3f67e9f4Dm2Wq/8z", "rpc-port": 9091', why: 'one line' },
    ],
    negative: [
      { path: 'transmission/config/settings.json', text: '"rpc-password": "{0000000000000000000000000000000000000000aaaaaaaa",\n', why: 'a filler value' },
      { path: 'transmission/config/settings.json', text: '"rpc-password": "",\n"rpc-username": "",\n', why: 'no password' },
      { path: 'docs/settings.md', text: '| rpc-password | string | the password; Transmission replaces it with a hash beginning with { |\n', why: 'prose' },
    ],
  },
});
