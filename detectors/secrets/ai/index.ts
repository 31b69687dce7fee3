import type { Detector } from '../../../src/types.js';
import { anthropicApiKey } from './anthropic.js';
import { cohereApiKey, groqApiKey, huggingfaceToken, perplexityApiKey, replicateApiToken } from './model-providers.js';
import { openaiApiKey } from './openai.js';

/** AI model providers. */
export const aiDetectors: readonly Detector[] = [
  anthropicApiKey,
  cohereApiKey,
  groqApiKey,
  huggingfaceToken,
  openaiApiKey,
  perplexityApiKey,
  replicateApiToken,
];
