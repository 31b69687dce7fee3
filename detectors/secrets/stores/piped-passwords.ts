import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { keywordRegExp, keywordStarts } from '../../kit/keyword-windows.js';
import { lineEndNear, lineStartNear } from '../../kit/name-value.js';
import { REMEDIATION } from './command-parts.js';
import { isConfigLiteral, isStoredPassword } from './values.js';

// Passwords a script types for a program that would otherwise prompt: `echo … | sudo -S`, `echo
// 'user:…' | chpasswd`, `echo … | passwd --stdin`, `echo -e '…\n…' | smbpasswd -s`, `echo … | kinit`,
// `echo … | docker login --password-stdin` outside a Dockerfile, here-strings (`chpasswd <<< 'user:…'`),
// and expect scripts that answer a password prompt (Tcl's `expect "assword:"` then `send "…\r"`,
// pexpect's `expect('Password:')` then `sendline('…')`). The program reads the password from its
// input precisely so that it stays off the command line; written into the script, it is in the
// repository all the same.

/** How far back on its line the command that feeds a program is read. */
const LOOK_BACK = 600;

/** The programs that read a password on their standard input, each tested on its own command (after the pipe). */
const READERS: readonly { readonly re: RegExp; readonly label: string; readonly pair?: boolean }[] = [
  // `chpasswd -e` takes hashes (a password hash detector's finding); `-c SHA512` hashes the clear input it is given
  { re: /^(?:sudo[ \t]{1,4})?chpasswd(?![\w-])(?![^\n]{0,200}[ \t](?:-e|--encrypted)(?![\w-]))/, label: 'chpasswd', pair: true },
  { re: /^(?:sudo[ \t]{1,4})?(?:passwd|smbpasswd|htpasswd|kinit|cryptsetup|openconnect)(?![\w-])/, label: '' },
  { re: /^sudo[ \t](?:[^\n|;&]{0,60}[ \t])?(?:-[A-Za-z]{0,4}S[A-Za-z]{0,4}|--stdin)(?![\w-])/, label: 'sudo -S' },
  // docker, podman, buildah, nerdctl, oras, crane auth, helm registry login --password-stdin
  { re: /^(?:sudo[ \t]{1,4})?[\w.-]{1,20}(?:[ \t]{1,4}[\w.-]{1,20}){0,2}[ \t]{1,4}login[ \t][^\n]{0,300}--password-stdin(?![\w-])/, label: 'login --password-stdin' },
  { re: /^(?:sudo[ \t]{1,4})?gpg2?[ \t][^\n]{0,300}--passphrase-fd[ \t=]{1,4}0(?!\d)/, label: 'gpg --passphrase-fd 0' },
];

/** `echo [-n|-e] VALUE`, `printf '%s\n' VALUE`: sticky at the `echo`/`printf`, to the pipe. */
const PRODUCER =
  /(?:echo|printf)(?:[ \t]{1,4}-[neE]{1,3}){0,3}(?:[ \t]{1,4}(?:"%s(?:\\n)?"|'%s(?:\\n)?'))?[ \t]{1,4}(?:"(?<dq>[^"$`\\\n]{1,256}(?:\\n[^"$`\\\n]{1,256}){0,2}(?:\\n)?)"|'(?<sq>[^'\n$\\]{1,256}(?:\\n[^'\n$\\]{1,256}){0,2})'|(?<bare>[^\s"'|;&$`\\<>()]{1,256}))[ \t]*\|/dy;
/** `<<< VALUE` after the reading program's command. */
const HERE_STRING = /<<<[ \t]*(?:"(?<dq>[^"$`\\\n]{1,256}(?:\\n[^"$`\\\n]{1,256}){0,2}(?:\\n)?)"|'(?<sq>[^'\n$\\]{1,256}(?:\\n[^'\n$\\]{1,256}){0,2})'|(?<bare>[^\s"'|;&$`\\<>()]{1,256}))/d;

const STDIN_KEYWORDS = ['passwd', 'kinit', 'cryptsetup', 'sudo -s', 'sudo --stdin', 'password-stdin', 'passphrase-fd'];
const STDIN_FINDER = keywordRegExp(STDIN_KEYWORDS);

/** The command a keyword stands in: from after the last `|`, `;`, `&` or `(` before it on its line, to the next one. */
function commandAround(text: string, at: number): { start: number; end: number; pipe: number } {
  const from = lineStartNear(text, at, LOOK_BACK);
  let start = at;
  while (start > from && !'|;&(\n'.includes(text.charAt(start - 1))) start--;
  const pipe = text.charAt(start - 1) === '|' && text.charAt(start - 2) !== '|' ? start - 1 : -1;
  const to = lineEndNear(text, at, 400);
  let end = at;
  while (end < to && !'|;&)'.includes(text.charAt(end))) end++;
  return { start, end, pipe };
}

/** The password in a producer's or a here-string's value (match with indices, `offset` added), and its user for chpasswd. */
function passwordIn(m: RegExpExecArray, offset: number, pair: boolean): { start: number; secret: string; user?: string } | undefined {
  const name = (['dq', 'sq', 'bare'] as const).find((n) => m.groups?.[n] !== undefined);
  const span = name && m.indices?.groups?.[name];
  if (!name || !span) return undefined;
  const valueStart = offset + span[0];
  // `echo -e 'pw\npw'` answers a prompt and its confirmation: the password is the first line
  const first = (m.groups?.[name] ?? '').split('\\n')[0] ?? '';
  if (!pair) return { start: valueStart, secret: first };
  const colon = first.indexOf(':');
  return colon < 1 ? undefined : { start: valueStart + colon + 1, secret: first.slice(colon + 1), user: first.slice(0, colon) };
}

function* detectStdinPasswords({ text, keywordStarts: given }: DetectorInput): Iterable<Match> {
  // keyword starts ascend: one inside the command judged last is that command again (a flood of
  // `passwd` on one line is read once per command, not once per keyword)
  let judgedTo = -1;
  for (const at of keywordStarts(text, given, STDIN_FINDER)) {
    if (at < judgedTo) continue;
    const { start, end, pipe } = commandAround(text, at);
    judgedTo = Math.max(end, at + 1);
    const command = text.slice(start, end).replace(/^[ \t]+/, '');
    const reader = READERS.find((r) => r.re.test(command));
    if (!reader) continue;
    const label = reader.label || (/^(?:sudo[ \t]{1,4})?([\w-]+)/.exec(command)?.[1] ?? 'a program');
    let found: { start: number; secret: string; user?: string } | undefined;
    let how = 'piped into';
    const here = HERE_STRING.exec(command);
    if (here) {
      found = passwordIn(here, end - command.length, reader.pair === true);
      how = 'given in a here-string to';
    } else if (pipe > 0) {
      // the producer: the last `echo`/`printf` before the pipe, whose value runs to the pipe
      const from = lineStartNear(text, pipe, LOOK_BACK);
      const before = text.slice(from, pipe);
      const e = Math.max(before.lastIndexOf('echo'), before.lastIndexOf('printf'));
      if (e < 0 || (e > 0 && /[\w-]/.test(before.charAt(e - 1)))) continue;
      PRODUCER.lastIndex = from + e;
      const m = PRODUCER.exec(text);
      if (!m || m.index + m[0].length !== pipe + 1) continue;
      found = passwordIn(m, 0, reader.pair === true);
    }
    if (!found || !isConfigLiteral(found.secret, found.user)) continue;
    yield { start: found.start, end: found.start + found.secret.length, secret: found.secret, detail: `password ${how} ${label}` };
  }
}

export const stdinPassword: Detector = {
  id: 'stdin-password',
  title: 'Password written into a script for a program that reads it on standard input (sudo -S, chpasswd, passwd --stdin, kinit, --password-stdin)',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: STDIN_KEYWORDS,
  priority: 30,
  remediation: REMEDIATION(
    'password',
    'Feed the program from a secret the runner provides (`printf %s "$PASSWORD" | …`, a file under /run/secrets), or give the account a key, a sudoers rule or a keytab instead of a password.',
  ),
  detect: detectStdinPasswords,
  examples: {
    positive: [
      { text: 'echo "Vk4mQz8xNw2p" | sudo -S apt-get update\n', path: 'provision.sh' },
      { text: "RUN useradd -m deploy && echo 'deploy:Tq7nX3vKm9Wz' | chpasswd\n", path: 'Dockerfile' },
      { text: 'echo "Rm6kQx2vNz8w" | passwd --stdin backup\n', path: 'setup/users.sh' },
      { text: "echo -e 'Pw8nKz3qXv5m\\nPw8nKz3qXv5m' | smbpasswd -a -s share\n", path: 'samba/init.sh', why: 'the prompt and its confirmation' },
      { text: 'echo Lx4vQm8kNz2w | kinit svc-etl@CORP.EXAMPLE.COM\n', path: 'etl/run.sh' },
      { text: 'echo "Qn7xKv2mZw9p" | docker login -u ci --password-stdin registry.shop.internal\n', path: '.gitlab-ci.yml' },
      { text: "chpasswd <<< 'root:Zm3kQx7vNw5p'\n", path: 'bootstrap.sh', why: 'a here-string' },
      { text: "echo 'ops:Vn6qXz3mKw8p' | chpasswd -c SHA512\n", path: 'image/users.sh', why: '-c names the hash to make of the clear password' },
      { text: "printf '%s\\n' 'Wk2nQz9xMv4p' | sudo -S systemctl restart shop\n", path: 'deploy.sh' },
    ],
    negative: [
      { text: 'echo "$DEPLOY_PASSWORD" | sudo -S apt-get update\n', why: 'a variable' },
      { text: "echo 'root:root' | chpasswd\n", why: 'the user name as the password' },
      { text: "echo 'deploy:$6$rounds=5000$salt$hash' | chpasswd -e\n", why: 'chpasswd -e takes hashes' },
      { text: 'echo "Vk4mQz8xNw2p" | tee /tmp/out | grep -q ok && sudo -S true\n', why: 'the echo feeds tee, not sudo' },
      { text: 'echo vagrant | sudo -S true\n', why: 'one lower-case word: a box default' },
      { text: 'cat /run/secrets/pw | sudo -S true\n', why: 'from a mounted secret' },
      { text: 'echo "Qn7xKv2mZw9p" | docker login -u ci -p- registry\n', why: 'no --password-stdin' },
      { text: 'echo "Rm6kQx2vNz8w" | passwd-check --strength\n', why: 'another program' },
      { text: "sh \"echo '\\$PASS' | docker login -u '\\$USER' --password-stdin\"\n", path: 'Jenkinsfile', why: "a Groovy string's escaped variable" },
    ],
  },
};

// Expect scripts: a prompt that asks for a password and, right after it, the answer sent.
const EXPECT_KEYWORDS = ['assword', 'passphrase'];
const EXPECT_FINDER = keywordRegExp(EXPECT_KEYWORDS);
/** A pattern line of an `expect { … }` block: the answer must follow on the same line (`"*assword*" { send … }`). */
const BLOCK_PATTERN = /^[ \t]{0,40}(?:-(?:re|gl|ex)[ \t]{1,4})?["{][^"'{}\n]{0,40}$/;
/** Before the prompt word on its line: Tcl's `expect` (with its flags and an opening quote or brace), or pexpect's `.expect(`. */
const EXPECT_BEFORE = /(?:(?:^|[\s;{[])expect(?:[ \t]{1,4}-(?:re|gl|ex|nocase|timeout[ \t]{1,4}\d{1,5})){0,4}[ \t]{1,4}(?:\{[ \t]{0,4})?["{]?|\.expect(?:_exact)?\([ \t]{0,4}[rbu]?["'])[^"'{}\n]{0,40}$/;
/** From the prompt word: the rest of the prompt, then the answer sent on the same line or the next one. */
const EXPECT_ANSWER = new RegExp(
  String.raw`(?:assword|passphrase)[^"'{}\n]{0,40}["'}]?[ \t]{0,4}\)?[ \t]{0,4}(?:\{[ \t]{0,4}|;[ \t]{0,4}|\r?\n[ \t]{0,40})` +
    String.raw`(?:(?:exp_)?send(?:[ \t]{1,4}--)?[ \t]{1,4}(?:"(?<dq>[^"$[\\\n]{1,128})(?:\\[rn])?"|\{(?<br>[^}$[\\\n]{1,128})(?:\\r)?\})` +
    String.raw`|[\w.$>-]{1,60}(?:\.|->)send(?:line)?\([ \t]{0,4}[rbu]?(?:"(?<pdq>[^"\\\n]{1,128})(?:\\[rn])?"|'(?<psq>[^'\\\n]{1,128})(?:\\[rn])?')[ \t]{0,4}\))`,
  'iy',
);

function* detectExpectAnswers({ text, keywordStarts: given }: DetectorInput): Iterable<Match> {
  for (const at of keywordStarts(text, given, EXPECT_FINDER)) {
    const from = lineStartNear(text, at, 200);
    const before = text.slice(from, at);
    const inBlock = !EXPECT_BEFORE.test(before);
    if (inBlock && !BLOCK_PATTERN.test(before)) continue;
    // the keyword may begin after `P` (`Password`): read from the prompt word's own start
    EXPECT_ANSWER.lastIndex = at;
    const m = EXPECT_ANSWER.exec(text);
    const g = m?.groups ?? {};
    const secret = g['dq'] ?? g['br'] ?? g['pdq'] ?? g['psq'];
    if (!m || secret === undefined || (inBlock && m[0].includes('\n')) || !isStoredPassword(secret)) continue;
    const start = m.index + m[0].lastIndexOf(secret);
    yield { start, end: start + secret.length, secret, detail: 'password sent to a prompt by an expect script' };
  }
}

export const expectScriptPassword: Detector = {
  id: 'expect-script-password',
  title: 'Password an expect script (Tcl expect, pexpect, Perl Expect) sends to a password prompt',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: EXPECT_KEYWORDS,
  priority: 30,
  remediation:
    'Change the password: the script holds it in clear. Use key-based authentication (SSH keys, a keytab), or have the script read the password from an environment variable or a file the runner provides (`send "$env(PASSWORD)\\r"`).',
  detect: detectExpectAnswers,
  examples: {
    positive: [
      { text: 'spawn ssh admin@10.0.0.6\nexpect "*assword:*"\nsend "Uv9iP5lJd3Fb\\r"\ninteract\n', path: 'tools/login.exp' },
      { text: '#!/usr/bin/expect\nspawn scp backup.tgz ops@backup:/srv\nexpect {\n  "*yes/no*" { send "yes\\r"; exp_continue }\n  "*assword*" { send "Kq8mZx3vNw5t\\r" }\n}\n', path: 'backup.exp' },
      { text: "child = pexpect.spawn('ssh admin@switch01')\nchild.expect('Password:')\nchild.sendline('Zt4nQx9kMv2w')\n", path: 'netops/push_config.py' },
      { text: 'expect "Enter passphrase for key" { send "Wm7kQz2xNv8p\\r" }\n', path: 'scripts/unlock.sh' },
    ],
    negative: [
      { text: 'expect "*assword:*"\nsend "$env(SSH_PASSWORD)\\r"\n', why: 'from the environment' },
      { text: 'expect "*assword:*"\nsend "[lindex $argv 0]\\r"\n', why: 'an argument' },
      { text: "child.expect('Password:')\nchild.sendline(password)\n", why: 'a variable' },
      { text: 'expect(screen.getByLabelText("Password")).toBeVisible();\nsend("Uv9iP5lJd3Fb");\n', why: "a test's expect(), not a prompt" },
      { text: 'expect "*assword:*"\nsend "password\\r"\n', why: 'a stand-in' },
    ],
  },
};
