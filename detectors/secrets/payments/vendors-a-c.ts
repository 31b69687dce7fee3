import type { Detector } from '../../../src/types.js';
import { vendorTokens } from '../../kit/vendor-token.js';

/** payments vendors A–C: prefixed formats above, and keys recognised by the vendor's name next to the value (see kit/vendor-token.ts). */
export const paymentsVendorsAC: readonly Detector[] = [
  ...vendorTokens([
    // Coinbase API keys (16), their secrets (32) and Exchange secrets (88 base64).
    {
      id: 'coinbase-api-key',
      title: 'Coinbase API key or secret',
      vendor: 'Coinbase',
      names: ['coinbase'],
      token: [{ alphabet: 'alnum', length: 32 }, { alphabet: 'alnum', length: 16 }, { alphabet: 'base64', length: 88 }],
      remediation:
        'Delete the key under Settings > API in Coinbase (or the Coinbase Developer Platform portal), review ' +
        'account activity, and keep the replacement in a secret store.',
      examples: {
        positive: [
          { text: 'COINBASE_API_SECRET=WkHk5ILHClN6zLk2SMMdNwI4UcEel3qG', path: '.env' },
          { text: 'coinbase_api_secret: "eUxmzV9xMHpF4E5eRFES3EpzVvdVA76I"', path: 'config/settings.yml' },
          { text: 'client = Coinbase(api_key="XohMO3aI6fwLIWNB")', path: 'app/clients.py' },
          { text: "const coinbaseApiSecret = 'KeX81y4OWP4DQ2ZhGbWDlFnrqVpltgaqc0uIcvW1MCtrUlDF69gtokw6lYhH82oCD3eovWx5UCEIAhJHvVUi4vyt';", path: 'src/config.js' },
        ],
        negative: [
          { text: 'COINBASE_API_SECRET=M1BPMU6BJiIspP7MtwKBkFPxDN9dPRl', why: '31 characters' },
        ],
      },
    },
  ]),
];
