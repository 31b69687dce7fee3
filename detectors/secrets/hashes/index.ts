import type { Detector } from '../../../src/types.js';

/** Password hashes committed in any file: offline-crackable credentials. */
export const passwordHashDetectors: readonly Detector[] = [];
