// JSON Web Tokens signed with RS256 (RFC 7515 and 7518) using Node's crypto: enough for the
// assertion of an OAuth JWT-bearer grant (RFC 7523), where a private key proves who is asking.
import { createSign, type KeyObject } from 'node:crypto';

const base64url = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');

/** `header.claims.signature`, the header being {"alg":"RS256","typ":"JWT"}. Throws if the key cannot sign. */
export function signJwtRs256(claims: Readonly<Record<string, unknown>>, key: KeyObject): string {
  const input = `${base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}`;
  return `${input}.${createSign('RSA-SHA256').update(input, 'utf8').sign(key).toString('base64url')}`;
}
