import type { Detector } from '../../../src/types.js';

/** Credential stores and configuration formats: client configs, build tool credentials, command lines. */
export const storeDetectors: readonly Detector[] = [];
