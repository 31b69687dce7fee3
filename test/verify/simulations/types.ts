// A vendor simulated as its API documents it: what the test HTTPS server answers to a verifier's
// request. One simulation per verifier; test/verify/verifiers.test.ts runs every verifier against its own.

export interface SimRequest {
  /** The host the request was meant for (the first path segment under the endpoint override). */
  readonly host: string;
  readonly method: string;
  /** Path and query, as the vendor would see them. */
  readonly path: string;
  /** Lowercase names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export interface SimResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
}

export interface Simulation {
  /** The verifier's id. */
  readonly verifier: string;
  /** A fake, well-formed credential the simulated vendor holds as live, and one it does not know. */
  readonly live: string;
  readonly revoked: string;
  /** Companion values the verifier needs, as its companions would find them. */
  readonly companions?: Readonly<Record<string, string>>;
  /**
   * The vendor's answer, as documented: `state` says whether a credential the request carries (in
   * the documented place) is live. A request the vendor would not understand (wrong path, method or
   * auth placement) gets 404, so a verifier that asks wrongly fails its test.
   */
  answer(request: SimRequest, state: (credential: string) => 'live' | 'revoked'): SimResponse;
  /** True when the verifier judges the body, not only the status: a malformed 200 must not be live. */
  readonly judgesBody?: boolean;
}

/** Reads `Authorization: Bearer X` (or another scheme). */
export function bearer(request: SimRequest, scheme = 'Bearer'): string | undefined {
  const h = request.headers.authorization;
  return h?.startsWith(`${scheme} `) ? h.slice(scheme.length + 1) : undefined;
}

/** Reads `Authorization: Basic base64(user:password)` as [user, password]. */
export function basicAuth(request: SimRequest): [string, string] | undefined {
  const h = request.headers.authorization;
  if (!h?.startsWith('Basic ')) return undefined;
  const text = Buffer.from(h.slice(6), 'base64').toString('utf8');
  const i = text.indexOf(':');
  return i === -1 ? undefined : [text.slice(0, i), text.slice(i + 1)];
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}): SimResponse => ({ status, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
export const notFound: SimResponse = { status: 404, body: 'no such route' };
