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
