// Verifiers of this kind's credentials (--verify), one <vendor>.verify.ts each.
import type { Verifier } from '../../../src/verify/types.js';
import { atlassianVerifier } from './atlassian.verify.js';
import { datadogVerifier } from './datadog.verify.js';
import { linearVerifier } from './linear.verify.js';
import { notionVerifier } from './notion.verify.js';
import { sentryVerifier } from './sentry.verify.js';

export const verifiers: readonly Verifier[] = [atlassianVerifier, datadogVerifier, linearVerifier, notionVerifier, sentryVerifier];
