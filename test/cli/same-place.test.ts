// One finding per secret and place, on real files: a key file and the key in it, a URL that sends
// its password over plain http. Every value is made here at run time (the project scans itself).
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/types.js';
import { runCli } from '../helpers/run-cli.js';
import { git, tmpDir, tmpRepo, writeTree } from '../helpers/tmp.js';

/** A fresh EC private key in PEM (SEC1): well-formed, so both the content and the key-file detector see it. */
const KEY = generateKeyPairSync('ec', { namedCurve: 'prime256v1', privateKeyEncoding: { type: 'sec1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } }).privateKey;
/** http://user:password@host, assembled so that this file holds no such URL. */
const HTTP_URL = ['http', '://builder', ':', 'Xk4mP9qW2vLt', '@artifacts.corp.lan/repo/pkg.tgz'].join('');

async function findings(dir: string, ...args: string[]): Promise<Finding[]> {
  const r = await runCli(['scan', dir, '--format', 'json', ...args]);
  expect(r.stderr).toBe('');
  return (JSON.parse(r.stdout) as { findings: Finding[] }).findings;
}

describe('one finding per secret and place', () => {
  it('a committed key file and the key in it: one finding, the key detector kept, both policies named, its fingerprint unchanged', async () => {
    const dir = tmpDir();
    writeTree(dir, { 'deploy/server.key': KEY });
    const all = await findings(dir);
    expect(all).toHaveLength(1);
    const [f] = all as [Finding];
    expect(f).toMatchObject({ detectorId: 'private-key', path: 'deploy/server.key', line: 1, column: 1, policy: 'no-committed-credentials', severity: 'critical' });
    expect(f.policies).toEqual(['no-committed-credentials', 'credentials-from-environment']);
    // the fingerprint is the key detector's own, as a scan with that detector alone gives it
    const alone = await findings(dir, '--detector', 'private-key');
    expect(alone.map((x) => [x.fingerprint, x.policies])).toEqual([[f.fingerprint, undefined]]);
    // and the key file's policy is still checked where there is no key to fold it into
    writeTree(dir, { 'deploy/server.key': 'not a key\n', 'deploy/client.p12': Buffer.from([0x30, 0x82, 0x0a, 0x00, 0x00]) });
    expect((await findings(dir)).map((x) => [x.detectorId, x.policy, x.policies])).toEqual([['private-key-file', 'credentials-from-environment', undefined]]);
  });

  it('a URL with a password over plain http: one finding for the password that names tls-verified, at the higher severity', async () => {
    const dir = tmpDir();
    writeTree(dir, { 'deploy/settings.toml': `mirror = "${HTTP_URL}"\n` });
    const all = await findings(dir);
    expect(all.map((f) => [f.detectorId, f.line, f.column, f.policies])).toEqual([['url-credentials', 1, 26, ['no-committed-credentials', 'tls-verified']]]);
    const alone = await findings(dir, '--detector', 'url-credentials');
    expect(alone[0]?.fingerprint).toBe(all[0]?.fingerprint);
    expect(all[0]?.severity).toBe('high'); // url-credentials high, credentials-over-http medium: the higher one
    const text = await runCli(['scan', dir]);
    expect(text.stdout).toContain('[no-committed-credentials, tls-verified]');
    expect(text.stdout).not.toContain('credentials-over-http');
  });

  it('two secret detectors of different policies on one secret: one finding that names both policies', async () => {
    // a token baked into an image's ENV breaks secrets-not-in-images and no-committed-credentials
    const { GITHUB_TOKEN } = await import('../filters/example-secrets.js');
    const dir = tmpDir();
    writeTree(dir, { Dockerfile: `FROM node:20-slim\nENV GITHUB_TOKEN=${GITHUB_TOKEN}\nUSER node\n` });
    const r = await runCli(['scan', dir, '-f', 'json', '--no-repo-config']);
    const findings = (JSON.parse(r.stdout) as { findings: Finding[] }).findings;
    expect(findings).toHaveLength(1);
    expect([...(findings[0]?.policies ?? [])].sort()).toEqual(['no-committed-credentials', 'secrets-not-in-images']);
    expect(findings[0]?.policies?.[0]).toBe(findings[0]?.policy);
    // the vendor's detector keeps it (it says which key to revoke); the image's policy is named too
    expect([findings[0]?.detectorId, findings[0]?.policy]).toEqual(['github-token', 'no-committed-credentials']);
    // and in a Compose file's environment
    writeTree(dir, { Dockerfile: 'FROM node:20-slim\nUSER node\n', 'compose.yaml': `services:\n  app:\n    environment:\n      GITHUB_TOKEN: ${GITHUB_TOKEN}\n` });
    const compose = (JSON.parse((await runCli(['scan', dir, '-f', 'json', '--no-repo-config'])).stdout) as { findings: Finding[] }).findings;
    expect(compose.map((f) => [f.detectorId, f.path, [...(f.policies ?? [])].sort()])).toEqual([
      ['github-token', 'compose.yaml', ['credentials-from-environment', 'no-committed-credentials', 'secrets-not-in-images']],
    ]);
  });

  it('keeps apart what is not at the same place: a second practice finding on the line, and each URL of two', async () => {
    const dir = tmpDir();
    const second = HTTP_URL.replace('Xk4mP9qW2vLt', 'Rb7nQ2xLp5Ws').replace('artifacts', 'mirror');
    // curl's -k is a thing of its own to fix (the flag: -L follows redirects, to https too), the URL another (its password over http)
    writeTree(dir, { 'scripts/fetch.sh': `#!/bin/sh\ncurl ${'-'}kL -o pkg.tgz "${HTTP_URL}"\nwget -O b.tgz "${second}"\n` });
    const all = await findings(dir);
    expect(all.map((f) => [f.detectorId, f.line, f.policies ?? f.policy])).toEqual([
      ['tls-curl-insecure', 2, 'tls-verified'],
      ['url-credentials', 2, ['no-committed-credentials', 'tls-verified']],
      ['url-credentials', 3, ['no-committed-credentials', 'tls-verified']],
    ]);
  });

  it('folds after the filters: an allow comment for the password leaves the http finding reported on its own', async () => {
    const dir = tmpDir();
    writeTree(dir, { 'deploy/settings.toml': `mirror = "${HTTP_URL}"\n` });
    expect((await findings(dir)).map((f) => f.detectorId)).toEqual(['url-credentials']);
    writeTree(dir, { 'deploy/settings.toml': `# secret-hygiene:allow url-credentials -- a throwaway mirror account\nmirror = "${HTTP_URL}"\n` });
    const all = await findings(dir);
    expect(all.map((f) => [f.detectorId, f.policy, f.policies])).toEqual([['credentials-over-http', 'tls-verified', undefined]]);
  });

  it('history reports the key file and the key once too', async () => {
    const dir = tmpRepo({ 'deploy/server.key': KEY });
    git(dir, ['rm', '-q', 'deploy/server.key']);
    git(dir, ['commit', '-q', '-m', 'remove the key']);
    const r = await runCli(['history', dir, '--format', 'json']);
    const all = (JSON.parse(r.stdout) as { findings: Finding[] }).findings;
    expect(all.map((f) => [f.detectorId, f.policies, f.inTree])).toEqual([['private-key', ['no-committed-credentials', 'credentials-from-environment'], false]]);
  });
});
