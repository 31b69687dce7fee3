// Verifiers of this kind's credentials (--verify), one <vendor>.verify.ts each.
import type { Verifier } from '../../../src/verify/types.js';
import { cloudsmithVerifier } from './cloudsmith.verify.js';
import { dockerHubVerifier } from './docker-hub.verify.js';
import { jfrogVerifier } from './jfrog.verify.js';
import { npmVerifier } from './npm.verify.js';
import { pypiVerifier } from './pypi.verify.js';
import { rubygemsVerifier } from './rubygems.verify.js';

export const verifiers: readonly Verifier[] = [npmVerifier, pypiVerifier, dockerHubVerifier, rubygemsVerifier, cloudsmithVerifier, jfrogVerifier];
