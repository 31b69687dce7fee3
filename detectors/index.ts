import type { Detector } from '../src/types.js';
import { dockerDetectors } from './docker/index.js';
import { fileDetectors } from './files/index.js';
import { logDetectors } from './logs/index.js';
import { secretDetectors } from './secrets/index.js';
import { platformDetectors } from './secrets/platforms/index.js';
import { serviceDetectors } from './secrets/services/index.js';
import { tlsDetectors } from './tls/index.js';

/** Every detector, sorted by id. Adding a detector: one module plus one line in its family's index. */
export const allDetectors: readonly Detector[] = [
  ...secretDetectors,
  ...platformDetectors,
  ...serviceDetectors,
  ...fileDetectors,
  ...logDetectors,
  ...dockerDetectors,
  ...tlsDetectors,
].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
