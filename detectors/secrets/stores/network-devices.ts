import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { keywordRegExp, keywordStarts } from '../../kit/keyword-windows.js';
import { lineStartNear, lineStartWithin } from '../../kit/name-value.js';
import { isConfigLiteral, keywordContentLines, storeRemediation } from './values.js';

// Credentials in the configurations of network devices, as network-automation repositories commit
// them (saved running-configs, Jinja templates rendered into them, `lines:` lists of Ansible's
// ios_config, Netmiko command lists). Cisco IOS / IOS-XE / IOS-XR / NX-OS / ASA write a credential
// after its command with an optional type digit: none or `0` is cleartext, `7` is the "type 7"
// encoding (two decimal digits of offset into a fixed, publicly known 53-character key, then the
// password's bytes XORed with the key, in hex: anyone decodes it, so it is a cleartext password),
// `5`, `8`, `9` and `10` are crypt hashes (the hash detectors judge those), `6` is AES under the
// device's own master key. SNMP v1/v2c community strings are the shared secret of SNMP access.
// Juniper Junos writes shared secrets (RADIUS/TACACS+ secrets, routing-protocol keys, IKE
// pre-shared keys) as `$9$…`, a keyless substitution that any copy of the algorithm reverses.
// Encoded values are decoded only to check that they are what they claim; nothing decoded is reported.

/** Cisco's comments: `!` lines; `#` for the files that wrap a config (YAML, shell). */
const COMMENT = /^[ \t]{0,64}(?:!|#|\/\/|$)/;

/** What wraps a device command in the files that carry it: indentation, a YAML list item, a quote. */
const WRAPPER = /^[ \t]{0,64}(?:-[ \t]{1,8})?(["']?)[ \t]{0,16}/;

/** A value token, perhaps in double quotes as NX-OS prints keys (`key 7 "…"`). */
const VALUE = String.raw`["']?(?<v>[^\s"']{1,128})["']?`;
/**
 * The type before a credential: `0`, `7`, `5`, `8`, `9`, `10`; IOS-XR's `encrypted` is type 7; Arista
 * EOS names its hashes (`secret sha512 $6$…`, `password md5 …`), and so do NX-OS and ASA.
 */
const TYPE = String.raw`(?:(?<t>\d{1,2}|encrypted|sha512|sha256|md5|pbkdf2|nt-encrypted)[ \t]{1,4})?`;

/**
 * What may follow the value of an `enable` or `username` command: its level, privilege or role, and ASA's
 * hash markers; then the line ends (`enable password authentication in sshd` is a sentence).
 */
const TRAILER = String.raw`(?<rest>(?:[ \t]{1,4}(?:level[ \t]{1,4}\d{1,2}|privilege[ \t]{1,4}\d{1,2}|role[ \t]{1,4}[\w-]{1,64}|view[ \t]{1,4}[\w-]{1,64}|encrypted|pbkdf2|nt-encrypted)){0,4})[ \t]*$`;

interface DeviceCommand {
  readonly re: RegExp;
  /** What the value is, for the finding's detail. */
  readonly what: (m: RegExpExecArray) => string;
  /** SNMP community strings are reported by their own detector. */
  readonly community?: boolean;
  /** A value without a type digit is ambiguous here (`key 1` opens key 1 of a key chain): only typed values count. */
  readonly typedOnly?: boolean;
  /** VyOS / EdgeOS commands, reported by their own detector. */
  readonly vyos?: boolean;
}

/** The Cisco commands that carry a credential, each matched at the start of a command (after WRAPPER). */
const COMMANDS: readonly DeviceCommand[] = [
  {
    re: new RegExp(String.raw`^enable[ \t]{1,4}(?<w>password|secret)(?:[ \t]{1,4}level[ \t]{1,4}\d{1,2})?[ \t]{1,4}${TYPE}${VALUE}${TRAILER}`, 'd'),
    what: (m) => `the enable ${m.groups?.['w'] ?? 'password'}`,
  },
  {
    re: new RegExp(String.raw`^username[ \t]{1,4}(?<u>[^\s"']{1,64})(?:[ \t]{1,4}(?:privilege[ \t]{1,4}\d{1,2}|view[ \t]{1,4}[\w-]{1,64}|role[ \t]{1,4}[\w-]{1,64})){0,3}[ \t]{1,4}(?:password|secret)[ \t]{1,4}${TYPE}${VALUE}${TRAILER}`, 'd'),
    what: (m) => `the password of user ${m.groups?.['u'] ?? ''}`,
  },
  { re: new RegExp(String.raw`^password[ \t]{1,4}${TYPE}${VALUE}[ \t]*$`, 'd'), what: () => 'a line (console/vty) password' },
  { re: new RegExp(String.raw`^(?<s>tacacs|radius)-server[ \t](?:[^\n]{0,160}?[ \t])?key[ \t]{1,4}${TYPE}${VALUE}`, 'd'), what: (m) => `the ${m.groups?.['s'] === 'radius' ? 'RADIUS' : 'TACACS+'} shared key` },
  { re: new RegExp(String.raw`^key[ \t]{1,4}${TYPE}${VALUE}[ \t]*$`, 'd'), what: () => 'an AAA server key', typedOnly: true },
  { re: new RegExp(String.raw`^server-private[ \t](?:[^\n]{0,120}?[ \t])?key[ \t]{1,4}${TYPE}${VALUE}`, 'd'), what: () => 'an AAA server key' },
  // a key chain's ` key-string …`, or HSRP/GLBP/VRRP's `standby 1 authentication md5 key-string …`
  {
    re: new RegExp(String.raw`^(?:(?:standby|glbp|vrrp)[ \t]{1,4}\d{1,4}[ \t]{1,4}authentication[ \t]{1,4}(?:md5[ \t]{1,4})?|authentication[ \t]{1,4}(?:md5[ \t]{1,4})?)?key-string[ \t]{1,4}${TYPE}${VALUE}[ \t]*$`, 'd'),
    what: () => 'a key chain or HSRP key string',
  },
  { re: new RegExp(String.raw`^crypto[ \t]{1,4}isakmp[ \t]{1,4}key[ \t]{1,4}${TYPE}${VALUE}[ \t]{1,4}(?:address|hostname)[ \t]`, 'd'), what: () => 'an IKE pre-shared key' },
  {
    re: new RegExp(String.raw`^(?:ikev[12][ \t]{1,4}(?:(?:local|remote)-authentication[ \t]{1,4})?)?pre-shared-key[ \t]{1,4}(?:(?:local|remote)[ \t]{1,4})?${TYPE}${VALUE}[ \t]*$`, 'd'),
    what: () => 'an IKE pre-shared key',
  },
  { re: new RegExp(String.raw`^wpa-psk[ \t]{1,4}(?:ascii|hex)[ \t]{1,4}${TYPE}${VALUE}[ \t]*$`, 'd'), what: () => 'a Wi-Fi WPA pre-shared key (autonomous AP SSID)' },
  {
    re: new RegExp(String.raw`^ppp[ \t]{1,4}(?:chap[ \t]{1,4}password|pap[ \t]{1,4}sent-username[ \t]{1,4}[^\s"']{1,64}[ \t]{1,4}password)[ \t]{1,4}${TYPE}${VALUE}[ \t]*$`, 'd'),
    what: () => 'a PPP CHAP/PAP password',
  },
  { re: new RegExp(String.raw`^ip[ \t]{1,4}ospf[ \t]{1,4}authentication-key[ \t]{1,4}${TYPE}${VALUE}[ \t]*$`, 'd'), what: () => 'an OSPF authentication key' },
  { re: new RegExp(String.raw`^ip[ \t]{1,4}ospf[ \t]{1,4}message-digest-key[ \t]{1,4}\d{1,3}[ \t]{1,4}md5[ \t]{1,4}${TYPE}${VALUE}[ \t]*$`, 'd'), what: () => 'an OSPF MD5 key' },
  { re: new RegExp(String.raw`^neighbor[ \t]{1,4}[\w.:-]{1,64}[ \t]{1,4}password[ \t]{1,4}${TYPE}${VALUE}[ \t]*$`, 'd'), what: () => 'a BGP neighbor password' },
  // NTP writes the type after the key: `ntp authentication-key 1 md5 <key> 7`
  { re: /^ntp[ \t]{1,4}authentication-key[ \t]{1,4}\d{1,5}[ \t]{1,4}(?:md5|sha1|hmac-sha2-256|cmac-aes-128)[ \t]{1,4}(?<v>[^\s"']{1,128})(?:[ \t]{1,4}(?<t>\d))?[ \t]*$/d, what: () => 'an NTP authentication key' },
  { re: /^snmp-server[ \t]{1,4}user[ \t]{1,4}\S{1,64}[ \t]{1,4}\S{1,64}[ \t]{1,4}v3[ \t][^\n]{0,60}?\bauth[ \t]{1,4}(?:md5|sha\w{0,6})[ \t]{1,4}(?<v>[^\s"']{1,128})(?![^\n]{0,200}\blocalizedkey\b)/d, what: () => 'an SNMPv3 authentication password' },
  { re: /^snmp-server[ \t]{1,4}user[ \t]{1,4}\S{1,64}[ \t]{1,4}\S{1,64}[ \t]{1,4}v3[ \t][^\n]{0,160}?\bpriv[ \t]{1,4}(?:des|3des|aes(?:[ \t]{1,4}\d{3})?)[ \t]{1,4}(?<v>[^\s"']{1,128})(?![^\n]{0,200}\blocalizedkey\b)/d, what: () => 'an SNMPv3 privacy password' },
  { re: /^snmp-server[ \t]{1,4}community[ \t]{1,4}(?:[0-9][ \t]{1,4})?"?(?<v>[^\s"']{1,128})"?/d, what: () => 'an SNMP community string', community: true },
  { re: /^set[ \t]{1,4}service[ \t]{1,4}snmp[ \t]{1,4}community[ \t]{1,4}["']?(?<v>[^\s"']{1,128})["']?/d, what: () => 'an SNMP community string (VyOS)', community: true },
  // VyOS / EdgeOS: `set … plaintext-password '…'`, `set vpn ipsec … pre-shared-secret '…'`, and their curly forms
  {
    re: new RegExp(String.raw`^(?:set[ \t][^\n]{0,200}?[ \t])?(?<w>plaintext-password|pre-shared-secret)[ \t]{1,4}${VALUE}[ \t]*$`, 'd'),
    what: (m) => (m.groups?.['w'] === 'pre-shared-secret' ? 'an IPsec pre-shared secret' : 'a login password'),
    vyos: true,
  },
  { re: /^set[ \t]{1,4}snmp[ \t]{1,4}community[ \t]{1,4}"?(?<v>[^\s"']{1,128})"?/d, what: () => 'an SNMP community string (Junos)', community: true },
];

/** The Cisco type 7 key: public since the 1990s, printed by every decoder of the format. */
const TYPE7_KEY = 'dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87';
const TYPE7_SHAPE = /^(?:0\d|1[0-5])(?:[0-9A-Fa-f]{2}){2,64}$/;

/** The password a type 7 value encodes, when it is one (offset 0-15, printable ASCII), else undefined. */
export function decodeType7(value: string): string | undefined {
  if (!TYPE7_SHAPE.test(value)) return undefined;
  const offset = Number(value.slice(0, 2));
  let out = '';
  for (let i = 2, k = offset; i < value.length; i += 2, k++) {
    const code = parseInt(value.slice(i, i + 2), 16) ^ TYPE7_KEY.charCodeAt(k % TYPE7_KEY.length);
    if (code < 0x20 || code > 0x7e) return undefined;
    out += String.fromCharCode(code);
  }
  return out;
}

/** Beyond a config's stand-ins (values.ts isConfigLiteral): the slot's words in device docs, and longer lower-case words (`authentication`). */
const DEVICE_FILL_IN = /community|string/i;
const LONG_WORD = /^[a-z]{13,24}$/;
/** The vendors' own names, the lab default of every device guide (`username cisco password cisco`). */
const VENDOR_WORD = /^(?:cisco|juniper|arista|junos|ios)[\d!@#.]{0,6}$/i;

/**
 * The slot's own name, perhaps after a word and before a counter (`psk1`, `COMM2`, `integrationComm`,
 * `aNiceKey`, `pswd3`): what parser and module tests write where a device config takes a key.
 */
const SLOT_LIKE = /^(?:[a-z]{0,16}[-_]?)?(?:comm[a-z]{0,6}|psk|key|pswd|pass|pw|pwd|snmp|test)[-_]?\d{0,4}$/i;

function literalCredential(value: string, user = ''): boolean {
  if (DEVICE_FILL_IN.test(value) || LONG_WORD.test(value) || VENDOR_WORD.test(value) || SLOT_LIKE.test(value)) return false;
  return isConfigLiteral(value, user);
}

/**
 * Communities that are no secret: letters only (a word: `WEWORK`, `networktocode`, what device tests
 * and labs name them), or the defaults `public` / `private` and test names with a suffix (`public_no_acl`,
 * `test$#!@`, `bogus123`).
 */
const SAMPLE_COMMUNITY = /^[A-Za-z]{1,24}$|^(?:public|private|test|bogus|sample)(?![a-z])/i;

type Kind = 'clear' | 'type7' | 'community' | 'vyos';

interface DeviceCredential {
  readonly kind: Kind;
  readonly value: string;
  readonly offset: number;
  readonly what: string;
}

/** Lines before an untyped-ambiguous `key …` that open an AAA server block. */
const AAA_BLOCK = /^[ \t]{0,8}(?:tacacs[ \t]server|radius[ \t]server|aaa-server|tacacs-server[ \t]host|server-private)[ \t]/;

function inAaaBlock(text: string, lineStart: number): boolean {
  let end = lineStart - 1;
  for (let i = 0; i < 8 && end > 0; i++) {
    // each line above read at most 400 characters back: a longer one is no block's line (never a search along it)
    const start = lineStartWithin(text, end, 400);
    if (start < 0) return false;
    const line = text.slice(start, end);
    if (AAA_BLOCK.test(line)) return true;
    if (!/^[ \t]/.test(line)) return false; // left the indented block
    end = start - 1;
  }
  return false;
}

/** The credential a Cisco command line carries, if any. */
function deviceCredential(text: string, line: { text: string; start: number }): DeviceCredential | undefined {
  const wrap = WRAPPER.exec(line.text) as RegExpExecArray;
  let body = line.text.slice(wrap[0].length);
  const quote = wrap[1];
  if (quote) {
    // the closing quote, perhaps followed by a list's comma: `"enable secret 0 …",`
    body = body.trimEnd();
    if (body.endsWith(',')) body = body.slice(0, -1).trimEnd();
    if (body.endsWith(quote)) body = body.slice(0, -1);
  }
  for (const command of COMMANDS) {
    const m = command.re.exec(body);
    const v = m?.groups?.['v'];
    if (!m || v === undefined) continue;
    const type = m.groups?.['t'];
    const rest = m.groups?.['rest'] ?? '';
    if (/\b(?:encrypted|pbkdf2|nt-encrypted|localizedkey)\b/.test(rest)) return undefined; // ASA and NX-OS hashes
    const offset = wrap[0].length + ((m.indices?.groups?.['v'] as [number, number] | undefined)?.[0] ?? body.indexOf(v));
    const what = command.what(m);
    if (command.community) return literalCredential(v) && !SAMPLE_COMMUNITY.test(v) ? { kind: 'community', value: v, offset, what } : undefined;
    if (command.typedOnly && (type === undefined || !inAaaBlock(text, line.start))) return undefined;
    if (type === '7' || type === 'encrypted') {
      const decoded = decodeType7(v);
      return decoded !== undefined && literalCredential(decoded) ? { kind: 'type7', value: v, offset, what } : undefined;
    }
    if (type !== undefined && type !== '0') return undefined; // a hash (5, 8, 9, 10) or AES under the device's key (6)
    return literalCredential(v, m.groups?.['u'] ?? '') ? { kind: command.vyos ? 'vyos' : 'clear', value: v, offset, what } : undefined;
  }
  return undefined;
}

function ciscoDetect(kind: Kind, keywords: readonly string[]): (input: DetectorInput) => Iterable<Match> {
  let finder: RegExp | undefined;
  return function* detect(input: DetectorInput): Iterable<Match> {
    finder ??= keywordRegExp(keywords);
    for (const line of keywordContentLines(input, finder, COMMENT)) {
      const found = deviceCredential(input.text, line);
      if (!found || found.kind !== kind) continue;
      const start = line.start + found.offset;
      const detail =
        kind === 'type7' ? `${found.what}, type 7: a reversible encoding that decodes to the cleartext` : kind === 'community' ? found.what : `${found.what}, in cleartext`;
      yield { start, end: start + found.value.length, secret: found.value, detail };
    }
  };
}

/** The commands' own words: each credential command contains one. */
const CISCO_KEYWORDS = [
  'enable password', 'enable secret', ' password 0 ', ' password 7 ', ' secret 0 ', ' password encrypted ', 'privilege 15 password', 'privilege 15 secret',
  'tacacs-server', 'radius-server', ' key 0 ', ' key 7 ', 'key-string', 'isakmp key', 'pre-shared-key', 'ospf authentication-key', 'message-digest-key',
  'ntp authentication-key', 'snmp-server user', 'wpa-psk', 'ppp chap password',
];

export const ciscoConfigPassword: Detector = {
  id: 'cisco-config-password',
  title: 'Cleartext password or key in a Cisco device configuration (enable, username, AAA, IKE, routing keys)',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: CISCO_KEYWORDS,
  priority: 30,
  remediation: storeRemediation(
    'device password or shared key (on the device and on every peer or AAA server that shares it)',
    'keep device credentials in a vault that the automation reads at run time (Ansible Vault, a secrets lookup), and store local passwords as `secret 9` (scrypt) hashes.',
  ),
  detect: ciscoDetect('clear', CISCO_KEYWORDS),
  examples: {
    positive: [
      {
        path: 'configs/edge1.cfg',
        text: 'hostname edge1\n!\nenable password Kd8vQ2xLmT7pRw\nusername netops privilege 15 password 0 Wq3nZ8rYtB5kHs\n!\ntacacs-server host 10.1.1.1 key Jm4tX9pLcR2vNq\nradius-server host 10.0.0.5 auth-port 1812 acct-port 1813 key Hs7bW3kQzP9mLd\n',
      },
      {
        path: 'roles/routers/tasks/main.yml',
        text: '- name: IKE and routing keys\n  cisco.ios.ios_config:\n    lines:\n      - crypto isakmp key Vn6rT2yKwQ8zXp address 0.0.0.0\n      - ip ospf message-digest-key 1 md5 Pq9xL4mBvR7tZk\n',
      },
      { path: 'eos/leaf1.cfg', text: 'username ops privilege 15 role network-admin secret 0 Fb6wQ9zKtM3xLp\n' },
      { path: 'ap/ap1.cfg', text: 'dot11 ssid OFFICE\n authentication key-management wpa version 2\n wpa-psk ascii 0 Rv7nK2xQpT9wLz\ninterface Dialer1\n ppp chap password 0 Mq4tZ8rWkB3xNs\n' },
      { path: 'scripts/push.py', text: 'conn.send_config_set([\n    "username backup secret 0 Tz5kW8qNmX2rLb",\n    "snmp-server user mon grp v3 auth sha Rb7mQ3xTzK9wLp priv aes 128 Xc4nV8pLqT2zMh",\n])\n' },
      { path: 'asa/fw1.txt', text: 'tunnel-group 203.0.113.9 ipsec-attributes\n ikev1 pre-shared-key Gf8pL2xQmW7tRn\nkey chain OSPF\n key 1\n  key-string Yw3kR9tZpL6vQm\ninterface Vlan10\n standby 1 authentication md5 key-string Nc5tW9kLqX3pZr\n' },
    ],
    negative: [
      { path: 'configs/edge1.cfg', text: 'enable secret 5 $1$V1eerEAW$0.tL3DkU5fVF6jIiCNZkZ/\nusername admin privilege 15 secret 9 $9$nhEmQVczB7dQCE$a1b2\n', why: 'crypt hashes (the hash detectors judge those)' },
      { path: 'configs/edge1.cfg', text: '! enable password Kd8vQ2xLmT7pRw\nusername ops password 6 ZdWNXVGgeNRNb_NZIfBIbAcHKEiEXM\n', why: 'a comment; type 6 is AES under the device key' },
      { path: 'templates/base.j2', text: 'username {{ item.name }} privilege 15 password 0 {{ item.password }}\nenable secret 0 $ENABLE_SECRET\n', why: 'template variables' },
      { path: 'labs/r1.cfg', text: 'username cisco password 0 cisco\nenable password class\n', why: "a lab guide's defaults" },
      { path: 'asa/fw1.txt', text: 'username admin password kTgqyC/sc0aUa.yq pbkdf2 privilege 15\nenable password 8Ry2YjIyt7RRXU24 encrypted\n', why: 'ASA hashes' },
      { path: 'eos/leaf1.cfg', text: 'enable password sha512 $6$efrMWazahSlwP49E$U3UHIsQ1Y6vyBhhLCBqfsEwZAVa8CROw\nusername admin role network-admin secret sha512 $6$efrMWazahSlwP49E$U3UH\n', why: 'Arista EOS hashes' },
      { path: 'tests/configs/ios-crypto', text: 'crypto isakmp key psk1 address 1.1.1.1 255.255.255.0\nntp authentication-key 1 md5 aNiceKey\n', why: "a parser test's names for the slot" },
      { path: 'docs/vpn.md', text: 'pre-shared-key <your-psk>\n', why: 'a stand-in' },
      { path: 'docs/hardening.md', text: '- enable password authentication only for break-glass accounts\n- username mapping password 0 is not used\n', why: 'prose' },
      { path: 'key-chain.cfg', text: 'key chain OSPF\n key 7\n  key-string 7 0822455D0A16\n', why: 'key 7 is a key number; the type 7 value is the other detector\'s' },
      { path: 'tests/PageTest.php', text: '     * disk-touching methods in these tests; only key-string transforms.\n', why: 'prose' },
    ],
  },
};

const TYPE7_KEYWORDS = [' password 7 ', ' key 7 ', 'key-string 7', ' password encrypted ', 'secret 7 ', 'ntp authentication-key', 'tacacs-server', 'radius-server', 'wpa-psk'];

export const ciscoType7Password: Detector = {
  id: 'cisco-type7-password',
  title: 'Cisco type 7 password (a reversible encoding, equivalent to cleartext)',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: TYPE7_KEYWORDS,
  priority: 30,
  remediation: storeRemediation(
    'password or key (type 7 is decoded by any of the many public tools, so treat it as published)',
    'store local passwords as `secret 9` hashes, protect shared keys with type 6 (`key config-key password-encrypt` and `password encryption aes`), and keep device configurations with secrets out of the repository.',
  ),
  detect: ciscoDetect('type7', TYPE7_KEYWORDS),
  examples: {
    positive: [
      { path: 'configs/core1.cfg', text: 'username netops password 7 153A1A5B1218792904236C3A27164E\nline vty 0 4\n password 7 122E08430A205515107C3204230170\n' },
      { path: 'backups/sw2.txt', text: 'tacacs server T1\n address ipv4 10.1.1.2\n key 7 073D35195831410E2640062014047C\naaa group server tacacs+ TAC\n server-private 10.2.2.2 key 7 033E4F52174E161F560229571A\n' },
      { path: 'group_vars/routers.yml', text: 'ios_lines:\n  - "router bgp 65001"\n  - " neighbor 10.0.0.2 password 7 033E4F52174E161F560229571A"\n' },
    ],
    negative: [
      { path: 'docs/type7.md', text: 'enable password 7 0822455D0A16\n', why: "the decoders' published example" },
      { path: 'configs/core1.cfg', text: 'username netops password 7 3F9A00B2C41D7E66\n', why: 'not a type 7 encoding (offset past 15)' },
      { path: 'configs/core1.cfg', text: 'username netops password 7 12FFEE00AA5533\n', why: 'decodes to unprintable bytes' },
      { path: 'configs/core1.cfg', text: '! username netops password 7 153A1A5B1218792904236C3A27164E\n', why: 'a comment' },
      { path: 'eos/leaf1.cfg', text: ' neighbor 10.0.0.2 password 7 jqjLyz8pGeU/8RnDFw==\n', why: "Arista's type 7 is DES under a key: not reversible this way" },
    ],
  },
};

const SNMP_KEYWORDS = ['snmp-server community', 'snmp community', 'snmp {'];
const communityLines = ciscoDetect('community', SNMP_KEYWORDS);
let snmpBlockFinder: RegExp | undefined;
/** A community in Junos' curly syntax: `community <name> {` (its clients and authorization inside). */
const JUNOS_COMMUNITY = /^[ \t]{1,64}community[ \t]{1,4}"?([^\s"{};]{1,128})"?[ \t]{0,4}\{/;

/** Opening minus closing braces of a line, outside strings and `#` comments. */
function braceBalance(line: string): number {
  let balance = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '#') break;
    else if (!quoted) balance += ch === '{' ? 1 : ch === '}' ? -1 : 0;
  }
  return balance;
}

/** Communities inside a Junos `snmp { … }` stanza, read to its closing brace (at most 400 lines). */
function* junosSnmpBlocks(input: DetectorInput): Iterable<Match> {
  const { text } = input;
  snmpBlockFinder ??= keywordRegExp(['snmp {']);
  let readTo = 0; // (a stanza read already: hits inside it are not read again)
  for (const at of keywordStarts(text, input.keywordStarts, snmpBlockFinder)) {
    if (at < readTo) continue;
    // the stanza opens its line: at most 64 blanks before it (never a search back along a long line)
    const lineStart = lineStartWithin(text, at, 65);
    if (lineStart < 0 || !/^[ \t]{0,64}$/.test(text.slice(lineStart, at))) continue;
    let depth = 0;
    let start = lineStart;
    for (let n = 0; n < 400 && start < text.length; n++) {
      const newline = text.indexOf('\n', start);
      const end = newline < 0 ? text.length : newline;
      if (end - start > MAX_STANZA_LINE) break; // no configuration line is this long: not a Junos stanza
      const line = text.slice(start, end);
      const m = depth === 1 ? JUNOS_COMMUNITY.exec(line) : null;
      const value = m?.[1];
      if (value !== undefined && literalCredential(value) && !SAMPLE_COMMUNITY.test(value)) {
        const from = start + line.indexOf(value, line.indexOf('community') + 9);
        yield { start: from, end: from + value.length, secret: value, detail: 'an SNMP community string (Junos)' };
      }
      depth += braceBalance(line);
      start = end + 1;
      readTo = start;
      if (depth <= 0) break;
    }
  }
}

/** The longest line a Junos stanza is read through. */
const MAX_STANZA_LINE = 4096;

export const snmpCommunityString: Detector = {
  id: 'snmp-community-string',
  title: 'SNMP community string in a device configuration (snmp-server community)',
  policy: 'no-committed-credentials',
  severity: 'medium',
  keywords: SNMP_KEYWORDS,
  priority: 30,
  remediation: storeRemediation(
    'SNMP community (on the devices and in the monitoring system that polls them)',
    'move to SNMPv3 with authentication and privacy, restrict the community with an ACL meanwhile, and template the value from a vault.',
  ),
  detect: function* detect(input: DetectorInput): Iterable<Match> {
    yield* communityLines(input);
    yield* junosSnmpBlocks(input);
  },
  examples: {
    positive: [
      { path: 'configs/edge1.cfg', text: 'snmp-server community Xr7tLq2mVz9K RO 10\nsnmp-server community Bn4wP8kTz3Qh RW\n' },
      { path: 'junos/set.conf', text: 'set snmp community Mz6qT2wXr8Lp authorization read-only\n' },
      { path: 'vyos/config.boot.set', text: 'set service snmp community Hs7bW3kQz9 authorization ro\n' },
      { path: 'junos/mx1.conf', text: 'snmp {\n    location "rack 4";\n    community Qw8zR3tXk5Lm {\n        authorization read-only;\n        clients {\n            10.0.0.0/8;\n        }\n    }\n}\n' },
    ],
    negative: [
      { path: 'configs/edge1.cfg', text: 'snmp-server community public RO\nsnmp-server community private RW\n', why: "the well-known defaults: no secret (an open device's problem, not a leak)" },
      { path: 'templates/snmp.j2', text: 'snmp-server community {{ snmp_ro_community }} RO\n', why: 'a template variable' },
      { path: 'tests/unit/test_snmp.py', text: '"snmp-server community commu1 view view1 ro",\n"snmp-server community integrationComm RW test_Acl",\n"set snmp community COMM2 authorization read-only",\n', why: "tests' names for the slot" },
      { path: 'tests/mock_data/show_run.txt', text: 'snmp-server community public_no_acl RO\nsnmp-server community WEWORK group network-operator\nsnmp-server community test-view view v1 ro\n', why: 'a default with a suffix, a word, a test name' },
      { path: 'configs/edge1.cfg', text: '! snmp-server community Xr7tLq2mVz9K RO\n', why: 'a comment' },
      { path: 'junos/mx1.conf', text: 'snmp {\n    community public {\n        authorization read-only;\n    }\n}\npolicy-options {\n    community Bk7tW2zQx9Lm members 65000:100;\n}\n', why: 'the default; a BGP community outside the snmp stanza' },
    ],
  },
};

const VYOS_KEYWORDS = ['plaintext-password', 'pre-shared-secret'];

export const vyosConfigPassword: Detector = {
  id: 'vyos-config-password',
  title: 'Cleartext password or IPsec secret in a VyOS / EdgeOS configuration (plaintext-password, pre-shared-secret)',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: VYOS_KEYWORDS,
  priority: 30,
  remediation: storeRemediation(
    'router password or IPsec pre-shared secret (on the router and on the VPN peer)',
    'commit the configuration without it (VyOS keeps login passwords as `encrypted-password` hashes) and set secrets from a vault at deployment; prefer certificates (x509) to pre-shared secrets for IPsec.',
  ),
  detect: ciscoDetect('vyos', VYOS_KEYWORDS),
  examples: {
    positive: [
      { path: 'vyos/commands.set', text: "set system login user vyos authentication plaintext-password 'Kd8vQ2xLmT7pRw'\nset vpn ipsec site-to-site peer 203.0.113.5 authentication pre-shared-secret 'Jm4tX9pLcR2vNq'\n" },
      { path: 'edgerouter/config.boot', text: 'vpn {\n    ipsec {\n        site-to-site {\n            peer 203.0.113.5 {\n                authentication {\n                    mode pre-shared-secret\n                    pre-shared-secret Wq3nZ8rYtB5kHs\n                }\n            }\n        }\n    }\n}\n' },
    ],
    negative: [
      { path: 'vyos/config.boot', text: 'login {\n    user vyos {\n        authentication {\n            encrypted-password $6$efrMWazahSlwP49E$U3UHIsQ1Y6vyBhhLCBqfsEwZ\n            plaintext-password ""\n        }\n    }\n}\n', why: 'a hash; an empty plaintext slot' },
      { path: 'vyos/commands.set', text: "set system login user vyos authentication plaintext-password '{{ vyos_password }}'\n", why: 'a template variable' },
      { path: 'vyos/commands.set', text: '# set system login user vyos authentication plaintext-password Kd8vQ2xLmT7pRw\n', why: 'a comment' },
      { path: 'docs/ipsec.md', text: 'Use mode pre-shared-secret for both peers.\n', why: 'prose' },
    ],
  },
};

// Juniper $9$: the character set of the encoding, in its four families; a first (salt) character from
// family i is followed by 3 - i characters of padding; each plaintext byte is written as 2-4 "gaps"
// between successive characters, weighted by the row of ENCODING that the byte's position selects.
const FAMILIES = ['QzF3n6/9CAtpu0O', 'B1IREhcSyrleKvMW8LXx', '7N-dVbwsY2g4oaJZGUDj', 'iHkq.mPf5T'];
const ALPHABET = FAMILIES.join('');
const ENCODING: readonly (readonly number[])[] = [[1, 4, 32], [1, 16, 32], [1, 8, 32], [1, 64], [1, 32], [1, 4, 16, 128], [1, 32, 64]];

/** The plaintext of a Junos `$9$` value when it is one (every gap in range, printable ASCII), else undefined. */
export function decodeJunos9(value: string): string | undefined {
  if (!value.startsWith('$9$')) return undefined;
  const chars = value.slice(3);
  const first = chars[0] ?? '';
  const family = FAMILIES.findIndex((f) => f.includes(first));
  if (first === '' || family < 0) return undefined;
  let at = 1 + (3 - family);
  let prev = ALPHABET.indexOf(first);
  let out = '';
  while (at < chars.length) {
    const weights = ENCODING[out.length % ENCODING.length] as readonly number[];
    if (at + weights.length > chars.length) return undefined;
    let code = 0;
    for (let k = 0; k < weights.length; k++) {
      const next = ALPHABET.indexOf(chars[at + k] as string);
      if (next < 0) return undefined;
      const gap = ((next - prev + ALPHABET.length) % ALPHABET.length) - 1;
      // the encoder writes each gap below the next weight's ratio (the last one below 256/weight)
      const limit = k + 1 < weights.length ? (weights[k + 1] as number) / (weights[k] as number) : Math.ceil(256 / (weights[k] as number));
      if (gap < 0 || gap >= limit) return undefined;
      code += gap * (weights[k] as number);
      prev = next;
    }
    if (code < 0x20 || code > 0x7e) return undefined;
    out += String.fromCharCode(code);
    at += weights.length;
  }
  return out.length > 0 ? out : undefined;
}

/** A `$9$` value: the encoding's alphabet to a boundary (a `$` after it makes a crypt hash, Cisco's type 9). */
const JUNOS_9 = /\$9\$[A-Za-z0-9./-]{4,512}(?![\w$./-])/y;
let junosFinder: RegExp | undefined;

export const junosType9Secret: Detector = {
  id: 'junos-type9-secret',
  title: 'Juniper Junos $9$ secret (a reversible encoding, equivalent to cleartext)',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: ['$9$'],
  priority: 30,
  remediation: storeRemediation(
    'shared secret or key (every `$9$` value decodes with public tools, so treat it as published)',
    'keep Junos configurations with secrets out of the repository or template the values from a vault; on Junos 15.1+ a master password (`set system master-password`) stores them as $8$ instead.',
  ),
  detect: function* detect(input: DetectorInput): Iterable<Match> {
    const { text } = input;
    junosFinder ??= keywordRegExp(['$9$']);
    for (const at of keywordStarts(text, input.keywordStarts, junosFinder)) {
      if (at > 0 && /[\w$]/.test(text.charAt(at - 1))) continue;
      JUNOS_9.lastIndex = at;
      const m = JUNOS_9.exec(text);
      if (!m) continue;
      const value = m[0];
      const lineStart = lineStartNear(text, at, 512); // (never a search back along a long line)
      if (/^[ \t]{0,64}(?:#|!|\/\/|\/\*)/.test(text.slice(lineStart, at))) continue;
      const plain = decodeJunos9(value);
      if (plain === undefined || !literalCredential(plain)) continue;
      yield { start: at, end: at + value.length, secret: value, detail: 'a Junos $9$ secret: a reversible encoding that decodes to the cleartext' };
    }
  },
  examples: {
    positive: [
      {
        path: 'junos/mx1.conf',
        text: 'system {\n    radius-server {\n        10.0.0.1 secret "$9$F84b3/Ap0IlvWhSw2oaUDFn/9pOBIcyKMcy2oJZq.EcS"; ## SECRET-DATA\n    }\n}\n',
      },
      { path: 'junos/srx.set', text: 'set security ike policy P1 pre-shared-key ascii-text "$9$VZsoZikPF69fTrKv87NaZUj.fQFntu1M8aUi.TQreK"\nset protocols bgp group ext authentication-key "$9$p1GcOcrM87-wYvWLxdb4oFn6/0IMWx7dwKvs4"\n' },
      { path: 'tests/test_junos.py', text: 'CONFIG = {"ospf_key": "$9$2eajk/9p1Ec0BKWL7VbqmfQ9tRhSMLNJG39Ct1INdV"}\n' },
    ],
    negative: [
      { path: 'junos/mx1.conf', text: 'encrypted-password "$9$nhEmQVczB7dQCE$Wm4xK9qZ7vLpT2Rt5vX8kQaB3nD7fG1hJ6kL0pQ2rS"\n', why: 'a Cisco type 9 (scrypt) hash: the hash detectors judge it' },
      { path: 'junos/mx1.conf', text: 'secret "$9$LbHX-wg4Z";\n', why: 'decodes to two letters (the Perl module\'s example)' },
      { path: 'junos/mx1.conf', text: 'secret "$9$QzF3n6QzF3n6QzF3n6"\n', why: 'not a valid encoding' },
      { path: 'junos/mx1.conf', text: '# secret "$9$F84b3/Ap0IlvWhSw2oaUDFn/9pOBIcyKMcy2oJZq.EcS"\n', why: 'a comment' },
    ],
  },
};

// FortiOS (FortiGate), FortiManager and FortiAnalyzer write credentials in their CLI configurations
// and backups as `set <field> ENC <base64>`. Unless `set private-data-encryption enable` gave the
// device a key of its own, that encryption uses one key hard-coded in every unit's firmware and
// published since CVE-2019-6693: a committed backup's VPN pre-shared keys, user, LDAP and RADIUS
// passwords read as cleartext. The administrators' own `set password ENC SH2…` is a salted SHA-256
// hash, not that encryption (the advisory leaves it out): an offline-crackable hash, reported as one.
const FORTI_ENC = /^[ \t]{0,64}set[ \t]{1,4}(?<field>[a-z][a-z0-9-]{1,40})[ \t]{1,4}ENC[ \t]{1,4}(?<v>[A-Za-z0-9+/]{24,2048}={0,2})[ \t]*$/;
/** The field's last word and ENC (`psksecret`, `auth-password`, `passwd`, `key`): ` enc ` alone is a variable in every crypto library's code. */
const FORTI_KEYWORDS = ['secret enc ', 'password enc ', 'passwd enc ', 'key enc ', 'passphrase enc '];
let fortiFinder: RegExp | undefined;

export const fortiosEncryptedSecret: Detector = {
  id: 'fortios-encrypted-secret',
  title: 'FortiGate / FortiOS configuration secret (ENC, encrypted with a published key)',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: FORTI_KEYWORDS,
  priority: 30,
  remediation: storeRemediation(
    'pre-shared key or password (the `ENC` encryption uses a key published with CVE-2019-6693, so treat it as cleartext)',
    'keep FortiGate backups out of the repository; if a configuration must be kept, set `private-data-encryption enable` on the device first so that its ENC values use a key of its own, and template secrets from a vault.',
  ),
  detect: function* detect(input: DetectorInput): Iterable<Match> {
    const { text } = input;
    fortiFinder ??= keywordRegExp(FORTI_KEYWORDS);
    let ownKey: boolean | undefined;
    for (const line of keywordContentLines(input, fortiFinder)) {
      const m = FORTI_ENC.exec(line.text);
      const value = m?.groups?.v;
      if (!m || value === undefined) continue;
      // one search per file, once it holds an ENC value: a device with a key of its own writes values nobody decodes without it
      ownKey ??= /set[ \t]{1,4}private-data-encryption[ \t]{1,4}enable/.test(text);
      if (ownKey) return;
      const hash = value.startsWith('SH2');
      const bytes = Buffer.from(value, 'base64').length;
      if (bytes < 20) continue;
      const start = line.start + line.text.lastIndexOf(value);
      yield {
        start,
        end: start + value.length,
        secret: value,
        detail: hash
          ? `FortiOS administrator password (${m.groups?.field}): a salted SHA-256 hash anyone can attack offline`
          : `FortiOS ${m.groups?.field} ENC value: encrypted with the firmware's published key, so as good as cleartext`,
      };
    }
  },
  examples: {
    positive: [
      {
        path: 'backups/fw-branch1.conf',
        text: 'config vpn ipsec phase1-interface\n    edit "to-hq"\n        set interface "wan1"\n        set psksecret ENC kQ7vN2xLmT8pRw4zY6cB1dF3hJ5gK9sA0eU2iO4yW6tX8qV1nM3bZ5rC7aD9fG2hL4jP6kS8uE0wI2oQ4==\n    next\nend\n',
      },
      {
        path: 'fortigate/full-config.txt',
        text: 'config user local\n    edit "guest"\n        set type password\n        set passwd ENC Zp4Kx9Lm2Vq7Tr3Nw8Yb5Hc1Jd6Fg0Sa2Ue4Io6Py8Ar1Ts3Dk5Gm7Lp9Xz2Cv4Bn6Qw8\n    next\nend\n',
      },
      {
        path: 'fortigate/full-config.txt',
        text: 'config system admin\n    edit "admin"\n        set accprofile "super_admin"\n        set password ENC SH2m7Qx2Lr9Tk4Vw8Zp3Nc6Bj1Hd5Fg0Sa2Ue4Io6Py8Ar1Ts3Dk5Gm7Lp9Xz2Cv4\n    next\nend\n',
        why: "the administrator's password hash",
      },
    ],
    negative: [
      {
        path: 'fortigate/full-config.txt',
        text: 'config system global\n    set private-data-encryption enable\nend\nconfig vpn ipsec phase1-interface\n    edit "to-hq"\n        set psksecret ENC kQ7vN2xLmT8pRw4zY6cB1dF3hJ5gK9sA0eU2iO4yW6tX8qV1nM3bZ5rC7aD9fG2hL4jP6kS8uE0wI2oQ4==\n    next\nend\n',
        why: 'the device encrypts with a key of its own',
      },
      { path: 'fortigate/full-config.txt', text: '        set psksecret ENC <redacted>\n        set passwd ENC XXXX\n', why: 'redacted' },
      { path: 'docs/vpn.md', text: 'The key is stored as set psksecret ENC followed by the encrypted value.\n', why: 'prose' },
    ],
  },
};
