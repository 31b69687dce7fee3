// Verifiers of this kind's credentials (--verify), one <vendor>.verify.ts each.
import type { Verifier } from '../../../src/verify/types.js';
import { githubVerifier } from './github.verify.js';
import { gitlabVerifier } from './gitlab.verify.js';
import { postmanVerifier } from './postman.verify.js';

export const verifiers: readonly Verifier[] = [githubVerifier, gitlabVerifier, postmanVerifier];
