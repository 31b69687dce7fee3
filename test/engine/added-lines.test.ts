// A staged file scanned only around its added lines must report, on those lines, exactly what a
// whole-file scan reports there (what the pre-commit hook keeps of it).
import { describe, expect, it } from 'vitest';
import { allDetectors } from '../../detectors/index.js';
import { detectAround } from '../../src/engine/added-lines.js';
import { compileDetectors, detectBlob, type BlobOutcome } from '../../src/engine/detect-blob.js';
import { lineRanges } from '../../src/sources/git-staged.js';
import { mulberry32 } from '../helpers/random.js';

const compiled = compileDetectors(allDetectors);

function example(id: string, index = 0): string {
  const text = allDetectors.find((d) => d.id === id)?.examples.positive[index]?.text;
  if (!text) throw new Error(`no example ${id}#${index}`);
  return text;
}

// (the private key example spans many lines: a change inside it must still find it whole)
const SNIPPETS = ['github-token', 'aws-access-key-id', 'private-key', 'url-credentials', 'jwt', 'generic-secret-assignment', 'tls-reject-unauthorized-disabled'].map((id) => example(id));
// logging calls judged by the lines above them: the window must reach back to them
SNIPPETS.push(example('logging-call-secret', 0), example('logging-call-secret', 1), example('logging-call-secret', 11), example('logging-call-secret', 12));
const FILLER = ['const value = compute(input, options);', 'if (!ready) return undefined;', '', '  // keep the order stable', 'logger.info(`done ${n}`);'];

/** Findings on the given lines, as the hook's filter keeps them. */
function onLines(outcome: BlobOutcome, lines: ReadonlySet<number>): string[] {
  return outcome.findings
    .filter((f) => {
      for (let l = f.line; l <= f.endLine; l++) if (lines.has(l)) return true;
      return false;
    })
    .map((f) => [allDetectors[f.detector]?.id, f.start, f.end, f.line, f.column, f.endLine, f.endColumn, f.secret ?? '', f.detail ?? '', f.lineText, f.prevLineText].join('|'))
    .sort();
}

describe('detectAround', () => {
  it('finds on the added lines what a whole-file scan finds there, over random files and changes', () => {
    let compared = 0;
    for (const path of ['src/app.js', 'deploy/config.py', 'docs/setup.md']) {
      const rand = mulberry32(path.length * 31337);
      for (let round = 0; round < 40; round++) {
        const lines: string[] = [];
        for (let i = 0; i < 400; i++) lines.push(...(rand() < 0.08 ? (SNIPPETS[Math.floor(rand() * SNIPPETS.length)] as string).split('\n') : [FILLER[Math.floor(rand() * FILLER.length)] as string]));
        const bytes = Buffer.from(lines.join('\n'));
        const added = new Set<number>();
        for (let k = 1 + Math.floor(rand() * 4); k > 0; k--) {
          const at = 1 + Math.floor(rand() * lines.length);
          for (let n = Math.floor(rand() * 6); n >= 0; n--) added.add(at + n);
        }
        const around = detectAround(compiled, path, bytes, lineRanges(bytes, added));
        const whole = detectBlob(compiled, path, bytes);
        expect(onLines(around, added), `${path} round ${round}`).toEqual(onLines(whole, added));
        compared += onLines(whole, added).length;
      }
    }
    expect(compared).toBeGreaterThan(40); // the added lines held findings
  });

  it('scans only windows around the added lines of a long file', () => {
    const bytes = Buffer.from(Array.from({ length: 3000 }, (_, i) => `const value${i} = compute(${i});`).join('\n'));
    const token = example('github-token');
    const edited = Buffer.from(`${bytes.toString().replace('const value1500 = compute(1500);', token)}`);
    const line = edited.toString().split('\n').findIndex((l) => l === token) + 1;
    const found = detectAround(compiled, 'src/app.js', edited, lineRanges(edited, new Set([line])));
    expect(found.findings.map((f) => allDetectors[f.detector]?.id)).toContain('github-token');
    // a finding far from the added line is not looked for
    const far = Buffer.from(`${token}\n${edited.toString()}`);
    expect(detectAround(compiled, 'src/app.js', far, lineRanges(far, new Set([2000]))).findings).toEqual([]);
  });
});

describe('lineRanges', () => {
  it('gives the byte ranges of the lines asked for, consecutive ones joined, none past the end', () => {
    const bytes = Buffer.from('a\nbb\nccc\ndd\ne');
    expect(lineRanges(bytes, new Set([2, 3, 5]))).toEqual([
      [2, 9],
      [12, 13],
    ]);
    expect(lineRanges(bytes, new Set([9]))).toEqual([]);
  });
});
