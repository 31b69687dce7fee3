import type { Detector } from '../../../src/types.js';
import { authorizationBasicCredentials, authorizationBearerToken } from './auth-headers.js';
import { comparedCredential } from './compared-credential.js';
import { connectionStringPassword } from './connection-string-password.js';
import { envDefaultSecret } from './env-default-secret.js';
import { genericSecretAssignment, weakCredentialLiteral } from './generic-secret-assignment.js';
import { jwt } from './jwt.js';
import { pgpPrivateKey } from './pgp-private-key.js';
import { privateKey } from './private-key.js';
import { urlCredentials } from './url-credentials.js';

/** Credentials recognised by shape or slot, not by vendor: private keys, JWTs, URLs, connection strings, auth headers, secret-named assignments. */
export const genericDetectors: readonly Detector[] = [
  authorizationBasicCredentials,
  authorizationBearerToken,
  comparedCredential,
  connectionStringPassword,
  envDefaultSecret,
  genericSecretAssignment,
  weakCredentialLiteral,
  jwt,
  pgpPrivateKey,
  privateKey,
  urlCredentials,
];
