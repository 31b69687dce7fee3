// Verifiers of this kind's credentials (--verify), one <vendor>.verify.ts each.
import type { Verifier } from '../../../src/verify/types.js';
import { supabaseVerifier } from './supabase.verify.js';

export const verifiers: readonly Verifier[] = [supabaseVerifier];
