import type { Detector, DetectorInput, Match } from '../../src/types.js';
import { commandWordAt } from '../kit/command-word.js';
import { keywordRegExp, keywordStarts, keywordWindows } from '../kit/keyword-windows.js';
import { commandSites } from './command-context.js';
import { commandWords, type CommandWord } from './command-words.js';
import { CodeContext } from './context.js';
import { runRules, type TlsRule } from './rules.js';

// Command lines that download without checking certificates: `curl -k` / `--insecure` (also inside
// combined short flags such as `-sSkL`, but not as another option's argument), `wget
// --no-check-certificate`, `git -c http.sslVerify=false`, PowerShell `-SkipCertificateCheck`, and
// `check_certificate = off` in a .wgetrc (a curl whose only URLs are plain http://, with no redirect, skips
// nothing). Only commands that run count (command-context.ts): in
// scripts, Dockerfile instructions, YAML command values, Makefile recipes, command-like fenced blocks
// of prose and command strings in code, at a command position; a test's title, a completion table or
// an option table names the command without running it. Each command's words are read once: linear time.

const COMMAND = /(?<![\w.$-])(curl|wget|git)(?:\.exe)?(?=[ \t]|\\\r?\n)/g;
/** curl's short options that take an argument: in `-sSo file`, nothing after `o` is a flag. */
const CURL_SHORT_WITH_ARG = new Set('AbcCdDeEFHKmoPQrtTuUwxXyYz');
const CURL_LONG_WITH_ARG = new Set([
  '--header', '--data', '--data-raw', '--data-binary', '--data-urlencode', '--user', '--output', '--request', '--url',
  '--form', '--cookie', '--config', '--cert', '--key', '--cacert', '--proxy', '--user-agent', '--referer', '--write-out',
]);
const GIT_SSL_OFF = /^http\.(?:\S{1,512}\.)?sslverify=(?:false|no|off|0)$/i;

/**
 * A curl command whose every URL is plain `http://` and that follows no redirect (`-L`, `--location`): there is no
 * certificate to check, so `-k` changes nothing (`curl -fkI -u user:pass http://localhost:8088/api`). A URL held in a
 * variable may be https, and a redirect may lead there: both keep the finding.
 */
function plainHttpOnly(words: readonly CommandWord[]): boolean {
  let urls = 0;
  for (const { value } of words) {
    if (value.includes('$') || value === '--location' || value === '--location-trusted' || /^-[A-Za-z0-9#]*L/.test(value)) return false;
    if (!value.includes('://')) continue;
    if (!/^http:\/\//i.test(value)) return false;
    urls++;
  }
  return urls > 0;
}

/** The offending word of a curl command, if any. */
function curlInsecure(words: readonly CommandWord[]): CommandWord | undefined {
  if (plainHttpOnly(words)) return undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as CommandWord;
    const v = w.value;
    if (v === '--insecure') return w;
    if (CURL_LONG_WITH_ARG.has(v)) i++;
    else if (/^-[A-Za-z0-9#]/.test(v) && !v.startsWith('--')) {
      // A cluster of short options: booleans, then at most one option whose argument is the rest or the next word.
      let j = 1;
      while (j < v.length && /[A-Za-z0-9#]/.test(v[j] as string) && !CURL_SHORT_WITH_ARG.has(v[j] as string)) j++;
      const flags = v.slice(1, j);
      if (j < v.length && !CURL_SHORT_WITH_ARG.has(v[j] as string)) continue; // not an option cluster
      if (flags.includes('k')) return w;
      if (j === v.length - 1) i++; // the option's argument is the next word
    }
  }
  return undefined;
}

function gitInsecure(words: readonly CommandWord[]): CommandWord | undefined {
  for (let i = 0; i < words.length; i++) {
    const v = (words[i] as CommandWord).value;
    if (v === '-c' && GIT_SSL_OFF.test(words[i + 1]?.value ?? '')) return words[i + 1];
    if (v.startsWith('-c') && GIT_SSL_OFF.test(v.slice(2))) return words[i];
  }
  return undefined;
}

const DETAIL: Readonly<Record<string, string>> = {
  curl: 'curl -k/--insecure skips certificate verification',
  wget: 'wget --no-check-certificate skips certificate verification',
  git: 'git -c http.sslVerify=false skips certificate verification',
};

const RULE_KEYWORDS = ['skipcertificatecheck', 'checkcertificate', 'check_certificate', 'check-certificate'];
const KEYWORDS = ['curl', 'wget', 'sslverify', ...RULE_KEYWORDS];
const KEYWORD_FINDER = keywordRegExp(KEYWORDS);
const RULE_FINDER = keywordRegExp(RULE_KEYWORDS);

const lowerAt = (text: string, i: number): number => text.charCodeAt(i) | 0x20;

/**
 * The keyword starts that can matter, so that only their lines are windowed: `curl` and `wget` where
 * COMMAND could match them (not curl_easy_setopt, libcurl, $wget) and the other keywords as they
 * are; with `rulesOnly`, just the rules' keywords (each of which starts 'sk' or 'ch').
 */
function startsFor(input: DetectorInput, rulesOnly = false): DetectorInput {
  const { text } = input;
  const starts = keywordStarts(text, input.keywordStarts, KEYWORD_FINDER).filter((at) => {
    const a = lowerAt(text, at);
    const b = lowerAt(text, at + 1);
    if (rulesOnly) return (a === 0x73 && b === 0x6b) || (a === 0x63 && b === 0x68);
    // where COMMAND (`(?<![\w.$-])(curl|wget)(?:\.exe)?(?=[ \t]|\\\r?\n)`) could match
    return (a === 0x63 && b === 0x75) || a === 0x77 ? commandWordAt(text, at, '.$-', 'blank-or-continued') : true;
  });
  return { ...input, keywordStarts: starts };
}

/** Commands are looked for only in the lines around a keyword (a command name, or the git option). */
function* commands(input: DetectorInput): Iterable<Match> {
  const { path, text } = input;
  const sites = commandSites(path, text);
  if (sites.kind === 'none') return; // a file that runs no commands (C sources, data files, man pages)
  let ctx: CodeContext | undefined;
  let done = 0;
  for (const [from, to] of keywordWindows(startsFor(input), KEYWORD_FINDER)) {
    const region = text.slice(Math.max(from, done), to);
    const base = Math.max(from, done);
    COMMAND.lastIndex = 0;
    for (let m = COMMAND.exec(region); m; m = COMMAND.exec(region)) {
      const at = base + m.index;
      const name = m[1] as string;
      const { words, end } = commandWords(text, at + m[0].length);
      done = Math.max(done, end);
      COMMAND.lastIndex = Math.max(COMMAND.lastIndex, end - base);
      ctx ??= new CodeContext(path, text);
      if (ctx.place(at) === 'comment' || !sites.invoked(at)) continue;
      const bad =
        name === 'curl' ? curlInsecure(words) : name === 'git' ? gitInsecure(words) : words.find((w) => w.value === '--no-check-certificate');
      if (bad) yield { start: bad.start, end: bad.end, detail: DETAIL[name] as string };
    }
  }
}

const RULES: readonly TlsRule[] = [
  {
    re: /(?<![\w-])-SkipCertificateCheck(?::\$true)?(?![\w:-])/dgi,
    detail: 'the SkipCertificateCheck switch skips certificate verification',
    accept: (m, text, _ctx, path) => commandSites(path, text).inCommandLine(m.index), // not a row of an option table
  },
  {
    re: /^[ \t]*check[_-]?certificate[ \t]*=[ \t]*(?:off|no|0|false)[ \t]*$/dgim,
    detail: 'check_certificate = off turns off wget certificate verification',
    accept: (_m, text, _ctx, path) => /wgetrc$/i.test(path) || commandSites(path, text).kind === 'prose', // a wgetrc, or one shown in a code block
  },
];

export const tlsCurlInsecure: Detector = {
  id: 'tls-curl-insecure',
  title: 'Download without certificate verification (curl -k, wget --no-check-certificate)',
  reach: 'code-lines', // a code fence in prose opens before the lines it governs
  policy: 'tls-verified',
  severity: 'high',
  keywords: KEYWORDS,
  remediation:
    'Drop -k / --insecure / --no-check-certificate / http.sslVerify=false; if the server uses a private CA, ' +
    'pass it with `--cacert`, `--ca-certificate` or `http.sslCAInfo` instead.',
  detect: function* (input: DetectorInput): Iterable<Match> {
    yield* commands(input);
    // both rules hold to one line and name a keyword: only the keywords' lines are searched
    yield* runRules(RULES, input, keywordWindows(startsFor(input, true), RULE_FINDER, 0));
  },
  examples: {
    positive: [
      { text: 'curl -sSkL https://get.internal/install.sh | sh\n', path: 'scripts/install.sh', why: 'combined short flags' },
      { text: 'FROM alpine\nRUN apk add curl && \\\n    curl --insecure -o /tmp/app.tgz https://artifacts.internal/app.tgz\n', path: 'Dockerfile' },
      { text: 'steps:\n  - run: wget --no-check-certificate https://mirror.internal/tool.tar.gz\n', path: '.gitlab-ci.yml' },
      { text: 'git -c http.sslVerify=false clone https://git.internal/team/app.git\n', path: 'bootstrap.sh' },
      { text: 'Invoke-WebRequest -Uri $url -OutFile app.zip -SkipCertificateCheck\n', path: 'setup.ps1' },
      { text: '```sh\ncurl -k https://localhost:8443/health\n```\n', path: 'README.md', why: 'fenced code block' },
      { text: 'jobs:\n  fetch:\n    steps:\n      - name: Download\n        run: |\n          set -e\n          curl -fsSk https://mirror.internal/a.tgz -o a.tgz\n', path: '.github/workflows/fetch.yml', why: 'a run: block' },
      { text: 'fetch:\n\t@curl --insecure -o vendor.tgz https://mirror.internal/vendor.tgz\n', path: 'Makefile', why: 'a recipe line' },
      { text: 'subprocess.run("curl -k -o /tmp/a https://mirror.internal/a", shell=True, check=True)\n', path: 'tools/fetch.py', why: 'a command string run by the code' },
      { text: 'if ! sudo -E curl -sk https://mirror.internal/ping; then exit 1; fi\n', path: 'ci/check.sh', why: 'after a wrapper' },
      { text: '{ "scripts": { "seed": "npm run build && curl -k https://api.internal/seed" } }\n', path: 'package.json', why: 'an npm script' },
      { text: '# built against libcurl; see curl_version_info\n\n\n\n\ncurl \\\n  --insecure https://mirror.internal/a.tgz\n', path: 'ci/get.sh', why: 'the command word opens the window, not the mentions above' },
      { text: 'wgetrc_check_certificate = off\ncheck_certificate = off\n', path: '.wgetrc', why: 'a rule keyword after another word holding it' },
      { text: 'curl -fkL http://mirror.internal/a.tgz -o a.tgz\ncurl -k -o b.tgz "$MIRROR_URL/b.tgz"\n', path: 'ci/fetch.sh', why: 'a redirect may lead to https, and a variable may hold an https URL' },
    ],
    negative: [
      { text: 'curl -sSL https://get.internal/install.sh | sh\n', path: 'scripts/install.sh' },
      { text: '      - run: curl -fkI -u apiuser:apiuser%1 http://localhost:8088/api/contents\n', path: '.github/workflows/api.yaml', why: 'plain http only, no redirect: there is no certificate to skip' },
      { text: 'FROM alpine\nRUN apk add curl && \\\n    curl --cacert /etc/ssl/internal-ca.pem -o /tmp/app.tgz https://artifacts.internal/app.tgz\n', path: 'Dockerfile' },
      { text: 'steps:\n  - run: wget --ca-certificate=ca.pem https://mirror.internal/tool.tar.gz\n', path: '.gitlab-ci.yml' },
      { text: 'git -c http.sslVerify=true clone https://git.internal/team/app.git\n', path: 'bootstrap.sh' },
      { text: 'ssh-keygen -t ed25519 -k && curl -o key.txt https://x.internal/k\n', path: 'keys.sh', why: '-k of another command; -o takes the next word' },
      { text: 'curl -H "X-Flag: -k" -o out.bin https://x.internal/file\n', path: 'get.sh', why: '-k inside a header value' },
      { text: '# curl -k https://localhost:8443/health\n', path: 'check.sh', why: 'comment' },
      { text: 'Never use curl -k outside local testing.\n', path: 'README.md', why: 'prose' },
      { text: 'libcurl -k and curl_easy_setopt are different things\n', path: 'notes.c' },
      { text: '<name>\nVerify curl -h --insecure\n</name>\n', path: 'tests/data/test1707', why: "a test's title" },
      { text: "complete -c curl -n '__fish_use_subcommand' -k -xa '(__fish_complete_suffix .pem)'\n", path: 'completions/curl.fish', why: 'a completion table' },
      { text: "print q(complete -c curl -n 'string match -qr \"^@\"' -k -xa x);\n", path: 'scripts/completion.pl', why: 'a program printing a completion table' },
      { text: "it('refuses curl -k against the API', async () => {\n", path: 'test/api.test.ts', why: "a test's title in code" },
      { text: 'steps:\n  - name: curl -k must fail against the pinned host\n    run: ./check-pinning.sh\n', path: '.github/workflows/tls.yml', why: 'a step name' },
      { text: '```text\n  -k, --insecure   Allow insecure server connections\n```\n', path: 'docs/options.md', why: 'an option table' },
      { text: '```\nInvoke-WebRequest [-Uri] <Uri> [-SkipCertificateCheck] [-UseBasicParsing]\n```\n', path: 'docs/Invoke-WebRequest.md', why: 'a syntax synopsis' },
    ],
    knownMisses: [
      { text: 'FROM alpine\nRUN ["curl", "-k", "-o", "/tmp/a", "https://x.internal/a"]\n', path: 'Dockerfile', why: 'exec (JSON) form' },
      { text: 'Some text\n\n    curl -k https://x.internal\n', path: 'docs/setup.md', why: 'indented code blocks in prose files' },
    ],
  },
};
