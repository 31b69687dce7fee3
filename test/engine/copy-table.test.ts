// The table every thread claims identical files in: one first claim per (content, path class) key,
// in one thread or several at once.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { CopyTable, MIN_COPY_BYTES } from '../../src/engine/copy-table.js';

const content = (i: number): Buffer => Buffer.from(`file number ${i}\n${'x'.repeat(MIN_COPY_BYTES)}`);

describe('copy table', () => {
  it('gives the first claim of a key, and its slot to every later claim', () => {
    const table = new CopyTable();
    const first = table.claim(content(1), () => 'a.js');
    expect(first).toMatchObject({ first: true });
    expect(first.slot).toBeGreaterThanOrEqual(0);
    expect(table.claim(content(1), () => 'a.js')).toEqual({ slot: first.slot, first: false });
    expect(table.claim(Buffer.from(content(1)), () => 'a.js')).toEqual({ slot: first.slot, first: false }); // equal bytes, another buffer
  });

  it('keeps keys apart by content and by path class', () => {
    const table = new CopyTable();
    const a = table.claim(content(1), () => 'a.js');
    const b = table.claim(content(2), () => 'a.js');
    const c = table.claim(content(1), () => 'b.js');
    expect([a.first, b.first, c.first]).toEqual([true, true, true]);
    expect(new Set([a.slot, b.slot, c.slot]).size).toBe(3);
  });

  it('does not track files smaller than the threshold (nor ask for their class)', () => {
    const table = new CopyTable();
    const small = Buffer.alloc(MIN_COPY_BYTES - 1, 'a');
    const ask = () => {
      throw new Error('class asked for');
    };
    expect(table.claim(small, ask)).toEqual({ slot: -1, first: true });
    expect(table.claim(small, ask)).toEqual({ slot: -1, first: true });
  });

  it('finds every key again among 20,000 (slots probed past collisions)', () => {
    const table = new CopyTable();
    const slots = Array.from({ length: 20_000 }, (_, i) => table.claim(content(i), () => 'x').slot);
    expect(new Set(slots).size).toBe(20_000);
    const again = Array.from({ length: 20_000 }, (_, i) => table.claim(content(i), () => 'x'));
    expect(again.every((c, i) => !c.first && c.slot === slots[i])).toBe(true);
  });

  const ENGINE = join(resolve(import.meta.dirname, '../..'), 'dist/engine.js');
  it.skipIf(!existsSync(ENGINE))('gives one first claim per key across threads claiming at once (needs npm run build)', async () => {
    const table = new CopyTable();
    const code = `
      const { parentPort, workerData } = require('node:worker_threads');
      import(workerData.engine).then(({ CopyTable }) => {
        const table = new CopyTable(workerData.shared);
        const out = [];
        for (let i = 0; i < 5000; i++) {
          const bytes = Buffer.from('file number ' + i + '\\n' + 'x'.repeat(300));
          const c = table.claim(bytes, () => 'x');
          out.push(c.first ? c.slot : -2 - c.slot);
        }
        parentPort.postMessage(out);
      });`;
    const run = () =>
      new Promise<number[]>((done, fail) => {
        const worker = new Worker(code, { eval: true, workerData: { engine: pathToFileURL(ENGINE).href, shared: table.share() } });
        worker.once('message', done);
        worker.once('error', fail);
      });
    const [a, b, c] = await Promise.all([run(), run(), run()]);
    for (let i = 0; i < 5000; i++) {
      const claims = [a[i], b[i], c[i]] as number[];
      const firsts = claims.filter((x) => x >= 0);
      expect(firsts).toHaveLength(1); // exactly one thread scans the file
      expect(claims.every((x) => x === firsts[0] || -2 - x === firsts[0])).toBe(true); // the others got its slot
    }
  });
});
