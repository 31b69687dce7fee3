import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { keywordRegExp, keywordStarts } from '../../kit/keyword-windows.js';
import { lineStartNear } from '../../kit/name-value.js';
import { patternDetector } from '../../kit/pattern.js';
import { isPlaceholder } from '../../kit/placeholders.js';
import { isConfigLiteral, storeRemediation } from './values.js';

// Credentials in the files that popular self-hosted (homelab, small-business) applications write
// themselves, committed with docker-compose and Ansible setups: the Plex account token in Plex Media
// Server's Preferences.xml, the API keys of the *arr apps (Sonarr, Radarr, Lidarr, Readarr, Prowlarr),
// SABnzbd and Jackett, qBittorrent's Web UI password hash, Deluge's plain-text auth file, Pi-hole's
// double-SHA-256 web password, the Zigbee network key of Zigbee2MQTT, Node-RED's credential secret,
// Home Assistant's refresh tokens, ESPHome's native-API encryption key, Synapse's homeserver secrets,
// Gitea/Forgejo's app.ini secrets and Grafana's [security] settings. The generic detector finds
// some of them as `name = value`; here each is named by its application's format and checked for its shape.

/** The match's line, up to the match, starts with a comment marker (`#`, `;`, `//`). */
function commented(text: string, at: number): boolean {
  const lineStart = lineStartNear(text, at, 512);
  return /^[ \t]{0,64}(?:#|;|\/\/)/.test(text.slice(lineStart, at));
}

/** At most `max` characters before `at` (a bounded look-back for a file's markers). */
function before(text: string, at: number, max = 1024): string {
  return text.slice(Math.max(0, at - max), at);
}

/** Distinct characters: random keys of 32 hex digits have 12 or more, stand-ins like `0123…`/`aaaa…` fewer. */
function distinct(value: string): number {
  return new Set(value.toLowerCase()).size;
}

/** A random hexadecimal key (not a run, not a placeholder). */
function randomHex(value: string): boolean {
  return distinct(value) >= 10 && !isPlaceholder(value);
}

/**
 * Plex Media Server's Preferences.xml keeps the Plex account's authentication token as the
 * `PlexOnlineToken` attribute of its `<Preferences …/>` element (the server signs in with it); Tautulli
 * keeps the same kind of token as `pms_token` in its config.ini. Plex tokens are 20 characters of
 * letters, digits, `-` and `_` (the X-Plex-Token of Plex's support article).
 */
export const plexOnlineToken: Detector = patternDetector({
  id: 'plex-online-token',
  title: 'Plex account token (PlexOnlineToken in Preferences.xml, Tautulli pms_token)',
  vendor: 'Plex',
  severity: 'high',
  keywords: ['plexonlinetoken', 'pms_token'],
  priority: 50,
  pattern: /(?<![\w-])(?:PlexOnlineToken[ \t]{0,4}=[ \t]{0,4}"|pms_token[ \t]{0,4}=[ \t]{0,4}["']?)(?<secret>[A-Za-z0-9_-]{20})(?![\w-])/i,
  keywordSpan: { before: 1, after: 60 },
  minEntropy: 3.3,
  validate: (secret, m, text) => !commented(text, m.index) && /[0-9]/.test(secret) && /[A-Za-z]/.test(secret),
  detail: () => "a Plex account's authentication token (access to the account's servers and libraries)",
  remediation: storeRemediation(
    'Plex token (sign out of all devices: in the Plex account settings change the password with "Sign out connected devices", then sign the server in again)',
    'keep Preferences.xml and Tautulli\'s config.ini out of the repository (they are application state, not configuration).',
  ),
  examples: {
    positive: [
      { path: 'plex/Library/Application Support/Plex Media Server/Preferences.xml', text: '<?xml version="1.0" encoding="utf-8"?>\n<Preferences MachineIdentifier="4c8f9a2e-3b1d-4e0f-9a7c-2d5e6f7a8b9c" AcceptedEULA="1" FriendlyName="nas" PlexOnlineHome="1" PlexOnlineToken="L0owJDIhu1Y_wA4-SURN" PlexOnlineUsername="homelabber"/>\n' },
      { path: 'tautulli/config.ini', text: '[PMS]\npms_ip = 192.168.1.10\npms_port = 32400\npms_token = QZSwSoyB-9iJxI3ZeWOY\n' },
    ],
    negative: [
      { path: 'Preferences.xml', text: '<Preferences FriendlyName="nas" PlexOnlineToken="" PlexOnlineUsername=""/>\n', why: 'signed out: empty' },
      { path: 'tautulli/config.ini', text: '[PMS]\npms_token = YOUR_PLEX_TOKEN_HERE\n', why: 'a placeholder' },
      { path: 'Preferences.xml', text: '<Preferences PlexOnlineToken="L0owJDIhu1Y_wA4-SURNx2"/>\n', why: 'longer than a Plex token' },
      { path: 'tautulli/config.ini', text: '[PMS]\n# pms_token = QZSwSoyB-9iJxI3ZeWOY\n', why: 'a comment' },
    ],
  },
});

/** The elements of a Servarr app's config.xml (Sonarr, Radarr, Lidarr, Readarr, Prowlarr, Whisparr) besides ApiKey. */
const SERVARR_MARKERS = /<(?:UpdateMechanism|AuthenticationMethod|AuthenticationRequired|LaunchBrowser|InstanceName|SslCertPath|EnableSsl|UrlBase)>/;

/**
 * The Servarr apps write their settings to config.xml: `<Config>` with `<Port>`, `<ApiKey>` (32 hex
 * digits, generated at first start), `<AuthenticationMethod>`, `<UpdateMechanism>`…; the same key can be
 * given as `SONARR__AUTH__APIKEY` (and RADARR__, LIDARR__… ) in the environment (wiki.servarr.com,
 * environment variables). The name config.xml is common, so an `<ApiKey>` counts only beside the app's
 * other elements.
 */
export const servarrApiKey: Detector = patternDetector({
  id: 'servarr-api-key',
  title: 'Sonarr / Radarr / Lidarr / Readarr / Prowlarr API key (config.xml ApiKey)',
  vendor: 'Servarr',
  severity: 'high',
  keywords: ['<apikey>', '__auth__apikey'],
  priority: 50,
  pattern: /(?:<ApiKey>|(?<![\w-])(?<app>SONARR|RADARR|LIDARR|READARR|PROWLARR|WHISPARR)__AUTH__APIKEY["']?[ \t]{0,4}[=:][ \t]{0,4}["']?)(?<secret>[0-9a-f]{32})(?:<\/ApiKey>|(?![\w-]))/i,
  keywordSpan: { before: 12, after: 80 },
  validate: (secret, m, text) => {
    if (!randomHex(secret) || commented(text, m.index)) return false;
    if (m.groups?.['app']) return true;
    // the app's other elements, within 1 KiB before or after the key
    return SERVARR_MARKERS.test(before(text, m.index)) || SERVARR_MARKERS.test(text.slice(m.index, m.index + 1024));
  },
  detail: () => 'the API key of a Servarr app (full control of the app and of the indexer and download-client credentials it stores)',
  remediation: storeRemediation(
    'API key (Settings > General > Security > API Key: regenerate, then update the apps that call it: Prowlarr, Overseerr, Bazarr, dashboards)',
    'keep the app\'s config.xml out of the repository, or give the key through the APP__AUTH__APIKEY environment variable from a secret store.',
  ),
  examples: {
    positive: [
      { path: 'sonarr/config/config.xml', text: '<Config>\n  <BindAddress>*</BindAddress>\n  <Port>8989</Port>\n  <LaunchBrowser>True</LaunchBrowser>\n  <ApiKey>b79acf01997e2ab9f37aa54310e6180b</ApiKey>\n  <AuthenticationMethod>Forms</AuthenticationMethod>\n  <UpdateMechanism>Docker</UpdateMechanism>\n</Config>\n' },
      { path: 'docker-compose.yml', text: 'services:\n  radarr:\n    image: lscr.io/linuxserver/radarr\n    environment:\n      - RADARR__AUTH__APIKEY=7edd7b1c1a75a8d549f6249268920d8c\n' },
    ],
    negative: [
      { path: 'app/config.xml', text: '<config>\n  <ApiKey>707e3c97e4074841420973eebadd67ca</ApiKey>\n  <Endpoint>https://api.example.com</Endpoint>\n</config>\n', why: 'another application\'s config.xml' },
      { path: 'sonarr/config.xml', text: '<Config>\n  <ApiKey>00000000000000000000000000000000</ApiKey>\n  <UpdateMechanism>Docker</UpdateMechanism>\n</Config>\n', why: 'a filler value' },
      { path: 'sonarr/config.xml', text: '<Config>\n  <ApiKey>707e3c97e4074841420973eebadd67c</ApiKey>\n  <UpdateMechanism>Docker</UpdateMechanism>\n</Config>\n', why: '31 digits' },
    ],
  },
});

/**
 * SABnzbd's sabnzbd.ini (`__version__ = 19`, `[misc]`) holds two keys of 32 hex digits: `api_key` (full
 * API access) and `nzb_key` (adding NZBs only). Path-gated: the names are everyday words elsewhere.
 */
export const sabnzbdApiKey: Detector = patternDetector({
  id: 'sabnzbd-api-key',
  title: 'SABnzbd API key or NZB key (sabnzbd.ini)',
  vendor: 'SABnzbd',
  severity: 'high',
  keywords: ['api_key', 'nzb_key'],
  paths: ['sabnzbd.ini', 'sabnzbd.ini.*'],
  priority: 50,
  pattern: /(?<=\n|^)[ \t]{0,16}(?<name>api_key|nzb_key)[ \t]{0,4}=[ \t]{0,4}(?<secret>[0-9a-f]{32})[ \t]{0,8}(?=\r?\n|$)/,
  keywordSpan: { before: 17, after: 60 },
  validate: (secret) => randomHex(secret),
  detail: (m) => (m.groups?.['name'] === 'nzb_key' ? "SABnzbd's NZB key (adds downloads)" : "SABnzbd's API key (full control of the downloader)"),
  remediation: storeRemediation(
    'key (Config > General > Security: generate a new API key and NZB key, then update Sonarr/Radarr/Prowlarr)',
    'keep sabnzbd.ini out of the repository: it is the application\'s state and also holds the Usenet servers\' passwords.',
  ),
  examples: {
    positive: [
      { path: 'sabnzbd/config/sabnzbd.ini', text: '__version__ = 19\n__encoding__ = utf-8\n[misc]\nhost = 0.0.0.0\nport = 8080\napi_key = 77e28b71d26e2780ac383beb886c6a3f\nnzb_key = b79acf01997e2ab9f37aa54310e6180b\n' },
      { path: 'roles/sabnzbd/files/sabnzbd.ini', text: '[misc]\napi_key = 7edd7b1c1a75a8d549f6249268920d8c\n' },
    ],
    negative: [
      { path: 'sabnzbd/config/sabnzbd.ini', text: '[misc]\napi_key = ""\nnzb_key = ""\n', why: 'not set yet' },
      { path: 'sabnzbd/sabnzbd.ini', text: '[misc]\napi_key = 0123456789abcdef0123456789abcdef\n', why: 'a counting stand-in' },
      { path: 'sabnzbd/sabnzbd.ini', text: '[misc]\napi_key = {{ sabnzbd_api_key }}\n', why: 'a template variable' },
    ],
  },
});

/** Jackett's ServerConfig.json: `"APIKey"` of 32 lowercase letters and digits, beside `"AllowExternal"`, `"BlackholeDir"`… */
export const jackettApiKey: Detector = patternDetector({
  id: 'jackett-api-key',
  title: 'Jackett API key (ServerConfig.json)',
  vendor: 'Jackett',
  severity: 'high',
  keywords: ['"apikey"'],
  paths: ['ServerConfig.json'],
  priority: 50,
  keywordSpan: { before: 1, after: 60 },
  pattern: /"APIKey"[ \t]{0,4}:[ \t]{0,4}"(?<secret>[a-z0-9]{32})"/,
  validate: (secret, m, text) => {
    const around = before(text, m.index) + text.slice(m.index, m.index + 1024);
    return distinct(secret) >= 12 && /[0-9]/.test(secret) && /[a-z]/.test(secret) && !isPlaceholder(secret) && /"(?:AllowExternal|BlackholeDir|LocalBindAddress|UpdateDisabled|InstanceId)"/.test(around);
  },
  detail: () => "Jackett's API key (searches through every configured indexer with the accounts it stores)",
  remediation: storeRemediation(
    'API key (the dashboard\'s API key field: reset it, then update Sonarr/Radarr)',
    'keep Jackett\'s ServerConfig.json (and its Indexers folder, which holds the trackers\' logins) out of the repository.',
  ),
  examples: {
    positive: [
      { path: 'jackett/config/Jackett/ServerConfig.json', text: '{\n  "Port": 9117,\n  "AllowExternal": true,\n  "APIKey": "qr2294sfbkifkzvyr142s1i3cy6rwelt",\n  "AdminPassword": null,\n  "BlackholeDir": null\n}\n' },
      { path: 'appdata/Jackett/ServerConfig.json', text: '{"Port":9117,"LocalBindAddress":"127.0.0.1","APIKey":"k3k2rzwtiged6oc4v2x8dti36540dm2n","UpdateDisabled":false}\n' },
    ],
    negative: [
      { path: 'jackett/ServerConfig.json', text: '{\n  "AllowExternal": true,\n  "APIKey": "",\n  "BlackholeDir": null\n}\n', why: 'empty' },
      { path: 'server/ServerConfig.json', text: '{"APIKey": "qr2294sfbkifkzvyr142s1i3cy6rwelt", "Region": "eu"}\n', why: "another application's ServerConfig.json" },
    ],
  },
});

/**
 * qBittorrent (4.2 and later) stores the Web UI password in qBittorrent.conf as
 * `WebUI\Password_PBKDF2="@ByteArray(<base64 salt of 16 bytes>:<base64 PBKDF2-HMAC-SHA512 of 64 bytes>)"`:
 * a slow hash, still open to offline guessing of a weak password.
 */
export const qbittorrentPasswordHash: Detector = patternDetector({
  id: 'qbittorrent-webui-password-hash',
  title: 'qBittorrent Web UI password hash (Password_PBKDF2)',
  vendor: 'qBittorrent',
  // the hash of a password a person chose: its fingerprint is scrypt's, or a guess is confirmed at the hash's speed
  secrets: 'chosen',
  severity: 'medium',
  keywords: ['password_pbkdf2'],
  priority: 50,
  pattern: /Password_PBKDF2[ \t]{0,4}=[ \t]{0,4}"?@ByteArray\((?<secret>[A-Za-z0-9+/]{22}==:[A-Za-z0-9+/]{86}==)\)/i,
  validate: (secret, m, text) => {
    if (commented(text, m.index)) return false;
    const [salt, hash] = secret.split(':') as [string, string];
    return new Set(Buffer.from(salt, 'base64')).size >= 10 && new Set(Buffer.from(hash, 'base64')).size >= 32;
  },
  detail: () => 'the PBKDF2-SHA512 hash of the qBittorrent Web UI password (offline guessing)',
  remediation: storeRemediation(
    'Web UI password (Tools > Options > Web UI), and any other account where it is reused',
    'keep qBittorrent.conf out of the repository, or set the password at first start instead of committing the hash.',
  ),
  examples: {
    positive: [
      { path: 'qbittorrent/config/qBittorrent/qBittorrent.conf', text: '[Preferences]\nWebUI\\Address=*\nWebUI\\Password_PBKDF2="@ByteArray(dek7L5VLCy8SWqfk7+nRHw==:pJQLM0A7oDmSOKkDzR5pvw533aPeZwhnbNVAuqyVXtGA9ju1EPCFFVe0lgywmYicHrciw3qAiVO1ZYo5ZsC9wA==)"\nWebUI\\Port=8080\n' },
      { path: 'roles/qbittorrent/defaults/main.yml', text: 'qbittorrent_conf: |\n  [Preferences]\n  WebUI\\Password_PBKDF2="@ByteArray(cvQp314L1txs6zGQpMF2Bw==:pGGhUHVEIBnhxBZJLvnL98++hNN0LAVWMkUkQ7z84c7wECEiwWBi7+3AeJgWgh6jz9jFUhW5gr+lRuP1A4zCNA==)"\n' },
    ],
    negative: [
      { path: 'qBittorrent.conf', text: '[Preferences]\nWebUI\\Password_PBKDF2="@ByteArray({{ salt }}:{{ hash }})"\n', why: 'a template' },
      { path: 'qBittorrent.conf', text: '[Preferences]\nWebUI\\Password_PBKDF2="@ByteArray(AAAAAAAAAAAAAAAAAAAAAA==:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==)"\n', why: 'a filler value' },
      { path: 'qBittorrent.conf', text: '[Preferences]\nWebUI\\Password_PBKDF2="@ByteArray(dek7L5VLCy8SWqfk7+nRHw==:pJQLM0A7oDmSOKkDzR5pvw533aPeZwhnbNVAuqyVXtGA9ju1EPCFFVe0lgyw==)"\n', why: 'a digest too short for PBKDF2-SHA512' },
    ],
  },
});

/**
 * Deluge's daemon reads `<config dir>/auth`: one `username:password:level` per line, in plain text, with
 * levels 0 (none), 1 (read-only), 5 (normal) and 10 (admin), and always a `localclient` entry whose
 * password Deluge generates (40 hex digits) for the local UIs (Deluge user guide, Authentication).
 */
export const delugeAuthPassword: Detector = patternDetector({
  id: 'deluge-auth-password',
  title: 'Deluge daemon password (auth file)',
  vendor: 'Deluge',
  severity: 'high',
  secrets: 'chosen', // (users' passwords; localclient's is generated)
  keywords: ['localclient:'],
  paths: ['auth'],
  priority: 50,
  multiline: true, // (path-gated: the lines of a Deluge auth file, each read once)
  pattern: /(?<=\n|^)(?<user>[A-Za-z0-9_.@-]{1,64}):(?<secret>[^:\s]{4,128}):(?:0|1|5|10)[ \t]{0,4}(?=\r?\n|$)/,
  validate: (secret, m, text) => {
    // Deluge's own localclient entry (the 40 hex digits it generates) within 1 KiB around the match
    const around = text.slice(Math.max(0, m.index - 1024), m.index + 1024);
    if (!/(?:^|\n)localclient:[0-9a-f]{40}:(?:0|1|5|10)[ \t]{0,4}(?:\r?\n|$)/.test(around)) return false;
    const user = m.groups?.['user'] ?? '';
    return user === 'localclient' ? /^[0-9a-f]{40}$/.test(secret) && randomHex(secret) : !isPlaceholder(secret) && secret.toLowerCase() !== 'password' && secret.toLowerCase() !== user.toLowerCase();
  },
  detail: (m) => `the Deluge daemon password of ${m.groups?.['user'] ?? 'a user'} (control of the daemon: downloads, plugins, files it can write)`,
  remediation: storeRemediation(
    'Deluge password (edit the auth file, restart deluged, update the clients and *arr apps that log in)',
    'keep the Deluge config folder\'s auth file out of the repository.',
  ),
  examples: {
    positive: [
      { path: 'deluge/config/auth', text: 'localclient:fb401b9958a0a695055a46698af150b859ba9de1:10\nhomelab:YLklM47ep6mL:10\n' },
      { path: 'appdata/deluge/auth', text: 'localclient:027ddf00a507199f645c96a354873fabd7cb66d6:10\nsonarr:bwL8p3Yikp:5\n' },
    ],
    negative: [
      { path: 'docs/auth', text: 'localclient:a7bef72a890:10\nandrew:password:10\n', why: "too short for Deluge's generated key, and a stand-in word" },
      { path: 'app/auth', text: 'admin:YLklM47ep6mL:10\n', why: 'no localclient entry: not a Deluge auth file' },
      { path: 'docs/deluge/auth', text: 'localclient:a7bef72a890:10\nandrew:YLklM47ep6mL:10\n', why: "the user guide's example file (its localclient entry is not one Deluge generates)" },
    ],
  },
});

/**
 * Pi-hole (v5 and earlier) keeps the admin interface's password in /etc/pihole/setupVars.conf as
 * `WEBPASSWORD=<hex SHA-256 of the hex SHA-256 of the password>`: unsalted and fast, open to dictionary
 * attacks and usable as the API token (`auth=`) itself. Docker's `WEBPASSWORD` environment variable is
 * the plain password instead: only a 64-hex-digit value counts here.
 */
export const piholeWebPasswordHash: Detector = patternDetector({
  id: 'pihole-web-password-hash',
  title: 'Pi-hole web interface password hash (setupVars.conf WEBPASSWORD)',
  vendor: 'Pi-hole',
  // the hash of a password a person chose: its fingerprint is scrypt's, or a guess is confirmed at the hash's speed
  secrets: 'chosen',
  severity: 'high',
  keywords: ['webpassword'],
  priority: 50,
  pattern: /(?<![\w-])[\w-]{0,40}WEBPASSWORD["']?[ \t]{0,4}[=:][ \t]{0,4}["']?(?<secret>[0-9a-f]{64})(?![\w-])/i,
  keywordSpan: { before: 42, after: 90 },
  validate: (secret, m, text) => randomHex(secret) && !commented(text, m.index),
  detail: () => "Pi-hole's unsalted double SHA-256 of the admin password (also accepted by the v5 API as its token)",
  remediation: storeRemediation(
    'Pi-hole admin password (`pihole -a -p`, or `pihole setpassword` on v6)',
    'keep setupVars.conf out of the repository, and give the password to the container from a secret store.',
  ),
  examples: {
    positive: [
      { path: 'pihole/etc-pihole/setupVars.conf', text: 'PIHOLE_INTERFACE=eth0\nQUERY_LOGGING=true\nWEBPASSWORD=ef977b60f1ecfbbe75f8da04ec370fc9c6a66e1688981347b3ef1d0c3781339a\nBLOCKING_ENABLED=true\n' },
      { path: 'host_vars/pihole.yml', text: 'pihole_setupvars_webpassword: "cc688d7c1b0882e6cb10f50be91d19b21be8dbd348852ae529d93c8a20ee40e0"\n' },
    ],
    negative: [
      { path: 'docker-compose.yml', text: '    environment:\n      WEBPASSWORD: "correct-horse-battery"\n', why: 'a plain password (the generic detectors judge it)' },
      { path: 'setupVars.conf', text: 'WEBPASSWORD=\n', why: 'no password' },
      { path: 'setupVars.conf', text: '#WEBPASSWORD=68136fd682d451f548801f3ee20b03dccfd6a70f53ec8ae7e22a12b0aa0acd6a\n', why: 'a comment' },
    ],
  },
});

/** The key that Zigbee2MQTT's configuration printed before 1.33.0 on every network that kept the default. */
const ZIGBEE_DEFAULT_KEY = '1,3,5,7,9,11,13,15,0,2,4,6,8,10,12,13';
/** Zigbee2MQTT's "Secure your Zigbee network" page's example ("do not use this exact key"). */
const ZIGBEE_DOCS_KEY = '7,3,5,7,9,11,13,15,0,2,4,6,8,11,12,13';
/** `network_key:` up to its value: an inline list's `[` or the end of the line (a block list follows). */
const ZIGBEE_HEAD = /network_key["']?[ \t]{0,4}:[ \t]{0,4}(?:(?<inline>\[)|(?=\r?\n))/iy;
/** An inline list's body up to `]`: numbers, `0x…`, commas and blanks only. */
const ZIGBEE_INLINE = /(?<body>[0-9a-fA-FxX, \t]{16,120})\]/y;
/** One item of a block list: a line `  - <number>`. */
const ZIGBEE_ITEM = /\r?\n[ \t]{0,16}-[ \t]{1,4}(?<n>0x[0-9a-fA-F]{1,2}|\d{1,3})[ \t]{0,4}(?=\r?\n|$)/y;
const BYTE_VALUE = /^(?:0x[0-9a-fA-F]{1,2}|\d{1,3})$/;
let zigbeeFinder: RegExp | undefined;

/** The 16 bytes of a Zigbee key, or undefined when the values are not 16 numbers 0-255. */
function zigbeeKey(items: readonly string[]): number[] | undefined {
  if (items.length !== 16 || !items.every((v) => BYTE_VALUE.test(v))) return undefined;
  const bytes = items.map(Number);
  return bytes.every((b) => b <= 255) ? bytes : undefined;
}

/** Counted rather than random: half or more of the steps between neighbours are one same step (`1, 2, 3…`, `11, 22, 33…`). */
function steppedKey(bytes: readonly number[]): boolean {
  const steps = new Map<number, number>();
  for (let i = 1; i < bytes.length; i++) {
    const step = (bytes[i] as number) - (bytes[i - 1] as number);
    steps.set(step, (steps.get(step) ?? 0) + 1);
  }
  return Math.max(...steps.values()) >= 8;
}

function* detectZigbeeKey(input: DetectorInput): Iterable<Match> {
  const { text } = input;
  zigbeeFinder ??= keywordRegExp(['network_key']);
  for (const at of keywordStarts(text, input.keywordStarts, zigbeeFinder)) {
    if (at > 0 && /[\w-]/.test(text.charAt(at - 1))) continue;
    const head = new RegExp(ZIGBEE_HEAD); // (copies: never one global RegExp shared between loops)
    head.lastIndex = at;
    const h = head.exec(text);
    if (!h || commented(text, at)) continue;
    let start: number;
    let end: number;
    let items: string[];
    if (h.groups?.['inline']) {
      const inline = new RegExp(ZIGBEE_INLINE);
      inline.lastIndex = head.lastIndex;
      const body = inline.exec(text)?.groups?.['body'];
      if (body === undefined) continue;
      items = body.split(',').map((v) => v.trim()).filter((v) => v !== '');
      start = head.lastIndex + (body.length - body.trimStart().length);
      end = head.lastIndex + body.trimEnd().length;
    } else {
      const item = new RegExp(ZIGBEE_ITEM);
      item.lastIndex = head.lastIndex;
      items = [];
      start = -1;
      end = head.lastIndex;
      for (let m = item.exec(text); m && items.length < 17; m = item.exec(text)) {
        const n = m.groups?.['n'] as string;
        if (start < 0) start = m.index + m[0].indexOf('-');
        items.push(n);
        end = item.lastIndex;
      }
    }
    const bytes = zigbeeKey(items);
    if (!bytes || start < 0) continue;
    const key = bytes.join(',');
    if (key === ZIGBEE_DEFAULT_KEY || key === ZIGBEE_DOCS_KEY || new Set(bytes).size < 10 || steppedKey(bytes)) continue;
    yield { start, end, secret: text.slice(start, end), detail: "the Zigbee network's encryption key (decrypts and injects its traffic within radio range)" };
  }
}

/**
 * Zigbee2MQTT's configuration.yaml `advanced: network_key:` is the Zigbee network's 128-bit encryption
 * key: 16 numbers 0-255 (decimal or 0x…), inline `[…]` or as a block list (zigbee2mqtt.io, Secure your
 * Zigbee network). With it, anyone in radio range decrypts and injects the network's traffic.
 */
export const zigbeeNetworkKey: Detector = {
  id: 'zigbee2mqtt-network-key',
  title: 'Zigbee network encryption key (Zigbee2MQTT network_key)',
  vendor: 'Zigbee2MQTT',
  policy: 'no-committed-credentials',
  severity: 'medium',
  keywords: ['network_key'],
  priority: 50,
  remediation: storeRemediation(
    'network key (`network_key: GENERATE`, then re-pair every device: the key cannot be changed in place)',
    "keep it in Zigbee2MQTT's secret.yaml (`network_key: '!secret network_key'`), outside the repository.",
  ),
  detect: detectZigbeeKey,
  examples: {
    positive: [
      { path: 'zigbee2mqtt/data/configuration.yaml', text: 'permit_join: false\nadvanced:\n  pan_id: 6754\n  network_key: [185, 230, 111, 50, 233, 10, 190, 14, 184, 13, 236, 126, 220, 34, 40, 152]\n  log_level: info\n' },
      { path: 'z2m/configuration.yaml', text: 'advanced:\n  network_key:\n    - 0xD4\n    - 0x89\n    - 0x78\n    - 0xAB\n    - 0xCF\n    - 0x21\n    - 0xF6\n    - 0xF7\n    - 0x20\n    - 0x7C\n    - 0x1A\n    - 0x68\n    - 0xCB\n    - 0x7D\n    - 0x14\n    - 0xBA\n  channel: 11\n' },
    ],
    negative: [
      { path: 'configuration.yaml', text: 'advanced:\n  network_key: GENERATE\n', why: 'generated at start' },
      { path: 'configuration.yaml', text: 'advanced:\n  network_key: [1, 3, 5, 7, 9, 11, 13, 15, 0, 2, 4, 6, 8, 10, 12, 13]\n', why: 'the old default key, printed in every configuration' },
      { path: 'configuration.yaml', text: "advanced:\n  network_key: '!secret network_key'\n", why: 'a reference to secret.yaml' },
      { path: 'configuration.yaml', text: 'advanced:\n  network_key: [185, 230, 111, 50, 233, 10, 190, 14]\n', why: 'eight numbers: an extended PAN id, not a key' },
      { path: 'test/onboarding.test.ts', text: '    advanced: {\n        network_key: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16],\n    },\n', why: 'a counting stand-in' },
      { path: 'configuration.yaml', text: 'advanced:\n  # network_key: [185, 230, 111, 50, 233, 10, 190, 14, 184, 13, 236, 126, 220, 34, 40, 152]\n', why: 'a comment' },
    ],
  },
};

/**
 * Node-RED encrypts flows_cred.json (aes-256-ctr) with the SHA-256 of `credentialSecret` from
 * settings.js or, when that is not set, of the `_credentialSecret` it generates (64 hex digits) into
 * .config.runtime.json (older versions: .config.json). Committed beside flows_cred.json, either decrypts
 * every credential of the flows. flows_cred.json alone (`{"$": "<iv><ciphertext>"}`) tells nothing.
 */
export const nodeRedCredentialSecret: Detector = patternDetector({
  id: 'node-red-credential-secret',
  title: 'Node-RED credential encryption key (credentialSecret / _credentialSecret)',
  vendor: 'Node-RED',
  severity: 'high',
  keywords: ['credentialsecret'],
  priority: 50,
  pattern: /(?<![\w$-])(?:(?<gen>"_credentialSecret")[ \t]{0,4}:[ \t]{0,4}"(?<hex>[0-9a-f]{64})"|credentialSecret[ \t]{0,4}:[ \t]{0,4}(?<q>["'`])(?<set>[^"'`\n\\]{8,128})\k<q>)/,
  keywordSpan: { before: 2, after: 200 },
  validate: (_secret, m, text) => {
    if (commented(text, m.index)) return false;
    const hex = m.groups?.['hex'];
    if (hex !== undefined) return randomHex(hex);
    const set = m.groups?.['set'] ?? '';
    return !/\$\{|process\.env/.test(set) && set !== 'a-secret-key' && !isPlaceholder(set) && new Set(set).size >= 6;
  },
  detail: (m) => (m.groups?.['gen'] ? 'the key Node-RED generated to encrypt flows_cred.json' : 'the secret that encrypts Node-RED\'s flows_cred.json'),
  remediation: storeRemediation(
    'credentials of the flows (every password and token in flows_cred.json: rotate them at their services), then set a new credentialSecret',
    'give credentialSecret through the environment (`credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET`) and keep .config.runtime.json out of the repository.',
  ),
  examples: {
    positive: [
      { path: 'node-red/data/settings.js', text: "module.exports = {\n    flowFile: 'flows.json',\n    credentialSecret: \"vjT6ewbhiFPXtggH16zSvYYh\",\n    uiPort: process.env.PORT || 1880,\n}\n" },
      { path: 'node-red/data/.config.runtime.json', text: '{\n    "instanceId": "3f2c1a9be4d5c6a7",\n    "_credentialSecret": "68136fd682d451f548801f3ee20b03dccfd6a70f53ec8ae7e22a12b0aa0acd6a"\n}\n' },
    ],
    negative: [
      { path: 'settings.js', text: '    //credentialSecret: "a-secret-key",\n', why: "the settings template's commented example" },
      { path: 'settings.js', text: '    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,\n', why: 'from the environment' },
      { path: 'settings.js', text: '    credentialSecret: false,\n', why: 'encryption disabled' },
      { path: 'settings.js', text: '    credentialSecret: "a-secret-key",\n', why: "the settings template's example value" },
    ],
  },
});

/**
 * Home Assistant's .storage/auth lists each refresh token as `"token": "<128 hex>"` followed by
 * `"jwt_key": "<128 hex>"` (secrets.token_hex(64)): the token gets access tokens for its user, the
 * jwt_key signs them. Path-gated to the storage file.
 */
export const homeAssistantRefreshToken: Detector = patternDetector({
  id: 'home-assistant-refresh-token',
  title: 'Home Assistant refresh token (.storage/auth)',
  vendor: 'Home Assistant',
  severity: 'high',
  keywords: ['"jwt_key"'],
  paths: ['**/.storage/auth'],
  priority: 50,
  pattern: /"token"[ \t]{0,4}:[ \t]{0,4}"(?<secret>[0-9a-f]{128})",[ \t\r\n]{0,32}"jwt_key"[ \t]{0,4}:[ \t]{0,4}"[0-9a-f]{128}"/,
  keywordSpan: { before: 200, after: 150 },
  validate: (secret) => randomHex(secret),
  detail: () => 'a Home Assistant refresh token with its signing key (access as its user, often the owner)',
  remediation: storeRemediation(
    'tokens (Profile > Security: delete the refresh tokens, or remove .storage/auth so every session signs in again)',
    'keep Home Assistant\'s .storage folder out of the repository (it is the instance\'s state, not configuration).',
  ),
  examples: {
    positive: [
      { path: 'homeassistant/config/.storage/auth', text: '      {\n        "token_type": "normal",\n        "token": "840554221474504b42c9b7c3d9d5d94aa88348d9444115c1cc4aeb697518f3dff97bbd4323d6236e8a96e94c0cd762fba5a844d0c8d5dabb21f74068bb15c2cd",\n        "jwt_key": "101912d70b30a68a2bf2eb431f9862800baa14a8033d2ac799181c536ad12ec8ac380407bd8a41539b1df5a92a8cbc22551db1204def158224a925bc671e7a9d",\n        "last_used_at": null\n      }\n' },
      { path: 'config/.storage/auth', text: '{"token": "364218e0a28da29cf303189c82830d2460379c444c473789e3004c53848081971f461065f0bc90e22d51e198c24c66b23b8b348976589439a929bca5d473b8e6", "jwt_key": "840554221474504b42c9b7c3d9d5d94aa88348d9444115c1cc4aeb697518f3dff97bbd4323d6236e8a96e94c0cd762fba5a844d0c8d5dabb21f74068bb15c2cd"}' },
    ],
    negative: [
      { path: 'config/.storage/auth', text: '{"token": "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "jwt_key": "840554221474504b42c9b7c3d9d5d94aa88348d9444115c1cc4aeb697518f3dff97bbd4323d6236e8a96e94c0cd762fba5a844d0c8d5dabb21f74068bb15c2cd"}', why: 'a filler token' },
      { path: 'config/.storage/auth', text: '{"token": "364218e0a28da29cf303189c82830d2460379c444c473789e3004c53848081971f461065f0bc90e22d51e198c24c66b23b8b348976589439a929bca5d", "jwt_key": "840554"}', why: 'short values' },
    ],
  },
});

/**
 * ESPHome's native API encryption: `api: encryption: key: "<base64 of 32 bytes>"` in a device's YAML,
 * the Noise pre-shared key that Home Assistant uses to talk to the device (ESPHome docs, Native API).
 */
export const esphomeApiEncryptionKey: Detector = patternDetector({
  id: 'esphome-api-encryption-key',
  title: 'ESPHome native API encryption key (api: encryption: key)',
  vendor: 'ESPHome',
  severity: 'high',
  keywords: ['encryption:'],
  priority: 50,
  pattern: /(?<![\w-])encryption:[ \t]{0,8}\r?\n[ \t]{1,16}key:[ \t]{0,4}(?<q>["']?)(?<secret>[A-Za-z0-9+/]{43}=)\k<q>[ \t]{0,8}(?=\r?\n|$|#)/,
  keywordSpan: { before: 1, after: 100 },
  validate: (secret, m, text) => {
    // `api:` opens the block, within 8 lines (and 1 KiB) above
    const above = before(text, m.index).split('\n').slice(-8).join('\n');
    if (!/(?:^|\n)api:[ \t]{0,8}\r?(?:\n|$)/.test(above)) return false;
    return new Set(Buffer.from(secret, 'base64')).size >= 16;
  },
  detail: () => "an ESPHome device's native-API key (control of the device, and impersonating it to Home Assistant)",
  remediation: storeRemediation(
    'API key of the device (generate a new one, flash the device, and update the key in Home Assistant\'s integration)',
    'keep it in secrets.yaml (`key: !secret livingroom_api_key`), outside the repository.',
  ),
  examples: {
    positive: [
      { path: 'esphome/livingroom.yaml', text: 'esphome:\n  name: livingroom\napi:\n  encryption:\n    key: "+QqRcj+WAn0S1nywZLBUIN8C1rnoRh2iEzH5TJ6LEIM="\nota:\n  - platform: esphome\n' },
      { path: 'devices/plug.yaml', text: 'api:\n  reboot_timeout: 0s\n  encryption:\n    key: fKcz3EYBNSCAVDWrIq+5CkH8o4ZeLzvVSE4EGDfgw1E=\n' },
    ],
    negative: [
      { path: 'esphome/livingroom.yaml', text: 'esphome:\n  name: livingroom\napi:\n  encryption:\n    key: !secret livingroom_api_key\n', why: 'a reference to secrets.yaml' },
      { path: 'k8s/secret-store.yaml', text: 'storage:\n  encryption:\n    key: fKcz3EYBNSCAVDWrIq+5CkH8o4ZeLzvVSE4EGDfgw1E=\n', why: 'not an ESPHome api block' },
      { path: 'esphome/plug.yaml', text: 'api:\n  encryption:\n    key: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="\n', why: 'a filler value' },
      { path: 'tests/components/api/common.yaml', text: 'api:\n  port: 8000\n  encryption:\n    key: bOFFzzvfpg5DB94DuBGLXD/hMnhpDKgP9UQyBulwWVU=\n', why: "the test key of ESPHome's api component, aioesphomeapi and Home Assistant's ESPHome tests" },
    ],
  },
});

/**
 * Synapse (the Matrix homeserver) writes three random secrets into the homeserver.yaml it generates
 * (50 characters of letters, digits and punctuation): `registration_shared_secret` (registers accounts,
 * admins included, through the admin API), `macaroon_secret_key` (signs access and login tokens) and
 * `form_secret` (signs consent and registration forms). Synapse's configuration manual.
 */
export const synapseHomeserverSecret: Detector = patternDetector({
  id: 'synapse-homeserver-secret',
  title: 'Synapse homeserver secret (registration_shared_secret, macaroon_secret_key, form_secret)',
  vendor: 'Synapse',
  severity: 'high',
  keywords: ['registration_shared_secret', 'macaroon_secret_key', 'form_secret'],
  priority: 50,
  pattern: /(?<=\n|^)[ \t]{0,16}(?<name>registration_shared_secret|macaroon_secret_key|form_secret)[ \t]{0,4}:[ \t]{0,4}(?<q>["']?)(?<secret>[A-Za-z0-9.,;:^&*_+=#~@-]{20,128})\k<q>[ \t]{0,8}(?=\r?\n|$|#)/,
  keywordSpan: { before: 17, after: 200 },
  minEntropy: 3.5,
  validate: (secret) => !isPlaceholder(secret),
  detail: (m) => {
    const name = m.groups?.['name'];
    return name === 'registration_shared_secret' ? "the homeserver's registration secret (creates accounts, admins included)" : name === 'macaroon_secret_key' ? "the key that signs the homeserver's access tokens" : "the key that signs the homeserver's forms";
  },
  remediation: storeRemediation(
    'secret in homeserver.yaml (a new random value; a new macaroon_secret_key signs every user out)',
    'load it from a file outside the repository (`registration_shared_secret_path`, `macaroon_secret_key_path`, `form_secret_path`).',
  ),
  examples: {
    positive: [
      { path: 'synapse/data/homeserver.yaml', text: 'server_name: "example.org"\npid_file: /data/homeserver.pid\nregistration_shared_secret: "EV;3@.*4j6ATlh0o+jpK6S#hNBFH9GMxaAm^;EQZ8lw_PGtMT."\nmacaroon_secret_key: "S#4VbRkMRWyOJ8pR~bpqHM+hcDuxw4mVmIYTXm-.=hpPDDIwT;"\nform_secret: "YQbA0NnHtAa2UFnJ-~sYfv&HIO91whQr7MB&aMhoNLuuYLo1MW"\n' },
      { path: 'roles/matrix/files/homeserver.yaml', text: 'macaroon_secret_key: YQbA0NnHtAa2UFnJ-~sYfv&HIO91whQr7MB&aMhoNLuuYLo1MW\n' },
    ],
    negative: [
      { path: 'docs/homeserver.yaml', text: 'registration_shared_secret: <PRIVATE STRING>\n', why: "the sample configuration's placeholder" },
      { path: 'templates/homeserver.yaml.j2', text: 'macaroon_secret_key: "{{ matrix_macaroon_secret }}"\n', why: 'a template variable' },
      { path: 'homeserver.yaml', text: 'registration_shared_secret_path: /run/secrets/registration\n', why: 'a path to the secret' },
      { path: 'homeserver.yaml', text: '# form_secret: "YQbA0NnHtAa2UFnJ-~sYfv&HIO91whQr7MB&aMhoNLuuYLo1MW"\n', why: 'a comment' },
    ],
  },
});

/** Settings of a Gitea or Forgejo app.ini besides its secrets. */
const GITEA_MARKERS = /(?:^|\n)[ \t]{0,8}(?:INSTALL_LOCK|RUN_MODE|RUN_USER|LFS_START_SERVER|SSH_DOMAIN|DISABLE_SSH|ROOT_URL|DB_TYPE)[ \t]{0,8}=/;

/**
 * Gitea and Forgejo write their secrets into app.ini at installation: `[security] SECRET_KEY` (64
 * letters and digits: encrypts 2FA secrets and stored credentials), `[security] INTERNAL_TOKEN` (a JWT:
 * the internal API that hooks and SSH call), `[oauth2] JWT_SECRET` and `[server] LFS_JWT_SECRET` (43
 * base64url characters: sign OAuth2 and LFS tokens). The same settings come from the environment as
 * `GITEA__security__SECRET_KEY` (`FORGEJO__…`). Gitea's configuration cheat sheet. `SECRET_KEY` is
 * an everyday name: in the ini form it counts only beside app.ini's other settings.
 */
export const giteaAppIniSecret: Detector = patternDetector({
  id: 'gitea-app-ini-secret',
  title: 'Gitea / Forgejo app.ini secret (SECRET_KEY, INTERNAL_TOKEN, JWT_SECRET, LFS_JWT_SECRET)',
  vendor: 'Gitea',
  severity: 'high',
  keywords: ['secret_key', 'internal_token', 'jwt_secret'],
  priority: 50,
  pattern: /(?<![\w-])(?<env>(?:GITEA|FORGEJO)__(?:security|oauth2|server)__)?(?<name>SECRET_KEY|INTERNAL_TOKEN|LFS_JWT_SECRET|JWT_SECRET)["']?[ \t]{0,8}[=:][ \t]{0,8}(?<q>[`"']?)(?<secret>[A-Za-z0-9_.+/=-]{20,600})\k<q>(?![A-Za-z0-9_.+/=-])/,
  keywordSpan: { before: 32, after: 700 },
  minEntropy: 3.5,
  validate: (secret, m, text) => {
    if (commented(text, m.index) || isPlaceholder(secret)) return false;
    const name = m.groups?.['name'];
    if (name === 'INTERNAL_TOKEN' && !/^eyJ[\w-]{10,200}\.[\w-]{10,400}\.[\w-]{20,100}$/.test(secret)) return false;
    if (m.groups?.['env']) return true;
    // the ini form: the setting starts its line, and app.ini's other settings are within 1 KiB
    const lineStart = lineStartNear(text, m.index, 64);
    if (!/^[ \t]{0,16}$/.test(text.slice(lineStart, m.index))) return false;
    return GITEA_MARKERS.test(before(text, m.index)) || GITEA_MARKERS.test(text.slice(m.index, m.index + 1024));
  },
  detail: (m) => {
    const name = m.groups?.['name'];
    return name === 'SECRET_KEY' ? "the key that encrypts the forge's 2FA secrets and stored credentials" : name === 'INTERNAL_TOKEN' ? "the token of the forge's internal API" : "a key that signs the forge's OAuth2 or LFS tokens";
  },
  remediation: storeRemediation(
    'secret (`gitea generate secret SECRET_KEY|INTERNAL_TOKEN|JWT_SECRET|LFS_JWT_SECRET`; a new SECRET_KEY needs the data it encrypted re-entered)',
    'load it from a file outside the repository (`SECRET_KEY_URI = file:/…`, `INTERNAL_TOKEN_URI`, `JWT_SECRET_URI`) or from the environment.',
  ),
  examples: {
    positive: [
      { path: 'gitea/gitea/conf/app.ini', text: 'APP_NAME = Gitea\nRUN_MODE = prod\n[server]\nROOT_URL = https://git.example.org/\nLFS_START_SERVER = true\nLFS_JWT_SECRET = mM0bDQQPLE-00YMsKr5DWySnAgpKoa_IsRVOFMv1u_M\n[security]\nINSTALL_LOCK = true\nSECRET_KEY = wqH4i0PvnGbOcPuAAUQ6NYXm2HMQf8zupIztchC4fnmwgTDeyrnNPMVtmP26q3JK\nINTERNAL_TOKEN = eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJuYmYiOjE3NzIxODg3Mjd9.6nSLaDC2Hq4mh7Bp2jHSqYAVaHxhNyHkX8FD-j0lyK4\n[oauth2]\nJWT_SECRET = PAd9pfmaelO6LlvPutLfaXUuVl2UeJXHLLYqp5AeYnU\n' },
      { path: 'docker-compose.yml', text: 'services:\n  forgejo:\n    environment:\n      - FORGEJO__oauth2__JWT_SECRET=PAd9pfmaelO6LlvPutLfaXUuVl2UeJXHLLYqp5AeYnU\n' },
    ],
    negative: [
      { path: 'app/settings.py', text: "DEBUG = False\nSECRET_KEY = 'wqH4i0PvnGbOcPuAAUQ6NYXm2HMQf8zupIztchC4fnmwgTDeyrnNPMVtmP26q3JK'\n", why: "not a Gitea app.ini (the Django detectors judge it)" },
      { path: 'gitea/conf/app.ini', text: 'RUN_MODE = prod\n[security]\nINSTALL_LOCK = true\nSECRET_KEY =\nINTERNAL_TOKEN = {{ gitea_internal_token }}\n', why: 'empty and a template variable' },
      { path: 'gitea/conf/app.ini', text: 'RUN_MODE = prod\n[security]\nINTERNAL_TOKEN = wqH4i0PvnGbOcPuAAUQ6NYXm2HMQf8zupIztchC4fnmwgTDeyrnNPMVtmP26q3JK\n', why: 'an INTERNAL_TOKEN that is no JWT' },
      { path: 'gitea/conf/app.ini', text: 'RUN_MODE = prod\n[security]\n;SECRET_KEY = wqH4i0PvnGbOcPuAAUQ6NYXm2HMQf8zupIztchC4fnmwgTDeyrnNPMVtmP26q3JK\n', why: 'a comment' },
    ],
  },
});

/**
 * Grafana's grafana.ini `[security]` section: `admin_password` (the first admin's password; default
 * `admin`) and `secret_key` (signs and encrypts data-source passwords and other secrets in Grafana's
 * database; the shipped default is public). The environment form is `GF_SECURITY_ADMIN_PASSWORD` /
 * `GF_SECURITY_SECRET_KEY` (Grafana's "Configure Grafana" documentation).
 */
export const grafanaSecuritySecret: Detector = patternDetector({
  id: 'grafana-security-secret',
  title: 'Grafana admin password or secret_key (grafana.ini [security], GF_SECURITY_*)',
  vendor: 'Grafana',
  secrets: 'chosen',
  severity: 'high',
  keywords: ['admin_password', 'secret_key'],
  priority: 50,
  pattern: /(?<![\w-])(?:GF_SECURITY_(?<env>ADMIN_PASSWORD|SECRET_KEY)["']?[ \t]{0,4}[=:]|(?<name>admin_password|secret_key)[ \t]{0,8}=)[ \t]{0,8}(?<q>["']?)(?<secret>[^\s"'#;]{4,128})\k<q>[ \t]{0,8}(?=\r?\n|$|[#;])/,
  keywordSpan: { before: 14, after: 160 },
  validate: (secret, m, text) => {
    if (commented(text, m.index) || !isConfigLiteral(secret) || /^\$__(?:env|file|vault)\{/.test(secret)) return false;
    if (m.groups?.['env']) return true;
    // the ini form: at the start of its line, under a [security] header within 1 KiB above
    const lineStart = lineStartNear(text, m.index, 64);
    return /^[ \t]{0,16}$/.test(text.slice(lineStart, m.index)) && /(?:^|\n)\[security\][ \t]{0,8}\r?\n/.test(before(text, m.index));
  },
  detail: (m) => ((m.groups?.['env'] ?? m.groups?.['name'] ?? '').toLowerCase() === 'admin_password' ? "Grafana's admin password" : "Grafana's secret_key (decrypts the data sources' stored passwords)"),
  remediation: storeRemediation(
    'admin password (Profile > Change password, or `grafana cli admin reset-admin-password`); for secret_key, rotate the data-source credentials it protected (Grafana\'s envelope encryption lets you re-encrypt with `grafana cli admin secrets-migration`)',
    'give both through `$__file{/run/secrets/…}` or the GF_SECURITY_* variables from a secret store.',
  ),
  examples: {
    positive: [
      { path: 'grafana/grafana.ini', text: '[security]\nadmin_user = admin\nadmin_password = lF9xtPD1ADx14cAVmUX7\nsecret_key = su9fXCBdZHpY5tVc\n' },
      { path: 'docker-compose.yml', text: '  grafana:\n    environment:\n      - GF_SECURITY_ADMIN_PASSWORD=DAcjy0SvrqngT9\n' },
    ],
    negative: [
      { path: 'grafana/grafana.ini', text: '[security]\n;admin_password = admin\n;secret_key = SW2YcwTIb9zpOOhoPsMm\n', why: "the sample's commented defaults" },
      { path: 'grafana/grafana.ini', text: '[security]\nadmin_password = admin\nsecret_key = SW2YcwTIb9zpOOhoPsMm\n', why: 'the shipped defaults' },
      { path: 'grafana/grafana.ini', text: '[security]\nadmin_password = $__file{/run/secrets/grafana_admin}\n', why: 'read from a file' },
      { path: 'superset_config.ini', text: '[webserver]\nsecret_key = su9fXCBdZHpY5tVc\n', why: 'not under [security]' },
    ],
  },
});

export const selfHostedAppDetectors: readonly Detector[] = [
  plexOnlineToken,
  servarrApiKey,
  sabnzbdApiKey,
  jackettApiKey,
  qbittorrentPasswordHash,
  delugeAuthPassword,
  piholeWebPasswordHash,
  zigbeeNetworkKey,
  nodeRedCredentialSecret,
  homeAssistantRefreshToken,
  esphomeApiEncryptionKey,
  synapseHomeserverSecret,
  giteaAppIniSecret,
  grafanaSecuritySecret,
];
