// Every platform detector on 64 KiB of its own near-misses: no match, within BUDGET_MS (best of up
// to three runs: linear detectors take a few ms here, a quadratic one seconds).
import { describe, expect, it } from 'vitest';
import { isVendorToken } from '../../../../detectors/kit/vendor-token.js';
import { cloudDetectors } from '../../../../detectors/secrets/cloud/index.js';
import { communicationsDetectors } from '../../../../detectors/secrets/communications/index.js';
import { paymentsDetectors } from '../../../../detectors/secrets/payments/index.js';
import { registriesDetectors } from '../../../../detectors/secrets/registries/index.js';

// vendor-token detectors share one matcher, tested on hostile input once in test/detectors/kit/vendor-token.test.ts
const platformDetectors = [...cloudDetectors, ...registriesDetectors, ...paymentsDetectors, ...communicationsDetectors].filter((d) => !isVendorToken(d));
import { fill, hostileInputs, SIZE } from './hostile-inputs.js';
import { bestTime } from '../../../helpers/timing.js';

const BUDGET_MS = 500;

const timings = new Map<string, number>();

describe.each(platformDetectors.map((d) => [d.id, d] as const))('%s on hostile input', (id, detector) => {
  const inputs = hostileInputs(detector);

  it('has near-miss inputs built from its keywords and positives', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(detector.keywords.length * 2 + 6);
    for (const input of inputs) expect(fill(input.unit).length).toBe(SIZE);
  });

  it.each(inputs.map((input) => [input.name, input] as const))('%s: no match', (_name, input) => {
    const { ms, result: matches } = bestTime((text) => [...detector.detect({ path: 'hostile.txt', text })], fill(input.unit), BUDGET_MS);
    timings.set(id, Math.max(timings.get(id) ?? 0, ms));
    expect(matches).toEqual([]);
    expect(ms, `${id} took ${ms.toFixed(0)} ms`).toBeLessThan(BUDGET_MS);
  });
});
