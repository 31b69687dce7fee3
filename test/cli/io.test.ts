// The bundled CLI writing into a pipe whose reader leaves early (`secret-hygiene scan | head`): the
// rest of the report is dropped without a stack trace, and the exit code still says what was found.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { githubToken } from '../../detectors/secrets/ci-and-dev-tools/github.js';
import { tmpDir, writeTree } from '../helpers/tmp.js';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILT = existsSync(join(ROOT, 'dist/cli.cjs'));
const TOKEN = (githubToken.examples.positive[0] as { text: string }).text.match(/ghp_\w+/)?.[0] as string;

describe.skipIf(!BUILT)('stdout closed by its reader (needs npm run build)', () => {
  it('ends quietly with the findings exit code', async () => {
    const dir = tmpDir();
    const files: Record<string, string> = {};
    for (let i = 0; i < 3000; i++) files[`src/f${i}.js`] = `const token = "${TOKEN}";\n`;
    writeTree(dir, files);
    const child = spawn('node', [join(ROOT, 'bin/secret-hygiene.js'), 'scan', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.stdout.once('data', () => child.stdout.destroy()); // the reader takes one chunk and leaves
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });
});
