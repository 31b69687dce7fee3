import type { Detector } from '../../../src/types.js';
import { crc32 } from '../../kit/checksums.js';
import { patternDetector } from '../../kit/pattern.js';
import { decodeJsonObject } from '../shared/payloads.js';

/** Grafana's checksum: CRC-32 of `glsa_<secret>`, its 4 bytes little-endian, in lower-case hex. */
function grafanaChecksum(key: string): string {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(crc32(key));
  return bytes.toString('hex');
}

// Service account tokens: glsa_ + 32 alphanumerics + '_' + 8 hex checksum of what precedes it.
export const grafanaServiceAccountToken: Detector = patternDetector({
  id: 'grafana-service-account-token',
  title: 'Grafana service account token',
  vendor: 'Grafana',
  severity: 'high',
  keywords: ['glsa_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>glsa_[A-Za-z0-9]{32}_[a-f0-9]{8})(?![A-Za-z0-9_-])/,
  validate: (secret) => grafanaChecksum(secret.slice(0, 37)) === secret.slice(38),
  remediation:
    'Delete the token under Administration > Service accounts in Grafana and issue a new one; keep it ' +
    'in a secret store and pass it to tools through the environment.',
  examples: {
    positive: [
      { text: 'GRAFANA_TOKEN=glsa_6hVhh3ZoCrS1S3nFnEhWtFjeRKObxeiD_fa278c96', path: '.env' },
      { text: 'auth = "glsa_IkqJVwTkt3vOauUBNf4lZXDfArXfxilI_37d1e79c"', path: 'grafana.tf' },
    ],
    negative: [
      { text: 'GRAFANA_TOKEN=glsa_6hVhh3ZoCrS1S3nFnEhWtFjeRKObxeiD_fa278c97', why: 'checksum does not match' },
      { text: 'GRAFANA_TOKEN=glsa_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_00000000', why: 'placeholder' },
      { text: 'GRAFANA_TOKEN=glsa_6hVhh3ZoCrS1S3nFnEhWtFjeRKObxei_fa278c96', why: '31 characters' },
    ],
  },
});

// Grafana Cloud access policy tokens: glc_ + base64 JSON {"o": org, "n": name, "k": key, "m": {"r": region}}.
export const grafanaCloudToken: Detector = patternDetector({
  id: 'grafana-cloud-token',
  title: 'Grafana Cloud access policy token',
  vendor: 'Grafana',
  severity: 'high',
  keywords: ['glc_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>glc_eyJ[A-Za-z0-9+/_-]{30,1000}={0,2})(?![A-Za-z0-9+/_=-])/,
  validate: (secret) => {
    const claims = decodeJsonObject(secret.slice(4));
    return typeof claims?.['o'] === 'string' && typeof claims['k'] === 'string';
  },
  remediation:
    'Delete the token under Access Policies in the Grafana Cloud portal and create a new one with the ' +
    'narrowest scopes; keep it in a secret store.',
  examples: {
    positive: [
      { text: 'GRAFANA_CLOUD_TOKEN=glc_eyJvIjoiNjM4OTYiLCJuIjoic3RhY2stMjA5NTctaG0tcmVhZC1kZXBsb3kiLCJrIjoiaWZjeHhzYnlIUWt5cjdXdEhDNjhlNnFYIiwibSI6eyJyIjoicHJvZC11cy1lYXN0LTAifX0=' },
      { text: 'password: glc_eyJvIjoiNTY3ODQyIiwibiI6ImNpLXB1Ymxpc2hlciIsImsiOiI3SmsyQUllQmJLZm9jZll4NlJVMFhzbVkiLCJtIjp7InIiOiJwcm9kLWV1LXdlc3QtMiJ9fQ==', path: 'alloy/values.yaml' },
    ],
    negative: [
      { text: 'GRAFANA_CLOUD_TOKEN=glc_eyJvIjoiNjM4OTYiLCJuIjoic3RhY2stMjA5NTcifQ==', why: 'no key in the payload' },
      { text: 'GRAFANA_CLOUD_TOKEN=glc_eyJ...', why: 'placeholder' },
      { text: 'GRAFANA_CLOUD_TOKEN=glc_eyJvIjoiNjM4OTYiLCJuIjoic3RhY2stMjA5NTctaG0tcmVhZC1kZXBsb3kiLCJrIjoi', why: 'truncated, not JSON' },
    ],
  },
});

// Legacy API keys: base64 JSON {"k": key, "n": name, "id": org}, so they always start eyJrIjoi.
// Power BI embed links also start eyJrIjoi but carry k, t and c: the n and id claims tell them apart.
export const grafanaApiKey: Detector = patternDetector({
  id: 'grafana-api-key',
  title: 'Grafana API key (legacy)',
  vendor: 'Grafana',
  severity: 'high',
  keywords: ['eyjrijoi'],
  pattern: /(?<![A-Za-z0-9+/_-])(?<secret>eyJrIjoi[A-Za-z0-9+/_-]{30,400}={0,2})(?![A-Za-z0-9+/_=-])/,
  validate: (secret) => {
    const claims = decodeJsonObject(secret);
    return typeof claims?.['k'] === 'string' && typeof claims['n'] === 'string' && 'id' in claims;
  },
  remediation:
    'Delete the API key in Grafana (or migrate it to a service account token) and keep the replacement ' +
    'in a secret store.',
  examples: {
    positive: [
      { text: 'GRAFANA_API_KEY=eyJrIjoibGpSRm9GOTVldWszeU1maWJteVBsc09yYkY4ZjJGMWsiLCJuIjoiZGVwbG95LWJvdCIsImlkIjoxfQ==' },
      { text: "headers = {'Authorization': 'Bearer eyJrIjoieG80cVk4UGxVODhiM25lblNKS05Hd2lHZE52T1Z4dGIiLCJuIjoiZGFzaGJvYXJkcyIsImlkIjo3fQ=='}" },
    ],
    negative: [
      { text: 'https://app.powerbi.com/view?r=eyJrIjoiOWMzYTFmMmUtNWQ3Yi00ZTIxLThmMGEtNmI0YzJkMWU3ZjkwIiwidCI6IjJmN2U5YTFjLTRiM2QtNGM4ZS05YTJmLTFlNWQ3YzNiOWEwNCIsImMiOjN9', why: 'Power BI embed link' },
      { text: 'GRAFANA_API_KEY=eyJrIjoibGpSRm9GOTVldWszeU1maWJteVBsc09yYkY4ZjJGMWsifQ==', why: 'no name or org' },
      { text: 'GRAFANA_API_KEY=eyJrIjoi...', why: 'placeholder' },
    ],
  },
});
