// Issue 13 item 5, "the repository must not blind the gate": a scanned repository's own settings
// (.secret-hygiene.json, .secretsignore, allow comments) may narrow a scan, but never silently —
// every report says what narrowed it — and `--no-repo-config` makes the gate ignore them, except a
// committed baseline.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POLICY_IDS } from '../../src/config/policies.js';
import type { Narrowing } from '../../src/types.js';
import { GITHUB_TOKEN } from '../filters/example-secrets.js';
import { runCli } from '../helpers/run-cli.js';
import { sarifErrors } from '../helpers/sarif-schema.js';
import { git, tmpDir, tmpRepo, writeTree } from '../helpers/tmp.js';

const APP = { 'src/app.js': `export const token = "${GITHUB_TOKEN}";\n`, '.gitignore': '.env\n' };

interface JsonReport {
  findings: { detectorId: string }[];
  narrowing: Narrowing[];
}
interface SarifLog {
  runs: { results: unknown[]; properties: { narrowing: Narrowing[] }; invocations: { toolConfigurationNotifications: { level: string; message: { text: string } }[] }[] }[];
}

/** A committed repository holding a fake token, plus the settings under test. */
function blindedRepo(settings: Record<string, string>): string {
  return tmpRepo({ ...APP, ...settings });
}

/** One scan writing text (stdout), JSON and SARIF. */
async function scanAll(repo: string, extra: readonly string[] = []): Promise<{ code: number; text: string; json: JsonReport; sarif: SarifLog; stderr: string }> {
  const out = tmpDir();
  const [json, sarif] = [join(out, 'r.json'), join(out, 'r.sarif')];
  const r = await runCli(['scan', ...extra, '-f', 'text', '-o', '-', '-f', 'json', '-o', json, '-f', 'sarif', '-o', sarif], { cwd: repo });
  return { code: r.code, text: r.stdout, stderr: r.stderr, json: JSON.parse(readFileSync(json, 'utf8')) as JsonReport, sarif: JSON.parse(readFileSync(sarif, 'utf8')) as SarifLog };
}

const config = (value: object): string => `${JSON.stringify(value, null, 2)}\n`;

const CASES: { name: string; settings: Record<string, string>; says: RegExp; entry: Partial<Narrowing> }[] = [
  {
    name: 'a config that disables every policy',
    settings: { '.secret-hygiene.json': config({ policies: { disable: POLICY_IDS } }) },
    says: /Narrowed by repository settings: \.secret-hygiene\.json disables 9 policies — run with --no-repo-config to ignore them/,
    entry: { kind: 'policies-disabled', controlledBy: 'repository', source: '.secret-hygiene.json', ids: [...POLICY_IDS] },
  },
  {
    name: 'a config that ignores "**"',
    settings: { '.secret-hygiene.json': config({ ignore: ['**'] }) },
    says: /Narrowed by repository settings: \.secret-hygiene\.json excluded 3 files — run with --no-repo-config/,
    entry: { kind: 'paths-ignored', controlledBy: 'repository', source: '.secret-hygiene.json', files: 3 },
  },
  {
    name: 'a config that lowers maxFileSize to "1"',
    settings: { '.secret-hygiene.json': config({ maxFileSize: '1' }) },
    says: /Narrowed by repository settings: 3 files over 1 B skipped \(limit from \.secret-hygiene\.json\)/,
    entry: { kind: 'oversize', controlledBy: 'repository', source: '.secret-hygiene.json', files: 3, limit: 1 },
  },
  {
    name: 'a .secretsignore of "**"',
    settings: { '.secretsignore': '**\n' },
    says: /Narrowed by repository settings: \.secretsignore excluded 3 files — run with --no-repo-config/,
    entry: { kind: 'paths-ignored', controlledBy: 'repository', source: '.secretsignore', files: 3 },
  },
  {
    name: 'an allow comment on the secret',
    settings: { 'src/app.js': `export const token = "${GITHUB_TOKEN}"; // secret-hygiene:allow\n` },
    says: /Narrowed by repository settings: 1 finding allowed inline — run with --no-repo-config to ignore them/,
    entry: { kind: 'inline-allow', controlledBy: 'repository', source: 'allow comments', findings: 1 },
  },
];

describe('a repository cannot blind the gate', () => {
  for (const c of CASES) {
    it(`${c.name}: every report says so, the audit is not "Clean", and --no-repo-config reports the token`, async () => {
      const repo = blindedRepo(c.settings);

      const narrowed = await scanAll(repo);
      expect(narrowed.stderr).toBe('');
      expect(narrowed.code).toBe(0);
      expect(narrowed.json.findings).toEqual([]);
      expect(narrowed.text).toMatch(c.says);
      expect(narrowed.json.narrowing).toContainEqual(expect.objectContaining(c.entry));
      const run = narrowed.sarif.runs[0];
      expect(run?.properties.narrowing).toEqual(narrowed.json.narrowing);
      const notes = run?.invocations[0]?.toolConfigurationNotifications ?? [];
      expect(notes.some((n) => n.level === 'warning')).toBe(true);
      expect(sarifErrors(narrowed.sarif)).toEqual([]);

      const audit = await runCli(['audit'], { cwd: repo });
      expect(audit.code).toBe(0);
      expect(audit.stdout).not.toContain('Clean');
      expect(audit.stdout).toMatch(/found in what was scanned|Not checked: switched off/);
      expect(audit.stdout).toContain('Not scanned');
      // nor do the posture checks that come from the detectors claim "none found"
      expect(audit.stdout).not.toMatch(/ok +No (committed|containers|places)/);

      const strict = await scanAll(repo, ['--no-repo-config']);
      expect(strict.stderr).toBe('');
      expect(strict.code).toBe(1);
      expect(strict.json.findings.map((f) => f.detectorId)).toContain('github-token');
      expect(strict.json.narrowing.filter((n) => n.controlledBy === 'repository')).toEqual([]);
      expect(strict.text).not.toContain('Narrowed by repository settings');
      for (const text of [narrowed.text, strict.text, JSON.stringify(strict.json), JSON.stringify(strict.sarif), audit.stdout]) expect(text).not.toContain(GITHUB_TOKEN);

      const strictAudit = await runCli(['audit', '--no-repo-config', '--format', 'json'], { cwd: repo });
      expect(strictAudit.code).toBe(1);
      expect((JSON.parse(strictAudit.stdout) as { findings: { detectorId: string }[] }).findings.map((f) => f.detectorId)).toContain('github-token');
    });
  }

  it('--no-repo-config still applies a committed baseline (the config\'s "baseline" key), and counts what it accepted', async () => {
    const repo = tmpRepo(APP);
    expect((await runCli(['baseline', 'create'], { cwd: repo })).code).toBe(0);
    // the baseline is committed; the config also tries to blind the gate in every other way
    writeTree(repo, {
      '.secret-hygiene.json': config({ baseline: '.secrets-baseline.json', ignore: ['**'], policies: { disable: POLICY_IDS } }),
      '.secretsignore': '**\n',
    });
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-q', '-m', 'adopt']);

    const strict = await scanAll(repo, ['--no-repo-config']);
    expect(strict.stderr).toBe('');
    expect(strict.code).toBe(0);
    expect(strict.json.findings).toEqual([]);
    expect(strict.json.narrowing).toEqual([{ kind: 'baseline', controlledBy: 'repository', source: '.secrets-baseline.json', findings: 1 }]);
    expect(strict.text).toMatch(/no findings; 1 suppressed \(1 baseline\)/);
    expect(strict.text).toContain('Narrowed by repository settings: 1 finding accepted by the baseline .secrets-baseline.json\n');

    // a new secret is still caught; --no-baseline drops the baseline too
    writeTree(repo, { 'src/new.js': `export const again = "${GITHUB_TOKEN}";\n` });
    expect((await runCli(['scan', '--no-repo-config'], { cwd: repo })).code).toBe(1);
    expect((await runCli(['scan', '--no-repo-config', '--no-baseline', 'src/app.js'], { cwd: repo })).code).toBe(1);
  });

  it('--no-repo-config still reads the files the user names (--config, --ignore-file), as the user\'s settings', async () => {
    const repo = blindedRepo({ '.secretsignore': '**\n' });
    const mine = join(tmpDir(), 'ci.json');
    writeFileSync(mine, config({ detectors: { disable: ['github-token', 'generic-secret-assignment'] } }));
    const r = await scanAll(repo, ['--no-repo-config', '--config', mine]);
    expect(r.code).toBe(0);
    expect(r.json.narrowing).toContainEqual(expect.objectContaining({ kind: 'detectors-disabled', controlledBy: 'user', ids: ['github-token', 'generic-secret-assignment'] }));
    expect(r.json.narrowing.some((n) => n.source === '.secretsignore')).toBe(false);
    expect(r.text).not.toContain('Narrowed by repository settings');
  });

  it('history and staged take --no-repo-config too', async () => {
    const repo = blindedRepo({ '.secretsignore': '**\n' });
    const history = await runCli(['history'], { cwd: repo });
    expect(history.code).toBe(0);
    expect(history.stdout).toMatch(/Narrowed by repository settings: \.secretsignore excluded \d+ files/);
    expect((await runCli(['history', '--no-repo-config'], { cwd: repo })).code).toBe(1);

    writeTree(repo, { 'src/staged.js': `export const t = "${GITHUB_TOKEN}";\n` });
    git(repo, ['add', 'src/staged.js']);
    const staged = await runCli(['staged'], { cwd: repo });
    expect(staged.code).toBe(0);
    expect(staged.stdout).toContain('Narrowed by repository settings: .secretsignore excluded 1 file');
    expect((await runCli(['staged', '--no-repo-config'], { cwd: repo })).code).toBe(1);
  });
});
