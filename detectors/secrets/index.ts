import type { Detector } from '../../src/types.js';
import { anthropicApiKey } from './anthropic.js';
import { awsAccessKeyId, awsSecretAccessKey } from './aws.js';
import { connectionStringPassword } from './connection-string-password.js';
import { genericSecretAssignment } from './generic-secret-assignment.js';
import { githubFineGrainedToken, githubToken } from './github.js';
import { gitlabServiceToken, gitlabToken } from './gitlab.js';
import { gcpServiceAccountKey, googleApiKey } from './google.js';
import { jwt } from './jwt.js';
import { npmToken } from './npm.js';
import { openaiApiKey } from './openai.js';
import { pgpPrivateKey } from './pgp-private-key.js';
import { privateKey } from './private-key.js';
import { sendgridApiKey } from './sendgrid.js';
import { slackToken, slackWebhookUrl } from './slack.js';
import { stripeRestrictedKey, stripeSecretKey, stripeTestKey } from './stripe.js';
import { twilioApiKey, twilioAuthToken } from './twilio.js';
import { urlCredentials } from './url-credentials.js';

/** Vendor keys, tokens, private keys and generic credentials (policy no-committed-credentials, plus the generic assignment). */
export const secretDetectors: readonly Detector[] = [
  anthropicApiKey,
  awsAccessKeyId,
  awsSecretAccessKey,
  connectionStringPassword,
  gcpServiceAccountKey,
  genericSecretAssignment,
  githubFineGrainedToken,
  githubToken,
  gitlabServiceToken,
  gitlabToken,
  googleApiKey,
  jwt,
  npmToken,
  openaiApiKey,
  pgpPrivateKey,
  privateKey,
  sendgridApiKey,
  slackToken,
  slackWebhookUrl,
  stripeRestrictedKey,
  stripeSecretKey,
  stripeTestKey,
  twilioApiKey,
  twilioAuthToken,
  urlCredentials,
];
