// What the JWT detector and the generic rules share about JSON Web Tokens.
import { createHmac } from 'node:crypto';
import { decodeBase64, parseJson } from './checksums.js';

/** The JSON object a base64url segment decodes to, else undefined. */
export function decodeJwtSegment(segment: string): Record<string, unknown> | undefined {
  const json = decodeBase64(segment)?.toString('utf8');
  const value = json === undefined ? undefined : parseJson(json);
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** True when the claims' `exp` (seconds since 1970; milliseconds when it is that large) is in the past. */
export function hasExpired(claims: Record<string, unknown>): boolean {
  const exp = claims.exp;
  if (typeof exp !== 'number' || !Number.isFinite(exp) || exp <= 0) return false;
  return (exp > 1e11 ? exp : exp * 1000) < Date.now();
}

/**
 * True when the value is a three-part JWT that is no secret of its own: expired (no verifier accepts
 * it) or HMAC-signed with a stand-in key (the JWT detector reports those outside test material).
 */
export function isInertJwt(value: string): boolean {
  if (!value.startsWith('eyJ')) return false;
  const parts = value.split('.');
  // a JOSE header alone (`eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9`: {"alg":"HS256","typ":"JWT"}), cut from an example
  if (parts.length === 1) return typeof decodeJwtSegment(value.replace(/=+$/, ''))?.alg === 'string';
  if (parts.length !== 3) return false;
  const claims = decodeJwtSegment(parts[1] as string);
  if (claims !== undefined && hasExpired(claims)) return true;
  const alg = decodeJwtSegment(parts[0] as string)?.alg;
  return typeof alg === 'string' && isSignedWithStandInKey(value, alg);
}

/** Signing keys of tutorials and test suites: jwt.io's defaults, the slot's words, express-session's "keyboard cat". */
const STAND_IN_KEYS = [
  'secret', 'your-256-bit-secret', 'your-384-bit-secret', 'your-512-bit-secret', 'test', 'key', 'password', 'changeme',
  'mysecret', 'my-secret', 'my_secret', 'secretkey', 'secret-key', 'secret_key', 'supersecret', 'jwt-secret', 'jwt_secret',
  'jwtsecret', 'testsecret', 'test-secret', 'test_secret', 'shhhhh', 'keyboard cat',
];
const HMAC: Readonly<Record<string, string>> = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' };

/**
 * True when an HMAC-signed token (`HS256`/`384`/`512`, alg named in `header`) verifies with a stand-in
 * key: a test vector or a tutorial's token (and, outside test material, a key anyone can guess).
 */
export function isSignedWithStandInKey(token: string, alg: string | undefined): boolean {
  const hash = alg === undefined ? undefined : HMAC[alg];
  if (hash === undefined) return false;
  const cut = token.lastIndexOf('.');
  const signed = token.slice(0, cut);
  const signature = token.slice(cut + 1);
  return STAND_IN_KEYS.some((key) => createHmac(hash, key).update(signed).digest('base64url') === signature);
}
