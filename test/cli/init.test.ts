import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allDetectors } from '../../detectors/index.js';
import { validateConfig } from '../../src/config/schema.js';
import { parseSecretsIgnore } from '../../src/filters/secretsignore.js';
import { runCli } from '../helpers/run-cli.js';
import { tmpRepo } from '../helpers/tmp.js';
import { GITHUB_TOKEN } from '../filters/example-secrets.js';

const FILES = ['.secret-hygiene.json', '.secretsignore', '.secrets-baseline.json'];

describe('secret-hygiene init', () => {
  it('writes a commented config, a commented .secretsignore and a baseline of current findings', async () => {
    const repo = tmpRepo({ 'src/a.js': `t = "${GITHUB_TOKEN}"\n` });
    const r = await runCli(['init'], { cwd: repo });
    expect(r.code).toBe(0);
    for (const f of FILES) expect(r.stdout).toContain(`wrote ${f}`);
    expect(r.stdout).toMatch(/still exposed: rotate/);
    const config = JSON.parse(readFileSync(join(repo, '.secret-hygiene.json'), 'utf8')) as Record<string, unknown>;
    expect(config.$comment).toBeDefined();
    expect(config.baseline).toBe('.secrets-baseline.json');
    expect(() => validateConfig(config, 'c', 'c', allDetectors)).not.toThrow();
    const ignore = readFileSync(join(repo, '.secretsignore'), 'utf8');
    expect(ignore).toMatch(/^# \.secretsignore/);
    expect(parseSecretsIgnore(ignore, 'i', new Set(allDetectors.map((d) => d.id)))).toEqual({ paths: [], detectors: [], fingerprints: [] });
    const baseline = JSON.parse(readFileSync(join(repo, '.secrets-baseline.json'), 'utf8')) as { findings: { path: string; detector: string }[] };
    expect(baseline.findings).toContainEqual(expect.objectContaining({ path: 'src/a.js', detector: 'github-token' }));
    expect(r.stdout).toContain(`${baseline.findings.length} current finding${baseline.findings.length === 1 ? '' : 's'} accepted`);
    expect(readFileSync(join(repo, '.secrets-baseline.json'), 'utf8')).not.toContain(GITHUB_TOKEN);
    expect((await runCli(['scan'], { cwd: repo })).code).toBe(0);
  });

  it('keeps existing files unless --force', async () => {
    const repo = tmpRepo({ 'a.txt': 'hello\n' });
    writeFileSync(join(repo, '.secretsignore'), 'mine/\n');
    const r = await runCli(['init', repo]);
    expect(r.stdout).toMatch(/kept .*\.secretsignore \(exists; --force replaces it\)/);
    expect(readFileSync(join(repo, '.secretsignore'), 'utf8')).toBe('mine/\n');
    const again = await runCli(['init', repo]);
    expect(again.stdout).toMatch(/kept .*\.secret-hygiene\.json/);
    expect(again.stdout).toMatch(/kept .*\.secrets-baseline\.json \(exists; run 'secret-hygiene baseline update'/);
    await runCli(['init', repo, '--force']);
    expect(readFileSync(join(repo, '.secretsignore'), 'utf8')).toMatch(/^# \.secretsignore/);
  });

  it('--hook installs the pre-commit hook through `hook install`', async () => {
    const repo = tmpRepo({ 'a.txt': 'hello\n' });
    const r = await runCli(['init', '--hook'], { cwd: repo });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('installed the pre-commit hook');
    expect(existsSync(join(repo, '.git', 'hooks', 'pre-commit'))).toBe(true);
  });

  it('--force replaces files atomically: the mode is kept, no temporary file is left, the hook is executable', async () => {
    const repo = tmpRepo({ 'a.txt': 'hello\n' });
    writeFileSync(join(repo, '.secretsignore'), 'mine/\n', { mode: 0o600 });
    const r = await runCli(['init', '--force', '--hook'], { cwd: repo });
    expect(r.code).toBe(0);
    expect(statSync(join(repo, '.secretsignore')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(repo, '.secretsignore'), 'utf8')).toMatch(/^# \.secretsignore/);
    expect(readdirSync(repo).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(statSync(join(repo, '.git', 'hooks', 'pre-commit')).mode & 0o777).toBe(0o755);
    expect(readdirSync(join(repo, '.git', 'hooks')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a file as the folder', async () => {
    const repo = tmpRepo({ 'a.txt': 'hello\n' });
    const r = await runCli(['init', join(repo, 'a.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/init needs a folder/);
  });
});
