import type { Detector } from '../../../src/types.js';
import { paymentsVendorsAC } from './vendors-a-c.js';
import { paymentsVendorsDL } from './vendors-d-l.js';
import { paymentsVendorsMR } from './vendors-m-r.js';
import { paymentsVendorsSZ } from './vendors-s-z.js';
import { adyenApiKey, braintreeAccessToken, webhookSigningSecret } from './processors.js';
import { checkoutComDetectors } from './checkout-com.js';
import { midtransDetectors } from './midtrans.js';
import { razorpayDetectors } from './razorpay.js';
import { shopifyAccessToken, shopifySharedSecret } from './shopify.js';
import { squareAccessToken, squareOauthSecret } from './square.js';
import { stripeRestrictedKey, stripeSecretKey, stripeTestKey } from './stripe.js';
import { woocommerceDetectors } from './woocommerce.js';
import { xenditDetectors } from './xendit.js';

/** Payments and commerce. */
export const paymentsDetectors: readonly Detector[] = [
  ...paymentsVendorsAC,
  ...paymentsVendorsDL,
  ...paymentsVendorsMR,
  ...paymentsVendorsSZ,
  ...checkoutComDetectors,
  ...midtransDetectors,
  ...razorpayDetectors,
  ...woocommerceDetectors,
  ...xenditDetectors,
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
