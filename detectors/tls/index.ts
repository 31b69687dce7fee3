import type { Detector } from '../../src/types.js';

/** Disabled TLS verification and credentials over plain HTTP. */
export const tlsDetectors: readonly Detector[] = [];
