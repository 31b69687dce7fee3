// Our reports must not be findings of their own: a SARIF, JSON, JUnit or Markdown report left in a
// scanned tree holds every rule's title and remediation and each finding's detail, and a text that
// quotes the setting it warns about (`strict-ssl=false`) would be reported again from there.
import { describe, expect, it } from 'vitest';
import { allDetectors } from '../../detectors/index.js';
import { compileDetectors, detectBlob } from '../../src/engine/detect-blob.js';

const compiled = compileDetectors(allDetectors);

/** Every sentence a report can carry: titles, remediations, and the details of each positive example's matches. */
function sentences(): { from: string; text: string }[] {
  const out: { from: string; text: string }[] = [];
  for (const d of allDetectors) {
    out.push({ from: `${d.id} title`, text: d.title }, { from: `${d.id} remediation`, text: d.remediation });
    for (const e of d.examples.positive) {
      for (const m of d.detect({ path: e.path ?? 'example.txt', text: e.text })) if (m.detail) out.push({ from: `${d.id} detail`, text: m.detail });
    }
  }
  return out;
}

describe('reports', () => {
  it('hold no sentence of ours that a detector reports', () => {
    const reported: string[] = [];
    const all = sentences();
    const forms: [string, (t: string) => string][] = [
      ['results.sarif', (t) => JSON.stringify({ text: t, markdown: t })],
      ['report.json', (t) => JSON.stringify({ message: t })],
      ['report.xml', (t) => `<failure message="${t.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"/>`],
      ['report.md', (t) => `| ${t} |`],
    ];
    for (const [path, wrap] of forms) {
      const text = all.map((s) => wrap(s.text)).join('\n');
      const found = detectBlob(compiled, path, Buffer.from(text));
      for (const f of found.findings) reported.push(`${path}: ${allDetectors[f.detector]?.id} on "${all[f.line - 1]?.from}"`);
    }
    expect(reported).toEqual([]);
  });
});
