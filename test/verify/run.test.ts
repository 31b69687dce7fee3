// The verification run without a network: a recording transport stands in for the vendor.
import { describe, expect, it } from 'vitest';
import { allVerifiers } from '../../detectors/verifiers.js';
import { hostAllowed, proxySettings, requestUrl, type Transport } from '../../src/verify/http.js';
import { companionsNear, DEFAULT_VERIFY_SETTINGS, retryAfterMs, verifyFindings } from '../../src/verify/run.js';
import { signV4 } from '../../src/verify/sigv4.js';
import type { Finding } from '../../src/types.js';
import type { Answer, Verifier, VerifyRequest } from '../../src/verify/types.js';

const answer = (status: number, body = ''): Answer => ({ status, headers: {}, body, json: undefined });

function recorder(reply: (url: URL) => Answer | Promise<Answer> = () => answer(200)): Transport & { urls: URL[]; peak: number } {
  let inFlight = 0;
  const t = {
    urls: [] as URL[],
    peak: 0,
    async send(url: URL): Promise<Answer> {
      t.urls.push(url);
      inFlight++;
      t.peak = Math.max(t.peak, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      return reply(url);
    },
    close: async () => undefined,
  };
  return t;
}

const probe: Verifier = {
  id: 'probe', vendor: 'Probe', detectors: ['probe-token'], hosts: ['api.probe.test'], call: 'GET /me',
  requests: ({ secret }) => [{ host: 'api.probe.test', method: 'GET', path: '/me', headers: { authorization: `Bearer ${secret}` } }],
  live: [200], revoked: [401],
};

function finding(fingerprint: string, extra: Partial<Finding> = {}): Finding {
  return { detectorId: 'probe-token', title: 't', policy: 'no-committed-credentials', severity: 'high', path: 'a.js', line: 1, column: 1, endLine: 1, endColumn: 2, fingerprint, redacted: 'p…', message: 'm', ...extra };
}

const deps = (transport: Transport, verifiers: readonly Verifier[] = [probe]) => ({
  verifiers, transport, secretOf: (fp: string) => `secret-of-${fp}`, textOf: async () => undefined, sleep: async () => undefined,
});

describe('verifyFindings', () => {
  it('asks once per distinct credential, however many places hold it', async () => {
    const t = recorder();
    const out = await verifyFindings([finding('a'), finding('a', { path: 'b.js' }), finding('b')], DEFAULT_VERIFY_SETTINGS, deps(t));
    expect(t.urls).toHaveLength(2);
    expect(out.map((f) => f.verification?.status)).toEqual(['live', 'live', 'live']);
  });

  it('reads companions from one place of a credential after another, and asks once for all its places', async () => {
    const paired: Verifier = { ...probe, companions: { id: { pattern: /\b(ID[0-9]{4})\b/g, describe: 'the id' } } };
    const t = recorder();
    const reads: string[] = [];
    const places = ['a.js', 'b.js', 'c.js', 'd.js'].map((path) => finding('same', { path }));
    const out = await verifyFindings(places, DEFAULT_VERIFY_SETTINGS, {
      ...deps(t, [paired]),
      textOf: async (f) => {
        reads.push(f.path);
        return f.path === 'b.js' ? 'ID1234\n' : 'nothing\n';
      },
    });
    expect(t.urls).toHaveLength(1);
    expect(reads).toEqual(['a.js', 'b.js']);
    expect(out.map((f) => f.verification?.status)).toEqual(['live', 'live', 'live', 'live']);
  });

  it('keeps to the per-vendor limit', async () => {
    const t = recorder();
    await verifyFindings(Array.from({ length: 12 }, (_, i) => finding(`f${i}`)), { ...DEFAULT_VERIFY_SETTINGS, perVendor: 3 }, deps(t));
    expect(t.peak).toBe(3);
  });

  it('leaves practice findings alone and says when no verifier knows a detector', async () => {
    const t = recorder();
    const [practice, other] = await verifyFindings([finding('x', { redacted: '' }), finding('y', { detectorId: 'other' })], DEFAULT_VERIFY_SETTINGS, deps(t));
    expect(practice?.verification).toBeUndefined();
    expect(other?.verification).toEqual({ status: 'unknown', reason: 'no-verifier' });
    expect(t.urls).toHaveLength(0);
  });

  it('refuses, without sending, a request to a host the verifier does not name', async () => {
    const rogue: Verifier = { ...probe, requests: () => [{ host: 'collector.example.net', method: 'GET', path: '/' }] };
    const t = recorder();
    const [f] = await verifyFindings([finding('a')], DEFAULT_VERIFY_SETTINGS, deps(t, [rogue]));
    expect(f?.verification).toMatchObject({ status: 'unknown', reason: 'unexpected-response' });
    expect(t.urls).toHaveLength(0);
  });

  it('does not send a value that would break out of its header', async () => {
    const t = recorder();
    const [f] = await verifyFindings([finding('a')], DEFAULT_VERIFY_SETTINGS, { ...deps(t), secretOf: () => 'tok\r\nx-evil: 1' });
    expect(f?.verification).toMatchObject({ status: 'unknown' });
    expect(t.urls).toHaveLength(0);
  });

  it('needs every region to refuse before it says revoked', async () => {
    const regional: Verifier = { ...probe, hosts: ['us.probe.test', 'eu.probe.test'], requests: () => ['us', 'eu'].map((r): VerifyRequest => ({ host: `${r}.probe.test`, method: 'GET', path: '/me' })) };
    const euOnly = recorder((url) => answer(url.hostname.startsWith('eu') ? 200 : 401));
    expect((await verifyFindings([finding('a')], DEFAULT_VERIFY_SETTINGS, deps(euOnly, [regional])))[0]?.verification?.status).toBe('live');
    const none = recorder(() => answer(401));
    expect((await verifyFindings([finding('a')], DEFAULT_VERIFY_SETTINGS, deps(none, [regional])))[0]?.verification?.status).toBe('revoked');
    const outage = recorder((url) => answer(url.hostname.startsWith('eu') ? 503 : 401));
    expect((await verifyFindings([finding('a')], DEFAULT_VERIFY_SETTINGS, deps(outage, [regional])))[0]?.verification).toMatchObject({ status: 'unknown', reason: 'unexpected-response', detail: 'HTTP 503' });
  });
});

describe('companions', () => {
  const twoKeys: Verifier = { ...probe, companions: { id: { pattern: /\b(ID[0-9]{4})\b/g, describe: 'the id' } } };
  it('takes the occurrence nearest the secret', () => {
    const text = 'ID1111\n\n\n\n\nsecret\nID2222\n';
    expect(companionsNear(twoKeys, text, 6).values).toEqual({ id: 'ID2222' });
    expect(companionsNear(twoKeys, text, 1).values).toEqual({ id: 'ID1111' });
    expect(companionsNear(twoKeys, 'nothing here', 1).missing).toBe('the id');
  });

  it('cannot turn a wildcard host into another domain, whatever the file holds', () => {
    const hosts = ['*.myshopify.com', 'api.github.com'];
    for (const host of ['evil.com', 'evil.com/.myshopify.com', 'a.b.myshopify.com', 'myshopify.com', '-x.myshopify.com', 'x.myshopify.com.evil.net', 'x.myshopify.com:8443', 'user@x.myshopify.com']) {
      expect(hostAllowed(hosts, host) && requestUrl(hosts, { host, method: 'GET', path: '/' }) !== undefined, host).toBe(false);
    }
    expect(requestUrl(hosts, { host: 'shop-1.myshopify.com', method: 'GET', path: '/admin' })?.href).toBe('https://shop-1.myshopify.com/admin');
    for (const path of ['//evil.com/x', '@evil.com', 'x']) expect(requestUrl(hosts, { host: 'api.github.com', method: 'GET', path }), path).toBeUndefined();
    expect(requestUrl(hosts, { host: 'api.github.com', method: 'GET', path: '/@evil.com/../x' })?.hostname).toBe('api.github.com');
  });

  it('every real verifier builds requests only to its hosts, whatever companions a hostile file supplies', () => {
    const hostile = ['evil.example.com', 'x.evil.example.com/..', 'a@b.c', 'shop.myshopify.com.evil.net', 'AKIAAAAAAAAAAAAAAAAA', 'ACffffffffffffffffffffffffffffffff', '../../etc', 'x\r\nHost: evil'];
    for (const v of allVerifiers) {
      for (const value of hostile) {
        const companions = Object.fromEntries(Object.keys(v.companions ?? {}).map((k) => [k, value]));
        let planned: ReturnType<Verifier['requests']>;
        try {
          planned = v.requests({ secret: `s3cr3t-${value}`, companions, now: new Date(0) });
        } catch {
          continue; // refused to build: fine
        }
        if (!Array.isArray(planned)) continue;
        for (const r of planned as VerifyRequest[]) {
          const url = requestUrl(v.hosts, r);
          // either refused by requestUrl (never sent) or on a host the verifier names
          if (url) expect(hostAllowed(v.hosts, url.hostname), `${v.id} ${url.hostname}`).toBe(true);
          expect(r.host.includes('evil') && url !== undefined, `${v.id} sends to ${r.host}`).toBe(false);
        }
      }
    }
  });
});

describe('transport settings', () => {
  it('reads HTTPS_PROXY, HTTP_PROXY and NO_PROXY as curl does', () => {
    const p = proxySettings({ HTTPS_PROXY: 'http://proxy:3128', NO_PROXY: 'internal.test, .corp.test,*.svc.test,localhost:8443' });
    expect(p.url).toBe('http://proxy:3128');
    expect(p.bypass('api.internal.test', '443')).toBe(true);
    expect(p.bypass('x.corp.test', '443')).toBe(true);
    expect(p.bypass('a.svc.test', '443')).toBe(true);
    expect(p.bypass('localhost', '443')).toBe(false);
    expect(p.bypass('localhost', '8443')).toBe(true);
    expect(p.bypass('api.github.com', '443')).toBe(false);
    expect(proxySettings({ http_proxy: 'http://p:1' }).url).toBe('http://p:1');
    expect(proxySettings({ HTTPS_PROXY: 'http://p:1', NO_PROXY: '*' }).bypass('api.github.com', '443')).toBe(true);
    expect(proxySettings({}).url).toBeUndefined();
  });

  it('reads Retry-After as seconds or a date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(retryAfterMs('soon')).toBeUndefined();
  });
});

describe('SigV4', () => {
  // AWS's published Signature Version 4 test suite, case get-vanilla (its documentation credentials)
  it('signs the published get-vanilla case as AWS documents', () => {
    const headers = signV4(
      { method: 'GET', host: 'example.amazonaws.com', path: '/', query: '', headers: {}, body: '' },
      { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
      'us-east-1',
      'service',
      new Date('2015-08-30T12:36:00Z'),
    );
    expect(headers.authorization).toBe('AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31');
  });
});
