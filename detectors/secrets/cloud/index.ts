import type { Detector } from '../../../src/types.js';
import { cloudVendorsAC } from './vendors-a-c.js';
import { cloudVendorsDL } from './vendors-d-l.js';
import { cloudVendorsMR } from './vendors-m-r.js';
import { cloudVendorsSZ } from './vendors-s-z.js';
import { alibabaAccessKeyId, alibabaAccessKeySecret } from './alibaba.js';
import { awsAccessKeyId, awsSecretAccessKey } from './aws.js';
import { azureDevopsPat, azureEntraClientSecret, azureIdentifiableKey } from './azure-identity.js';
import { azureLogicAppTriggerUrl, azureSasToken } from './azure-sas.js';
import { azureCosmosDbKey, azureSharedAccessKey, azureStorageAccountKey } from './azure-storage.js';
import { digitaloceanOauthToken, digitaloceanPersonalAccessToken, digitaloceanRefreshToken } from './digitalocean.js';
import { firebaseCloudMessagingServerKey } from './firebase.js';
import { gcpHmacKeySecret, gcpOauthClientSecret } from './gcp.js';
import { gcpServiceAccountKey, googleApiKey, googleAppPassword } from './google.js';
import { huaweiCloudSecretAccessKey } from './huawei.js';
import { ibmCloudApiKey, ibmCosHmacSecret } from './ibm.js';
import { tencentCloudSecretId, tencentCloudSecretKey } from './tencent.js';

/** Cloud platforms and their identity services. */
export const cloudDetectors: readonly Detector[] = [
  ...cloudVendorsAC,
  ...cloudVendorsDL,
  ...cloudVendorsMR,
  ...cloudVendorsSZ,
  alibabaAccessKeyId,
  alibabaAccessKeySecret,
  awsAccessKeyId,
  awsSecretAccessKey,
  azureCosmosDbKey,
  azureDevopsPat,
  azureIdentifiableKey,
  azureEntraClientSecret,
  azureLogicAppTriggerUrl,
  azureSasToken,
  azureSharedAccessKey,
  azureStorageAccountKey,
  digitaloceanOauthToken,
  digitaloceanPersonalAccessToken,
  digitaloceanRefreshToken,
  firebaseCloudMessagingServerKey,
  gcpHmacKeySecret,
  gcpOauthClientSecret,
  gcpServiceAccountKey,
  googleApiKey,
  googleAppPassword,
  huaweiCloudSecretAccessKey,
  ibmCloudApiKey,
  ibmCosHmacSecret,
  tencentCloudSecretId,
  tencentCloudSecretKey,
];
