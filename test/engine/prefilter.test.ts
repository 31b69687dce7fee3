import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTables, bundledTables, decodeTables, distinctKeywords, encodeTables, keywordBinding, keywordListsSignature, prefetchBundledTables, setBundledTables, type KeywordBinding } from '../../src/engine/automaton.js';
import { buildPrefilter, type Prefilter, type PrefilterHits } from '../../src/engine/prefilter.js';

// Every way of finding keywords must give the same hits, and every suite runs on each: the automaton
// built for the list, the keyword-by-keyword search a small scan uses before building it, and tables
// read from a file built for more keywords than the list has (as dist/prefilter.bin is for every
// built-in detector, while a config may turn some off).
const WAYS = ['never', 'always', 'file'] as const;
const OTHER_KEYWORDS = ['zzz', 'passwd', 'kex', 'ak', 'onkey', 'begin'];

function prefilterFor(lists: readonly (readonly string[])[], way: (typeof WAYS)[number]): Prefilter {
  if (way !== 'file') return buildPrefilter(lists, way);
  const keywords = [...new Set([...lists.flat(), ...OTHER_KEYWORDS].map((k) => k.toLowerCase()))].sort();
  const tables = decodeTables(encodeTables(buildTables(keywords)));
  expect(tables).toBeDefined();
  return buildPrefilter(lists, 'never', tables);
}

describe.each(WAYS)('buildPrefilter, direct search %s', (direct) => {
  const prefilter = prefilterFor([['ghp_', 'gho_'], ['akia'], ['key', 'monkey'], []], direct);

  it('picks the detectors whose keywords occur, case-insensitively, in one pass', () => {
    const hits = prefilter.hits(Buffer.from('x = "AKIA..."; const GHP_token'));
    expect(hits.detectors.sort()).toEqual([0, 1]);
    expect(prefilter.hits(Buffer.from('nothing to see')).detectors).toEqual([]);
  });

  it('gives the start of every keyword occurrence per detector, overlapping ones included, ascending', () => {
    const text = 'monkey key\nKEY';
    const hits = prefilter.hits(Buffer.from(text));
    expect(hits.starts.get(2)).toEqual([0, 3, 7, 11]); // 'monkey' and its 'key': both
    expect(hits.starts.get(0)).toBeUndefined();
  });

  it('gives a place once when two keywords of one detector start there', () => {
    const both = prefilterFor([['pass', 'password'], ['word']], direct);
    expect(both.hits(Buffer.from('PASSWORD=x; pass')).starts.get(0)).toEqual([0, 12]);
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
    const { githubToken } = await import('../../detectors/secrets/ci-and-dev-tools/github.js');
    const token = (githubToken.examples.positive[0] as { text: string }).text.match(/ghp_\w+/)?.[0] as string;
    // 300 two-byte characters before the token: a byte offset taken for a string offset would point
    // past the short lines after it, and the token's line would fall outside the keyword window.
    const text = `// ${'é'.repeat(300)} 😀\nconst t = "${token}";\n${'x\n'.repeat(10)}`;
    const r = await runScan(memorySource([{ path: 'a.js', bytes: Buffer.from(text), origin: { kind: 'stdin' } }]), { detectors: allDetectors });
    const f = r.findings.find((x) => x.detectorId === 'github-token');
    expect(f).toMatchObject({ line: 2, column: 12 });
  });

  it('are taken again from the decoded text when the bytes are not valid UTF-8 (a Latin-1 changelog)', async () => {
    const { memorySource, runScan } = await import('../../src/engine/scan.js');
    const { allDetectors } = await import('../../detectors/index.js');
    const { githubToken } = await import('../../detectors/secrets/ci-and-dev-tools/github.js');
    const token = (githubToken.examples.positive[0] as { text: string }).text.match(/ghp_\w+/)?.[0] as string;
    // 300 Latin-1 bytes (each one U+FFFD when decoded, where valid UTF-8 would count 2 bytes as one
    // unit): offsets counted from the bytes would point 150 characters off
    const bytes = Buffer.concat([Buffer.from('// '), Buffer.alloc(300, 0xe9), Buffer.from(`\nconst t = "${token}";\n${'x\n'.repeat(10)}`)]);
    const r = await runScan(memorySource([{ path: 'a.js', bytes, origin: { kind: 'stdin' } }]), { detectors: allDetectors });
    expect(r.findings.find((x) => x.detectorId === 'github-token')).toMatchObject({ line: 2, column: 12 });
  });
});

describe.each(WAYS)('eligible detectors, direct search %s', (direct) => {
  it('records only detectors marked eligible (path gates already applied)', () => {
    const prefilter = prefilterFor([['ghp_'], ['akia']], direct);
    const hits = prefilter.hits(Buffer.from('ghp_ AKIA'), Uint8Array.from([0, 1]));
    expect(hits.detectors).toEqual([1]);
  });
});

describe.each(WAYS)('blobs scanned as interleaved parts, direct search %s', (direct) => {
  // Blobs of 1 KiB and more run as three interleaved automaton chains over three parts; every
  // keyword occurrence must be found once, with its UTF-16 offset, wherever the parts are cut.
  const keywordLists = [['ghp_', 'gho_'], ['akia'], ['key', 'monkey', 'keyring'], ['password'], ['-----begin'], ['k']];
  const prefilter = prefilterFor(keywordLists, direct);
  const keywords = [...new Set(keywordLists.flat())];
  const pieces = ['é', '😀', '中', ' ', '\n', 'x', 'ab', '=', 'KEY', 'Akia', 'MonKey', 'PASSWORD', '-----BEGIN'];

  /** Every occurrence of every keyword, by plain search of the decoded text (ASCII case folded). */
  function reference(text: string): Map<number, number[]> {
    const folded = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
    const out = new Map<number, number[]>();
    keywordLists.forEach((list, d) => {
      const starts: number[] = [];
      for (const keyword of new Set(list)) {
        for (let at = folded.indexOf(keyword); at >= 0; at = folded.indexOf(keyword, at + 1)) starts.push(at);
      }
      if (starts.length) out.set(d, [...new Set(starts)].sort((a, b) => a - b)); // ascending and distinct
    });
    return out;
  }

  it('finds what a plain search finds, with keywords cut by the parts and multi-byte text before them', async () => {
    const { mulberry32 } = await import('../helpers/random.js');
    const random = mulberry32(7);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    let cut = 0;
    for (let round = 0; round < 400; round++) {
      let text = '';
      const target = 1024 + Math.floor(random() * 4096);
      for (let size = 0; size < target; ) {
        const piece = random() < 0.15 ? pick(keywords) : pick(pieces);
        text += piece;
        size += Buffer.byteLength(piece); // the text's byte length, counted as it grows
      }
      // a keyword across each boundary between parts (byte offsets n/3 and 2n/3), a few bytes before it
      const bytes = Buffer.from(text);
      const q = Math.floor(bytes.length / 3);
      for (const boundary of [q, 2 * q]) {
        const keyword = Buffer.from(pick(keywords).toUpperCase());
        const at = boundary - 1 - Math.floor(random() * (keyword.length - 1 || 1));
        if (at < 0 || bytes.subarray(at, at + keyword.length).some((b) => b >= 0x80)) continue;
        if (at + keyword.length > boundary) cut++;
        keyword.copy(bytes, at);
      }
      const decoded = bytes.toString('utf8');
      if (decoded.includes('\uFFFD')) continue; // a keyword written over a multi-byte character
      const hits = prefilter.hits(bytes);
      expect(hits.units).toBe(decoded.length);
      const expected = reference(decoded);
      expect(new Map([...hits.starts].sort(([a], [b]) => a - b))).toEqual(new Map([...expected].sort(([a], [b]) => a - b)));
      expect([...hits.detectors].sort()).toEqual([...expected.keys()].sort());
    }
    expect(cut).toBeGreaterThan(300); // keywords did straddle the cuts
  });
});

describe('the automaton built when a scan grows', () => {
  it('searches small blobs keyword by keyword, then builds the automaton, with the same hits', () => {
    const auto = buildPrefilter([['akia'], ['key']]);
    const pinned = buildPrefilter([['akia'], ['key']], 'never');
    const small = Buffer.from('const KEY = "AKIA…";\n'.repeat(100)); // 2.3 KB: searched directly
    const large = Buffer.concat(Array.from({ length: 20 }, () => small)); // past the direct budget
    const sorted = (hits: PrefilterHits) => ({ ...hits, detectors: [...hits.detectors].sort(), starts: new Map([...hits.starts].sort(([a], [b]) => a - b)) });
    for (const bytes of [small, large, small]) expect(sorted(auto.hits(bytes))).toEqual(sorted(pinned.hits(bytes)));
  });
});

describe('automaton tables in a file', () => {
  const tables = buildTables(['akia', 'ghp_', 'key']);

  it('reads back what was written, aligned or not', () => {
    const file = encodeTables(tables);
    expect(decodeTables(file)).toEqual(tables);
    const shifted = Buffer.concat([Buffer.alloc(1), file]).subarray(1); // starts at an odd address
    expect(decodeTables(shifted)).toEqual(tables);
  });

  it('refuses a file of another format or cut short, and the prefilter then builds its own', () => {
    const file = encodeTables(tables);
    expect(decodeTables(file.subarray(0, file.length - 4))).toBeUndefined();
    expect(decodeTables(Buffer.from('{"magic":"other"}\n'))).toBeUndefined();
    expect(decodeTables(Buffer.from('not json\n'))).toBeUndefined();
  });

  it('carries the binding of the lists it was written for, used only for lists of the same signature', () => {
    const lists = [['akia'], ['key', 'akia'], ['ghp_']];
    const bound = { ...tables, binding: { ...(keywordBinding(tables.keywords, lists) as KeywordBinding), signature: keywordListsSignature(lists) } };
    const read = decodeTables(encodeTables(bound));
    expect(read).toEqual(bound);
    const bytes = Buffer.from('KEY = akia; ghp_x');
    const fresh = buildPrefilter(lists, 'never');
    expect(buildPrefilter(lists, 'auto', read).hits(bytes)).toEqual(fresh.hits(bytes));
    // another list (a detector left out by a configuration): bound again, not read from the file
    const other = [['key', 'akia'], ['ghp_']];
    expect(keywordListsSignature(other)).not.toBe(keywordListsSignature(lists));
    expect(buildPrefilter(other, 'auto', read).hits(bytes)).toEqual(buildPrefilter(other, 'never').hits(bytes));
    // a binding whose signature lies is not what makes the hits: the file's own signature must match the lists
    const forged = { ...tables, binding: { ...(keywordBinding(tables.keywords, other) as KeywordBinding), signature: keywordListsSignature(lists) } };
    expect(buildPrefilter(lists, 'auto', forged).hits(bytes)).not.toEqual(fresh.hits(bytes));
  });

  it('is not used for a list with a keyword it lacks: that list gets an automaton of its own', () => {
    const prefilter = buildPrefilter([['akia'], ['password']], 'never', tables);
    expect(prefilter.hits(Buffer.from('PASSWORD = akia')).starts).toEqual(new Map([[0, [11]], [1, [0]]]));
  });
});

describe('the bundled tables read ahead (the pre-commit hook)', () => {
  const tables = buildTables(['akia', 'ghp_', 'key']);
  afterEach(() => setBundledTables(undefined));

  it('come from the bytes read ahead once they have arrived, and from the file otherwise', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sh-tables-'));
    const file = join(dir, 'prefilter.bin');
    writeFileSync(file, encodeTables(tables));
    setBundledTables(pathToFileURL(file));
    prefetchBundledTables();
    await new Promise((resolve) => setTimeout(resolve, 50)); // the read's callback has run
    rmSync(file); // what bundledTables finds now can only be the bytes read ahead
    expect(bundledTables()).toEqual(tables);

    writeFileSync(file, encodeTables(tables));
    setBundledTables(pathToFileURL(file));
    prefetchBundledTables();
    expect(bundledTables()).toEqual(tables); // asked before the read arrived: read now, in this thread
    rmSync(dir, { recursive: true });
  });

  it('are left to be built when the file is missing', async () => {
    setBundledTables(pathToFileURL(join(tmpdir(), 'sh-no-such-folder', 'prefilter.bin')));
    prefetchBundledTables();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(bundledTables()).toBeUndefined();
  });
});

describe('the bundled automaton (dist/prefilter.bin, needs npm run build)', async () => {
  const { existsSync, readFileSync } = await import('node:fs');
  const file = new URL('../../dist/prefilter.bin', import.meta.url);
  it.skipIf(!existsSync(file))('holds every built-in keyword, so no thread of the CLI builds its own', async () => {
    const { allDetectors } = await import('../../detectors/index.js');
    const { prefilterKeywords } = await import('../../src/engine/detect-blob.js');
    const tables = decodeTables(readFileSync(file));
    const missing = prefilterKeywords(allDetectors)
      .flat()
      .map((k) => k.toLowerCase())
      .filter((k) => !tables?.keywords.includes(k));
    expect(missing).toEqual([]);
    // and the built-in lists come bound: no thread binds 4,000 keywords at start
    expect(tables?.binding?.signature).toBe(keywordListsSignature(prefilterKeywords(allDetectors)));
  });
});

describe('the built-in keywords', () => {
  it('hold at most 64 distinct characters (case folded), so a row of the automaton has 64 entries, not 128', async () => {
    const { allDetectors } = await import('../../detectors/index.js');
    const { prefilterKeywords } = await import('../../src/engine/detect-blob.js');
    const tables = buildTables(distinctKeywords(prefilterKeywords(allDetectors)));
    const characters = new Set(tables.keywords.join(''));
    // a keyword's rare punctuation can usually go: a keyword is a prefilter, its detector confirms
    expect(characters.size, `${[...characters].sort().join('')}`).toBeLessThanOrEqual(63); // class 0 is every other byte
    expect(tables.shift).toBe(6);
  });
});
