import type { Detector } from '../../src/types.js';
import { githubFineGrainedToken, githubToken } from './github.js';

/** Vendor keys, tokens, private keys and generic credentials (policy no-committed-credentials). */
export const secretDetectors: readonly Detector[] = [githubToken, githubFineGrainedToken];
