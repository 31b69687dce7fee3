#!/usr/bin/env node
// Where scan time goes, per detector: runs every detector the prefilter would pick over every text
// file under a folder and prints the detectors that cost most.   node scripts/profile-detectors.mjs DIR [TOP]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allDetectors, compilePathMatcher } from '../dist/engine.js';

const [dir = '.', top = '15'] = process.argv.slice(2);
const cost = new Map(allDetectors.map((d) => [d.id, { ms: 0, runs: 0, matches: 0 }]));
const matchers = new Map(allDetectors.filter((d) => d.paths).map((d) => [d.id, compilePathMatcher(d.paths)]));
let bytes = 0;
for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
  if (!e.isFile()) continue;
  const path = join(e.parentPath ?? e.path, e.name);
  const buf = readFileSync(path);
  if (buf.subarray(0, 8192).includes(0)) continue;
  const text = buf.toString('utf8');
  const lower = text.toLowerCase();
  bytes += buf.length;
  for (const d of allDetectors) {
    if (d.keywords.length > 0 && !d.keywords.some((k) => lower.includes(k))) continue;
    if (d.paths && !matchers.get(d.id)(path.slice(dir.length + 1))) continue;
    const c = cost.get(d.id);
    const t0 = performance.now();
    for (const _ of d.detect({ path: path.slice(dir.length + 1), text })) c.matches++;
    c.ms += performance.now() - t0;
    c.runs++;
  }
}
const ranked = [...cost].sort((a, b) => b[1].ms - a[1].ms).slice(0, Number(top));
const total = [...cost.values()].reduce((a, c) => a + c.ms, 0);
console.log(`${(bytes / 1048576).toFixed(1)} MB of text; all detectors ${total.toFixed(0)} ms (${(bytes / 1048576 / (total / 1000)).toFixed(0)} MB/s of detector time)`);
for (const [id, c] of ranked) console.log(`${c.ms.toFixed(0).padStart(7)} ms  ${String(c.runs).padStart(6)} runs  ${String(c.matches).padStart(5)} matches  ${id}`);
