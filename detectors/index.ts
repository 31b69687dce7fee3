import type { Detector } from '../src/types.js';
import { dockerDetectors } from './docker/index.js';
import { fileDetectors } from './files/index.js';
import { logDetectors } from './logs/index.js';
import { passwordHashDetectors } from './secrets/hashes/index.js';
import { secretDetectors } from './secrets/index.js';
import { storeDetectors } from './secrets/stores/index.js';
import { tlsDetectors } from './tls/index.js';

/** Every detector, sorted by id. Adding a detector: one module plus one line in its family's index. */
export const allDetectors: readonly Detector[] = [
  ...secretDetectors,
  ...passwordHashDetectors,
  ...storeDetectors,
  ...fileDetectors,
  ...logDetectors,
  ...dockerDetectors,
  ...tlsDetectors,
].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
