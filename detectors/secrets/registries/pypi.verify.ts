import { basic, notCheckable } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// PyPI has no "who am I" call: an API token is accepted only by the upload endpoint. So the token is
// sent (Basic __token__) with an upload that names no project and carries no file. PyPI checks the
// token before anything else: 403 when it knows no such token (deleted, or never issued); past that
// gate the form is refused with 400 before any project is looked up, so nothing is ever stored.
// That gate finds the token by its id only: it does not check expiry, so the short-lived tokens of
// Trusted Publishing (they carry an expiry caveat) are left not checkable.
const UPLOAD_HOST = 'upload.pypi.org';
const TEST_HOST = 'test.pypi.org';
const BOUNDARY = 'secret-hygiene-verify';

/** The documented form fields of an upload, and nothing else: no name, no version, no file. */
const EMPTY_UPLOAD = [
  ['":action"', 'file_upload'],
  ['"protocol_version"', '1'],
]
  .map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name=${name}\r\n\r\n${value}\r\n`)
  .join('')
  .concat(`--${BOUNDARY}--\r\n`);

/** The macaroon's location field: 'pypi.org' or 'test.pypi.org' (the detector checked its shape). */
function location(secret: string): string {
  const bytes = Buffer.from(secret.slice(5), 'base64url');
  const length = bytes[2] ?? 0;
  return bytes.subarray(3, 3 + length).toString('latin1');
}

/** An expiry caveat, serialized as [0,expires_at,not_before]: only Trusted Publishing mints those. */
const EXPIRY_CAVEAT = /\[0,\d{1,12},\d{1,12}\]/;

export const pypiVerifier: Verifier = {
  id: 'pypi',
  vendor: 'PyPI',
  detectors: ['pypi-upload-token'],
  hosts: [UPLOAD_HOST, TEST_HOST],
  call: 'POST https://upload.pypi.org/legacy/ (an upload with no project and no file, refused before anything is stored)',
  requests: ({ secret }) => {
    if (EXPIRY_CAVEAT.test(Buffer.from(secret.slice(5), 'base64url').toString('latin1'))) {
      return notCheckable('a Trusted Publishing token expires within minutes, and the only check PyPI offers does not look at expiry');
    }
    const host = location(secret) === 'test.pypi.org' ? TEST_HOST : UPLOAD_HOST;
    return [
      {
        host,
        method: 'POST',
        path: '/legacy/',
        headers: { authorization: basic('__token__', secret), 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
        body: EMPTY_UPLOAD,
      },
    ];
  },
  // 400: the token passed the gate and the empty form was refused
  live: [400],
  // 403 is also the answer while uploads are switched off site-wide; that one names the reason
  revoked: (a) => a.status === 403 && !/read-only|temporarily disabled/i.test(a.body),
};
