import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { keywordRegExp, keywordStarts } from '../../kit/keyword-windows.js';
import { isPlaceholderPassword } from '../../kit/placeholders.js';
import { decodeArmouredBase64, isDerSequence } from '../shared/key-structure.js';

// Private keys written without PEM armour: the base64 of a DER key on one line (a Keycloak realm
// export's `"privateKey": ["MIIE…"]`, a `JWT_PRIVATE_KEY=MIIE…` setting, a Java or .NET string), and
// JSON Web Keys that carry their private part (`"d"` of an RSA, EC or OKP key, `"k"` of a symmetric one).
//
// A DER key's first bytes are fixed by its type (SEQUENCE, version, algorithm identifier), so its
// base64 starts with a fixed run that the keyword automaton finds: RSA in PKCS#8 `…IBADANBgkqhkiG9w0BAQEFAAS…`
// or PKCS#1 `…IBAAKC…`, EC in PKCS#8 `…ByqGSM49AgEG…` or SEC1 `MHcCAQEEI…`, Ed25519 and X25519 `MC4CAQAwBQYDK2V…`.
// A public key (SubjectPublicKeyInfo) has other first bytes and never matches. The run around the
// keyword must decode to exactly one DER SEQUENCE.

const DER_KEYWORDS: readonly { readonly keyword: string; readonly kind: string }[] = [
  { keyword: 'ibadanbgkqhkig9w0baqefaas', kind: 'RSA private key (PKCS#8)' },
  { keyword: 'ibaakc', kind: 'RSA private key (PKCS#1)' },
  { keyword: 'ibaakbgq', kind: 'RSA private key (PKCS#1)' },
  { keyword: 'byqgsm49ageg', kind: 'EC private key (PKCS#8)' },
  { keyword: 'mhccaqeei', kind: 'EC private key (SEC1, P-256)' },
  { keyword: 'mhqcaqeei', kind: 'EC private key (SEC1, secp256k1)' },
  { keyword: 'migkagebbd', kind: 'EC private key (SEC1, P-384)' },
  { keyword: 'mihcagebbei', kind: 'EC private key (SEC1, P-521)' },
  { keyword: 'mc4caqawbqydk2v', kind: 'Ed25519 or X25519 private key (PKCS#8)' },
];
const DER_FINDER = keywordRegExp(DER_KEYWORDS.map((k) => k.keyword));
/** Longest base64 run read around a keyword: an RSA 8192-bit key in PKCS#8 is about 6.3 KB. */
const MAX_RUN = 8 * 1024;

function isBase64Code(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47;
}

function* detectDerKeys({ text, keywordStarts: given }: DetectorInput): Iterable<Match> {
  let done = 0;
  for (const hit of keywordStarts(text, given, DER_FINDER)) {
    if (hit < done) continue;
    let start = hit;
    while (start > 0 && hit - start < 16 && isBase64Code(text.charCodeAt(start - 1))) start--;
    let end = hit;
    while (end < text.length && end - start < MAX_RUN && isBase64Code(text.charCodeAt(end))) end++;
    while (end < text.length && end - start < MAX_RUN + 2 && text.charCodeAt(end) === 0x3d /* = */) end++;
    done = end;
    // a DER SEQUENCE starts with 0x30: base64 'M'; the run must be the whole of it
    if (text.charCodeAt(start) !== 0x4d || (start > 0 && isBase64Code(text.charCodeAt(start - 1))) || isBase64Code(text.charCodeAt(end))) continue;
    if (afterArmour(text, start)) continue; // a PEM body on one line: private-key reports the block
    const bytes = decodeArmouredBase64(text.slice(start, end), 60);
    if (!bytes || !isDerSequence(bytes)) continue;
    const lower = text.slice(hit, hit + 25).toLowerCase();
    const kind = DER_KEYWORDS.find((k) => lower.startsWith(k.keyword))?.kind ?? 'private key';
    yield { start, end, secret: text.slice(start, end), detail: kind }; // the title says how it is written
  }
}

/** True when `-----` (a PEM header) comes right before `at`, past blanks and `\n` escapes. */
function afterArmour(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && at - i < 24) {
    const c = text.charCodeAt(i - 1);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i--;
    else if ((c === 0x6e || c === 0x72) && text.charCodeAt(i - 2) === 0x5c) i -= 2; // a `\n` or `\r` escape
    else break;
  }
  return i >= 5 && text.startsWith('-----', i - 5);
}

export const derPrivateKey: Detector = {
  id: 'private-key-der',
  title: 'Private key (base64 DER, no PEM armour)',
  secrets: 'generated',
  policy: 'no-committed-credentials',
  severity: 'critical',
  keywords: DER_KEYWORDS.map((k) => k.keyword),
  remediation:
    'Treat the key as compromised: replace it wherever it is trusted (a realm\'s or issuer\'s signing key, a TLS ' +
    'certificate, a service account) and revoke the old one; load private keys from a secret manager or a file ' +
    'mounted at run time, never from the repository.',
  detect: detectDerKeys,
  examples: {
    positive: [
      {
        path: 'keycloak/realm-export.json',
        text: '"config": {\n  "privateKey": [ "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg36aqeBARyOIDyt/JEb5Te/8jIq1M9C9Da/ka8gYH+xmhRANCAAQQn88wTzxgt/JMt9rS+Gv38lQH10lIKX5C1mytBGnmjAuE2Pi6u9i8+iPIFSlur6WQvAE0VDusBkzj3P9CUnYe" ],\n  "priority": [ "100" ]\n}',
        why: 'an EC key in PKCS#8',
      },
      { path: '.env.production', text: 'JWT_SIGNING_KEY=MC4CAQAwBQYDK2VwBCIEILFEUNc8nEPxmA43JnOkXZEUrM9rlRHq3FssLaF4MdMQ', why: 'an Ed25519 key' },
      {
        path: 'src/main/java/shop/Keys.java',
        text: 'static final String RSA = "MIICXQIBAAKBgQCw33L47clkD1KTA8araEVTKH9vrcBjgxHTRXxBcI/RLkd4QZDrabfvSpzyRQ1+0xgQFmSQkBzQMxNjF3kFDd86EMoEjhQ3NPEwDnN3M+CGskATRso6mWXh6TeGWX5Sa3pyP1TNop0G1fYzGpKlA8WnUDr0sTJBP4Y72EZ0cFRB+QIDAQABAoGBAIIJlmbrtBALr+MEeLEWtTlBYggCj5raB2X0BTm7fxEE3GjOk7Rwglm82ozINfbTTjKts/wQ6A4uLwfAfyo3G7FEaaXsYTv6zaFlYSsx7PrYLFs8JsfAtmEA88H7UGeIbjfJ6AdwGqekO+sRd374+4KqLN0tI6FCdrme+DTng8LtAkEA5KKjgAjsj116TGrxobU6hH4LZzt/aIyCCreemdEeRgCn1kMJug7VCUacBVcqEByQqSMv/XXTlfFvuNetUd7PtwJBAMYK0HGBCxzg/4544THJ+qopnh58TPfp2hLO4m9uXeMFZrcWbEotbGn8uUwPcBbeIXzcmEIYfcKzmMi9eyjOG88CQHEkyyShRe/sookOo2US+lJ2zc3Yc8SZRAFpvOMByal6yZQOuNGKZYKhnrRF3lr6x9vrveQAWyToxhEDKpJJYSECQBhEtPxjwtfcHpT37SirxqLZjL3Rn6D1sDqDza24CZtLSyX+gnCollN6m75dWfADcnkZkzLuS2LznTJkPdZnQ3MCQQCpf5roMCCG2jttp95rAiUNblH5MnrEwbSdXhndhLpGFXFsf19jgR0SqwwfwXKSTBHxtJQJLAFyby1HSFJBEQXC";',
        why: 'an RSA key in PKCS#1',
      },
    ],
    negative: [
      { path: 'jwks/public.txt', text: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEzw5j0fzy1ChViAd9hWAU3xeBJKUpms17FI61zbcvrepAxWLoLHUaISwyYQton9DiGGff+yANHtG1Ejc0OkqhEQ==', why: 'a public key (SubjectPublicKeyInfo)' },
      { path: 'config.json', text: '"privateKey": "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg36aqeBARyOIDyt/JEb5Te/8jIq1M9C9D..."', why: 'cut short: does not decode to a whole key' },
      { path: 'keys.json', text: '{"pem": "-----BEGIN PRIVATE KEY-----MC4CAQAwBQYDK2VwBCIEILFEUNc8nEPxmA43JnOkXZEUrM9rlRHq3FssLaF4MdMQ-----END PRIVATE KEY-----"}', why: 'a PEM block on one line: private-key reports it' },
    ],
  },
};

// --- JSON Web Keys -------------------------------------------------------------------------------

/** `"kty": "EC"` (quotes optional on the member name: a JavaScript object). */
const KTY = /["']?kty["']?[ \t]{0,4}:[ \t]{0,4}["'](RSA|EC|OKP|oct)["']/y;
/** How far an object's members are looked for around its `kty`: an RSA 4096-bit private JWK is about 3.2 KB. */
const OBJECT_REACH = 6 * 1024;
/** Base64url lengths of `d` by curve (32, 48, 66, 32, 57 and 56 bytes). */
const CURVE_D: Readonly<Record<string, number>> = { 'P-256': 43, 'P-384': 64, 'P-521': 88, secp256k1: 43, Ed25519: 43, X25519: 43, Ed448: 76, X448: 75 };

/** Deepest nesting followed: a crafted run of opening braces stops the search there (its keys get no object). */
const MAX_DEPTH = 10_000;

/**
 * The object `{ … }` around each of `hits` (ascending): the innermost brace open before the hit and the one that
 * closes it, each within OBJECT_REACH of the hit (JWK members hold no braces); undefined where there is none, or
 * where the innermost opening is a `[` (an array's item). One pass over the text for all the hits: a crafted object
 * that holds thousands of `"kty"` and never closes costs what one does.
 */
function objectsAround(text: string, hits: readonly number[]): ([number, number] | undefined)[] {
  const out: ([number, number] | undefined)[] = hits.map(() => undefined);
  if (hits.length === 0) return out;
  const stack: number[] = []; // positions of open braces; an open bracket as -1 - position
  const waiting = new Map<number, number[]>(); // an open brace's position -> the hits it holds
  let k = 0;
  const last = Math.min(text.length, (hits[hits.length - 1] as number) + OBJECT_REACH);
  for (let i = Math.max(0, (hits[0] as number) - OBJECT_REACH); i < last && stack.length < MAX_DEPTH; i++) {
    while (k < hits.length && hits[k] === i) {
      const open = stack[stack.length - 1];
      if (open !== undefined && open >= 0 && i - open <= OBJECT_REACH) (waiting.get(open) ?? waiting.set(open, []).get(open))?.push(k);
      k++;
    }
    const c = text.charCodeAt(i);
    if (c === 0x7b) stack.push(i);
    else if (c === 0x5b) stack.push(-1 - i);
    else if (c === 0x7d || c === 0x5d) {
      const open = stack.pop();
      if (open === undefined || open < 0) continue;
      const held = waiting.get(open);
      if (!held) continue;
      waiting.delete(open);
      for (const h of held) if (i + 1 - (hits[h] as number) <= OBJECT_REACH + 1) out[h] = [open, i + 1];
    }
  }
  return out;
}

function member(object: string, name: string): { value: string; index: number } | undefined {
  const m = new RegExp(`(?<![\\w-])["']?${name}["']?[ \\t]{0,4}:[ \\t]{0,4}["']([A-Za-z0-9_-]{1,4096})["']`).exec(object);
  return m ? { value: m[1] as string, index: m.index + m[0].length - 1 - (m[1] as string).length } : undefined;
}

/**
 * A symmetric key that is the base64url of typed text: a word repeated to the length the algorithm asks
 * for (`changemechangeme…`) or a stand-in password. (Other text stays a key: people do sign with passphrases.)
 */
function typedStandIn(value: string): boolean {
  const decoded = Buffer.from(value, 'base64url');
  if (!decoded.every((b) => b >= 0x20 && b <= 0x7e)) return false;
  const text = decoded.toString('latin1');
  return /^(.{2,16}?)\1+.{0,16}$/s.test(text) || isPlaceholderPassword(text);
}

/** Typed stand-ins: one character repeated, or few distinct ones. */
function looksGenerated(value: string): boolean {
  return new Set(value).size >= Math.min(16, Math.floor(value.length / 2)) && !/(.)\1{5}/.test(value);
}

/**
 * A citation of a specification's section or appendix (`rfc7520/#section-5.2`, `RFC 8037, Appendix A.1`,
 * `RFC 7517 Section 3`): the published examples of RFC 7515–7520 and 8037 are keys every JOSE library
 * tests against, cited beside them.
 */
const RFC_SECTION = /\bRFC[ -]?\d{4}\b[^\n]{0,24}?\b(?:section|appendix)[ -]?(?:[A-Z](?![a-z])|\d)/i;
/** A key id at a domain reserved for documentation (RFC 2606: `bilbo.baggins@hobbiton.example`, `example.com`). */
const EXAMPLE_KID = /(?<![\w-])["']?kid["']?[ \t]{0,4}:[ \t]{0,4}["'][\w.+@-]{0,64}(?:\.example|[@.]example\.(?:com|org|net))["']/i;

/**
 * True when the JWK is a published example: its kid at a documentation domain, or a specification's section
 * cited in the 1 KiB before it (as far as a history's window reaches above a change: a scan and a history
 * judge the key alike). Marked sample material (context test), not dropped: such a key is in every
 * JOSE suite, but a real key pasted under a citation would still be a leak.
 */
function isPublishedExample(text: string, objectStart: number, object: string): boolean {
  if (EXAMPLE_KID.test(object)) return true;
  const before = text.slice(Math.max(0, objectStart - 1024), objectStart);
  return /rfc/i.test(before) && RFC_SECTION.test(before);
}

function* detectJwks({ text, keywordStarts: given }: DetectorInput): Iterable<Match> {
  const found: { at: number; kty: string }[] = [];
  for (const hit of keywordStarts(text, given, KTY_FINDER)) {
    const at = text.charCodeAt(hit - 1) === 0x22 || text.charCodeAt(hit - 1) === 0x27 ? hit - 1 : hit;
    KTY.lastIndex = at;
    const kty = KTY.exec(text)?.[1];
    if (kty) found.push({ at, kty });
  }
  const objects = objectsAround(text, found.map((f) => f.at));
  let done = 0;
  for (let n = 0; n < found.length; n++) {
    const { at, kty } = found[n] as { at: number; kty: string };
    const bounds = objects[n];
    if (at < done || !bounds) continue;
    done = bounds[1];
    const object = text.slice(bounds[0], bounds[1]);
    const secret = member(object, kty === 'oct' ? 'k' : 'd');
    if (!secret || !looksGenerated(secret.value) || (kty === 'oct' && typedStandIn(secret.value))) continue;
    const crv = member(object, 'crv')?.value;
    const length = secret.value.length;
    const fits =
      kty === 'oct' ? length >= 22 // 16 bytes or more: an HMAC or AES key
      : kty === 'RSA' ? length >= 171 && member(object, 'n') !== undefined // 1024 bits or more
      : crv !== undefined && CURVE_D[crv] === length;
    if (!fits) continue;
    const start = bounds[0] + secret.index;
    const what = kty === 'oct' ? 'symmetric key ("k")' : `${kty}${crv ? ` ${crv}` : ''} private key ("d")`;
    const sample = isPublishedExample(text, bounds[0], object);
    yield { start, end: start + length, secret: secret.value, detail: `a JSON Web Key holding its ${what}`, ...(sample ? { sample: true as const } : {}) };
  }
}

const KTY_FINDER = keywordRegExp(['kty']);

export const jwkPrivateKey: Detector = {
  id: 'jwk-private-key',
  title: 'JSON Web Key with its private part',
  secrets: 'generated',
  policy: 'no-committed-credentials',
  severity: 'critical',
  keywords: ['kty'],
  remediation:
    'Replace the key in the issuer or client that signs with it (a new kid), remove the old one from every JWKS, ' +
    'and publish only the public members (kty, crv, x, y, n, e) in the repository; keep the private JWK in a secret manager.',
  detect: detectJwks,
  examples: {
    positive: [
      { path: 'config/jwks.json', text: '{"keys": [{"kty":"EC","kid":"sig-2026","use":"sig","crv":"P-256","x":"dM0h3w8itY2eScFQdJfHgn4IABZ7mQuXbzm4ZdJ5-3I","y":"zd4EmA2qq6fltNN71y-dTs5vorXbLe5H-nUsBZmCoN8","d":"DTnlG4SDWcNZMTblDzEGmh3Fv2KQBl0jbt8mTPU0oHE"}]}', why: 'an EC key with d' },
      { path: 'src/auth/keys.ts', text: "export const signingJwk = {\n  crv: 'Ed25519',\n  d: '814lQOXTM85Amj-_IYEBMlPLivtWZB77QTI_S5nco2g',\n  x: 'Jc4iPgsP3J3CXfF1sLDQ1lRzPjXWqDNofaMKkKFiRc8',\n  kty: 'OKP',\n};", why: 'an OKP key as a JavaScript object, kty last' },
      { path: 'jwt/hmac.jwk', text: '{ "kty": "oct", "alg": "HS256", "k": "6c4cW6ApGROv_TJK4t-9BPA_hzpblEYGQ5KAD4cH7y0" }', why: 'a symmetric key' },
      {
        path: 'vectors/jws.mjs',
        text: "export default [\n  {\n    title: 'https://www.rfc-editor.org/info/rfc7520/#section-4.3 - ECDSA Signature',\n    input: {\n      key: {\n        kty: 'EC',\n        kid: '5c1f9e2a-77b3-4d0e-9a61-2f8e4b7c3d10',\n        crv: 'P-256',\n        x: 'q8Rm2ZtV0nYw4Lc7Hx1JdPb9sKfE3aUo6GiTjN5vBzQ',\n        y: 'Wm7Xc2Pa9LvRt4Ks1Hn8Jd3Fq6By0Ze5Gu7Mi2Oj4Tw',\n        d: 'Jt4Nw8Qe2Rb6Xm0Lv5Kc9Hs3Pa7Yd1Fz4Gu8Mi2Oj6T',\n      },\n    },\n  },\n]\n",
        why: "a specification's published example, its section cited above it: reported as sample material (context test)",
      },
    ],
    negative: [
      { path: 'public/.well-known/jwks.json', text: '{"keys":[{"kty":"EC","crv":"P-256","x":"hvWS3a6x-2isuIzylY4u3LsFT35TWoExG7F-soAbqSw","y":"SCeLzuIasYUFzcHUWLLDfbHrMCzz7OuAxex3tOlYjMU","kid":"sig-2026"}]}', why: 'a public key set' },
      { path: 'docs/jwk.md', text: '{"kty":"EC","crv":"P-256","x":"…","y":"…","d":"<private key, base64url>"}', why: 'placeholders' },
      { path: 'test/keys.json', text: '{"kty":"oct","k":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}', why: 'one character repeated' },
      { path: 'fixtures/hmac.jwk', text: '{"alg":"HS256","k":"bGV0bWVpbmxldG1laW5sZXRtZWlubGV0bWVpbmxldG1laW4","kty":"oct"}', why: 'the base64url of a word typed again and again' },
      { path: 'jwk.json', text: '{"kty":"EC","crv":"P-256","d":"DTnlG4SDWcNZMTblDzEGmh3Fv2KQBl0jbt8"}', why: 'd is too short for P-256 (32 bytes): cut or made up' },
    ],
  },
};
