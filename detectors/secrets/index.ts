import type { Detector } from '../../src/types.js';
import { aiDetectors } from './ai/index.js';
import { ciAndDevToolsDetectors } from './ci-and-dev-tools/index.js';
import { cloudDetectors } from './cloud/index.js';
import { communicationsDetectors } from './communications/index.js';
import { dataDetectors } from './data/index.js';
import { genericDetectors } from './generic/index.js';
import { paymentsDetectors } from './payments/index.js';
import { registriesDetectors } from './registries/index.js';
import { saasDetectors } from './saas/index.js';

/**
 * Vendor keys and tokens, private keys and generic credentials, by kind of service: the folder
 * layout is the catalogue (cloud, ci-and-dev-tools, registries, payments, communications, ai, data,
 * saas, generic). Password hashes (hashes/) and credential stores (stores/) are registered beside.
 */
export const secretDetectors: readonly Detector[] = [
  ...aiDetectors,
  ...cloudDetectors,
  ...ciAndDevToolsDetectors,
  ...registriesDetectors,
  ...paymentsDetectors,
  ...communicationsDetectors,
  ...dataDetectors,
  ...saasDetectors,
  ...genericDetectors,
];
