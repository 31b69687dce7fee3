// Verifiers of this kind's credentials (--verify), one <vendor>.verify.ts each.
import type { Verifier } from '../../../src/verify/types.js';
import { airtableVerifier } from './airtable.verify.js';
import { asanaVerifier } from './asana.verify.js';
import { atlassianVerifier } from './atlassian.verify.js';
import { contentfulVerifier } from './contentful.verify.js';
import { datadogVerifier } from './datadog.verify.js';
import { dropboxVerifier } from './dropbox.verify.js';
import { hellosignVerifier } from './hellosign.verify.js';
import { hubspotVerifier } from './hubspot.verify.js';
import { linearVerifier } from './linear.verify.js';
import { mapboxVerifier } from './mapbox.verify.js';
import { newRelicVerifier } from './new-relic.verify.js';
import { notionVerifier } from './notion.verify.js';
import { oktaVerifier } from './okta.verify.js';
import { scrapflyVerifier } from './scrapfly.verify.js';
import { segmentVerifier } from './segment.verify.js';
import { sentryVerifier } from './sentry.verify.js';
import { squarespaceVerifier } from './squarespace.verify.js';
import { zendeskVerifier } from './zendesk.verify.js';

export const verifiers: readonly Verifier[] = [
  atlassianVerifier,
  datadogVerifier,
  linearVerifier,
  notionVerifier,
  sentryVerifier,
  airtableVerifier,
  asanaVerifier,
  dropboxVerifier,
  hubspotVerifier,
  mapboxVerifier,
  newRelicVerifier,
  segmentVerifier,
  oktaVerifier,
  zendeskVerifier,
  contentfulVerifier,
  hellosignVerifier,
  squarespaceVerifier,
  scrapflyVerifier,
];
