import type { Detector, DetectorInput, Match } from '../../src/types.js';
import { isPlaceholder } from '../kit/placeholders.js';
import { percentDecoded } from '../kit/urls.js';
import { lines, valueAt } from './lines.js';

// Credential files of package managers, git and Subversion: the secret is the value, so it is fingerprinted and
// redacted. Priority 40: a vendor detector reporting the same token at the same place wins.

/**
 * `.npmrc`: `_authToken`, `_auth` (base64 user:password) and `_password`, globally or per registry;
 * Yarn 2+'s `.yarnrc.yml`: `npmAuthToken` and `npmAuthIdent` (user:password), at the top or under a
 * scope or registry.
 */
function* detectNpmrc({ path, text }: DetectorInput): Iterable<Match> {
  if (path.endsWith('.yarnrc.yml')) {
    for (const line of lines(text)) {
      const m = /^\s*(npmAuthToken|npmAuthIdent)\s*:\s*/.exec(line.text);
      if (!m) continue;
      const { value, start } = valueAt(line, m[0].length);
      if (value === '' || isPlaceholder(value)) continue;
      yield { start, end: start + value.length, secret: value, detail: `${m[1]} in .yarnrc.yml` };
    }
    return;
  }
  for (const line of lines(text)) {
    const m = /^\s*((?:\/\/([^\s=:/]{1,253})[^\s=]{0,200}:)?(_authToken|_auth|_password))\s*=/.exec(line.text);
    if (!m) continue;
    const { value, start } = valueAt(line, m[0].length);
    if (isPlaceholder(value)) continue;
    yield { start, end: start + value.length, secret: value, detail: `${m[3]} for ${m[2] ?? 'the default registry'}` };
  }
}

/** `.pypirc`: `password` in an index section (`[pypi]`, `[testpypi]`, ...). */
function* detectPypirc({ text }: DetectorInput): Iterable<Match> {
  let section = '';
  for (const line of lines(text)) {
    const header = /^\s*\[([^\]]{1,100})\]/.exec(line.text);
    if (header) section = header[1] as string;
    const m = /^\s*password\s*[=:]/.exec(line.text);
    if (!m) continue;
    const { value, start } = valueAt(line, m[0].length);
    if (isPlaceholder(value)) continue;
    yield { start, end: start + value.length, secret: value, detail: `password in [${section}]` };
  }
}

const BLANK_LINE = /\n[ \t]*\n/g;
const NETRC_WORDS = new Set(['machine', 'default', 'login', 'password', 'account', 'macdef']);

/** `.netrc`: whitespace-separated `machine host login user password secret` tokens; `macdef` bodies end at a blank line. */
function* detectNetrc({ text }: DetectorInput): Iterable<Match> {
  const token = /\S+/g;
  let machine = 'default';
  for (let m = token.exec(text); m !== null; m = token.exec(text)) {
    const word = m[0];
    if (word === 'macdef') {
      BLANK_LINE.lastIndex = token.lastIndex;
      const blank = BLANK_LINE.exec(text);
      token.lastIndex = blank === null ? text.length : blank.index + 1;
    } else if (word === 'machine' || word === 'password') {
      const next = token.exec(text);
      if (next === null) return;
      if (word === 'machine') machine = next[0];
      else if (!NETRC_WORDS.has(next[0]) && !isPlaceholder(next[0].replace(/^"(.*)"$/, '$1'))) {
        const quoted = /^".+"$/.test(next[0]);
        const start = next.index + (quoted ? 1 : 0);
        const secret = quoted ? next[0].slice(1, -1) : next[0];
        yield { start, end: start + secret.length, secret, detail: `password for machine ${machine}` };
      }
    } else if (word === 'default') machine = 'default';
  }
}

/** `.git-credentials`: one `scheme://user:password@host` URL per line. */
function* detectGitCredentials({ text }: DetectorInput): Iterable<Match> {
  for (const line of lines(text)) {
    const m = /^\s*[A-Za-z][A-Za-z0-9+.-]{0,20}:\/\/[^\s:@/]{0,256}:([^\s@/]{1,512})@([^\s/?#:]{1,253})/.exec(line.text);
    if (!m || isPlaceholder(percentDecoded(m[1] as string))) continue;
    const start = line.start + m[0].length - (m[2] as string).length - 1 - (m[1] as string).length;
    yield { start, end: start + (m[1] as string).length, secret: m[1] as string, detail: `credentials for ${m[2]}` };
  }
}

const FILE_REMEDIATION = (what: string, instead: string): string =>
  `Revoke the ${what} and remove the file from the repository and its history; ${instead}`;

export const npmrcAuthToken: Detector = {
  id: 'npmrc-auth-token',
  title: '.npmrc or .yarnrc.yml with a registry credential',
  policy: 'credentials-from-environment',
  severity: 'high',
  keywords: [],
  paths: ['.npmrc', '.yarnrc.yml'],
  priority: 40,
  remediation: FILE_REMEDIATION(
    'npm token or password at the registry',
    'write `_authToken=${NPM_TOKEN}` (`npmAuthToken: "${NPM_TOKEN}"` in .yarnrc.yml) and set NPM_TOKEN in the environment or CI secrets.',
  ),
  detect: detectNpmrc,
  examples: {
    positive: [
      { path: '.npmrc', text: 'registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=457b6e93-941a-4245-a0eb-1482673568d7\n' },
      { path: 'packages/ui/.npmrc', text: '//npm.pkg.example.com/repo/:_auth="Y2ktYm90Olp0OXFXM3hrUDJt"\n' },
      { path: '.npmrc', text: '_password=SHE3cVdyNUxu\nusername=ci-bot\n' },
      { path: '.yarnrc.yml', text: 'npmRegistryServer: "https://npm.shop.internal"\nnpmAuthToken: "Qk8vT3mXz9Lw2PnR7sYb4HcJd6Fg1KtA5uVe"\n' },
      { path: 'web/.yarnrc.yml', text: 'npmScopes:\n  shop:\n    npmRegistryServer: "https://npm.shop.internal"\n    npmAuthIdent: "ci-bot:Zt9q!W3xkP2m"\n' },
    ],
    negative: [
      { path: '.npmrc', text: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n' },
      { path: 'packages/ui/.npmrc', text: '//npm.pkg.example.com/repo/:_auth=<base64 user:password>\n' },
      { path: '.npmrc', text: 'registry=https://registry.npmjs.org/\nalways-auth=true\n' },
      { path: '.yarnrc.yml', text: 'npmAuthToken: "${NPM_TOKEN}"\nnpmAlwaysAuth: true\n' },
    ],
  },
};

export const pypircPassword: Detector = {
  id: 'pypirc-password',
  title: '.pypirc with an index password or token',
  policy: 'credentials-from-environment',
  severity: 'high',
  keywords: [],
  paths: ['.pypirc'],
  priority: 40,
  remediation: FILE_REMEDIATION('PyPI API token (or change the password)', 'pass the token with TWINE_PASSWORD or use trusted publishing from CI.'),
  detect: detectPypirc,
  examples: {
    positive: [
      { path: '.pypirc', text: '[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = pypi-AgEIcHlwaS5vcmcCJGZiNEhZclpNOTkweEJUbDdmdWxYcVdDRDBkSVBiNmVmUnJUQmM4QlU\n' },
      { path: 'ci/.pypirc', text: '[internal]\nrepository = https://pypi.corp.example/simple\nusername = deploy\npassword: Zt9q!W3xkP2m\n' },
    ],
    negative: [
      { path: '.pypirc', text: '[pypi]\nusername = __token__\npassword = <your PyPI token>\n' },
      { path: 'ci/.pypirc', text: '[internal]\nusername = deploy\npassword: ${PYPI_PASSWORD}\n' },
    ],
  },
};

export const netrcPassword: Detector = {
  id: 'netrc-password',
  title: '.netrc with a password',
  policy: 'credentials-from-environment',
  severity: 'high',
  keywords: [],
  paths: ['.netrc', '_netrc'],
  priority: 40,
  remediation: FILE_REMEDIATION('password or token for that machine', 'keep .netrc in the home directory of the machine that needs it, written from a secret store.'),
  detect: detectNetrc,
  examples: {
    positive: [
      { path: '.netrc', text: 'machine api.heroku.com\n  login ops@example.org\n  password 019c1b12-cc78-9039-e00c-bb9e272a0cf8\n' },
      { path: 'ci/_netrc', text: 'machine git.corp.example login ci password "Hq7vR2mLp9xT"\n' },
    ],
    negative: [
      { path: '.netrc', text: 'machine api.heroku.com\n  login ops@example.org\n  password <your-api-key>\n' },
      { path: 'ci/_netrc', text: 'machine git.corp.example login ci password ${NETRC_PASSWORD}\n' },
    ],
  },
};

export const gitCredentialsFile: Detector = {
  id: 'git-credentials-file',
  title: '.git-credentials with a stored password or token',
  policy: 'credentials-from-environment',
  severity: 'critical',
  keywords: [],
  paths: ['.git-credentials', '**/git/credentials'],
  priority: 40,
  remediation: FILE_REMEDIATION('token or password at the git host', 'use a credential helper backed by the OS keychain or a CI-provided token.'),
  detect: detectGitCredentials,
  examples: {
    positive: [
      { path: '.git-credentials', text: 'https://ci-bot:yd2iMNmruxuUNUsZLvomnsSpa2BHBlINsIuHIkl1@git.corp.example\n' },
      { path: 'home/.config/git/credentials', text: 'https://deploy:Zt9q%21W3xkP2m@bitbucket.org/team/repo.git\n' },
    ],
    negative: [
      { path: '.git-credentials', text: 'https://ci-bot:${GIT_TOKEN}@git.corp.example\n' },
      { path: 'home/.config/git/credentials', text: 'https://deploy@bitbucket.org/team/repo.git\n', why: 'no password' },
    ],
  },
};

/**
 * Subversion's cache of plain-text passwords (`~/.subversion/auth/svn.simple/<md5 of the realm>`, on
 * systems without a keyring): a hash dump of `K <length>` key / `V <length>` value pairs. The value after
 * the `password` key is the password of `username` at `svn:realmstring`, in clear.
 */
function* detectSvnSimple({ text }: DetectorInput): Iterable<Match> {
  let key: string | undefined;
  let user: string | undefined;
  let password: { value: string; start: number } | undefined;
  const all = [...lines(text)];
  for (let i = 0; i + 1 < all.length; i++) {
    const head = /^([KV]) (\d{1,6})$/.exec((all[i] as { text: string }).text);
    if (!head) continue;
    const next = all[i + 1] as { text: string; start: number };
    const value = next.text.slice(0, Number(head[2]));
    if (head[1] === 'K') key = value;
    else if (key === 'password') password = { value, start: next.start };
    else if (key === 'username') user = value;
    i++;
  }
  if (password && password.value.length > 0 && !isPlaceholder(password.value)) {
    yield { start: password.start, end: password.start + password.value.length, secret: password.value, detail: `Subversion cached password${user ? ` for ${user}` : ''}` };
  }
}

export const svnCachedPassword: Detector = {
  id: 'svn-cached-password',
  title: "Subversion's cached plain-text password (auth/svn.simple)",
  policy: 'credentials-from-environment',
  severity: 'critical',
  keywords: [],
  // only files in Subversion's auth cache are read: the folder is the gate
  paths: ['**/auth/svn.simple/*'],
  priority: 40,
  remediation: FILE_REMEDIATION('password at the Subversion server', 'let Subversion keep it in the OS keyring (password-stores in ~/.subversion/config).'),
  detect: detectSvnSimple,
  examples: {
    positive: [
      {
        path: 'home/ops/.subversion/auth/svn.simple/9b1f0c6e2d7a43b58e61f2c4a9d07e35',
        text: 'K 8\npasstype\nV 6\nsimple\nK 8\npassword\nV 12\nRq8!vLm2Xp9w\nK 15\nsvn:realmstring\nV 34\n<https://svn.shop.example.org:443>\nK 8\nusername\nV 6\ndeploy\nEND\n',
      },
      {
        path: 'backup/.subversion/auth/svn.simple/4e0c2b7a91d36f58a2c1e7b04d9f3a6c',
        text: 'K 8\nusername\nV 4\nbuild\nK 8\npassword\nV 10\nhunter2024\nK 15\nsvn:realmstring\nV 25\n<svn://svn.corp.example:3690>\nEND\n',
        why: 'a weak password, user before it',
      },
    ],
    negative: [
      {
        path: 'home/ops/.subversion/auth/svn.simple/9b1f0c6e2d7a43b58e61f2c4a9d07e35',
        text: 'K 8\npasstype\nV 8\ngnome-keyring\nK 15\nsvn:realmstring\nV 34\n<https://svn.shop.example.org:443>\nK 8\nusername\nV 6\ndeploy\nEND\n',
        why: 'kept in the keyring: no password in the file',
      },
      { path: 'home/ops/.subversion/auth/svn.simple/9b1f0c6e2d7a43b58e61f2c4a9d07e35', text: 'K 8\npassword\nV 0\n\nEND\n', why: 'an empty password' },
    ],
  },
};
