import { describe, expect, it } from 'vitest';
import { buildPrefilter } from '../../src/engine/prefilter.js';

describe('buildPrefilter', () => {
  const prefilter = buildPrefilter([['ghp_', 'gho_'], ['akia'], ['key', 'monkey'], []]);

  it('picks the detectors whose keywords occur, case-insensitively, in one pass', () => {
    const hits = prefilter.hits(Buffer.from('x = "AKIA..."; const GHP_token'));
    expect(hits.detectors.sort()).toEqual([0, 1]);
    expect(prefilter.hits(Buffer.from('nothing to see')).detectors).toEqual([]);
  });

  it('gives the start of every keyword occurrence per detector, overlapping ones included, ascending', () => {
    const text = 'monkey key\nKEY';
    const hits = prefilter.hits(Buffer.from(text));
    expect(hits.starts.get(2)).toEqual([0, 3, 7, 11]);
    expect(hits.starts.get(0)).toBeUndefined();
  });

  it('gives offsets in the decoded text (UTF-16 code units) after multi-byte characters', () => {
    const text = 'é 😀 akia';
    const hits = prefilter.hits(Buffer.from(text));
    expect(hits.starts.get(1)).toEqual([text.indexOf('akia')]); // 'é' is 2 bytes and 1 unit, '😀' 4 bytes and 2 units
    expect(hits.units).toBe(text.length);
  });

  it('reports a different length for invalid UTF-8, so its offsets are not used', () => {
    const bytes = Buffer.from([0x61, 0x82, 0x61, 0x6b, 0x69, 0x61]); // a lone continuation byte (one U+FFFD when decoded), then 'akia'
    expect(prefilter.hits(bytes).units).not.toBe(bytes.toString('utf8').length);
  });
});

describe('keyword starts reach detectors as string offsets', () => {
  it('maps byte offsets past multi-byte characters, and finds the same secret as a search would', async () => {
    const { memorySource, runScan } = await import('../../src/engine/scan.js');
    const { allDetectors } = await import('../../detectors/index.js');
    const { githubToken } = await import('../../detectors/secrets/github.js');
    const token = (githubToken.examples.positive[0] as { text: string }).text.match(/ghp_\w+/)?.[0] as string;
    // 300 two-byte characters before the token: a byte offset taken for a string offset would point
    // past the short lines after it, and the token's line would fall outside the keyword window.
    const text = `// ${'é'.repeat(300)} 😀\nconst t = "${token}";\n${'x\n'.repeat(10)}`;
    const r = await runScan(memorySource([{ path: 'a.js', bytes: Buffer.from(text), origin: { kind: 'stdin' } }]), { detectors: allDetectors });
    const f = r.findings.find((x) => x.detectorId === 'github-token');
    expect(f).toMatchObject({ line: 2, column: 12 });
  });
});

describe('eligible detectors', () => {
  it('records only detectors marked eligible (path gates already applied)', () => {
    const prefilter = buildPrefilter([['ghp_'], ['akia']]);
    const hits = prefilter.hits(Buffer.from('ghp_ AKIA'), Uint8Array.from([0, 1]));
    expect(hits.detectors).toEqual([1]);
  });
});
