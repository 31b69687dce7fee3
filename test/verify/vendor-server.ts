// The local HTTPS server that stands in for every vendor: requests arrive as /<host><path> (the
// endpoint override), are recorded, and are answered by the simulation of the verifier that names the
// host — or, in the failure modes, rate-limited, slow or malformed. Also a CONNECT proxy, to test
// that HTTPS_PROXY is honoured.
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer, type Server as HttpsServer } from 'node:https';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { hostAllowed } from '../../src/verify/http.js';
import type { Verifier } from '../../src/verify/types.js';
import type { SimRequest, SimResponse, Simulation } from './simulations/types.js';
import { testTls } from './tls.js';

export type ServerMode = 'normal' | 'rate-limit-once' | 'rate-limit-always' | 'slow' | 'malformed-500' | 'malformed-200';

export interface VendorServer {
  readonly url: URL;
  /** Every request received, in order. */
  readonly requests: SimRequest[];
  mode: ServerMode;
  /** Credentials the simulated vendors hold as live. */
  readonly liveSet: Set<string>;
  close(): Promise<void>;
}

export async function startVendorServer(pairs: readonly (readonly [Verifier, Simulation])[]): Promise<VendorServer> {
  const tls = testTls();
  const requests: SimRequest[] = [];
  const liveSet = new Set<string>();
  const limited = new Set<string>();
  const sockets = new Set<Socket>();
  const state: VendorServer = { url: new URL('https://127.0.0.1/'), requests, mode: 'normal', liveSet, close: async () => undefined };
  const server: HttpsServer = createServer({ cert: tls.cert, key: tls.key }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = req.url ?? '/';
      const slash = raw.indexOf('/', 1);
      const host = slash === -1 ? raw.slice(1) : raw.slice(1, slash);
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
      const request: SimRequest = { host, method: req.method ?? 'GET', path: slash === -1 ? '/' : raw.slice(slash), headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(request);
      const send = (r: SimResponse): void => {
        res.writeHead(r.status, r.headers ?? {});
        res.end(r.body ?? '');
      };
      const key = `${request.host} ${request.path} ${request.headers.authorization ?? ''}`;
      switch (state.mode) {
        case 'slow':
          return; // never answers; the client's timeout ends it
        case 'malformed-500':
          return send({ status: 500, body: '<html>upstream \u0000 error' });
        case 'malformed-200':
          return send({ status: 200, headers: { 'content-type': 'application/json' }, body: '{"ok": tru' });
        case 'rate-limit-always':
          return send({ status: 429, headers: { 'retry-after': '3600' }, body: '{"error":"slow down"}' });
        case 'rate-limit-once':
          if (!limited.has(key)) {
            limited.add(key);
            return send({ status: 429, headers: { 'retry-after': '0' }, body: '{"error":"slow down"}' });
          }
          break;
        default:
          break;
      }
      const pair = pairs.find(([v]) => hostAllowed(v.hosts, host));
      if (!pair) return send({ status: 421, body: 'no vendor at this host' });
      send(pair[1].answer(request, (credential) => (liveSet.has(credential) ? 'live' : 'revoked')));
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return Object.assign(state, {
    url: new URL(`https://127.0.0.1:${port}/`),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  });
}

export interface ConnectProxy {
  readonly url: string;
  /** The host:port of every CONNECT it tunnelled. */
  readonly tunnels: string[];
  close(): Promise<void>;
}

/** A plain HTTP proxy that tunnels CONNECT requests (what HTTPS_PROXY points at). */
export async function startConnectProxy(): Promise<ConnectProxy> {
  const tunnels: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createHttpServer((_req, res) => {
    res.writeHead(405);
    res.end();
  });
  server.on('connect', (req, client: Socket, head: Buffer) => {
    const target = req.url ?? '';
    tunnels.push(target);
    const [host, port] = target.split(':');
    const upstream = connect(Number(port), host ?? '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => sockets.delete(s));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    tunnels,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
