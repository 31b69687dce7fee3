import type { Detector } from '../../../src/types.js';
import { authorizationBasicCredentials, authorizationBearerToken, encodedBasicCredentials, headerCredential } from './auth-headers.js';
import { buildConfigFieldSecret } from './build-config-field.js';
import { comparedCredential } from './compared-credential.js';
import { connectionStringPassword } from './connection-string-password.js';
import { envDefaultSecret, envEntrySecret } from './env-default-secret.js';
import { genericSecretAssignment, weakCredentialLiteral } from './generic-secret-assignment.js';
import { jwt } from './jwt.js';
import { derPrivateKey, jwkPrivateKey } from './key-encodings.js';
import { pgpPrivateKey } from './pgp-private-key.js';
import { privateKey } from './private-key.js';
import { setterCredential } from './setter-credential.js';
import { statedPassword } from './stated-password.js';
import { templateSecretParameterDefault } from './template-parameter-default.js';
import { terraformVariableDefault } from './terraform-variable-default.js';
import { urlCredentials } from './url-credentials.js';
import { urlQueryCredential } from './url-query-credential.js';
import { walletFileDetectors } from './wallet-files.js';
import { walletKeyDetectors } from './wallet-keys.js';

/**
 * Credentials recognised by shape or slot, not by vendor: private keys, JWTs, URLs (user info and query strings), connection strings, auth headers,
 * secret-named assignments, passwords stated in sentences, Terraform variable defaults, Android build config fields and
 * cryptocurrency wallet keys and seed phrases.
 */
export const genericDetectors: readonly Detector[] = [
  authorizationBasicCredentials,
  encodedBasicCredentials,
  authorizationBearerToken,
  headerCredential,
  buildConfigFieldSecret,
  comparedCredential,
  connectionStringPassword,
  envDefaultSecret,
  envEntrySecret,
  genericSecretAssignment,
  weakCredentialLiteral,
  jwt,
  pgpPrivateKey,
  privateKey,
  setterCredential,
  derPrivateKey,
  jwkPrivateKey,
  statedPassword,
  templateSecretParameterDefault,
  terraformVariableDefault,
  urlCredentials,
  urlQueryCredential,
  ...walletKeyDetectors,
  ...walletFileDetectors,
];
