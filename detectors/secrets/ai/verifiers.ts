// Verifiers of this kind's credentials (--verify), one <vendor>.verify.ts each.
import type { Verifier } from '../../../src/verify/types.js';
import { anthropicVerifier } from './anthropic.verify.js';
import { cohereVerifier } from './cohere.verify.js';
import { deepseekVerifier } from './deepseek.verify.js';
import { groqVerifier } from './groq.verify.js';
import { huggingfaceVerifier } from './huggingface.verify.js';
import { openaiVerifier } from './openai.verify.js';
import { openrouterVerifier } from './openrouter.verify.js';
import { replicateVerifier } from './replicate.verify.js';

export const verifiers: readonly Verifier[] = [
  openaiVerifier,
  anthropicVerifier,
  huggingfaceVerifier,
  groqVerifier,
  cohereVerifier,
  deepseekVerifier,
  openrouterVerifier,
  replicateVerifier,
];
