import type { Detector } from '../../src/types.js';

/** Committed .env, key and credential files; repository posture. */
export const fileDetectors: readonly Detector[] = [];
