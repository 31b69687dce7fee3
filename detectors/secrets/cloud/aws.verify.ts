import { missing, postForm } from '../../../src/verify/kit.js';
import { signV4 } from '../../../src/verify/sigv4.js';
import type { Verifier } from '../../../src/verify/types.js';

// STS GetCallerIdentity needs no permission, changes nothing and answers for any working key pair:
// 200 with the caller's ARN. 403 InvalidClientTokenId: no such key id (deleted or never real);
// ExpiredToken: a temporary key past its time. SignatureDoesNotMatch says the key id exists but the
// secret beside it is not its secret: the pairing is wrong, not the key revoked, so it is left unknown.
// The secret access key has no marker of its own: the key id is taken from the same file, nearest first.
const BODY = 'Action=GetCallerIdentity&Version=2011-06-15';
const HOST = 'sts.amazonaws.com';

export const awsVerifier: Verifier = {
  id: 'aws',
  vendor: 'AWS',
  detectors: ['aws-secret-access-key'],
  hosts: [HOST],
  call: 'POST https://sts.amazonaws.com/ Action=GetCallerIdentity (SigV4-signed)',
  companions: {
    keyId: { pattern: /(?<![A-Z0-9])((?:AKIA|ASIA)[A-Z2-7]{16})(?![A-Z0-9])/g, describe: 'the access key id (AKIA… or ASIA…)' },
    sessionToken: { pattern: /session[_-]?token["']?\s{0,4}[:=]\s{0,4}["']?([A-Za-z0-9/+=]{100,2000})/gi, describe: 'the session token', required: false },
  },
  requests: ({ secret, companions, now }) => {
    const keyId = companions.keyId as string;
    if (keyId.startsWith('ASIA') && companions.sessionToken === undefined) return missing('the session token of a temporary key (ASIA…)');
    const headers = signV4(
      { method: 'POST', host: HOST, path: '/', query: '', headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' }, body: BODY },
      { accessKeyId: keyId, secretAccessKey: secret, ...(companions.sessionToken !== undefined ? { sessionToken: companions.sessionToken } : {}) },
      'us-east-1',
      'sts',
      now,
    );
    return [postForm(HOST, '/', BODY, headers)];
  },
  live: (a) => a.status === 200 && a.body.includes('<GetCallerIdentityResult>'),
  revoked: (a) => a.status === 403 && /<Code>(?:InvalidClientTokenId|ExpiredToken)<\/Code>/.test(a.body),
};
