import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { around } from '../shared/context.js';

// Braintree (PayPal) gateway access tokens for production: 'access_token$production$', a 16-character
// merchant id, '$', and 32 hex characters. Sandbox tokens are left alone.
export const braintreeAccessToken: Detector = patternDetector({
  id: 'braintree-access-token',
  title: 'PayPal Braintree production access token',
  vendor: 'PayPal Braintree',
  severity: 'critical',
  keywords: ['access_token$production$'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>access_token\$production\$[a-z0-9]{16}\$[a-f0-9]{32})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  remediation:
    'Revoke the token in the Braintree Control Panel (or the PayPal developer dashboard that issued it), then ' +
    'keep a new one in the environment or a secret manager.',
  examples: {
    positive: [
      { text: 'BRAINTREE_ACCESS_TOKEN=access_token$production$6sn9w5b4zxeo6hdz$631c431a8cfd02e9c4d52b0ab097695a' },
      { text: "gateway = braintree.BraintreeGateway(access_token='access_token$production$ro6vvjpibh9dn1ka$3c6d43fe87e6837d0a2d853a2917f63f')" },
    ],
    negative: [
      { text: 'BRAINTREE_ACCESS_TOKEN=access_token$sandbox$6sn9w5b4zxeo6hdz$631c431a8cfd02e9c4d52b0ab097695a', why: 'sandbox' },
      { text: 'BRAINTREE_ACCESS_TOKEN=access_token$production$6sn9w5b4zxeo6hdz$631c431a8cfd02e9c4d52b0ab09769', why: '30 hex characters' },
      { text: 'BRAINTREE_ACCESS_TOKEN=access_token$production$<merchant-id>$<token>' },
    ],
  },
});

// Adyen API keys: 'AQE' and a base64 blob, '-', a 44-character base64 value, optionally '-' and a short
// suffix. The test and live keys look alike, and only the 'AQE' marker is fixed, so 'adyen' must
// appear on the same line (ADYEN_API_KEY=..., X-API-Key header to *.adyen.com).
export const adyenApiKey: Detector = patternDetector({
  id: 'adyen-api-key',
  title: 'Adyen API key',
  vendor: 'Adyen',
  severity: 'critical',
  keywords: ['adyen'],
  pattern: /(?<![A-Za-z0-9+/])(?<secret>AQE[A-Za-z0-9+/]{40,200}={0,2}-[A-Za-z0-9+/]{43}=(?:-[A-Za-z0-9+/=]{8,32})?)/,
  validate: (_secret, m, text) => /adyen/i.test(around(text, m)),
  minEntropy: 4,
  remediation:
    'Generate a new key for the API credential under Developers > API credentials in the Adyen Customer Area ' +
    '(the old one then expires), and keep it in the environment or a secret manager.',
  examples: {
    positive: [
      { text: 'ADYEN_API_KEY=AQEKcJvqFOz8lQJnpOpJBFnjnZsAb/tWGzD1ja1ApoRlVNtm4ghi1rvCGAqtvxBZouLzlrquKtFPN+TBw==-FGsWh4zKoBNWEaWc4/pFAdllcDzLTG0meUq9IsGmLvw=-pCwKtvdQNg3EDVuB' },
      { text: 'config.setXApiKey("AQE9qIHl74wtLcyxSDlNwQBSfnnGhSoKnA5qTQdsDDLc1hKNshAOVBS1tv1LBajWqlK6bLSv6hAJ9DsAg==-FNwJ1r5KDGYodK8UPjJ9u0/VjuhKPHYwQiLwQ4r6JfY=-oCCtYCN1lBIo0Ekm"); // Adyen live' },
    ],
    negative: [
      { text: 'ADYEN_API_KEY=AQE...', why: 'truncated in documentation' },
      { text: 'API_KEY=AQEKcJvqFOz8lQJnpOpJBFnjnZsAb/tWGzD1ja1ApoRlVNtm4ghi1rvCGAqtvxBZouLzlrquKtFPN+TBw==-FGsWh4zKoBNWEaWc4/pFAdllcDzLTG0meUq9IsGmLvw=-pCwKtvdQNg3EDVuB', why: 'no Adyen context' },
      { text: 'ADYEN_API_KEY=AQEKcJvqFOz8lQJnpOpJBFnjnZsAb/tWGzD1ja1ApoRlVNtm4ghi1rvCGAqtvxBZouLzlrquKtFPN+TBw==', why: 'first segment only' },
    ],
  },
});

// Webhook signing secrets with the 'whsec_' prefix: Stripe (32 alphanumerics, 64 hex from the Stripe
// CLI) and Svix-based providers (base64). Anyone holding one can forge webhook events.
export const webhookSigningSecret: Detector = patternDetector({
  id: 'webhook-signing-secret',
  title: 'Webhook signing secret (Stripe, Svix)',
  vendor: 'Stripe / Svix',
  severity: 'high',
  keywords: ['whsec_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>whsec_[A-Za-z0-9+/]{32,88}={0,2})(?![A-Za-z0-9+/=])/,
  minEntropy: 3.5,
  remediation:
    'Roll the signing secret on the webhook endpoint in the Stripe (or Svix-based provider) dashboard, then keep ' +
    'the new one in the environment or a secret manager.',
  examples: {
    positive: [
      { text: 'STRIPE_WEBHOOK_SECRET=whsec_I9PKYaj4kBwE51ldQxXBXEEYhvTvoml1' },
      { text: 'const wh = new Webhook("whsec_E/T96D4wfF9icFTm8fGz0ZEDVSif5o29");' },
    ],
    negative: [
      { text: 'STRIPE_WEBHOOK_SECRET=whsec_I9PKYaj4kBwE51ldQxXBXEEYhvTvom', why: 'too short' },
      { text: 'STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
      { text: 'STRIPE_WEBHOOK_SECRET=whsec_...' },
    ],
  },
});
