import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { isBase64OfLength, unescapeBase64 } from '../shared/context.js';

/** One more `&name=value` query parameter; the value cannot contain '&', so the repetition cannot overlap. */
const PARAM = String.raw`&[A-Za-z]{2,6}=[^&\s"'<>]{0,120}`;
/** An HMAC-SHA256 in standard base64 (44 characters), optionally percent-encoded as a URL needs. */
const SIG = String.raw`(?:[A-Za-z0-9+/]|%2[BbFf]){43}(?:%3[Dd]|=)`;

// A shared access signature is a query string: `sv=<service version date>` and, a few parameters
// later, `sig=<base64 HMAC-SHA256>`. Requiring both, in that order, keeps other `sig=` values out.
export const azureSasToken: Detector = patternDetector({
  id: 'azure-sas-token',
  title: 'Azure shared access signature (SAS) token',
  vendor: 'Microsoft Azure',
  severity: 'high',
  keywords: ['sig='],
  pattern: new RegExp(
    String.raw`(?<![A-Za-z0-9_])sv=\d{4}-\d{2}-\d{2}(?:${PARAM}){0,15}&sig=(?<secret>${SIG})(?![A-Za-z0-9%])`,
  ),
  validate: (secret) => isBase64OfLength(unescapeBase64(secret), 32),
  remediation:
    'Revoke the SAS by rotating the storage key that signed it (or revoke its user delegation key or stored ' +
    'access policy), then issue short-lived SAS tokens at run time instead of committing them.',
  examples: {
    positive: [
      {
        text: 'BLOB_URL=https://contosodata.blob.core.windows.net/backups/db.bak?sp=r&st=2024-05-01T08:00:00Z&se=2026-05-01T16:00:00Z&spr=https&sv=2022-11-02&sr=b&sig=9490Yh0CjS%2Fa82dXC6%2FxbMjhnIoapp%2B%2F7%2Ft80%2BWGojI%3D',
      },
      {
        text: '"SharedAccessSignature=sv=2021-06-08&ss=bfqt&srt=sco&sp=rwdlacupx&se=2025-12-31T00:00:00Z&spr=https&sig=GLH5NRmc7%2B6w1cwY%2FqsICSU7Bfa21PccdIOGJUO0OcA%3D"',
      },
    ],
    negative: [
      { text: '?sv=2022-11-02&sr=b&sp=r&sig=<signature>', why: 'placeholder' },
      { text: '?sv=2022-11-02&sr=b&sig=9490Yh0CjS%2Fa82dXC6%2FxbMjhnIoapp%2B%2F7%2Ft80%2BWGoj%3D', why: 'signature too short' },
      { text: 'https://example.org/api?sv=2022-11-02&sig=${SAS_SIGNATURE}' },
      { text: 'https://cdn.example.org/img.png?sig=GLH5NRmc7%2B6w1cwY%2FqsICSU7Bfa21PccdIOGJUO0OcA%3D', why: 'no sv= version: not a SAS' },
    ],
    knownMisses: [
      { text: '?sig=GLH5NRmc7%2B6w1cwY%2FqsICSU7Bfa21PccdIOGJUO0OcA%3D&sv=2022-11-02&sr=b', why: 'sig before sv' },
    ],
  },
});

// Logic Apps and Power Automate "When an HTTP request is received" triggers (also the Workflows that
// replace Teams incoming webhooks): anyone holding the URL can run the flow; `sig` is its key.
export const azureLogicAppTriggerUrl: Detector = patternDetector({
  id: 'azure-logic-app-trigger-url',
  title: 'Azure Logic Apps / Power Automate trigger URL with signature',
  vendor: 'Microsoft Azure',
  severity: 'high',
  keywords: ['paths/invoke'],
  pattern:
    /\/workflows\/[0-9a-f]{32}\/triggers\/[A-Za-z0-9_.%-]{1,80}\/paths\/invoke\?(?:[A-Za-z0-9_.%=\/-]{0,200}&){0,8}sig=(?<secret>[A-Za-z0-9_-]{43})(?![A-Za-z0-9_%-])/,
  validate: (secret) => Buffer.from(secret, 'base64url').toString('base64url') === secret,
  remediation:
    'Regenerate the trigger\'s access keys (Logic App "Access keys", or re-save the flow trigger), then keep the ' +
    'URL in a secret store or app settings instead of the repository.',
  examples: {
    positive: [
      {
        text: 'TEAMS_FLOW_URL=https://prod-27.westeurope.logic.azure.com:443/workflows/30ddf3a7309d20c80fe3cf6f68225218/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=cKxYF6fohXAuaA72mMJoZmJvHJ6EN15XoA3JcXeTeiQ',
      },
      {
        text: 'url: "https://default1234.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/01b7b5f30d5b80799b0d0ffac4fc81e8/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=XE281g543t-OC9mGQfC_jQgqsN_khbRvqLFneSIgL60"',
      },
    ],
    negative: [
      {
        text: 'https://prod-27.westeurope.logic.azure.com:443/workflows/30ddf3a7309d20c80fe3cf6f68225218/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=<sig>',
      },
      {
        text: 'https://prod-27.westeurope.logic.azure.com:443/workflows/30ddf3a7309d20c80fe3cf6f68225218/triggers/manual/paths/invoke?api-version=2016-06-01&sv=1.0&sig=cKxYF6fohXAuaA72mMJoZmJvHJ6EN15XoA3JcXeTeiR',
        why: 'not a canonical 32-byte signature',
      },
      { text: 'POST https://prod-27.westeurope.logic.azure.com/workflows/{workflowId}/triggers/manual/paths/invoke?api-version=2016-06-01' },
    ],
  },
});
