// A staged change's files scanned only around the lines it adds: a pre-commit hook reports findings
// on added lines alone (addedLinesFilter), so the rest of a file needs no scan. Each added run of
// lines is widened by the margins a history delta uses (delta.ts: every match depends on nothing
// beyond them), over PEM blocks and, in prose, to the fence that opens its code block; a detector
// that judges whole files, or a binary or UTF-16 blob, makes the file scanned whole.
import { isProsePath } from '../../detectors/kit/prose.js';
import { back, forward, widenOverBlocks } from './delta.js';
import { detectBlob, detectRange, type BlobOutcome, type CompiledDetectors, type RawFinding } from './detect-blob.js';
import { isBinary } from './text.js';

/** Findings of `bytes` in the windows around byte ranges `ranges` (ascending whole lines), or of the whole blob where windows cannot do. */
export function detectAround(compiled: CompiledDetectors, path: string, bytes: Buffer, ranges: readonly (readonly [number, number])[]): BlobOutcome {
  if (isBinary(bytes)) return detectBlob(compiled, path, bytes);
  const prose = isProsePath(path);
  let windows = merge(ranges.map(([from, to]) => ({ from: back(bytes, from), to: forward(bytes, Math.max(from, to - 1)) })));
  for (let changed = true; changed; ) {
    changed = false;
    for (const w of windows) if (widenOverBlocks(bytes, w, prose)) changed = true;
    windows = merge(windows);
  }
  if (windows.length === 1 && windows[0]?.from === 0 && windows[0].to >= bytes.length) return detectBlob(compiled, path, bytes);
  const findings: RawFinding[] = [];
  for (const w of windows) {
    const part = detectRange(compiled, path, bytes, w.from, Math.min(w.to, bytes.length));
    if (part.wholeFile) return detectBlob(compiled, path, bytes);
    findings.push(...part.findings);
  }
  return { kind: 'scanned', findings, wholeFile: false };
}

/** Windows sorted and joined where they overlap or touch. */
function merge(windows: { from: number; to: number }[]): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (const w of windows.sort((x, y) => x.from - y.from)) {
    const last = out[out.length - 1];
    if (last && w.from <= last.to) last.to = Math.max(last.to, w.to);
    else out.push({ from: w.from, to: w.to });
  }
  return out;
}
