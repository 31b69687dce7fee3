// Verifiers of this kind's credentials (--verify), one <vendor>.verify.ts each.
import type { Verifier } from '../../../src/verify/types.js';
import { algoliaVerifier } from './algolia.verify.js';
import { supabaseApiKeysVerifier } from './supabase-api-keys.verify.js';
import { supabaseVerifier } from './supabase.verify.js';

export const verifiers: readonly Verifier[] = [supabaseVerifier, supabaseApiKeysVerifier, algoliaVerifier];
