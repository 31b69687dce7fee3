// Datasets of code chunks quote whole source files in JSON strings; a value in a quoted unit test is
// test material (context "test"), as it was in the test folder it was copied from. A quoted
// configuration file, or code before any test mark, is read as it stands.
import { describe, expect, it } from 'vitest';
import { allDetectors } from '../../detectors/index.js';
import { fakeGithubToken } from '../../fixtures/repos/history.js';
import { compileDetectors, detectBlob, type RawFinding } from '../../src/engine/detect-blob.js';
import { inQuotedTestSource } from '../../src/engine/quoted-source.js';
import { mulberry32Ints } from '../helpers/random.js';

const compiled = compileDetectors(allDetectors);
const idOf = (f: RawFinding): string => (compiled.detectors[f.detector] as { id: string }).id;
const TOKEN = fakeGithubToken(4242);

/** Unpadded base64 of `n` pseudo-random bytes. */
function b64(n: number, seed: number): string {
  const next = mulberry32Ints(seed);
  return Buffer.from(Array.from({ length: n }, () => next() & 0xff)).toString('base64').replace(/=+$/, '');
}
const ARGON2 = `$argon2id$v=19$m=32768,t=3,p=2$${b64(16, 91)}$${b64(32, 92)}`;

const junit = (value: string): string =>
  `package org.acme.crypto;\n\nimport org.junit.jupiter.api.Test;\n\nclass VerifierTest {\n    @Test\n    void verifiesLegacyHash() {\n        String stored = "${value}";\n        assertTrue(Verifier.check("hunter22", stored));\n    }\n}\n`;
const record = (content: string): string => JSON.stringify({ doc_id: 'doc_7', content, chunks: [{ chunk_id: 'doc_7_chunk_0', content }] });
const scan = (path: string, text: string): RawFinding[] => [...detectBlob(compiled, path, Buffer.from(text)).findings];

describe('a value quoted in a dataset of code chunks', () => {
  it('is test material inside a quoted unit test (JSON Lines)', () => {
    const findings = scan('data/evaluation_set.jsonl', `${record(junit(ARGON2))}\n`).filter((f) => idOf(f) === 'password-hash-argon2');
    expect(findings.length).toBe(2);
    for (const f of findings) expect(f.sample).toBe(true);
  });

  it('is test material inside a quoted Go test (JSON document)', () => {
    const go = `package client\n\nimport "testing"\n\nfunc TestAuthHeader(t *testing.T) {\n\tc := New("${TOKEN}")\n\tif c.token == "" {\n\t\tt.Fatal("no token")\n\t}\n}\n`;
    const text = JSON.stringify([{ path: 'client/auth_test.go', content: go }], null, 2);
    const [f] = scan('corpus/chunks.json', text).filter((x) => x.secret === TOKEN);
    expect(f?.sample).toBe(true);
  });

  it('stays a finding in a quoted configuration file or a script', () => {
    const config = `server:\n  port: 8080\nauth:\n  admin_hash: "${ARGON2}"\n`;
    const [h] = scan('data/chunks.jsonl', `${record(config)}\n`).filter((f) => idOf(f) === 'password-hash-argon2');
    expect(h).toBeDefined();
    expect(h?.sample).toBeUndefined();
    const script = `import requests\n\nGITHUB_TOKEN = "${TOKEN}"\nrequests.get(URL, headers={"Authorization": f"token {GITHUB_TOKEN}"})\n`;
    const [t] = scan('data/chunks.json', record(script)).filter((f) => f.secret === TOKEN);
    expect(t).toBeDefined();
    expect(t?.sample).toBeUndefined();
  });

  it('stays a finding before the test marks of its string, in another string, or in a notebook', () => {
    const before = `GITHUB_TOKEN = "${TOKEN}"\n\nimport unittest\n\nclass T(unittest.TestCase):\n    pass\n`;
    const [a] = scan('data/chunks.jsonl', `${record(before)}\n`).filter((f) => f.secret === TOKEN);
    expect(a?.sample).toBeUndefined();
    const apart = JSON.stringify({ test: 'import pytest\n\ndef test_x():\n    assert True\n', token: TOKEN });
    const [b] = scan('data/record.json', apart).filter((f) => f.secret === TOKEN);
    expect(b).toBeDefined();
    expect(b?.sample).toBeUndefined();
    expect(inQuotedTestSource(apart, apart.indexOf(TOKEN))).toBe(false);
  });

  it('reads only the one JSON string that holds the value', () => {
    const text = `{"a": "import org.junit.Test;\\n@Test\\nvoid x() {}\\n", "b": "v\\nw\\nSECRET"}`;
    expect(inQuotedTestSource(text, text.indexOf('SECRET'))).toBe(false);
    const inside = `{"a": "import org.junit.Test;\\n@Test\\nvoid x() { k = \\"SECRET\\"; }"}`;
    expect(inQuotedTestSource(inside, inside.indexOf('SECRET'))).toBe(true);
  });
});
