// A JOSE library's published example keys (the RFC 7520 cookbook, RFC 8037's Ed25519 key) beside the
// citation of their section, or with a key id at a documentation domain: sample material, still reported.
// Values are typed for the test.
import { describe, expect, it } from 'vitest';
import { jwkPrivateKey } from '../../../detectors/secrets/generic/key-encodings.js';
import type { Match } from '../../../src/types.js';

const D = 'Hq7Lw2Xz9Kc4Vb6Nm1Pt8Rs3Jd5Fg0Ya7Ue2Oi4Wq6Z';
const key = (kid: string): string =>
  `{\n  kty: 'EC',\n  kid: '${kid}',\n  crv: 'P-256',\n  x: 'Tn3Wq8Lz1Vc6Xb9Mk2Pr5Hs7Jd0Fg4Ya8Ue1Oi3Wq5R',\n  y: 'Gm6Xc1Pa8Lv3Rt5Ks0Hn7Jd2Fq9By4Ze6Gu1Mi3Oj5T',\n  d: '${D}',\n}`;
const found = (path: string, text: string): Match[] => [...jwkPrivateKey.detect({ path, text })];

describe('jwk-private-key on published examples', () => {
  it.each([
    ['vectors/jws.mjs', `export default [{\n  title: 'https://www.rfc-editor.org/info/rfc7520/#section-4.3 - ECDSA',\n  key: ${key('1f2e3d4c')},\n}]\n`],
    ['src/keys.ts', `// RFC 8037, Appendix A.1\nexport const example = ${key('ed-1')}\n`],
    ['src/keys.ts', `export const example = ${key('pippin.took@tuckborough.example')}\n`],
    ['src/keys.ts', `export const example = ${key('ops@example.org')}\n`],
  ])('%s: sample material', (path, text) => {
    const m = found(path, text);
    expect(m).toHaveLength(1);
    expect(m[0]?.sample).toBe(true);
  });

  it.each([
    ['src/keys.ts', `export const signing = ${key('sig-2026')}\n`],
    ['src/keys.ts', `// see RFC 7517 for the format\nexport const signing = ${key('sig-2026')}\n`],
    ['src/keys.ts', `export const signing = ${key('auth.example-shop.io')}\n`],
  ])('%s: a plain finding', (path, text) => {
    const m = found(path, text);
    expect(m).toHaveLength(1);
    expect(m[0]?.sample).toBeUndefined();
  });
});
