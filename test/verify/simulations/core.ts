// Simulations of the verifiers written first: GitHub, AWS, Twilio.
import { signV4 } from '../../../src/verify/sigv4.js';
import { basicAuth, bearer, json, notFound, type Simulation } from './types.js';

// Fake, well-formed values made for these tests (right prefix and length; GitHub's CRC32 is not checked by the API simulation).
const GH_LIVE = 'ghp_' + 'T3stL1veT0kenF0rSecretHygiene0000ab'.slice(0, 36);
const GH_REVOKED = 'ghp_' + 'T3stRev0kedT0kenF0rSecretHygiene00cd'.slice(0, 36);

export const githubSimulation: Simulation = {
  verifier: 'github',
  live: GH_LIVE,
  revoked: GH_REVOKED,
  answer(request, state) {
    if (request.method !== 'GET' || request.path !== '/user') return notFound;
    const token = bearer(request);
    if (token === undefined) return json(401, { message: 'Requires authentication' });
    return state(token) === 'live' ? json(200, { login: 'octo-test', id: 1 }, { 'x-ratelimit-remaining': '4999' }) : json(401, { message: 'Bad credentials' });
  },
};

const AWS_KEY_ID = 'AKIA' + 'TESTSECRETHYGN23';
const AWS_LIVE = 'tEsTs3cretHygieneAwsSecretKey0000000000a'.slice(0, 40);
const AWS_REVOKED = 'tEsTs3cretHygieneAwsSecretKey1111111111b'.slice(0, 40);

/** STS checks the signature with the secret it holds for the key id; here, the live secret. */
export const awsSimulation: Simulation = {
  verifier: 'aws',
  live: AWS_LIVE,
  revoked: AWS_REVOKED,
  companions: { keyId: AWS_KEY_ID },
  judgesBody: true,
  answer(request, state) {
    if (request.method !== 'POST' || request.path !== '/' || request.body !== 'Action=GetCallerIdentity&Version=2011-06-15') return notFound;
    const auth = request.headers.authorization ?? '';
    const m = /^AWS4-HMAC-SHA256 Credential=([A-Z0-9]{20})\/(\d{8})\/us-east-1\/sts\/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/.exec(auth);
    const error = (code: string): ReturnType<typeof json> => ({ status: 403, headers: { 'content-type': 'text/xml' }, body: `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code></Error></ErrorResponse>` });
    if (!m) return error('IncompleteSignature');
    if (m[1] !== AWS_KEY_ID) return error('InvalidClientTokenId');
    const stamp = request.headers['x-amz-date'] ?? '';
    const date = new Date(`${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}Z`);
    const signedWith = (secret: string): boolean =>
      signV4(
        { method: 'POST', host: request.host, path: '/', query: '', headers: { 'content-type': request.headers['content-type'] ?? '' }, body: request.body },
        { accessKeyId: AWS_KEY_ID, secretAccessKey: secret },
        'us-east-1',
        'sts',
        date,
      ).authorization === auth;
    // the key pair of the revoked secret was deleted: STS no longer knows it
    const secret = [AWS_LIVE, AWS_REVOKED].find(signedWith);
    if (secret === undefined) return error('SignatureDoesNotMatch');
    if (state(secret) !== 'live') return error('InvalidClientTokenId');
    return { status: 200, headers: { 'content-type': 'text/xml' }, body: `<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>arn:aws:iam::000000000000:user/test</Arn></GetCallerIdentityResult></GetCallerIdentityResponse>` };
  },
};

const TWILIO_SID = 'AC' + '0123456789abcdef0123456789abcdef';
export const twilioSimulation: Simulation = {
  verifier: 'twilio',
  live: '5e1f0c2d3b4a69788796a5b4c3d2e1f0',
  revoked: '0f1e2d3c4b5a69788796a5b4c3d2e1f5',
  companions: { accountSid: TWILIO_SID },
  answer(request, state) {
    if (request.method !== 'GET' || request.path !== '/2010-04-01/Accounts.json') return notFound;
    const pair = basicAuth(request);
    if (!pair || pair[0] !== TWILIO_SID) return json(401, { code: 20003, message: 'Authenticate' });
    return state(pair[1]) === 'live' ? json(200, { accounts: [{ sid: TWILIO_SID }] }) : json(401, { code: 20003, message: 'Authenticate' });
  },
};

export const coreSimulations: readonly Simulation[] = [githubSimulation, awsSimulation, twilioSimulation];
