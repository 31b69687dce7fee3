import type { Detector } from '../../src/types.js';

/** Dockerfiles and compose files: root containers and secrets baked into images. */
export const dockerDetectors: readonly Detector[] = [];
