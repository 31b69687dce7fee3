import type { Detector } from '../../../src/types.js';
import { vendorTokens } from '../../kit/vendor-token.js';

/** cloud vendors M–R whose keys are recognised by the vendor's name next to the value (see kit/vendor-token.ts). */
const named: readonly Detector[] = vendorTokens([
  {
    id: 'netlify-access-token',
    title: 'Netlify personal access token',
    vendor: 'Netlify',
    names: ['netlify'],
    token: [{ alphabet: 'alnum', length: [36, 40], prefix: 'nfp_' }, { alphabet: 'token', length: [40, 46] }, { alphabet: 'hex', length: 64 }],
    remediation:
      'Delete the token under User settings > Applications > Personal access tokens in Netlify and create a ' +
      'new one; keep it in your CI secret store (NETLIFY_AUTH_TOKEN).',
    examples: {
      positive: [
        { text: 'NETLIFY_AUTH_TOKEN=nfp_W5Rxn1QV4oJXmjLhIyILodbKJoyYAcAghNWeL', path: '.env' },
        { text: 'netlify deploy --prod --auth AU9ZYWNVZEQu-9Vl-FjGVDpBKmObDgbxvk3Uszsva' },
        { text: '  netlify_api_token = "9da44e2e590989d314d637ca1362495306e8f1e216a8a87392c5092d05d296ff"' },
      ],
      negative: [{ text: 'NETLIFY_SITE_ID=3d1f2a9e-7b4c-4d8a-9c2f-1e5a6b7c8d9e', why: 'a site id, no key-like word' }],
    },
  },
]);

/** cloud vendors M–R (all recognised by name and value; see the table above). */
export const cloudVendorsMR: readonly Detector[] = [...named];
