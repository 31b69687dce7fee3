import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { isStoredPassword } from './values.js';

// Jenkins keeps credentials in JENKINS_HOME: credentials.xml (and job config.xml files) hold each
// secret as `{AQAAABAAAA…}`, AES ciphertext under a key in secrets/master.key and
// secrets/hudson.util.Secret. Encrypted values are reported too: credentials.xml only leaves a
// controller in a copy of JENKINS_HOME, and such copies carry secrets/ along (a backup that can be
// restored must), so the ciphertext is as good as the credential; anyone with the Script Console of
// a controller restored from it reads it with one call. The key files are reported by name.

/** Jenkins's `Secret` payload: version 1, a 4-byte IV length (16), a 4-byte data length, the IV, the AES blocks. */
export function isJenkinsCiphertext(value: string): boolean {
  if (!/^\{AQAAAB[A-Za-z0-9+/]{30,16384}={0,2}\}$/.test(value)) return false;
  const bytes = Buffer.from(value.slice(1, -1), 'base64');
  if (bytes.length < 9 + 16 + 16 || bytes[0] !== 1) return false;
  const ivLength = bytes.readUInt32BE(1);
  const dataLength = bytes.readUInt32BE(5);
  return ivLength === 16 && dataLength > 0 && dataLength % 16 === 0 && bytes.length === 9 + ivLength + dataLength;
}

/** Jenkins's format before 2017 (still read): base64 of AES blocks, no braces. */
function isLegacyJenkinsCiphertext(value: string): boolean {
  if (!/^[A-Za-z0-9+/]{22,16384}={0,2}$/.test(value) || value.length % 4 !== 0) return false;
  const length = Buffer.from(value, 'base64').length;
  return length >= 16 && length % 16 === 0;
}

const JENKINS_MARKER = /com\.cloudbees\.plugins\.credentials|org\.jenkinsci\.plugins|<hudson[.>]|<jenkins\./;
let lastText = '';
let lastIsJenkins = false;

/** True when the XML is Jenkins's (memoised for the file being scanned: validate runs once per match). */
function isJenkinsXml(text: string): boolean {
  if (text !== lastText) [lastText, lastIsJenkins] = [text, JENKINS_MARKER.test(text)];
  return lastIsJenkins;
}

const ELEMENTS = 'password|passphrase|secret|privateKey|apiToken|secretBytes|secretPassword|clientSecret';

export const jenkinsCredentialsXml: Detector = patternDetector({
  id: 'jenkins-credentials-xml',
  title: 'Jenkins credential in a committed JENKINS_HOME file',
  severity: 'high',
  priority: 35,
  keywords: ['<password>', '<passphrase>', '<secret>', '<privatekey>', '<apitoken>', '<secretbytes>', '<secretpassword>', '<clientsecret>'],
  paths: ['*.xml'],
  pattern: new RegExp(`<(?<tag>${ELEMENTS})>(?<secret>[^<>\\s]{1,16384})</\\k<tag>>`),
  validate: (secret, _m, text) => isJenkinsXml(text) && (isJenkinsCiphertext(secret) || (!secret.startsWith('{') && isStoredPassword(secret))),
  detail: (m) => {
    const value = m.groups?.secret ?? '';
    const encrypted = isJenkinsCiphertext(value) ? 'Jenkins-encrypted' : isLegacyJenkinsCiphertext(value) ? 'Jenkins-encrypted (legacy format)' : undefined;
    return encrypted ? `${encrypted} <${m.groups?.tag}> (readable with the controller's secrets/ keys)` : `<${m.groups?.tag}> in clear text`;
  },
  remediation:
    'Rotate every credential the file holds (the service passwords, tokens and keys behind each entry), remove the JENKINS_HOME ' +
    'files from the repository and its history, and back Jenkins up to a private store; manage credentials with JCasC ' +
    'reading from a secret store (`${VAULT_SECRET}`), not committed XML.',
  examples: {
    positive: [
      {
        path: 'jenkins/credentials.xml',
        text: "<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin=\"credentials@1337\">\n  <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n    <id>nexus</id>\n    <username>deploy</username>\n    <password>{AQAAABAAAAAgnRODAWUMROzuDCXqc2R7iG6EgAVIrsJIHInyPW/I2t4+GCmoumIkP2PBWjL59JMM}</password>\n  </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n",
        why: 'encrypted, still reported',
      },
      {
        path: 'jenkins/credentials.xml',
        text: '<org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>\n  <id>slack</id>\n  <secret>Hq7vR2mLp9xT</secret>\n</org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>\n',
        why: 'clear text (hand-written)',
      },
      { path: 'jobs/deploy/config.xml', text: '<project>\n  <hudson.plugins.ws__cleanup.PreBuildCleanup/>\n  <apiToken>{AQAAABAAAAAQoeX4Mi7NM6dokjDyT8kpuD4otyuO4UHokKdqL2qCgDE=}</apiToken>\n</project>\n' },
    ],
    negative: [
      { path: 'jenkins/credentials.xml', text: '<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n  <password>{AQAAABAAAAAgnRODAWUMROzuDCXqc2R7}</password>\n', why: 'truncated: not a whole ciphertext' },
      { path: 'conf/app.xml', text: '<app>\n  <secret>{AQAAABAAAAAQoeX4Mi7NM6dokjDyT8kpuD4otyuO4UHokKdqL2qCgDE=}</secret>\n</app>\n', why: 'not a Jenkins file' },
      { path: 'jenkins/credentials.xml', text: '<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n  <password>${NEXUS_PASSWORD}</password>\n', why: 'reference' },
    ],
  },
});

function* detectJenkinsSecretFile({ path, text, binary }: DetectorInput): Iterable<Match> {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (name === 'hudson.util.Secret') {
    if (binary || text.length > 0) yield { start: 0, end: 0, detail: 'Jenkins secrets/hudson.util.Secret (decrypts every stored credential)' };
    return;
  }
  if (binary) return;
  const value = text.trim();
  const start = text.indexOf(value);
  if (name === 'master.key' && /^[0-9a-f]{256}$/.test(value)) {
    yield { start, end: start + value.length, secret: value, detail: 'Jenkins secrets/master.key (decrypts every stored credential)' };
  } else if (name === 'initialAdminPassword' && /^[0-9a-f]{32}$/.test(value)) {
    yield { start, end: start + value.length, secret: value, detail: 'Jenkins initial admin password' };
  }
}

const MASTER_KEY =
  '2cc6e706658851c47d71e4049c5c88805153328c93eef8b582d177722c19ef40826c56a7bc791a40b203c8abcecbe5c99ba5ae009b20f6d14611610c8581e02800e6d27fe9b96cc75f8625f5c344af3b8a5e65a74ababd764f82b073502ecef528283e1dca83abf9082865ba23f90a7378e489f892c401cb185df95d5acbc69c';

export const jenkinsSecretFile: Detector = {
  id: 'jenkins-secret-file',
  title: "Committed Jenkins key file (secrets/master.key, hudson.util.Secret)",
  policy: 'no-committed-credentials',
  severity: 'critical',
  keywords: [],
  paths: ['**/secrets/master.key', '**/secrets/hudson.util.Secret', '**/secrets/initialAdminPassword'],
  includeBinary: true,
  priority: 35,
  remediation:
    'Treat every credential stored in that Jenkins as exposed and rotate them, remove JENKINS_HOME/secrets from the ' +
    'repository and its history, and keep Jenkins backups in a private, encrypted store.',
  detect: detectJenkinsSecretFile,
  examples: {
    positive: [
      { path: 'jenkins_home/secrets/master.key', text: MASTER_KEY },
      { path: 'jenkins_home/secrets/hudson.util.Secret', text: '\u0091\u00f3\u0012\u00a8k\u0004', why: 'binary, by name' },
      { path: 'secrets/initialAdminPassword', text: 'f828e907f84218cfe7e8aa2ebdf6db66\n' },
    ],
    negative: [
      { path: 'config/secrets/master.key', text: '5273fbdfa0cd4d91659caf4b8dce6fc2\n', why: "32 hex: a Rails key, not Jenkins's" },
      { path: 'jenkins_home/secrets/hudson.util.Secret', text: '', why: 'empty' },
    ],
  },
};
