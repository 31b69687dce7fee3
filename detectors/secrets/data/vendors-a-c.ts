import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { vendorTokens } from '../../kit/vendor-token.js';
import { isDocSearchKey } from '../../kit/doc-search.js';

// CockroachDB Cloud API key secrets (service accounts, Cloud API and Terraform provider): `CCDB1_`, the
// key id's 22 characters, `_` and a 40-character secret. The id alone (`CCDB1_<22>`) is an identifier.
export const cockroachdbCloudApiKey: Detector = patternDetector({
  id: 'cockroachdb-cloud-api-key',
  title: 'CockroachDB Cloud API key',
  vendor: 'Cockroach Labs',
  severity: 'critical',
  keywords: ['ccdb1_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>CCDB1_[A-Za-z0-9]{22}_[A-Za-z0-9]{40})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  remediation:
    'Delete the API key under Organization settings > Access Management > Service Accounts in the CockroachDB Cloud ' +
    'Console, create a new one for the service account, and keep it in a secret store (COCKROACH_API_KEY).',
  examples: {
    positive: [
      { text: 'COCKROACH_API_KEY=CCDB1_wThPdNCsuV2bX8fGu7Xkad_1njF1lEFpojPRlFAyFWnNqOvqqknCl2e96Dux4om', path: '.env' },
      { text: 'provider "cockroach" {\n  apikey = "CCDB1_HygikmEhq6zX6F0WFhiJLR_xzmcj1MZo5RZ5F7kwnofrYSBpb2jyVehVc5OxvFf"\n}', path: 'infra/main.tf' },
    ],
    negative: [
      { text: 'COCKROACH_API_KEY_ID=CCDB1_qTCeRvfR0waq7VbzL9N0t1', why: 'the key id alone' },
      { text: 'COCKROACH_API_KEY=CCDB1_wThPdNCsuV2bX8fGu7Xkad_1njF1lEFpojPRlFAyFWnNqOvqqknCl2e96Dux4o', why: '39 characters after the id' },
      { text: 'COCKROACH_API_KEY=CCDB1_test_key_that_is_not_real', why: 'a test stand-in' },
    ],
  },
});

// DataStax Astra DB application tokens (ASTRA_DB_APPLICATION_TOKEN, the `token` of AstraDBVectorStore, the Astra CLI's
// .astrarc): the token string `AstraCS:` (DataStax's documentation), the token's client ID (24 letters, as in the
// client ID / client secret / token triple Astra generates), `:` and 64 hex digits.
export const astraDbApplicationToken: Detector = patternDetector({
  id: 'astra-db-application-token',
  title: 'Astra DB application token',
  vendor: 'DataStax',
  severity: 'high',
  keywords: ['astracs:'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>AstraCS:[A-Za-z]{24}:[a-f0-9]{64})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  priority: 50,
  remediation:
    'Revoke the token under Settings > Tokens (Token Management) of the Astra organization, generate a new one with the ' +
    'least role it needs, and keep it in a secret store (ASTRA_DB_APPLICATION_TOKEN).',
  examples: {
    positive: [
      { text: 'os.environ["ASTRA_DB_APPLICATION_TOKEN"] = "AstraCS:ZqumpmhsEJNpjJOQGarbFlYm:c5aa328f676226e236a23e238e3b1c77fc4c011f1bd38f1f34920fbd01f40072"', path: 'notebooks/rag.py' },
      { text: '[default]\nASTRA_DB_APPLICATION_TOKEN=AstraCS:QDhyEgipqnXfkkjbdoQGXyKT:df83fd989e60f210402362d53c9efc6d892aa68bfcc8c928344b16103485a1c2', path: '.astrarc' },
    ],
    negative: [
      { text: 'ASTRA_DB_APPLICATION_TOKEN=AstraCS:StfxDPNVadCVjFzYIeBahcyX:41885221c25f6aaf76fdc6c369aad6b68b75b48e99f73f289509dddc3ebffc5', why: '63 hex digits' },
      { text: 'ASTRA_DB_APPLICATION_TOKEN="AstraCS:..."', why: 'the prefix the documentation shows' },
      { text: 'token = "AstraCS:xxxxxxxxxxxxxxxxxxxxxxxx:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"', why: 'placeholder' },
    ],
  },
});

// Algolia's DocSearch widget publishes its search-only key: kit/doc-search.ts.
/** data vendors A–C: prefixed formats above, and keys recognised by the vendor's name next to the value (see kit/vendor-token.ts). */
export const dataVendorsAC: readonly Detector[] = [
  astraDbApplicationToken,
  cockroachdbCloudApiKey,
  ...vendorTokens([
    {
      id: 'aiven-api-token',
      title: 'Aiven API token',
      vendor: 'Aiven',
      names: ['aiven'],
      token: { alphabet: 'base64', length: 372 },
      remediation:
        'Revoke the token under User information > Authentication tokens in the Aiven Console, and keep the ' +
        'replacement in a secret store (AIVEN_TOKEN).',
      examples: {
        positive: [
          { text: 'AIVEN_TOKEN="NuhENX/2LPPiiSVaaFH+zfLCshU1S0I+ecQoJw1R0Hew5rAw0KSbpTLdmx+Jv0tZ4ITMeVvJY9A22eFTUD9OKpamL3H9KcNlRIzCGCj0xc0mf9DNgTvIpESMShRVKv0xhh89K/80mPt2WvQvZH0J1v4kCgyhShUcA2sPvBPi8SkWa1WtB7x4vDbGzgR7hAndaZgY8ztyKLZ8cpHWIfc/NXqx6n+fhCz0ql7Tl/KjbslvYAEVXNpHu2xKlSViBkrIykDNEt0niya0nXU0KDuSzERj8zg3GcIgFPx01q4UhXKFpGT3tN+QdqKYrC8JjzV3PTAJoO8s9r5xflhuBWOSmQgTaV2GjQRf5ViCNmJdh5sqk05MvI9g"', path: '.env' },
          { text: 'aiven_token: "7C+bjGgBcaKMS3OSU8f7qSRCWCYIizR2nErb3HKYzt+Tl3Z7Frt+RGplRn8o13iW0Ua3FER9PIkpOAwYWiPTidJcy3fT8RBYUnZc84k6r6AO3l5bJJ+d6xekOk3wB2Rinx/IF+y6XVjYkZ7bpau5aA9L61mK59tCpbcze131K5N0AON5/FjoLDO5DDe2/8PSnXtEcoMliYo0x/eDafyAPd/BKfJoqeVnJecvHpOiiI9Z2rQ1JnU5UjbiCAM5FQFpFYuEdUJSqDgE1F0pGZJgVPHl7pPlhmKSyIzUC2tjgj9aTTHsElsvkB/aTO94jo9fVkV36tDpzDcWwfaVhJ3zJKwIWrzr2C9Rktq5bm3Iv/8ANdxBJWgv"', path: 'config/settings.yml' },
        ],
        negative: [
          { text: 'AIVEN_TOKEN=BjIeWwGZh4hbF8l2BttSBn6BFplgm+ZdcF1U/6Sk5s8RwCTMw+8wiAWdtuGm/ogBz4hhGwBvkHuUwj2WcoGwdhdpM01cVQoJYylasM0M9/Y/gh78MdPlPXSDL3dDt2AUgTyHdHNbmksn2jgsZcaliIGPYhizjYSod5igGcpjtCBfwf5C/cQS7JugLVEChIxarNzE5hv8v1BCzeay9bE1wPSHv6ArvmQ6wnD5f+0kvxGUJ2dfQm9Te6ofztWTb0u/aCH4DzNbHXZWnYEvgTPnyuNiarld2qcvzzWqTLA2x3TxlPBZZYfDquWcBn2TSEoP7RcPj5cGaEndNODQNIs7pVjD/7ZnNTm0i3eCP/XAHFKDRAr3vs4', why: '371 characters' },
        ],
      },
    },
    {
      id: 'algolia-api-key',
      title: 'Algolia API key',
      vendor: 'Algolia',
      names: ['algolia'],
      token: { alphabet: 'lower-alnum', length: 32 },
      isPublic: (text, start, end) => isDocSearchKey(text, start, text.slice(start, end)),
      remediation:
        'Regenerate the key under Settings > API Keys in the Algolia dashboard (the Admin API key can be ' +
        'regenerated; other keys deleted), and keep admin keys out of client code.',
      examples: {
        positive: [
          { text: 'ALGOLIA_ADMIN_KEY=wrfvlg4luy9roc044fxog18ujs38m4bx', path: '.env' },
          { text: 'client = algoliasearch(api_key="bbvcu1umao5mz8hlg73kh6ppgr7imdil")', path: 'app/clients.py' },
          { text: "  themeConfig: {\n    algolia: {\n      appId: 'Q7WX2LMB9K',\n      adminApiKey: '3f9a2c7e1b8d4f6a0e5c9b2d7a1f8e4c',\n      indexName: 'widgets',\n    },\n", path: 'website/docusaurus.config.js', why: 'an admin key is never public, even in a search widget' },
          { text: "const index = algoliasearch('Q7WX2LMB9K', ALGOLIA_KEY);\nconst algoliaApiKey = '3f9a2c7e1b8d4f6a0e5c9b2d7a1f8e4c';\nindex.initIndex({ indexName: 'products' });\n", path: 'scripts/reindex.js', why: 'an indexing script, not a search widget' },
        ],
        negative: [
          { text: 'ALGOLIA_ADMIN_KEY=0l7fqyp66etx898f3jbwm3qxvpboy4j', why: '31 characters' },
          { text: "  themeConfig: {\n    algolia: {\n      appId: 'Q7WX2LMB9K',\n      apiKey: '3f9a2c7e1b8d4f6a0e5c9b2d7a1f8e4c',\n      indexName: 'widgets',\n    },\n", path: 'website/docusaurus.config.js', why: "DocSearch's search-only key, published in the site's browser code" },
          { text: "docsearch({\n  container: '#search',\n  appId: 'Q7WX2LMB9K',\n  indexName: 'handbook',\n  apiKey: '3f9a2c7e1b8d4f6a0e5c9b2d7a1f8e4c',\n});\n", path: 'docs/assets/search.js', why: 'a DocSearch widget: search-only key' },
          { text: "      algolia: {\n        appId: 'Q7WX2LMB9K',\n        apiKey: '3f9a2c7e1b8d4f6a0e5c9b2d7a1f8e4c',\n        indexName: 'handbook',\n        contextualSearch: false,\n      },\n", path: 'documentation/docusaurus.config.js', why: "Docusaurus's DocSearch block (contextualSearch is its option), its themeConfig opened far above" },
        ],
      },
    },
    // Confluent Cloud key/secret pairs: a 16-character key and a 64-character base64 secret.
    {
      id: 'confluent-api-key',
      title: 'Confluent Cloud API key',
      vendor: 'Confluent',
      names: ['confluent', 'ccloud'],
      token: { alphabet: 'upper-alnum', length: 16 },
      examples: {
        positive: [
          { text: 'CONFLUENT_API_KEY=WA0OAMXQFSCNGM4B', path: '.env' },
          { text: "const confluentApiKey = 'GSGO30TR7JF7NPM5';", path: 'src/config.js' },
        ],
        negative: [
          { text: 'CONFLUENT_API_KEY=6L4SI10EI3QCM3V', why: '15 characters' },
          { text: 'confluence_api_token = "M3YB8BWZRCQSWBSD"', why: 'Confluence, not Confluent: the name continues past confluent' },
        ],
      },
    },
    {
      id: 'confluent-api-secret',
      title: 'Confluent Cloud API secret',
      vendor: 'Confluent',
      names: ['confluent', 'ccloud'],
      token: { alphabet: 'base64', length: 64 },
      remediation:
        'Delete the API key and its secret under API keys in Confluent Cloud (or with `confluent api-key ' +
        'delete`), and keep the replacement in a secret store.',
      examples: {
        positive: [
          { text: 'CONFLUENT_API_SECRET="yuLOTQ5tHIbpxEZ+cM4KUSOutJzFgRROFhyw/o92vdF4dzK1xWESGNIp7QZGvEFW"', path: '.env' },
          { text: '"confluent_api_secret": "E/to8djQnr05YCS3ax1ZKKqIpk9IND1xwpXrlKjhKzf3VikUGmvP4MrPQLpfcY7h",', path: 'config/local.json' },
        ],
        negative: [
          { text: 'CONFLUENT_API_SECRET=4anMM62Mue9cjR+24bGVmDkRfKMyrfhL7ZlwbFbG728f8y49v4M4nrEiPuYcClf', why: '63 characters' },
        ],
      },
    },
  ]),
];
