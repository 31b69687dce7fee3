// Verification of a run's findings: each distinct credential (verifier and fingerprint) is asked
// about once, with bounded concurrency overall and per verifier, a timeout per request, and the
// vendor's Retry-After honoured on 429 (up to a bound). The secret is read from the run's vault
// (fingerprint → secret, filled by the engine only when --verify asks), never from a finding.
import pLimit, { type LimitFunction } from 'p-limit';
import type { Finding } from '../types.js';
import { badHeaderValue, requestUrl, TransportFailure, type Transport } from './http.js';
import type { Answer, AnswerTest, CannotCheck, Credential, UnknownReason, Verification, Verifier, VerifyRequest } from './types.js';

export interface VerifySettings {
  /** Verifier ids the config switched off. */
  readonly disabled: ReadonlySet<string>;
  /** Requests in flight at once, overall (default 8). */
  readonly concurrency: number;
  /** Requests in flight at once to one verifier's vendor (default 2). */
  readonly perVendor: number;
  readonly timeoutMs: number;
  /** The longest Retry-After waited for; a longer one leaves the credential 'rate-limited'. */
  readonly maxRetryAfterMs: number;
}

export const DEFAULT_VERIFY_SETTINGS: VerifySettings = { disabled: new Set(), concurrency: 8, perVendor: 2, timeoutMs: 10_000, maxRetryAfterMs: 30_000 };

/** Retries after a 429 for one request. */
const MAX_RATE_LIMIT_RETRIES = 2;

export interface VerifyDeps {
  readonly verifiers: readonly Verifier[];
  readonly transport: Transport;
  /** The secret of a fingerprint, from the run's vault. */
  readonly secretOf: (fingerprint: string) => string | undefined;
  /** The text of the finding's file or blob, for companions (undefined: not readable). */
  readonly textOf: (finding: Finding) => Promise<string | undefined>;
  readonly now?: () => Date;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Told each time a distinct credential's check ends: how many have, of how many. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** The places of one credential a run looks at for companions before it gives up (each may be a git read). */
const COMPANION_PLACES = 4;

/**
 * Every credential finding with its `verification`; practice findings (no secret) are returned as
 * they are. Findings keep their order. The findings of one credential (same verifier and fingerprint,
 * in any number of files and commits) are checked once: companions are read from their places in
 * turn until found, so a secret committed 700 times costs one request and at most a few reads.
 */
export async function verifyFindings(findings: readonly Finding[], settings: VerifySettings, deps: VerifyDeps): Promise<Finding[]> {
  const byDetector = new Map<string, Verifier>();
  for (const v of deps.verifiers) for (const id of v.detectors) byDetector.set(id, v);
  const overall = pLimit(settings.concurrency);
  const perVerifier = new Map<string, LimitFunction>();
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const now = deps.now ?? (() => new Date());

  // one group per credential: the verdict of each, or the findings waiting for it
  const verdicts = new Map<Finding, Verification>();
  const groups = new Map<string, { verifier: Verifier; secret: string; places: Finding[] }>();
  for (const f of findings) {
    if (f.redacted === '') continue; // a practice finding: nothing to verify
    const secret = deps.secretOf(f.fingerprint);
    if (secret === undefined) continue;
    const verifier = byDetector.get(f.detectorId);
    if (!verifier) verdicts.set(f, { status: 'unknown', reason: 'no-verifier' });
    else if (settings.disabled.has(verifier.id)) verdicts.set(f, { status: 'unknown', reason: 'disabled', verifier: verifier.id });
    else {
      const key = `${verifier.id}\0${f.fingerprint}`;
      const group = groups.get(key);
      if (group) group.places.push(f);
      else groups.set(key, { verifier, secret, places: [f] });
    }
  }

  let done = 0;
  const verifyGroup = async ({ verifier, secret, places }: { verifier: Verifier; secret: string; places: Finding[] }): Promise<void> => {
    let found: { values: Record<string, string>; missing?: string } = { values: {} };
    if (verifier.companions) {
      for (const place of places.slice(0, COMPANION_PLACES)) {
        found = companionsNear(verifier, await deps.textOf(place), place.line);
        if (!found.missing) break;
      }
    }
    let verdict: Verification;
    if (found.missing) verdict = { status: 'unknown', reason: 'missing-context', verifier: verifier.id, detail: `needs ${found.missing} in the same file` };
    else {
      let limit = perVerifier.get(verifier.id);
      if (!limit) perVerifier.set(verifier.id, (limit = pLimit(settings.perVendor)));
      const credential: Credential = { secret, companions: found.values, now: now() };
      verdict = await runVerifier(verifier, credential, settings, deps.transport, (job) => limit(() => overall(job)), sleep);
    }
    for (const f of places) verdicts.set(f, verdict);
    deps.onProgress?.(++done, groups.size);
  };
  await Promise.all([...groups.values()].map(verifyGroup));
  return findings.map((f) => {
    const verification = verdicts.get(f);
    return verification ? { ...f, verification } : f;
  });
}

/** The verifiers' companions found nearest to `line` in `text`; `missing` names a required one not found. */
export function companionsNear(verifier: Verifier, text: string | undefined, line: number): { values: Record<string, string>; missing?: string } {
  const values: Record<string, string> = {};
  for (const [name, companion] of Object.entries(verifier.companions ?? {})) {
    const value = text === undefined ? undefined : nearest(companion.pattern, text, line);
    if (value !== undefined) values[name] = value;
    else if (companion.required !== false) return { values, missing: companion.describe };
  }
  return { values };
}

/** At most this many occurrences of a companion are weighed (hostile files hold millions). */
const MAX_COMPANION_MATCHES = 1000;

function nearest(pattern: RegExp, text: string, line: number): string | undefined {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  let best: { value: string; distance: number } | undefined;
  let count = 0;
  let lineNo = 1;
  let lineScanned = 0;
  for (const m of text.matchAll(re)) {
    if (++count > MAX_COMPANION_MATCHES) break;
    for (let i = text.indexOf('\n', lineScanned); i !== -1 && i < (m.index ?? 0); i = text.indexOf('\n', i + 1)) {
      lineNo++;
      lineScanned = i + 1;
    }
    const value = m[1] ?? m[0];
    const distance = Math.abs(lineNo - line);
    if (!best || distance < best.distance) best = { value, distance };
  }
  return best?.value;
}

/** Runs one verifier's requests in order; see Verifier.requests for how the answers combine. */
async function runVerifier(
  verifier: Verifier,
  credential: Credential,
  settings: VerifySettings,
  transport: Transport,
  schedule: <T>(job: () => Promise<T>) => Promise<T>,
  sleep: (ms: number) => Promise<void>,
): Promise<Verification> {
  let planned: readonly VerifyRequest[] | CannotCheck;
  try {
    planned = verifier.requests(credential);
  } catch {
    return { status: 'unknown', reason: 'not-checkable', verifier: verifier.id, detail: 'the value is not in a form the vendor accepts' };
  }
  if (!Array.isArray(planned)) {
    const cannot = planned as CannotCheck;
    return { status: 'unknown', reason: cannot.unknown, verifier: verifier.id, detail: cannot.detail };
  }
  const requests = planned as readonly VerifyRequest[];
  if (requests.length === 0) return { status: 'unknown', reason: 'not-checkable', verifier: verifier.id };
  let firstUnknown: Verification | undefined;
  let revoked = 0;
  for (const request of requests) {
    const outcome = await schedule(() => ask(verifier, request, settings, transport, sleep));
    if (outcome.status === 'live') return outcome;
    if (outcome.status === 'revoked') revoked++;
    else firstUnknown ??= outcome;
  }
  return revoked === requests.length ? { status: 'revoked', verifier: verifier.id } : (firstUnknown ?? { status: 'unknown', reason: 'unexpected-response', verifier: verifier.id });
}

async function ask(verifier: Verifier, request: VerifyRequest, settings: VerifySettings, transport: Transport, sleep: (ms: number) => Promise<void>): Promise<Verification> {
  const unknown = (reason: UnknownReason, detail?: string): Verification => ({ status: 'unknown', reason, verifier: verifier.id, ...(detail ? { detail } : {}) });
  const url = requestUrl(verifier.hosts, request);
  // a verifier that builds a request off its own hosts is a defect; it is refused, never sent
  if (!url) return unknown('unexpected-response', 'the request is not to a host the verifier names');
  if (badHeaderValue(request.headers)) return unknown('missing-context', 'the value cannot be sent in a header');
  for (let attempt = 0; ; attempt++) {
    let answer: Answer;
    try {
      answer = await transport.send(url, request, settings.timeoutMs);
    } catch (error) {
      if (error instanceof TransportFailure) return unknown(error.reason, error.detail);
      return unknown('network-error');
    }
    const slowDown = verifier.rateLimited !== undefined && passes(verifier.rateLimited, answer);
    if (!slowDown && passes(verifier.live, answer)) return { status: 'live', verifier: verifier.id };
    if (!slowDown && passes(verifier.revoked, answer)) return { status: 'revoked', verifier: verifier.id, ...(verifier.revokedMeans ? { detail: verifier.revokedMeans } : {}) };
    if (slowDown || answer.status === 429) {
      const wait = retryAfterMs(answer.headers['retry-after']);
      if (attempt >= MAX_RATE_LIMIT_RETRIES || wait === undefined || wait > settings.maxRetryAfterMs) return unknown('rate-limited', `HTTP ${answer.status}`);
      await sleep(wait);
      continue;
    }
    return unknown('unexpected-response', `HTTP ${answer.status}`);
  }
}

function passes(test: AnswerTest, answer: Answer): boolean {
  if (typeof test === 'function') {
    try {
      return test(answer);
    } catch {
      return false; // a malformed body: neither live nor revoked
    }
  }
  return test.includes(answer.status);
}

/** Retry-After in milliseconds: seconds, or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined || value.trim() === '') return 1000; // a 429 without a hint: wait a second
  const v = value.trim();
  if (/^\d{1,6}$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
