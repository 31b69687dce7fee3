import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';

// JFrog Artifactory legacy API keys: 'AKCp' and 69 alphanumerics (73 characters).
export const jfrogApiKey: Detector = patternDetector({
  id: 'jfrog-api-key',
  title: 'JFrog Artifactory API key',
  vendor: 'JFrog',
  severity: 'high',
  keywords: ['akcp'],
  pattern: /(?<![A-Za-z0-9])(?<secret>AKCp[A-Za-z0-9]{69})(?![A-Za-z0-9])/,
  minEntropy: 4,
  remediation:
    'Revoke the API key in the JFrog Platform user profile, then switch to an access token kept in your CI ' +
    'secret store or OIDC-based login.',
  examples: {
    positive: [
      { text: 'ARTIFACTORY_API_KEY=AKCp8OEA45HPEr14Rdp0BoPLJhCO4RVoue8MIekZht4rOZMQ4zojgF6doGYnjTx8yhbr7xxpS' },
      { text: 'curl -H "X-JFrog-Art-Api: AKCp5YvcGQEJLUBvGnk7qb4y38qcB75OkNHGmd7NnBsiFZH4pBkuVNuUflNKdBrnewJ9zENhz" https://contoso.jfrog.io/artifactory/api/repositories' },
    ],
    negative: [
      { text: 'ARTIFACTORY_API_KEY=AKCp8OEA45HPEr14Rdp0BoPLJhCO4RVoue8MIekZht4rOZMQ4zojgF6doGYnjTx8yhbr7xxp', why: '72 characters' },
      { text: 'ARTIFACTORY_API_KEY=AKCp<api-key>' },
    ],
  },
});

// JFrog reference tokens: base64 of 'reftkn:<version>:<expiry>:<random>', so they begin 'cmVmdGtu'.
export const jfrogReferenceToken: Detector = patternDetector({
  id: 'jfrog-reference-token',
  title: 'JFrog reference (access) token',
  vendor: 'JFrog',
  severity: 'high',
  keywords: ['cmvmdgtu'],
  pattern: /(?<![A-Za-z0-9+/])(?<secret>cmVmdGtu[A-Za-z0-9+/]{56,120}={0,2})(?![A-Za-z0-9+/=])/,
  validate: (secret) => /^reftkn:\d{2}:\d{1,12}:[\x21-\x7e]{16,}$/.test(Buffer.from(secret, 'base64').toString('latin1')),
  remediation:
    'Revoke the token under Administration > User Management > Access Tokens in the JFrog Platform, then ' +
    'issue a short-lived one at run time or keep it in your CI secret store.',
  examples: {
    positive: [
      { text: 'JFROG_ACCESS_TOKEN=cmVmdGtuOjAxOjE4OTM0NTYwMDA6Y3JqSkRuV0tYMDFGdGdVbDJGMzRPaUZaeHlB' },
      { text: 'jf config add ci --url https://contoso.jfrog.io --access-token cmVmdGtuOjAxOjA6QWh3cjJxVEpJQVU5UFE3amUyNGhuaUpKNzVOeUNqMmlPQkJw' },
    ],
    negative: [
      { text: 'JFROG_ACCESS_TOKEN=cmVmdGtuOjAxOjE4OTM0NTYwMDA6', why: 'header only' },
      { text: 'JFROG_ACCESS_TOKEN=cmVmdGtuOnh4eHg6eHh4eHh4eHh4eDpub3QgYSByZWFsIHRva2VuIGF0IGFsbCBubw==', why: 'version and expiry are not numbers' },
    ],
  },
});
