import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';

// Databricks personal access tokens: dapi + 32 hex, sometimes with a -N suffix.
export const databricksAccessToken: Detector = patternDetector({
  id: 'databricks-access-token',
  title: 'Databricks personal access token',
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

/** Databases, warehouses and data platforms, vendors D–L. */
export const dataVendorsDL: readonly Detector[] = [databricksAccessToken];
