import type { Detector } from '../../../src/types.js';

/** Observability, SaaS, AI, database and infrastructure credentials; generic auth headers. */
export const serviceDetectors: readonly Detector[] = [];
