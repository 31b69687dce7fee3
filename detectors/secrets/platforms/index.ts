import type { Detector } from '../../../src/types.js';

/** Cloud, source-host, registry, payment and messaging credentials. */
export const platformDetectors: readonly Detector[] = [];
