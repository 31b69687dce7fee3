import type { Detector } from '../../../src/types.js';
import { cohereApiKey, groqApiKey, huggingfaceToken, perplexityApiKey, replicateApiToken } from './ai.js';
import { airtablePersonalAccessToken } from './airtable.js';
import { authorizationBasicCredentials, authorizationBearerToken } from './auth-headers.js';
import { datadogApiKey, datadogAppKey } from './datadog.js';
import { dopplerServiceToken, dopplerToken } from './doppler.js';
import { firebaseCloudMessagingServerKey } from './firebase.js';
import { grafanaApiKey, grafanaCloudToken, grafanaServiceAccountToken } from './grafana.js';
import { hubspotPrivateAppToken } from './hubspot.js';
import { auth0ClientSecret, auth0ManagementToken, oktaApiToken } from './identity.js';
import { atlassianApiToken, linearApiKey } from './issue-trackers.js';
import { mongodbAtlasApiKey, mongodbAtlasServiceAccountSecret } from './mongodb-atlas.js';
import { newRelicBrowserApiKey, newRelicInsightsKey, newRelicLicenseKey, newRelicUserApiKey } from './new-relic.js';
import { notionIntegrationToken, notionLegacyToken } from './notion.js';
import { onepasswordServiceAccountToken } from './onepassword.js';
import { pagerdutyApiKey } from './pagerduty.js';
import { planetscalePassword, planetscaleToken } from './planetscale.js';
import { pulumiAccessToken } from './pulumi.js';
import { sentryDsnSecret, sentryOrgAuthToken, sentryUserAuthToken } from './sentry.js';
import { shopifyAccessToken, shopifySharedSecret } from './shopify.js';
import { supabaseAccessToken, supabaseSecretKey, supabaseServiceRoleKey } from './supabase.js';
import { terraformCloudToken } from './terraform.js';
import { vaultLegacyToken, vaultToken } from './vault.js';

/** Observability, SaaS, AI, database and infrastructure credentials; generic auth headers. */
export const serviceDetectors: readonly Detector[] = [
  // observability
  datadogApiKey, datadogAppKey, newRelicUserApiKey, newRelicBrowserApiKey, newRelicInsightsKey, newRelicLicenseKey,
  sentryDsnSecret, sentryOrgAuthToken, sentryUserAuthToken, grafanaServiceAccountToken, grafanaCloudToken, grafanaApiKey,
  pagerdutyApiKey,
  // SaaS and identity
  atlassianApiToken, linearApiKey, notionIntegrationToken, notionLegacyToken, airtablePersonalAccessToken,
  shopifyAccessToken, shopifySharedSecret, hubspotPrivateAppToken, oktaApiToken, auth0ClientSecret, auth0ManagementToken,
  // AI
  huggingfaceToken, cohereApiKey, replicateApiToken, groqApiKey, perplexityApiKey,
  // databases
  mongodbAtlasApiKey, mongodbAtlasServiceAccountSecret, planetscaleToken, planetscalePassword, supabaseServiceRoleKey,
  supabaseAccessToken, supabaseSecretKey, firebaseCloudMessagingServerKey,
  // infrastructure
  vaultToken, vaultLegacyToken, terraformCloudToken, pulumiAccessToken, dopplerToken, dopplerServiceToken,
  onepasswordServiceAccountToken,
  // generic auth headers
  authorizationBearerToken, authorizationBasicCredentials,
];
