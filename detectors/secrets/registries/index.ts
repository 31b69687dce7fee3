import type { Detector } from '../../../src/types.js';
import { registriesVendorsAC } from './vendors-a-c.js';
import { registriesVendorsDL } from './vendors-d-l.js';
import { registriesVendorsMR } from './vendors-m-r.js';
import { registriesVendorsSZ } from './vendors-s-z.js';
import { jfrogApiKey, jfrogReferenceToken } from './jfrog.js';
import { npmToken } from './npm.js';
import { dockerHubPat, nugetApiKey, rubygemsApiKey } from './package-hosts.js';
import { pypiUploadToken } from './pypi.js';

/** Package and container registries. */
export const registriesDetectors: readonly Detector[] = [
  ...registriesVendorsAC,
  ...registriesVendorsDL,
  ...registriesVendorsMR,
  ...registriesVendorsSZ,
  dockerHubPat,
  jfrogApiKey,
  jfrogReferenceToken,
  npmToken,
  nugetApiKey,
  pypiUploadToken,
  rubygemsApiKey,
];
