// Apple configuration profiles (`.mobileconfig`): the property lists MDM tools and admins write to set up
// Wi-Fi, VPN, 802.1X and mail accounts on iPhones and Macs, each setting a `<key>` followed by its value.
// A profile committed unsigned and unencrypted carries its passwords in clear: the Wi-Fi network's
// `Password`, a VPN's `SharedSecret` or `AuthPassword`, an 802.1X `UserPassword`, a mail account's
// `IncomingPassword` and `OutgoingPassword`, the password of an embedded certificate (`Password` beside
// `PayloadContent` data, or `PayloadCertificatePassword`).
import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { isStoredPassword, storeRemediation } from './values.js';

/** A key naming a password or shared secret, its `<string>` value next (whitespace between only). */
const PROFILE_SECRET = /<key>(?<name>[A-Za-z]{0,32}(?:Password|SharedSecret|Passphrase))<\/key>[ \t\r\n]{0,200}<string>(?<value>[^<\n]{1,512})<\/string>/g;

function* detectProfileSecrets({ text }: DetectorInput): Iterable<Match> {
  PROFILE_SECRET.lastIndex = 0;
  for (let m = PROFILE_SECRET.exec(text); m; m = PROFILE_SECRET.exec(text)) {
    const value = m.groups?.['value'] as string;
    if (!isStoredPassword(value)) continue;
    const start = m.index + m[0].length - '</string>'.length - value.length;
    yield { start, end: start + value.length, secret: value, detail: `${m.groups?.['name']} of a configuration profile` };
  }
}

export const appleProfilePassword: Detector = {
  id: 'apple-profile-password',
  title: 'Password in an Apple configuration profile (.mobileconfig: Wi-Fi, VPN, 802.1X, mail)',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: ['password</key>', 'sharedsecret</key>', 'passphrase</key>'],
  paths: ['*.mobileconfig'],
  priority: 30,
  remediation: storeRemediation(
    'network, VPN or account password the profile sets',
    'deliver profiles from the MDM server, which fills passwords in per device, or sign and encrypt the profile and keep it out of the repository.',
  ),
  detect: detectProfileSecrets,
  examples: {
    positive: [
      { path: 'profiles/office-wifi.mobileconfig', text: '<dict>\n  <key>SSID_STR</key>\n  <string>Office</string>\n  <key>EncryptionType</key>\n  <string>WPA2</string>\n  <key>Password</key>\n  <string>Tq7vR2mLp9xWz4</string>\n</dict>\n' },
      { path: 'mdm/vpn.mobileconfig', text: '<key>IPSec</key>\n<dict>\n\t<key>AuthenticationMethod</key>\n\t<string>SharedSecret</string>\n\t<key>SharedSecret</key>\n\t<string>Hx8kQ3vZm6Tn</string>\n</dict>\n' },
    ],
    negative: [
      { path: 'profiles/office-wifi.mobileconfig', text: '<key>Password</key>\n<string>$WIFI_PASSWORD</string>\n', why: 'a variable the MDM fills in' },
      { path: 'profiles/office-wifi.mobileconfig', text: '<key>Password</key>\n<string>password</string>\n', why: 'a stand-in' },
      { path: 'profiles/mail.mobileconfig', text: '<key>IncomingPasswordRequired</key>\n<true/>\n<key>IncomingMailServerUsername</key>\n<string>ops</string>\n', why: 'a flag, no password' },
    ],
  },
};
