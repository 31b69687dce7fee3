// Small helpers verifiers share, so that each verifier stays a few lines of data.
import type { Answer, CannotCheck, VerifyRequest } from './types.js';

/** `Authorization: Basic base64(user:password)`. */
export function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
}

/** A GET to `host` + `path` with these headers. */
export function get(host: string, path: string, headers: Readonly<Record<string, string>> = {}): VerifyRequest {
  return { host, method: 'GET', path, headers };
}

/** A POST of a JSON body. */
export function postJson(host: string, path: string, body: unknown, headers: Readonly<Record<string, string>> = {}): VerifyRequest {
  return { host, method: 'POST', path, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

/** A POST of a form body (already encoded). */
export function postForm(host: string, path: string, body: string, headers: Readonly<Record<string, string>> = {}): VerifyRequest {
  return { host, method: 'POST', path, headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body };
}

export function missing(what: string): CannotCheck {
  return { unknown: 'missing-context', detail: `needs ${what} in the same file` };
}

export function notCheckable(why: string): CannotCheck {
  return { unknown: 'not-checkable', detail: why };
}

/** The JSON body's field at a dotted path ('result.status'), or undefined. */
export function field(answer: Answer, path: string): unknown {
  let v: unknown = answer.json;
  for (const key of path.split('.')) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/** Whether the body holds `text` (for vendors whose errors are known by a code in the body). */
export function bodyHas(answer: Answer, text: string): boolean {
  return answer.body.includes(text);
}
