// Verifiers of this kind's credentials (--verify), one <vendor>.verify.ts each.
import type { Verifier } from '../../../src/verify/types.js';
import { paypalVerifier } from './paypal.verify.js';
import { shopifyVerifier } from './shopify.verify.js';
import { squareVerifier } from './square.verify.js';
import { stripeVerifier } from './stripe.verify.js';

export const verifiers: readonly Verifier[] = [stripeVerifier, shopifyVerifier, squareVerifier, paypalVerifier];
