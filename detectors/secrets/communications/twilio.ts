import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { shannonEntropy } from '../../kit/entropy.js';
import { patternDetector } from '../../kit/pattern.js';
import { isPlaceholder } from '../../kit/placeholders.js';
import { anchorNear, anchorsIn, squashedNameBefore } from '../shared/nearby.js';

// Twilio identifies accounts with AC + 32 hex (Account SID) and API keys with SK + 32 hex (API key SID).
// Account SIDs are identifiers, never reported. API key SIDs are reported: they are only ever written
// down beside their secret. The secrets themselves — the 32-hex account auth token and the 32-character
// API key secret — have no prefix and count only beside a SID or under a telling name.
const ACCOUNT_SID = /(?<![A-Za-z0-9])AC[0-9a-f]{32}(?![A-Za-z0-9])/g;
const API_KEY_SID = /(?<![A-Za-z0-9])SK[0-9a-f]{32}(?![A-Za-z0-9])/g;

export const twilioApiKey: Detector = patternDetector({
  id: 'twilio-api-key',
  title: 'Twilio API key SID',
  vendor: 'Twilio',
  severity: 'high',
  keywords: ['twilio'],
  pattern: new RegExp(`(?<secret>${API_KEY_SID.source})`),
  minEntropy: 3,
  detail: () => 'API key SID: revoke the key, its secret is usually written beside it',
  remediation:
    'Delete the API key in the Twilio Console (Account > API keys & tokens) and create a new one; keep its SID ' +
    'and secret in the environment or a secret store.',
  examples: {
    positive: [
      { text: 'TWILIO_API_KEY=SKee0654b17f02864c73d2533b4eee73a5', path: 'deploy/twilio.env' },
      { text: 'client = twilio.Client("SK8f19e18429d6af71b7df4e9bf50ac5f3", api_secret, account_sid)', path: 'sms/send.py' },
    ],
    negative: [
      { text: 'TWILIO_ACCOUNT_SID=AC002b592cd12b792ed1cc0eb603438689', why: 'account SIDs are identifiers' },
      { text: 'TWILIO_API_KEY=SKee0654b17f02864c73d2533b4eee73a', why: '31 hex characters' },
      { text: 'TWILIO_API_KEY=SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

const CANDIDATE = /(?<![A-Za-z0-9])[A-Za-z0-9]{32}(?![A-Za-z0-9])/g;
const AUTH_TOKEN_NAME = /authtoken|authkey/;
const API_SECRET_NAME = /apisecret|keysecret|apikeysecret/;
/** `TWILIO_KEY`, `twilio_secret`, `twilioToken`: a credential named after Twilio, whichever of the two it is. */
const TWILIO_CREDENTIAL_NAME = /twilio\w{0,24}(?:key|secret|token)$/;
const NEAR = 300;

function detectTwilioSecret({ text }: DetectorInput): Match[] {
  const accounts = anchorsIn(text, ACCOUNT_SID);
  const apiKeys = anchorsIn(text, API_KEY_SID);
  const found: Match[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const secret = m[0];
    const start = m.index;
    const end = start + secret.length;
    if (shannonEntropy(secret) < 3 || isPlaceholder(secret)) continue;
    const name = squashedNameBefore(text, start) ?? '';
    const hex = /^[0-9a-f]+$/.test(secret);
    const authToken = hex && (AUTH_TOKEN_NAME.test(name) || (anchorNear(accounts, start, end, NEAR) && !/(?:id|hash|md5|sum)$/.test(name)));
    const apiSecret = /[a-z]/.test(secret) && /[A-Z]/.test(secret) && (API_SECRET_NAME.test(name) || anchorNear(apiKeys, start, end, NEAR));
    const named = !authToken && !apiSecret && TWILIO_CREDENTIAL_NAME.test(name) && /[0-9]/.test(secret) && /[A-Za-z]/.test(secret);
    if (authToken) found.push({ start, end, secret, detail: 'account auth token' });
    else if (apiSecret) found.push({ start, end, secret, detail: 'API key secret' });
    else if (named) found.push({ start, end, secret, detail: 'auth token or API key secret' });
  }
  return found;
}

export const twilioAuthToken: Detector = {
  id: 'twilio-auth-token',
  title: 'Twilio auth token or API key secret',
  vendor: 'Twilio',
  policy: 'no-committed-credentials',
  severity: 'critical',
  keywords: ['twilio'],
  remediation:
    'Rotate the auth token in the Twilio Console (promote the secondary token, then delete the old one) or ' +
    'delete the API key, and keep the replacement in the environment or a secret store.',
  detect: detectTwilioSecret,
  examples: {
    positive: [
      { text: '# twilio\nTWILIO_ACCOUNT_SID=AC002b592cd12b792ed1cc0eb603438689\nTWILIO_AUTH_TOKEN=589e4be290e605b9e225be6f82568895', path: 'deploy/twilio.env' },
      { text: 'twilio:\n  auth_token: "8ec40f719d35b0f13270a122598f40d1"', path: 'config/sms.yml', why: 'named auth token' },
      { text: 'from twilio.rest import Client\nclient = Client("SK8f19e18429d6af71b7df4e9bf50ac5f3", "7bVBaUuebyIl91SicR2d3CizIXmdbfHO")', why: 'API key secret' },
      { text: 'TWILIO_SECRET=Fb7e3A09cD4f1B28e6a5C90d7E3b4F1a', path: '.env', why: 'named after Twilio' },
    ],
    negative: [
      { text: '# twilio\nTWILIO_ACCOUNT_SID=AC002b592cd12b792ed1cc0eb603438689\nTWILIO_AUTH_TOKEN=${TWILIO_AUTH_TOKEN}', why: 'reference' },
      { text: '# twilio\nrequest_id = "589e4be290e605b9e225be6f82568895"', why: 'hex with no SID near and no auth token name' },
      { text: 'twilio:\n  auth_token: "8ec40f719d35b0f13270a122598f40d"', why: '31 characters' },
      { text: 'twilio:\n  auth_token: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"', why: 'placeholder' },
      { text: 'TWILIO_ACCOUNT_SID_HASH=589e4be290e605b9e225be6f82568895', why: 'named, but not a key, secret or token' },
    ],
  },
};
