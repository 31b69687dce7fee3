// Verifiers of this kind's credentials (--verify), one <vendor>.verify.ts each.
import type { Verifier } from '../../../src/verify/types.js';
import { bitbucketVerifier } from './bitbucket.verify.js';
import { buildkiteVerifier } from './buildkite.verify.js';
import { circleciVerifier } from './circleci.verify.js';
import { dopplerVerifier } from './doppler.verify.js';
import { figmaVerifier } from './figma.verify.js';
import { githubVerifier } from './github.verify.js';
import { gitlabVerifier } from './gitlab.verify.js';
import { launchdarklyVerifier } from './launchdarkly.verify.js';
import { postmanVerifier } from './postman.verify.js';
import { pulumiVerifier } from './pulumi.verify.js';
import { snykVerifier } from './snyk.verify.js';
import { terraformCloudVerifier } from './terraform.verify.js';
import { travisCiVerifier } from './travis-ci.verify.js';

export const verifiers: readonly Verifier[] = [
  githubVerifier,
  gitlabVerifier,
  postmanVerifier,
  bitbucketVerifier,
  buildkiteVerifier,
  circleciVerifier,
  dopplerVerifier,
  terraformCloudVerifier,
  pulumiVerifier,
  snykVerifier,
  travisCiVerifier,
  figmaVerifier,
  launchdarklyVerifier,
];
