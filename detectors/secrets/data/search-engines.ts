import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { vendorToken } from '../../kit/vendor-token.js';
import { lineStartNear } from '../../kit/name-value.js';

// Self-hostable search engines whose admin keys sit next to a search-only key meant for browsers.
// A search-only key is public by design (it ships in front-end bundles), so a value whose name on
// its line says "search key" or "search-only" is not reported; the admin and master keys are.

/** Names of the keys a search engine hands to browsers: `TYPESENSE_SEARCH_ONLY_API_KEY`, `searchKey`, `MEILI_SEARCH_API_KEY`. */
const SEARCH_KEY_NAME = /search[_.-]?(?:only[_.-]?)?(?:api[_.-]?)?(?:key|token)|searchonly/i;

/**
 * The detector, without the values whose line names a search-only key before them. `vendorWords`
 * are removed from the line first: `MEILISEARCH_API_KEY` names the vendor, not a search key.
 */
function withoutSearchOnlyKeys(detector: Detector, vendorWords: RegExp): Detector {
  function* detect(input: DetectorInput): Iterable<Match> {
    const { text } = input;
    for (const m of detector.detect(input)) {
      const before = text.slice(lineStartNear(text, m.start, 160), m.start).replace(vendorWords, '');
      if (!SEARCH_KEY_NAME.test(before)) yield m;
    }
  }
  return { ...detector, detect };
}

// Typesense API keys that Typesense generates (the admin key of a Typesense Cloud cluster, keys from
// POST /keys): 32 letters and digits. A bootstrap key chosen by hand has no shape to read.
export const typesenseApiKey: Detector = withoutSearchOnlyKeys(
  vendorToken({
    id: 'typesense-api-key',
    title: 'Typesense API key',
    vendor: 'Typesense',
    names: ['typesense'],
    token: { alphabet: 'alnum', length: 32 },
    remediation:
      'Delete the key with DELETE /keys/<id> (or regenerate the cluster\'s keys in the Typesense Cloud dashboard), ' +
      'create a scoped replacement, and keep admin keys on the server, in a secret store.',
    examples: {
      positive: [
        { text: 'TYPESENSE_API_KEY=KZhVAnmOxqVPX6jSSTgouxkFKEWUJVPN', path: '.env' },
        { text: "const client = new Typesense.Client({ nodes, apiKey: '8UC3LzXnepnqRodTFMWGmUKOB3oP8CeM' });", path: 'src/search.ts' },
      ],
      negative: [
        { text: 'TYPESENSE_API_KEY=lQLaEv3woIO22jlemMa31zt44D3Mx2x', why: '31 characters' },
        { text: 'NEXT_PUBLIC_TYPESENSE_SEARCH_ONLY_API_KEY=KZhVAnmOxqVPX6jSSTgouxkFKEWUJVPN', path: '.env', why: 'the search-only key is public' },
        { text: "typesenseSearchKey: '8UC3LzXnepnqRodTFMWGmUKOB3oP8CeM'", why: 'the search-only key is public' },
      ],
    },
  }),
  /typesense/gi,
);

// Meilisearch API keys (the default admin key, keys from POST /keys): 64 hex characters.
export const meilisearchApiKey: Detector = withoutSearchOnlyKeys(
  vendorToken({
    id: 'meilisearch-api-key',
    title: 'Meilisearch API key',
    vendor: 'Meilisearch',
    names: ['meili'],
    token: { alphabet: 'hex', length: 64 },
    remediation:
      'Delete the key with DELETE /keys/<uid> using the master key (or rotate the master key, which invalidates every ' +
      'key), and keep admin keys on the server, in a secret store.',
    examples: {
      positive: [
        { text: 'MEILISEARCH_API_KEY=eee50452fb8806b0a94c71761bcb859d9c9a5bb286c6b7518611963db9fc2800', path: '.env' },
        { text: "const client = new MeiliSearch({ host: HOST, apiKey: 'bb45926974f6e3e9d079ed3ef05dcc7030e0b607d53f9046414b51a281a009df' });", path: 'src/search.ts' },
      ],
      negative: [
        { text: 'MEILISEARCH_API_KEY=f38e252dd3839b2b12867fd61f7a791653f40b6922dc18383708f93b8e0c163', why: '63 hex' },
        { text: 'NEXT_PUBLIC_MEILISEARCH_SEARCH_KEY=eee50452fb8806b0a94c71761bcb859d9c9a5bb286c6b7518611963db9fc2800', path: '.env', why: 'the search key is public' },
        { text: 'meili_index_checksum = "eee50452fb8806b0a94c71761bcb859d9c9a5bb286c6b7518611963db9fc2800"', why: 'no key-like word' },
      ],
    },
  }),
  /meili(?:search)?/gi,
);

// Meilisearch master keys: at least 16 bytes chosen at launch (MEILI_MASTER_KEY). They create and
// delete every API key, so a value of 16+ random-looking characters under that name is reported.
export const meilisearchMasterKey: Detector = vendorToken({
  id: 'meilisearch-master-key',
  title: 'Meilisearch master key',
  vendor: 'Meilisearch',
  secrets: 'chosen',
  names: ['meili_master', 'meili-master'],
  token: { alphabet: 'token', length: [16, 128] },
  severity: 'critical',
  remediation:
    'Relaunch the instance with a new master key (--master-key or MEILI_MASTER_KEY): every API key derived from the ' +
    'old one stops working, so issue new ones. Keep the master key in a secret store, never in the repository.',
  examples: {
    positive: [
      { text: 'MEILI_MASTER_KEY=leCmk04oHhEPIZ0M0L3kW7Hb0v4moUXHfMNOYSZ_eGy', path: '.env' },
      { text: '    environment:\n      MEILI_MASTER_KEY: "s8noxgB8p2Gnxx3K6AxHozWxP05Bk1M1eHTBVeNODwX"', path: 'docker-compose.yml' },
    ],
    negative: [
      { text: 'MEILI_MASTER_KEY=aSampleMasterKey', why: 'the documentation\'s stand-in' },
      { text: 'MEILI_MASTER_KEY=7d2Kq9', why: 'shorter than 16 bytes' },
    ],
  },
});

/** Search engines (Typesense, Meilisearch). */
export const searchEngineDetectors: readonly Detector[] = [meilisearchApiKey, meilisearchMasterKey, typesenseApiKey];
