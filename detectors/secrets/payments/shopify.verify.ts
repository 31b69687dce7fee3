import { field, get } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// GET /admin/oauth/access_scopes.json on the shop's own myshopify.com domain lists the scopes granted
// to the token in X-Shopify-Access-Token; it needs no scope and changes nothing. 200 with
// access_scopes: the token works. 401: the app was uninstalled or the token rotated (or it belongs
// to another shop). 402 (frozen shop), 423 (locked) and 404 (no such shop) say nothing of the token.
// The shop's label is taken from a *.myshopify.com domain in the same file, nearest first.
export const shopifyVerifier: Verifier = {
  id: 'shopify',
  vendor: 'Shopify',
  detectors: ['shopify-access-token'],
  hosts: ['*.myshopify.com'],
  call: 'GET https://{shop}.myshopify.com/admin/oauth/access_scopes.json',
  companions: {
    shop: {
      pattern: /(?<![a-z0-9-])([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)\.myshopify\.com(?![a-z0-9-])/gi,
      describe: 'the shop domain (….myshopify.com)',
    },
  },
  requests: ({ secret, companions }) => {
    const host = `${(companions.shop as string).toLowerCase()}.myshopify.com`;
    return [get(host, '/admin/oauth/access_scopes.json', { 'x-shopify-access-token': secret })];
  },
  live: (a) => a.status === 200 && Array.isArray(field(a, 'access_scopes')),
  revoked: [401],
  revokedMeans: 'refused by the shop found next to it: revoked, or it belongs to another shop',
};
