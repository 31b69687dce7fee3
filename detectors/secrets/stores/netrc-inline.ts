import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { DOCUMENTATION_HOST } from '../generic/url-credentials.js';
import { isStoredPassword } from './values.js';

// netrc entries written somewhere else than a .netrc file: a heredoc or `printf` that writes one in
// a script, a code block in docs, a string in a test. The tokens must come in netrc's order,
// `machine <host> [port <n>] login <user> password <secret>`, separated by blanks, newlines or the
// two characters `\n` of a printf/echo string. In a .netrc file netrc-password (priority 40) reports
// the same value and wins.
const NETRC_WORDS = new Set(['machine', 'login', 'password', 'account', 'macdef', 'default']);
/** True when only blanks and a `#` stand between the line start and `index`. */
function commentedOut(text: string, index: number): boolean {
  let i = index;
  while (i > 0 && index - i < 64 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return text[i - 1] === '#';
}

const SEP = String.raw`(?:[ \t\r\n]|\\n){1,24}`;

export const netrcInlinePassword: Detector = patternDetector({
  id: 'netrc-inline-password',
  title: 'netrc credentials written in a script or document',
  severity: 'high',
  priority: 30,
  keywords: ['machine'],
  pattern: new RegExp(
    String.raw`(?<![\w-])machine${SEP}(?<host>[A-Za-z0-9_$%{}.:-]{1,253})${SEP}(?:port${SEP}\d{1,5}${SEP})?` +
      String.raw`login${SEP}(?<user>[^\s"'\`\\]{1,256})${SEP}password${SEP}(?<q>"?)(?<secret>[^\s"'\`\\]{1,256})\k<q>(?=$|[\s"'\`\\;)])`,
  ),
  validate: (secret, m, text) =>
    !NETRC_WORDS.has(secret) && !DOCUMENTATION_HOST.test(m.groups?.host ?? '') && !commentedOut(text, m.index) && isStoredPassword(secret, m.groups?.user),
  detail: (m) => `netrc password for machine ${m.groups?.host}`,
  remediation:
    'Change the password or token, and write the netrc entry at run time from a CI secret (`printf "machine %s login %s password %s\\n" ' +
    '"$HOST" "$USER" "$TOKEN" > ~/.netrc`) instead of a literal.',
  examples: {
    positive: [
      { path: 'ci/setup.sh', text: "cat > ~/.netrc <<'EOF'\nmachine git.shop.internal\n  login ci-bot\n  password Hq7vR2mLp9xT\nEOF\n" },
      { path: 'Dockerfile.build', text: 'RUN printf "machine api.shop.internal\\nlogin deploy\\npassword hunter22\\n" > /root/.netrc', why: 'printf escapes, weak' },
      { path: 'docs/setup.md', text: '```\nmachine api.wandb.ai login user password 7cc938e45e63e9014f88f811be240ba0395c02dd\n```\n' },
    ],
    negative: [
      { path: 'ci/setup.sh', text: 'echo "machine github.com login $GH_USER password $GH_TOKEN" > ~/.netrc\n', why: 'variables' },
      { path: 'ci/setup.sh', text: 'printf "machine %s\\nlogin %s\\npassword %s\\n" "$HOST" "$USER" "$PASS" > ~/.netrc\n', why: 'format string' },
      { path: 'tools/login.py', text: "        expected = f'machine {hostname} login token password {self.auth_token}\\n'\n", why: "an f-string's fields" },
      { path: 'docs/netrc.md', text: 'machine example.org login <user> password <token>\n', why: 'placeholders' },
      { path: 'notes.txt', text: 'The machine login password is the one from the vault.\n', why: 'prose' },
      { path: 'tests/netrc.txt', text: '# machine git.shop.internal login ci password Hq7vR2mLp9xT\n', why: 'commented out' },
      { path: 'tests/test_auth.py', text: 'f.write("machine example.com login alice password Hq7vR2mLp9xT\\n")\n', why: 'documentation host' },
    ],
  },
});
