import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { vendorTokens } from '../../kit/vendor-token.js';

// Databricks personal access tokens: dapi + 32 hex, sometimes with a -N suffix.
export const databricksAccessToken: Detector = patternDetector({
  id: 'databricks-access-token',
  title: 'Databricks personal access token',
  vendor: 'Databricks',
  severity: 'critical',
  keywords: ['dapi'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>dapi[a-f0-9]{32}(?:-\d{1,2})?)(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  priority: 50,
  validate: (secret) => /[a-f]/.test(secret.slice(4)) && /[0-9]/.test(secret.slice(4)),
  remediation:
    'Revoke the token under Settings > Developer > Access tokens in the Databricks workspace (or through the ' +
    'Token Management API) and keep the replacement in a secret store (DATABRICKS_TOKEN).',
  examples: {
    positive: [
      { text: 'DATABRICKS_TOKEN=dapicfe5dd346c316ce275bf5f804cbecbb4', path: '.env' },
      { text: "databricks_token: 'dapid3cf10676a6f4d1be00df0fc42a6beaa-2'", path: 'profiles.yml' },
    ],
    negative: [
      { text: 'DATABRICKS_TOKEN=dapi644b05e0bb98477a9e546989a11f363', why: '31 hex' },
      { text: 'dapiDataGetTopLongShortPositionRatio (params?: {}): Promise<implicitReturnType>;', why: 'an identifier' },
    ],
  },
});

// dbt Cloud (dbt platform) API tokens: service account tokens dbtc_ and personal access tokens dbtu_
// (the prefix dbt's own clients test to tell them apart), then about 50 URL-safe base64 characters.
export const dbtCloudToken: Detector = patternDetector({
  id: 'dbt-cloud-token',
  title: 'dbt Cloud API token',
  vendor: 'dbt Cloud',
  severity: 'high',
  keywords: ['dbtc_', 'dbtu_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>dbt(?<kind>[cu])_[A-Za-z0-9_-]{40,64})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  validate: (secret) => /[0-9]/.test(secret.slice(5)) && /[a-z]/.test(secret.slice(5)) && /[A-Z]/.test(secret.slice(5)),
  detail: (m) => (m.groups?.['kind'] === 'u' ? 'personal access token' : 'service account token'),
  remediation:
    'Delete the token under Account settings > API tokens (Service tokens or Personal tokens) in dbt Cloud and create ' +
    'a new one with only the permission sets it needs; keep it in a secret store (DBT_CLOUD_API_TOKEN).',
  examples: {
    positive: [
      { text: 'DBT_CLOUD_API_TOKEN=dbtc_IXvSkyoUygvcXsTsJ75bq4jXw5qAIEgalhP0-elp2QvQcOC4Fy', path: '.env' },
      { text: 'projects:\n  - project-id: "70403103"\n    account-host: "cloud.getdbt.com"\n    token-value: "dbtu_lmXgVqtP7JndhIy6LK5z7t_M79zyZ7-QA50ZLMucXs-JX6oG2f"', path: 'dbt_cloud.yml' },
    ],
    negative: [
      { text: 'DBT_CLOUD_API_TOKEN=dbtc_XYZ123', why: 'too short' },
      { text: 'DBT_CLOUD_API_TOKEN=dbtc_eJZVYgf2gxrj1dDqr5tMYyMpPx', why: '25 characters' },
      { text: 'const dbtc_transaction_summary_by_region_and_quarter_view = load();', why: 'an identifier' },
    ],
  },
});

/** Databases, warehouses and data platforms, vendors D–L. */
export const dataVendorsDL: readonly Detector[] = [
  databricksAccessToken,
  dbtCloudToken,
  ...vendorTokens([
    // Fauna secrets (keys and tokens): fn + 38 URL-safe base64 characters.
    {
      id: 'fauna-secret',
      title: 'Fauna secret',
      vendor: 'Fauna',
      names: ['fauna'],
      token: { alphabet: 'base64url', length: 38, prefix: 'fn' },
      remediation:
        'Delete the key in the Fauna dashboard (the database > Keys) or with the CLI, and keep the replacement in a ' +
        'secret store (FAUNA_SECRET).',
      examples: {
        positive: [
          { text: 'FAUNA_SECRET=fnA6rj4GPUwYdGy8uZzm2Rgk38bbUPCZkIggUuus', path: '.env' },
          { text: "const faunaClient = new Client({ secret: 'fnhJ37mKgL3AYLgrT1HteEr44FgsWcQkc0i66xxt' });", path: 'src/db.js' },
        ],
        negative: [
          { text: 'FAUNA_SECRET=fnEbxg1esm3hxLWoZMW-BR4ZkxApZLzZpkPaI0_', why: '37 characters after fn' },
          { text: 'FAUNA_SECRET=fnAExxxxxxxxx...', why: 'placeholder' },
          { text: 'FAUNA_SECRET=A6rj4GPUwYdGy8uZzm2Rgk38bbUPCZkIggUuus', why: 'no fn prefix' },
        ],
      },
    },
    // InfluxDB 2 and InfluxDB Cloud API tokens: 64 random bytes in URL-safe base64, 86 characters and
    // `==` (the server's token generator), read after an InfluxDB name (INFLUX_TOKEN, influxdb token).
    {
      id: 'influxdb-api-token',
      title: 'InfluxDB API token',
      vendor: 'InfluxData',
      names: ['influx'],
      token: { alphabet: 'base64url', length: 88 },
      remediation:
        'Delete the token under Load Data > API Tokens in the InfluxDB UI (or `influx auth delete`), create one with ' +
        'only the bucket permissions it needs, and keep it in a secret store (INFLUX_TOKEN).',
      examples: {
        positive: [
          { text: 'INFLUX_URL=https://us-east-1-1.aws.cloud2.influxdata.com\nINFLUX_TOKEN=XPLPBz8aLTdaAvB5Ih5F-MS2raPJiRcUgUvr4m_okbxUF8lIxUWtRo1lpPEqwxVi92Y8GFVJupiUELalRrtCVw==', path: '.env' },
          { text: 'services:\n  influxdb:\n    image: influxdb:2.7\n    environment:\n      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: cNQro0W6kJ8RLLHvSq3AkXwx7cBoqvbvJqgihj_MVSOB5bmPKe11YBOoA7CI96ecA2dUfIuvLB_5-jH3eVNErw==', path: 'docker-compose.yml' },
        ],
        negative: [
          { text: 'INFLUX_TOKEN=XPLPBz8aLTdaAvB5Ih5F-MS2raPJiRcUgUvr4m_okbxUF8lIxUWtRo1lpPEqwxVi92Y8GFVJupiUELalRrtCV==', why: '85 characters before the padding' },
          { text: 'INFLUX_ORG_ID=XPLPBz8aLTdaAvB5Ih5F-MS2raPJiRcUgUvr4m_okbxUF8lIxUWtRo1lpPEqwxVi92Y8GFVJupiUELalRrtCVw==', why: 'named as an id' },
        ],
      },
    },
    // Looker API3 credentials: a 20-character client id (an identifier) and a 24-character client
    // secret; only the secret is reported.
    {
      id: 'looker-client-secret',
      title: 'Looker API client secret',
      vendor: 'Looker',
      names: ['looker'],
      token: { alphabet: 'alnum', length: 24 },
      remediation:
        'Delete the API key pair under Admin > Users > Edit > API keys in Looker and create a new one for the user; ' +
        'keep the secret in a secret store (LOOKERSDK_CLIENT_SECRET).',
      examples: {
        positive: [
          { text: 'LOOKERSDK_BASE_URL=https://acme.cloud.looker.com\nLOOKERSDK_CLIENT_ID=euEq2LkgIuagePlw1grf\nLOOKERSDK_CLIENT_SECRET=ydhZSJlXqooQlqDRTkJi2kTe', path: '.env' },
          { text: '[Looker]\nbase_url=https://acme.cloud.looker.com:19999\nclient_id=euEq2LkgIuagePlw1grf\nclient_secret=9l1WG9ato9ozKAd7xGio9fin\nverify_ssl=True', path: 'looker.ini' },
        ],
        negative: [
          { text: 'LOOKERSDK_CLIENT_SECRET=EVZ1P6VX7nI69hsOYl374Il', why: '23 characters' },
          { text: 'LOOKERSDK_CLIENT_ID=euEq2LkgIuagePlw1grf', why: 'the client id' },
        ],
      },
    },
  ]),
];
