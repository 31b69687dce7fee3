import type { Detector } from '../../src/types.js';
import { browserSavedLogins, credentialTablePassword, keepassXmlExport, passwordManagerExport } from './browser-credentials.js';
import { cloudCliCredentials, gcpServiceAccountFile } from './cloud-credentials.js';
import { dockerConfigAuth, kubeconfigCredentials } from './container-credentials.js';
import { dotenvFile, dotenvFileWithoutSecrets, dotenvTemplateWithValues } from './dotenv-file.js';
import { gitignoreMissingEnv } from './gitignore-missing-env.js';
import { httpClientPrivateEnv } from './http-client-env.js';
import { htpasswdFile, rdpSavedPassword, terraformStateFile, vaultTokenFile } from './infra-credentials.js';
import { gitCredentialsFile, netrcPassword, npmrcAuthToken, pypircPassword, svnCachedPassword } from './package-credentials.js';
import { privateKeyFile } from './private-key-file.js';

/** Committed .env, key and credential files; repository posture. */
export const fileDetectors: readonly Detector[] = [
  browserSavedLogins,
  cloudCliCredentials,
  dockerConfigAuth,
  dotenvFile,
  dotenvFileWithoutSecrets,
  dotenvTemplateWithValues,
  gcpServiceAccountFile,
  gitCredentialsFile,
  gitignoreMissingEnv,
  htpasswdFile,
  httpClientPrivateEnv,
  kubeconfigCredentials,
  netrcPassword,
  npmrcAuthToken,
  passwordManagerExport,
  credentialTablePassword,
  keepassXmlExport,
  privateKeyFile,
  pypircPassword,
  rdpSavedPassword,
  svnCachedPassword,
  terraformStateFile,
  vaultTokenFile,
];
