// What a scan's findings become before they are reported and gated: practice findings folded into
// the secret at the same place (same-place.ts), then test and fixture material marked and one
// severity step lower (test-context.ts). Runs on the filtered findings of scan, staged and history.
import type { Finding } from '../types.js';
import { mergeSamePlace } from './same-place.js';
import { withTestContext } from './test-context.js';

export function refineFindings(findings: readonly Finding[]): Finding[] {
  return mergeSamePlace(findings).map(withTestContext);
}
