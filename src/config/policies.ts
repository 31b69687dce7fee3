import type { PolicyId } from '../types.js';

/** The policy ids of shared/docs/policies.md, in that order. */
export const POLICY_IDS: readonly PolicyId[] = [
  'no-committed-credentials', 'env-files-out-of-vcs', 'credentials-from-environment', 'no-secrets-in-logs',
  'non-root-containers', 'secrets-not-in-images', 'tls-verified', 'rotate-exposed-credentials', 'leak-prevention-in-place',
];
