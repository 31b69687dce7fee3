import type { Detector, DetectorInput, Match } from '../../src/types.js';
import { commandSites } from './command-context.js';
import { runRules, type TlsRule } from './rules.js';

// Git with HTTPS certificate checks off: `sslVerify = false` under an `[http]` or `[http "<url>"]`
// section of a git config file (.gitconfig, .git/config, any text shaped like one),
// `git config [--global] http[.<url>].sslVerify false`, and GIT_SSL_NO_VERIFY=1|true.
// (`git -c http.sslVerify=false` on a command line belongs to tls-curl-insecure.) The `git config`
// command counts only where it runs (command-context.ts), not in a test's title or an option table.

const SECTION = /^[ \t]*\[([^\]\n]{1,300})\][ \t\r]*$/gm;

/** Tracks the nearest preceding `[section]` header; matches must be asked about in increasing order. */
function httpSection(text: string): (offset: number) => boolean {
  const section = new RegExp(SECTION);
  let current = '';
  let next = section.exec(text);
  return (offset) => {
    while (next && next.index < offset) {
      current = next[1] as string;
      next = section.exec(text);
    }
    return /^http(?:\s|$)/i.test(current.trim());
  };
}

const RULES: readonly TlsRule[] = [
  {
    re: /(?<![\w-])git[ \t]{1,8}config[ \t]{1,8}(?:\S{1,256}[ \t]{1,8}){0,4}?(['"]?)http\.(?:[^\s'"]{1,256}\.)?sslverify\1[ \t]{1,8}(['"]?)(?:false|no|off|0)\2(?![\w.])/dgi,
    detail: 'git config http.sslVerify false turns off certificate verification',
    accept: (m, text, _ctx, path) => commandSites(path, text).invoked(m.index),
  },
  {
    re: /(?<![\w])GIT_SSL_NO_VERIFY['"]?(?:[ \t]{0,16}[:=][ \t]{0,16}|[ \t]{1,16})(['"]?)(?:1|true|yes|on)\1(?![\w.])/dgi,
    detail: 'GIT_SSL_NO_VERIFY turns off certificate verification for git',
  },
];

function* configFile(text: string): Iterable<Match> {
  const key = /^[ \t]*sslverify[ \t]*=[ \t]*(?:false|no|off|0)[ \t\r]*(?:[#;][^\n]{0,1000})?$/gim;
  const inHttp = httpSection(text);
  for (let m = key.exec(text); m; m = key.exec(text)) {
    if (inHttp(m.index)) yield { start: m.index, end: m.index + m[0].trimEnd().length, detail: 'sslVerify = false in an [http] section turns off certificate verification' };
  }
}

export const tlsGitSslVerifyDisabled: Detector = {
  id: 'tls-git-ssl-verify-disabled',
  title: 'Git HTTPS certificate verification disabled',
  reach: 'code-lines', // a code fence in prose opens before the lines it governs
  policy: 'tls-verified',
  severity: 'high',
  keywords: ['sslverify', 'git_ssl_no_verify'],
  remediation:
    'Remove http.sslVerify=false and GIT_SSL_NO_VERIFY; trust a private CA with `http.sslCAInfo` ' +
    '(or `http.<url>.sslCAInfo`) instead.',
  detect: function* (input: DetectorInput): Iterable<Match> {
    yield* configFile(input.text);
    yield* runRules(RULES, input);
  },
  examples: {
    positive: [
      { text: '[core]\n\tautocrlf = input\n[http]\n\tsslVerify = false\n', path: '.gitconfig' },
      { text: '[http "https://git.internal/"]\n\tsslverify = no\n', path: 'config/gitconfig' },
      { text: 'git config --global http.sslVerify false\n', path: 'setup.sh' },
      { text: 'steps:\n  - name: Trust the mirror\n    run: |\n      git config --global http.sslVerify false\n', path: '.github/workflows/sync.yml' },
      { text: 'variables:\n  GIT_SSL_NO_VERIFY: "true"\n', path: '.gitlab-ci.yml' },
      { text: 'FROM alpine/git\nENV GIT_SSL_NO_VERIFY=1\n', path: 'Dockerfile' },
    ],
    negative: [
      { text: '[core]\n\tautocrlf = input\n[http]\n\tsslVerify = true\n\tsslCAInfo = /etc/ssl/internal-ca.pem\n', path: '.gitconfig' },
      { text: '[svn]\n\tsslverify = no\n', path: 'config/gitconfig', why: 'not an http section' },
      { text: 'git config --global http.sslCAInfo /etc/ssl/ca.pem\n', path: 'setup.sh' },
      { text: 'variables:\n  GIT_SSL_NO_VERIFY: ""\n', path: '.gitlab-ci.yml' },
      { text: 'FROM alpine/git\n# ENV GIT_SSL_NO_VERIFY=1\n', path: 'Dockerfile' },
      { text: "it('warns about git config http.sslVerify false', () => {\n", path: 'test/setup.test.ts', why: 'a test title' },
      { text: 'echo "never run: git config --global http.sslVerify false"\n', path: 'setup.sh', why: 'printed, not run' },
    ],
  },
};
