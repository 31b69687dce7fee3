// Decoders for formats whose payload is base64 JSON: JWTs and the vendor tokens built like them.
import { decodeBase64, parseJson } from '../../kit/checksums.js';

/** A JWT: three base64url segments, header and payload JSON objects (`eyJ` = `{"`). Bounded. */
export const JWT_SOURCE = 'eyJ[A-Za-z0-9_-]{10,800}\\.eyJ[A-Za-z0-9_-]{10,4000}\\.[A-Za-z0-9_-]{20,1400}';

/** The decoded payload (claims) of a JWT, or undefined when it is not a JSON object. */
export function jwtClaims(token: string): Record<string, unknown> | undefined {
  const payload = token.split('.')[1];
  if (payload === undefined) return undefined;
  const bytes = decodeBase64(payload);
  const claims = bytes ? parseJson(bytes.toString('utf8')) : undefined;
  return isRecord(claims) ? claims : undefined;
}

/** The JSON object a base64 string decodes to, or undefined. */
export function decodeJsonObject(base64: string): Record<string, unknown> | undefined {
  const bytes = decodeBase64(base64);
  const value = bytes ? parseJson(bytes.toString('utf8')) : undefined;
  return isRecord(value) ? value : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
