import type { Detector } from '../../../src/types.js';
import { alibabaAccessKeyId, alibabaAccessKeySecret } from './alibaba.js';
import { azureDevopsPat, azureEntraClientSecret } from './azure-identity.js';
import { azureLogicAppTriggerUrl, azureSasToken } from './azure-sas.js';
import { azureCosmosDbKey, azureSharedAccessKey, azureStorageAccountKey } from './azure-storage.js';
import { bitbucketAccessToken, bitbucketAppPassword, bitbucketServerHttpAccessToken } from './bitbucket.js';
import { digitaloceanOauthToken, digitaloceanPersonalAccessToken, digitaloceanRefreshToken } from './digitalocean.js';
import { discordBotToken, discordWebhookUrl } from './discord.js';
import { mailchimpApiKey, mailgunApiKey, postmarkServerToken } from './email.js';
import { gcpOauthClientSecret } from './gcp.js';
import { ibmCloudApiKey, ibmCosHmacSecret } from './ibm.js';
import { jfrogApiKey, jfrogReferenceToken } from './jfrog.js';
import { microsoftTeamsWebhookUrl, telegramBotToken } from './messaging.js';
import { adyenApiKey, braintreeAccessToken, webhookSigningSecret } from './payments.js';
import { pypiUploadToken } from './pypi.js';
import { dockerHubPat, nugetApiKey, rubygemsApiKey } from './registries.js';
import { squareAccessToken, squareOauthSecret } from './square.js';

/** Cloud, source-host, registry, payment and messaging credentials. */
export const platformDetectors: readonly Detector[] = [
  // clouds
  azureStorageAccountKey,
  azureCosmosDbKey,
  azureSharedAccessKey,
  azureSasToken,
  azureLogicAppTriggerUrl,
  azureEntraClientSecret,
  azureDevopsPat,
  gcpOauthClientSecret,
  digitaloceanPersonalAccessToken,
  digitaloceanOauthToken,
  digitaloceanRefreshToken,
  alibabaAccessKeyId,
  alibabaAccessKeySecret,
  ibmCloudApiKey,
  ibmCosHmacSecret,
  // source hosts and registries
  bitbucketAppPassword,
  bitbucketAccessToken,
  bitbucketServerHttpAccessToken,
  pypiUploadToken,
  rubygemsApiKey,
  nugetApiKey,
  dockerHubPat,
  jfrogApiKey,
  jfrogReferenceToken,
  // payments
  squareAccessToken,
  squareOauthSecret,
  braintreeAccessToken,
  adyenApiKey,
  webhookSigningSecret,
  // messaging and email
  discordBotToken,
  discordWebhookUrl,
  telegramBotToken,
  microsoftTeamsWebhookUrl,
  mailgunApiKey,
  mailchimpApiKey,
  postmarkServerToken,
];
