// TLS rules report commands that run and settings that take effect, not text that names them: test
// titles, completion tables, option tables and synopses, constant tables and compatibility shims.
import { describe, expect, it } from 'vitest';
import { commandFileKind } from '../../detectors/tls/command-context.js';
import { tlsCurlInsecure } from '../../detectors/tls/curl-insecure.js';
import { tlsGitSslVerifyDisabled } from '../../detectors/tls/git-ssl-verify.js';
import { tlsVerifyDisabledPython } from '../../detectors/tls/python-verify.js';
import type { Detector } from '../../src/types.js';
import { runCli } from '../helpers/run-cli.js';
import { tmpRepo } from '../helpers/tmp.js';

const found = (d: Detector, path: string, text: string): number => [...d.detect({ path, text })].length;

describe('command files', () => {
  it.each([
    ['scripts/install.sh', '', 'shell'], ['bin/deploy', '', 'shell'], ['tools/run.py', '', 'code'], ['x.in', '#!/usr/bin/env bash\n', 'shell'],
    ['x.dat', '#!/bin/sh\n', 'shell'], ['x.dat', '', 'none'], ['scripts/completion.pl', '', 'code'], ['Dockerfile.dev', '', 'dockerfile'],
    ['build/Makefile', '', 'makefile'], ['.gitlab-ci.yml', '', 'yaml'], ['Jenkinsfile', '', 'host'], ['infra/main.tf', '', 'host'],
    ['README.md', '', 'prose'], ['package.json', '', 'config'], ['install.sh.in', '', 'shell'], ['docs/curl.1', '', 'none'],
  ])('%s (%j) is %s', (path, text, kind) => {
    expect(commandFileKind(path, text)).toBe(kind);
  });
});

describe('tls-curl-insecure: command positions', () => {
  it.each([
    ['a.sh', 'curl -k https://x\n', 1],
    ['a.sh', 'FOO=1 BAR=2 curl -k https://x\n', 1],
    ['a.sh', 'timeout 30 curl -k https://x\n', 1],
    ['a.sh', 'until curl -sk https://x; do sleep 1; done\n', 1],
    ['a.sh', 'kubectl exec web -- curl -k https://localhost\n', 1],
    ['a.sh', 'run() {\n  curl \\\n    --insecure https://x\n}\n', 1],
    ['a.sh', 'echo curl -k https://x\n', 0],
    ['a.sh', 'complete -c curl -s k -l insecure\n', 0],
    ['a.sh', 'alias get="curl -k"\n', 0],
    ['a.fish', 'complete -c curl -k -n "__fish_seen_subcommand_from x"\n', 0],
    ['.github/workflows/a.yml', 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: curl -k https://x\n', 1],
    ['.github/workflows/a.yml', 'jobs:\n  a:\n    steps:\n      - name: curl -k is refused\n        run: ./check.sh\n', 0],
    ['ci.yml', 'build:\n  script:\n    - |\n      set -e\n      curl -k https://x\n', 1],
    ['chart/values.yaml', 'init:\n  script: |\n    {{- if .Values.tls }}\n    echo tls\n    {{- end }}\n    while true; do\n      curl -k https://x && break\n    done\n', 1],
    ['chart/Chart.yaml', 'description: |\n  A chart.\n  curl -k is used for the probe.\n', 0],
    ['Dockerfile', 'FROM a\nRUN apt-get update \\\n && apt-get install -y curl \\\n && curl -k https://x\n', 1],
    ['Dockerfile', 'FROM a\nRUN <<EOF\nset -e\ncurl -k https://x\nEOF\n', 1],
    ['Dockerfile', 'FROM a\nENV FETCH="curl -k"\n', 0],
    ['Makefile', 'x:\n\tcurl -k https://x\n', 1],
    ['Makefile', 'VERSION := $(shell curl -sk https://x/version)\n', 1],
    ['Makefile', 'CURL_FLAGS = -k\n# curl -k\nhelp:\n\t@echo "use curl -k to test"\n', 0],
    ['notes.md', 'Run `curl -k https://x` to test.\n\n```\ncurl -k https://x\n```\n', 1],
    ['notes.md', '```json\n{"cmd": "curl -k https://x"}\n```\n', 0],
    ['notes.md', '```bash\n$ curl -k https://x\n```\n\n```text\n-k, --insecure\n```\n', 1],
    ['tool.py', 'os.system("curl -k https://x")\n', 1],
    ['tool.py', 'assert "curl -k" in help_text\n', 0],
    ['tool.go', 'cmd := exec.Command("sh", "-c", "curl -k https://x")\n', 1],
    ['tool.go', 'fmt.Println("curl -k https://x")\n', 0],
    ['tool.go', 'usage := `curl -k https://x`\n', 0],
    ['tool.rb', 'out = `curl -k https://x`\n', 1],
    ['Jenkinsfile', "stage('x') {\n  steps {\n    sh 'curl -k https://x'\n  }\n}\n", 1],
    ['.devcontainer/devcontainer.json', '{ "postCreateCommand": "curl -k https://x | sh" }\n', 1],
    ['tests/data/test1707', '<name>\nVerify curl -h --insecure\n</name>\n<command>\n--insecure http://%HOSTIP/\n</command>\n', 0],
    ['docs/curl.1', '.B curl -k https://x\n', 0],
  ] as const)('%s: %j', (path, text, count) => {
    expect(found(tlsCurlInsecure, path, text)).toBe(count);
  });

  it('PowerShell flags count on a command line, not in a synopsis or an option table', () => {
    const doc = [
      '## Syntax', '', '```', 'Invoke-RestMethod [-Uri] <Uri>', ' [-SkipCertificateCheck] [-UseBasicParsing]', '```', '',
      '```powershell', 'Invoke-RestMethod -Uri $uri -SkipCertificateCheck', '```', '', '```', '-SkipCertificateCheck', '```', '',
    ].join('\n');
    expect([...tlsCurlInsecure.detect({ path: 'docs/Invoke-RestMethod.md', text: doc })].map((m) => doc.slice(0, m.start).split('\n').length)).toEqual([9]);
  });

  it('is linear on a flood of wrappers and options before a command word', () => {
    const text = `${'sudo -u x '.repeat(100_000)}curl -k https://x\n`;
    const t0 = performance.now();
    expect(found(tlsCurlInsecure, 'a.sh', text)).toBe(0); // more wrappers than a command line has: not judged a command
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(found(tlsCurlInsecure, 'a.yml', `script:\n${'  - curl -k https://x\n'.repeat(20_000)}`)).toBe(20_000);
    expect(found(tlsCurlInsecure, 'a.yml', `${' '.repeat(1 << 20)}- curl -k https://x\n`)).toBe(0); // deeper than any real YAML
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe('tls-git-ssl-verify-disabled: git config runs', () => {
  it.each([
    ['a.sh', 'git config --global http.sslVerify false\n', 1],
    ['Dockerfile', 'FROM a\nRUN git config --system http.sslverify false\n', 1],
    ['a.test.ts', "it('git config http.sslVerify false is refused', () => {})\n", 0],
    ['a.sh', 'echo "git config --global http.sslVerify false"\n', 0],
  ] as const)('%s: %j', (path, text, count) => {
    expect(found(tlsGitSslVerifyDisabled, path, text)).toBe(count);
  });
});

describe('tls-verify-disabled-python: settings, not the names of settings', () => {
  it.each([
    ["MODES = {'CERT_NONE': ssl.CERT_NONE, 'CERT_REQUIRED': ssl.CERT_REQUIRED}", 0],
    ["MODES = {\n    'none': ssl.CERT_NONE,\n    'required': ssl.CERT_REQUIRED,\n}", 0],
    ['opts = dict(CERT_NONE=ssl.CERT_NONE, CERT_REQUIRED=ssl.CERT_REQUIRED)', 0],
    ['sslopt = {"cert_reqs": ssl.CERT_NONE}', 1],
    ["sslopt = {'cert_reqs': ssl.CERT_NONE if legacy_host else ssl.CERT_REQUIRED}", 1],
    // chosen by the user's own insecure setting: that setting's implementation (detectors/tls/opt-in.ts)
    ["sslopt = {'cert_reqs': ssl.CERT_NONE if insecure else ssl.CERT_REQUIRED}", 0],
    ['class SSLContext(object):\n    def __init__(self, protocol):\n        self.check_hostname = False\n        self.verify_mode = ssl.CERT_NONE\n', 0],
    ['class Fetcher:\n    def __init__(self):\n        self.verify_mode = ssl.CERT_NONE\n', 1],
    ['def _create_unverified(protocol=None, *, cert_reqs=CERT_NONE, check_hostname=False):\n    pass\n', 0],
    ['ssl.wrap_socket(s, cert_reqs=ssl.CERT_NONE)', 1],
  ] as const)('%j', (text, count) => {
    expect(found(tlsVerifyDisabledPython, 'lib/tls.py', text)).toBe(count);
  });
});

describe('a scan of real files', () => {
  it('reports the commands that run and nothing else', async () => {
    const repo = tmpRepo({
      '.github/workflows/mirror.yml': 'jobs:\n  m:\n    steps:\n      - name: Verify curl -k is not needed\n        run: |\n          curl -fsSk https://mirror.internal/a -o a\n',
      'scripts/completion.pl': "print q(complete -c curl -n 'x' -k -xa y);\n",
      'completions/curl.fish': "complete -c curl -s k -l insecure -d 'Allow insecure connections'\n",
      'tests/data/test1707': '<name>\nVerify curl -h --insecure\n</name>\n',
      'docs/options.md': '| option | meaning |\n|---|---|\n| `curl -k` | insecure |\n\n```text\n-k, --insecure  Allow insecure connections\n```\n',
      'docs/local.md': '```sh\n./src/curl -v --insecure https://localhost:8443/\n```\n',
      'vendor/ssl_.py': "MODES = {'CERT_NONE': ssl.CERT_NONE, 'CERT_REQUIRED': ssl.CERT_REQUIRED}\n",
    });
    const r = await runCli(['scan', repo, '--no-repo-config', '-f', 'json', '--policy', 'tls-verified']);
    const findings = (JSON.parse(r.stdout) as { findings: { path: string; line: number; detectorId: string }[] }).findings;
    expect(findings.map((f) => `${f.path}:${f.line} ${f.detectorId}`)).toEqual([
      '.github/workflows/mirror.yml:6 tls-curl-insecure',
      'docs/local.md:2 tls-curl-insecure',
    ]);
  });
});
