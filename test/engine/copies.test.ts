// Identical files are scanned once: the engine reuses findings for equal bytes under paths of one
// class (pathClass). That is only right while detectors read no more of a path than the class holds.
import { describe, expect, it } from 'vitest';
import { allDetectors } from '../../detectors/index.js';
import { isVendorToken } from '../../detectors/kit/vendor-token.js';
import { compileDetectors, detectBlob, pathClass } from '../../src/engine/detect-blob.js';
import { runScan } from '../../src/engine/scan.js';
import { fileSource } from '../../src/sources/files.js';
import { tmpDir, writeTree } from '../helpers/tmp.js';

const compiled = compileDetectors(allDetectors);

describe('pathClass', () => {
  it('holds everything any detector reads from a path: equal classes give equal findings on every example', () => {
    let compared = 0;
    let kit = 0;
    for (const d of allDetectors) {
      // the vendor-token kit's detectors read a path alike (not at all): the examples of every third one stand for
      // the rest (each example is scanned by every detector, and 570 vendors' examples were a third of the scans)
      if (isVendorToken(d) && kit++ % 3 !== 0) continue;
      const examples = [...d.examples.positive, ...d.examples.negative, ...(d.examples.knownMisses ?? [])];
      for (const ex of examples) {
        const name = ex.path ?? 'example.txt';
        const bytes = Buffer.from(ex.text);
        const variants = [name, `app/${name}`, `deep/er/folder/${name}`, `logs/${name}`, `.git/${name}`];
        const outcomes = new Map<string, { outcome: ReturnType<typeof detectBlob>; json: string }>(); // each variant scanned once
        const outcome = (path: string): { outcome: ReturnType<typeof detectBlob>; json: string } => {
          let found = outcomes.get(path);
          if (!found) {
            const o = detectBlob(compiled, path, bytes);
            outcomes.set(path, (found = { outcome: o, json: JSON.stringify(o) }));
          }
          return found;
        };
        for (const a of variants) {
          for (const b of variants) {
            if (a >= b || pathClass(compiled, a) !== pathClass(compiled, b)) continue;
            compared++;
            // the serialized outcomes first (a deep toEqual on ~20,000 pairs was most of this test's time),
            // and toEqual's own diff when they differ
            if (outcome(b).json !== outcome(a).json) expect(outcome(b).outcome, `${d.id}: ${a} vs ${b}`).toEqual(outcome(a).outcome);
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('tells the root from a folder and a log folder from another', () => {
    expect(pathClass(compiled, '.gitignore')).not.toBe(pathClass(compiled, 'sub/.gitignore'));
    expect(pathClass(compiled, 'logs/app.txt')).not.toBe(pathClass(compiled, 'src/app.txt'));
    expect(pathClass(compiled, 'a/index.js')).toBe(pathClass(compiled, 'b/c/index.js'));
  });
});

describe('identical files in one scan', () => {
  it('are each reported, at their own path, whether a worker or this thread scanned the first', async () => {
    const token = (allDetectors.find((d) => d.id === 'github-token')?.examples.positive[0]?.text ?? '').match(/ghp_\w+/)?.[0];
    const body = `${'const filler = computeSomething(input, options);\n'.repeat(20)}const t = "${token}";\n`;
    const dir = tmpDir();
    const files: Record<string, string> = { '.gitignore': '.env\n', 'vendor/a/.gitignore': '', 'vendor/b/.gitignore': '' };
    for (const copy of ['one', 'two', 'three']) files[`${copy}/lib/client.js`] = body;
    writeTree(dir, files);
    const result = await runScan(fileSource({ paths: [dir], maxFileSize: 1 << 20 }), { detectors: allDetectors, workers: false });
    const found = result.findings.map((f) => `${f.detectorId} ${f.path}:${f.line}`).sort();
    expect(found).toEqual(['github-token one/lib/client.js:21', 'github-token three/lib/client.js:21', 'github-token two/lib/client.js:21']);
    expect(result.stats.filesScanned).toBe(6);
  });
});
