#!/usr/bin/env node
// Feeds every detector 1 MiB lines of near-matches and prints the slowest (detector, input) as JSON,
// each timed as the best of 3 runs.
// Used by scripts/bench.mjs; the test suite checks the same inputs for correct results.
import { allDetectors, isVendorToken } from '../dist/engine.js';

const MiB = 1024 * 1024;
const fill = (unit) => unit.repeat(Math.ceil(MiB / unit.length)).slice(0, MiB);
const B64 = 'QWxhZGRpbjpvcGVuIHNlc2FtZQ0KdGhlIHF1aWNrIGJyb3duIGZveCBqdW1wcyBvdmVy';
const generic = {
  'AKIA repeated': fill('AKIA'),
  '= run': fill('='),
  'base64 run': fill(B64),
  'unterminated PEM header': fill('-----BEGIN RSA PRIVATE KEY-----\n'),
  'key= run': fill('key='),
  'quote run': fill('"'),
  'password: run': fill('password: "'),
  'Bearer run': fill('Authorization: Bearer '),
  'url run': fill('https://user:'),
  // members of an object that never closes: a look for the enclosing braces per member would scan KiBs each time
  'unclosed JSON object': `{${fill('"kty":"EC","key":"v",')}`,
};
const perDetector = new Map();
// The vendor-token entries share one matcher: the first one stands for all of them (the rest differ
// only in names and shapes, which the matcher bounds the same way).
const firstVendorToken = allDetectors.find(isVendorToken);
for (const d of allDetectors.filter((x) => !isVendorToken(x) || x === firstVendorToken)) {
  const inputs = { ...generic };
  for (const k of d.keywords) inputs[`keyword ${k} repeated`] = fill(`${k}`);
  for (const k of d.keywords.slice(0, 3)) inputs[`keyword ${k} + charset run`] = fill(`${k}${'aB3dE5fG7hJ9kL1mN2pQ4rS6tU8vW0xY'.repeat(4)} `);
  // thousands of real matches on one line: each match's own look-back must stay bounded (a search to the line's
  // start per match is quadratic: 2.6 s per MiB before the look-backs were bounded)
  const example = d.examples.positive.find((e) => e.text.length < 300 && !e.text.includes('\n'));
  if (example) inputs['its own positive example repeated on one line'] = fill(`${example.text} ; `);
  // and on lines: a per-match search of the whole file (or of every earlier build stage) is quadratic too
  const block = d.examples.positive.find((e) => e.text.length < 2000);
  if (block) inputs['its own positive example repeated on lines'] = fill(`${block.text.replace(/\n$/, '')}\n`);
  const path = (example?.path ?? d.paths?.[0]?.replace(/\*\*\//g, '').replace(/\*/g, 'x')) ?? 'hostile.txt';
  for (const [name, text] of Object.entries(inputs)) {
    // best of 3: a garbage collection of the bench's own 1 MiB strings, or a first compile, is not the detector's cost
    let ms = Infinity;
    for (let run = 0; run < 3; run++) {
      const t0 = performance.now();
      for (const _ of d.detect({ path, text })) void _;
      ms = Math.min(ms, performance.now() - t0);
    }
    if (ms > (perDetector.get(d.id)?.ms ?? -1)) perDetector.set(d.id, { id: d.id, input: name, ms: Math.round(ms * 10) / 10 });
  }
}
const ranked = [...perDetector.values()].sort((a, b) => b.ms - a.ms);
console.log(JSON.stringify({ ...ranked[0], top: ranked.slice(0, 8) }));
