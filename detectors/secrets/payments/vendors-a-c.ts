import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { vendorTokens, withVendorForms } from '../../kit/vendor-token.js';
import { mixesDigitsAndCases } from '../../kit/entropy.js';

// ------------------------------------------------------------------ formats with their own mark

// Authorize.Net transaction keys: 16 random letters and digits (Authorize.Net's own description), used
// with the API Login ID (an account identifier, 8+ characters) to submit transactions. Only a value named
// as a transaction key under an Authorize.Net name is read by the pattern; the kit's forms (a YAML
// mapping, a block, a name/value pair) add the same value under any key-like word.
const AUTHNET_NAMES = ['authorizenet', 'authorize_net', 'authorize.net', 'authorize-net', 'authnet'];
/** The transaction key of Authorize.Net's sample code (its sandbox account), copied into many integrations. */
const isTransactionKey = (secret: string): boolean => /[0-9]/.test(secret) && /[A-Za-z]/.test(secret);

export const authorizeNetTransactionKey: Detector = withVendorForms(
  patternDetector({
    id: 'authorize-net-transaction-key',
    title: 'Authorize.Net API transaction key',
    vendor: 'Authorize.Net',
    severity: 'critical',
    keywords: AUTHNET_NAMES,
    pattern: /(?:authorize[_.-]?net|authnet)[^\n]{0,48}?trans(?:action)?[_-]?key["'`]?[ \t]{0,3}(?:=>|:=|[:=,(]|value=)[ \t]{0,3}["'`]?(?<secret>[A-Za-z0-9]{16})(?![A-Za-z0-9+/=_-])/i,
    minEntropy: 3,
    validate: isTransactionKey,
    priority: 50,
    remediation:
      'Create a new transaction key under Account > Settings > API Credentials & Keys in the Authorize.Net Merchant ' +
      'Interface and disable the old one at once (not after 24 hours); review recent transactions and keep the new key ' +
      'on the server, in a secret store.',
    examples: {
      positive: [
        { text: 'AUTHORIZENET_API_LOGIN_ID=FGSoTE7Gk9d\nAUTHORIZENET_TRANSACTION_KEY=wUdG7KxYFAgXH3lc', path: '.env' },
        { text: "define('AUTHNET_TRANS_KEY', 'b0cUBOfcaSjmwr5e');", path: 'includes/config.php' },
        { text: 'authorize_net:\n  api_login_id: FGSoTE7Gk9d\n  transaction_key: abWyo2xoZcsp3S0y', path: 'config/payments.yml' },
      ],
      negative: [
        { text: 'AUTHORIZENET_API_LOGIN_ID=FGSoTE7Gk9dabWyo', why: 'the API login id names the account' },
        { text: 'AUTHORIZENET_TRANSACTION_KEY=wUdG7KxYFAgXH3l', why: '15 characters' },
        { text: "module.exports.transactionKey = '346HZ32z3fP4hTG2'; // authorize.net sandbox", why: "the transaction key of Authorize.Net's sample code, published" },
      ],
    },
  }),
  { names: AUTHNET_NAMES, token: { alphabet: 'alnum', length: 16 } },
  isTransactionKey,
);

// Binance API secret keys (HMAC keys): 64 letters and digits, named as a secret under a Binance name. The
// API key beside it has the same shape and only names the key pair: it is not reported.

export const binanceApiSecret: Detector = patternDetector({
  id: 'binance-api-secret',
  title: 'Binance API secret key',
  vendor: 'Binance',
  severity: 'critical',
  keywords: ['binance'],
  pattern: /binance[^\n]{0,160}?(?:secret|private)[\w-]{0,16}["'`]?[ \t]{0,3}(?:=>|:=|[:=,(]|value=)[ \t]{0,3}["'`]?(?<secret>[A-Za-z0-9]{64})(?![A-Za-z0-9+/=_-])/i,
  minEntropy: 4,
  validate: (secret) => mixesDigitsAndCases(secret),
  priority: 50,
  remediation:
    'Delete the key pair under API Management in the Binance account, review recent orders and withdrawals, and ' +
    'create a new one restricted to trusted IPs with withdrawals disabled; keep its secret in a secret store.',
  examples: {
    positive: [
      { text: 'BINANCE_API_KEY=gaSGWltlCNhH2JlrCnQDis8GmMoYBqG2AZUOpN0ClFc6wg1Fgg6ib8nB4f6wGY07\nBINANCE_API_SECRET=X24TD8BSKVMe6LbnErJq1IAtcSlS9enagFLgkyToLvGHc0KgTbK6W7ZUdzH9twcO', path: '.env' },
      { text: "const binance = new Binance().options({ APIKEY: process.env.BINANCE_KEY, APISECRET: '4shYvI2PpFgFiKs6pmOxhTTYTlAGmcPZTQ8X69gAF0xPfMxz8dL4tscxB5iA0jGz' });", path: 'bot/exchange.js' },
      { text: '\tbinanceApiSecret := "q8Rt2WvN5xLm0Ks7JdHy3Bc9Fg1Re4Ua6XoWiEzTp2VnM8LqKs5JdHy0Bc7Fg3Re"', path: 'cmd/bot/main.go', why: "Go's :=" },
    ],
    negative: [
      { text: 'BINANCE_API_KEY=FeKSdRNrRLjm8rrxafHryk1hTNUOEXQIpEAvt6TzCyz5ngdecRW5esnb8sCfr4KY', why: 'the API key names the pair; the secret signs' },
      { text: 'BINANCE_API_SECRET=X24TD8BSKVMe6LbnErJq1IAtcSlS9enagFLgkyToLvGHc0KgTbK6W7ZUdzH9twc', why: '63 characters' },
      { text: "binance_secret = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j'", why: "the secret of Binance's own signed-request example" },
      { text: 'EXCHANGE_SECRET=X24TD8BSKVMe6LbnErJq1IAtcSlS9enagFLgkyToLvGHc0KgTbK6W7ZUdzH9twcO', why: 'no Binance name' },
    ],
  },
});

// RPC endpoints whose URL path carries the account's key: Ankr (rpc.ankr.com/<chain>/<64 hex>) and
// Chainstack (nd-NNN-NNN-NNN.p2pify.com/<32 hex>, the key-protected node URL). Anyone holding the URL
// spends the plan's requests and reads what the node serves.
/** The shared Ankr key that ethers.js ships as its default (rate-limited, public): not an account's key. */

export const ankrRpcKey: Detector = patternDetector({
  id: 'ankr-rpc-key',
  title: 'Ankr RPC endpoint with its API key',
  vendor: 'Ankr',
  severity: 'high',
  keywords: ['rpc.ankr.com/'],
  pattern: /rpc\.ankr\.com\/(?:[a-z0-9_-]{1,40}\/){1,3}(?<secret>[a-f0-9]{64})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  rejectSequences: true,
  priority: 50,
  remediation:
    'Delete or regenerate the API key of the project in the Ankr RPC dashboard (Projects), set an allowlist of domains ' +
    'or IPs on the new one, and read the endpoint URL from the environment instead of the code.',
  examples: {
    positive: [
      { text: 'ETH_RPC_URL=https://rpc.ankr.com/eth/f1e4e7dfdc84c6bfcd665cca3e1a900fcd5667f1166321422701250e8a6feeac', path: '.env' },
      { text: "const provider = new JsonRpcProvider('https://rpc.ankr.com/polygon_amoy/270df34a5c25ab5a76521fac42ec89950b9c802fe00b0df0be0482314a1e320c');", path: 'scripts/deploy.ts' },
    ],
    negative: [
      { text: 'ETH_RPC_URL=https://rpc.ankr.com/eth', why: 'the public endpoint, no key' },
      { text: 'url: "https://rpc.ankr.com/eth/9f7d929b018cdffb338517efa06f58359e86ff1ffd350bc889738523659e7972"', why: 'the public key ethers.js ships' },
      { text: 'ETH_RPC_URL=https://rpc.ankr.com/eth/<YOUR_API_KEY>', why: 'placeholder' },
    ],
  },
});

export const chainstackNodeKey: Detector = patternDetector({
  id: 'chainstack-node-key',
  title: 'Chainstack node endpoint with its auth key',
  vendor: 'Chainstack',
  severity: 'high',
  keywords: ['.p2pify.com/'],
  pattern: /(?<![A-Za-z0-9.-])(?:[a-z]{2,8}-)?nd-\d{3}-\d{3}-\d{3}\.p2pify\.com\/(?<secret>[a-f0-9]{32})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  rejectSequences: true,
  priority: 50,
  remediation:
    'Rotate the node\'s key in the Chainstack console (the node\'s Access and credentials, or the project\'s keys), ' +
    'add access rules (allowed origins or IPs), and read the endpoint URL from the environment.',
  examples: {
    positive: [
      { text: 'RPC_URL=https://nd-614-208-937.p2pify.com/cce202467c48037893a6dd4e8d99d8e7', path: '.env' },
      { text: "const ws = new WebSocketProvider('wss://ws-nd-355-871-024.p2pify.com/5c6c16e1001a19718d0cafc56ee4696d');", path: 'src/listener.ts' },
    ],
    negative: [
      { text: '"https_endpoint": "https://nd-123-456-789.p2pify.com"', why: 'the node URL without its key' },
      { text: 'RPC_URL=https://nd-614-208-937.p2pify.com/cce202467c48037893a6dd4e8d99d8e', why: '31 hex' },
      { text: 'RPC_URL=https://user:pass@nd-614-208-937.p2pify.com', why: 'basic-auth form: the URL-credential detectors read it' },
    ],
  },
});

/** payments vendors A–C: prefixed formats above, and keys recognised by the vendor's name next to the value (see kit/vendor-token.ts). */
export const paymentsVendorsAC: readonly Detector[] = [
  ankrRpcKey,
  authorizeNetTransactionKey,
  binanceApiSecret,
  chainstackNodeKey,
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
    // BigCommerce store-level API accounts: an access token of 31 lower-case letters and digits (the
    // X-Auth-Token) and, for apps, a client secret of 64 hex. The client id (31 characters too) is named as
    // an id and is not reported; the store hash is a short identifier.
    {
      id: 'bigcommerce-access-token',
      title: 'BigCommerce API access token or client secret',
      vendor: 'BigCommerce',
      names: ['bigcommerce', 'big_commerce'],
      token: [{ alphabet: 'lower-alnum', length: 31 }, { alphabet: 'hex', length: 64 }],
      remediation:
        'Delete the API account under Settings > Store-level API accounts in the BigCommerce control panel (or rotate ' +
        'the app\'s client secret in the Developer Portal), create a new one with only the scopes it needs, and keep the ' +
        'token in a secret store.',
      examples: {
        positive: [
          { text: 'BIGCOMMERCE_STORE_HASH=q4r8zk2m1p\nBIGCOMMERCE_ACCESS_TOKEN=6u3s7vz5zty5j0spfcc1ncv8fynihfc', path: '.env' },
          { text: "bigcommerce:\n  client_secret: f96282864bd4090456e06d9b7680dbafa80eb2fb96fc25be28b4a4e3bf76dee0", path: 'config/integrations.yml' },
          { text: "bigcommerce_headers = {'X-Auth-Token': 'ak3k335nwviq6kvdiut9u27xkt2hdw5'}", path: 'sync/catalog.py' },
        ],
        negative: [
          { text: 'BIGCOMMERCE_CLIENT_ID=yo7qpdre8wz1o4nngbzio3ew18rg5hv', why: 'the client id' },
          { text: 'BIGCOMMERCE_ACCESS_TOKEN=6u3s7vz5zty5j0spfcc1ncv8fynihf', why: '30 characters' },
          { text: 'BIGCOMMERCE_ACCESS_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
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
