// The bundled CLI writing into a pipe whose reader leaves early (`secret-hygiene scan | head`): the
// rest of the report is dropped without a stack trace, and the exit code still says what was found.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT } from '../helpers/built.js';
import { tmpDir, writeTree } from '../helpers/tmp.js';

const ROOT = resolve(import.meta.dirname, '../..');

describe.skipIf(!BUILT)('stdout closed by its reader (needs npm run build)', () => {
  it('ends quietly with the findings exit code', async () => {
    // findings without a secret are not folded by secret: 1,000 of them write about 180 KB, more
    // than a pipe holds, so the CLI is still writing when its reader leaves
    const dir = tmpDir();
    const files: Record<string, string> = {};
    for (let i = 0; i < 1000; i++) files[`src/f${i}.py`] = 'r = requests.get(url, verify=False)\n';
    writeTree(dir, files);
    // as a shell runs `secret-hygiene scan | head -c 100`: head leaves after 100 bytes
    const script = `node "$0" scan "$1" | head -c 100 > /dev/null; exit \${PIPESTATUS[0]}`;
    const child = spawn('bash', ['-c', script, join(ROOT, 'bin/secret-hygiene.js'), dir], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });
});
