// Scanning only what changed since a file's previous version must find exactly what a whole-file
// scan finds: same detectors, offsets, lines, columns and context lines.
import { describe, expect, it } from 'vitest';
import { allDetectors } from '../../detectors/index.js';
import { changePlan, lineShifts, commonPrefix, commonSuffix, detectChanged, VersionCache, type Version } from '../../src/engine/delta.js';
import { compileDetectors, detectBlob, type BlobOutcome, type RawFinding } from '../../src/engine/detect-blob.js';
import { runScan } from '../../src/engine/scan.js';
import { streamIntroductions } from '../../src/history/introductions.js';
import { gitBlobSource, type HistoryBlob } from '../../src/sources/git-history.js';
import { git, tmpRepo, writeTree } from '../helpers/tmp.js';
import { mulberry32 } from '../helpers/random.js';

const compiled = compileDetectors(allDetectors);

const rng = mulberry32;

/** Secrets and practice findings from the detectors' own positive examples (fake, well-formed). */
function example(id: string, index = 0): string {
  const d = allDetectors.find((x) => x.id === id);
  const text = d?.examples.positive[index]?.text;
  if (!text) throw new Error(`no example ${id}#${index}`);
  return text;
}

const SNIPPETS = [
  example('github-token'),
  example('aws-access-key-id'),
  example('private-key'),
  example('logging-call-secret', 1),
  example('url-credentials'),
  example('jwt'),
  example('generic-secret-assignment'),
  example('tls-reject-unauthorized-disabled'),
];
const FILLER = [
  'const value = compute(input, options);',
  'if (!ready) return undefined;',
  '  // keep the order stable for callers',
  'export function helper(a, b) { return a + b; }',
  '',
  '    items.push({ name, size: bytes.length });',
  'logger.info(`finished ${count} items`);',
  'const key = lookup(table, name);',
];

function lines(text: string): string[] {
  return text.split('\n');
}

function randomFile(rand: () => number, length = 700): string[] {
  const out: string[] = [];
  for (let i = 0; i < length; i++) {
    if (rand() < 0.06) out.push(...lines(SNIPPETS[Math.floor(rand() * SNIPPETS.length)] as string));
    else out.push(FILLER[Math.floor(rand() * FILLER.length)] as string);
  }
  return out;
}

/** One edit as a commit would make it: insert, delete or replace a few lines, or change one character. */
function edit(rand: () => number, file: string[]): string[] {
  const next = file.slice();
  const at = Math.floor(rand() * next.length);
  const r = rand();
  if (r < 0.3) next.splice(at, 0, ...lines(rand() < 0.5 ? (SNIPPETS[Math.floor(rand() * SNIPPETS.length)] as string) : (FILLER[0] as string)));
  else if (r < 0.55) next.splice(at, 1 + Math.floor(rand() * 3));
  else if (r < 0.8) next[at] = FILLER[Math.floor(rand() * FILLER.length)] as string;
  else {
    const line = next[at] ?? '';
    const k = Math.floor(rand() * Math.max(1, line.length));
    next[at] = `${line.slice(0, k)}${'xQ7'[Math.floor(rand() * 3)]}${line.slice(k + 1)}`; // e.g. one character of a key body
  }
  return next;
}

const shape = (o: BlobOutcome): string[] =>
  o.findings
    .map((f: RawFinding) => [allDetectors[f.detector]?.id, f.start, f.end, f.line, f.column, f.endLine, f.endColumn, f.secret ?? '', f.detail ?? '', f.lineText, f.prevLineText].join('|'))
    .sort();

describe('detectChanged', () => {
  it('finds exactly what a whole-file scan finds, over hundreds of random edits', () => {
    let findings = 0;
    let partial = 0;
    for (const path of ['src/app.js', 'config/settings.py', 'docs/setup.md']) {
      const rand = rng(path.length * 7919);
      let file = randomFile(rand, 300); // long enough for edits far from each other and from the file's ends
      let bytes = Buffer.from(file.join('\n'));
      let full = detectBlob(compiled, path, bytes);
      for (let step = 0; step < 100; step++) {
        file = edit(rand, file);
        const next = Buffer.from(file.join('\n'));
        const base: Version = { bytes, findings: full.findings, wholeFile: full.kind === 'scanned' && full.wholeFile };
        const changed = detectChanged(compiled, path, next, base);
        full = detectBlob(compiled, path, next);
        expect(shape(changed), `${path} after edit ${step}`).toEqual(shape(full));
        findings += full.findings.length;
        if (changed.findings.some((f) => base.findings.includes(f))) partial++;
        bytes = next;
      }
    }
    expect(findings).toBeGreaterThan(500); // the edits kept secrets around
    expect(partial).toBeGreaterThan(100); // and most versions reused findings of their base instead of a rescan
  });

  it('finds exactly what a whole-file scan finds when one version makes several edits far apart, and moves blocks', () => {
    // a commit that touches a file in several places, or moves code: each changed place is its own
    // window, and the findings between them are the base's, moved
    let findings = 0;
    let carried = 0;
    let split = 0;
    for (const path of ['src/server.js', 'lib/worker.py']) {
      const rand = rng(path.length * 31337);
      let file = [...randomFile(rand), ...randomFile(rand)];
      let bytes = Buffer.from(file.join('\n'));
      let full = detectBlob(compiled, path, bytes);
      for (let step = 0; step < 20; step++) {
        const edits = 2 + Math.floor(rand() * 5);
        for (let e = 0; e < edits; e++) file = edit(rand, file);
        if (rand() < 0.3) {
          // a block of lines moved elsewhere
          const from = Math.floor(rand() * (file.length - 40));
          const block = file.slice(from, from + 10 + Math.floor(rand() * 30));
          file = [...file.slice(0, from), ...file.slice(from + block.length)];
          const to = Math.floor(rand() * file.length);
          file = [...file.slice(0, to), ...block, ...file.slice(to)];
        }
        const next = Buffer.from(file.join('\n'));
        const base: Version = { bytes, findings: full.findings, wholeFile: full.kind === 'scanned' && full.wholeFile };
        const plan = changePlan(base, next);
        if (plan && plan.windows.length > 1) split++;
        const changed = detectChanged(compiled, path, next, base);
        full = detectBlob(compiled, path, next);
        expect(shape(changed), `${path} after step ${step}`).toEqual(shape(full));
        findings += full.findings.length;
        carried += changed.findings.filter((f) => base.findings.includes(f) || base.findings.some((b) => b.secret === f.secret && b.line !== f.line)).length;
        bytes = next;
      }
    }
    expect(findings).toBeGreaterThan(1500);
    expect(split).toBeGreaterThan(25); // most of the 40 versions were scanned in several windows
    expect(carried).toBeGreaterThan(findings / 2); // and most findings were the base's, moved
  });

  it('scans two edits 40 KiB apart as two windows, and the unchanged code between them not at all', () => {
    const filler = Array.from({ length: 2000 }, (_, i) => `const value${i} = compute(input, ${i});`);
    const a = Buffer.from(filler.join('\n'));
    const edited = filler.slice();
    edited[100] = 'const changed = 1;';
    edited.splice(1900, 0, 'const inserted = 2;', 'const inserted = 3;');
    const b = Buffer.from(edited.join('\n'));
    const plan = changePlan({ bytes: a, findings: [], wholeFile: false }, b);
    expect(plan?.windows).toHaveLength(2);
    const scanned = (plan?.windows ?? []).reduce((n, w) => n + w.to - w.from, 0);
    expect(scanned).toBeLessThan(6 * 1024);
    const [, middle] = plan?.stretches ?? [];
    expect(middle?.shift).toBe('const changed = 1;'.length - (filler[100] as string).length);
    const stretches = plan?.stretches ?? [];
    expect(lineShifts(a, b, stretches)(stretches.length - 1)).toBe(2);
  });

  it('keeps a PEM block whole when its header and footer are added in two windows around unchanged lines', () => {
    const rand = rng(99);
    const body = Array.from({ length: 400 }, () => Array.from({ length: 64 }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'[Math.floor(rand() * 64)]).join(''));
    const filler = Array.from({ length: 300 }, (_, i) => `const value${i} = compute(input, ${i});`);
    const a = Buffer.from([...filler, ...body, ...filler].join('\n'));
    const b = Buffer.from([...filler, '-----BEGIN RSA PRIVATE KEY-----', ...body, '-----END RSA PRIVATE KEY-----', ...filler].join('\n'));
    const base = detectBlob(compiled, 'keys.txt', a);
    const plan = changePlan({ bytes: a, findings: base.findings, wholeFile: false }, b);
    expect(plan?.windows).toHaveLength(1); // one window from the header to the footer
    expect(shape(detectChanged(compiled, 'keys.txt', b, { bytes: a, findings: base.findings, wholeFile: false }))).toEqual(shape(detectBlob(compiled, 'keys.txt', b)));
  });

  it('in prose, finds what a whole-file scan finds while edits open, close and cut fenced blocks', () => {
    // code lines of a Markdown file are those inside fences, which depend on every fence before them
    const WORDS = ['Some words about setup.', 'Then run the tests.', '', '| option | meaning |', 'echo "building"', '  make install'];
    const FENCES = ['```sh', '```', '~~~', '~~~~', '  ```'];
    // (split: this test file is scanned too)
    const INSECURE = [`${'curl'} -k https://internal.example/api`, `${'curl'} --insecure "$URL"`, `npm config set ${'strict-ssl'} false`, `git config ${'http.sslVerify'} false`];
    const rand = rng(4242);
    const pick = (): string => {
      const r = rand();
      const list = r < 0.03 ? INSECURE : r < 0.15 ? FENCES : WORDS;
      return list[Math.floor(rand() * list.length)] as string;
    };
    let file = Array.from({ length: 800 }, pick);
    let bytes = Buffer.from(file.join('\n'));
    let full = detectBlob(compiled, 'docs/guide.md', bytes);
    let findings = 0;
    let partial = 0;
    for (let step = 0; step < 300; step++) {
      const at = Math.floor(rand() * file.length);
      file = file.slice();
      if (rand() < 0.5) file.splice(at, 0, pick());
      else file.splice(at, 1);
      const next = Buffer.from(file.join('\n'));
      const base: Version = { bytes, findings: full.findings, wholeFile: full.kind === 'scanned' && full.wholeFile };
      const changed = detectChanged(compiled, 'docs/guide.md', next, base);
      full = detectBlob(compiled, 'docs/guide.md', next);
      expect(shape(changed), `after edit ${step}`).toEqual(shape(full));
      findings += full.findings.length;
      if (changed.findings.some((f) => base.findings.includes(f))) partial++;
      bytes = next;
    }
    expect(findings).toBeGreaterThan(2500);
    expect(partial).toBeGreaterThan(120); // and many versions reused their base's findings instead of a rescan
  });

  it("finds what a whole-file scan finds in Docker configs, and scans code that only says \"auth\" where it changed", () => {
    // docker-config-auth judges whole files only when they hold an `auths` map (fileKeywords)
    const auth = (n: number): string => Buffer.from(`ci-bot${n}:Zt9qW3xkP2m${n}Lr8`).toString('base64');
    // registries with credentials are kilobytes apart (a window widened over one finding reaches
    // no other), most use a credential helper
    const registry = (rand: () => number): string[] => {
      const n = Math.floor(rand() * 1000);
      if (rand() < 0.93) return [`    "mirror${n}.corp.example": { "identity": "helper-${n}" },`];
      return [`    "registry${n}.corp.example": {`, `      "auth": "${auth(n)}",`, `      "email": "ci${n}@corp.example"`, '    },'];
    };
    const kinds = {
      'ci/registries.json': { head: ['{', '  "auths": {'], tail: ['  }', '}'] },
      '.dockercfg': { head: ['{'], tail: ['}'] },
      'src/client.js': { head: ['// no auths map here'], tail: [] },
    } as const;
    const code = (rand: () => number): string[] => [rand() < 0.5 ? `  request({ "auth": "${auth(Math.floor(rand() * 1000))}" });` : (FILLER[Math.floor(rand() * FILLER.length)] as string)];
    let partialCode = 0;
    let findings = 0;
    for (const [path, { head, tail }] of Object.entries(kinds)) {
      const rand = rng(path.length * 104729);
      const body = (): string[] => (path.endsWith('.js') ? code(rand) : registry(rand));
      let middle = Array.from({ length: 120 }, body).flat();
      let bytes = Buffer.from([...head, ...middle, ...tail].join('\n'));
      let full = detectBlob(compiled, path, bytes);
      for (let step = 0; step < 60; step++) {
        middle = middle.slice();
        const at = Math.floor(rand() * middle.length);
        const r = rand();
        if (r < 0.4) middle.splice(at, 0, ...body());
        else if (r < 0.7) middle.splice(at, 1 + Math.floor(rand() * 3));
        else middle[at] = `${middle[at] ?? ''}x`;
        const next = Buffer.from([...head, ...middle, ...tail].join('\n'));
        const base: Version = { bytes, findings: full.findings, wholeFile: full.kind === 'scanned' && full.wholeFile };
        const changed = detectChanged(compiled, path, next, base);
        full = detectBlob(compiled, path, next);
        expect(shape(changed), `${path} after edit ${step}`).toEqual(shape(full));
        findings += full.findings.filter((f) => allDetectors[f.detector]?.id === 'docker-config-auth').length;
        if (path === 'src/client.js' && !(full.kind === 'scanned' && full.wholeFile)) partialCode++;
        bytes = next;
      }
    }
    expect(findings).toBeGreaterThan(700); // credentialed registries all along
    expect(partialCode).toBe(60); // code with "auth" and no auths map is never marked whole-file
  });

  it('moves a finding after the change to its new line and keeps one before it in place', () => {
    const token = example('github-token');
    const a = Buffer.from([token, ...Array(400).fill('const x = 1;'), token.replace('const token', 'const other'), ''].join('\n'));
    const b = Buffer.from([token, ...Array(200).fill('const x = 1;'), 'inserted();', 'inserted();', ...Array(200).fill('const x = 1;'), token.replace('const token', 'const other'), ''].join('\n'));
    const base = detectBlob(compiled, 'a.js', a);
    const changed = detectChanged(compiled, 'a.js', b, { bytes: a, findings: base.findings, wholeFile: false });
    expect(changed.findings.map((f) => f.line).sort((x, y) => x - y)).toEqual([1, 404]);
    expect(changed.findings.filter((f) => base.findings.includes(f))).toHaveLength(1); // the first, carried over as is
  });

  it('finds what a whole-file scan finds for keys judged with the block they sit in, however far below it edits move them', () => {
    // a bare `Key` counts under a block named for a credential (kit/enclosing-name.ts) looked for 8 lines and 1 KiB up
    // at most: a window has 8 lines and 1 KiB above a change, so it sees the block whenever a whole-file scan does
    // (lines of ~200 characters: 8 of them are more than 1 KiB, so a look-back past either limit would show)
    const key = (rand: () => number): string => Array.from({ length: 40 }, () => 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'[Math.floor(rand() * 56)]).join('');
    const forms: Record<string, { block: (rand: () => number) => string[]; filler: string }> = {
      'config/app.yml': { block: (rand) => ['jwt:', '  issuer: shop', `  key: ${key(rand)}`], filler: `  audience: ${'shop-api '.repeat(20)}` },
      'src/Api/appsettings.json': { block: (rand) => ['"Jwt": {', '  "Issuer": "shop",', `  "Key": "${key(rand)}"`, '},'], filler: `  "Audience": "${'shop-api '.repeat(20)}",` },
    };
    let findings = 0;
    for (const [path, { block, filler }] of Object.entries(forms)) {
      const rand = rng(path.length * 104729);
      let file: string[] = [];
      for (let i = 0; i < 120; i++) file.push(...(rand() < 0.1 ? block(rand) : [i % 7 === 0 ? 'other:' : filler]));
      let bytes = Buffer.from(file.join('\n'));
      let full = detectBlob(compiled, path, bytes);
      for (let step = 0; step < 150; step++) {
        const next = file.slice();
        const at = Math.floor(rand() * next.length);
        const r = rand();
        if (r < 0.4) next.splice(at, 0, ...Array<string>(1 + Math.floor(rand() * 4)).fill(filler)); // pushes keys away from their block
        else if (r < 0.6) next.splice(at, 1 + Math.floor(rand() * 2));
        else if (r < 0.8) next.splice(at, 0, ...block(rand));
        else next[at] = (next[at] ?? '').replace(/[a-z](?=[A-Za-z0-9]{5}"?$)/, 'Q'); // one character of a key
        file = next;
        const nextBytes = Buffer.from(file.join('\n'));
        const base: Version = { bytes, findings: full.findings, wholeFile: full.kind === 'scanned' && full.wholeFile };
        const changed = detectChanged(compiled, path, nextBytes, base);
        full = detectBlob(compiled, path, nextBytes);
        expect(shape(changed), `${path} after edit ${step}`).toEqual(shape(full));
        findings += full.findings.filter((f) => allDetectors[f.detector]?.id === 'generic-secret-assignment').length;
        bytes = nextBytes;
      }
    }
    expect(findings).toBeGreaterThan(1000); // keys under their blocks were found all along
  });

  it("judges a file whole only where a whole-file detector needs it: a shell group's `} >`, not JavaScript's or a JSON file's", () => {
    const whole = (path: string, text: string): boolean => {
      const r = detectBlob(compiled, path, Buffer.from(text));
      return r.kind === 'scanned' && r.wholeFile;
    };
    const code = `const token = login();\nif (a.size} > limit) log(token);\n${'const x = 1;\n'.repeat(50)}`;
    expect(whole('src/app.js', code)).toBe(false);
    expect(whole('app/job.py', 'password = ask()\nprint(f"{n} > {m}")\n')).toBe(false);
    expect(whole('deploy/run.sh', '{\n  echo "token: $API_TOKEN"\n} > /tmp/out\n')).toBe(true);
    // any JSON file may be a keypair file (solana-keypair-file), but one of 1 KiB or less is read whole anyway
    expect(whole('data/table.json', `[${Array.from({ length: 400 }, (_, i) => i % 256).join(', ')}]`)).toBe(false);
  });

  it('scans a file whole when a whole-file detector runs on it (a .env file)', () => {
    const a = Buffer.from('A=1\nB=2\n');
    const b = Buffer.from('A=1\nB=2\nAPI_SECRET=Zk8mQv2Lr9XbT4nWc7YpHs1JdE6uFa2f\n');
    const base = detectBlob(compiled, '.env', a);
    expect(base.kind === 'scanned' && base.wholeFile).toBe(true);
    expect(shape(detectChanged(compiled, '.env', b, { bytes: a, findings: base.findings, wholeFile: true }))).toEqual(shape(detectBlob(compiled, '.env', b)));
  });
});

describe('commonPrefix / commonSuffix', () => {
  it('agree with a byte-by-byte comparison around every chunk size', () => {
    const rand = rng(3);
    for (const n of [0, 1, 15, 16, 17, 255, 256, 257, 4095, 4096, 4097, 9000]) {
      const a = Buffer.alloc(n + 5, 'a');
      for (const cut of [0, Math.floor(n / 2), n]) {
        const b = Buffer.from(a);
        if (cut < b.length) b[cut] = 98;
        let p = 0;
        while (p < a.length && a[p] === b[p]) p++;
        expect(commonPrefix(a, b)).toBe(p);
        const c = Buffer.concat([Buffer.from([Math.floor(rand() * 255)]), b]);
        let s = 0;
        while (s < Math.min(a.length, c.length) && a[a.length - 1 - s] === c[c.length - 1 - s]) s++;
        expect(commonSuffix(a, c, Math.min(a.length, c.length))).toBe(s);
      }
    }
  });
});

describe('VersionCache', () => {
  it('keeps a version until its last use and within its byte budget', () => {
    const cache = new VersionCache(10);
    const v = (n: number): Version => ({ bytes: Buffer.alloc(n), findings: [], wholeFile: false });
    cache.put('a', v(4), { uses: 2 });
    cache.put('b', v(4), { uses: 1 });
    expect(cache.take('a')).toBeDefined();
    expect(cache.take('a')).toBeDefined();
    expect(cache.take('a')).toBeUndefined(); // two uses, then gone
    cache.put('c', v(8), { uses: 1 }); // over budget: the oldest (b) goes
    expect(cache.take('b')).toBeUndefined();
    expect(cache.take('c')).toBeDefined();
    cache.put('big', v(11), { uses: 1 });
    expect(cache.take('big')).toBeUndefined();
    cache.put('none', v(1), { uses: 0 });
    expect(cache.take('none')).toBeUndefined();
  });

  it('counts uses raised after the put (a sibling listed later), not after the last take', () => {
    const cache = new VersionCache(10);
    const owner = { uses: 1 };
    cache.put('s', { bytes: Buffer.alloc(2), findings: [], wholeFile: false }, owner);
    owner.uses++;
    expect(cache.take('s')).toBeDefined();
    expect(cache.take('s')).toBeDefined();
    expect(cache.take('s')).toBeUndefined();
    owner.uses++; // too late: gone
    expect(cache.take('s')).toBeUndefined();
  });
});

describe('history scan of what changed', () => {
  it('reports every (blob, path) occurrence exactly as scanning each blob whole', async () => {
    const rand = rng(11);
    let file = randomFile(rand);
    const dir = tmpRepo({ 'src/app.js': file.join('\n'), 'README.md': '# app\n' });
    for (let i = 0; i < 25; i++) {
      file = edit(rand, file);
      writeTree(dir, { 'src/app.js': file.join('\n') });
      git(dir, ['commit', '-q', '--allow-empty', '-am', `edit ${i}`]);
    }
    const pass = streamIntroductions(dir, ['--all']);
    const blobs: HistoryBlob[] = [];
    for await (const blob of pass.blobs) blobs.push(blob);
    await pass.table;
    // newest first: each older version is compared with the newer one that replaced it
    expect(blobs.filter((b) => b.lineage?.some((l) => l.base !== undefined)).length).toBeGreaterThan(20);
    const key = (f: { detectorId: string; path: string; line: number; column: number; fingerprint: string; blob?: string }): string =>
      [f.detectorId, f.path, f.line, f.column, f.fingerprint, f.blob].join('|');
    const withDelta = await runScan(gitBlobSource(dir, blobs, { maxFileSize: 1 << 20 }), { detectors: allDetectors, workers: false });
    const whole = await runScan(gitBlobSource(dir, blobs.map((b) => ({ oid: b.oid, paths: b.paths })), { maxFileSize: 1 << 20 }), { detectors: allDetectors, workers: false });
    expect(whole.findings.length).toBeGreaterThan(20);
    expect(withDelta.findings.map(key).sort()).toEqual(whole.findings.map(key).sort());
  });

  it('compares branch tips with a sibling made from the same parent version, and still reports exactly what whole scans do', async () => {
    const rand = rng(23);
    const dir = tmpRepo({ 'src/app.js': randomFile(rand).join('\n') });
    const trunk = git(dir, ['rev-parse', 'HEAD']).trim();
    // eight branches off one commit, each editing the same file once: eight tips of one parent version
    for (let b = 0; b < 8; b++) {
      git(dir, ['checkout', '-q', '-b', `pr/${b}`, trunk]);
      writeTree(dir, { 'src/app.js': edit(rand, git(dir, ['show', `${trunk}:src/app.js`]).split('\n')).join('\n') });
      git(dir, ['commit', '-q', '-am', `branch ${b}`]);
    }
    const pass = streamIntroductions(dir, ['--all']);
    const blobs: HistoryBlob[] = [];
    for await (const blob of pass.blobs) blobs.push(blob);
    await pass.table;
    const keys = new Set(blobs.map((b) => b.lineage?.[0]?.key));
    // every tip but the first compares with a sibling tip listed before it; the first is kept for them and the trunk version
    const siblings = blobs.filter((b) => b.lineage?.[0]?.base !== undefined && keys.has(b.lineage[0].base) && b.oid !== git(dir, ['rev-parse', `${trunk}:src/app.js`]).trim());
    expect(siblings.length).toBe(7);
    expect(Math.max(...blobs.map((b) => b.lineage?.[0]?.uses ?? 0))).toBe(8);
    const key = (f: { detectorId: string; path: string; line: number; column: number; fingerprint: string; blob?: string }): string =>
      [f.detectorId, f.path, f.line, f.column, f.fingerprint, f.blob].join('|');
    const withDelta = await runScan(gitBlobSource(dir, blobs, { maxFileSize: 1 << 20 }), { detectors: allDetectors, workers: false });
    const whole = await runScan(gitBlobSource(dir, blobs.map((b) => ({ oid: b.oid, paths: b.paths })), { maxFileSize: 1 << 20 }), { detectors: allDetectors, workers: false });
    expect(whole.findings.length).toBeGreaterThan(10);
    expect(withDelta.findings.map(key).sort()).toEqual(whole.findings.map(key).sort());
  });
});
