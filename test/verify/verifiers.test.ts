// Every verifier against its simulated vendor, over real HTTPS (a test CA) through the real transport:
// live, revoked, rate-limited once (Retry-After honoured), rate-limited for long, slow, malformed; and
// every request it made went to a host it names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allDetectors } from '../../detectors/index.js';
import { allVerifiers } from '../../detectors/verifiers.js';
import { hostAllowed, httpsTransport, type Transport } from '../../src/verify/http.js';
import { DEFAULT_VERIFY_SETTINGS, verifyFindings, type VerifySettings } from '../../src/verify/run.js';
import type { Finding } from '../../src/types.js';
import type { Verifier } from '../../src/verify/types.js';
import { allSimulations } from './simulations/index.js';
import type { Simulation } from './simulations/types.js';
import { testTls } from './tls.js';
import { startVendorServer, type VendorServer } from './vendor-server.js';

const pairs = allVerifiers.map((v) => [v, allSimulations.find((s) => s.verifier === v.id)] as const);
const simulated = pairs.filter((p): p is readonly [Verifier, Simulation] => p[1] !== undefined);

let server: VendorServer;
let transport: Transport;

beforeAll(async () => {
  server = await startVendorServer(simulated);
  transport = await httpsTransport({ endpointOverride: server.url, ca: testTls().ca });
});
afterAll(async () => {
  await transport?.close();
  await server?.close();
});

const SETTINGS: VerifySettings = { ...DEFAULT_VERIFY_SETTINGS, timeoutMs: 2000 };

/** A finding of the verifier's first detector whose secret is `secret`, verified with the simulation's companions. */
async function verify(verifier: Verifier, sim: Simulation, secret: string, settings: VerifySettings = SETTINGS): Promise<Finding> {
  const finding: Finding = {
    detectorId: verifier.detectors[0] as string, title: 't', policy: 'no-committed-credentials', severity: 'high', path: 'config.env',
    line: 3, column: 1, endLine: 3, endColumn: 2, fingerprint: `fp-${secret}`, redacted: 'x…', message: 'm',
  };
  const text = `${Object.values(sim.companions ?? {}).map((v) => `id = "${v}"`).join('\n')}\nsecret = "${secret}"\n`;
  const [out] = await verifyFindings([finding], settings, {
    verifiers: [verifier],
    transport,
    secretOf: (fp) => (fp === finding.fingerprint ? secret : undefined),
    textOf: async () => (verifier.companions ? companionText(verifier, sim) + text : text),
    sleep: async () => undefined,
  });
  return out as Finding;
}

/** Lines the verifier's companion patterns find, holding the simulation's values. */
function companionText(verifier: Verifier, sim: Simulation): string {
  const lines: string[] = [];
  for (const [name, value] of Object.entries(sim.companions ?? {})) {
    const companion = verifier.companions?.[name];
    if (!companion) throw new Error(`${sim.verifier}: simulation names companion ${name}, which the verifier lacks`);
    // the value alone or after its usual name: whichever the pattern finds
    const candidates = [value, `${name} = "${value}"`, `${name}: ${value}`];
    const line = candidates.find((c) => new RegExp(companion.pattern.source, companion.pattern.flags.replace('g', '')).test(c));
    if (line === undefined) throw new Error(`${sim.verifier}: companion ${name}'s pattern does not find the simulation's value`);
    lines.push(line);
  }
  return `${lines.join('\n')}\n`;
}

describe('the verifier catalogue', () => {
  it('has a simulated vendor for every verifier, and verifies only detectors that exist, each once', () => {
    expect(pairs.filter((p) => p[1] === undefined).map((p) => p[0].id)).toEqual([]);
    const ids = new Set(allDetectors.map((d) => d.id));
    const verified = allVerifiers.flatMap((v) => v.detectors);
    expect(verified.filter((id) => !ids.has(id))).toEqual([]);
    expect(new Set(verified).size).toBe(verified.length);
    expect(new Set(allVerifiers.map((v) => v.id)).size).toBe(allVerifiers.length);
  });

  it('names only HTTPS hosts it owns: no IP address, no port, no bare top-level wildcard', () => {
    for (const v of allVerifiers) {
      for (const h of v.hosts) {
        expect(h, v.id).toMatch(/^(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$/);
        expect(h.replace(/^\*\./, '').split('.').length, `${v.id} ${h}`).toBeGreaterThanOrEqual(2);
      }
    }
  });
});

describe.each(simulated.map(([v, s]) => ({ id: v.id, v, s })))('verifier $id', ({ v, s }) => {
  beforeAll(() => {
    server.mode = 'normal';
    server.liveSet.clear();
    server.liveSet.add(s.live);
  });

  const sent = (from: number) => server.requests.slice(from);

  it('says live for a live credential, and sends it only to hosts it names', async () => {
    server.mode = 'normal';
    const before = server.requests.length;
    const f = await verify(v, s, s.live);
    expect(f.verification).toMatchObject({ status: 'live', verifier: v.id });
    const hosts = sent(before).map((r) => r.host);
    expect(hosts.length).toBeGreaterThan(0);
    for (const h of hosts) expect(hostAllowed(v.hosts, h), h).toBe(true);
  });

  it('says revoked for a credential the vendor refuses', async () => {
    server.mode = 'normal';
    const f = await verify(v, s, s.revoked);
    expect(f.verification).toMatchObject({ status: 'revoked', verifier: v.id });
  });

  it('waits as Retry-After says on 429, then asks again', async () => {
    server.mode = 'rate-limit-once';
    const f = await verify(v, s, s.live);
    expect(f.verification?.status).toBe('live');
    server.mode = 'normal';
  });

  it('gives up as rate-limited when the vendor asks to wait too long', async () => {
    server.mode = 'rate-limit-always';
    const f = await verify(v, s, s.live);
    expect(f.verification).toMatchObject({ status: 'unknown', reason: 'rate-limited' });
    server.mode = 'normal';
  });

  it('times out on a vendor that does not answer', async () => {
    server.mode = 'slow';
    const f = await verify(v, s, s.live, { ...SETTINGS, timeoutMs: 25 });
    expect(f.verification).toMatchObject({ status: 'unknown', reason: 'timeout' });
    server.mode = 'normal';
  });

  it('leaves a malformed answer unknown', async () => {
    server.mode = 'malformed-500';
    expect((await verify(v, s, s.live)).verification).toMatchObject({ status: 'unknown', reason: 'unexpected-response' });
    if (s.judgesBody) {
      server.mode = 'malformed-200';
      expect((await verify(v, s, s.live)).verification?.status).not.toBe('live');
    }
    server.mode = 'normal';
  });

  it('puts no secret into what it records', async () => {
    server.mode = 'malformed-500';
    const f = await verify(v, s, s.live);
    expect(JSON.stringify(f.verification)).not.toContain(s.live);
    server.mode = 'normal';
  });
});
