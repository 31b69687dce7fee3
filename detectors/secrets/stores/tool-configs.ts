import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { isSecretName } from '../../kit/names.js';
import { contentLines, isStoredPassword, storeRemediation } from './values.js';

// Credential files and settings of everyday tools that people commit with their dotfiles, project
// folders and homelab configs: API clients' environments (Bruno, Thunder Client, Hoppscotch), the
// one-value files Docker Compose mounts as secrets, package channel tokens (Anaconda, Yarn v1),
// self-hosted services (Syncthing, Squid) and database GUIs' connection exports (Navicat, HeidiSQL,
// Oracle SQL Developer, Sequel Pro/Ace). Each reads only its own file names or rare keywords, and
// nothing it reads per match runs without a bound. Priority 30: above the generic name-based detectors
// (which find some of these values as plain `password = …`), below vendor tokens.

/** A variable's name that says its value is a secret (the kit's judgement: `apiKey`, `db_password`, `authToken`), after Bruno's `~`/`@` marks. */
const isSecretVariable = (name: string): boolean => isSecretName(name.replace(/^[~@$-]{1,3}/, ''));

/** A value in a secret slot of an API client's environment: no template reference (`{{token}}`, `${VAR}`), and a stored password. */
function isClientSecret(value: string): boolean {
  return !value.includes('{{') && isStoredPassword(value);
}

// ---------------------------------------------------------------------------------------------------
// Bruno (.bru): environments/<name>.bru holds `vars { name: value }`; the names listed in `vars:secret [ … ]`
// are kept out of the file by Bruno, so a secret written into `vars` instead is committed. Requests and
// collection.bru hold `auth:basic { password: … }`, `auth:bearer { token: … }`, `auth:apikey { value: … }`
// and `headers { x-api-key: … }` blocks.

const BRU_BLOCK = /^([a-z][\w:-]{0,40})[ \t]{0,4}\{[ \t]{0,8}$/;
const BRU_ENTRY = /^[ \t]{1,16}(~?[\w.$@-]{1,80})[ \t]{0,4}:[ \t]{0,8}(\S[^\r\n]{0,1023})$/;
/** Blocks whose entries are settings, and in `auth:*` blocks, the keys that hold the credential. */
const BRU_AUTH_KEYS = new Set(['password', 'token', 'value', 'client_secret', 'clientSecret', 'secretAccessKey', 'sessionToken', 'key', 'accessToken', 'refreshToken']);

function* detectBruno({ text }: DetectorInput): Iterable<Match> {
  let block = '';
  let apiKeyBlockKey = '';
  for (const line of contentLines(text, /^[ \t]{0,64}(?:#|\/\/|$)/)) {
    const opened = BRU_BLOCK.exec(line.text);
    if (opened) {
      block = opened[1] as string;
      apiKeyBlockKey = '';
      continue;
    }
    if (/^[ \t]{0,8}[}\]]/.test(line.text)) {
      block = '';
      continue;
    }
    if (block === '') continue;
    const m = BRU_ENTRY.exec(line.text);
    if (!m) continue;
    const name = m[1] as string;
    if (name.startsWith('~')) continue; // a disabled entry
    let value = (m[2] as string).trimEnd();
    let what: string | undefined;
    if (block === 'vars' || block === 'vars:pre-request' || block === 'headers') {
      // (`vars:post-response` entries are expressions over the response, `res.body.token`, not values)
      if (block === 'headers') value = value.replace(/^(?:Bearer|Basic|Token)[ \t]{1,4}/i, '');
      if (isSecretVariable(name) || (block === 'headers' && /^(?:authorization|x-auth-token)$/i.test(name))) what = `"${name}" in a Bruno ${block} block`;
    } else if (block.startsWith('auth:')) {
      if (block === 'auth:apikey' && name === 'key') apiKeyBlockKey = value;
      else if (BRU_AUTH_KEYS.has(name) && name !== 'key') what = `${name} of a Bruno ${block} block${apiKeyBlockKey ? ` (${apiKeyBlockKey})` : ''}`;
    }
    if (what === undefined || !isClientSecret(value)) continue;
    const offset = line.text.lastIndexOf(value);
    yield { start: line.start + offset, end: line.start + offset + value.length, secret: value, detail: what };
  }
}

export const brunoSecretValue: Detector = {
  id: 'bruno-secret-value',
  title: 'Secret written into a Bruno collection or environment (.bru)',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: [],
  paths: ['*.bru'],
  priority: 30,
  remediation: storeRemediation(
    'token, key or password written into the .bru file',
    'mark the variable secret (`vars:secret [ name ]`, kept out of the file by Bruno) or read it with `{{process.env.NAME}}` from a git-ignored .env.',
  ),
  detect: detectBruno,
  examples: {
    positive: [
      { path: 'api/environments/Production.bru', text: 'vars {\n  baseUrl: https://api.shop.example\n  apiKey: PuzMwbDASTKWpQMew5fMScTRTGfQfd5u\n  password: nNgm9nfe6EJ7\n}\n' },
      { path: 'api/collection.bru', text: 'auth {\n  mode: bearer\n}\n\nauth:bearer {\n  token: fdA4pve5GEzicEDifmkueuvKZEmfo4ubtEquptoM\n}\n', why: 'collection auth' },
      { path: 'api/users/login.bru', text: 'post {\n  url: {{baseUrl}}/login\n  auth: basic\n}\n\nauth:basic {\n  username: ops\n  password: qwZVBzJgpHNg\n}\n\nheaders {\n  x-api-key: zWWxQxq83hBcQ6LBqZtyRVuV\n}\n' },
    ],
    negative: [
      { path: 'api/environments/Production.bru', text: 'vars {\n  baseUrl: https://api.shop.example\n  username: ops\n}\nvars:secret [\n  apiKey,\n  password\n]\n', why: 'secret variables, values kept out of the file' },
      { path: 'api/collection.bru', text: 'auth:bearer {\n  token: {{accessToken}}\n}\nvars:post-response {\n  token: res.body.token\n}\n', why: 'a variable reference, an expression over the response' },
      { path: 'api/users/login.bru', text: 'auth:basic {\n  username: ops\n  password: {{process.env.API_PASSWORD}}\n}\nvars {\n  ~apiKey: PuzMwbDASTKWpQMew5fMScTRTGfQfd5u\n  password: changeme\n}\n', why: 'reference, disabled entry, stand-in' },
    ],
  },
};

// ---------------------------------------------------------------------------------------------------
// Thunder Client (thunder-tests/thunderEnvironment.json, exports `thunder-environment_*.json`) and Hoppscotch
// environment exports: JSON lists of `{"name": …, "value": …}` (Thunder) or `{"key": …, "value": …, "secret": true}`
// (Hoppscotch, whose `secret` flag marks a secret whatever its name).

const CLIENT_PAIR = /\{\s{0,40}"(?:name|key)"\s{0,8}:\s{0,8}"([^"\\\r\n]{1,100})"\s{0,8},\s{0,40}"(?:value|initialValue|currentValue)"\s{0,8}:\s{0,8}"((?:[^"\\\r\n]|\\.){1,512})"([^{}]{0,200})/dg;
/** The same pair written value first (`{"value": …, "key": …}`, as Hoppscotch's own sample export has it). */
const CLIENT_PAIR_VALUE_FIRST = /\{\s{0,40}"(?:value|initialValue|currentValue)"\s{0,8}:\s{0,8}"((?:[^"\\\r\n]|\\.){1,512})"\s{0,8},\s{0,40}"(?:name|key)"\s{0,8}:\s{0,8}"([^"\\\r\n]{1,100})"([^{}]{0,200})/dg;

function* detectClientEnvironment({ text }: DetectorInput): Iterable<Match> {
  for (const re of [CLIENT_PAIR, CLIENT_PAIR_VALUE_FIRST]) {
    const valueFirst = re === CLIENT_PAIR_VALUE_FIRST;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const name = (valueFirst ? m[2] : m[1]) as string;
      const raw = (valueFirst ? m[1] : m[2]) as string;
      const flagged = /"secret"\s{0,4}:\s{0,4}true/.test(m[3] as string);
      if (!(flagged || isSecretVariable(name)) || !isClientSecret(raw.replace(/\\(.)/g, '$1'))) continue;
      const start = (m.indices?.[valueFirst ? 1 : 2] as [number, number])[0];
      yield { start, end: start + raw.length, secret: raw, detail: `"${name}" in an API client environment${flagged ? ' (marked secret)' : ''}` };
    }
  }
}

export const apiClientEnvironmentSecret: Detector = {
  id: 'api-client-environment-secret',
  title: 'Secret in a Thunder Client or Hoppscotch environment file',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: [],
  paths: ['**/thunder-tests/*.json', '**/thunder-tests/**/*.json', 'thunderEnvironment.json', 'tc_env_*.json', 'thunder-environment*.json', 'thunder-collection*.json', 'hoppscotch*.json', '*.hoppscotch.json'],
  priority: 30,
  remediation: storeRemediation(
    'token, key or password saved in the API client environment',
    'keep the environment out of the repository (Thunder Client: save it to a git-ignored .env with `{{process.env.NAME}}`; Hoppscotch: mark it secret, which is not exported).',
  ),
  detect: detectClientEnvironment,
  examples: {
    positive: [
      {
        path: 'thunder-tests/thunderEnvironment.json',
        text: '[\n  {\n    "_id": "5c1f0a3e",\n    "name": "dev",\n    "data": [\n      {\n        "name": "apiSecret",\n        "value": "PuzMwbDASTKWpQMew5fMScTRTGfQfd5u"\n      },\n      {\n        "name": "baseUrl",\n        "value": "https://api.shop.example"\n      }\n    ]\n  }\n]\n',
      },
      {
        path: 'exports/hoppscotch-env.json',
        text: '[{"v":1,"id":"bneS8XQ5TERctsQt","name":"Prod","variables":[{"key":"baseUrl","value":"https://api.shop.example","secret":false},{"key":"bearer","value":"fdA4pve5GEzicEDifmkueuvKZEmfo4ubtEquptoM","secret":true}]}]',
        why: 'flagged secret, any name',
      },
      { path: 'hoppscotch-environments.json', text: '[\n  {\n    "name": "Staging",\n    "variables": [\n      {\n        "value": "zWWxQxq83hBcQ6LBqZtyRVuV",\n        "key": "api_key"\n      }\n    ]\n  }\n]\n', why: 'value written before key' },
    ],
    negative: [
      { path: 'thunder-tests/thunderEnvironment.json', text: '[{"name":"dev","data":[{"name":"token","value":"{{auth_token}}"},{"name":"baseUrl","value":"https://api.shop.example"}]}]', why: 'reference' },
      { path: 'hoppscotch-env.json', text: '[{"v":1,"name":"Prod","variables":[{"key":"bearer","value":"","secret":true},{"key":"host","value":"api.shop.example","secret":false}]}]', why: 'secret left empty in the export' },
    ],
  },
};

// ---------------------------------------------------------------------------------------------------
// Docker Compose (and Swarm) secrets: `secrets: db_password: file: ./secrets/db_password.txt` mounts the file at
// /run/secrets/db_password; the file holds the value alone. Committed, it is the secret.

/** A secret's file name: ends in a password, secret, token or key word, with `.txt` or no extension. */
const SECRET_FILE = /^[\w.-]{0,80}?(?:password|passwd|pass|pwd|secret|token|api[_-]?key|apikey|_key|-key)(?:\.txt)?$/i;

function* detectSecretFile({ path, text }: DetectorInput): Iterable<Match> {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (!SECRET_FILE.test(name) || text.length > 1024) return;
  const value = text.trim();
  if (value.includes('\n') || value.length < 8 || !isStoredPassword(value)) return;
  const start = text.indexOf(value);
  yield { start, end: start + value.length, secret: value, detail: `one-value secret file ${name} (a Docker Compose \`secrets: file:\`)` };
}

export const composeSecretFile: Detector = {
  id: 'compose-secret-file',
  title: 'Committed one-value secret file (Docker Compose/Swarm secrets)',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: [],
  paths: ['**/secrets/*', 'password.txt', 'passwd.txt', '*_password.txt', '*-password.txt', '*_passwd.txt', '*_secret.txt', '*-secret.txt', '*_token.txt', '*_api_key.txt'],
  priority: 25,
  remediation: storeRemediation(
    'secret held in the file',
    'git-ignore the secrets folder, commit a README or a `.example` instead, and create the file at deploy time (or use `environment:`-sourced or external secrets).',
  ),
  detect: detectSecretFile,
  examples: {
    positive: [
      { path: 'deploy/secrets/db_password.txt', text: 'bneS8XQ5TERctsQt\n' },
      { path: 'db_root_password.txt', text: 'jkkJyCEkAj7JuxRF', why: 'the name Docker\'s own example uses, at the root' },
      { path: 'stack/secrets/stripe_api_key', text: 'ZRZwM6mQ5Wm3N9qwZVBzJgpHNg\n' },
      { path: 'app/db/password.txt', text: 'db-x7kq9w2z\n', why: 'compose.yaml: `secrets: db-password: file: db/password.txt`' },
    ],
    negative: [
      { path: 'deploy/secrets/README.md', text: 'Put db_password.txt here.\n', why: 'not a secret file name' },
      { path: 'deploy/secrets/db_password.txt', text: 'changeme\n', why: 'stand-in' },
      { path: 'deploy/secrets/db_password.txt', text: '# generate with: openssl rand -hex 16\n<password>\n', why: 'a template of two lines' },
    ],
  },
};

// ---------------------------------------------------------------------------------------------------
// Anaconda: a private channel's token rides in its URL (`https://conda.anaconda.org/t/<token>/<channel>`,
// `https://repo.anaconda.cloud/repo/t/<token>/main`), written into .condarc or an environment.yml.

export const anacondaChannelToken: Detector = patternDetector({
  id: 'anaconda-channel-token',
  title: 'Anaconda channel token in a URL',
  vendor: 'Anaconda',
  severity: 'high',
  priority: 40,
  keywords: ['anaconda.org/t/', 'anaconda.cloud/repo/t/', 'anaconda.com/repo/t/'],
  keywordSpan: { before: 8, after: 140 },
  pattern: /(?<![\w.-])(?:conda\.|repo\.)?anaconda\.(?:org|cloud\/repo|com\/repo)\/t\/(?<secret>[A-Za-z0-9][A-Za-z0-9_-]{15,99})\//,
  minEntropy: 3,
  rejectSequences: true,
  detail: () => 'token of a private Anaconda channel, in the channel URL',
  remediation:
    'Revoke the token on anaconda.org (Settings > Access, `anaconda auth --remove`) or anaconda.com (`anaconda token uninstall`), issue a new one, and give it to conda ' +
    'from the keyring (`anaconda token install`) or `conda config --set channel_settings …` outside the repository, with the URL written without /t/<token>.',
  examples: {
    positive: [
      { path: '.condarc', text: 'channels:\n  - https://conda.anaconda.org/t/ld-39075c43-5895-47c9-b01b-f08b6c1e263f/acme\n  - defaults\n' },
      { path: 'environment.yml', text: 'name: ml\nchannels:\n  - https://repo.anaconda.cloud/repo/t/fFahCacw53LGCPEqPXiWpyS7mQvKWmYH/main\ndependencies:\n  - python=3.11\n' },
      { path: 'ci/setup.sh', text: 'conda install -c "https://conda.anaconda.org/t/${CONDA_TOKEN}/acme" mylib\nconda config --add channels https://conda.anaconda.org/t/zWWxQxq83hBcQ6LBqZtyRVuV/acme\n', why: 'the second line, in code' },
    ],
    negative: [
      { path: '.condarc', text: 'channels:\n  - https://conda.anaconda.org/t/<TOKEN>/acme\n', why: 'placeholder' },
      { path: 'environment.yml', text: 'channels:\n  - https://conda.anaconda.org/conda-forge\n  - https://repo.anaconda.cloud/repo/main\n', why: 'public channels' },
      { path: 'docs/install.md', text: 'https://conda.anaconda.org/t/YOUR_TOKEN_HERE/acme\n', why: 'placeholder' },
    ],
  },
});

// ---------------------------------------------------------------------------------------------------
// Yarn v1's .yarnrc: `"//registry.example/:_authToken" "…"`, `_auth "base64(user:pass)"`, `_password "…"`, each a
// name and a value separated by blanks (Yarn 2+'s .yarnrc.yml and .npmrc have their own detector).

const YARNRC_LINE = /^[ \t]{0,8}"?((?:\/\/[^"\s]{1,300}:)?(?:_authToken|_auth|_password))"?[ \t]{1,8}"?([^"\s]{1,1024})"?[ \t]{0,8}$/;

function* detectYarnrc({ text }: DetectorInput): Iterable<Match> {
  for (const line of contentLines(text)) {
    const m = YARNRC_LINE.exec(line.text);
    if (!m) continue;
    const value = m[2] as string;
    if (!isStoredPassword(value) || value.startsWith('${')) continue;
    const offset = line.text.lastIndexOf(value);
    yield { start: line.start + offset, end: line.start + offset + value.length, secret: value, detail: `${(m[1] as string).replace(/^.*:(?=_)/, '')} in .yarnrc` };
  }
}

export const yarnrcAuthToken: Detector = {
  id: 'yarnrc-auth-token',
  title: 'Registry credential in a Yarn v1 .yarnrc',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: [],
  paths: ['.yarnrc'],
  priority: 30,
  remediation: storeRemediation(
    'registry token or password (revoke the token at the registry)',
    'keep the credential in the user\'s ~/.npmrc or an environment variable (`"//registry/:_authToken" "${NPM_TOKEN}"` in .npmrc), not in the project\'s .yarnrc.',
  ),
  detect: detectYarnrc,
  examples: {
    positive: [
      { path: '.yarnrc', text: 'registry "https://npm.shop.internal/"\n"//npm.shop.internal/:_authToken" "fFahCacw53LGCPEqPXiWpyS7mQvKWmYHvMjb"\n' },
      { path: 'web/.yarnrc', text: 'email ops@shop.example\n_auth "b3BzOlpSWndNNm1RNVdtMw=="\nalways-auth true\n' },
    ],
    negative: [
      { path: '.yarnrc', text: '"//npm.shop.internal/:_authToken" "${NPM_TOKEN}"\n', why: 'reference' },
      { path: '.yarnrc', text: '# "//npm.shop.internal/:_authToken" "fFahCacw53LGCPEqPXiWpyS7mQvKWmYHvMjb"\nregistry "https://npm.shop.internal/"\n', why: 'comment' },
    ],
  },
};

// ---------------------------------------------------------------------------------------------------
// Syncthing's config.xml: `<gui>` holds `<apikey>`, the REST API key (full control of the device: folders,
// devices, shutdown). The GUI `<password>` is a bcrypt hash, left to the hash detectors.

export const syncthingApiKey: Detector = patternDetector({
  id: 'syncthing-api-key',
  title: 'Syncthing REST API key (config.xml)',
  vendor: 'Syncthing',
  severity: 'high',
  priority: 40,
  keywords: ['<apikey>'],
  pattern: /<apikey>(?<secret>[A-Za-z0-9_-]{16,64})<\/apikey>/,
  minEntropy: 3.2,
  rejectSequences: true,
  validate: (_secret, m, text) => text.slice(Math.max(0, m.index - 2048), m.index).includes('<gui'),
  detail: () => 'Syncthing GUI/REST API key',
  remediation:
    'Generate a new API key in the Syncthing GUI (Actions > Settings > GUI > Generate), restart, and keep config.xml out of the repository ' +
    '(commit a template, or set the key with STGUIAPIKEY from a secret store).',
  examples: {
    positive: [
      {
        path: 'syncthing/config.xml',
        text: '<configuration version="37">\n    <gui enabled="true" tls="false">\n        <address>0.0.0.0:8384</address>\n        <user>admin</user>\n        <apikey>PuzMwbDASTKWpQMew5fMScTRTGfQfd5u</apikey>\n        <theme>default</theme>\n    </gui>\n</configuration>\n',
      },
      { path: 'roles/syncthing/templates/config.xml.j2', text: '<gui enabled="true" tls="true">\n  <address>127.0.0.1:8384</address>\n  <apikey>ZRZwM6mQ5Wm3N9qwZVBzJgpHNg</apikey>\n</gui>\n', why: 'Ansible template, literal key' },
    ],
    negative: [
      { path: 'roles/syncthing/templates/config.xml.j2', text: '<gui enabled="true">\n  <apikey>{{ syncthing_api_key }}</apikey>\n</gui>\n', why: 'template variable' },
      { path: 'docs/api.xml', text: '<request><apikey>PuzMwbDASTKWpQMew5fMScTRTGfQfd5u</apikey></request>', why: 'not inside a Syncthing <gui> element' },
      { path: 'man/syncthing-config.5', text: '<gui enabled="true" tls="false">\n    <address>127.0.0.1:8384</address>\n    <apikey>k1dnz1Dd0rzTBjjFFh7CXPnrF12C49B1</apikey>\n</gui>\n', why: "the example key of Syncthing's own documentation" },
    ],
  },
});

// ---------------------------------------------------------------------------------------------------
// Squid: `cache_peer host parent 3128 0 … login=user:password` gives the upstream proxy's credentials
// (`login=PASS`, `PASSTHRU`, `NEGOTIATE` forward the client's instead, and have no colon).

export const squidCachePeerPassword: Detector = patternDetector({
  id: 'squid-cache-peer-password',
  title: 'Squid cache_peer proxy password (login=user:password)',
  severity: 'high',
  priority: 30,
  keywords: ['cache_peer'],
  keywordSpan: { before: 16, after: 700 },
  pattern: /^[ \t]{0,16}cache_peer[ \t][^\n#]{0,400}?[ \t]login=(?<user>[^:\s]{1,128}):(?<secret>\S{1,256})/m,
  allowPlaceholders: true, // judged below
  validate: (secret, m) => isStoredPassword(secret.replace(/%%/g, '%'), m.groups?.user ?? '') && !/^\$|\$$/.test(secret),
  detail: (m) => `upstream proxy password of ${m.groups?.user === '*' ? 'every user (login=*:…)' : 'a cache_peer login'}`,
  remediation: storeRemediation(
    'upstream proxy password',
    'keep it out of the committed squid.conf: put the cache_peer line in an included file that is provisioned from a secret store.',
  ),
  examples: {
    positive: [
      { path: 'etc/squid/squid.conf', text: 'http_port 3128\ncache_peer proxy.upstream.example parent 8080 0 no-query default login=ops:ZRZwM6mQ5Wm3N9\nnever_direct allow all\n' },
      { path: 'docker/squid/squid.conf', text: 'cache_peer 10.0.0.9 parent 3128 0 no-query login=*:qwZVBzJgpHNg name=upstream\n', why: 'fixed password, forwarded user names' },
    ],
    negative: [
      { path: 'etc/squid/squid.conf', text: 'cache_peer proxy.upstream.example parent 8080 0 no-query login=PASSTHRU\n', why: 'forwards the client credentials' },
      { path: 'etc/squid/squid.conf', text: '#cache_peer proxy.upstream.example parent 8080 0 login=ops:ZRZwM6mQ5Wm3N9\ncache_peer 10.0.0.9 parent 3128 0 login=$username$:$password$\n', why: 'comment, template variables' },
    ],
  },
});

// ---------------------------------------------------------------------------------------------------
// Navicat's exported connections (`connections.ncx`): `Password="<hex>"` and the SSH/HTTP tunnel passwords,
// encrypted with a key that is the same in every Navicat install (Blowfish before version 12, AES after): reversible.

export const navicatPassword: Detector = patternDetector({
  id: 'navicat-password',
  title: 'Navicat exported connection password (.ncx)',
  severity: 'high',
  priority: 30,
  keywords: ['password="', 'passphrase="'],
  paths: ['*.ncx'],
  keywordSpan: { before: 24, after: 2070 },
  pattern: /(?<=\s)(?<key>(?:SSH_|HTTP_|Proxy)?(?:Password|Passphrase))="(?<secret>[0-9A-F]{8,2048})"/,
  minEntropy: 2.5,
  validate: (secret) => secret.length % 2 === 0,
  detail: (m) => `Navicat ${m.groups?.key} (encrypted with Navicat's fixed key: reversible)`,
  remediation: storeRemediation(
    'database (and tunnel) passwords in the Navicat export',
    'export connections without "Export Password", or keep the .ncx file out of the repository.',
  ),
  examples: {
    positive: [
      {
        path: 'backup/connections.ncx',
        text: '<?xml version="1.0" encoding="UTF-8"?>\n<Connections Ver="1.5">\n  <Connection ConnectionName="prod" ConnType="MYSQL" Host="db.shop.internal" Port="3306" UserName="root" Password="94FE3A713CF9DE8E22C70C2357C110CB" SavePassword="true" SSH="false"/>\n</Connections>\n',
      },
      {
        path: 'navicat/prod.ncx',
        text: '<Connection ConnectionName="pg" ConnType="POSTGRESQL" UserName="app" Password="" SSH="true" SSH_Host="bastion.shop.internal" SSH_UserName="ops" SSH_Password="41B52B495FD9C1A5AD579720684CBD0CFD05AC33314AF00B" SSH_SavePassword="true"/>\n',
        why: 'SSH tunnel password',
      },
    ],
    negative: [
      { path: 'backup/connections.ncx', text: '<Connection ConnectionName="prod" ConnType="MYSQL" UserName="root" Password="" SavePassword="false"/>\n', why: 'not saved' },
      { path: 'backup/connections.ncx', text: '<Connection ConnectionName="lite" ConnType="SQLITE" SQLiteEncryptPassword="" Password="0000000000000000"/>\n', why: 'no entropy' },
    ],
  },
});

// ---------------------------------------------------------------------------------------------------
// HeidiSQL's settings export (File > Export settings, and portable_settings.txt): one `Servers\<session>\Password<|||>1<|||><value>`
// line per setting. The value is the password's characters shifted by the trailing digit, as hex: reversible.

export const heidiSqlPassword: Detector = patternDetector({
  id: 'heidisql-password',
  title: 'HeidiSQL saved session password (settings export)',
  severity: 'high',
  priority: 30,
  keywords: ['<|||>'],
  keywordSpan: { before: 280, after: 1060 },
  pattern: /(?<![^\s\\])Servers\\[^\r\n<>|]{1,400}?\\(?<key>Password|SSHtunnelPass(?:word)?)<\|\|\|>\d{1,2}<\|\|\|>(?<secret>[0-9a-fA-F]{4,1024}[1-9])(?!\w)/,
  minEntropy: 2.5,
  validate: (secret) => secret.length % 2 === 1,
  detail: (m) => `HeidiSQL session ${m.groups?.key} (hex with a character shift: reversible)`,
  remediation: storeRemediation(
    'password of each HeidiSQL session (the hex is an encoding, not encryption)',
    'keep the settings export and portable_settings.txt out of the repository, or clear the saved passwords before exporting.',
  ),
  examples: {
    positive: [
      { path: 'tools/heidisql-settings.txt', text: 'Servers\\prod\\Host<|||>1<|||>db.shop.internal\nServers\\prod\\User<|||>1<|||>root\nServers\\prod\\Password<|||>1<|||>50556f3f4d6d5d613f7658498\nServers\\prod\\Port<|||>1<|||>3306\n' },
      { path: 'HeidiSQL/portable_settings.txt', text: 'Servers\\Folder\\staging\\SSHtunnelPass<|||>1<|||>3e6240565e584b7f4a7f8\n', why: 'SSH tunnel password, portable settings' },
    ],
    negative: [
      { path: 'tools/heidisql-settings.txt', text: 'Servers\\prod\\Password<|||>1<|||>\nServers\\prod\\LoginPrompt<|||>3<|||>1\n', why: 'no password saved' },
      { path: 'tools/heidisql-settings.txt', text: 'Servers\\prod\\Password<|||>1<|||>50556f3f4d6d5d613f7658498x\n', why: 'not the encoding' },
    ],
  },
});

// ---------------------------------------------------------------------------------------------------
// Oracle SQL Developer's (and JDeveloper's) saved connections: connections.xml (`<StringRefAddr addrType="password">
// <Contents>…`) and connections.json (`"password": "…"` beside `"RaptorConnectionType"`). The value is encrypted with
// a fixed key (version 3) or one derived from the db.system.id in the user's product-preferences.xml: reversible.

const SQLDEV_XML = /addrType="password">\s{0,80}<Contents>([A-Za-z0-9+/=]{8,1024})<\/Contents>/g;
const SQLDEV_JSON = /"password"\s{0,4}:\s{0,4}"([A-Za-z0-9+/=]{8,1024})"/g;

function* detectSqlDeveloper({ text }: DetectorInput): Iterable<Match> {
  const json = !text.includes('addrType="password"');
  if (json && !text.includes('"RaptorConnectionType"') && !text.includes('"OracleConnectionType"')) return;
  const re = json ? SQLDEV_JSON : SQLDEV_XML;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const value = m[1] as string;
    if (!isStoredPassword(value) || new Set(value).size < 6) continue;
    const start = m.index + m[0].lastIndexOf(value);
    yield { start, end: start + value.length, secret: value, detail: 'Oracle SQL Developer saved password (encrypted with a key in the user\'s settings: reversible)' };
  }
}

export const sqlDeveloperPassword: Detector = {
  id: 'oracle-sql-developer-password',
  title: 'Oracle SQL Developer saved connection password',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: ['addrtype="password"', 'raptorconnectiontype', 'oracleconnectiontype'],
  paths: ['connections*.xml', 'connections*.json', '**/o.jdeveloper.db.connection*/*.xml'],
  priority: 30,
  remediation: storeRemediation(
    'database passwords saved by SQL Developer',
    'export connections without passwords (or with the export\'s own encryption key) and keep connections.xml/json out of the repository.',
  ),
  detect: detectSqlDeveloper,
  examples: {
    positive: [
      {
        path: 'sqldeveloper/connections.xml',
        text: '<References xmlns="http://xmlns.oracle.com/adf/jndi">\n   <Reference name="prod" className="oracle.jdeveloper.db.adapter.DatabaseProvider">\n      <RefAddresses>\n         <StringRefAddr addrType="password">\n            <Contents>26UeDLCT7QdJsFcpspUAFQ==</Contents>\n         </StringRefAddr>\n         <StringRefAddr addrType="user">\n            <Contents>app</Contents>\n         </StringRefAddr>\n      </RefAddresses>\n   </Reference>\n</References>\n',
      },
      {
        path: 'sqldeveloper/connections.json',
        text: '{"connections":[{"info":{"SavePassword":"true","OracleConnectionType":"BASIC","RaptorConnectionType":"Oracle","hostname":"db.shop.internal","password":"Me/vK5WZStsNcDGDeE4L2NuR3FcBTO/3","port":"1521","user":"app"},"name":"prod","type":"jdbc"}]}',
      },
    ],
    negative: [
      { path: 'sqldeveloper/connections.json', text: '{"connections":[{"info":{"SavePassword":"false","RaptorConnectionType":"Oracle","hostname":"db.shop.internal","user":"app"},"name":"prod"}]}', why: 'not saved' },
      { path: 'config/connections.json', text: '{"db": {"host": "db.shop.internal", "password": "Me/vK5WZStsNcDGDeE4L2NuR3FcBTO/3"}}', why: 'not a SQL Developer file (the generic detectors judge it)' },
    ],
  },
};

// ---------------------------------------------------------------------------------------------------
// Sequel Pro / Sequel Ace connection files (.spf, File > Save connection with "Save password"): an XML property
// list whose `auth` dict holds `<key>password</key><string>…</string>` (and `sshPassword`) in clear text; with
// "Encrypt" ticked the connection is an opaque `<data>` blob instead.

const SPF_PASSWORD = /<key>(password|sshPassword)<\/key>\s{0,80}<string>([^<\r\n]{1,512})<\/string>/g;

function* detectSpf({ text }: DetectorInput): Iterable<Match> {
  SPF_PASSWORD.lastIndex = 0;
  for (let m = SPF_PASSWORD.exec(text); m !== null; m = SPF_PASSWORD.exec(text)) {
    const raw = m[2] as string;
    const value = raw.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
    if (!isStoredPassword(value)) continue;
    const start = m.index + m[0].length - '</string>'.length - raw.length;
    yield { start, end: start + raw.length, secret: raw, detail: `Sequel Pro connection ${m[1]} in clear text` };
  }
}

export const sequelProPassword: Detector = {
  id: 'sequel-pro-password',
  title: 'Sequel Pro / Sequel Ace saved connection password (.spf)',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: ['<key>password</key>', '<key>sshpassword</key>'],
  paths: ['*.spf', '**/Sequel Pro/Favorites.plist', '**/Sequel Ace/Favorites.plist'],
  priority: 30,
  remediation: storeRemediation(
    'MySQL (and SSH) passwords saved in the connection file',
    'save connection files without "Save password" (Sequel Pro keeps passwords in the Keychain) and keep .spf files out of the repository.',
  ),
  detect: detectSpf,
  examples: {
    positive: [
      {
        path: 'db/prod.spf',
        text: '<plist version="1.0">\n<dict>\n\t<key>auth</key>\n\t<dict>\n\t\t<key>password</key>\n\t\t<string>ZRZwM6mQ5Wm3N9</string>\n\t</dict>\n\t<key>format</key>\n\t<string>connection</string>\n</dict>\n</plist>\n',
      },
      { path: 'db/staging.spf', text: '<dict>\n<key>sshPassword</key>\n<string>qwZVBzJgpHNg&amp;</string>\n<key>sshUser</key>\n<string>ops</string>\n</dict>\n', why: 'SSH password, XML-escaped' },
    ],
    negative: [
      { path: 'db/prod.spf', text: '<dict>\n\t<key>encrypted</key>\n\t<true/>\n\t<key>data</key>\n\t<data>\n\tYnBsaXN0MDDUAQIDBAUGBwpYJHZlcnNpb24=\n\t</data>\n</dict>\n', why: 'encrypted connection' },
      { path: 'db/prod.spf', text: '<dict>\n\t<key>password</key>\n\t<string></string>\n\t<key>user</key>\n\t<string>root</string>\n</dict>\n', why: 'not saved' },
    ],
  },
};

/** The module's detectors, in the order the catalogue lists them. */
/**
 * HexChat's network list (`servlist.conf`, one `N=` block per network) keeps the server password as `P=`
 * and the NickServ or SASL password as `B=`, in clear: a dotfiles repository with ~/.config/hexchat commits them.
 */
export const hexchatServerPassword: Detector = patternDetector({
  id: 'hexchat-server-password',
  title: 'HexChat saved IRC password (servlist.conf P= / B=)',
  severity: 'high',
  keywords: [],
  paths: ['servlist.conf', 'servlist_.conf'],
  priority: 30,
  pattern: /^(?<field>[PB])=(?<secret>\S{1,256})[ \t]*$/m,
  validate: (secret) => isStoredPassword(secret),
  detail: (m) => (m.groups?.field === 'B' ? 'HexChat NickServ / SASL password' : 'HexChat server password'),
  remediation: storeRemediation(
    'IRC password (the NickServ account, or the server\'s)',
    'keep servlist.conf out of the dotfiles repository, or let HexChat ask for the password at connect time.',
  ),
  examples: {
    positive: [
      { path: 'dotfiles/.config/hexchat/servlist.conf', text: 'v=2.16.1\n\nN=Libera.Chat\nL=6\nE=UTF-8 (Unicode)\nF=19\nD=0\nS=irc.libera.chat/+6697\nB=Kd8vQ2xLmT7pRw\n' },
      { path: 'hexchat/servlist.conf', text: 'N=corp\nS=irc.corp.internal/6697\nP=Wq3nZ8rYtB5kHs\nU=ops\n', why: 'a server password' },
    ],
    negative: [
      { path: 'hexchat/servlist.conf', text: 'N=Libera.Chat\nS=irc.libera.chat/+6697\nF=19\nD=0\n', why: 'no password saved' },
      { path: 'hexchat/servlist.conf', text: 'N=corp\nP=password\n', why: 'a stand-in' },
    ],
  },
});

/**
 * rclone.conf keeps a remote's passwords (`pass`, `password`, `password2`, SFTP's `key_file_pass`) "obscured": AES-CTR
 * under a key built into rclone, which its own documentation calls no encryption (`rclone reveal` prints the
 * password back). Base64url of a 16-byte IV and the ciphertext.
 */
export const rcloneObscuredPassword: Detector = patternDetector({
  id: 'rclone-obscured-password',
  title: 'rclone remote password, obscured (reversible: rclone reveal prints it)',
  severity: 'high',
  keywords: ['pass'],
  paths: ['rclone.conf', '*.rclone.conf', 'rclone*.conf'],
  priority: 30,
  pattern: /^[ \t]{0,8}(?<field>pass|password|password2|key_file_pass)[ \t]{0,4}=[ \t]{0,4}(?<secret>[A-Za-z0-9_-]{24,512})[ \t]*$/m,
  // the IV and at least one byte of password
  validate: (secret) => Buffer.from(secret, 'base64url').length > 16,
  detail: (m) => `rclone ${m.groups?.field ?? 'pass'}, obscured with rclone's built-in key (rclone reveal gives it back)`,
  remediation: storeRemediation(
    'password of the remote (SFTP, WebDAV, FTP, SMB, a crypt remote\'s passphrase)',
    'keep rclone.conf out of the repository, or encrypt the whole config (`rclone config encryption set`) and pass its password through RCLONE_CONFIG_PASS.',
  ),
  examples: {
    positive: [
      { path: 'dotfiles/.config/rclone/rclone.conf', text: '[nas]\ntype = sftp\nhost = nas.lan\nuser = backup\npass = rxpmmN7Szcy48ifqdeTIcy9Us74w-EYU8Jz_Yg\n' },
      { path: 'backup/rclone.conf', text: '[vault]\ntype = crypt\nremote = b2:bucket/vault\npassword = mw7o8B2R0XkhUxSBDec23t3koHVWWtD6XdT0CEb4OWk\n', why: "a crypt remote's passphrase" },
    ],
    negative: [
      { path: 'rclone.conf', text: '[nas]\ntype = sftp\npass = \n', why: 'not saved' },
      { path: 'rclone.conf', text: '[s3]\ntype = s3\nenv_auth = true\n', why: 'no password' },
    ],
  },
});

export const toolConfigDetectors: readonly Detector[] = [
  anacondaChannelToken,
  apiClientEnvironmentSecret,
  brunoSecretValue,
  composeSecretFile,
  heidiSqlPassword,
  hexchatServerPassword,
  navicatPassword,
  rcloneObscuredPassword,
  sequelProPassword,
  sqlDeveloperPassword,
  squidCachePeerPassword,
  syncthingApiKey,
  yarnrcAuthToken,
];
