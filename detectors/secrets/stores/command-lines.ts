import type { Detector } from '../../../src/types.js';
import { commandWordAt } from '../../kit/command-word.js';
import { patternDetector } from '../../kit/pattern.js';
import { ARG, CONTINUED, REMEDIATION, restOfCommand, SAME_LINE } from './command-parts.js';
import { contentLines, isStoredPassword } from './values.js';

// Remote shells, HTTP and registry clients given a password as an argument: PsExec, sshpass, curl,
// wget, `docker login -p` (and podman, buildah, skopeo, nerdctl, oras, crane, helm registry) and redis-cli.

export const psexecPassword: Detector = patternDetector({
  id: 'psexec-password',
  title: 'Password on a PsExec command line',
  severity: 'high',
  priority: 30,
  keywords: ['psexec'],
  pattern: new RegExp(String.raw`(?<![\w-])psexec(?:64)?(?:\.exe)?(?=[\s"'])${SAME_LINE('psexec')}[ \t]-p[ \t]{1,8}${ARG}`, 'i'),
  validate: (secret, m, text) => /[ \t]-u[ \t]/i.test(restOfCommand(text, m.index, m[0].length)) && isStoredPassword(secret),
  detail: () => 'PsExec -p password',
  remediation: REMEDIATION(
    'Windows account password',
    'Run PsExec without -p (it prompts), or use a managed service account / PowerShell remoting with credentials from a vault.',
  ),
  examples: {
    positive: [
      { text: 'psexec \\\\10.0.4.17 -u SHOP\\deploy -p Hq7vR2mLp9xT cmd /c ipconfig', path: 'ops/restart.bat' },
      { text: 'system("psexec \\\\\\\\192.168.3.77 -u Administrator -p hunter22 shutdown -r -t 0");', path: 'tools/reboot.pl', why: 'weak, in code' },
      { text: '%TOOLS%\\PsExec64.exe \\\\build01 -accepteula -u BUILD\\svc -p "Zt9q!W3xkP2m" -i 2 run.cmd', path: 'ci/remote.cmd' },
    ],
    negative: [
      { text: 'psexec \\\\10.0.4.17 -u SHOP\\deploy -p %DEPLOY_PW% cmd', why: 'batch variable' },
      { text: 'PsExec.exe \\\\host -u Administrator -p $Password -i -d calc.exe', why: 'PowerShell variable' },
      { text: 'PsExec.exe @computers.txt -u DOMAIN\\ADMIN -p PASSWORD cmd', why: 'placeholder' },
      { text: 'psexec \\\\build01 -s -p Hq7vR2mLp9xT cmd', why: 'no -u: not a password option' },
    ],
  },
});

/** What may stand between `sshpass` and its `-p`: its other options (`-v`, `-P assword`, `-e`, `-d 3`). */
const SSHPASS_OPTIONS = /^(?:[ \t]{1,8}-(?:[vhV]|[fdP][ \t]{0,4}[^\s-]\S{0,63}|e\S{0,63}))*[ \t]*$/;

export const sshpassPassword: Detector = patternDetector({
  id: 'sshpass-password',
  title: 'Password on an sshpass command line',
  severity: 'high',
  priority: 30,
  keywords: ['sshpass'],
  pattern: new RegExp(String.raw`(?<![\w-])sshpass(?=\s)${SAME_LINE('sshpass')}[ \t]-p[ \t]{0,8}${ARG}`),
  // sshpass's own -p, before the command it runs: only its options between (`-v`, `-P prompt`), not the
  // `-p 8080:8080` of a `docker run` the ssh command runs remotely
  validate: (secret, m) => {
    const before = m[0].slice('sshpass'.length, m[0].length - secret.length - 2 * (m.groups?.['q'] ?? '').length).replace(/[ \t]-p[ \t]*$/, '');
    return SSHPASS_OPTIONS.test(before) && isStoredPassword(secret);
  },
  detail: () => 'sshpass -p password',
  remediation: REMEDIATION('SSH password', 'Use key-based authentication; if a password is unavoidable, `sshpass -e` reads it from SSHPASS set from a CI secret.'),
  examples: {
    positive: [
      { text: 'sshpass -p Hq7vR2mLp9xT ssh -o StrictHostKeyChecking=no deploy@10.0.0.5 "systemctl restart shop"', path: 'deploy.sh' },
      { text: "sshpass -p'hunter22' scp build.tgz pi@raspberry.local:/opt/", path: 'Makefile', why: 'attached, weak' },
      { text: 'sshpass -v -P assword -p Hq7vR2mLp9xT ssh deploy@10.0.0.5 uptime', path: 'deploy.sh', why: "after sshpass's other options" },
    ],
    negative: [
      { text: 'sshpass -p "$SSH_PASSWORD" ssh deploy@10.0.0.5', why: 'variable' },
      { text: 'sshpass -e ssh deploy@10.0.0.5', why: 'from the environment' },
      { text: 'sshpass -f ~/.ssh/pw ssh deploy@10.0.0.5', why: 'from a file' },
      { text: 'sshpass -p <password> ssh deploy@10.0.0.5', why: 'placeholder' },
      { text: 'sh "sshpass -p \'$DEPLOY_PASS\' -v ssh -o StrictHostKeyChecking=no $DEPLOY_USER@${env.HOST} \\"docker run -d --name pet -p 8081:8080 shop/pet:${env.BUILD_NUMBER}\\""', path: 'Jenkinsfile', why: "the -p of the docker command ssh runs, after sshpass's variable" },
    ],
  },
});

export const httpClientCredentials: Detector = patternDetector({
  id: 'http-client-credentials',
  title: 'Password on a curl or wget command line',
  severity: 'high',
  priority: 30,
  keywords: ['curl', 'wget'],
  // only where the word can start the pattern (`(?<![\w-])curl(?:\.exe)?(?=\s)`): a C source holds curl_easy_setopt on every line
  keywordCheck: (text, at) => commandWordAt(text, at, '-', 'space'),
  // curl -u/--user/-U/--proxy-user user:password (also attached, `-uuser:pass`); wget --password/--http-password/--ftp-password.
  pattern: new RegExp(
    String.raw`(?<![\w-])(?:curl(?:\.exe)?(?=\s)${CONTINUED('curl')}(?<=\s)(?:-u|--user|-U|--proxy-user)(?:[ \t]{1,8}|=)?(?<q>["']?)(?<user>[^\s"':$%]{1,128}):` +
      String.raw`|wget(?=\s)${CONTINUED('wget')}(?<=\s)--(?:http-|ftp-|proxy-)?password(?:=|[ \t]{1,8})(?<wq>["']?))` +
      String.raw`(?<secret>[^\s"'$%;&|<>\`]{1,256})\k<q>\k<wq>(?=$|[\s;&|)])`, // one quote group is unset: it matches empty
  ),
  validate: (secret, m) => isStoredPassword(secret, m.groups?.user),
  detail: (m) => (m.groups?.user !== undefined ? 'curl user:password' : 'wget password option'),
  remediation: REMEDIATION(
    'password',
    'Give curl the credentials from a netrc file outside the repository (`--netrc-file`) or from a variable set by CI (`-u "$USER:$PASS"`); wget reads them from ~/.netrc or `--ask-password`.',
  ),
  examples: {
    positive: [
      { text: 'curl -fsS -u deploy:Hq7vR2mLp9xT https://nexus.shop.internal/repository/raw/app.tgz -o app.tgz', path: 'ci/fetch.sh' },
      { text: 'curl -X POST https://api.shop.internal/oauth/token \\\n  --user "svc-reports:Zt9q!W3xkP2m" \\\n  -d grant_type=client_credentials', path: 'docs/api.md', why: 'continued lines' },
      { text: 'wget --user=ci --password=hunter22 https://files.shop.internal/build.zip', path: 'Makefile', why: 'weak' },
      {
        text: '# uses libcurl_helpers and curl_version()\n\n\n\ncurl.exe -s -u ops:Vb7Qm2xLr9Tz https://files.shop.internal/ -o x',
        path: 'tools/fetch.ps1',
        why: 'the command word itself opens the window, not the identifiers above it',
      },
    ],
    negative: [
      { text: 'curl -u deploy https://nexus.shop.internal/', why: 'user only: curl prompts' },
      { text: 'curl -u "$NEXUS_USER:$NEXUS_PASSWORD" https://nexus.shop.internal/', why: 'variables' },
      { text: 'curl -u elastic:changeme http://localhost:9200/_cat/health', why: 'documented default' },
      { text: 'curl -u admin:admin http://localhost:8080/', why: 'same as the user' },
      { text: 'curl --user-agent "Mozilla/5.0 (X11; Linux x86_64)" https://shop.example.org/', why: 'another option' },
      { text: 'curl -u ghp_Zk3QhT8mV2pX7rL9nB4cW6yD1sF5gJ0aE8uK: https://api.github.com', why: 'token as the user, no password (the vendor detector reports it)' },
      { text: 'curl_easy_setopt(h, CURLOPT_USERPWD, "-u ops:Vb7Qm2xLr9Tz");', path: 'src/fetch.c', why: 'a libcurl call, not a command line' },
    ],
  },
});

/** Registry clients whose `login` takes the password on the command line. */
const REGISTRY_LOGIN = String.raw`(?:docker|podman|buildah|skopeo|nerdctl|oras|crane)(?:\.exe)?[ \t]{1,8}(?:[\w-]{1,20}[ \t]{1,8})?login|helm[ \t]{1,8}registry[ \t]{1,8}login`;

export const registryLoginPassword: Detector = patternDetector({
  id: 'registry-login-password',
  title: 'Password on a container registry login command line (docker login -p)',
  severity: 'high',
  priority: 30,
  keywords: ['docker', 'podman', 'buildah', 'skopeo', 'nerdctl', 'oras', 'crane', 'helm'],
  // a command word, not part of an identifier or a path (`docker_login`, `/usr/bin/docker` is fine)
  keywordCheck: (text, at) => at === 0 || !/[\w-]/.test(text.charAt(at - 1)),
  // `docker login -u USER -p PASSWORD host`, `--password PASSWORD`, `--password=PASSWORD` (not --password-stdin)
  pattern: new RegExp(String.raw`(?<![\w-])(?:${REGISTRY_LOGIN})(?=\s)${SAME_LINE('login')}[ \t](?:-p|--password)(?:[ \t]{1,8}|=)${ARG}`),
  keywordSpan: { before: 0, after: 520 },
  validate: (secret, m, text) => isStoredPassword(secret, /(?:-u|--username)(?:[ \t]{1,8}|=)["']?([\w.@-]{1,64})/.exec(restOfCommand(text, m.index, m[0].length))?.[1]),
  detail: () => 'registry login password argument',
  remediation: REMEDIATION(
    'registry password or token',
    'Pipe it in from a CI secret (`echo "$TOKEN" | docker login -u ci --password-stdin registry`), or use a credential helper.',
  ),
  examples: {
    positive: [
      { text: 'docker login -u deploy -p Rm3kXv9qLs7t registry.shop.internal', path: 'ci/release.sh' },
      { text: 'RUN podman login --username ci --password=Hq7vR2mLp9xT quay.io && podman push app', path: 'Containerfile' },
      { text: ': 1701234590:0;docker login -u deploy -p Zt9q!W3xkP2m registry.acme.io', path: 'home/.zsh_history', why: 'shell history' },
    ],
    negative: [
      { text: 'echo "$REGISTRY_TOKEN" | docker login -u ci --password-stdin registry.shop.internal', why: 'from stdin' },
      { text: 'docker login -u "$CI_REGISTRY_USER" -p "$CI_REGISTRY_PASSWORD" $CI_REGISTRY', why: 'variables' },
      { text: 'docker login -u USERNAME -p PASSWORD', why: 'placeholders' },
      { text: 'docker run -p 8080:80 nginx', why: 'another command' },
    ],
  },
});

export const redisCliPassword: Detector = patternDetector({
  id: 'redis-cli-password',
  title: 'Password on a redis-cli command line (-a, --pass)',
  severity: 'high',
  priority: 30,
  keywords: ['redis-cli'],
  pattern: new RegExp(String.raw`(?<![\w-])redis-cli(?:\.exe)?(?=\s)${SAME_LINE('redis-cli')}[ \t](?:-a|--pass)[ \t]{1,8}${ARG}`),
  keywordSpan: { before: 0, after: 480 },
  validate: (secret, m, text) => isStoredPassword(secret, /--user[ \t]{1,8}["']?([\w.@-]{1,64})/.exec(restOfCommand(text, m.index, m[0].length))?.[1]),
  detail: () => 'redis-cli password argument',
  remediation: REMEDIATION('Redis password', 'Set REDISCLI_AUTH from a CI secret instead (redis-cli reads it), or use `--askpass`.'),
  examples: {
    positive: [
      { text: 'redis-cli -h cache.shop.internal -a Vb4nHq8sPz3w ping', path: 'ops/health.sh' },
      { text: '  test: ["CMD-SHELL", "redis-cli --user app --pass Zt9q!W3xkP2m ping"]', path: 'docker-compose.yml' },
    ],
    negative: [
      { text: 'redis-cli -a "$REDIS_PASSWORD" ping', why: 'variable' },
      { text: 'redis-cli --askpass -h cache.shop.internal', why: 'prompts' },
      { text: 'redis-cli -a yourpassword ping', why: 'placeholder' },
    ],
  },
});

/**
 * redis-cli keeps the commands typed at its prompt in `~/.rediscli_history`, `AUTH` and its password
 * with them (it leaves out only the commands it is told are sensitive in its newer versions). A
 * committed history file (a dotfiles repository, a container's home copied whole) gives the password.
 */
export const redisCliHistoryAuth: Detector = patternDetector({
  id: 'redis-cli-history-auth',
  title: 'Redis password in a redis-cli history file (AUTH)',
  severity: 'high',
  priority: 30,
  keywords: ['auth'],
  paths: ['.rediscli_history'],
  pattern: /(?<=^|\n)[ \t]{0,8}(?:AUTH|auth)[ \t]{1,8}(?:[^\s"']{1,64}[ \t]{1,8})?["']?(?<secret>[^\s"']{1,256})["']?[ \t]*(?=\r?\n|$)/,
  validate: (secret) => isStoredPassword(secret),
  detail: () => 'AUTH command in redis-cli history',
  remediation: REMEDIATION('Redis password', 'Delete the history file from the repository (and ignore `.rediscli_history`); redis-cli reads REDISCLI_AUTH for scripts.'),
  examples: {
    positive: [
      { text: 'ping\nAUTH Vb4nHq8sPz3wKt\nkeys session:*\n', path: 'home/ops/.rediscli_history' },
      { text: 'auth app Zt9q!W3xkP2mLr\nget feature:flags\n', path: '.rediscli_history', why: 'ACL user and password' },
    ],
    negative: [
      { text: 'auth "$REDIS_PASSWORD"\nping\n', path: '.rediscli_history', why: 'a variable' },
      { text: 'AUTH yourpassword\nping\n', path: '.rediscli_history', why: 'placeholder' },
      { text: 'config get requirepass\nacl whoami\n', path: '.rediscli_history', why: 'no AUTH' },
    ],
  },
});

/** A .curlrc option line giving user:password: `user = "name:pass"`, `--user name:pass`, `-u name:pass`, proxy-user too. */
const CURLRC_USER = /^[ \t]*(?:-u|-U|(?:--)?(?:proxy-)?user)(?:[ \t]*[=:][ \t]*|[ \t]+)(["']?)([^\s"':]{1,128}):([^\s"']{1,256})\1[ \t]*$/;

export const curlrcCredentials: Detector = {
  id: 'curlrc-credentials',
  title: 'Password in a curl config file (.curlrc user = "name:password")',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: [],
  paths: ['.curlrc', '_curlrc', '**/.curlrc', '**/_curlrc', '**/curlrc'],
  priority: 30,
  remediation: REMEDIATION('password', 'Keep credentials in a netrc file outside the repository (`--netrc-file`), or pass them from CI variables.'),
  *detect({ text }) {
    for (const line of contentLines(text, /^[ \t]{0,64}(?:#|$)/)) {
      const m = CURLRC_USER.exec(line.text);
      if (!m) continue;
      const [, , user, secret] = m as unknown as [string, string, string, string];
      if (!isStoredPassword(secret, user)) continue;
      const start = line.start + line.text.lastIndexOf(`${user}:${secret}`) + user.length + 1;
      yield { start, end: start + secret.length, secret, detail: `curl config user ${user}` };
    }
  },
  examples: {
    positive: [
      { path: 'home/.curlrc', text: 'user = "deploy:Wq7xKm3vZn9p"\nsilent\n' },
      { path: 'ci/_curlrc', text: '--proxy-user ops:Zt9q!W3xkP2m\n' },
    ],
    negative: [
      { path: 'home/.curlrc', text: 'user-agent = "acme-bot/1.0"\n', why: 'another option' },
      { path: 'home/.curlrc', text: 'user = "deploy"\n', why: 'no password: curl prompts' },
      { path: 'home/.curlrc', text: '# user = "deploy:Wq7xKm3vZn9p"\n', why: 'a comment' },
    ],
  },
};
