// How reports name a --verify result, in one place: 'LIVE', 'revoked', 'unverified (timeout)'.
import type { Verification } from '../verify/types.js';

/** The short mark of a verification, or '' when the run did not verify. */
export function verificationMark(v: Verification | undefined): string {
  if (!v) return '';
  if (v.status === 'live') return 'LIVE';
  if (v.status === 'revoked') return 'revoked';
  return `unverified (${v.reason ?? 'unknown'})`;
}

/** The mark with what the verifier said: 'unverified (missing-context: needs the access key id … in the same file)', 'revoked (refused with the Docker ID found next to it: …)'. */
export function verificationPhrase(v: Verification | undefined): string {
  if (!v) return '';
  if (v.detail === undefined || v.status === 'live') return verificationMark(v);
  return v.status === 'revoked' ? `revoked (${v.detail})` : `unverified (${v.reason ?? 'unknown'}: ${v.detail})`;
}
