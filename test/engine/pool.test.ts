// Worker threads must not change results: the bundled CLI (which uses the pool once a scan passes
// 8 MiB) and the in-process engine (never) report the same findings on the same tree.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { githubToken } from '../../detectors/secrets/github.js';
import { runCli } from '../helpers/run-cli.js';
import { tmpDir, writeTree } from '../helpers/tmp.js';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILT = existsSync(join(ROOT, 'dist/worker.js'));
const TOKEN = (githubToken.examples.positive[0] as { text: string }).text.match(/ghp_\w+/)?.[0] as string;

describe.skipIf(!BUILT)('worker pool (needs npm run build)', () => {
  it('gives the same findings as the in-thread engine on a tree larger than the pool threshold', async () => {
    const dir = tmpDir();
    const filler = 'const value = computeSomething(input, options); // nothing secret here\n'.repeat(2000);
    const files: Record<string, string> = {};
    for (let i = 0; i < 120; i++) files[`src/f${String(i).padStart(3, '0')}.js`] = i % 17 === 0 ? `${filler}const t = "${TOKEN}";\n` : filler;
    writeTree(dir, files);
    const child = spawnSync('node', [join(ROOT, 'bin/secret-hygiene.js'), 'scan', dir, '-f', 'json'], { encoding: 'utf8', env: { ...process.env, SECRET_HYGIENE_WORKERS: '2' } });
    expect(child.status).toBe(1);
    const viaCli = child.stdout;
    const inThread = await runCli(['scan', dir, '-f', 'json']);
    const strip = (s: string) => (JSON.parse(s) as { findings: unknown[] }).findings;
    expect(strip(viaCli)).toEqual(strip(inThread.stdout));
    expect(strip(viaCli)).toHaveLength(8);
  });
});
