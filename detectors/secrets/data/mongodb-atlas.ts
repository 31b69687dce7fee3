import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { namedAssignment, vendorName } from '../shared/assignment.js';

// Connection strings with passwords are the URL-credentials detector's. Here: Atlas Admin API keys,
// whose private half is a bare UUID and so needs an atlas / mongodb private-key name on the same
// assignment (MONGODB_ATLAS_PRIVATE_KEY=…), and service-account secrets, which carry a prefix.
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const PRIVATE_KEY_NAME = namedAssignment(vendorName('atlas|mongodb', 'private[_.-]?(?:api[_.-]?)?key'));

export const mongodbAtlasApiKey: Detector = patternDetector({
  id: 'mongodb-atlas-api-key',
  title: 'MongoDB Atlas Admin API private key',
  vendor: 'MongoDB Atlas',
  severity: 'high',
  keywords: ['atlas', 'mongodb'],
  pattern: new RegExp(`${PRIVATE_KEY_NAME.source}(?<secret>${UUID})(?![A-Za-z0-9_-])`, 'i'),
  minEntropy: 3,
  validate: (_secret, m, text) => PRIVATE_KEY_NAME.isNamed(m, text),
  remediation:
    'Delete the API key under Organization Access Manager > API Keys in Atlas and create a new one with ' +
    'an IP access list; keep it in a secret store (MONGODB_ATLAS_PRIVATE_KEY).',
  examples: {
    positive: [
      { text: 'MONGODB_ATLAS_PRIVATE_KEY=e08099e8-a2db-4fe7-9011-296cedeaa963', path: '.env' },
      { text: '  atlasPrivateKey: "199c1046-a81a-4a3a-8a82-4fbf6d650486"', path: 'config/atlas.yaml' },
    ],
    negative: [
      { text: 'MONGODB_ATLAS_PUBLIC_KEY=e08099e8-a2db-4fe7-9011-296cedeaa963', why: 'public key name' },
      { text: 'request_id = "e08099e8-a2db-4fe7-9011-296cedeaa963"  # mongodb atlas', why: 'no private-key name' },
      { text: 'MONGODB_ATLAS_PRIVATE_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', why: 'placeholder' },
      { text: 'MONGODB_ATLAS_PRIVATE_KEY=${MONGODB_ATLAS_PRIVATE_KEY}', why: 'reference' },
    ],
    knownMisses: [
      { text: 'provider "mongodbatlas" {\n  public_key  = "kqzdrbvm"\n  private_key = "e08099e8-a2db-4fe7-9011-296cedeaa963"\n}', path: 'main.tf', why: 'vendor name on another line' },
    ],
  },
});

export const mongodbAtlasServiceAccountSecret: Detector = patternDetector({
  id: 'mongodb-atlas-service-account-secret',
  title: 'MongoDB Atlas service account secret',
  vendor: 'MongoDB Atlas',
  severity: 'high',
  keywords: ['mdb_sa_sk_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>mdb_sa_sk_[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  remediation:
    'Revoke the secret of the service account in the Atlas Access Manager and generate a new one; keep it ' +
    'in a secret store (MDB_MCP_API_CLIENT_SECRET or your tool\'s equivalent).',
  examples: {
    positive: [
      { text: 'ATLAS_CLIENT_SECRET=mdb_sa_sk_ZBtn9ar-q0XjwlBWlhAvutMNSTVm2GwOsXsHsZel', path: '.env' },
      { text: "clientSecret: 'mdb_sa_sk_EadEzktr0yB3tetqAevscmH0b5P34O_9NBioWPGh'," },
    ],
    negative: [
      { text: 'ATLAS_CLIENT_SECRET=mdb_sa_sk_ZBtn9ar-q0XjwlBWlhAvutMNSTVm2GwOsXsHsZe', why: '39 characters' },
      { text: "placeholder: l10n.t('mdb_sa_sk_…'),", why: 'placeholder' },
      { text: 'ATLAS_CLIENT_ID=mdb_sa_id_6a5d80e8575ac46d09f118d9', why: 'client id, not the secret' },
    ],
  },
});
