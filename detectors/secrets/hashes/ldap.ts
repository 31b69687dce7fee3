import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { quietOnStandInHashesInTests } from './stand-in-hash.js';
import { LDAP_DIGEST_BYTES, LDAP_SCHEMED, base64Bytes, isAssignedToStandIn, isMadeUp, outsideHtpasswdFiles } from './encoding.js';

// RFC 2307 password schemes of LDAP (userPassword, slapd's rootpw), Dovecot and 389-ds: {SCHEME} + the
// padded base64 of the digest, followed by the salt for the salted ones. Every one is a single fast
// hash. LDIF writes a value that needs it as `userPassword:: <base64 of the whole value>`.

/** The scheme (`SSHA`) when the value is a well-formed hash of a known scheme. */
function scheme(value: string): string | undefined {
  const m = LDAP_SCHEMED.exec(value);
  if (!m) return undefined;
  const [, salted, fn, body] = m as unknown as [string, string, string, string];
  const bytes = base64Bytes(body);
  const digest = LDAP_DIGEST_BYTES[fn.toUpperCase()] ?? 0;
  if (!bytes || body.length % 4 !== 0 || isMadeUp(body)) return undefined; // LDAP pads its base64
  const fits = salted ? bytes.length >= digest + 4 && bytes.length <= digest + 64 : bytes.length === digest;
  return fits ? `${salted}${fn}`.toUpperCase() : undefined;
}

function kind(secret: string): string | undefined {
  if (secret.startsWith('{')) return scheme(secret);
  const decoded = base64Bytes(secret)?.toString('latin1');
  return decoded === undefined ? undefined : scheme(decoded);
}

export const passwordHashLdap: Detector = quietOnStandInHashesInTests(outsideHtpasswdFiles(
  patternDetector({
    id: 'password-hash-ldap',
    title: 'LDAP password hash ({SSHA}, {SHA}, {MD5} schemes)',
    severity: 'high',
    keywords: ['{sha', '{ssha', '{md5}', '{smd5}', 'userpassword::'],
    pattern: /(?<secret>\{S?(?:MD5|SHA(?:256|384|512)?)\}[A-Za-z0-9+/]{20,172}={0,2}|(?<=userPassword::[ \t]{0,4})[A-Za-z0-9+/]{32,240}={0,2})(?![A-Za-z0-9+/=$])/i,
    allowPlaceholders: true,
    validate: (secret, m, text) => kind(secret) !== undefined && !isAssignedToStandIn(text, m.index),
    detail: (m) => `LDAP {${kind(m.groups?.secret ?? '') ?? 'SHA'}} password hash (a single fast hash)`,
    remediation:
      'These schemes are one fast SHA-1/SHA-2/MD5 round, cracked at billions of guesses a second: change the password of ' +
      'the directory account, remove the LDIF or config from the repository, and load accounts at deploy time from a ' +
      'secret store (or use a slow scheme such as {ARGON2} or {CRYPT} with yescrypt).',
    examples: {
      positive: [
        { text: 'dn: cn=admin,dc=corp,dc=test\nobjectClass: simpleSecurityObject\nuserPassword: {SSHA}PkyO2uitXDUCKzU78xvJPwdKHhMKp65q0hWTzw==', path: 'ldap/bootstrap.ldif' },
        { text: 'rootpw          {SSHA256}lTjwkg34dEGbqQHTg5G/lnu00YcQ41q3pwTeDgccTfu5cxDSpc49ng==', path: 'slapd.conf' },
        { text: 'dn: uid=svc,ou=people,dc=corp,dc=test\nuserPassword:: e1NTSEF9UkowN1h6QjM0U1NjM3dRY1pkQkcvMlp6Q0VjdGlvVkZ2QlZtU2c9PQ==', path: 'seed/users.ldif', why: 'LDIF base64 of an {SSHA} value' },
        { text: 'ops:{MD5}pQVNCh0wUnZ/IFbQ6MK6eg==', path: 'dovecot/users' },
        { text: 'userPassword: {SHA}5en6G6MezRroT3XKqkdPOmY/BfQ=', path: 'ldap/bootstrap.ldif', why: 'the hash of "secret" outside test material: a weak password is still a credential' },
      ],
      negative: [
        { text: 'dn: cn=reader,dc=corp,dc=test\nuserPassword: {SHA}5en6G6MezRroT3XKqkdPOmY/BfQ=', path: 'test/ldap/users.ldif', why: 'a test fixture: the hash of "secret"' },
        { text: 'userPassword: {SSHA}<hash from slappasswd>', why: 'placeholder' },
        { text: 'password_scheme = {SHA512}', why: 'a scheme name' },
        { text: 'userPassword: {SHA}PkyO2uitXDUCKzU78xvJPwdKHhMKp65q0hWTzw==', why: '28 bytes is not an unsalted SHA-1' },
        { text: 'ops:{SHA}gUudOCQK/tHfQ4JujxHiSbSQJJE=', path: 'apache/.htpasswd', why: 'the htpasswd-file detector reports it' },
        { text: 'userPassword:: c2VjcmV0LXBsYWluLXRleHQtcGFzc3dvcmQ=', why: 'base64 of a plain value, not a hash' },
      ],
    },
  }),
));
