// Issue 13 item 6: a custom detector's pattern must not hang a command. Catastrophic patterns are
// rejected when the config loads (recheck, as the built-in patterns are in test/detectors/redos.test.ts),
// and any custom detector gives up on a file after its time limit, even inside one RegExp exec.
// A runaway RegExp blocks its thread, so no test timeout can end it in-process: the command runs in a
// child process (the CLI bundled from the sources) that is killed after CHILD_LIMIT_MS.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { patternDetector, setOverrunListener, type DetectorOverrun } from '../../detectors/kit/pattern.js';
import type { Match } from '../../src/types.js';
import { tmpDir, writeTree } from '../helpers/tmp.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHILD_LIMIT_MS = 15_000;
const REPRO = { id: 'aaa-thing', title: 'AAA', pattern: 'aaa((a+)+)b', keywords: ['aaa'], severity: 'high' };
const HOSTILE = `x = ${'a'.repeat(40)}!\n`;

let bundle = '';
beforeAll(async () => {
  // beside node_modules, so that the bundle's external packages resolve
  const cache = join(ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  bundle = join(mkdtempSync(join(cache, 'redos-custom-')), 'cli.mjs');
  await build({ entryPoints: [join(ROOT, 'src/cli/main.ts')], outfile: bundle, bundle: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external', logLevel: 'error', define: { __SECRET_HYGIENE_VERSION__: '"0.0.0-test"' } });
});
afterAll(() => rmSync(join(bundle, '..'), { recursive: true, force: true }));

/** Runs the CLI in a child process in `dir`; killed (status null) after CHILD_LIMIT_MS. */
function runChild(dir: string, args: readonly string[]): { status: number | null; stdout: string; stderr: string; ms: number } {
  const script = `import(${JSON.stringify(bundle)}).then((m) => m.main(${JSON.stringify(args)})).then((code) => { process.exitCode = code; });`;
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8', timeout: CHILD_LIMIT_MS, killSignal: 'SIGKILL', env: { PATH: process.env.PATH ?? '' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - started };
}

function folder(custom: readonly unknown[], files: Record<string, string>): string {
  const dir = tmpDir();
  writeTree(dir, { ...files, '.secret-hygiene.json': JSON.stringify({ detectors: { custom } }) });
  return dir;
}

describe('custom detector patterns that backtrack catastrophically', () => {
  afterEach(() => setOverrunListener(undefined));

  it('the repro: scan exits 2 at once with one line naming the file and the key', { timeout: 20_000 }, () => {
    const r = runChild(folder([REPRO], { 'a.txt': HOSTILE }), ['scan', '.', '-q']);
    expect(r.status).toBe(2);
    expect(r.ms).toBeLessThan(8000); // node, the bundle and recheck start in ~1 s; the old code never ends
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/\.secret-hygiene\.json: detectors\.custom\[0\]\.pattern: can backtrack catastrophically \(e\.g\. on "aaaa…b"\): rewrite the nested quantifier/);
  });

  it('a safe custom pattern still loads and finds its match; one the analyser lets through gives up on a hostile file', { timeout: 20_000 }, () => {
    const safe = { ...REPRO, pattern: '\\b(aaa_[a-f0-9]{32})\\b', keywords: ['aaa_'] };
    // cubic, not exponential: recheck finds it polynomial, so it loads, and 20,000 digits take hours
    const slow = { ...REPRO, id: 'slow-thing', pattern: 'aaa=(\\d+\\d*\\d*)!', keywords: ['aaa='] };
    const secret = `aaa_${'3f9c2b7d1e8a4c6f'.repeat(2)}`; // built at run time: the project scans itself
    const dir = folder([safe, slow], { 'a.txt': `token = ${secret}\n${HOSTILE}`, 'b.txt': `aaa=${'1'.repeat(20_000)}\n` });
    const r = runChild(dir, ['scan', '.', '-f', 'json']);
    expect(r.status).toBe(1);
    expect(r.ms).toBeLessThan(8000);
    const report = JSON.parse(r.stdout) as { findings: { detectorId: string; path: string; line: number }[]; warnings: { path: string; message: string }[] };
    expect(report.findings.map((f) => [f.detectorId, f.path, f.line])).toEqual([['aaa-thing', 'a.txt', 1]]);
    expect(r.stdout).not.toContain(secret);
    // the overrun is a warning of the scan, in the report (and so in every format)
    expect(report.warnings).toEqual([{ path: 'b.txt', message: expect.stringMatching(/^detector slow-thing gave up on b\.txt after \d+ ms \(its time limit per file\)/) }]);
    expect(r.stderr).not.toContain(secret);
  });

  it('a detector that runs past its time limit gives up on the file, even inside one exec, and says so', { timeout: 20_000 }, () => {
    const overruns: DetectorOverrun[] = [];
    setOverrunListener((o) => overruns.push(o));
    // what the load-time analyser rejects, compiled directly to stand for one it lets through; 32
    // characters, not 40: the old matcher then fails in ~6 s (2^32 steps) rather than never ending
    const detector = patternDetector({ ...REPRO, severity: 'high', pattern: /aaa((a+)+)b/, allowPlaceholders: true, timeLimitMs: 100, remediation: 'x', examples: { positive: [], negative: [] } });
    const started = performance.now();
    const found: Match[] = [...detector.detect({ path: 'slow.txt', text: `aaaaaaaab\nx = ${'a'.repeat(32)}!\n` })];
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(2000);
    expect(overruns).toEqual([{ detector: 'aaa-thing', path: 'slow.txt', ms: expect.any(Number) }]);
    expect(overruns[0]?.ms).toBeGreaterThanOrEqual(90);
    // the match found before the runaway one is kept
    expect(found.map((m) => [m.start, m.end])).toEqual([[3, 8]]);
  });
});
