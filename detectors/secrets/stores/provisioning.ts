import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { lines } from '../../files/lines.js';
import { patternDetector } from '../../kit/pattern.js';
import { keywordRegExp } from '../../kit/keyword-windows.js';
import { contentLines, isStoredPassword, keywordContentLines, storeRemediation } from './values.js';

// Passwords written into the files that install or provision a machine: Red Hat kickstart
// (`rootpw --plaintext …`, `user … --password=… --plaintext`), Debian preseed
// (`d-i passwd/root-password password …`), cloud-init user data (`chpasswd` lists,
// `plain_text_passwd:`) and Jetty's realm.properties (`user: password, role`). Each names the slot
// itself; a crypted value (`--iscrypted`, `-crypted`, `$6$…`, `OBF:`/`MD5:`/`CRYPT:`) is a hash (the
// password-hash detectors read those), not a clear password.

/** A kickstart file by name: ks.cfg, anaconda-ks.cfg, kickstart*.cfg, *.ks. */
function isKickstartPath(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  return name.endsWith('.ks') || (name.endsWith('.cfg') && (name.startsWith('kickstart') || /(?:^|[-_.])ks\.cfg$/.test(name)));
}

/** `rootpw [--plaintext|--lock|--allow-ssh]… <password>` and `user … --password=<password>`, on a line of their own. */
const ROOTPW = /^[ \t]{0,8}rootpw((?:[ \t]{1,8}--[a-z-]{1,20})*)[ \t]{1,8}(?<q>["']?)(?<secret>[^\s"'-][^\s"']{0,255})\k<q>[ \t]*$/;
const USER_PASSWORD = /^[ \t]{0,8}user[ \t][^\n]{0,300}?--password[= ](?<q>["']?)(?<secret>[^\s"']{1,256})\k<q>(?=\s|$)/;

const KICKSTART_KEYWORDS = ['rootpw', '--password'];
const KICKSTART_FINDER = keywordRegExp(KICKSTART_KEYWORDS);

function* detectKickstart(input: DetectorInput): Iterable<Match> {
  const byName = isKickstartPath(input.path);
  for (const line of keywordContentLines(input, KICKSTART_FINDER, /^[ \t]{0,64}(?:#|$)/)) {
    const root = ROOTPW.exec(line.text);
    const m = root ?? USER_PASSWORD.exec(line.text);
    if (!m) continue;
    const flags = root ? (root[1] ?? '') : line.text;
    // crypted: a hash; without --plaintext only a kickstart file by name says the line is kickstart's (slapd.conf has a rootpw too)
    if (/--iscrypted/.test(flags) || !(byName || /--plaintext/.test(flags))) continue;
    const secret = m.groups?.['secret'] as string;
    if (!isStoredPassword(secret)) continue;
    const start = line.start + (m.index ?? 0) + m[0].lastIndexOf(secret);
    yield { start, end: start + secret.length, secret, detail: root ? 'the root password of a kickstart install' : 'a user password of a kickstart install' };
  }
}

export const kickstartPassword: Detector = {
  id: 'kickstart-password',
  title: 'Clear-text password in a kickstart file (rootpw, user --password)',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: KICKSTART_KEYWORDS,
  priority: 40,
  remediation: storeRemediation(
    'password the install sets',
    'write a crypted one (`rootpw --iscrypted $6$…`, from `openssl passwd -6`), or lock root (`rootpw --lock`) and add an SSH key with `sshkey`.',
  ),
  detect: detectKickstart,
  examples: {
    positive: [
      { path: 'install/ks.cfg', text: 'lang en_US.UTF-8\nrootpw --plaintext Zk5mQx2vNw8p\nuser --name=ops --groups=wheel --password=Tv8nXq3mKz6w --plaintext\n' },
      { path: 'pxe/centos9-anaconda-ks.cfg', text: 'keyboard us\nrootpw Hq7vR2mLp9xT\n' },
      { path: 'templates/web.tmpl', text: '# kickstart for web nodes\nrootpw --plaintext --allow-ssh hunter22\n', why: 'weak, any file name with --plaintext' },
    ],
    negative: [
      { path: 'install/ks.cfg', text: 'rootpw --iscrypted $6$Q9hT2kLm$yV7pX3nR8sW1dF6gJ0cB4zA5eH2uK9mN7qT3wY8xL1vP6sR2dG5fJ9hK0cB3nM7\n', why: 'crypted' },
      { path: 'install/ks.cfg', text: 'rootpw --lock\nsshkey --username=root "ssh-ed25519 AAAAC3Nza… ops"\n', why: 'locked' },
      { path: 'ldap/slapd.conf', text: 'rootpw Zq8Lm3vT7xK2pLw9\n', why: "slapd.conf's rootpw (ldap-root-password reads it)" },
      { path: 'install/ks.cfg', text: 'user --name=ops --password=$6$Q9hT2kLm$yV7pX3nR8sW1dF6 --iscrypted\n', why: 'crypted' },
      { path: 'packer/http/ks.cfg', text: 'rootpw --plaintext vagrant\nuser --name=vagrant --plaintext --password vagrant\n', why: "a Vagrant base box's published default" },
    ],
  },
};

export const preseedPassword: Detector = patternDetector({
  id: 'preseed-password',
  title: 'Clear-text password in a Debian/Ubuntu preseed file',
  severity: 'high',
  priority: 40,
  keywords: ['passwd/root-password', 'passwd/user-password'],
  // `d-i passwd/root-password password …` (the -again line repeats it: not reported twice; -crypted is a hash)
  pattern: /^[ \t]{0,8}(?:d-i|[\w-]{1,40})[ \t]{1,8}passwd\/(?<who>root|user)-password[ \t]{1,8}password[ \t]{1,8}(?<secret>\S{1,256})[ \t]*$/m,
  keywordSpan: { before: 60, after: 300 },
  validate: (secret) => isStoredPassword(secret),
  detail: (m) => (m.groups?.['who'] === 'root' ? 'the root password of a preseeded install' : 'the first user\'s password of a preseeded install'),
  remediation: storeRemediation(
    'password the install sets',
    'preseed a crypted one (`d-i passwd/root-password-crypted password $6$…`, from `mkpasswd -m sha-512`), or disable root login and preseed an SSH key.',
  ),
  examples: {
    positive: [
      { path: 'install/preseed.cfg', text: 'd-i passwd/root-password password Qm2zXv8kNw5p\nd-i passwd/root-password-again password Qm2zXv8kNw5p\n' },
      { path: 'http/preseed.cfg', text: 'd-i passwd/user-fullname string Ops\nd-i passwd/username string ops\nd-i passwd/user-password password vagrant1\nd-i passwd/user-password-again password vagrant1\n', why: 'weak' },
    ],
    negative: [
      { path: 'install/preseed.cfg', text: 'd-i passwd/root-password-crypted password $6$Q9hT2kLm$yV7pX3nR8sW1dF6gJ0cB4zA5eH2uK9mN7q\n', why: 'crypted' },
      { path: 'install/preseed.cfg', text: '#d-i passwd/root-password password r00tme\n', why: 'commented out' },
      { path: 'install/preseed.cfg', text: 'd-i passwd/root-login boolean false\n', why: 'no password' },
    ],
  },
});

/** A `user:password` line of a chpasswd list. */
const CHPASSWD_ENTRY = /^([ \t]{2,32})([a-z_][\w.-]{0,31}):([^\s:]{1,128})[ \t]*$/;
const PLAIN_TEXT_PASSWD = /^[ \t-]{0,40}plain_text_passwd:[ \t]{0,8}(?<q>["']?)(?<secret>[^\s"']{1,256})\k<q>(?![^\s])/;
/** Lines of a chpasswd block read for its `list:` (a few settings may come first). */
const CHPASSWD_LINES = 40;

function* detectCloudInit({ text }: DetectorInput): Iterable<Match> {
  let inBlock = 0; // lines left of a chpasswd block
  let inList = false;
  for (const line of lines(text)) {
    if (line.text.length > 1024) continue;
    const plain = PLAIN_TEXT_PASSWD.exec(line.text);
    const secret = plain?.groups?.['secret'];
    if (plain && secret && isStoredPassword(secret)) {
      const start = line.start + plain[0].lastIndexOf(secret);
      yield { start, end: start + secret.length, secret, detail: "a user's plain_text_passwd" };
    }
    if (/^[ \t]{0,16}chpasswd:[ \t]*$/.test(line.text)) {
      inBlock = CHPASSWD_LINES;
      inList = false;
      continue;
    }
    if (inBlock === 0) continue;
    inBlock--;
    if (/^[ \t]{1,16}list:[ \t]{0,8}(?:\|[ \t]{0,8})?$/.test(line.text)) {
      inList = true;
      continue;
    }
    if (!inList) continue;
    const m = CHPASSWD_ENTRY.exec(line.text);
    if (!m) {
      inList = false; // the list's block scalar ends at the first line that is no entry
      continue;
    }
    const [, indent, user, value] = m as unknown as [string, string, string, string];
    // RANDOM / R: cloud-init makes one up; a $…$ value is crypted
    if (/^(?:RANDOM|R)$/.test(value) || value.startsWith('$') || !isStoredPassword(value, user)) continue;
    const start = line.start + indent.length + user.length + 1;
    yield { start, end: start + value.length, secret: value, detail: `the password chpasswd sets for ${user}` };
  }
}

export const cloudInitPassword: Detector = {
  id: 'cloud-init-password',
  title: 'Clear-text password in cloud-init user data (chpasswd, plain_text_passwd)',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: ['chpasswd', 'plain_text_passwd'],
  priority: 40,
  remediation: storeRemediation(
    'password the user data sets',
    'give users SSH keys (`ssh_authorized_keys`) and `lock_passwd: true`, or a crypted `passwd: $6$…`; user data is readable by every process on the instance through the metadata service.',
  ),
  detect: detectCloudInit,
  examples: {
    positive: [
      { path: 'cloud/user-data', text: '#cloud-config\nchpasswd:\n  list: |\n    root:Vz3qKm8nXw2p\n    ops:Lx9vKq3mZn7w\n  expire: false\n' },
      { path: 'terraform/cloud-init.yaml', text: '#cloud-config\nusers:\n  - name: deploy\n    plain_text_passwd: Np7xQz4mKv9w\n    lock_passwd: false\n' },
    ],
    negative: [
      { path: 'cloud/user-data', text: '#cloud-config\nchpasswd:\n  list: |\n    root:RANDOM\n  expire: true\n', why: 'cloud-init makes one up' },
      { path: 'cloud/user-data', text: '#cloud-config\nchpasswd:\n  list: |\n    ops:$6$Q9hT2kLm$yV7pX3nR8sW1dF6gJ0cB4zA5eH2uK9mN7q\n', why: 'crypted' },
      { path: 'cloud/user-data', text: '#cloud-config\nusers:\n  - name: deploy\n    plain_text_passwd: ${deploy_password}\n', why: 'a template variable' },
    ],
  },
};

/**
 * Jetty's OBF: encoding undone (org.eclipse.jetty.util.security.Password): four base-36 digits per
 * character (`U` and six digits for one above 0xff); undefined when the text is no such encoding.
 */
export function deobfuscateJetty(encoded: string): string | undefined {
  let out = '';
  for (let i = 0; i < encoded.length; ) {
    const wide = encoded[i] === 'U';
    const digits = encoded.slice(wide ? i + 1 : i, wide ? i + 7 : i + 4);
    if (!/^[0-9a-z]+$/.test(digits) || digits.length !== (wide ? 6 : 4)) return undefined;
    const n = Number.parseInt(digits, 36);
    out += wide ? String.fromCharCode(n) : String.fromCharCode((Math.floor(n / 256) + (n % 256) - 254) / 2);
    i += wide ? 7 : 4;
  }
  return out;
}

/** A Jetty HashLoginService file: realm.properties, or any *realm*.properties. */
function* detectJettyRealm({ text }: DetectorInput): Iterable<Match> {
  for (const line of contentLines(text, /^[ \t]{0,64}(?:#|!|$)/)) {
    const m = /^[ \t]*([\w.@-]{1,64})[ \t]*[:=][ \t]*([^\s,]{1,256})/.exec(line.text);
    if (!m) continue;
    const [, user, secret] = m as unknown as [string, string, string];
    // OBF: (obfuscated, reversible), MD5: and CRYPT: are Jetty's encodings: OBF is still the password
    if (/^(?:MD5|CRYPT):/.test(secret)) continue;
    // OBF: is judged by what it hides (Jetty's demo realm hides `other` for the user other)
    // (a properties file writes other characters as \uXXXX escapes: `\u20AC` is the one-character `€`)
    const plain = secret.startsWith('OBF:') ? deobfuscateJetty(secret.slice(4)) : secret.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    if (plain === undefined || !isStoredPassword(plain, user)) continue;
    const start = line.start + m[0].length - secret.length;
    yield { start, end: start + secret.length, secret, detail: secret.startsWith('OBF:') ? `the obfuscated (reversible) password of ${user}` : `the password of ${user}` };
  }
}

export const jettyRealmPassword: Detector = {
  id: 'jetty-realm-password',
  title: 'Password in a Jetty realm.properties (HashLoginService)',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: [],
  paths: ['realm.properties', '**/realm.properties', '**/*-realm.properties', '**/*_realm.properties'],
  priority: 30,
  remediation: storeRemediation(
    'password of the realm user',
    'store a hash (`MD5:` or `CRYPT:` from `org.eclipse.jetty.util.security.Password`; OBF: is reversible), or authenticate against a directory.',
  ),
  detect: detectJettyRealm,
  examples: {
    positive: [
      { path: 'etc/realm.properties', text: '# username: password[, rolename ...]\nadmin: Xv7qKm2zNw9p, server-administrator, admin\nguest: Lq3mZx8vKp4n, user\n' },
      { path: 'jetty/etc/test-realm.properties', text: 'deployer: OBF:1rhh1m7u1ni91pr41rhn1neu1naw1rir1ppa1nlp1m4k1rix, deploy\n', why: 'obfuscated, reversible' },
    ],
    negative: [
      { path: 'etc/realm.properties', text: 'admin: MD5:164c88b302622e17050af52c89945d44, admin\n', why: 'a hash' },
      { path: 'etc/realm.properties', text: '# guest: guest, user\n', why: 'a comment' },
      { path: 'etc/realm.properties', text: 'user: user, user\n', why: 'the user name again' },
      { path: 'etc/realm.properties', text: 'other: OBF:1xmk1w261u9r1w1c1xmq, user\n', why: 'obfuscated, but the user name again' },
      { path: 'etc/realm.properties', text: 'basic_utf8:\\u20AC\n', why: 'one character, escaped' },
      { path: 'etc/realm.properties', text: 'deployer: OBF:1v2j1uum1xtv1zej1zer1xtn1uvk1v1v, deploy\n', why: 'obfuscated, but the word password' },
    ],
  },
};
