import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { shannonEntropy } from '../../kit/entropy.js';
import { patternDetector } from '../../kit/pattern.js';
import { isStandIn } from '../../kit/placeholders.js';

// The secret files and settings of self-hosted servers that operators commit with their deployment
// repositories (Ansible roles, Helm values, docker volumes checked in). Most such settings are plain
// `*_password = …` lines the generic assignment detector already finds; these are the keys it misses:
// named `*_key_base`, `*EncryptKey`, or a file whose whole content is the key. Each reads only its own
// file names or rare keywords, and nothing it reads per match runs without a bound.

/** The file's one value: its text without surrounding blanks, with the offset where it starts (text bounded by the caller). */
function wholeValue(text: string): { value: string; start: number } {
  const value = text.trim();
  return { value, start: text.indexOf(value) };
}

/** The file name at the end of a path. */
function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

// ---------------------------------------------------------------------------------------------------
// GitLab: /etc/gitlab/gitlab-secrets.json (Linux package), config/secrets.yml (self-compiled) and the Helm
// chart's rails secret hold `db_key_base` (encrypts the attr_encrypted columns: CI variables, runner and
// integration tokens), `otp_key_base` (the users' 2FA seeds) and `encrypted_settings_key_base` (encrypted
// settings files), generated as 128 hex characters. (`secret_key_base` is Rails' own name: the generic
// detector finds it.)

export const gitlabKeyBase: Detector = patternDetector({
  id: 'gitlab-key-base',
  title: 'GitLab database, OTP or settings encryption key (gitlab-secrets.json)',
  vendor: 'GitLab',
  severity: 'critical',
  priority: 35,
  keywords: ['db_key_base', 'otp_key_base', 'encrypted_settings_key_base'],
  keywordSpan: { before: 20, after: 320 },
  pattern: /(?<![\w-])(?:db|otp|encrypted_settings)_key_base["']?\]?[ \t]{0,8}(?:=>|[:=])[ \t]{0,8}["']?(?<secret>[0-9a-f]{64,256}|[A-Za-z0-9]{32,256})(?![\w+/=-])/,
  minEntropy: 3,
  rejectSequences: true,
  detail: (m) => `${/^(\w+?)_key_base/.exec(m[0].replace(/^["']/, ''))?.[1] ?? 'a'}_key_base of a GitLab instance`,
  remediation:
    'These keys cannot simply be replaced: GitLab decrypts its stored CI variables, tokens and 2FA seeds with them. Treat every CI/CD variable, ' +
    'runner and integration token and 2FA secret of the instance as exposed (reset runner tokens, rotate variables, reset 2FA), remove the file ' +
    'from the repository and its history, and keep gitlab-secrets.json in a private, encrypted backup (or a Kubernetes Secret) instead.',
  examples: {
    positive: [
      {
        path: 'roles/gitlab/files/gitlab-secrets.json',
        text:
          '{\n  "gitlab_rails": {\n    "db_key_base": "4471fb9d38b2281ba53aef4ac9167f5ce48d7cccd37e251a6e393bf9b1f16d92abfee868c18fc6b3e6e622cffde3c25375e1b915d4d2ff23f1534a774696b250",\n' +
          '    "otp_key_base": "be20150fb1b3b9b6b8620a395c81a80ae659667b744779407e4905dcdc8bcba181d9620cf70c5363c07ce19ff3320c022cba6c91ce937e168fd75370c025845c"\n  }\n}\n',
      },
      {
        path: 'charts/gitlab/values-prod.yaml',
        text: 'production:\n  encrypted_settings_key_base: 425d56f9a373a187869584c5f80a469234b58849d43c2b778b72da4ff14b8ac84224f78335600ebd93a3d7e2357b1c24648361775acef5044760d700b08f135e\n',
        why: 'the rails secret of the Helm chart (secrets.yml form)',
      },
      { path: 'gitlab.rb', text: "gitlab_rails['db_key_base'] = '7438f95d59374e540eca2ec1419fccd6847bfb02720f37e0b42eadce9022d575'\n", why: 'set in gitlab.rb' },
    ],
    negative: [
      { path: 'gitlab.rb', text: "# gitlab_rails['db_key_base'] = nil\ngitlab_rails['otp_key_base'] = ENV['GITLAB_OTP_KEY_BASE']\n", why: 'unset, from the environment' },
      { path: 'config/secrets.yml', text: 'production:\n  db_key_base: <%= ENV["DB_KEY_BASE"] %>\n  otp_key_base: {{ gitlab_otp_key_base }}\n', why: 'templates' },
      { path: 'config/secrets.yml', text: 'test:\n  db_key_base: 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n', why: 'a counting sequence' },
    ],
  },
});

// ---------------------------------------------------------------------------------------------------
// JFrog Artifactory and the JFrog Platform services: $JFROG_HOME/<service>/var/etc/security/master.key (the AES key
// that encrypts the service's secrets in its database and system.yaml) and join.key (the shared key that signs the
// tokens the JFrog services trust each other with), each a 128- or 256-bit key written as hex.

/** The key files' places: `…/security/master.key|join.key`, or a master.key anywhere under an artifactory folder. */
const JFROG_KEY_PATH = /(?:^|\/)security\/(?:master|join)\.key$|(?:^|\/)artifactory\/(?:[^/]{1,200}\/){0,12}master\.key$/;

function* detectJfrogKeyFile({ path, text }: DetectorInput): Iterable<Match> {
  if (text.length > 1024 || !JFROG_KEY_PATH.test(path)) return;
  const { value, start } = wholeValue(text);
  if (!/^(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{64})$/.test(value) || isStandIn(value) || shannonEntropy(value) < 3) return;
  const name = baseName(path);
  yield { start, end: start + value.length, secret: value, detail: `JFrog ${name} (${name === 'join.key' ? 'signs the tokens between JFrog services' : 'decrypts the secrets Artifactory stores'})` };
}

export const jfrogSecurityKeyFile: Detector = {
  id: 'jfrog-security-key-file',
  title: 'Committed JFrog Artifactory master.key or join.key',
  policy: 'no-committed-credentials',
  severity: 'critical',
  keywords: [],
  paths: ['**/etc/security/master.key', '**/etc/security/join.key', '**/security/join.key', '**/artifactory/**/master.key'],
  priority: 35,
  remediation:
    'Generate a new key (`openssl rand -hex 32`) and follow JFrog\'s procedure to replace the master or join key on every node (the ' +
    'master key re-encrypts the stored secrets; a new join key re-pairs the services), rotate the credentials Artifactory stores, and remove ' +
    'the file from the repository: pass the key from a secret store (Helm `masterKeySecretName`/`joinKeySecretName`).',
  detect: detectJfrogKeyFile,
  examples: {
    positive: [
      { path: 'artifactory/var/etc/security/master.key', text: '9c9d1a8c0d0fcf8f5225825258cfe11c1d7d30d920b742a5ccd9329aab8e6427\n' },
      { path: 'volumes/jfrog/var/etc/security/join.key', text: '4b3f06fada424d8438839246b762c514', why: 'a 128-bit key' },
    ],
    negative: [
      { path: 'artifactory/var/etc/security/master.key', text: 'FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF\n', why: 'a dummy value' },
      { path: 'artifactory/var/etc/security/join.key', text: '{{ artifactory_join_key }}\n', why: 'a template' },
      { path: 'config/master.key', text: '9c9d1a8c0d0fcf8f5225825258cfe11c\n', why: 'a Rails key path, not JFrog' },
    ],
  },
};

// ---------------------------------------------------------------------------------------------------
// Sonatype Nexus Repository 3 writes the first admin password, a UUID, to `admin.password` in its data directory
// (sonatype-work/nexus3, the nexus-data volume) and deletes it once the password is changed in the setup wizard:
// a committed copy is the admin password of a server nobody has finished setting up.

function* detectNexusAdminPassword({ path, text }: DetectorInput): Iterable<Match> {
  if (text.length > 256 || baseName(path) !== 'admin.password') return;
  const { value, start } = wholeValue(text);
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(value) || shannonEntropy(value) < 3) return;
  yield { start, end: start + value.length, secret: value, detail: 'Nexus Repository initial admin password (admin.password)' };
}

export const nexusAdminPasswordFile: Detector = {
  id: 'nexus-admin-password-file',
  title: 'Committed Nexus Repository initial admin password (admin.password)',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: [],
  paths: ['**/admin.password'],
  priority: 35,
  remediation:
    'Sign in to that Nexus and change the admin password (which also deletes the file), and keep the data directory (nexus-data, ' +
    'sonatype-work) out of the repository.',
  detect: detectNexusAdminPassword,
  examples: {
    positive: [
      { path: 'nexus-data/admin.password', text: '786648cb-91c1-4409-9a25-f6a19aafae02' },
      { path: 'docker/volumes/sonatype-work/nexus3/admin.password', text: '1510103d-f3ef-47a5-8bb8-836b1d187090\n' },
    ],
    negative: [
      { path: 'nexus-data/admin.password', text: '00000000-0000-0000-0000-000000000000', why: 'zeros' },
      { path: 'nexus-data/admin.password.example', text: '786648cb-91c1-4409-9a25-f6a19aafae02', why: 'another file name' },
      { path: 'nexus-data/admin.password', text: 'see the server log\n', why: 'not a UUID' },
    ],
  },
};

// ---------------------------------------------------------------------------------------------------
// Mattermost config.json: `SqlSettings.AtRestEncryptKey` (encrypts sensitive fields in the database) and
// `FileSettings.PublicLinkSalt` (signs public file links), each a 32-character random string Mattermost writes
// on first start; or the same as environment variables (MM_SQLSETTINGS_ATRESTENCRYPTKEY, MM_FILESETTINGS_PUBLICLINKSALT).

export const mattermostServerKey: Detector = patternDetector({
  id: 'mattermost-server-key',
  title: 'Mattermost at-rest encryption key or public link salt',
  vendor: 'Mattermost',
  severity: 'high',
  priority: 35,
  keywords: ['atrestencryptkey', 'publiclinksalt'],
  keywordSpan: { before: 24, after: 200 },
  pattern: /(?<![\w-])(?:MM_SQLSETTINGS_|MM_FILESETTINGS_)?(?<name>AtRestEncryptKey|PublicLinkSalt|ATRESTENCRYPTKEY|PUBLICLINKSALT)["']?[ \t]{0,8}[:=][ \t]{0,8}["']?(?<secret>[A-Za-z0-9_+/=-]{16,128})(?![\w+/=-])/,
  minEntropy: 3.2,
  rejectSequences: true,
  detail: (m) => (/salt/i.test(m.groups?.name ?? '') ? 'Mattermost PublicLinkSalt (signs public file links)' : 'Mattermost AtRestEncryptKey (encrypts sensitive database fields)'),
  remediation:
    'Generate a new value in the System Console (Environment > Database: regenerate the at-rest encryption key; Site Configuration > Public Links: ' +
    'regenerate the salt, which invalidates existing public links), and keep config.json out of the repository or set the value through the ' +
    'MM_* environment variable from a secret store.',
  examples: {
    positive: [
      { path: 'mattermost/config/config.json', text: '{\n  "SqlSettings": {\n    "DriverName": "postgres",\n    "AtRestEncryptKey": "s6nyra3c7azmrd5uag5kdwt1jyr4g6s3",\n    "QueryTimeout": 30\n  }\n}\n' },
      { path: 'mattermost/config/config.json', text: '    "FileSettings": {\n        "EnablePublicLink": true,\n        "PublicLinkSalt": "jgekwqxymd37jtsxbfyzaffa94smpeoi",\n', why: 'the salt' },
      { path: 'deploy/mattermost.env', text: 'MM_SQLSETTINGS_ATRESTENCRYPTKEY=6jpppb3r1esaf5ysd84nhjr755j6cbc6\n' },
    ],
    negative: [
      { path: 'mattermost/config/config.json', text: '{\n  "SqlSettings": {\n    "AtRestEncryptKey": "",\n    "QueryTimeout": 30\n  },\n  "FileSettings": {\n    "PublicLinkSalt": ""\n  }\n}\n', why: 'empty: generated on first start' },
      { path: 'deploy/mattermost.env', text: 'MM_SQLSETTINGS_ATRESTENCRYPTKEY=${MM_AT_REST_KEY}\nMM_FILESETTINGS_PUBLICLINKSALT={{ mattermost_link_salt }}\n', why: 'references' },
      { path: 'docs/config.md', text: '"AtRestEncryptKey": "changeme-changeme-changeme"\n', why: 'stand-in' },
    ],
  },
});

/** Self-hosted servers' secret files and settings: GitLab, JFrog, Nexus, Mattermost. */
export const serverSecretDetectors: readonly Detector[] = [gitlabKeyBase, jfrogSecurityKeyFile, nexusAdminPasswordFile, mattermostServerKey];
