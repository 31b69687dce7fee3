import type { Detector } from '../../../src/types.js';
import { adyenApiKey, braintreeAccessToken, webhookSigningSecret } from './processors.js';
import { shopifyAccessToken, shopifySharedSecret } from './shopify.js';
import { squareAccessToken, squareOauthSecret } from './square.js';
import { stripeRestrictedKey, stripeSecretKey, stripeTestKey } from './stripe.js';

/** Payments and commerce. */
export const paymentsDetectors: readonly Detector[] = [
  adyenApiKey,
  braintreeAccessToken,
  shopifyAccessToken,
  shopifySharedSecret,
  squareAccessToken,
  squareOauthSecret,
  stripeRestrictedKey,
  stripeSecretKey,
  stripeTestKey,
  webhookSigningSecret,
];
