import type { Detector } from '../../../src/types.js';
import { lineStartWithin } from '../../kit/name-value.js';
import { patternDetector } from '../../kit/pattern.js';
import { contentLines, isConfigLiteral, isRedisExamplePassword, isStoredPassword, storeRemediation } from './values.js';

// Passwords set by a service's own directive, wherever the directive is written: Ansible's connection
// variables (INI inventories put them on the host's line: `web1 ansible_host=… ansible_ssh_pass=…`),
// Redis's `requirepass` / `masterauth` (redis.conf, `redis-server --requirepass …` in a compose file or
// a unit), OpenLDAP's `rootpw` / `olcRootPW`, and the password of a CIFS/SMB mount (fstab, autofs, a
// `mount -o` line). Generic assignments miss them: no `=` after a password-like name, or several
// settings on one line. The slot names the credential, so a weak value counts as well as a random one.

/** Characters read back from a match for its line's start: a longer line is no config directive's. */
const LINE_LOOKBACK = 256;

/** The match's line, read at most LINE_LOOKBACK characters back and 1 KiB on (never the whole text: a line may be megabytes long). */
function lineAround(text: string, at: number): { before: string; line: string } {
  const found = lineStartWithin(text, at, LINE_LOOKBACK);
  const start = found < 0 ? at - LINE_LOOKBACK : found;
  let end = at;
  const ceiling = Math.min(text.length, at + 1024);
  while (end < ceiling && text.charCodeAt(end) !== 0x0a) end++;
  return { before: text.slice(start, at), line: text.slice(start, end) };
}

/** The match's line starts with a comment marker: `# requirepass foobared` is redis.conf's own example. */
function commentedOut(text: string, at: number): boolean {
  return /^[ \t]{0,16}[#;]/.test(lineAround(text, at).before);
}

/** A member access or a dotted name in code (`connection.password`, `self.pw`): an expression, not a value. */
const DOTTED_NAME = /^[A-Za-z_]\w{0,40}(?:\.[A-Za-z_]\w{0,40})+$/;

function storedHere(secret: string, text: string, at: number): boolean {
  return !commentedOut(text, at) && !DOTTED_NAME.test(secret) && isConfigLiteral(secret);
}

/**
 * A directive written as one: at the start of its line, as a command-line option (`--requirepass`),
 * after `CONFIG SET`, or followed by `:` or `=` (YAML, INI) - not a word in a sentence ("Redis requirepass
 * server configuration").
 */
function asDirective(text: string, m: RegExpExecArray): boolean {
  const { before } = lineAround(text, m.index);
  if (/^[ \t]{0,64}$|--$|config[ \t]{1,4}set[ \t]{1,4}$/i.test(before)) return true;
  return /^\w+["']?[ \t]{0,2}[:=]/.test(m[0]);
}

export const ansibleConnectionPassword: Detector = patternDetector({
  id: 'ansible-connection-password',
  title: 'Ansible connection or become password in an inventory or variables file',
  severity: 'high',
  keywords: ['ansible_ssh_pass', 'ansible_pass', 'ansible_become_pass', 'ansible_sudo_pass', 'ansible_su_pass'],
  priority: 30,
  pattern: /(?<![\w$])(?<name>ansible_(?:ssh_|become_|sudo_|su_)?pass(?:word)?)["']?[ \t]{0,3}[=:][ \t]{0,3}(?<q>["']?)(?<secret>[^\s"'#,}]{1,256})\k<q>(?![^\s,}#])/,
  keywordSpan: { before: 2, after: 300 },
  validate: (secret, m, text) => storedHere(secret, text, m.index),
  detail: (m) => `${m.groups?.['name'] ?? 'Ansible password'}`,
  remediation: storeRemediation(
    'SSH or sudo password',
    'encrypt it with ansible-vault (`ansible-vault encrypt_string`) or look it up at run time (a vault or cloud secret lookup plugin), and prefer SSH keys to passwords.',
  ),
  examples: {
    positive: [
      { path: 'inventory/hosts', text: '[web]\nweb1 ansible_host=10.0.0.5 ansible_user=deploy ansible_ssh_pass=Vt9qW3xkP2mHq7vR ansible_become_pass=Zt9q!W3xkP2m\n' },
      { path: 'host_vars/db1.yml', text: 'ansible_user: admin\nansible_password: "hunter22"\n', why: 'a weak password in its slot' },
      { path: 'deploy.sh', text: 'ansible-playbook site.yml -e ansible_become_password=Hq7vR2mLp9xT\n' },
    ],
    negative: [
      { path: 'group_vars/all.yml', text: 'ansible_password: "{{ vault_ansible_password }}"\n', why: 'a variable' },
      { path: 'group_vars/all.yml', text: 'ansible_become_pass: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n', why: 'vault-encrypted' },
      { path: 'inventory/hosts', text: '# web1 ansible_ssh_pass=Vt9qW3xkP2mHq7vR\n', why: 'a comment' },
      { path: 'docs/inventory.md', text: 'Set ansible_password=<password> for Windows hosts.\n', why: 'a stand-in' },
      { path: 'lib/connection.py', text: '        variables.update(ansible_password=connection.password)\n', why: 'an expression' },
      { path: 'tests/become.yml', text: '    vars:\n      ansible_become_pass: broken\n', why: "one word: a test's wrong password" },
    ],
  },
});

export const redisConfigPassword: Detector = patternDetector({
  id: 'redis-config-password',
  title: 'Redis password set by requirepass or masterauth',
  severity: 'high',
  keywords: ['requirepass', 'masterauth'],
  priority: 30,
  pattern: /(?<!\w)(?<name>requirepass|masterauth)["']?(?:[ \t]{1,4}|[ \t]{0,2}[:=][ \t]{0,4})(?<q>["']?)(?<secret>[^\s"'#]{1,256})\k<q>(?![^\s#])/i,
  keywordSpan: { before: 2, after: 300 },
  validate: (secret, m, text) => asDirective(text, m) && storedHere(secret, text, m.index) && !isRedisExamplePassword(secret),
  detail: (m) => `Redis ${m.groups?.['name']?.toLowerCase() ?? 'password'}`,
  remediation: storeRemediation(
    'Redis password (every client and replica that uses it must get the new one)',
    'pass it at start-up from a secret (`--requirepass "$REDIS_PASSWORD"`, an ACL file outside the repository, or the chart\'s existing-secret setting).',
  ),
  examples: {
    positive: [
      { path: 'conf/redis.conf', text: 'bind 127.0.0.1\nrequirepass Hq7vR2mLp9xTZt9qW3xk\nmasterauth Qm7vT2xK9pLw4RzN8c\n' },
      { path: 'docker-compose.yml', text: 'services:\n  cache:\n    image: redis:7\n    command: redis-server --requirepass "Zt9q!W3xkP2m" --appendonly yes\n' },
    ],
    negative: [
      { path: 'redis.conf', text: '# requirepass foobared\n', why: "the shipped config's example" },
      { path: 'docker-compose.yml', text: '    command: redis-server --requirepass "$REDIS_PASSWORD"\n', why: 'from the environment' },
      { path: 'docs/redis.md', text: 'Set requirepass <your-password> in redis.conf.\n', why: 'a stand-in' },
      { path: 'README.md', text: '| `CACHE_REDIS_PASSWORD` | Redis requirepass server configuration | |\n', why: 'a word in a sentence' },
      { path: 'templates/redis.conf.tpl', text: '    requirepass replace-default-auth\n', why: 'a value to fill in' },
    ],
  },
});

export const ldapRootPassword: Detector = patternDetector({
  id: 'ldap-root-password',
  title: 'OpenLDAP root password in clear (rootpw / olcRootPW)',
  severity: 'critical',
  keywords: ['rootpw'],
  priority: 30,
  // `olcRootPW:: ` is base64 (LDIF): left to the decoder; a `{SSHA}` hash is a password-hash finding
  // (a `-` opens kickstart's options, `rootpw --plaintext …`: kickstart-password reads those)
  pattern: /(?<![\w-])(?<name>rootpw|olcRootPW)(?:[ \t]{1,8}|:[ \t]{1,4})(?<q>["']?)(?<secret>[^\s"':<-][^\s"'<]{0,255})\k<q>(?![^\s<])/i,
  keywordSpan: { before: 3, after: 300 },
  validate: (secret, m, text) => asDirective(text, m) && storedHere(secret, text, m.index),
  detail: () => 'the directory administrator (rootdn) password',
  remediation: storeRemediation(
    'directory administrator password',
    'store a salted hash instead (`slappasswd` gives {SSHA} or {ARGON2}), or bind the administrator by SASL EXTERNAL over ldapi://.',
  ),
  examples: {
    positive: [
      { path: 'ldap/slapd.conf', text: 'rootdn "cn=admin,dc=acme,dc=io"\nrootpw Zq8Lm3vT7xK2pLw9\n' },
      { path: 'ldap/db.ldif', text: 'dn: olcDatabase={1}mdb,cn=config\nolcRootDN: cn=admin,dc=acme,dc=io\nolcRootPW: Hq7vR2mLp9xT\n' },
    ],
    negative: [
      { path: 'ldap/slapd.conf', text: 'rootpw {SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=\n', why: 'a hash (reported as a password hash)' },
      { path: 'ldap/db.ldif', text: 'olcRootPW:: e1NTSEF9VzZwaDVNbTVQejhHZ2lVTGJQZ3pHMzdtajlnPQ==\n', why: 'base64 (the decoder reads it)' },
      { path: 'ldap/slapd.conf', text: '#rootpw Zq8Lm3vT7xK2pLw9\n', why: 'a comment' },
      { path: 'docs/realm-howto.xml', text: '<source>rootdn "cn=Manager,dc=mycompany,dc=com"\nrootpw secret</source>\n', why: 'a stand-in' },
    ],
  },
});

/**
 * The password a service binds to a directory with: nslcd's and pam_ldap's `bindpw` / `rootbindpw`,
 * SSSD's `ldap_default_authtok` (also when `ldap_default_authtok_type = obfuscated_password`: the
 * obfuscation is reversible), Postfix LDAP tables' `bind_pw`, Dovecot's `dnpass`, Apache's
 * `AuthLDAPBindPassword` (not its `exec:` form, which runs a program for it), nginx-auth-ldap's
 * `binddn_passwd`.
 */
export const ldapBindPassword: Detector = patternDetector({
  id: 'ldap-bind-password',
  title: 'LDAP bind password in a service config (bindpw, ldap_default_authtok, bind_pw, dnpass)',
  severity: 'high',
  keywords: ['bindpw', 'ldap_default_authtok', 'bind_pw', 'dnpass', 'authldapbindpassword', 'binddn_passwd'],
  priority: 30,
  pattern: /(?<![\w-])(?<name>(?:root)?bindpw|ldap_default_authtok|bind_pw|dnpass|AuthLDAPBindPassword|binddn_passwd)(?:[ \t]{1,8}|[ \t]{0,8}[:=][ \t]{0,8})(?<q>["']?)(?<secret>[^\s"';#=:][^\s"';]{0,255})\k<q>[ \t]*;?(?![^\s#])/i,
  keywordSpan: { before: 3, after: 300 },
  // (a value ending in `,` or `)` is a code argument: `uldap.access(binddn=dn, bindpw=pwd,`)
  validate: (secret, m, text) => asDirective(text, m) && !/^exec:/i.test(secret) && !/[,)]$/.test(secret) && storedHere(secret, text, m.index),
  detail: (m) => `the bind password of a directory client (${(m.groups?.name ?? '').toLowerCase()})`,
  remediation: storeRemediation(
    'bind account password',
    'read it from a file only root can read (nslcd `bindpw` via a templated secret, SSSD with `ldap_default_authtok` written at provisioning), or bind with a client certificate or Kerberos (SASL GSSAPI).',
  ),
  examples: {
    positive: [
      { path: 'etc/nslcd.conf', text: 'uri ldap://ldap.acme.io/\nbinddn cn=nslcd,ou=svc,dc=acme,dc=io\nbindpw Zq8Lm3vT7xK2pLw9\n' },
      { path: 'roles/sssd/templates/sssd.conf', text: '[domain/acme]\nldap_default_bind_dn = cn=sssd,ou=svc,dc=acme,dc=io\nldap_default_authtok = Hq7vR2mLp9xTz4\n' },
      { path: 'postfix/ldap-users.cf', text: 'server_host = ldap.acme.io\nbind = yes\nbind_dn = cn=postfix,ou=svc,dc=acme,dc=io\nbind_pw = Wm4xK9qZ7vLpT2\n' },
      { path: 'apache/conf.d/ldap.conf', text: '<Location />\n  AuthLDAPBindDN "cn=web,ou=svc,dc=acme,dc=io"\n  AuthLDAPBindPassword "Rt5vX8kQ2mLpN7"\n</Location>\n' },
    ],
    negative: [
      { path: 'etc/nslcd.conf', text: '# bindpw Zq8Lm3vT7xK2pLw9\n', why: 'a comment' },
      { path: 'apache/conf.d/ldap.conf', text: '  AuthLDAPBindPassword exec:/usr/local/bin/ldap-pass\n', why: 'a program prints it' },
      { path: 'roles/sssd/templates/sssd.conf', text: 'ldap_default_authtok = {{ sssd_bind_password }}\n', why: 'a template variable' },
      { path: 'docs/ldap.md', text: 'Set bindpw in nslcd.conf to the account password.\n', why: 'a word in a sentence' },
      { path: 'etc/nslcd.conf', text: 'bindpw secret\n', why: 'a stand-in' },
      { path: 'plugins/module_utils/directory.py', text: '    return uldap.access(\n        binddn=bind_dn,\n        bindpw=Xq7pwd2,\n    )\n', why: 'a keyword argument given a variable' },
    ],
  },
});

/** A mount of an SMB/CIFS share on the same line: fstab, autofs maps, `mount -t cifs`, systemd mount options. */
const SMB_MOUNT = /\bcifs\b|\bsmbfs\b|\bsmb3\b/i;

export const mountOptionsPassword: Detector = patternDetector({
  id: 'mount-options-password',
  title: 'Password in the options of an SMB/CIFS mount (fstab, autofs, mount -o)',
  severity: 'high',
  keywords: ['cifs', 'smbfs', 'smb3'],
  priority: 30,
  // the password option stands anywhere on the mount's line, before or after `cifs`: a span of a long line
  keywordSpan: { before: 600, after: 600 },
  pattern: /(?<=[,\s"'=])pass(?:word)?=(?<secret>[^,\s"']{1,256})/,
  validate: (secret, m, text) => {
    const { line } = lineAround(text, m.index);
    const user = /(?:^|[,\s])user(?:name)?=([^,\s]+)/.exec(line)?.[1] ?? '';
    return SMB_MOUNT.test(line) && storedHere(secret, text, m.index) && isStoredPassword(secret, user);
  },
  detail: () => 'password of an SMB share mount',
  remediation: storeRemediation(
    'share password',
    'point the mount at a credentials file outside the repository instead (`credentials=/etc/samba/creds`, mode 0600) or use Kerberos (`sec=krb5`).',
  ),
  examples: {
    positive: [
      { path: 'etc/fstab', text: '//files.acme.io/share /mnt/share cifs username=bob,password=Hq7vR2mLp9xT,uid=1000 0 0\n' },
      { path: 'scripts/mount.sh', text: 'mount -t cifs //nas/backup /mnt/backup -o user=backup,pass=Zt9q!W3xkP2m,vers=3.0\n' },
    ],
    negative: [
      { path: 'etc/fstab', text: '//files.acme.io/share /mnt/share cifs credentials=/etc/samba/creds,uid=1000 0 0\n', why: 'a credentials file' },
      { path: 'etc/fstab', text: '//nas/share /mnt cifs username=guest,password=guest 0 0\n', why: 'the user name again' },
      { path: 'etc/fstab', text: 'server:/export /mnt nfs defaults 0 0\n# cifs shares below need password=\n', why: 'no password value on a cifs line' },
    ],
  },
});

export const haproxyPassword: Detector = patternDetector({
  id: 'haproxy-password',
  title: 'Clear-text password in an HAProxy config (insecure-password, stats auth)',
  severity: 'high',
  keywords: ['insecure-password', 'stats auth'],
  // HAProxy configs and their templates, not its manual's examples (configuration.txt) or C sources
  paths: ['**/*.cfg', '**/*.conf', '**/*.cfg.*', '**/*.j2', '**/*.tmpl', '**/*.tpl', '**/*.erb', '**/*.yaml', '**/*.yml', '**/haproxy*'],
  priority: 30,
  // `user NAME insecure-password PASS` in a userlist (`password` takes a crypt(3) hash), and the stats
  // page's `stats auth USER:PASS`
  pattern: /(?<![\w-])(?:user[ \t]{1,8}(?<user>[^\s<]{1,64})[ \t][^\n]{0,80}?insecure-password|stats[ \t]{1,8}auth[ \t]{1,8}(?<statsUser>[^\s:<]{1,64}):)[ \t]{0,8}(?<q>["']?)(?<secret>[^\s#"'<]{1,256})\k<q>(?![^\s])/,
  keywordSpan: { before: 160, after: 300 },
  validate: (secret, m, text) => {
    const user = m.groups?.['user'] ?? m.groups?.['statsUser'] ?? '';
    // (`admin:AdMiN123`: the user name dressed up)
    return !commentedOut(text, m.index) && isStoredPassword(secret, user) && !(user.length >= 4 && secret.toLowerCase().includes(user.toLowerCase()));
  },
  detail: (m) => (m.groups?.['statsUser'] !== undefined ? 'the stats page password' : `the userlist password of ${m.groups?.['user']}`),
  remediation: storeRemediation(
    'HAProxy password',
    'write `password <crypt hash>` (from `mkpasswd -m sha-512`) in userlists, and keep the stats page behind a hashed userlist or off the public listener.',
  ),
  examples: {
    positive: [
      { path: 'etc/haproxy/haproxy.cfg', text: 'userlist admins\n  user ops insecure-password Zq4mKx9vNw2p\n' },
      { path: 'deploy/haproxy.cfg', text: 'listen stats\n  bind :8404\n  stats enable\n  stats auth admin:Xk7qVm3zNw8p\n' },
    ],
    negative: [
      { path: 'etc/haproxy/haproxy.cfg', text: 'userlist admins\n  user ops password $6$Q9hT2kLm$yV7pX3nR8sW1dF6gJ0cB4zA5eH2uK9mN7q\n', why: 'a crypt hash' },
      { path: 'etc/haproxy/haproxy.cfg', text: '  #stats auth admin:Xk7qVm3zNw8p\n', why: 'a comment' },
      { path: 'etc/haproxy/haproxy.cfg', text: '  stats auth admin:admin\n', why: 'the user name again' },
      { path: 'etc/haproxy/haproxy.cfg', text: '  stats auth admin1:AdMiN123\n', why: 'the user name dressed up' },
      { path: 'etc/haproxy/haproxy.cfg', text: "  user <username> [password|insecure-password <password>]\n", why: 'the syntax, with placeholders' },
    ],
  },
});

export const pgbouncerUserlistPassword: Detector = {
  id: 'pgbouncer-userlist-password',
  title: 'Clear-text password in a PgBouncer auth file (userlist.txt)',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: [],
  paths: ['userlist.txt', '**/pgbouncer/userlist.txt', '**/pgbouncer/*userlist*.txt'],
  priority: 30,
  remediation: storeRemediation(
    'database password',
    'list SCRAM secrets (`SCRAM-SHA-256$…`, from pg_authid) or md5 hashes instead, or use `auth_query` against the server.',
  ),
  // `"user" "password"`; md5… and SCRAM-SHA-256$… entries are hashes (password-hash detectors read those)
  *detect({ text }) {
    for (const line of contentLines(text)) {
      const m = /^[ \t]*"([^"\n]{1,64})"[ \t]+"([^"\n]{1,256})"/.exec(line.text);
      if (!m) continue;
      const [, user, secret] = m as unknown as [string, string, string];
      if (/^(?:md5[0-9a-f]{32}|SCRAM-SHA-256\$)/.test(secret) || !isStoredPassword(secret, user)) continue;
      const start = line.start + m[0].length - secret.length - 1;
      yield { start, end: start + secret.length, secret, detail: `the password of ${user}` };
    }
  },
  examples: {
    positive: [
      { path: 'etc/pgbouncer/userlist.txt', text: '"app" "Tz8mQx3kVn6w"\n"stats" "md5d6b3f5a7c9e1b2d4f6a8c0e2b4d6f8a0"\n' },
      { path: 'deploy/pgbouncer/userlist.txt', text: '"reporting" "hunter22"\n', why: 'weak' },
    ],
    negative: [
      { path: 'etc/pgbouncer/userlist.txt', text: '"app" "md5d6b3f5a7c9e1b2d4f6a8c0e2b4d6f8a0"\n', why: 'an md5 hash' },
      { path: 'etc/pgbouncer/userlist.txt', text: '"app" "SCRAM-SHA-256$4096:c2FsdHNhbHQ=$c3RvcmVkc3RvcmVk=:c2VydmVyc2VydmVy"\n', why: 'a SCRAM secret' },
      { path: 'etc/pgbouncer/userlist.txt', text: '"app" "app"\n', why: 'the user name again' },
    ],
  },
};
