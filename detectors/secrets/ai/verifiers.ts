// Verifiers of this kind's credentials (--verify), one <vendor>.verify.ts each.
import type { Verifier } from '../../../src/verify/types.js';
import { anthropicVerifier } from './anthropic.verify.js';
import { huggingfaceVerifier } from './huggingface.verify.js';
import { openaiVerifier } from './openai.verify.js';

export const verifiers: readonly Verifier[] = [openaiVerifier, anthropicVerifier, huggingfaceVerifier];
