import type { Detector } from '../../../src/types.js';
import { jfrogApiKey, jfrogReferenceToken } from './jfrog.js';
import { npmToken } from './npm.js';
import { dockerHubPat, nugetApiKey, rubygemsApiKey } from './package-hosts.js';
import { pypiUploadToken } from './pypi.js';

/** Package and container registries. */
export const registriesDetectors: readonly Detector[] = [
  dockerHubPat,
  jfrogApiKey,
  jfrogReferenceToken,
  npmToken,
  nugetApiKey,
  pypiUploadToken,
  rubygemsApiKey,
];
