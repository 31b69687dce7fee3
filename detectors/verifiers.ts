// The registry of verifiers (--verify): each lives beside the detectors it verifies, as
// <vendor>.verify.ts, listed by its kind's verifiers.ts.
import type { Verifier } from '../src/verify/types.js';
import { verifiers as ai } from './secrets/ai/verifiers.js';
import { verifiers as ciAndDevTools } from './secrets/ci-and-dev-tools/verifiers.js';
import { verifiers as cloud } from './secrets/cloud/verifiers.js';
import { verifiers as communications } from './secrets/communications/verifiers.js';
import { verifiers as data } from './secrets/data/verifiers.js';
import { verifiers as payments } from './secrets/payments/verifiers.js';
import { verifiers as registries } from './secrets/registries/verifiers.js';
import { verifiers as saas } from './secrets/saas/verifiers.js';

export const allVerifiers: readonly Verifier[] = [...ai, ...ciAndDevTools, ...cloud, ...communications, ...data, ...payments, ...registries, ...saas];
