// Credential stores and configuration formats: exact spans, the engine's choice among overlapping
// detectors, path gates on real files scanned by the CLI, and linear time on hostile input.
import { describe, expect, it } from 'vitest';
import { allDetectors } from '../../../../detectors/index.js';
import { dockerConfigAuth } from '../../../../detectors/files/container-credentials.js';
import { gradleCredentials, gradlePropertiesPassword, mavenSettingsPassword } from '../../../../detectors/secrets/stores/build-tools.js';
import { credentialConstructorPassword, powershellPlaintextSecurestring } from '../../../../detectors/secrets/stores/code-credentials.js';
import { httpClientCredentials, psexecPassword } from '../../../../detectors/secrets/stores/command-lines.js';
import { commandLinePassword } from '../../../../detectors/secrets/stores/command-options.js';
import { expectScriptPassword, stdinPassword } from '../../../../detectors/secrets/stores/piped-passwords.js';
import { databasePasswordEnv, mysqlCliPassword } from '../../../../detectors/secrets/stores/database-commands.js';
import { pgpassPassword } from '../../../../detectors/secrets/stores/database-clients.js';
import { fileZillaPassword, winScpPassword } from '../../../../detectors/secrets/stores/ftp-clients.js';
import { storeDetectors } from '../../../../detectors/secrets/stores/index.js';
import { isJenkinsCiphertext, jenkinsCredentialsXml } from '../../../../detectors/secrets/stores/jenkins.js';
import { kubernetesSecretManifest } from '../../../../detectors/secrets/stores/kubernetes.js';
import { netrcInlinePassword } from '../../../../detectors/secrets/stores/netrc-inline.js';
import { phpConfigPassword } from '../../../../detectors/secrets/stores/php.js';
import { isPasswordName, isStoredPassword } from '../../../../detectors/secrets/stores/values.js';
import { nugetConfigPassword } from '../../../../detectors/secrets/stores/package-feeds.js';
import { xmlConfigPassword } from '../../../../detectors/secrets/stores/xml-configs.js';
import { compileDetectors, detectBlob } from '../../../../src/engine/detect-blob.js';
import type { Detector } from '../../../../src/types.js';
import { runCli } from '../../../helpers/run-cli.js';
import { scaledTime } from '../../../helpers/timing.js';
import { tmpDir, writeTree } from '../../../helpers/tmp.js';

/** [matched text, detail] per match: the span is the secret alone. */
const run = (d: Detector, path: string, text: string): [string, string | undefined][] =>
  [...d.detect({ path, text })].map((m) => {
    expect(m.secret).toBe(text.slice(m.start, m.end));
    return [text.slice(m.start, m.end), m.detail];
  });

describe('value and name judges', () => {
  it.each(['hunter22', 'Hq7vR2mLp9xT', 'goodspec1', 'Zt9q!W3xkP2m'])('%s is a stored password', (v) => expect(isStoredPassword(v)).toBe(true));
  it.each([
    'password', 'P@ssw0rd', 'Passw0rd1!', 'pass123', 'changeit', 'SOME_PASSWORD', 'thisismypassword', '${DB_PASS}', '@db.password@', '$(Pwd)',
    '%DB_PASS%', '{{ pass }}', '<password>', '****', 'aaaa', 'Passwort', 'Парола', '$2y$10$92IXUNpkjO0rOQ5byMi.Ye4oKoEa3Ro9llC/.og/at2.uheWG/igi',
    '/etc/secret/pw', 'ENC(b8Fz2q)', 'two words', 'abc', 'encoded&password', 'password-for-dev',
  ])('%s is not', (v) => expect(isStoredPassword(v)).toBe(false));
  it('rejects the user name as its own password', () => expect(isStoredPassword('deploy-bot', 'deploy-bot')).toBe(false));
  it.each(['DB_PASSWORD', 'keystorePass', 'smtp_pass', 'dbpass', 'javax.jdo.option.ConnectionPassword', 'passphrase', 'FromEmailPassword'])('%s names a password slot', (n) =>
    expect(isPasswordName(n)).toBe(true),
  );
  it.each(['passwordLength', 'password_hash', 'bypass', 'compass', 'ResetPasswordUrl', 'passwordEncoder', 'PasswordMinLength'])('%s does not', (n) =>
    expect(isPasswordName(n)).toBe(false),
  );
});

describe('exact spans', () => {
  it('.pgpass: the raw password field, escapes kept, comments and bad ports skipped', () => {
    const text = '# db:5432:app:app:NotThis1x\nh1:5432:app:app:Zt9q\\:W3xkP2m\nh2:port:app:app:Hq7vR2mLp9xT\n*:*:*:ops:hunter22 \n';
    expect(run(pgpassPassword, '.pgpass', text)).toEqual([
      ['Zt9q\\:W3xkP2m', 'password for app@h1'],
      ['hunter22', 'password for ops@*'],
    ]);
  });

  it('FileZilla: the base64 text, judged by what it decodes to', () => {
    const server = (pass: string): string => `<Server><Host>ftp.shop.internal</Host><User>web</User>${pass}</Server>\n`;
    const text = server('<Pass encoding="base64">aHVudGVyMjI=</Pass>') + server('<Pass encoding="base64">d2Vi</Pass>') + server('<Pass>Zt9q!W3xkP2m</Pass>');
    expect(run(fileZillaPassword, 'sitemanager.xml', text)).toEqual([
      ['aHVudGVyMjI=', 'FileZilla password, base64-encoded'],
      ['Zt9q!W3xkP2m', 'FileZilla password in clear text'],
    ]);
  });

  it('WinSCP: hex of Sessions sections only', () => {
    const text = '[Configuration]\nPassword=A35C4D5D\n[Sessions\\ops@h]\nHostName=h\nPassword=A35C4D5D6E3A3930\nProxyPassword=A35C5D6E\n';
    expect(run(winScpPassword, 'WinSCP.ini', text).map(([v]) => v)).toEqual(['A35C4D5D6E3A3930', 'A35C5D6E']);
  });

  it('XML: elements, attributes, keyed settings and name/value pairs', () => {
    const text = [
      '<Resource name="jdbc/a" username="app" password="Hq7vR2mLp9xT"/>',
      '<db><password> Zt9q!W3xkP2m </password></db>',
      '<add key="SmtpPassword" value="hunter22"/>',
      '<property name="hibernate.connection.password">Pw9xQ2mLk7</property>',
      '<property><name>fs.s3a.proxy.password</name><value>Vt3nR8sLq1</value></property>',
      '<key>Password</key><string>Kq2vX7pLm4</string>',
      '<user username="app" password="app"/>',
    ].join('\n');
    expect(run(xmlConfigPassword, 'conf/app.xml', text).map(([v]) => v)).toEqual(['Hq7vR2mLp9xT', 'Zt9q!W3xkP2m', 'hunter22', 'Pw9xQ2mLk7', 'Vt3nR8sLq1', 'Kq2vX7pLm4']);
  });

  it('NuGet: only inside packageSourceCredentials, with the feed named', () => {
    const text = '<packageSources><add key="ClearTextPassword" value="Aa1Bb2Cc3Dd4"/></packageSources>\n<packageSourceCredentials>\n<feed-a>\n<add key="ClearTextPassword" value="Hq7vR2mLp9xT"/>\n</feed-a>\n</packageSourceCredentials>\n';
    expect(run(nugetConfigPassword, 'NuGet.Config', text)).toEqual([['Hq7vR2mLp9xT', 'ClearTextPassword for package source feed-a']]);
  });

  it('Maven: server passwords in clear, the master password, never encrypted server passwords', () => {
    const settings = '<servers><server><id>a</id><password>Hq7vR2mLp9xT</password></server><server><id>b</id><password>{COQLCE6DU6GtcS5P=}</password></server></servers>';
    expect(run(mavenSettingsPassword, 'settings.xml', settings).map(([v]) => v)).toEqual(['Hq7vR2mLp9xT']);
    const security = '<settingsSecurity><master>{jSMOWnoPFgsHVpMvz5VrIt5kRbzGpI8u+9EF1iFQyJQ=}</master></settingsSecurity>';
    expect(run(mavenSettingsPassword, 'settings-security.xml', security)[0]?.[0]).toBe('{jSMOWnoPFgsHVpMvz5VrIt5kRbzGpI8u+9EF1iFQyJQ=}');
  });

  it('Jenkins: ciphertext structure (version, IV length, whole AES blocks)', () => {
    const good = '{AQAAABAAAAAQoeX4Mi7NM6dokjDyT8kpuD4otyuO4UHokKdqL2qCgDE=}';
    expect(isJenkinsCiphertext(good)).toBe(true);
    const bytes = Buffer.from(good.slice(1, -1), 'base64');
    expect(isJenkinsCiphertext(`{${bytes.subarray(0, bytes.length - 1).toString('base64')}}`)).toBe(false); // not whole blocks
    bytes[4] = 8; // IV length 8
    expect(isJenkinsCiphertext(`{${bytes.toString('base64')}}`)).toBe(false);
    const xml = `<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl><password>${good}</password></com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>`;
    expect(run(jenkinsCredentialsXml, 'credentials.xml', xml)).toEqual([[good, "Jenkins-encrypted <password> (readable with the controller's secrets/ keys)"]]);
  });

  it('Gradle: the password of a credentials block only while the block is open', () => {
    const text = "credentials {\n  username 'ci'\n  password 'Hq7vR2mLp9xT'\n}\next { password = 'Zt9q!W3xkP2m' }\n";
    expect(run(gradleCredentials, 'build.gradle', text).map(([v]) => v)).toEqual(['Hq7vR2mLp9xT']);
    expect(run(gradlePropertiesPassword, 'gradle.properties', 'ossrhPassword = Hq7vR2mLp9xT\nsigning.keyId=24875D73\n')).toEqual([['Hq7vR2mLp9xT', 'ossrhPassword in gradle.properties']]);
  });

  it('Kubernetes: every Secret of a multi-document file, values decoded, other kinds skipped', () => {
    const text = [
      'apiVersion: v1\nkind: ConfigMap\ndata:\n  password: Hq7vR2mLp9xT',
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: a\ndata:\n  username: YXBw\n  password: aHVudGVyMjI= # weak\n  tls.key: LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCk1JSUV2Z0lCQURBTkJna3Foa2lHOXcwQkFRRUZBQVNDQktnd2dnU2tBZ0VBQW9JQkFRQzcK',
      'kind: Secret\nstringData:\n  "api-token": "Zt9q!W3xkP2mLq8v"\n  notes: |\n    password: NotThis1x\n',
    ].join('\n---\n');
    expect(run(kubernetesSecretManifest, 'k8s/all.yaml', text)).toEqual([
      ['aHVudGVyMjI=', 'data.password of a Kubernetes Secret (decoded value)'],
      [expect.stringMatching(/^LS0tLS1CRUdJTi/) as unknown as string, 'data.tls.key of a Kubernetes Secret (private key)'],
      ['Zt9q!W3xkP2mLq8v', 'stringData.api-token of a Kubernetes Secret (value)'],
    ]);
  });

  it('docker auths: in any JSON, escaped or not, never outside an auths map', () => {
    const plain = '{"auths": {"ghcr.io": {"auth": "Y2ktYm90Omh1bnRlcjIy"}}}';
    expect(run(dockerConfigAuth, 'ci/auth.json', plain)).toEqual([['Y2ktYm90Omh1bnRlcjIy', 'auth for ghcr.io']]);
    const escaped = 'echo "{\\"auths\\":{\\"ghcr.io\\":{\\"auth\\":\\"Y2ktYm90Omh1bnRlcjIy\\"}}}"';
    expect(run(dockerConfigAuth, 'login.sh', escaped)).toEqual([['Y2ktYm90Omh1bnRlcjIy', 'auth for ghcr.io']]);
    expect(run(dockerConfigAuth, 'app.json', '{"mail": {"auth": "Y2ktYm90Omh1bnRlcjIy"}}')).toEqual([]);
  });

  it('command lines: the argument only', () => {
    expect(run(psexecPassword, 'a.bat', 'psexec \\\\h -u SHOP\\ops -p "Hq7vR2mLp9xT" cmd')).toEqual([['Hq7vR2mLp9xT', 'PsExec -p password']]);
    expect(run(mysqlCliPassword, 'a.sh', 'mysql -u app -p shop; mysqldump -uapp -pHq7vR2mLp9xT shop')).toEqual([['Hq7vR2mLp9xT', 'MySQL client password argument']]);
    expect(run(databasePasswordEnv, 'a.sh', "PGPASSWORD='hunter22' psql -h db")).toEqual([['hunter22', 'PGPASSWORD set to a literal']]);
    expect(run(httpClientCredentials, 'a.sh', "curl -s \\\n  -u 'ops:Hq7vR2mLp9xT' \\\n  https://h/")).toEqual([['Hq7vR2mLp9xT', 'curl user:password']]);
    expect(run(httpClientCredentials, 'a.sh', 'wget --http-password "Zt9q!W3xkP2m" https://h/f')).toEqual([['Zt9q!W3xkP2m', 'wget password option']]);
  });

  it('code: PowerShell needs -AsPlainText; constructors take the password argument', () => {
    expect(run(powershellPlaintextSecurestring, 'a.ps1', '$a = ConvertTo-SecureString "Hq7vR2mLp9xT" -AsPlainText -Force\n$b = ConvertTo-SecureString "01000000d08c9ddf" -Key $k\n')).toEqual([
      ['Hq7vR2mLp9xT', 'ConvertTo-SecureString -AsPlainText'],
    ]);
    expect(run(credentialConstructorPassword, 'a.cs', 'new NetworkCredential(@"SHOP\\ops", "Hq7vR2mLp9xT", "SHOP")')).toEqual([['Hq7vR2mLp9xT', '.NET NetworkCredential password']]);
  });

  it('command options: read as the tool reads them (-p is a port where -P is the password), positional passwords not options', () => {
    const text = [
      'mosquitto_pub -h mqtt.shop.internal -p 1883 -P Qv2mXk8zNw4p -t t -m 1',
      'ipmitool -I lanplus -H 10.0.0.3 -p 623 -U admin -P Ij3wD7zXr5Tn power status',
      'ldapsearch -x -W -b dc=shop,dc=io',
      'SQLCMD.EXE -S db -U sa -P Yt7cV2xN5mLk',
      'NET USER backupadmin Gh9uB5xTn3Wq /ADD',
      'net user backupadmin /delete',
      'net user backupadmin *',
      'Run net user to list the accounts.',
      'cf auth ci-bot Ef7sZ3qNx8Wk',
      'mc alias set shop https://minio.shop.internal Jk6xE2aYs8Uq Kl7yF3bZt9Vr',
      'mc alias set local http://localhost:9000 minioadmin minioadmin',
      'wpa_passphrase "Shop Guest" Gh3uB7xVp5Rn',
      'snmpwalk -v3 -l authPriv -u mon -a SHA -A Lm8zG4cAu2Ws -x AES -X Mn9aH5dBv3Xt 10.0.0.5',
    ].join('\n');
    expect(run(commandLinePassword, 'ops/notes.sh', text)).toEqual([
      ['Qv2mXk8zNw4p', 'mosquitto -P password'],
      ['Ij3wD7zXr5Tn', 'ipmitool -P password'],
      ['Yt7cV2xN5mLk', 'sqlcmd/bcp -P password'],
      ['Gh9uB5xTn3Wq', 'net user password'],
      ['Ef7sZ3qNx8Wk', 'cf auth password'],
      ['Kl7yF3bZt9Vr', 'mc alias set secret key'],
      ['Gh3uB7xVp5Rn', 'wpa_passphrase password'],
      ['Lm8zG4cAu2Ws', 'SNMPv3 -A/-X passphrase'],
    ]);
  });

  it('passwords fed to a program: the value after the user for chpasswd, the first line of a prompt and its confirmation', () => {
    const text = [
      "echo 'deploy:Tq7nX3vKm9Wz' | sudo chpasswd",
      "echo -e 'Pw8nKz3qXv5m\\nPw8nKz3qXv5m' | smbpasswd -a -s share",
      'sudo -S systemctl restart shop <<< "Wk2nQz9xMv4p"',
      'echo "Vk4mQz8xNw2p" | tee /tmp/out | sudo -S true',
      'echo "Lx4vQm8kNz2w" || sudo -S true',
    ].join('\n');
    expect(run(stdinPassword, 'setup.sh', text)).toEqual([
      ['Tq7nX3vKm9Wz', 'password piped into chpasswd'],
      ['Pw8nKz3qXv5m', 'password piped into smbpasswd'],
      ['Wk2nQz9xMv4p', 'password given in a here-string to sudo -S'],
    ]);
    const script = 'spawn ssh ops@h\nexpect {\n  "*yes/no*" { send "yes\\r"; exp_continue }\n  "*assword*" { send "Kq8mZx3vNw5t\\r" }\n}\n  "Password"\nsend "Zt4nQx9kMv2w"\n';
    expect(run(expectScriptPassword, 'login.exp', script)).toEqual([['Kq8mZx3vNw5t', 'password sent to a prompt by an expect script']]);
  });

  it('netrc inline: every entry of a heredoc, commented ones skipped', () => {
    const text = "cat > ~/.netrc <<EOF\nmachine a.shop.internal login ci password Hq7vR2mLp9xT\n# machine b.shop.internal login ci password Zt9q!W3xkP2m\nmachine c.shop.internal port 443 login ci password hunter22\nEOF\n";
    expect(run(netrcInlinePassword, 'setup.sh', text).map(([v]) => v)).toEqual(['Hq7vR2mLp9xT', 'hunter22']);
  });

  it('PHP: statements only: assignments end with `;`, array values with `,` or `)`', () => {
    const text = "<?php\n$db_pass = 'Hq7vR2mLp9xT';\n$pass = 'Zt9q' . $suffix;\n$cfg = ['password' => 'hunter22', 'user' => 'x'];\n";
    expect(run(phpConfigPassword, 'config.php', text).map(([v]) => v)).toEqual(['Hq7vR2mLp9xT', 'hunter22']);
  });
});

describe('a store detector without a path gate reads only the lines its keywords are on', () => {
  const kickstart = allDetectors.find((d) => d.id === 'kickstart-password')!;
  // a bundle-sized file with one kickstart line deep inside, and a commented one
  const filler = 'const x = compute(a, b); // --passwords are read elsewhere\n'.repeat(2000);
  const text = `${filler}# rootpw --plaintext Nope4Comment9x\nrootpw --plaintext Kq7vR2mLp9xT\n${filler}`;
  const password = text.indexOf('Kq7vR2');

  it('finds the line by the engine\'s keyword starts, and by its own search without them', () => {
    const starts: number[] = [];
    for (const k of ['rootpw', '--password']) for (let at = text.indexOf(k); at >= 0; at = text.indexOf(k, at + 1)) starts.push(at);
    starts.sort((a, b) => a - b);
    for (const input of [{ path: 'ks.cfg', text, keywordStarts: starts }, { path: 'ks.cfg', text }]) {
      expect([...kickstart.detect(input)].map((m) => [m.start, m.secret])).toEqual([[password, 'Kq7vR2mLp9xT']]);
    }
  });

  it('gives each line once when several keywords are on it', () => {
    const line = 'user --name=ops --password=Tv8nXq3mKz6w --plaintext --password-again\n';
    expect([...kickstart.detect({ path: 'ks.cfg', text: line })].map((m) => m.secret)).toEqual(['Tv8nXq3mKz6w']);
  });
});

describe('through the engine: prefilter, gates and the more specific detector', () => {
  const compiled = compileDetectors(allDetectors);
  const found = (path: string, text: string): [string, string | undefined][] =>
    detectBlob(compiled, path, Buffer.from(text))
      .findings.filter((f) => f.secret !== undefined)
      .map((f) => [allDetectors[f.detector]?.id ?? '?', f.secret]);

  it.each([
    ['k8s/secret.yaml', 'apiVersion: v1\nkind: Secret\nstringData:\n  password: Fx55&ry^ql*7Dkiu\n', 'kubernetes-secret-manifest'],
    ['gradle.properties', 'ossrhPassword=Fx55&ry^ql*7Dkiu\n', 'gradle-properties-password'],
    ['conf/context.xml', '<Resource name="jdbc/a" username="app" password="Fx55&amp;ry7Dkiu"/>\n', 'xml-config-password'],
    ['.netrc', 'machine git.shop.internal login ci password Fx55ry7Dkiuq\n', 'netrc-password'],
    ['Dockerfile', 'FROM alpine\nRUN curl -u deploy:Fx55ry7Dkiuq https://repo.shop.internal/a.tgz\n', 'dockerfile-run-credentials'],
    ['.s3cfg', '[default]\nsecret_key = trHpA5li0rj3yvdP5Ag2TjTU4blVh1qeFtkomOZO\n', 'cloud-cli-credentials'],
  ])('%s: the secret is reported once, by %s', (path, text, id) => {
    const findings = found(path, text);
    expect(findings.map(([d]) => d)).toEqual([id]);
  });

  it('a password in a URL inside a Secret stays url-credentials', () => {
    expect(found('k8s/s.yaml', 'kind: Secret\nstringData:\n  DATABASE_URL: postgres://app:Fx55ry7Dkiuq@db.shop.internal/app\n').map(([d]) => d)).toEqual(['url-credentials']);
  });
});

describe('path-gated stores on real files', () => {
  it('the CLI reports each store by its file name, binary ones too', async () => {
    const dir = tmpDir();
    writeTree(dir, {
      'config/master.key': '5273fbdfa0cd4d91659caf4b8dce6fc2\n',
      'ansible/.vault_pass': 'hunter22\n',
      'ops/.pgpass': 'db.shop.internal:5432:orders:app:Hq7vR2mLp9xT\n',
      'sftp-config.json': '{\n  "host": "h",\n  "password": "Zt9q!W3xkP2m"\n}\n',
      'android/app/release.bks': Buffer.from([0, 0, 0, 2, 0, 0, 0, 0x14, 0, 0xff, 0x10, 0]),
      '.dbeaver/credentials-config.json': Buffer.from([0xb7, 0x12, 0, 0xf3, 0x99, 0x6b, 0, 0x04]),
      'jenkins/secrets/hudson.util.Secret': Buffer.from([0x91, 0, 0xf3, 0x12, 0, 0xa8]),
      'notes/master.key': '5273fbdfa0cd4d91659caf4b8dce6fc2\n', // not under config/
      'docs/pgpass.md': 'db.shop.internal:5432:orders:app:Hq7vR2mLp9xT\n', // not a .pgpass file
    });
    const r = await runCli(['scan', dir, '--format', 'json']);
    const report = JSON.parse(r.stdout) as { findings: { detectorId: string; path: string; line: number }[] };
    const got = report.findings.map((f) => `${f.detectorId} ${f.path}:${f.line}`).sort();
    expect(got).toEqual([
      'ansible-vault-password-file ansible/.vault_pass:1',
      'dbeaver-credentials .dbeaver/credentials-config.json:1',
      'jenkins-secret-file jenkins/secrets/hudson.util.Secret:1',
      'pgpass-password ops/.pgpass:1',
      'private-key-file android/app/release.bks:1',
      'rails-master-key-file config/master.key:1',
      'sftp-config-password sftp-config.json:3',
    ]);
    expect(r.stdout).not.toContain('Hq7vR2mLp9xT');
  });
});

describe('linear on hostile input', () => {
  // A quarter MiB: a quadratic detector takes a minute or more here. The budget only catches that:
  // the slowest store (ldap-root-password on `rootpw ` repeated, a match at every word) takes ~95 ms
  // on an idle core, and 740 ms was seen at 512 KiB with three test workers on two busy cores. Each
  // input is timed on 64 KiB first, and at full size when that is not clearly linear (`scaledTime`)
  const SIZE = 256 << 10;
  const BUDGET_MS = 1000;
  const fill = (unit: string, size: number): string => unit.repeat(Math.max(1, Math.floor(size / unit.length)));
  const pathOf = (d: Detector): string => d.paths?.[0]?.replace(/\*\*\//g, '').replace(/\*/g, 'x') ?? 'hostile.txt';
  const NEAR_MISSES = [
    'password="', '<password>', '<Pass>', 'machine h login u password ', 'kind: Secret\ndata:\n  password: ', 'curl -u a:', 'psexec -u a -p ',
    "'password' => '", '$password = "', 'define(\'DB_PASSWORD\', \'', 'ConvertTo-SecureString "', 'new NetworkCredential("a", "', '{"auths": {"a": {"auth": "',
    'mysql -p', 'PGPASSWORD=', 'credentials { password \'', '[Sessions\\a]\nPassword=', '<packageSourceCredentials><add key="ClearTextPassword" value="',
    'kind: Secret\n', '- kind: Secret\n  data:\n    a: b\n', '<add key="password" ', '<a password="x" ',
    // device and service configs: a match at every repeat, the line never ending, the block never closing
    '$9$dkLxbYoJikPfaJGi ', 'PlainLoginModule required username="a" password="Xq7pLm2Vz9" ',
    'key "k" { algorithm hmac-sha256; secret "c2VjcmV0c2VjcmV0c2VjcmV0"; ', '{default_pass, <<"Xq7pLm2Vz9">>}, ',
    ' key 7 0822455D0A16 ', 'snmp { community Qw8zR3tXk5Lm { ',
    '    set psksecret ENC ', '    set passwd ENC Zp4Kx9Lm2Vq7Tr3Nw8Yb5Hc1Jd6Fg0Sa2Ue4Io6Py8 ', 'AUTH a ',
    // passwords fed to a program: a pipe at every repeat, a prompt that is never answered
    "INSERT INTO users (user, password) VALUES ('a', 'Xq7pLm2Vz9'), ", "INSERT INTO users (password) VALUES ('", 'CREATE TABLE users (password text, ', 'CREATE TABLE users (\n', "INSERT INTO users VALUES ('Xq7pLm2Vz9'), ", "create table t (\ninsert into t values ('Xq7pLm2Vz9');\n", "echo 'a:Xq7pLm2Vz9' | chpasswd ", 'echo Xq7pLm2Vz9 | ', '<<< Xq7pLm2Vz9 sudo -S ', 'expect "*assword*" { ', 'net user a ', 'mc alias set a http://h a ',
  ];
  it.each([...storeDetectors, dockerConfigAuth].map((d) => [d.id, d] as const))('%s', (_id, detector) => {
    const units = [...detector.keywords.map((k) => `${k} `), ...NEAR_MISSES, 'a:b:c:d:', ' \\\n'];
    for (const unit of units) {
      const { ms } = scaledTime((input) => [...detector.detect({ path: pathOf(detector), text: input })].length, (n) => fill(unit, n), SIZE, BUDGET_MS);
      expect(ms, `${detector.id} on ${JSON.stringify(unit.slice(0, 30))}`).toBeLessThan(BUDGET_MS);
    }
  });
});
