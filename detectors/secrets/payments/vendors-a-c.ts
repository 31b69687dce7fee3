import type { Detector } from '../../../src/types.js';
import { vendorTokens } from '../../kit/vendor-token.js';

/** payments vendors A–C: prefixed formats above, and keys recognised by the vendor's name next to the value (see kit/vendor-token.ts). */
export const paymentsVendorsAC: readonly Detector[] = [
  ...vendorTokens([
    // Alpaca trading API: a key id (PK… or AK…, 20 characters, an identifier) and a 40-character secret
    // key; only the secret is reported. APCA_API_SECRET_KEY is the SDKs' own name.
    {
      id: 'alpaca-secret-key',
      title: 'Alpaca API secret key',
      vendor: 'Alpaca',
      names: ['alpaca'],
      compoundNames: ['apca'],
      token: { alphabet: 'alnum', length: 40 },
      severity: 'critical',
      remediation:
        'Regenerate the API keys on the Alpaca dashboard (paper and live accounts have separate keys), review recent ' +
        'orders, and keep the new secret in a secret store (APCA_API_SECRET_KEY).',
      examples: {
        positive: [
          { text: 'APCA_API_KEY_ID=PKT4M2Q8XW7RZL0ND3VB\nAPCA_API_SECRET_KEY=meppklCQvmk2Zp9yUqYTsLnIL2hYWkBekXFZB6dh', path: '.env' },
          { text: 'alpaca:\n  key_id: AKT4M2Q8XW7RZL0ND3VB\n  secret_key: PsdrOVtwxH0L76ZomRVTGUQrFmJUoI7K7yTMdbKl', path: 'config/trading.yml' },
        ],
        negative: [
          { text: 'APCA_API_SECRET_KEY=tRWNE9M7D2kPIFczPjlXzfUnxZz3dmzOnx28vtR', why: '39 characters' },
          { text: 'APCA_API_KEY_ID=PKT4M2Q8XW7RZL0ND3VB', why: 'the key id' },
          { text: 'llama_alpaca_lora_weights = "meppklCQvmk2Zp9yUqYTsLnIL2hYWkBekXFZB6dh"', why: 'no key-like word' },
        ],
      },
    },
    // Bittrex API keys and secrets: 32 hex characters each (Bittrex closed in 2023; keys still leak in old bots).
    {
      id: 'bittrex-api-key',
      title: 'Bittrex API key or secret',
      vendor: 'Bittrex',
      names: ['bittrex'],
      token: { alphabet: 'hex', length: 32 },
      remediation:
        'Delete the key under API keys in the Bittrex account if it still exists, and remove it from the code; keep any ' +
        'exchange credentials in a secret store.',
      examples: {
        positive: [
          { text: 'BITTREX_API_KEY=af4062cd1ae87a73b584dbbefe1032e4\nBITTREX_API_SECRET=cd78b9be28ddae7aa51ae07aea3b5446', path: '.env' },
          { text: '"bittrex": { "apiKey": "af4062cd1ae87a73b584dbbefe1032e4", "secret": "cd78b9be28ddae7aa51ae07aea3b5446" }', path: 'config/exchanges.json' },
        ],
        negative: [
          { text: 'BITTREX_API_SECRET=d27c21da053e773296c719fb01af7c9', why: '31 hex' },
          { text: 'bittrex_market_hash = "af4062cd1ae87a73b584dbbefe1032e4"', why: 'no key-like word' },
        ],
      },
    },
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
