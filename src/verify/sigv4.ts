// AWS Signature Version 4 with Node's crypto: enough for one signed request to a regional service
// endpoint (STS GetCallerIdentity). Public algorithm, as AWS documents it: a canonical request,
// a string to sign over its SHA-256, and an HMAC chain from the secret over date, region, service.
import { createHash, createHmac } from 'node:crypto';

export interface SigV4Request {
  readonly method: string;
  readonly host: string;
  /** Already URI-encoded, '/' for the root. */
  readonly path: string;
  /** Already canonical (sorted, encoded), '' for none. */
  readonly query: string;
  /** Lowercase names; `host` and `x-amz-date` are added. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export interface SigV4Key {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
}

const sha256 = (data: string): string => createHash('sha256').update(data, 'utf8').digest('hex');
const hmac = (key: string | Buffer, data: string): Buffer => createHmac('sha256', key).update(data, 'utf8').digest();

/** '20150830T123600Z' */
export function amzDate(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** The request's headers with `host`, `x-amz-date`, the session token if any, and `authorization`. */
export function signV4(request: SigV4Request, key: SigV4Key, region: string, service: string, now: Date): Record<string, string> {
  const stamp = amzDate(now);
  const day = stamp.slice(0, 8);
  const headers: Record<string, string> = { ...request.headers, host: request.host, 'x-amz-date': stamp };
  if (key.sessionToken !== undefined) headers['x-amz-security-token'] = key.sessionToken;
  const names = Object.keys(headers).map((n) => n.toLowerCase()).sort();
  const lower: Record<string, string> = {};
  for (const [n, v] of Object.entries(headers)) lower[n.toLowerCase()] = v.trim().replace(/\s+/g, ' ');
  const canonicalHeaders = names.map((n) => `${n}:${lower[n]}\n`).join('');
  const signedHeaders = names.join(';');
  const canonicalRequest = [request.method, request.path, request.query, canonicalHeaders, signedHeaders, sha256(request.body)].join('\n');
  const scope = `${day}/${region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', stamp, scope, sha256(canonicalRequest)].join('\n');
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${key.secretAccessKey}`, day), region), service), 'aws4_request');
  const signature = createHmac('sha256', signingKey).update(stringToSign, 'utf8').digest('hex');
  const out: Record<string, string> = {};
  for (const n of names) if (n !== 'host') out[n] = lower[n] as string;
  out.authorization = `AWS4-HMAC-SHA256 Credential=${key.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return out;
}
