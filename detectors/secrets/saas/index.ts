import type { Detector } from '../../../src/types.js';
import { saasVendorsAC } from './vendors-a-c.js';
import { saasVendorsDL } from './vendors-d-l.js';
import { saasVendorsMR } from './vendors-m-r.js';
import { saasVendorsSZ } from './vendors-s-z.js';
import { airtablePersonalAccessToken } from './airtable.js';
import { datadogApiKey, datadogAppKey } from './datadog.js';
import { grafanaApiKey, grafanaCloudToken, grafanaServiceAccountToken } from './grafana.js';
import { hubspotPrivateAppToken } from './hubspot.js';
import { auth0ClientSecret, auth0ManagementToken, clerkSecretKey, oktaApiToken } from './identity.js';
import { atlassianApiToken, linearApiKey } from './issue-trackers.js';
import { newRelicBrowserApiKey, newRelicInsightsKey, newRelicLicenseKey, newRelicUserApiKey } from './new-relic.js';
import { notionIntegrationToken, notionLegacyToken } from './notion.js';
import { pagerdutyApiKey } from './pagerduty.js';
import { sentryDsnSecret, sentryOrgAuthToken, sentryUserAuthToken } from './sentry.js';

/** SaaS, observability and identity services. */
export const saasDetectors: readonly Detector[] = [
  ...saasVendorsAC,
  ...saasVendorsDL,
  ...saasVendorsMR,
  ...saasVendorsSZ,
  airtablePersonalAccessToken,
  atlassianApiToken,
  auth0ClientSecret,
  auth0ManagementToken,
  clerkSecretKey,
  datadogApiKey,
  datadogAppKey,
  grafanaApiKey,
  grafanaCloudToken,
  grafanaServiceAccountToken,
  hubspotPrivateAppToken,
  linearApiKey,
  newRelicBrowserApiKey,
  newRelicInsightsKey,
  newRelicLicenseKey,
  newRelicUserApiKey,
  notionIntegrationToken,
  notionLegacyToken,
  oktaApiToken,
  pagerdutyApiKey,
  sentryDsnSecret,
  sentryOrgAuthToken,
  sentryUserAuthToken,
];
