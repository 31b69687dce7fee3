// The one way a verifier reaches the network: HTTPS to a host the verifier names, through undici,
// via HTTPS_PROXY (or HTTP_PROXY) unless NO_PROXY names the host, no redirects followed, bounded time
// and body. Nothing here ever puts a secret, a header or a URL into an error or a log:
// a URL can hold a key (Google's `?key=`), so failures are described by their error code alone.
import { parseJson } from '../../detectors/kit/checksums.js';
import type { Answer, VerifyRequest } from './types.js';

/** Bodies are read up to this; verifiers judge status codes and small JSON answers. */
const MAX_BODY_BYTES = 64 * 1024;

/** A DNS label: what a `*.` host entry allows in place of the star. */
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Whether `host` is one of `hosts` ('api.github.com', or '*.myshopify.com': one label in place of the star). */
export function hostAllowed(hosts: readonly string[], host: string): boolean {
  const h = host.toLowerCase();
  for (const allowed of hosts) {
    if (allowed.startsWith('*.')) {
      const suffix = allowed.slice(1); // '.myshopify.com'
      if (h.endsWith(suffix) && LABEL.test(h.slice(0, -suffix.length))) return true;
    } else if (h === allowed) return true;
  }
  return false;
}

/**
 * The URL of a request, or undefined when the request would leave the verifier's hosts: `path` must
 * start with '/', and the parsed URL must be https, on `host`, with no user info and no port.
 */
export function requestUrl(hosts: readonly string[], request: VerifyRequest): URL | undefined {
  if (!hostAllowed(hosts, request.host) || !request.path.startsWith('/') || request.path.startsWith('//')) return undefined;
  let url: URL;
  try {
    url = new URL(`https://${request.host}${request.path}`);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.hostname !== request.host.toLowerCase() || url.port !== '' || url.username !== '' || url.password !== '') return undefined;
  return url;
}

/** A header value that cannot be sent as one (a line break or NUL would end the header). */
export function badHeaderValue(headers: Readonly<Record<string, string>> | undefined): boolean {
  for (const value of Object.values(headers ?? {})) if (/[\r\n\0]/.test(value)) return true;
  return false;
}

/** Why a request got no answer: the reason and a secret-free detail (an error code). */
export class TransportFailure extends Error {
  constructor(
    readonly reason: 'timeout' | 'network-error',
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
  }
}

export interface Transport {
  /** Sends one request; resolves with the answer or rejects with a TransportFailure. */
  send(url: URL, request: VerifyRequest, timeoutMs: number): Promise<Answer>;
  close(): Promise<void>;
}

/**
 * The real transport. `endpointOverride` (tests only: see cli/verify.ts) sends every request
 * to one local HTTPS server instead, as `/<host><path>`, so that a test server can answer as each
 * vendor does and see which host each request was meant for.
 */
export interface TransportOptions {
  readonly endpointOverride?: URL;
  /** A CA to trust besides the system's (tests, with the override). */
  readonly ca?: string;
  /** The proxy settings, from the environment: HTTPS_PROXY, HTTP_PROXY, NO_PROXY (or their lowercase forms). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export async function httpsTransport(options: TransportOptions = {}): Promise<Transport> {
  const { Agent, ProxyAgent, request } = await import('undici');
  const { endpointOverride, ca } = options;
  const tls = ca !== undefined ? { ca } : undefined;
  const direct = new Agent({ connections: 16, pipelining: 1, ...(tls ? { connect: tls } : {}) });
  const proxy = proxySettings(options.env ?? {});
  const viaProxy = proxy.url !== undefined ? new ProxyAgent({ uri: proxy.url, ...(tls ? { requestTls: tls } : {}) }) : undefined;
  return {
    async send(url, req, timeoutMs) {
      const target = endpointOverride ? new URL(`/${url.host}${url.pathname}${url.search}`, endpointOverride) : url;
      const dispatcher = viaProxy && !proxy.bypass(target.hostname, target.port || '443') ? viaProxy : direct;
      const signal = AbortSignal.timeout(timeoutMs);
      try {
        const response = await request(target, {
          method: req.method,
          headers: { 'user-agent': 'secret-hygiene-verify', ...(req.headers ?? {}) },
          body: req.body,
          dispatcher,
          signal,
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs,
          maxRedirections: 0,
        });
        const body = await readCapped(response.body, MAX_BODY_BYTES);
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(response.headers)) if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v);
        return { status: response.statusCode, headers, body, json: parseJson(body) };
      } catch (error) {
        throw describeFailure(error, signal);
      }
    },
    close: async () => {
      await Promise.all([direct.close(), viaProxy?.close()]);
    },
  };
}

/**
 * The proxy for https URLs (HTTPS_PROXY, else HTTP_PROXY; lowercase forms first, as curl reads them)
 * and NO_PROXY: '*' for every host, else comma- or space-separated names, each matching the host and
 * its subdomains (a leading '.' or '*.' is the same), optionally with ':port'.
 */
export function proxySettings(env: Readonly<Record<string, string | undefined>>): { url?: string; bypass: (host: string, port: string) => boolean } {
  const pick = (...names: string[]): string | undefined => names.map((n) => env[n]).find((v) => v !== undefined && v.trim() !== '');
  const url = pick('https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY');
  const entries = (pick('no_proxy', 'NO_PROXY') ?? '').split(/[\s,]+/).map((e) => e.trim().toLowerCase()).filter(Boolean);
  const bypass = (host: string, port: string): boolean => {
    const h = host.toLowerCase().replace(/^\[|\]$/g, '');
    return entries.some((entry) => {
      if (entry === '*') return true;
      const m = /^(?:\*?\.)?(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(entry);
      if (!m) return false;
      const name = (m[1] as string).replace(/^\[|\]$/g, '');
      if (m[2] !== undefined && m[2] !== port) return false;
      return h === name || h.endsWith(`.${name}`);
    });
  };
  return { ...(url !== undefined ? { url: url.trim() } : {}), bypass };
}

async function readCapped(body: AsyncIterable<Buffer | Uint8Array> & { destroy?: () => void }, max: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const b = Buffer.from(chunk);
    chunks.push(b);
    size += b.length;
    if (size >= max) {
      body.destroy?.();
      break;
    }
  }
  return Buffer.concat(chunks).subarray(0, max).toString('utf8');
}

const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT', 'ABORT_ERR', 'UND_ERR_ABORTED']);

/** A failure by its code only: an error's message may quote the URL, and a URL may hold a key. */
function describeFailure(error: unknown, signal: AbortSignal): TransportFailure {
  const e = error as { code?: unknown; name?: unknown; cause?: { code?: unknown } };
  const code = typeof e.code === 'string' ? e.code : typeof e.cause?.code === 'string' ? e.cause.code : typeof e.name === 'string' ? e.name : 'error';
  if (signal.aborted || code === 'TimeoutError' || TIMEOUT_CODES.has(code)) return new TransportFailure('timeout', 'no answer in time');
  return new TransportFailure('network-error', /^[A-Za-z_]{1,40}$/.test(code) ? code : 'error');
}
