// Worker threads must not change results: the bundled CLI (which uses the pool once a scan passes
// 8 MiB) and the in-process engine (never) report the same findings, counts and warnings on the
// same tree, and a worker that reads working-tree files itself gives what the main thread would.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { allDetectors } from '../../detectors/index.js';
import { githubToken } from '../../detectors/secrets/ci-and-dev-tools/github.js';
import { DEFAULT_ARCHIVE_DEPTH, setArchiveDepth } from '../../src/engine/archive.js';
import { CopyTable } from '../../src/engine/copy-table.js';
import { compileDetectors } from '../../src/engine/detect-blob.js';
import { createDetectPool, defaultPoolSize, setWorkerScript } from '../../src/engine/pool.js';
import { readAndScan, type FileResult } from '../../src/engine/read-and-scan.js';
import { zipOf } from '../helpers/archives.js';
import { runCli } from '../helpers/run-cli.js';
import { tmpDir, writeTree } from '../helpers/tmp.js';

const ROOT = resolve(import.meta.dirname, '../..');
const WORKER = join(ROOT, 'dist/worker.cjs');
const BUILT = existsSync(WORKER);
const TOKEN = (githubToken.examples.positive[0] as { text: string }).text.match(/ghp_\w+/)?.[0] as string;
const FILLER = 'const value = computeSomething(input, options); // nothing secret here\n'.repeat(900);

/** A tree past the pool threshold whose last folder (walked once workers run) holds every kind of file. */
function buildTree(): string {
  const dir = tmpDir();
  const files: Record<string, string | Buffer> = {};
  for (let i = 0; i < 200; i++) files[`a/f${String(i).padStart(3, '0')}.js`] = `// file ${i}\n${FILLER}`; // ~13 MB, no two alike
  for (let i = 0; i < 40; i++) files[`z/t${String(i).padStart(2, '0')}.js`] = `// ${i}\n${FILLER.slice(0, 2000 + i)}const t = "${TOKEN}";\n`;
  const copy = `${FILLER.slice(0, 3000)}const t = "${TOKEN}";\n`;
  for (const p of ['z/copy/a.js', 'z/copy/b.js', 'z/copy/nested/a.js', 'z/copy/.env']) files[p] = copy;
  files['z/image.bin'] = Buffer.concat([Buffer.from(`token ${TOKEN}\n`), Buffer.alloc(64), Buffer.from(FILLER.slice(0, 500))]);
  files['z/big/terraform.tfstate'] = `{"version": 4}\n${' '.repeat(300 * 1024)}\n`;
  // archives: one layer is opened (the scan's --max-archive-depth 1, which workers must honour too), a second is not
  const inner = zipOf([{ name: '.env', data: `GITHUB_TOKEN=${TOKEN}\n` }]);
  files['z/bundle.zip'] = inner;
  files['z/nested.zip'] = zipOf([{ name: 'inner.zip', data: inner, method: 0 }]);
  writeTree(dir, files);
  symlinkSync(join(dir, 'z/t00.js'), join(dir, 'z/link-inside.js'));
  symlinkSync('/etc/hostname', join(dir, 'z/link-outside'));
  execFileSync('mkfifo', [join(dir, 'z/pipe')]);
  return dir;
}

describe.skipIf(!BUILT)('worker pool (needs npm run build)', () => {
  afterAll(() => setWorkerScript(undefined));

  it('gives the same findings, counts and warnings as the in-thread engine on a tree larger than the pool threshold', async () => {
    const dir = buildTree();
    const args = ['scan', dir, '-f', 'json', '--max-file-size', '200KiB', '--max-archive-depth', '1'];
    const child = spawnSync('node', [join(ROOT, 'bin/secret-hygiene.js'), ...args], { encoding: 'utf8', env: { ...process.env, SECRET_HYGIENE_WORKERS: '2' } });
    expect(child.status).toBe(1);
    const inThread = await runCli(args);
    const comparable = (s: string) => {
      const report = JSON.parse(s) as { findings: unknown[]; stats: Record<string, unknown>; warnings: unknown[] };
      const { durationMs: _, ...stats } = report.stats;
      return { findings: report.findings, stats, warnings: report.warnings };
    };
    const viaWorkers = comparable(child.stdout);
    expect(viaWorkers).toEqual(comparable(inThread.stdout));
    const paths = (viaWorkers.findings as { path: string }[]).map((f) => f.path);
    expect(paths.filter((p) => /^z\/t\d\d\.js$/.test(p))).toHaveLength(40);
    expect(paths).toEqual(expect.arrayContaining(['z/copy/a.js', 'z/copy/b.js', 'z/copy/nested/a.js', 'z/copy/.env', 'z/big/terraform.tfstate', 'z/bundle.zip!/.env']));
    expect(paths.filter((p) => p.startsWith('z/nested.zip'))).toEqual([]);
    expect(viaWorkers.stats).toMatchObject({ filesScanned: 246, skipped: { binary: 1, oversize: 1, symlink: 1, 'symlink-outside-root': 1 } });
  });

  it('reads and scans working-tree files in a worker as the main thread does', async () => {
    const dir = buildTree();
    setWorkerScript(pathToFileURL(WORKER));
    setArchiveDepth(1); // the pool hands the scan's archive depth to its workers
    const pool = createDetectPool(allDetectors, new Set(allDetectors.map((d) => d.id)), new CopyTable().share(), 1);
    expect(pool).toBeDefined();
    const paths = ['z/t00.js', 'z/copy/a.js', 'z/copy/nested/a.js', 'z/image.bin', 'z/big/terraform.tfstate', 'z/link-inside.js', 'z/link-outside', 'z/pipe', 'z/missing.js', 'z/nested.zip'];
    const refs = paths.map((path) => ({ root: dir, path, maxBytes: 200 * 1024 }));
    let results: FileResult[];
    try {
      results = await pool!.detectFiles(refs);
    } finally {
      await pool!.close();
    }
    setArchiveDepth(DEFAULT_ARCHIVE_DEPTH);
    const [nested] = results.slice(-1) as unknown as [{ outcome: { findings: unknown[] } }];
    expect(nested.outcome.findings).toEqual([]); // its inner zip is a second layer
    setArchiveDepth(1);
    // the same steps in this thread, claiming in a table of its own in the same order
    const compiled = compileDetectors(allDetectors);
    const copies = new CopyTable();
    const expected = refs.map((ref) => readAndScan(ref, compiled, copies));
    setArchiveDepth(DEFAULT_ARCHIVE_DEPTH);
    expect(results).toEqual(expected);
    expect(results.map((r) => (r === null ? null : 'skip' in r ? r.skip : 'copyOf' in r ? 'copy' : r.outcome.kind))).toEqual([
      'scanned', 'scanned', 'copy', 'binary', 'oversize', 'symlink', 'symlink-outside-root', null, null, 'scanned',
    ]);
    const [first, copy] = results.slice(1, 3) as unknown as [{ slot: number; outcome: { findings: unknown[] } }, { copyOf: number }];
    expect(copy.copyOf).toBe(first.slot);
    expect(first.outcome.findings.length).toBeGreaterThan(0);
  });
});

describe('defaultPoolSize', () => {
  it('uses no worker on two cores, one fewer than the cores above, fewer again for the source, and SECRET_HYGIENE_WORKERS when set', () => {
    expect(defaultPoolSize({}, 0, 1)).toBe(0);
    expect(defaultPoolSize({}, 0, 2)).toBe(0);
    expect(defaultPoolSize({}, 1, 2)).toBe(0);
    expect(defaultPoolSize({}, 0, 4)).toBe(3);
    expect(defaultPoolSize({}, 1, 8)).toBe(6);
    expect(defaultPoolSize({ SECRET_HYGIENE_WORKERS: '2' }, 0, 2)).toBe(2);
    expect(defaultPoolSize({ SECRET_HYGIENE_WORKERS: '0' }, 0, 16)).toBe(0);
    expect(defaultPoolSize({ SECRET_HYGIENE_WORKERS: 'many' }, 0, 4)).toBe(3);
  });
});
