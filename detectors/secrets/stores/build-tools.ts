import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { lines, valueAt } from '../../files/lines.js';
import { decodeUserPassword } from '../../kit/checksums.js';
import { patternDetector } from '../../kit/pattern.js';
import { isPasswordName, isStoredPassword, storeRemediation } from './values.js';

// Build tool credentials: Maven settings.xml servers, Gradle `credentials { }` blocks and Android
// signing configs, and password properties in gradle.properties and its siblings.

/**
 * Maven: `<password>`/`<passphrase>` of a `<server>` or `<proxy>`, and the `<master>` of
 * settings-security.xml. A `{…}`-encrypted server password is Maven's documented way to keep one in
 * settings.xml and is not reported: its master password lives outside the project. The master itself
 * is only obfuscated (encrypted with a constant that is the same for everyone), so it is reported.
 */
const MAVEN = /<(?<tag>password|passphrase|master)>[ \t\r\n]{0,16}(?<secret>[^<>\s]{1,512})[ \t\r\n]{0,16}<\/\k<tag>>/;
/** Maven 3's `{base64}` and Maven 4's `{[name=master,cipher=…,version=4.0]base64}`. */
const MAVEN_ENCRYPTED = /^\{(?:\[[^\]\r\n]{1,200}\])?[A-Za-z0-9+/]{8,1024}={0,2}\}$/;

function insideOf(text: string, at: number, tags: readonly string[]): boolean {
  const before = text.slice(Math.max(0, at - 3000), at);
  return tags.some((t) => before.lastIndexOf(`<${t}>`) > before.lastIndexOf(`</${t}>`));
}

export const mavenSettingsPassword: Detector = patternDetector({
  id: 'maven-settings-password',
  title: 'Password in Maven settings.xml',
  severity: 'high',
  priority: 35,
  keywords: ['<password>', '<passphrase>', '<master>'],
  paths: ['*settings*.xml'],
  pattern: MAVEN,
  validate: (secret, m, text) => {
    if (m.groups?.tag === 'master') return insideOf(text, m.index, ['settingsSecurity']) && MAVEN_ENCRYPTED.test(secret);
    return insideOf(text, m.index, ['server', 'proxy']) && !MAVEN_ENCRYPTED.test(secret) && isStoredPassword(secret);
  },
  detail: (m) => (m.groups?.tag === 'master' ? 'Maven master password (readable: its encryption key is a public constant)' : `<${m.groups?.tag}> of a Maven server in clear text`),
  remediation: storeRemediation(
    'repository or proxy password',
    'write `<password>${env.MAVEN_PASSWORD}</password>` in a settings.xml committed for CI, or keep the password in ~/.m2/settings.xml, encrypted with `mvn --encrypt-password` and a master password that is not in the repository.',
  ),
  examples: {
    positive: [
      { path: '.mvn/settings.xml', text: '<settings>\n  <servers>\n    <server>\n      <id>nexus-releases</id>\n      <username>deploy</username>\n      <password>Hq7vR2mLp9xT</password>\n    </server>\n  </servers>\n</settings>\n' },
      { path: 'ci/maven-settings.xml', text: '<proxies>\n<proxy>\n<host>proxy.shop.internal</host>\n<username>build</username>\n<password>hunter22</password>\n</proxy>\n</proxies>', why: 'proxy, weak' },
      { path: 'settings-security.xml', text: '<settingsSecurity>\n  <master>{jSMOWnoPFgsHVpMvz5VrIt5kRbzGpI8u+9EF1iFQyJQ=}</master>\n</settingsSecurity>\n', why: 'the master password is only obfuscated' },
    ],
    negative: [
      { path: '.mvn/settings.xml', text: '<server>\n  <id>nexus-releases</id>\n  <username>${env.MAVEN_USER}</username>\n  <password>${env.MAVEN_PASSWORD}</password>\n</server>\n', why: 'environment reference' },
      { path: '.mvn/settings.xml', text: '<server>\n  <id>nexus-releases</id>\n  <password>{COQLCE6DU6GtcS5P=}</password>\n</server>\n', why: 'encrypted with a master password kept elsewhere' },
      { path: '.m2/settings.xml', text: '<server>\n  <id>central</id>\n  <password>{[name=master,cipher=AES/GCM/NoPadding,version=4.0]k2V9qLx7Tz4RbW8mNp3Hc6Yd1Fs5Gj0Ae==}</password>\n</server>\n', why: 'Maven 4 encryption' },
      { path: 'ci/maven-settings.xml', text: '<settings>\n  <password>Hq7vR2mLp9xT</password>\n</settings>', why: 'not in a server or proxy' },
    ],
  },
});

/** Gradle: `password 'x'`, `password = "x"`, `password("x")`; `storePassword`/`keyPassword` of a signing config. */
const GRADLE = /(?<![\w.$])(?<name>password|storePassword|keyPassword)(?:[ \t]{1,4}|[ \t]{0,4}=[ \t]{0,4}|[ \t]{0,4}\([ \t]{0,4})(?<q>["'])(?<secret>[^"'\r\n$\\]{1,256})\k<q>/;
const CREDENTIALS_OPEN = /credentials[ \t]{0,4}(?:\([^()\r\n]{0,80}\)[ \t]{0,4})?\{/g;

/** True when `at` is inside a `credentials { … }` block that opened at most 800 characters before. */
function inCredentialsBlock(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 800), at);
  let open = -1;
  CREDENTIALS_OPEN.lastIndex = 0;
  for (let m = CREDENTIALS_OPEN.exec(before); m !== null; m = CREDENTIALS_OPEN.exec(before)) open = m.index + m[0].length;
  if (open < 0) return false;
  let depth = 1;
  for (let i = open; i < before.length; i++) {
    if (before[i] === '{') depth++;
    else if (before[i] === '}' && --depth === 0) return false;
  }
  return true;
}

/**
 * True when `at` is inside the signing config of debug builds: `debug {`, `getByName("debug") {`,
 * `maybeCreate("debug").apply {`, `create("debug") {` (the block `at` sits in, opened at most 600 characters
 * before). Its store is the debug keystore (Android's own, or one a project commits so every developer signs
 * debug builds alike), which private-key-file leaves too; its password guards no release.
 */
const DEBUG_SIGNING_BLOCK = /(?:^|[\s(."'])debug["']?[ \t]{0,4}\)?(?:[ \t]{0,4}\.[ \t]{0,4}apply)?[ \t]{0,4}$/;

function inDebugSigningConfig(text: string, at: number): boolean {
  const from = Math.max(0, at - 600);
  let depth = 0;
  for (let i = at - 1; i >= from; i--) {
    const c = text[i];
    if (c === '}') depth++;
    else if (c === '{' && depth-- === 0) {
      const lineStart = text.lastIndexOf('\n', i - 1) + 1;
      return DEBUG_SIGNING_BLOCK.test(text.slice(lineStart, i));
    }
  }
  return false;
}

function gradleUser(text: string, at: number): string {
  return /username(?:[ \t]{1,4}|[ \t]{0,4}=[ \t]{0,4}|[ \t]{0,4}\([ \t]{0,4})["']([^"'\r\n$]{1,128})["']/.exec(text.slice(Math.max(0, at - 400), at))?.[1] ?? '';
}

export const gradleCredentials: Detector = patternDetector({
  id: 'gradle-credentials',
  title: 'Password in a Gradle build script',
  severity: 'high',
  priority: 30,
  keywords: ['password'],
  paths: ['*.gradle', '*.gradle.kts'],
  pattern: GRADLE,
  validate: (secret, m, text) =>
    (m.groups?.name !== 'password' || inCredentialsBlock(text, m.index)) &&
    (m.groups?.name === 'password' || !inDebugSigningConfig(text, m.index)) &&
    isStoredPassword(secret, gradleUser(text, m.index)),
  detail: (m) => (m.groups?.name === 'password' ? 'password of a repository credentials block' : `${m.groups?.name} of a signing config`),
  remediation: storeRemediation(
    'repository password (or keystore password)',
    'read it from a Gradle property or the environment: `credentials(PasswordCredentials)` with ORG_GRADLE_PROJECT_<name>Password in CI, `System.getenv("KEYSTORE_PASSWORD")` for signing.',
  ),
  examples: {
    positive: [
      { path: 'build.gradle', text: "publishing {\n  repositories {\n    maven {\n      url 'https://nexus.shop.internal/repository/releases'\n      credentials {\n        username 'deploy'\n        password 'Hq7vR2mLp9xT'\n      }\n    }\n  }\n}\n" },
      { path: 'settings.gradle.kts', text: 'maven {\n    url = uri("https://repo.shop.internal/maven")\n    credentials {\n        username = "ci"\n        password = "hunter22"\n    }\n}\n', why: 'Kotlin DSL, weak' },
      { path: 'app/build.gradle', text: "signingConfigs {\n    release {\n        storeFile file('release.jks')\n        storePassword 'Zt9q!W3xkP2m'\n        keyAlias 'shop'\n        keyPassword 'Zt9q!W3xkP2m'\n    }\n}\n" },
      {
        path: 'app/build.gradle.kts',
        text: 'signingConfigs {\n    getByName("debug") {\n        storeFile = file("debug.keystore")\n        storePassword = "android"\n    }\n    create("release") {\n        storeFile = file("release.jks")\n        storePassword = "Lm4q!Vx8Rt2w"\n        keyPassword = "Lm4q!Vx8Rt2w"\n    }\n}\n',
        why: 'the release config below a debug one',
      },
    ],
    negative: [
      { path: 'build.gradle', text: "credentials {\n    username 'user'\n    password 'password'\n}\n", why: 'stand-in' },
      { path: 'app/build.gradle', text: "signingConfigs {\n    debug {\n        keyAlias 'androiddebugkey'\n        keyPassword 'android'\n        storeFile file('./signature/debug.keystore')\n        storePassword 'android'\n    }\n}\n", why: "the Android SDK's debug keystore password" },
      {
        path: 'build.gradle.kts',
        text: 'signingConfigs {\n    maybeCreate("debug").apply {\n        storeFile = rootProject.file("debug.keystore")\n        storePassword = "debugkey"\n        keyAlias = "debugkey"\n        keyPassword = "debugkey"\n    }\n}\n',
        why: "the signing config of debug builds: its store is the project's debug keystore",
      },
      { path: 'app/build.gradle', text: "signingConfigs {\n    debug {\n        storeFile file('debug.jks')\n        storePassword 'Wq8dbgKey'\n        keyPassword 'Wq8dbgKey'\n    }\n}\n", why: 'Groovy: the debug block' },
      { path: 'build.gradle', text: 'credentials {\n    username = findProperty("nexusUser")\n    password = "${System.getenv(\'NEXUS_PASSWORD\')}"\n}\n', why: 'interpolation' },
      { path: 'build.gradle.kts', text: 'credentials(PasswordCredentials::class)\n', why: 'from Gradle properties' },
      { path: 'app/build.gradle', text: "test {\n    systemProperty 'password', 'Hq7vR2mLp9xT'\n}\n", why: 'not a credentials block' },
    ],
  },
});

/** gradle.properties and the Android signing property files: `…password=value` lines. */
function* detectPasswordProperties({ path, text }: DetectorInput): Iterable<Match> {
  const file = path.slice(path.lastIndexOf('/') + 1);
  for (const line of lines(text)) {
    const m = /^[ \t]{0,16}([A-Za-z_][\w.-]{0,120})[ \t]{0,8}[=:]/.exec(line.text);
    if (!m || !isPasswordName(m[1] as string)) continue;
    const { value, start } = valueAt(line, m[0].length);
    if (isStoredPassword(value)) yield { start, end: start + value.length, secret: value, detail: `${m[1]} in ${file}` };
  }
}

export const gradlePropertiesPassword: Detector = {
  id: 'gradle-properties-password',
  title: 'Password in gradle.properties or a signing properties file',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: ['pass', 'pwd'],
  paths: ['gradle.properties', 'keystore.properties', 'key.properties', 'signing.properties', 'local.properties'],
  priority: 30,
  remediation: storeRemediation(
    'password',
    'keep it in ~/.gradle/gradle.properties on the machine that builds, or pass it as ORG_GRADLE_PROJECT_<name> from a CI secret.',
  ),
  detect: detectPasswordProperties,
  examples: {
    positive: [
      { path: 'gradle.properties', text: 'org.gradle.jvmargs=-Xmx2g\nossrhUsername=shop-ci\nossrhPassword=Hq7vR2mLp9xT\nsigning.password=hunter22\n' },
      { path: 'android/key.properties', text: 'storePassword=Zt9q!W3xkP2m\nkeyPassword=Zt9q!W3xkP2m\nkeyAlias=upload\nstoreFile=../upload.jks\n' },
    ],
    negative: [
      { path: 'gradle.properties', text: 'signing.keyId=24875D73\nsigning.secretKeyRingFile=/home/ci/.gnupg/secring.gpg\n', why: 'not passwords' },
      { path: 'android/key.properties', text: 'storePassword=<store password>\nkeyPassword=\n', why: 'template' },
      { path: 'gradle.properties', text: '# ossrhPassword=Hq7vR2mLp9xT\n', why: 'comment' },
    ],
  },
};

// Bundler: credentials for a private gem source, `BUNDLE_<HOST>` with the host's dots written `__`
// (BUNDLE_GEMS__ACME__IO: "user:password"), in .bundle/config, an env file or a CI file.
export const bundlerSourceCredentials: Detector = patternDetector({
  id: 'bundler-source-credentials',
  title: 'Credentials of a private gem source in Bundler config (BUNDLE_<HOST>)',
  severity: 'high',
  priority: 30,
  keywords: ['bundle_'],
  pattern: /(?<![\w-])BUNDLE_(?<host>[A-Z0-9_-]{1,100}__[A-Z0-9-]{1,30})["']?[ \t]{0,3}(?:[:=]|=>)[ \t]{0,3}(?<q>["']?)(?<user>[^\s:"'$]{1,128}):(?<secret>[^\s"'$]{1,256})\k<q>(?![^\s,}])/,
  keywordSpan: { before: 0, after: 520 },
  validate: (secret, m) => isStoredPassword(secret, m.groups?.['user']),
  detail: (m) => `the password (or token) for ${(m.groups?.['host'] ?? '').toLowerCase().replace(/__/g, '.')}`,
  remediation: storeRemediation(
    'gem source password or token',
    'set BUNDLE_<HOST> in the CI or deploy environment from a secret store (`bundle config set --global` on a developer machine), never in .bundle/config in git.',
  ),
  examples: {
    positive: [
      { path: 'app/.bundle/config', text: '---\nBUNDLE_GEMS__ACME__IO: "deploy:Pq9nXz4mKv2w"\nBUNDLE_PATH: "vendor/bundle"\n' },
      { path: '.env', text: 'BUNDLE_RUBYGEMS__PKG__ACME__IO=ci-bot:Zt9q!W3xkP2mHq7v\n' },
    ],
    negative: [
      { path: 'app/.bundle/config', text: '---\nBUNDLE_GEMS__ACME__IO: "${GEM_SOURCE_CREDENTIALS}"\n', why: 'a reference' },
      { path: 'app/.bundle/config', text: '---\nBUNDLE_WITHOUT: "development:test"\n', why: 'a setting, not a host' },
      { path: '.env', text: 'BUNDLE_GEMS__ACME__IO=username:password\n', why: 'placeholders' },
    ],
  },
});

// fastlane match reads its certificates repository over HTTPS with `git_basic_authorization`: the
// base64 of `user:personal-access-token`, in the Matchfile, a Fastfile's match() call or the
// MATCH_GIT_BASIC_AUTHORIZATION variable.
export const fastlaneMatchAuthorization: Detector = patternDetector({
  id: 'fastlane-match-git-authorization',
  title: 'fastlane match git_basic_authorization (base64 user:token)',
  severity: 'high',
  priority: 30,
  keywords: ['git_basic_authorization'],
  pattern: /git_basic_authorization(?:[ \t]{0,4}\(|:|[ \t]{0,4}=)[ \t]{0,8}(?<q>["'])(?<secret>[A-Za-z0-9+/]{8,1024}={0,2})\k<q>/i,
  validate: (secret) => {
    const pair = decodeUserPassword(secret);
    return pair !== undefined && isStoredPassword(pair.password, pair.user);
  },
  detail: () => 'base64 user:token for the match certificates repository',
  remediation: storeRemediation(
    'access token (revoke it at the git host)',
    'set MATCH_GIT_BASIC_AUTHORIZATION from a CI secret, or give match an SSH deploy key (`git_private_key`).',
  ),
  examples: {
    positive: [
      { text: 'git_url("https://git.shop.internal/mobile/certificates.git")\ngit_basic_authorization("Y2ktYm90OmdocF9IcTd2UjJtTHA5eFR6SzN3VmI0bkhxOHNQejN3QQ==")\n', path: 'fastlane/Matchfile' },
      { text: '  match(type: "appstore", git_basic_authorization: "Y2ktYm90OmdocF9IcTd2UjJtTHA5eFR6SzN3VmI0bkhxOHNQejN3QQ==")\n', path: 'fastlane/Fastfile' },
    ],
    negative: [
      { text: 'git_basic_authorization(Base64.strict_encode64(ENV["MATCH_USER"] + ":" + ENV["MATCH_TOKEN"]))\n', path: 'fastlane/Matchfile', why: 'built from the environment' },
      { text: 'git_basic_authorization("dXNlcjpwYXNzd29yZA==")\n', path: 'fastlane/Matchfile', why: 'user:password, a stand-in' },
    ],
  },
});

/** Names of an Apple app-specific password, squashed to lowercase letters: FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD, EXPO_APPLE_APP_SPECIFIC_PASSWORD, appSpecificPassword. */
const APPLE_ASP_NAME = /app(?:lication)?specificpass/;

// Apple app-specific passwords: 16 lowercase letters that appleid.apple.com shows in four groups of four joined by dashes
// (`xxxx-xxxx-xxxx-xxxx`). They sign in as the Apple ID (two-factor on) from tools that cannot ask for a code: fastlane's
// pilot and deliver read FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD, EAS Submit EXPO_APPLE_APP_SPECIFIC_PASSWORD, and
// `xcrun altool -p` / `xcrun notarytool --password` take one to upload or notarize a build. The shape is looked for only
// under such a name or after those tools' password option.
export const appleAppSpecificPassword: Detector = patternDetector({
  id: 'apple-app-specific-password',
  title: 'Apple app-specific password',
  vendor: 'Apple',
  secrets: 'generated', // appleid.apple.com draws the 16 letters; the user names it only
  severity: 'high',
  priority: 40,
  keywords: ['specific_password', 'specificpassword', 'specific-password', 'altool', 'notarytool'],
  pattern:
    /(?:(?<![\w$.-])(?<name>[A-Za-z_$][\w$.-]{0,60})["'\]]{0,2}[ \t]{0,3}(?:=>|:=|[:=])[ \t]{0,3}["'`]?|\b(?:altool|notarytool)\b[^\n]{0,300}?(?:[ \t]-p|--password)(?:[ \t]{1,3}|=)["']?)(?<secret>[a-z]{4}-[a-z]{4}-[a-z]{4}-[a-z]{4})(?![\w-])/,
  rejectSequences: true,
  validate: (secret, m) => {
    const letters = secret.replace(/-/g, '');
    if (new Set(letters).size < 7) return false; // `xxxx-xxxx-xxxx-xxxx`, `aaaa-bbbb-cccc-dddd`
    if (/^(?:abcd|bcde|cdef|dcba|zyxw)/.test(letters) && 'abcdefghijklmnopqrstuvwxyz'.includes(letters.slice(0, 8))) return false; // the alphabet in order
    if ('zyxwvutsrqponmlkjihgfedcba'.includes(letters.slice(0, 8))) return false;
    const name = m.groups?.['name'];
    return name === undefined || APPLE_ASP_NAME.test(name.toLowerCase().replace(/[^a-z]/g, ''));
  },
  detail: () => 'an app-specific password of an Apple ID (signs in as that Apple ID)',
  remediation: storeRemediation(
    'Apple app-specific password (revoke it under Sign-In and Security > App-Specific Passwords at appleid.apple.com)',
    'upload with an App Store Connect API key instead, or set the password in the CI environment from a secret store.',
  ),
  examples: {
    positive: [
      { text: 'FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=qvhk-tmzr-wcjp-ynbd\n', path: 'fastlane/.env.default' },
      { text: 'lane :beta do\n  ENV["FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD"] = "rfpw-kzqe-hnxb-tgcm"\n  upload_to_testflight\nend\n', path: 'fastlane/Fastfile' },
      { text: '    env:\n      EXPO_APPLE_APP_SPECIFIC_PASSWORD: jxod-pwfn-ekqz-rmub\n', path: '.github/workflows/submit.yml' },
      { text: 'xcrun notarytool submit build/Shop.zip --apple-id dev@shop.example --team-id 7QK4M2XB9C --password "mzkt-bqhw-ypcd-fxen" --wait\n', path: 'scripts/notarize.sh' },
    ],
    negative: [
      { text: 'FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=xxxx-xxxx-xxxx-xxxx\n', path: '.env', why: 'placeholder' },
      { text: 'FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=abcd-efgh-ijkl-mnop\n', path: '.env', why: 'the alphabet in order' },
      { text: 'SLUG=qvhk-tmzr-wcjp-ynbd\n', path: '.env', why: 'not an app-specific password name' },
      { text: 'xcrun notarytool submit build/Shop.zip --keychain-profile "shop-notary" --wait\n', path: 'scripts/notarize.sh', why: 'a stored keychain profile' },
    ],
  },
});

