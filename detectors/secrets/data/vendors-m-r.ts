import type { Detector } from '../../../src/types.js';
import { vendorTokens } from '../../kit/vendor-token.js';

/** data vendors M–R whose keys are recognised by the vendor's name next to the value (see kit/vendor-token.ts). */
const named: readonly Detector[] = vendorTokens([
  {
    id: 'qubole-api-token',
    title: 'Qubole API token',
    vendor: 'Qubole',
    names: ['qubole'],
    token: { alphabet: 'hex', length: 64 },
    examples: {
      positive: [
        { text: 'QUBOLE_API_KEY=91bf802d821f968667fcb8b00e31517b4d6c3c8a45b2a40c221233d4f15a2431', path: '.env' },
        { text: 'qubole_token=d0aaafb4674c1c22e8992f6089fb9d616fac6f10e1005f6bbaedd72798f7ba9b' },
      ],
      negative: [
        { text: 'QUBOLE_API_KEY=91bf802d821f968667fcb8b00e31517b4d6c3c8a45b2a40c221233d4f15a243', why: '63 characters' },
      ],
    },
  },
  {
    id: 'rockset-api-key',
    title: 'Rockset API key',
    vendor: 'Rockset',
    names: ['rockset'],
    token: { alphabet: 'alnum', length: 64 },
    examples: {
      positive: [
        { text: 'ROCKSET_API_KEY=GgTImgqlhWoRSzalWJNaCibfmbgTUcc5vQmI6n2dr6WOBnzQcD1O6HEfdpwI5Rx7', path: '.env' },
        { text: `rs = RocksetClient(api_key='tfhRu1IseEFqwZbyWj7pQ00FfScaldH9hkbX9DHnF3l7U30ZI70D08Y3Tzo6JrDE', host=REGION)` },
      ],
      negative: [
        { text: 'ROCKSET_API_KEY=GgTImgqlhWoRSzalWJNaCibfmbgTUcc5vQmI6n2dr6WOBnzQcD1O6HEfdpwI5Rx', why: '63 characters' },
      ],
    },
  },
]);

/** data vendors M–R (all recognised by name and value; see the table above). */
export const dataVendorsMR: readonly Detector[] = [...named];
