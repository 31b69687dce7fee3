import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { lines, valueAt } from '../../files/lines.js';
import { isStoredPassword, storeRemediation } from './values.js';

// Wi-Fi network keys in the files that configure them: wpa_supplicant (`psk="passphrase"` or 64 hex
// digits), hostapd (`wpa_passphrase=`, `wpa_psk=`, `sae_password=`), NetworkManager keyfiles
// (`psk=`, `password=` under [wifi-security] / [802-1x]) and netplan (`password:` under an access point
// or `auth:`). Whoever has the key joins the network, and a device image or a dotfiles repository
// ships it to everyone. EAP identities, key management names and `psk=<hash>` placeholders are not keys.
const KEY_LINE = /^[ \t]{0,16}(psk|wpa_passphrase|wpa_psk|sae_password|password|private_key_passwd|private-key-password)[ \t]{0,4}[=:][ \t]{0,4}/;
/** A PSK written as 64 hex digits (the derived key) or a passphrase of 8 to 63 printable characters. */
const PSK_HEX = /^[0-9a-fA-F]{64}$/;

function isWifiKey(value: string): boolean {
  if (PSK_HEX.test(value)) return !/^(.)\1{63}$/.test(value);
  return value.length >= 8 && value.length <= 63 && isStoredPassword(value);
}

function* detectWifiKeys({ text }: DetectorInput): Iterable<Match> {
  for (const line of lines(text)) {
    if (/^[ \t]{0,16}[#;]/.test(line.text)) continue;
    const m = KEY_LINE.exec(line.text);
    if (!m) continue; // (`psk-flags=1`, NetworkManager's "kept by the secret agent", is no match)
    const { value, start } = valueAt(line, m[0].length);
    if (!isWifiKey(value)) continue;
    yield { start, end: start + value.length, secret: value, detail: `${m[1]} of a Wi-Fi network` };
  }
}

export const wifiNetworkKey: Detector = {
  id: 'wifi-network-key',
  title: 'Wi-Fi network key in a wpa_supplicant, hostapd, NetworkManager or netplan config',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: ['psk', 'passphrase', 'password', 'passwd'],
  paths: [
    '**/wpa_supplicant*.conf', '**/hostapd*.conf', '**/*.nmconnection', '**/NetworkManager/system-connections/*', '**/netplan/*.yaml', '**/netplan/*.yml',
  ],
  priority: 30,
  remediation: storeRemediation(
    'Wi-Fi passphrase (every device that joined with it must get the new one)',
    'keep the key out of the image or repository: wpa_supplicant and hostapd read it from a file outside it, NetworkManager from its secret agent (psk-flags=1), netplan from a file written at provisioning.',
  ),
  detect: detectWifiKeys,
  examples: {
    positive: [
      { path: 'rootfs/etc/wpa_supplicant/wpa_supplicant.conf', text: 'network={\n    ssid="Office-5G"\n    psk="Vt9qW3xkP2mHq7vR"\n}\n' },
      { path: 'board/etc/hostapd.conf', text: 'interface=wlan0\nssid=kiosk\nwpa=2\nwpa_passphrase=Zt9q!W3xkP2m\n' },
      { path: 'etc/NetworkManager/system-connections/Office.nmconnection', text: '[wifi-security]\nkey-mgmt=wpa-psk\npsk=Hq7vR2mLp9xT\n' },
      { path: 'etc/netplan/50-wifi.yaml', text: 'network:\n  wifis:\n    wlan0:\n      access-points:\n        "Office-5G":\n          password: "Vt9qW3xkP2mHq7vR"\n' },
      { path: 'wpa_supplicant.conf', text: 'network={\n  ssid="lab"\n  psk=3b1f0c9a7e5d2b8f4a6c1e9d7b3f5a2c8e4d6b1a9f7c3e5d2b8a4f6c1e9d7b3f\n}\n', why: 'the derived 256-bit key' },
    ],
    negative: [
      { path: 'wpa_supplicant.conf', text: 'network={\n  ssid="Office"\n  psk="your-wifi-password"\n}\n', why: 'a stand-in' },
      { path: 'etc/NetworkManager/system-connections/Office.nmconnection', text: '[wifi-security]\nkey-mgmt=wpa-psk\npsk-flags=1\n', why: 'kept by the secret agent' },
      { path: 'hostapd.conf', text: 'wpa_passphrase=short\n', why: 'shorter than WPA allows' },
      { path: 'wpa_supplicant.conf', text: '# psk="Vt9qW3xkP2mHq7vR"\nnetwork={\n  ssid="Office"\n  key_mgmt=NONE\n}\n', why: 'a comment' },
    ],
  },
};

// Windows' WLAN profiles (`netsh wlan export profile key=clear`, Group Policy and Intune exports): the
// `<sharedKey>` holds the passphrase in clear when `<protected>false</protected>`; a protected one is a
// DPAPI blob bound to the exporting machine.
const KEY_MATERIAL = /<keyMaterial>(?<value>[^<\n]{1,200})<\/keyMaterial>/gi;

function* detectWlanProfileKeys({ text }: DetectorInput): Iterable<Match> {
  if (!/<WLANProfile[\s>]/i.test(text)) return;
  for (const m of text.matchAll(KEY_MATERIAL)) {
    const value = m.groups?.['value'] ?? '';
    const block = text.slice(Math.max(0, text.lastIndexOf('<sharedKey', m.index)), m.index);
    if (/<protected>\s*true\s*<\/protected>/i.test(block) || !isWifiKey(value)) continue;
    const start = m.index + m[0].indexOf('>') + 1;
    yield { start, end: start + value.length, secret: value, detail: 'keyMaterial of a WLAN profile' };
  }
}

export const wlanProfileKey: Detector = {
  id: 'wlan-profile-key',
  title: "Wi-Fi network key in clear in a Windows WLAN profile (netsh's export with key=clear)",
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: ['keymaterial'],
  priority: 30,
  remediation: storeRemediation(
    'Wi-Fi passphrase (every device that joined with it must get the new one)',
    'export profiles without key=clear (the key stays protected) or deploy the network with certificates (802.1X) instead of a shared key.',
  ),
  detect: detectWlanProfileKeys,
  examples: {
    positive: [
      {
        path: 'deploy/wifi/Office-5G.xml',
        text: '<?xml version="1.0"?>\n<WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1">\n  <name>Office-5G</name>\n  <MSM><security>\n    <sharedKey>\n      <keyType>passPhrase</keyType>\n      <protected>false</protected>\n      <keyMaterial>Vt9qW3xkP2mHq7vR</keyMaterial>\n    </sharedKey>\n  </security></MSM>\n</WLANProfile>\n',
      },
      {
        path: 'Wi-Fi-Lab.xml',
        text: '<WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1"><name>Lab</name><MSM><security><sharedKey><keyType>networkKey</keyType><protected>false</protected><keyMaterial>3b1f0c9a7e5d2b8f4a6c1e9d7b3f5a2c8e4d6b1a9f7c3e5d2b8a4f6c1e9d7b3f</keyMaterial></sharedKey></security></MSM></WLANProfile>',
        why: 'the derived 256-bit key',
      },
    ],
    negative: [
      {
        path: 'Wi-Fi-Office.xml',
        text: '<WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1">\n<sharedKey>\n<keyType>passPhrase</keyType>\n<protected>true</protected>\n<keyMaterial>01000000D08C9DDF0115D1118C7A00C04FC297EB01000000</keyMaterial>\n</sharedKey>\n</WLANProfile>\n',
        why: 'protected: a DPAPI blob',
      },
      { path: 'config.xml', text: '<settings><keyMaterial>Vt9qW3xkP2mHq7vR</keyMaterial></settings>\n', why: 'not a WLAN profile' },
      {
        path: 'Wi-Fi-Guest.xml',
        text: '<WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1"><sharedKey><protected>false</protected><keyMaterial>YourWifiPasswordHere</keyMaterial></sharedKey></WLANProfile>',
        why: 'a stand-in',
      },
    ],
  },
};
