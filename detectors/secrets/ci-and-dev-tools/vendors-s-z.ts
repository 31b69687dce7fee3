import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { vendorTokens } from '../../kit/vendor-token.js';
import { around } from '../shared/context.js';

const SONAR_KINDS: Readonly<Record<string, string>> = { p: 'project analysis token', u: 'user token', a: 'global analysis token' };

// SonarQube 9.5+ tokens: sqp_ (project analysis), squ_ (user), sqa_ (global analysis) + 40 hex.
export const sonarqubeToken: Detector = patternDetector({
  id: 'sonarqube-token',
  title: 'SonarQube token',
  vendor: 'SonarQube',
  severity: 'high',
  keywords: ['sqp_', 'squ_', 'sqa_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sq(?<kind>[pua])_[a-f0-9]{40})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  detail: (m) => SONAR_KINDS[m.groups?.['kind'] ?? ''],
  remediation:
    'Revoke the token in SonarQube (My Account > Security, or Administration > Security for project tokens) and ' +
    'give CI a new SONAR_TOKEN from its secret store.',
  examples: {
    positive: [
      { text: 'sonar.token=sqp_44705c761035b4e705100eb88b4d964165522b90', path: 'sonar-project.properties' },
      { text: '  SONAR_TOKEN: squ_3df2e4d6f4debf9b63b2eb6a7e3307ac0d262025', path: '.gitlab-ci.yml' },
      { text: 'mvn sonar:sonar -Dsonar.login=sqa_7938c4851e1cb25d8a24f6ee1263c98988b2cc2d' },
    ],
    negative: [
      { text: 'sonar.token=sqp_44705c761035b4e705100eb88b4d964165522b9', why: '39 hex characters' },
      { text: 'sonar.token=sqp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

// Sourcegraph access tokens: sgp_ + 40 hex, with an instance id (16 hex) or `local` before the secret
// in current versions. Cody Gateway keys: slk_ + 64 hex.
export const sourcegraphAccessToken: Detector = patternDetector({
  id: 'sourcegraph-access-token',
  title: 'Sourcegraph access token',
  vendor: 'Sourcegraph',
  severity: 'high',
  keywords: ['sgp_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sgp_(?:(?:[a-f0-9]{16}|local)_)?[a-fA-F0-9]{40})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  remediation:
    'Delete the token in Sourcegraph (User settings > Access tokens) and create a new one; keep it in a secret ' +
    'store (SRC_ACCESS_TOKEN).',
  examples: {
    positive: [
      { text: 'SRC_ACCESS_TOKEN=sgp_b066c56d6cdf449f18d912b4dd6cfe834a0d0c41', path: '.env' },
      { text: '"sourcegraph.accessToken": "sgp_a3913a40f8b6ccde_f7c5b01acbda1ef8d80a0f248107649bd9c0daaa"', path: '.vscode/settings.json' },
      { text: 'export SRC_ACCESS_TOKEN=sgp_local_64ecc3961499a54e3c75243d1668a3a812e96e59' },
    ],
    negative: [
      { text: 'SRC_ACCESS_TOKEN=sgp_b066c56d6cdf449f18d912b4dd6cfe834a0d0c4', why: '39 hex characters' },
      { text: 'SEGMENT_TOKEN=sgp_L0wSXDv4cRYklK1biYXHvVWrGotfcZKck1f25OuLUk4L4QJ6ycZqeweBsHqQAWot', why: "a Segment token (64 alphanumerics)" },
    ],
  },
});

export const sourcegraphCodyGatewayKey: Detector = patternDetector({
  id: 'sourcegraph-cody-gateway-key',
  title: 'Sourcegraph Cody Gateway key',
  vendor: 'Sourcegraph',
  severity: 'high',
  keywords: ['slk_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>slk_[a-f0-9]{64})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  remediation:
    'Rotate the Cody Gateway access key in the Sourcegraph site configuration (or ask Sourcegraph to revoke it) ' +
    'and keep the new one in a secret store.',
  examples: {
    positive: [
      { text: 'CODY_GATEWAY_KEY=slk_805ea41d28a43e568ecae183bf5258a27621be267c973fa4bd893a7225c9b64b', path: '.env' },
      { text: '"accessToken": "slk_f58f92c65b5dcf066cca7bebc3a78c8cd0da98ca6a4f035e4edd284f5b85d0c6"' },
    ],
    negative: [
      { text: 'CODY_GATEWAY_KEY=slk_805ea41d28a43e568ecae183bf5258a27621be267c973fa4bd893a7225c9b64', why: '63 hex characters' },
      { text: 'CODY_GATEWAY_KEY=slk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

// StackHawk API keys: hawk. + 20 + . + 20 characters.
export const stackhawkApiKey: Detector = patternDetector({
  id: 'stackhawk-api-key',
  title: 'StackHawk API key',
  vendor: 'StackHawk',
  severity: 'high',
  keywords: ['hawk.'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>hawk\.[A-Za-z0-9_-]{20}\.[A-Za-z0-9_-]{20})(?![A-Za-z0-9_.-])/,
  minEntropy: 3.5,
  remediation:
    'Delete the key in StackHawk (Settings > API Keys) and give CI a new HAWK_API_KEY from its secret store.',
  examples: {
    positive: [
      { text: 'HAWK_API_KEY=hawk.4MhR09ARPHic3IHR2r4G.Lt7wbx7AELSiU4rpA8BO', path: '.env' },
      { text: '        apiKey: "hawk.6cNcC_pe07XElh0MWr0u.ZnfWvsfsz5KNSrubcR-7"', path: '.github/workflows/hawkscan.yml' },
    ],
    negative: [
      { text: 'HAWK_API_KEY=hawk.4MhR09ARPHic3IHR2r4G.Lt7wbx7AELSiU4rpA8B', why: 'second part 19 characters' },
      { text: 'const id = hawk.authenticate(request, credentials);', why: 'code' },
    ],
  },
});

/** The line around an Unleash token names a frontend (or proxy client) key: those are public by design. */
const UNLEASH_PUBLIC = /front[-_ ]?end|clientkey|client_key|proxy/i;

// Unleash API tokens (admin, backend/client and frontend): '<project>:<environment>.' and a run of hex
// digits (56 in the server's generator), the project '*' for all projects or '[]' for several, and
// '*:*.' for admin tokens. The shape is shared by all types; frontend tokens are not secret, so a token
// on a line that names a frontend or proxy client key is left alone. Read only near an Unleash name.
export const unleashApiToken: Detector = patternDetector({
  id: 'unleash-api-token',
  title: 'Unleash API token',
  vendor: 'Unleash',
  severity: 'high',
  keywords: ['unleash'],
  pattern:
    /(?<![A-Za-z0-9_*:.\]-])(?<secret>(?:\*|\[\]|[A-Za-z0-9][A-Za-z0-9_-]{0,99}):(?:\*|[A-Za-z0-9][A-Za-z0-9_-]{0,99})\.[0-9a-f]{32,64})(?![A-Za-z0-9_.-])/,
  minEntropy: 3,
  validate: (_secret, m, text) => !UNLEASH_PUBLIC.test(around(text, m, 200)),
  remediation:
    'Delete the token under Admin settings > Access control > API access in Unleash (or the project\'s API access ' +
    'page) and create a new one scoped to one project and environment, kept in a secret store (UNLEASH_API_TOKEN).',
  examples: {
    positive: [
      { text: 'UNLEASH_API_TOKEN=default:production.6a31e2179b134585d656a5b9f62c3c776ba65766d2638393ed768b65', path: '.env' },
      { text: "const unleash = initialize({ url: 'https://unleash.example.com/api/', appName: 'billing', customHeaders: { Authorization: '[]:development.e7eab2b8ce122244c6ce47939761948bec6acc23fbffc96ff3b7b0f9a3650795' } });", path: 'src/flags.ts' },
      { text: 'curl -H "Authorization: *:*.442150fc57c571a3e2778a8d18892fe5fd609c42c6a44e4d1d3fdd30" https://unleash.example.com/api/admin/projects', path: 'scripts/flags.sh' },
    ],
    negative: [
      { text: 'UNLEASH_FRONTEND_TOKEN=default:production.6a31e2179b134585d656a5b9f62c3c776ba65766d2638393ed768b65', why: 'a frontend token is public' },
      { text: 'UNLEASH_API_TOKEN=default:development.unleash-insecure-api-token', why: "the demo token, no random part" },
      { text: 'image: registry:2.6a31e2179b134585d656a5b9f62c3c776ba65766d2638393ed768b65', why: 'no Unleash name nearby' },
    ],
  },
});

/** Decodes a standard base64 segment of a YouTrack token to text, or undefined when it is not printable. */
function printableBase64(segment: string): string | undefined {
  if (segment.length % 4 !== 0) return undefined;
  const text = Buffer.from(segment, 'base64').toString('utf8');
  return text.length > 0 && /^[\x20-\x7e\u00a0-\uffff]+$/.test(text) && !text.includes('\ufffd') ? text : undefined;
}

// YouTrack and JetBrains Hub permanent tokens: 'perm:', the base64 of the user's login, '.', the base64 of
// the token's name, '.', and 30 random letters and digits. Both base64 parts must decode to text.
export const youtrackPermanentToken: Detector = patternDetector({
  id: 'youtrack-permanent-token',
  title: 'YouTrack / JetBrains Hub permanent token',
  vendor: 'JetBrains YouTrack',
  severity: 'high',
  keywords: ['perm:'],
  pattern: /(?<![A-Za-z0-9_:-])(?<secret>perm:(?<login>[A-Za-z0-9+\/]{2,96}={0,2})\.(?<name>[A-Za-z0-9+\/]{2,96}={0,2})\.[A-Za-z0-9]{30})(?![A-Za-z0-9])/,
  minEntropy: 3.5,
  validate: (_secret, m) => printableBase64(m.groups?.['login'] ?? '') !== undefined && printableBase64(m.groups?.['name'] ?? '') !== undefined,
  remediation:
    'Delete the token under Profile > Account Security > Tokens in YouTrack or Hub (it acts as its user within ' +
    'its scope) and create a new one; keep it in a secret store (YOUTRACK_TOKEN).',
  examples: {
    positive: [
      { text: 'YOUTRACK_TOKEN=perm:anNtaXRo.Y2ktc3luYw==.0qaPqHaP0MPv7zBV0Ux0LD4VH7UPQS', path: '.env' },
      { text: "headers = {'Authorization': 'Bearer perm:ZGVwbG95LWJvdA==.MTctNA==.33MQqu5QKWfGOAzOph6G0Bug3Jlf9T'}", path: 'tools/youtrack_sync.py' },
    ],
    negative: [
      { text: "-H 'Authorization: Bearer perm:cm9vdA==.dG9rZW4=.rNZ38ije7uiWwnUTRDdyFDdUkoPUPi'", why: 'the token of the permanent-token documentation' },
      { text: 'YOUTRACK_TOKEN=perm:anNtaXRo.Y2ktc3luYw==.0qaPqHaP0MPv7zBV0Ux0LD4VH7UPQ', why: '29 random characters' },
      { text: 'YOUTRACK_TOKEN=perm:!!!.Y2ktc3luYw==.0qaPqHaP0MPv7zBV0Ux0LD4VH7UPQS', why: 'no base64 login' },
    ],
  },
});

/** ci-and-dev-tools vendors S–Z: the vendor-name-plus-value catalogue (kit/vendor-token.ts) and the self-identifying formats. */
export const ciAndDevToolsVendorsSZ: readonly Detector[] = [
  unleashApiToken,
  ...vendorTokens([
    {
      // Statsig server secret keys ('secret-') and console API keys ('console-'): both read the whole project
      // definition (console keys also change it). 'secret-' is too common a prefix to stand alone, so they
      // are read after a Statsig name; client SDK keys ('client-') are public.
      id: 'statsig-secret-key',
      title: 'Statsig server secret or console API key',
      vendor: 'Statsig',
      names: ['statsig'],
      token: [{ alphabet: 'alnum', prefix: 'secret-', length: [32, 64] }, { alphabet: 'alnum', prefix: 'console-', length: [32, 64] }],
      remediation:
        'Revoke the key under Project Settings > Keys & Environments in the Statsig console and create a new one ' +
        'scoped to the environments it needs, kept in a secret store (STATSIG_SERVER_SECRET).',
      examples: {
        positive: [
          { text: 'STATSIG_SERVER_SECRET=secret-5nSYyk0DMUg6eJadccmeJVgTkoisc7pzn69w7jIc5fD', path: '.env' },
          { text: "await Statsig.initialize('secret-5nSYyk0DMUg6eJadccmeJVgTkoisc7pzn69w7jIc5fD', { environment: { tier: 'production' } });", path: 'src/flags.js' },
          { text: 'statsig_console_api_key: "console-c6RPs3ceKQRhW06tll0nbzoHxQNgoHHD05XNWw3QQmj"', path: 'config/statsig.yml' },
        ],
        negative: [
          { text: "const client = new StatsigClient('client-8jFNyW5eXaFiJIIqex2lmNExjv9mtPIBdGRwFu5MfIt', user);", why: 'a client SDK key is public' },
          { text: 'DATABASE_SECRET=secret-5nSYyk0DMUg6eJadccmeJVgTkoisc7pzn69w7jIc5fD', why: 'no Statsig name' },
          { text: 'STATSIG_SERVER_SECRET=secret-5nSYyk0DMUg6eJadc', why: 'too short' },
        ],
      },
    },
    {
      id: 'sauce-labs-access-key',
      title: 'Sauce Labs access key',
      vendor: 'Sauce Labs',
      names: ['saucelabs', 'sauce_access', 'sauce-access', 'sauce_api'], compoundNames: ['sauce'],
      token: { alphabet: 'uuid' },
      remediation:
        'Regenerate the access key in Sauce Labs (Account > User settings > Access Key) and give CI the new ' +
          'SAUCE_ACCESS_KEY from its secret store.',
      examples: {
        positive: [
          { text: 'SAUCE_ACCESS_KEY=be515eec-a9e2-4ccf-9ca5-6bb5a468f4d5', path: '.env' },
          { text: "  sauceKey: process.env.SAUCE_ACCESS_KEY || 'cb8e10e4-4875-4414-8a3b-3040fb6699c6',", path: 'wdio.conf.js' },
        ],
        negative: [{ text: 'SAUCE_ACCESS_KEY=be515eec-a9e2-4ccf-9ca5-6bb5a468f4d', path: '.env', why: 'one hex digit short of a UUID' }],
      },
    },
    {
      id: 'scrutinizer-api-token',
      title: 'Scrutinizer CI API token',
      vendor: 'Scrutinizer',
      names: ['scrutinizer'],
      token: { alphabet: 'lower-alnum', length: 64 },
      examples: {
        positive: [
          { text: 'scrutinizer_token: "py3zkj7vktfu6hbqvnng1g48wkwtegpwl5sj8zsqt4n4c9w1xihxoafckhra6z4y"', path: 'config/settings.yml' },
          { text: 'client = ScrutinizerClient(api_key="edgszy604eg7uspqqwyiatlueflumeg2l9qm0obfnfkld5txge9yda00bwu1qq12")', path: 'app/clients.py' },
        ],
        negative: [{ text: 'scrutinizer_token: "py3zkj7vktfu6hbqvnng1g48wkwtegpwl5sj8zsqt4n4c9w1xihxoafckhra6z4"', path: 'config/settings.yml', why: 'one character short' }],
      },
    },
    {
      id: 'semaphore-ci-api-token',
      title: 'Semaphore CI API token',
      vendor: 'Semaphore',
      names: ['semaphoreci', 'semaphore_api', 'semaphore-api', 'semaphore_token'],
      compoundNames: ['semaphore'],
      token: { alphabet: 'lower-alnum', length: 32 },
      examples: {
        positive: [
          { text: 'SEMAPHORE_API_API_KEY=1a0vfe0bqvz5ctcqe0ce9xfj1uwdlazd', path: '.env' },
          { text: "export SEMAPHORE_API_SECRET='qg3ll6qqvejblt4s80tb7ec6hojgjo6j'", path: 'scripts/deploy.sh' },
          { text: "semaphoreToken: 'r6ed7dnw863n6b01et0ri6n0x9idy2nt'", path: 'ci/config.yml' },
        ],
        negative: [{ text: 'SEMAPHORE_API_API_KEY=1a0vfe0bqvz5ctcqe0ce9xfj1uwdlaz', path: '.env', why: 'one character short' }, { text: 'redis_semaphore_key = "dkimtdd22figtj0ee68twdyvrlgox9ue"', path: 'jobs/locks.py', why: 'a lock name: "semaphore" is not the first word' }],
      },
    },
    {
      id: 'snyk-api-token',
      title: 'Snyk API token',
      vendor: 'Snyk',
      names: ['snyk'],
      token: { alphabet: 'uuid' },
      remediation:
        'Revoke the token in Snyk (Account settings > Auth Token, or the service account page) and give CI ' +
          'the new SNYK_TOKEN from its secret store.',
      examples: {
        positive: [
          { text: 'SNYK_TOKEN=50cdcc96-c804-4a71-bc49-98b7392b2f00', path: '.env' },
          { text: '      - run: snyk auth 17956e6d-ea86-47a7-996c-e1e5185804f4', path: '.github/workflows/security.yml' },
        ],
        negative: [
          { text: 'SNYK_TOKEN=50cdcc96-c804-4a71-bc49-98b7392b2f0', path: '.env', why: 'one hex digit short of a UUID' },
          { text: 'snyk monitor --org=1a5a9164-3f47-4a3e-9eb6-a9831027eade', why: 'an organization id' },
        ],
      },
    },
    {
      id: 'sonar-token',
      title: 'SonarQube / SonarCloud token',
      vendor: 'SonarQube',
      names: ['sonar'],
      token: { alphabet: 'hex', length: 40 },
      remediation:
        'Revoke the token in SonarQube or SonarCloud (My Account > Security) and give CI a new SONAR_TOKEN ' +
          'from its secret store.',
      examples: {
        positive: [
          { text: 'mvn verify sonar:sonar -Dsonar.host.url=https://sonarcloud.io -Dsonar.login=6011510aa750f52845df7e6b990186da796ab6a5', path: '.github/workflows/build.yml' },
          { text: 'sonar.login=603b38679571e33f9358bb7cb5ef61c170d8ac90', path: 'sonar-project.properties' },
        ],
        negative: [
          { text: 'mvn verify sonar:sonar -Dsonar.host.url=https://sonarcloud.io -Dsonar.login=6011510aa750f52845df7e6b990186da796ab6a', path: '.github/workflows/build.yml', why: 'one character short' },
          { text: 'sonarqube-scanner@^3.3.0:\n  resolved "https://registry.yarnpkg.com/sonarqube-scanner/-/sonarqube-scanner-3.3.0.tgz#0e4f1b9a35c82d7d1a9f6e2b4c8d0a1e3f5b7c9d"', why: 'a lockfile hash' },
          { text: '/d:sonar.login=$(SONAR_LOGIN)', why: 'a reference' },
        ],
      },
    },
    {
      id: 'travis-ci-token',
      title: 'Travis CI API token',
      vendor: 'Travis CI',
      names: ['travis'],
      token: { alphabet: 'alnum', length: 22 },
      remediation:
        'Regenerate the API token in Travis CI (Settings > API authentication) and keep the new one in a ' +
          'secret store.',
      examples: {
        positive: [
          { text: "export TRAVIS_SECRET='uvKCGQbAEFO0nb6JdKUlA0'", path: 'scripts/deploy.sh' },
          { text: 'TRAVIS_API_KEY=Jbevf925cLsZHl27C7Veew', path: '.env' },
        ],
        negative: [
          { text: "export TRAVIS_SECRET='uvKCGQbAEFO0nb6JdKUlA'", path: 'scripts/deploy.sh', why: 'one character short' },
          { text: '  - secure: "kX3mP9qL2vR8tN4wZ7yB1cD6fG0hJ5sA"', path: '.travis.yml', why: 'an encrypted value, no vendor-named key' },
        ],
      },
    },
    {
      id: 'versioneye-api-key',
      title: 'VersionEye API key',
      vendor: 'VersionEye',
      names: ['versioneye'],
      token: { alphabet: 'alnum', length: 40 },
      examples: {
        positive: [
          { text: 'VERSIONEYE_API_KEY=1jUf1NtwKAuTOL4mDAVuUpsI73UiudUPZ7NhuH4Y', path: '.env' },
          { text: "export VERSIONEYE_SECRET='rsOAWTaSDkcXkpo7yel53Pxv58KeKqdX3vfTeFDR'", path: 'scripts/deploy.sh' },
        ],
        negative: [{ text: 'VERSIONEYE_API_KEY=1jUf1NtwKAuTOL4mDAVuUpsI73UiudUPZ7NhuH4', path: '.env', why: 'one character short' }],
      },
    },
    {
      // Turborepo remote caching authenticates with a Vercel access token in TURBO_TOKEN. Prefixed Vercel
      // tokens (vcp_…) are found by vercel-access-token; this reads the unprefixed 24-character ones.
      id: 'turborepo-remote-cache-token',
      title: 'Vercel token for Turborepo remote caching',
      vendor: 'Vercel',
      names: ['turbo_token'],
      token: { alphabet: 'alnum', length: 24 },
      remediation:
        'Delete the token in Vercel (Account Settings > Tokens) and create a new one scoped to the team whose ' +
        'cache it reads; give CI the replacement TURBO_TOKEN from its secret store.',
      examples: {
        positive: [
          { text: 'TURBO_TOKEN=nxnP6rTLYfQHiWRDD5KSpTO2', path: '.env' },
          { text: '      TURBO_TOKEN: YkAZqccWvBPbDBZ8SKQINkge\n      TURBO_TEAM: acme', path: '.github/workflows/ci.yml' },
        ],
        negative: [
          { text: 'TURBO_TOKEN=${{ secrets.TURBO_TOKEN }}', why: 'a reference' },
          { text: 'TURBO_TEAM=nxnP6rTLYfQHiWRDD5KSpTO2', why: 'the team slug, no key-like word' },
          { text: 'TURBO_TOKEN=nxnP6rTLYfQHiWRDD5KSpTO', why: '23 characters' },
        ],
      },
    },
    {
      // Veracode API credentials (HMAC): an ID of 32 hex characters and a secret key of 128, in
      // ~/.veracode/credentials (veracode_api_key_id / veracode_api_key_secret) or VERACODE_API_KEY_SECRET.
      // Regional keys carry a 'vera01ei-' style prefix before the hex. The ID alone names the pair.
      id: 'veracode-api-key',
      title: 'Veracode API secret key',
      vendor: 'Veracode',
      names: ['veracode'],
      token: { alphabet: 'hex', length: 128 },
      remediation:
        'Revoke the API credentials under API Credentials in the Veracode Platform (or have an administrator ' +
        'revoke them) and generate new ones; keep them in ~/.veracode/credentials or a CI secret store.',
      examples: {
        positive: [
          {
            text: '[default]\nveracode_api_key_id = 2c0f652f87a7287ae8f87f7ed1e15567\nveracode_api_key_secret = d2a7dd5668693d57620ecbb7cb7e5cd572e6bdc20633169c739f62900a7271449da7324ef151b6492498b53abcb2e963c7633efde9e3ff1fda13064c99f2d4aa',
            path: '.veracode/credentials',
          },
          { text: 'VERACODE_API_KEY_SECRET=cf8bdcbff3ee88ef25f818d7d6a33c8edb4b835b1ec11270ab070c71161e7f960f8edd0314046b1979b9da24f8f1212a14e776a05c515e2dc982dccd9bd37a8e', path: '.env' },
        ],
        negative: [
          { text: 'veracode_api_key_id = b0738079d37409277bbe8cb6bcc70d20', why: "the credentials' id" },
          { text: 'VERACODE_API_KEY_SECRET=cf8bdcbff3ee88ef25f818d7d6a33c8edb4b835b1ec11270ab070c71161e7f960f8edd0314046b1979b9da24f8f1212a14e776a05c515e2dc982dccd9bd37a8', why: '127 characters' },
        ],
      },
    },
    {
      // Zabbix API tokens (6.0 on, Users > API tokens): 64 hexadecimal characters (32 random bytes), sent as
      // `Authorization: Bearer …`. user.login session ids are 32 hex characters and expire.
      id: 'zabbix-api-token',
      title: 'Zabbix API token',
      vendor: 'Zabbix',
      names: ['zabbix'],
      token: { alphabet: 'hex', length: 64 },
      remediation:
        'Disable or delete the token under Users > API tokens in the Zabbix frontend, regenerate it with an expiry ' +
        'date, and keep it in a secret store (ZABBIX_API_TOKEN).',
      examples: {
        positive: [
          { text: 'ZABBIX_API_TOKEN=c5efa409255e35a8c57c074aaef1315d9fb3870f036034f1957f32c5e66df1c7', path: '.env' },
          { text: 'zapi = ZabbixAPI(url="https://zabbix.example.com", token="ef0e2bc5a7f08659683dc53f55dc4f74304f94955ebc474fbade5dcfbc1fa49c")', path: 'scripts/inventory.py' },
          { text: '    zabbix_api_token: f21760d36f6a5b970bb62e2c93723e0e6164a3af112da73c3adceb3ae771037b', path: 'group_vars/monitoring.yml' },
        ],
        negative: [
          { text: 'ZABBIX_API_TOKEN=bbcfce79a2d95037502f7e9a534906d3466c9a1484beb6ea0f4e7be28e8b8ce2', why: 'the token of the token.generate reference page' },
          { text: 'ZABBIX_SESSION_TOKEN=0424bd59b807674191e7d77572075f33', why: 'a 32-character session id' },
          { text: 'ZABBIX_API_TOKEN=c5efa409255e35a8c57c074aaef1315d9fb3870f036034f1957f32c5e66df1c', why: '63 characters' },
        ],
      },
    },
  ]),
  sonarqubeToken,
  sourcegraphAccessToken,
  sourcegraphCodyGatewayKey,
  stackhawkApiKey,
  youtrackPermanentToken,
];
