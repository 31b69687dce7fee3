// Archives (zip and its kin, tar, gzip) opened in memory: a credential in a committed archive's
// member is found at `archive!/member`, and a hostile archive (a bomb, lying sizes, deep nesting,
// broken bytes) costs a bounded amount of work and never stops the scan.
import { deflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { allDetectors } from '../../detectors/index.js';
import { fakeGithubToken } from '../../fixtures/repos/history.js';
import { ArchiveBudget, archiveKind, archiveMembers, MAX_MEMBER_BYTES, setArchiveDepth } from '../../src/engine/archive.js';
import { compileDetectors, detectBlob, type RawFinding } from '../../src/engine/detect-blob.js';
import { memorySource, runScan } from '../../src/engine/scan.js';
import { renderJson } from '../../src/report/json.js';
import { renderSarif } from '../../src/report/sarif.js';
import type { Finding } from '../../src/types.js';
import { gzipOf, overlappingZip, tarOf, zipOf } from '../helpers/archives.js';
import { mulberry32Ints, randomRun } from '../helpers/random.js';

const compiled = compileDetectors(allDetectors);
const idOf = (f: RawFinding): string => (compiled.detectors[f.detector] as { id: string }).id;
const TOKEN = fakeGithubToken(41);
const OTHER = fakeGithubToken(42);
const ENV = `# deploy settings\nAPP_NAME=shop\nGITHUB_TOKEN=${TOKEN}\n`;

const tokens = (path: string, bytes: Buffer): RawFinding[] => detectBlob(compiled, path, bytes).findings.filter((f) => idOf(f) === 'github-token');
const scanOne = async (path: string, bytes: Buffer): Promise<{ findings: readonly Finding[]; warnings: readonly { path: string; message: string }[] }> =>
  runScan(memorySource([{ path, bytes, origin: { kind: 'file' } }]), { detectors: allDetectors, workers: false });

afterEach(() => setArchiveDepth(4));

describe('archive formats are recognised by their first bytes', () => {
  it('zip, gzip and ustar tar; not text, not a PK without a zip header', () => {
    expect(archiveKind(zipOf([{ name: 'a', data: 'x' }]))).toBe('zip');
    expect(archiveKind(zipOf([]))).toBe('zip'); // an empty zip is its end record alone
    expect(archiveKind(gzipOf('x'))).toBe('gzip');
    expect(archiveKind(tarOf([{ name: 'a', data: 'x' }]))).toBe('tar');
    expect(archiveKind(Buffer.from('PK is a fine pair of letters\n'.repeat(2)))).toBeUndefined();
    expect(archiveKind(Buffer.from(ENV))).toBeUndefined();
  });
});

describe('a secret in an archive member', () => {
  it('is found in a deflated zip member, at the member and the line of the member', () => {
    const zip = zipOf([{ name: 'README.txt', data: 'nothing here\n' }, { name: 'config/.env', data: ENV }]);
    const [f, ...rest] = tokens('release/bundle.zip', zip);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ member: 'config/.env', line: 3, column: 14, secret: TOKEN });
  });

  it('is found in a stored member, and in every zip-based format (a jar, an Office document)', () => {
    const stored = zipOf([{ name: 'application.properties', data: ENV, method: 0 }]);
    expect(tokens('lib/app.jar', stored).map((f) => f.member)).toEqual(['application.properties']);
    const docx = zipOf([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'word/document.xml', data: `<w:t>token: ${TOKEN}</w:t>` }]);
    expect(tokens('handover.docx', docx).map((f) => f.member)).toEqual(['word/document.xml']);
  });

  it('is found in a .tar.gz as in one archive (the tar inside the gzip is not a layer of its own), and in a plain .tar', () => {
    const tar = tarOf([{ name: 'site/', data: '', type: '5' }, { name: 'site/.env', data: ENV }]);
    expect(tokens('backup.tar', tar).map((f) => f.member)).toEqual(['site/.env']);
    expect(tokens('backup.tar.gz', gzipOf(tar)).map((f) => f.member)).toEqual(['site/.env']);
  });

  it('is found in a gzip-compressed file, named by the gzip header or by the archive name without .gz', () => {
    expect(tokens('db/dump.sql.gz', gzipOf(`INSERT INTO settings VALUES ('github_token', '${TOKEN}');\n`)).map((f) => f.member)).toEqual(['dump.sql']);
  });

  it('reads long member names (GNU long-name entries) and keeps member names printable', () => {
    const long = `${'deep/'.repeat(30)}.env`;
    expect(tokens('a.tar', tarOf([{ name: long, data: ENV }])).map((f) => f.member)).toEqual([long]);
    const odd = zipOf([{ name: '/../\u001b[31mred\u001b[0m.env', data: ENV }]);
    const [f] = tokens('a.zip', odd);
    expect(f?.member).toBe('../?[31mred?[0m.env');
    const [huge] = tokens('a.zip', zipOf([{ name: `${'x'.repeat(60_000)}/.env`, data: ENV }]));
    expect(huge?.member).toMatch(/^x{900,}…\/\.env$/);
    expect(huge?.member?.length).toBeLessThanOrEqual(1024);
  });

  it('is found in an archive inside an archive, with both members named', () => {
    const jar = zipOf([{ name: 'BOOT-INF/classes/application.yml', data: `github:\n  token: ${TOKEN}\n` }]);
    const tgz = gzipOf(tarOf([{ name: 'dist/lib/app.jar', data: jar }]));
    expect(tokens('release.tgz', tgz).map((f) => f.member)).toEqual(['dist/lib/app.jar!/BOOT-INF/classes/application.yml']);
  });

  it('gets the finding path `archive!/member` and the archive in `archive`; SARIF locates it at the archive and names the member', async () => {
    const { findings } = await scanOne('release/bundle.zip', zipOf([{ name: 'config/.env', data: ENV }]));
    const f = findings.find((x) => x.detectorId === 'github-token');
    expect(f).toMatchObject({ path: 'release/bundle.zip!/config/.env', archive: 'release/bundle.zip', line: 3 });
    expect(JSON.stringify(findings)).not.toContain(TOKEN);
    const input = {
      tool: { name: 'secret-hygiene', version: '0.0.0' },
      command: 'scan',
      findings: [f as Finding],
      stats: { filesScanned: 1, bytesScanned: 10, filesSkipped: 0, skipped: {}, suppressed: {}, durationMs: 1 },
      warnings: [],
      detectors: allDetectors.filter((d) => d.id === 'github-token'),
      color: false,
      reveal: false,
    };
    expect(JSON.parse(renderJson(input)).findings[0]).toMatchObject({ path: 'release/bundle.zip!/config/.env', archive: 'release/bundle.zip' });
    const sarif = JSON.parse(renderSarif(input)) as {
      runs: { results: { message: { text: string }; locations: { physicalLocation: unknown }[]; properties: { archiveMember?: string } }[] }[];
    };
    const result = sarif.runs[0]?.results[0];
    expect(result?.locations[0]?.physicalLocation).toEqual({ artifactLocation: { uri: 'release/bundle.zip', uriBaseId: '%SRCROOT%' } });
    expect(result?.properties.archiveMember).toBe('config/.env');
    expect(result?.message.text).toContain('(in config/.env, line 3)');
  });

  it('a binary member is judged by its name (a private key file by its name), an encrypted or bzip2 member too', () => {
    const zip = zipOf([
      { name: 'keys/server.p12', data: Buffer.from([0x30, 0x82, 0x0a, 0x00, 0x02, 0x01, 0x03, 0x00]) },
      { name: 'locked/.env', data: ENV, method: 0, flags: 1 },
      { name: 'packed/.env', data: ENV, method: 12 },
    ]);
    const found = detectBlob(compiled, 'a.zip', zip).findings;
    expect(found.filter((f) => idOf(f) === 'github-token')).toEqual([]);
    expect(found.map((f) => f.member)).toContain('keys/server.p12');
  });

  it('a large member is judged binary from its start, as a file is; a large text member is read to its end', () => {
    const noise = Buffer.from(randomRun('abcdefghijklmnopqrstuvwxyz0123456789 \n', 400_000, 5));
    const binary = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), noise, Buffer.from(`\ntoken=${TOKEN}\n`)]);
    const text = Buffer.concat([noise, Buffer.from(`\ngithub_token=${TOKEN}\n`)]);
    const zip = zipOf([{ name: 'image.png', data: binary }, { name: 'notes.txt', data: text }]);
    expect(tokens('a.zip', zip).map((f) => f.member)).toEqual(['notes.txt']);
    expect(tokens('notes.txt.gz', gzipOf(text)).map((f) => f.member)).toEqual(['notes.txt']);
    expect(tokens('image.png.gz', gzipOf(binary))).toEqual([]);
  });

  it('the same member in several archives is found in each (scanned once, reported at every place)', async () => {
    const chart = (version: string): Buffer => gzipOf(tarOf([{ name: 'app/Chart.yaml', data: `version: ${version}\n` }, { name: 'app/values.yaml', data: `github:\n  token: ${TOKEN}\n` }]));
    const blobs = ['1.0.0', '1.0.1'].map((v) => ({ path: `releases/app-${v}.tgz`, bytes: chart(v), origin: { kind: 'file' as const } }));
    const { findings } = await runScan(memorySource(blobs), { detectors: allDetectors, workers: false });
    expect(findings.filter((f) => f.detectorId === 'github-token').map((f) => f.path)).toEqual([
      'releases/app-1.0.0.tgz!/app/values.yaml',
      'releases/app-1.0.1.tgz!/app/values.yaml',
    ]);
  });

  it('is not opened past --max-archive-depth: 0 leaves an archive a binary file', () => {
    const zip = zipOf([{ name: '.env', data: ENV }]);
    setArchiveDepth(0);
    expect(detectBlob(compiled, 'a.zip', zip).kind).toBe('binary');
    setArchiveDepth(1);
    expect(tokens('a.zip', zip)).toHaveLength(1);
    expect(tokens('b.zip', zipOf([{ name: 'a.zip', data: zip }]))).toEqual([]);
  });
});

describe('a hostile archive costs a bounded amount of work', () => {
  it('a zip bomb by overlapping entries stops at its budget, with a warning, and the scan goes on', async () => {
    const bomb = overlappingZip(Buffer.alloc(4 * 1024 * 1024), 2000); // 2000 × 4 MiB from ~4 KiB
    expect(bomb.length).toBeLessThan(200_000);
    const started = Date.now();
    const { warnings } = await scanOne('bomb.zip', bomb);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(warnings).toEqual([{ path: 'bomb.zip', message: expect.stringMatching(/^archive: its members expand past the \d+ (KiB|MiB) allowed for its size \(a decompression bomb\?\)/) }]);
  });

  it('members past the budget are not inflated: the bytes inflated stay within 100 × the archive size plus 32 KiB', () => {
    const bomb = overlappingZip(Buffer.alloc(1024 * 1024), 500);
    const budget = new ArchiveBudget(bomb.length);
    let inflated = 0;
    for (const m of archiveMembers('zip', bomb, budget, 'b.zip')) inflated += m.bytes?.length ?? 0;
    expect(inflated).toBeLessThanOrEqual(100 * bomb.length + 32 * 1024);
    expect(budget.stopped).toMatch(/decompression bomb/);
  });

  it('a gzip of zeros is cut at its budget, and a member that declares a small size inflates no further than the limit', () => {
    const zeros = gzipOf(Buffer.alloc(32 * 1024 * 1024));
    const budget = new ArchiveBudget(zeros.length);
    expect([...archiveMembers('gzip', zeros, budget, 'z.gz')].every((m) => m.bytes === undefined)).toBe(true);
    expect(budget.stopped).toMatch(/decompression bomb/);
    const liar = zipOf([{ name: 'small.txt', data: Buffer.alloc(MAX_MEMBER_BYTES + 10), declaredSize: 10 }]);
    const members = [...archiveMembers('zip', liar, new ArchiveBudget(100 * 1024 * 1024), 'l.zip')];
    expect(members).toEqual([{ name: 'small.txt' }]); // too large once inflated: its name only
  });

  it('nesting stops at the depth limit', () => {
    let inner = zipOf([{ name: '.env', data: ENV }]);
    for (let i = 0; i < 8; i++) inner = zipOf([{ name: `layer${i}.zip`, data: inner, method: 0 }]);
    expect(tokens('deep.zip', inner)).toEqual([]);
    setArchiveDepth(9);
    expect(tokens('deep.zip', inner)).toHaveLength(1);
  });

  it('truncated, corrupted and random archives never throw and find nothing that is not there', () => {
    const zip = zipOf([{ name: 'a/.env', data: ENV }, { name: 'b.txt', data: 'hello\n'.repeat(100) }]);
    const tar = tarOf([{ name: 'a/.env', data: ENV }]);
    const gz = gzipOf(tar);
    const next = mulberry32Ints(7);
    for (const original of [zip, tar, gz]) {
      for (let cut = 1; cut < original.length; cut += Math.max(1, Math.floor(original.length / 40))) {
        expect(() => detectBlob(compiled, 'x.bin', original.subarray(0, cut))).not.toThrow();
      }
      for (let round = 0; round < 150; round++) {
        const broken = Buffer.from(original);
        for (let k = 0; k < 4; k++) broken[next() % broken.length] = next() & 0xff;
        expect(() => detectBlob(compiled, 'x.bin', broken)).not.toThrow();
      }
    }
    // a zip whose entries point past its end, or whose end record claims 65535 entries
    const lying = Buffer.from(zip);
    lying.writeUInt16LE(0xffff, lying.length - 22 + 10);
    expect(() => detectBlob(compiled, 'x.zip', lying)).not.toThrow();
    expect(detectBlob(compiled, 'x.zip', Buffer.concat([Buffer.from('PK\u0003\u0004'), deflateRawSync(Buffer.from(ENV))])).findings).toEqual([]);
  });
});
