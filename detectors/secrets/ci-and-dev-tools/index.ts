import type { Detector } from '../../../src/types.js';
import { ciAndDevToolsVendorsAC } from './vendors-a-c.js';
import { ciAndDevToolsVendorsDL } from './vendors-d-l.js';
import { ciAndDevToolsVendorsMR } from './vendors-m-r.js';
import { ciAndDevToolsVendorsSZ } from './vendors-s-z.js';
import { bitbucketAccessToken, bitbucketAppPassword, bitbucketServerHttpAccessToken } from './bitbucket.js';
import { bitwardenAccessToken } from './bitwarden.js';
import { dopplerServiceToken, dopplerToken } from './doppler.js';
import { githubFineGrainedToken, githubToken } from './github.js';
import { gitlabServiceToken, gitlabToken } from './gitlab.js';
import { onepasswordSecretKey, onepasswordServiceAccountToken } from './onepassword.js';
import { pulumiAccessToken } from './pulumi.js';
import { terraformCloudToken } from './terraform.js';
import { vaultLegacyToken, vaultToken } from './vault.js';

/** Source hosts, CI/CD, infrastructure and secrets-management tools. */
export const ciAndDevToolsDetectors: readonly Detector[] = [
  ...ciAndDevToolsVendorsAC,
  ...ciAndDevToolsVendorsDL,
  ...ciAndDevToolsVendorsMR,
  ...ciAndDevToolsVendorsSZ,
  bitbucketAccessToken,
  bitbucketAppPassword,
  bitbucketServerHttpAccessToken,
  bitwardenAccessToken,
  dopplerServiceToken,
  dopplerToken,
  githubFineGrainedToken,
  githubToken,
  gitlabServiceToken,
  gitlabToken,
  onepasswordSecretKey,
  onepasswordServiceAccountToken,
  pulumiAccessToken,
  terraformCloudToken,
  vaultLegacyToken,
  vaultToken,
];
