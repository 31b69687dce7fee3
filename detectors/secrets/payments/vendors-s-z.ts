import type { Detector } from '../../../src/types.js';
import { vendorTokens } from '../../kit/vendor-token.js';

/** payments vendors S–Z whose keys are recognised by the vendor's name next to the value (see kit/vendor-token.ts). */
export const paymentsVendorsSZ: readonly Detector[] = [
  ...vendorTokens([
    {
      id: 'snipcart-secret-key',
      title: 'Snipcart secret API key',
      vendor: 'Snipcart',
      names: ['snipcart'],
      token: { alphabet: 'token', length: 75 },
      examples: {
        positive: [
          { text: "const snipcartKey = 'd7kTryvJ_zQhvI7FFuywAUL2l1AGXaED8FJ7AGfqsbww8aWj-qC0Pb5tbehU0N7ECmJIMrK4oTi';", path: 'src/config.ts' },
          { text: '  "snipcartApiKey": "WP-fesO22xVj8QYUWr-KZae6jklyOO1wYgTvYdSkW3a3VjD_u8j20914GeL35k2KvT4z9yAa8Lq",', path: 'config/default.json' },
        ],
        negative: [{ text: "const snipcartKey = 'd7kTryvJ_zQhvI7FFuywAUL2l1AGXaED8FJ7AGfqsbww8aWj-qC0Pb5tbehU0N7ECmJIMrK4oT';", path: 'src/config.ts', why: 'one character short' }],
      },
    },
    {
      id: 'taxjar-api-token',
      title: 'TaxJar API token',
      vendor: 'TaxJar',
      names: ['taxjar'],
      token: { alphabet: 'lower-alnum', length: 32 },
      examples: {
        positive: [
          { text: 'client = TaxjarClient(api_key="m1xtmqvbiy0lzjwhwd9fdlb4j5877gu8")', path: 'app/clients.py' },
          { text: 'taxjar_token: "660kbpb3nw82tk18kj097n949mifap6d"', path: 'config/settings.yml' },
        ],
        negative: [{ text: 'client = TaxjarClient(api_key="m1xtmqvbiy0lzjwhwd9fdlb4j5877gu")', path: 'app/clients.py', why: 'one character short' }],
      },
    },
    // thirdweb secret keys: 86 URL-safe base64 characters (64 random bytes), for servers; the client id
    // (32 hex) identifies the project in browsers and apps and is not reported.
    {
      id: 'thirdweb-secret-key',
      title: 'thirdweb secret key',
      vendor: 'thirdweb',
      names: ['thirdweb'],
      token: { alphabet: 'base64url', length: 86 },
      remediation:
        'Delete the key in the thirdweb dashboard (the project\'s Settings > API keys), create a new one with only the ' +
        'services it needs, and keep it on the server, in a secret store (THIRDWEB_SECRET_KEY).',
      examples: {
        positive: [
          { text: 'NEXT_PUBLIC_THIRDWEB_CLIENT_ID=3f3f11c6c9b327bec7b973c4144a4449\nTHIRDWEB_SECRET_KEY=Op7t8xAwdf-wDCIvcXO_dQidphlfhbVDrDLioZEUKE6bn6T48ZNTeI7lCo7YykvsQkuKP7xwxF31ZDC2jjuIPB', path: '.env.local' },
          { text: 'const thirdwebClient = createThirdwebClient({ secretKey: "ukckQ3umcLJyavdHa1o-qRTyqYBXmWKSWKq2Fta4eCgvJkfy8fhtdzp6sWhZ9WO0whEnwPMIJB33enhBNkoyfy" });', path: 'server/client.ts' },
        ],
        negative: [
          { text: 'NEXT_PUBLIC_THIRDWEB_CLIENT_ID=3f3f11c6c9b327bec7b973c4144a4449', why: 'the client id is public' },
          { text: 'THIRDWEB_SECRET_KEY=ZMxurkH49yaM9do97p_ZMWqE9NmEkOp0g7FWnlgqRqGMzeD5pnUYah1TP4blDriCTvzxS3i6VmNZUYJKxZslM', why: '85 characters' },
        ],
      },
    },
    {
      id: 'tradier-access-token',
      title: 'Tradier access token',
      vendor: 'Tradier',
      names: ['tradier'],
      token: { alphabet: 'alnum', length: 28 },
      examples: {
        positive: [
          { text: 'tradier_token: "e1uPoUxXl7ux1XCku2voWF36dOdn"', path: 'config/settings.yml' },
          { text: 'client = TradierClient(api_key="c9x0LciR34lZq1t3QSHcc6CrDv0B")', path: 'app/clients.py' },
        ],
        negative: [{ text: 'tradier_token: "e1uPoUxXl7ux1XCku2voWF36dOd"', path: 'config/settings.yml', why: 'one character short' }],
      },
    },
    {
      id: 'wise-api-token',
      title: 'Wise (TransferWise) API token',
      vendor: 'Wise',
      names: ['transferwise'],
      token: { alphabet: 'uuid' },
      remediation:
        'Revoke the token in Wise (Settings > API tokens) and create a new one with the least permissions; ' +
          'keep it in a secret store.',
      examples: {
        positive: [
          { text: 'TRANSFERWISE_API_KEY=5dee2808-21d3-4961-830f-c15a2329f1a0', path: '.env' },
          { text: "export TRANSFERWISE_SECRET='bbcdff3b-e76f-4979-811e-5135fe3dbe47'", path: 'scripts/deploy.sh' },
        ],
        negative: [{ text: 'TRANSFERWISE_API_KEY=5dee2808-21d3-4961-830f-c15a2329f1a', path: '.env', why: 'one hex digit short of a UUID' }],
      },
    },
  ]),
];
