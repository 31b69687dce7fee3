import type { Detector } from '../../../src/types.js';
import { vendorTokens } from '../../kit/vendor-token.js';

/** ai vendors D–L whose keys are recognised by the vendor's name next to the value (see kit/vendor-token.ts). */
export const aiVendorsDL: readonly Detector[] = [
  ...vendorTokens([]),
];
