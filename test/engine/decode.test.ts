// Secrets committed encoded (base64, hex, percent-encoding, backslash escapes, HTML entities) and
// text files written as UTF-16: found by the detectors through the engine's decoding, placed on the
// encoded text, fingerprinted as the decoded secret, and within the decoding budget on hostile input.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allDetectors } from '../../detectors/index.js';
import { detectChanged } from '../../src/engine/delta.js';
import { compileDetectors, detectBlob, type RawFinding } from '../../src/engine/detect-blob.js';
import { describeEncoding } from '../../src/engine/detect-decoded.js';
import { decodeEncoded, DECODE_LIMITS } from '../../src/engine/decode.js';
import { memorySource, runScan } from '../../src/engine/scan.js';
import { decodeUtf16, isText, utf16Form } from '../../src/engine/text.js';
import { renderJson } from '../../src/report/json.js';
import { renderSarif } from '../../src/report/sarif.js';
import type { Finding } from '../../src/types.js';
import { tmpDir, writeTree } from '../helpers/tmp.js';
import { fileSource } from '../../src/sources/files.js';

const compiled = compileDetectors(allDetectors);
const idOf = (f: RawFinding): string => (compiled.detectors[f.detector] as { id: string }).id;

/** A detector's positive example, as the detectors module has it (fake, well-formed). */
function example(id: string, pattern: RegExp): string {
  const text = allDetectors.find((d) => d.id === id)?.examples.positive[0]?.text ?? '';
  const found = text.match(pattern)?.[0];
  if (!found) throw new Error(`no ${id} example`);
  return found;
}
const TOKEN = example('github-token', /gh[pousr]_\w{36}/);

/** A throwaway key made for this run: nothing real is committed. */
const RSA_PEM = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();

const b64 = (s: string | Buffer): string => Buffer.from(s).toString('base64');
const scan = (path: string, text: string | Buffer) => detectBlob(compiled, path, Buffer.isBuffer(text) ? text : Buffer.from(text));
const findings = (path: string, text: string | Buffer): RawFinding[] => {
  const outcome = scan(path, text);
  return outcome.findings.slice();
};
const escapeAll = (s: string, one: (code: number) => string): string => [...s].map((c) => one(c.charCodeAt(0))).join('');
const hex2 = (n: number): string => n.toString(16).padStart(2, '0');

describe('a Kubernetes Secret with a base64-encoded private key', () => {
  const key = b64(RSA_PEM);
  const yaml = [
    'apiVersion: v1',
    'kind: Secret',
    'metadata:',
    '  name: ingress-tls',
    'type: kubernetes.io/tls',
    'data:',
    `  tls.crt: ${b64('not a certificate, only a stand-in for one')}`,
    `  tls.key: ${key}`,
    '',
  ].join('\n');

  it('is reported by the private-key detector on the encoded run, saying how it was encoded', () => {
    const found = findings('deploy/secret.yaml', yaml).filter((f) => idOf(f) === 'private-key');
    expect(found).toHaveLength(1);
    const f = found[0] as RawFinding;
    const start = yaml.indexOf(key);
    expect(f).toMatchObject({ line: 8, column: 12, endLine: 8, endColumn: 12 + key.length, start, end: start + key.length, encoding: 'base64' });
    expect(f.detail).toMatch(/^RSA private key.*, base64-encoded$/);
    expect(f.secret).toBe(RSA_PEM.trim());
    expect(f.lineText).toBe(`  tls.key: ${key}`);
  });

  it("with a C string's terminator encoded after it (a NUL, or several) is still text, and still the key", () => {
    for (const nuls of [1, 3]) {
      const encoded = Buffer.concat([Buffer.from(RSA_PEM), Buffer.alloc(nuls)]).toString('base64');
      const found = findings('server/proxy/test.conf', `[Security]\nPrivateKeyContent=${encoded}\n`).filter((f) => idOf(f) === 'private-key');
      expect(found, `${nuls} NUL`).toHaveLength(1);
      expect(found[0]).toMatchObject({ line: 2, column: 19, encoding: 'base64' });
    }
    // a NUL inside the text is binary, as before
    const inside = Buffer.concat([Buffer.from(RSA_PEM.slice(0, 40)), Buffer.alloc(1), Buffer.from(RSA_PEM.slice(40))]).toString('base64');
    expect(findings('server/proxy/test.conf', `PrivateKeyContent=${inside}\n`).filter((f) => idOf(f) === 'private-key')).toHaveLength(0);
  });

  it('fingerprints like the same key committed plain, and keeps the secret out of the message', async () => {
    const result = await runScan(
      memorySource([
        { path: 'deploy/secret.yaml', bytes: Buffer.from(yaml), origin: { kind: 'stdin' } },
        { path: 'deploy/tls.pem', bytes: Buffer.from(RSA_PEM), origin: { kind: 'stdin' } },
      ]),
      { detectors: allDetectors, workers: false },
    );
    const keys = result.findings.filter((f) => f.detectorId === 'private-key');
    expect(keys.map((f) => f.path)).toEqual(['deploy/secret.yaml', 'deploy/tls.pem']);
    expect(keys[0]?.fingerprint).toBe(keys[1]?.fingerprint);
    expect(keys[0]?.message).toContain('base64-encoded');
    expect(keys.map((f) => f.encoding)).toEqual(['base64', undefined]); // the finding says how, for JSON and SARIF
    for (const f of result.findings) {
      expect(f.message).not.toContain(key.slice(0, 40));
      expect(f.message).not.toContain(RSA_PEM.split('\n')[1]?.slice(0, 20));
    }
  });

  it('is found in a real file through the file source', async () => {
    const dir = tmpDir();
    writeTree(dir, { 'k8s/secret.yaml': yaml });
    const result = await runScan(fileSource({ paths: [dir], maxFileSize: 1 << 20 }), { detectors: allDetectors, workers: false });
    expect(result.findings.map((f) => `${f.detectorId} ${f.line}:${f.column}`)).toContain('private-key 8:12');
  });
});

describe('each encoding', () => {
  const tokenAt = (list: RawFinding[]): RawFinding | undefined => list.find((f) => idOf(f) === 'github-token');

  it('base64 in a CI variable holding a Docker auths config', () => {
    const auth = b64(`ci-bot:${TOKEN}`);
    const text = `variables:\n  DOCKER_AUTH_CONFIG: '{"auths":{"ghcr.io":{"auth":"${auth}"}}}'\n`;
    const f = tokenAt(findings('.gitlab-ci.yml', text));
    expect(f).toMatchObject({ line: 2, column: (text.split('\n')[1]?.indexOf(auth) ?? 0) + 1, encoding: 'base64', secret: TOKEN });
  });

  it('URL-safe base64 without padding, and base64 of base64 (two layers), but not three', () => {
    const urlSafe = Buffer.from(`token=${TOKEN}??>>`).toString('base64url');
    expect(urlSafe).toMatch(/[-_]/);
    expect(tokenAt(findings('a.txt', `x ${urlSafe} y\n`))).toMatchObject({ encoding: 'base64' });
    const twice = b64(b64(`GH_TOKEN=${TOKEN}`));
    const f = tokenAt(findings('a.txt', `blob: ${twice}\n`));
    expect(f).toMatchObject({ encoding: 'base64/base64', column: 7, secret: TOKEN });
    expect(f?.detail).toBe('base64-encoded inside base64');
    expect(tokenAt(findings('a.txt', `blob: ${b64(twice)}\n`))).toBeUndefined();
  });

  it('hex', () => {
    const hex = Buffer.from(`GH_TOKEN=${TOKEN}`).toString('hex');
    expect(tokenAt(findings('a.sh', `echo ${hex} | xxd -r -p\n`))).toMatchObject({ encoding: 'hex', column: 6, end: 5 + hex.length });
  });

  it('percent-encoding: placed on exactly the escaped characters', () => {
    const escaped = escapeAll(TOKEN, (c) => `%${hex2(c).toUpperCase()}`);
    const line = `curl "https://hooks.example.com/notify?src=build&token=${escaped}&v=2"`;
    const f = tokenAt(findings('notify.sh', `${line}\n`));
    expect(f).toMatchObject({ encoding: 'percent', column: line.indexOf(escaped) + 1, endColumn: line.indexOf(escaped) + escaped.length + 1 });
  });

  it('backslash escapes, as Go and .NET JSON encoders write + and =', () => {
    const pem = RSA_PEM.trim().replace(/\+/g, '\\u002B').replace(/-/g, '\\u002d').replace(/\n/g, '\\n');
    const json = `{"name": "signer", "key": "${pem}"}\n`;
    const f = findings('config.json', json).find((x) => idOf(x) === 'private-key');
    expect(f).toMatchObject({ encoding: 'backslash', secret: RSA_PEM.trim(), column: json.indexOf('\\u002d') + 1 });
    const js = `const t = "${escapeAll(TOKEN, (c) => `\\x${hex2(c)}`)}";\n`;
    expect(tokenAt(findings('t.js', js))).toMatchObject({ encoding: 'backslash' });
  });

  it('HTML character references', () => {
    const html = `<input type="hidden" name="t" value="${escapeAll(TOKEN, (c) => `&#${c};`)}">\n`;
    expect(tokenAt(findings('form.html', html))).toMatchObject({ encoding: 'entity', secret: TOKEN });
    const attr = `<div data-config="{&quot;token&quot;:&quot;${TOKEN.slice(0, 4)}&#x${hex2(TOKEN.charCodeAt(4))};${TOKEN.slice(5)}&quot;}"></div>\n`;
    expect(tokenAt(findings('page.html', attr))).toMatchObject({ encoding: 'entity' });
  });

  it('a secret found plain and encoded in one file is two findings of one secret, the plain one not doubled', () => {
    const text = `GH_TOKEN=${TOKEN}\nGH_TOKEN_B64=${b64(TOKEN)}\nurl=https://x.example/?a=%2F&t=${TOKEN}\n`;
    const found = findings('a.env.txt', text).filter((f) => idOf(f) === 'github-token').sort((a, b) => a.line - b.line);
    expect(found.map((f) => [f.line, f.encoding ?? 'plain'])).toEqual([
      [1, 'plain'],
      [2, 'base64'],
      [3, 'plain'],
    ]);
  });

  it('describes layered encodings', () => {
    expect(describeEncoding('hex')).toBe('hex-encoded');
    expect(describeEncoding('percent/base64')).toBe('base64-encoded inside percent');
  });
});

describe('what is not decoded', () => {
  it('base64 of binary data, digests and integrity hashes, and ordinary code', () => {
    const text = [
      `"integrity": "sha512-${randomBytes(64).toString('base64')}",`,
      `sha256 ${randomBytes(32).toString('hex')}`,
      `<img src="data:image/png;base64,${b64(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(300)]))}">`,
      'const someRatherLongIdentifierName = anotherQuiteLongIdentifierName.concat(theThirdOneIsLongToo);',
      'printf("%2d of %5d\\n", i, n); // 100%',
      `-----BEGIN CERTIFICATE-----\n${randomBytes(48).toString('base64')}\n-----END CERTIFICATE-----`,
    ].join('\n');
    expect(decodeEncoded(Buffer.from(text)).filter((d) => !d.encoding.startsWith('percent'))).toEqual([]);
    expect(findings('package-lock.json', text)).toEqual([]);
  });

  it('nothing inside a binary file', () => {
    const bytes = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), Buffer.from(`\n${b64(`GH_TOKEN=${TOKEN}`)}\n`)]);
    expect(scan('logo.png', bytes).kind).toBe('binary');
  });

  it('text means valid UTF-8 with almost no control characters', () => {
    expect(isText(Buffer.from('héllo\tworld\r\n'), 14)).toBe(true);
    expect(isText(Buffer.from([0x68, 0x00, 0x69]), 3)).toBe(false);
    expect(isText(Buffer.from([0x68, 0xc3]), 2)).toBe(false);
    expect(isText(Buffer.from([0x68, 0xc3]), 2, true)).toBe(true); // a sequence cut by a truncated decode
  });
});

describe('the decoding budget', () => {
  it('keeps megabytes of base64 of text to 1 MiB decoded', () => {
    const big = b64(`${'key = value, and some more ordinary text\n'.repeat(100_000)}`); // ~5.5 MB
    const started = performance.now();
    const pieces = decodeEncoded(Buffer.from(big));
    expect(pieces.reduce((n, p) => n + p.bytes.length, 0)).toBeLessThanOrEqual(DECODE_LIMITS.bytes);
    expect(pieces.length).toBeGreaterThan(0);
    const outcome = scan('blob.txt', big);
    expect(outcome.kind).toBe('scanned');
    expect(performance.now() - started).toBeLessThan(10_000); // a generous bound: ~0.2 s on a laptop
  });

  it('caps the pieces, the candidates and the layers', () => {
    const many = Array.from({ length: 5000 }, (_, i) => b64(`line number ${String(i).padStart(6, '0')} here`)).join(' ');
    const pieces = decodeEncoded(Buffer.from(many));
    expect(pieces.length).toBe(DECODE_LIMITS.pieces);
    const noise = Array.from({ length: 100_000 }, (_, i) => `R${String(i).padStart(6, '0')}aaaaaaaaaaaaaaaaaaaaaaaa`).join(' ');
    expect(decodeEncoded(Buffer.from(noise), undefined, { ...DECODE_LIMITS, candidates: 10 })).toEqual([]);
    const deep = b64(b64(b64('innermost text is long enough to be decoded')));
    expect(decodeEncoded(Buffer.from(deep)).map((p) => p.encoding)).toEqual(['base64', 'base64/base64']);
  });
});

describe('UTF-16 text files', () => {
  const script = `# deploy helper\r\n$env:GH_TOKEN = "${TOKEN}"\r\nWrite-Host "ok"\r\n`;
  const column = script.split('\r\n')[1]?.indexOf(TOKEN) ?? 0;
  const bom = (order: 'le' | 'be'): Buffer => Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  const le = (s: string): Buffer => Buffer.from(s, 'utf16le');
  const be = (s: string): Buffer => Buffer.from(s, 'utf16le').swap16();

  it.each([
    ['UTF-16LE with a BOM', Buffer.concat([bom('le'), le(script)]), 2],
    ['UTF-16BE with a BOM', Buffer.concat([bom('be'), be(script)]), 2],
    ['UTF-16LE without a BOM', le(script), 0],
  ])('%s: decoded and scanned, line and column those of the text, byte offsets those of the code units', (_name, bytes, bomLength) => {
    const outcome = scan('tools/deploy.ps1', bytes);
    expect(outcome).toMatchObject({ kind: 'scanned', wholeFile: true });
    const f = outcome.findings.find((x) => idOf(x) === 'github-token');
    const offset = script.indexOf(TOKEN);
    expect(f).toMatchObject({ line: 2, column: column + 1, start: bomLength + 2 * offset, end: bomLength + 2 * (offset + TOKEN.length), secret: TOKEN });
    expect(f?.lineText).toBe(`$env:GH_TOKEN = "${TOKEN}"`);
  });

  it('written to disk by a Windows tool (.reg export), scanned through the file source', async () => {
    const dir = tmpDir();
    const reg = `Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\Software\\Build]\r\n"Token"="${TOKEN}"\r\n`;
    writeTree(dir, { 'settings.reg': Buffer.concat([bom('le'), le(reg)]) });
    expect(readFileSync(join(dir, 'settings.reg')).subarray(0, 4)).toEqual(Buffer.from([0xff, 0xfe, 0x57, 0x00]));
    const result = await runScan(fileSource({ paths: [dir], maxFileSize: 1 << 20 }), { detectors: allDetectors, workers: false });
    expect(result.findings.map((f) => `${f.detectorId} ${f.line}:${f.column}`)).toContain('github-token 4:10');
    expect(result.stats.skipped.binary ?? 0).toBe(0);
  });

  it('only text: binary data with zero bytes stays binary', () => {
    const samples = Buffer.alloc(4096);
    for (let i = 0; i < samples.length; i += 2) samples[i] = i % 7; // 16-bit values with control-character low bytes
    expect(utf16Form(samples)).toBeUndefined();
    expect(utf16Form(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]))).toBeUndefined(); // UTF-32LE
    expect(decodeUtf16(Buffer.concat([bom('be'), be('héllo')]), { order: 'be', bom: 2 })).toBe('héllo');
  });
});

describe('history: a later version scanned where it changed', () => {
  it('finds an encoded secret added to a file as a whole-file scan does', () => {
    const base = Buffer.from(Array.from({ length: 200 }, (_, i) => `line ${i}: nothing to see here`).join('\n'));
    const outcome = detectBlob(compiled, 'values.yaml', base);
    if (outcome.kind !== 'scanned') throw new Error('binary');
    const lines = base.toString().split('\n');
    lines.splice(120, 0, `  apiToken: ${b64(`token: ${TOKEN}`)}`);
    const next = Buffer.from(lines.join('\n'));
    const changed = detectChanged(compiled, 'values.yaml', next, { bytes: base, findings: outcome.findings, wholeFile: outcome.wholeFile });
    expect(changed).toEqual(detectBlob(compiled, 'values.yaml', next));
    expect(changed.findings.map((f) => [idOf(f), f.line, f.encoding])).toEqual([['github-token', 121, 'base64']]);
  });

  it('scans a UTF-16 version whole', () => {
    const utf16 = (s: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
    const base = utf16('REM settings\r\nset NAME=build\r\n');
    const outcome = detectBlob(compiled, 'env.cmd', base);
    if (outcome.kind !== 'scanned') throw new Error('not scanned as text');
    const next = utf16(`REM settings\r\nset NAME=build\r\nset GH_TOKEN=${TOKEN}\r\n`);
    const changed = detectChanged(compiled, 'env.cmd', next, { bytes: base, findings: outcome.findings, wholeFile: outcome.wholeFile });
    expect(changed).toEqual(detectBlob(compiled, 'env.cmd', next));
    expect(changed.findings.map((f) => [idOf(f), f.line])).toEqual([['github-token', 3]]);
  });
});

describe('reports', () => {
  it('carry the encoding in JSON and as a SARIF result property', () => {
    const finding: Finding = {
      detectorId: 'private-key',
      title: 'Private key',
      policy: 'no-committed-credentials',
      severity: 'critical',
      path: 'deploy/secret.yaml',
      line: 8,
      column: 13,
      endLine: 8,
      endColumn: 2265,
      fingerprint: '0123456789abcdef0123456789abcdef',
      redacted: '-----…',
      message: 'Private key: RSA private key (PKCS#1), base64-encoded (-----…)',
      encoding: 'base64',
    };
    const input = {
      tool: { name: 'secret-hygiene', version: '0.0.0' },
      command: 'scan',
      findings: [finding],
      stats: { filesScanned: 1, bytesScanned: 10, filesSkipped: 0, skipped: {}, suppressed: {}, durationMs: 1 },
      warnings: [],
      detectors: allDetectors.filter((d) => d.id === 'private-key'),
      color: false,
      reveal: false,
    };
    const json = JSON.parse(renderJson(input)) as { findings: Record<string, unknown>[] };
    expect(Object.keys(json.findings[0] ?? {})).toContain('encoding');
    expect(json.findings[0]?.encoding).toBe('base64');
    const sarif = JSON.parse(renderSarif(input)) as { runs: { results: { properties: Record<string, unknown> }[] }[] };
    expect(sarif.runs[0]?.results[0]?.properties.encoding).toBe('base64');
  });
});
