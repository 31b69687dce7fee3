import type { Detector } from '../../../src/types.js';
import { aiVendorsAC } from './vendors-a-c.js';
import { aiVendorsDL } from './vendors-d-l.js';
import { aiVendorsMR } from './vendors-m-r.js';
import { aiVendorsSZ } from './vendors-s-z.js';
import { anthropicApiKey } from './anthropic.js';
import { cohereApiKey, groqApiKey, huggingfaceToken, perplexityApiKey, replicateApiToken } from './model-providers.js';
import { openaiApiKey } from './openai.js';

/** AI model providers. */
export const aiDetectors: readonly Detector[] = [
  ...aiVendorsAC,
  ...aiVendorsDL,
  ...aiVendorsMR,
  ...aiVendorsSZ,
  anthropicApiKey,
  cohereApiKey,
  groqApiKey,
  huggingfaceToken,
  openaiApiKey,
  perplexityApiKey,
  replicateApiToken,
];
