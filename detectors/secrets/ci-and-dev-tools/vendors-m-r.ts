import type { Detector } from '../../../src/types.js';
import { vendorTokens } from '../../kit/vendor-token.js';

/** ci-and-dev-tools vendors M–R whose keys are recognised by the vendor's name next to the value (see kit/vendor-token.ts). */
export const ciAndDevToolsVendorsMR: readonly Detector[] = [
  ...vendorTokens([]),
];
