import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';

const LOCATIONS = new Set(['pypi.org', 'test.pypi.org']);

/**
 * PyPI API tokens are 'pypi-' and a base64url macaroon (v2 binary): version byte 2, a location
 * field (tag 1, length, 'pypi.org' or 'test.pypi.org'), then the identifier field (tag 2).
 */
function isPypiMacaroon(secret: string): boolean {
  const bytes = Buffer.from(secret.slice(5), 'base64url');
  const length = bytes[2] ?? 0;
  const location = bytes.subarray(3, 3 + length).toString('latin1');
  return bytes[0] === 2 && bytes[1] === 1 && LOCATIONS.has(location) && bytes[3 + length] === 2;
}

export const pypiUploadToken: Detector = patternDetector({
  id: 'pypi-upload-token',
  title: 'PyPI API (upload) token',
  vendor: 'PyPI',
  severity: 'high',
  keywords: ['pypi-age'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>pypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,1000})(?![A-Za-z0-9_-])/,
  validate: isPypiMacaroon,
  remediation:
    'Delete the token under Account settings > API tokens on pypi.org (or test.pypi.org), then publish with ' +
    'Trusted Publishing or keep a project-scoped token in your CI secret store.',
  examples: {
    positive: [
      {
        text: '[pypi]\nusername = __token__\npassword = pypi-AgEIcHlwaS5vcmcCIC5rceuqCoe5bOFKV4FbeD8axLnKLbfBasW2fnK5pdb1AAIieyJwZXJtaXNzaW9ucyI6InVzZXIiLCJ2ZXJzaW9uIjoxfQAABiDlDyfrKx6iLGF9tVtwe_OMcpLK1TcQA9GaJp0AhUYuiQ',
        path: '.pypirc',
      },
      { text: 'TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmcCID5R43E5VKuxGG2cS2lMetLuXWKkW17q0BwGkV3UCm2CAAIieyJwZXJtaXNzaW9ucyI6InVzZXIiLCJ2ZXJzaW9uIjoxfQAABiD1pyUWmkCyV419Lwzh8LQeWzuD4sRXkGpCePZQvGn39Q' },
      { text: 'twine upload -r testpypi -p pypi-AgENdGVzdC5weXBpLm9yZwIgjZxcK6CkVzolEBcFxy8uwfCf9eME55r5fpvG7RusoPkAAiJ7InBlcm1pc3Npb25zIjoidXNlciIsInZlcnNpb24iOjF9AAAGIJV008b2LFTyv07jfrPL7RajtYGuswhYa6LRcSNTgUms dist/*' },
    ],
    negative: [
      {
        text: 'TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmcFIHM99oNVmDGVs4H9JRq1fjvt8nJKi_9GBxE2VuPDbQUkzycyhEEXRqTB_v3Dt5csfbOsD7AshCXgza4_tGQqKCeZ-iQte6SJyCgUtQrgJoSC',
        why: 'no identifier field after the location',
      },
      { text: 'TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmcCIC5rceuqCoe5bOFKV4FbeD8axLnKLbfBas', why: 'too short' },
      { text: 'password = pypi-AgEIcHlwaS5vcmc...', why: 'truncated in documentation' },
      { text: 'TWINE_PASSWORD=${{ secrets.PYPI_API_TOKEN }}' },
    ],
  },
});
