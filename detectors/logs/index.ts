import type { Detector } from '../../src/types.js';

/** Secrets in committed logs and in logging calls. */
export const logDetectors: readonly Detector[] = [];
