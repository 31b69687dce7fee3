#!/usr/bin/env node
// Where scan time goes, per detector, as the engine runs them: every text file under a folder goes
// through detectBlob (prefilter, path gates, keyword starts, decoding), with each detector's detect
// timed. Prints the detectors that cost most and the engine's time around them.
//   node scripts/profile-detectors.mjs DIR [TOP]
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { allDetectors, compileDetectors, detectBlob } from '../dist/engine.js';

const [dir = '.', top = '15'] = process.argv.slice(2);
const cost = allDetectors.map(() => ({ ms: 0, runs: 0, matches: 0 }));
const timed = allDetectors.map((d, i) => ({
  ...d,
  detect(input) {
    const started = performance.now();
    const out = [...d.detect(input)];
    const c = cost[i];
    c.ms += performance.now() - started;
    c.runs++;
    c.matches += out.length;
    return out;
  },
}));
const compiled = compileDetectors(timed);
let bytes = 0;
let files = 0;
const started = performance.now();
for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
  if (!e.isFile()) continue;
  const path = join(e.parentPath ?? e.path, e.name);
  const buf = readFileSync(path);
  if (buf.length > 8 * 1024 * 1024) continue;
  bytes += buf.length;
  files++;
  detectBlob(compiled, relative(dir, path), buf);
}
const wall = performance.now() - started;
const total = cost.reduce((a, c) => a + c.ms, 0);
const mb = bytes / 1048576;
console.log(`${mb.toFixed(1)} MB in ${files} files: ${wall.toFixed(0)} ms (${(mb / (wall / 1000)).toFixed(0)} MB/s, reading included); detectors ${total.toFixed(0)} ms, the engine around them ${(wall - total).toFixed(0)} ms`);
const ranked = cost.map((c, i) => [allDetectors[i].id, c]).sort((a, b) => b[1].ms - a[1].ms).slice(0, Number(top));
for (const [id, c] of ranked) console.log(`${c.ms.toFixed(0).padStart(7)} ms  ${String(c.runs).padStart(6)} runs  ${String(c.matches).padStart(5)} matches  ${id}`);
