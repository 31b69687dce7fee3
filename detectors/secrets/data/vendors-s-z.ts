import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { vendorToken, vendorTokens, withVendorForms } from '../../kit/vendor-token.js';
import { crc32Bytes, decodeBase64 } from '../../kit/checksums.js';
import { afterVendorName, vendorJwt } from '../shared/named-value.js';
import { decodeJsonObject } from '../shared/payloads.js';

/**
 * A password value, not a reference or an expression: `os.environ[...]`, `config.password`, `getPass()`,
 * nor one opening a tuple or a group (`(ConfigSection.SNOWFLAKE, 'password')`, a table mapping a setting's
 * name to where it is read: the unquoted value runs from the parenthesis to the comma).
 */
function looksLikePassword(value: string): boolean {
  if (/^[([]?[A-Za-z_][\w.]{0,63}(?:\(.{0,60}\)|\[.{0,60}\])?$/.test(value) && !/[0-9]/.test(value)) return false;
  return !/^(?:null|none|nil|true|false|undefined|password|secret)$/i.test(value);
}

// Snowflake passwords written under a Snowflake-named key: SNOWFLAKE_PASSWORD=…, snowflake password: …,
// "snowflakePassword": "…". Connection URLs with a password are the URL-credentials detector's.
export const snowflakePassword: Detector = patternDetector({
  id: 'snowflake-password',
  title: 'Snowflake password',
  vendor: 'Snowflake',
  secrets: 'chosen',
  severity: 'high',
  keywords: ['snowflake'],
  pattern:
    /snowflake[\w. -]{0,24}?(?:password|passwd|pwd)["']?[ \t]{0,3}(?:=>|:=|[:=])[ \t]{0,3}(?<q>["']?)(?<secret>[^\s"'`$;,{}<>]{6,64})\k<q>(?=[\s,;)}]|$)/i,
  keywordSpan: { before: 0, after: 140 },
  validate: looksLikePassword,
  remediation:
    'Change the Snowflake user\'s password (ALTER USER … SET PASSWORD) or, better, move the integration to ' +
    'key-pair or OAuth authentication; keep whatever it uses in a secret store.',
  examples: {
    positive: [
      { text: 'SNOWFLAKE_PASSWORD=Of9tEdhvzA!wQ1dXq', path: '.env' },
      { text: '  snowflake_password: "Kp7#vWq2-Lm9zT"', path: 'profiles.yml' },
    ],
    negative: [
      { text: 'SNOWFLAKE_PASSWORD=${SNOWFLAKE_PASSWORD}', why: 'a reference' },
      { text: "snowflake_password = os.environ['SNOWFLAKE_PASSWORD']", why: 'read from the environment' },
      { text: 'snowflake_password: "{{ env_var(\'SNOWFLAKE_PASSWORD\') }}"', why: 'a template' },
      { text: 'snowflakePassword = config.password', why: 'a reference to another value' },
      { text: "    Keys.SNOWFLAKE_PASSWORD: (SettingGroup.SNOWFLAKE, 'password'),", path: 'app/io/settings.py', why: 'a tuple of references in a table of settings' },
    ],
  },
});

/** A Weaviate Cloud key: 88 base64 characters that decode to a base64 secret, '=' and a version tag (`=_v200`). */
function isWeaviateCloudKey(secret: string): boolean {
  const bytes = decodeBase64(secret);
  return bytes !== undefined && /^[A-Za-z0-9+/_-]{40,80}={1,2}_v\d{3}$/.test(bytes.toString('latin1'));
}

// Weaviate Cloud API keys (clusters with RBAC, v1.30 and later): base64 of a random secret followed by
// `=_v200`, 88 characters. Read after a Weaviate name; the decoded tag is checked, so a base64 blob of
// another kind is not reported.
export const weaviateApiKey: Detector = withVendorForms(
  patternDetector({
    id: 'weaviate-api-key',
    title: 'Weaviate Cloud API key',
    vendor: 'Weaviate',
    severity: 'high',
    keywords: ['weaviate'],
    pattern: afterVendorName(['weaviate'], '[A-Za-z0-9+/]{88}'),
    validate: isWeaviateCloudKey,
    priority: 50,
    remediation:
      'Delete or rotate the key in the API Keys section of the cluster in the Weaviate Cloud console, and keep the ' +
      'replacement in a secret store (WEAVIATE_API_KEY).',
    examples: {
      positive: [
        { text: 'WEAVIATE_URL=https://q7x2k9.c0.europe-west3.gcp.weaviate.cloud\nWEAVIATE_API_KEY=dGdSRndOT2tmU3VuZjFQX25aR25QaGV5RzBHbVlfWkE1TCsxNWFPK1FuVmJUbGx2d0Q4SFc4eVdaK1BYPV92MjAw', path: '.env' },
        { text: 'os.environ["WEAVIATE_API_KEY"] = "ZUlncWxkVkhBeV9oRHRFTzFacjJMVnFkWEJXOV8yd1VaN0hySnJQVEFVZ0NXdGdIUU9TaVJ3YVJmcmJHPV92MjAw"', path: 'app/vectors.py' },
      ],
      negative: [
        { text: 'WEAVIATE_API_KEY=Fsqw2I3HJP39EnlX/HO7hDCqPNBagJxlmvSgsH9ju2axUnBrYktGH8HIIYKIk74FX8uUb9uD78BbH1Hd0wRea0lS', why: '88 base64 characters without the version tag' },
        { text: 'WEAVIATE_API_KEY=M2Zya2hfZUJFWlNGMEtPcHJfM3dkY1VhVjRzNHpMZW5zSDU4aTlEa1kvZm1xOFdwMkloMmt1SWZtUWF3PV92MjA', why: 'one character short' },
        { text: 'WEAVIATE_API_KEY=your-weaviate-api-key', why: 'placeholder' },
      ],
    },
  }),
  { names: ['weaviate'], token: { alphabet: 'base64', length: 88 } },
  isWeaviateCloudKey,
);

/** A Tinybird token's payload: a JSON object naming the workspace (`u`) or the token (`id`). */
function isTinybirdToken(secret: string): boolean {
  const payload = decodeJsonObject(secret.slice(2, secret.lastIndexOf('.')));
  return payload !== undefined && (typeof payload['u'] === 'string' || typeof payload['id'] === 'string');
}

// Tinybird static tokens (workspace admin, user and scoped tokens: TB_TOKEN, TINYBIRD_TOKEN): `p.`, a
// base64url JSON payload and a signature. The JWTs an application signs for its end users are other.
export const tinybirdToken: Detector = patternDetector({
  id: 'tinybird-token',
  title: 'Tinybird token',
  vendor: 'Tinybird',
  severity: 'high',
  keywords: ['p.eyj'],
  pattern: /(?<![\w.-])(?<secret>p\.eyJ[A-Za-z0-9_-]{20,1000}\.[A-Za-z0-9_-]{20,100})(?![\w.-])/,
  validate: isTinybirdToken,
  minEntropy: 4,
  remediation:
    'Refresh or delete the token under Tokens in the Tinybird workspace (or `tb token refresh`), and keep the new ' +
    'value in a secret store (TINYBIRD_TOKEN); admin tokens also sign end-user JWTs, so rotate those signers too.',
  examples: {
    positive: [
      { text: 'TINYBIRD_TOKEN=p.eyJ1IjoiY2ExYWFlZDUtY2U2MS00ZmU2LWFiMDEtOTViNjIzMGRhNjNmIiwiaWQiOiI4NjAxMGY1YS00NzFiLTRiNDQtYWNmYi1mYTc0YzM4Zjc0MWYiLCJob3N0IjoiZ2NwLWV1cm9wZS13ZXN0MyJ9._HPPoj6k498G6H-gd5U5zamnDGvoiKWii-XYzxcqnbc\nTINYBIRD_URL=https://api.tinybird.co', path: '.env.local' },
      { text: '{\n  "host": "https://api.europe-west3.gcp.tinybird.co",\n  "token": "p.eyJ1IjoiMGFlMjQxNjYtZWE0Ni00YmU2LWE1NjItNzY3NjllMjllODkxIiwiaWQiOiI4YzdmMjg0NC01ODlkLTQ2ZTAtOWY4ZC0xODQ5M2M2ZWM1ZjkiLCJob3N0IjoiZ2NwLWV1cm9wZS13ZXN0MyJ9.gm9_nrDg-2HQQnQ12HqeBD78dWmA5wBalc88UJ3cn70"\n}', path: '.tinyb' },
    ],
    negative: [
      { text: 'TINYBIRD_TOKEN=p.your_token_here', why: "Tinybird's documentation stand-in" },
      { text: 'TINYBIRD_TOKEN=p.eyJ1IjoiY2ExYWFlZDUtY2U2MS00ZmU2LWFiMDEtOTViNjIzMGRhNjNmIiwiaWQiOiI4NjAxMGY1YS00NzFiLTRiNDQtYWNmYi1mYTc0YzM4Zjc0MWYiLCJob3N0IjoiZ2NwLWV1cm9wZS13ZXN0MyJ9', why: 'no signature' },
      { text: 'const t = p.eyJhbGciOiJIUzI1NiJ9.c2lnbmF0dXJlLXBhcnQtaGVyZQ;', why: 'payload without a workspace or token id' },
    ],
  },
});

// Turso (libSQL) database and group auth tokens: EdDSA-signed JWTs (`turso db tokens create`).
export const tursoAuthToken: Detector = vendorJwt({
  id: 'turso-auth-token',
  title: 'Turso database auth token',
  vendor: 'Turso',
  names: ['turso', 'libsql'],
  remediation:
    'Invalidate the database\'s or group\'s tokens (`turso db tokens invalidate <db>` or `turso group tokens ' +
    'invalidate <group>`), mint a new one with an expiry and the least access, and keep it in a secret store (TURSO_AUTH_TOKEN).',
  examples: {
    positive: [
      { text: 'TURSO_DATABASE_URL=libsql://shop-acme.aws-eu-west-1.turso.io\nTURSO_AUTH_TOKEN=eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9.eyJhIjoicnciLCJpYXQiOjE3MzUwMDAwMDAsImlkIjoiMWI3OGFiZmQtMTA2MC00YWUxLWE3YzMtZWI3YzBiZGFiODFkIn0.VEmQpdx9_UliPGoaKDEuC2li1VOsaWMVMdcyuz8eIDrwWRrIql1-ww0KnfNAcNmU1uzQIhFqxpmQP09lWBcUfg', path: '.env' },
      { text: 'const db = createClient({ url: process.env.TURSO_DATABASE_URL, authToken: "eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9.eyJpYXQiOjE3MzYwMDAwMDAsImlkIjoiZTU1Nzg4ODEtNTFmMC00OGFhLTg0Y2UtZjcxNTQ3MTRiMzYzIiwicmlkIjoiY2Q4MWJkNGMtZDE0OC00MmVlLWE5ZmUtNzQ5MzJmOGMxMTE3In0.EIyWGzTibKusjbxzP9MxW08sP-7unD2_Pj9CDNH_7mpDDoZjD5DkkVYd-fxKFotmWGBk3KASAl1FoDaWL6RvuQ" }); // libsql', path: 'src/db.ts' },
    ],
    negative: [
      { text: 'TURSO_AUTH_TOKEN=eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9', why: 'a header alone' },
      { text: 'TURSO_AUTH_TOKEN="<your-token>"', why: 'placeholder' },
    ],
  },
});

const XATA_BASE62 = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Xata's key body: its variable-length base62 (6 bits a character, 5 when the value's bits 1–4 are
 * all set; the first character holds the lowest bits) of 20 random bytes and their CRC-32, little-endian.
 */
function hasXataChecksum(secret: string): boolean {
  const body = secret.slice(4);
  const bytes: number[] = [];
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < body.length; i++) {
    const x = XATA_BASE62.indexOf(body[i] as string);
    if (x < 0) return false;
    acc |= x << bits;
    if (i === body.length - 1) bits += x === 0 ? 0 : 32 - Math.clz32(x);
    else bits += (x & 0x1e) === 0x1e ? 5 : 6;
    if (bits >= 8) {
      bytes.push(acc & 0xff);
      bits -= 8;
      acc >>>= 8;
    }
  }
  if (bits > 0) bytes.push(acc & 0xff);
  if (bytes.length !== 24) return false;
  bytes.reverse();
  const crc = crc32Bytes(bytes.slice(0, 20));
  const stored = ((bytes[20] as number) | ((bytes[21] as number) << 8) | ((bytes[22] as number) << 16) | ((bytes[23] as number) << 24)) >>> 0;
  return crc === stored;
}

// Xata API keys: `xau_` (user) or `xao_` (organization) and about 33 base62 characters that carry a
// CRC-32 of the key's random bytes, so a value that looks right but fails the checksum is not reported.
export const xataApiKey: Detector = patternDetector({
  id: 'xata-api-key',
  title: 'Xata API key',
  vendor: 'Xata',
  severity: 'high',
  keywords: ['xau_', 'xao_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>xa[uo]_[0-9A-Za-z]{30,36})(?![A-Za-z0-9_-])/,
  validate: hasXataChecksum,
  detail: (m) => (m.groups?.['secret']?.startsWith('xao_') ? 'organization key' : 'user key'),
  remediation:
    'Delete the key in the Xata console (Account settings or the organization\'s API keys) or with `xata keys`, and ' +
    'keep the replacement in a secret store (XATA_API_KEY); keys are for server code only.',
  examples: {
    positive: [
      { text: 'XATA_API_KEY=xau_s4gdOK93oxY19PdSXrfYVCvdVP78NvIY0\nXATA_BRANCH=main', path: '.env' },
      { text: 'const xata = new XataClient({ apiKey: "xao_2on3mCztKRcxDZb5CZc8Zc1YxHz56XY5", branch: "main" });', path: 'src/xata.ts' },
    ],
    negative: [
      { text: 'XATA_API_KEY=xau_A4gdOK93oxY19PdSXrfYVCvdVP78NvIY0', why: 'one character changed: the checksum fails' },
      { text: 'XATA_API_KEY=xau_xyz123', why: "Xata's documentation stand-in" },
      { text: 'XATA_API_KEY=xau_*********************************', why: 'masked' },
    ],
  },
});

// SingleStore Helios API keys (Management API, Flow on Helios): 64 hexadecimal characters, read after a
// SingleStore name. The key printed in the Flow on Helios authentication guide is not reported.
const singlestoreApiKey: Detector = vendorToken({
  id: 'singlestore-api-key',
  title: 'SingleStore Helios API key',
  vendor: 'SingleStore',
  names: ['singlestore'],
  token: { alphabet: 'hex', length: 64 },
  remediation:
    'Revoke the key under Configuration > API keys in the SingleStore Cloud Portal, create one with an expiry and ' +
    'the narrowest team access, and keep it in a secret store (SINGLESTORE_API_KEY).',
  examples: {
    positive: [
      { text: 'SINGLESTORE_API_KEY=6d72c829719fac6f1d0e3cbb7c2733346c508b9cf1aeca72e2290ed49f718066', path: '.env' },
      { text: 'singlestore:\n  management_api_key: "cf37c5d3e3a3a8fb557b9fc52f72a4de865de7e11ce93e68e489c2b8e61b0792"', path: 'config/settings.yml' },
    ],
    negative: [
      { text: 'Authorization: Bearer 28790ecd46256d9024e7b21a737493b2ed2872e6883808a87843d1ce9839d0d3 # singlestore api key', why: "SingleStore's documentation example" },
      { text: 'SINGLESTORE_API_KEY=6d72c829719fac6f1d0e3cbb7c2733346c508b9cf1aeca72e2290ed49f71806', why: '63 characters' },
    ],
  },
});

/** data vendors S–Z: the vendor-name-plus-value catalogue (kit/vendor-token.ts) and the self-identifying formats. */
export const dataVendorsSZ: readonly Detector[] = [
  ...vendorTokens([
    {
      id: 'stitch-api-token',
      title: 'Stitch API token',
      vendor: 'Stitch',
      names: ['stitchdata'],
      token: { alphabet: 'lower-alnum', length: 35 },
      examples: {
        positive: [
          { text: 'stitchdata_token: "0732y0tivrst71mfz6idsff9dhen7bzc5wq"', path: 'config/settings.yml' },
          { text: 'client = StitchdataClient(api_key="j0qhe2wch14y791hgttj0hjk2kdpo5b9rm3")', path: 'app/clients.py' },
        ],
        negative: [{ text: 'stitchdata_token: "0732y0tivrst71mfz6idsff9dhen7bzc5w"', path: 'config/settings.yml', why: 'one character short' }],
      },
    },
  ]),
  singlestoreApiKey,
  snowflakePassword,
  tinybirdToken,
  tursoAuthToken,
  weaviateApiKey,
  xataApiKey,
];
