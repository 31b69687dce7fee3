// What the JWT detector and the generic rules share about JSON Web Tokens.
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

/** True when the value is a three-part JWT whose payload says it has expired: no verifier accepts it. */
export function isExpiredJwt(value: string): boolean {
  if (!value.startsWith('eyJ')) return false;
  const parts = value.split('.');
  if (parts.length !== 3) return false;
  const claims = decodeJwtSegment(parts[1] as string);
  return claims !== undefined && hasExpired(claims);
}
