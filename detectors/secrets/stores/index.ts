import type { Detector } from '../../../src/types.js';
import { appleAppSpecificPassword, bundlerSourceCredentials, fastlaneMatchAuthorization, gradleCredentials, gradlePropertiesPassword, mavenSettingsPassword } from './build-tools.js';
import { credentialConstructorPassword, powershellPlaintextSecurestring, signingKeyLiteral } from './code-credentials.js';
import { commandLinePassword } from './command-options.js';
import { curlrcCredentials, httpClientCredentials, psexecPassword, redisCliHistoryAuth, redisCliPassword, registryLoginPassword, sshpassPassword } from './command-lines.js';
import { mysqlOptionFilePassword, pgpassPassword } from './database-clients.js';
import { databasePasswordEnv, mysqlCliPassword } from './database-commands.js';
import { dbeaverCredentials, robo3tPassword } from './database-tools.js';
import { aspnetDataProtectionKey, aspnetMachineKey } from './dotnet-keys.js';
import { fileZillaPassword, sftpConfigPassword, winScpPassword } from './ftp-clients.js';
import { jenkinsCredentialsXml, jenkinsSecretFile } from './jenkins.js';
import { ansibleVaultPasswordFile, railsMasterKeyFile } from './key-files.js';
import { kubernetesBootstrapToken } from './bootstrap-token.js';
import { kubernetesSecretManifest } from './kubernetes.js';
import { mailClientPassword, smtpRelayPassword } from './mail-clients.js';
import {
  consulGossipKey,
  dovecotPlainPassword,
  jaasLoginPassword,
  jupyterPasswordHash,
  keepalivedAuthPass,
  nagiosResourceMacro,
  torHashedControlPassword,
  mosquittoBridgePassword,
  nsupdateTsigKey,
  rabbitmqErlangDefaultPass,
  tsigKeySecret,
} from './infra-services.js';
import { netrcInlinePassword } from './netrc-inline.js';
import { ciscoConfigPassword, ciscoType7Password, fortiosEncryptedSecret, junosType9Secret, snmpCommunityString, vyosConfigPassword } from './network-devices.js';
import { cloudInitPassword, jettyRealmPassword, kickstartPassword, preseedPassword } from './provisioning.js';
import { appleProfilePassword } from './apple-profiles.js';
import { cifsCredentialsFile, ipsecSecret, openvpnInlinePassword, pppSecret, proxychainsPassword, rsyncSecret, s3fsPasswdFile, tacacsPlusSecret } from './network-services.js';
import { composerAuthCredentials, nugetConfigPassword } from './package-feeds.js';
import { expectScriptPassword, stdinPassword } from './piped-passwords.js';
import { phpConfigPassword, phpDefineCredential, phpIniDefaultPassword, drupalHashSalt } from './php.js';
import { ansibleConnectionPassword, haproxyPassword, ldapBindPassword, ldapRootPassword, mountOptionsPassword, pgbouncerUserlistPassword, redisConfigPassword } from './service-configs.js';
import { selfHostedAppDetectors } from './self-hosted-apps.js';
import { serverSecretDetectors } from './server-secrets.js';
import { sqlInsertPassword, sqlStatementPassword } from './sql-statements.js';
import { toolConfigDetectors } from './tool-configs.js';
import { cliConfigDetectors } from './cli-configs.js';
import { remoteAccessDetectors } from './remote-access.js';
import { wifiNetworkKey, wlanProfileKey } from './wifi.js';
import { groupPolicyCpassword, xmlConfigPassword } from './xml-configs.js';

/** Credential stores and configuration formats: client configs, build tool credentials, service and network configs, command lines. */
export const storeDetectors: readonly Detector[] = [
  ansibleConnectionPassword,
  aspnetDataProtectionKey,
  aspnetMachineKey,
  ansibleVaultPasswordFile,
  bundlerSourceCredentials,
  ciscoConfigPassword,
  ciscoType7Password,
  cloudInitPassword,
  commandLinePassword,
  composerAuthCredentials,
  consulGossipKey,
  credentialConstructorPassword,
  curlrcCredentials,
  databasePasswordEnv,
  dbeaverCredentials,
  expectScriptPassword,
  fileZillaPassword,
  fastlaneMatchAuthorization,
  appleAppSpecificPassword,
  gradleCredentials,
  gradlePropertiesPassword,
  haproxyPassword,
  httpClientCredentials,
  ipsecSecret,
  jaasLoginPassword,
  jenkinsCredentialsXml,
  jenkinsSecretFile,
  jettyRealmPassword,
  junosType9Secret,
  fortiosEncryptedSecret,
  jupyterPasswordHash,
  keepalivedAuthPass,
  dovecotPlainPassword,
  torHashedControlPassword,
  nagiosResourceMacro,
  kickstartPassword,
  kubernetesBootstrapToken,
  kubernetesSecretManifest,
  ldapRootPassword,
  ldapBindPassword,
  mailClientPassword,
  mavenSettingsPassword,
  mosquittoBridgePassword,
  mountOptionsPassword,
  mysqlCliPassword,
  mysqlOptionFilePassword,
  netrcInlinePassword,
  nsupdateTsigKey,
  nugetConfigPassword,
  openvpnInlinePassword,
  pgbouncerUserlistPassword,
  pgpassPassword,
  phpConfigPassword,
  phpDefineCredential,
  phpIniDefaultPassword,
  drupalHashSalt,
  powershellPlaintextSecurestring,
  pppSecret,
  preseedPassword,
  proxychainsPassword,
  tacacsPlusSecret,
  psexecPassword,
  rabbitmqErlangDefaultPass,
  railsMasterKeyFile,
  redisCliPassword,
  redisCliHistoryAuth,
  redisConfigPassword,
  registryLoginPassword,
  robo3tPassword,
  rsyncSecret,
  cifsCredentialsFile,
  appleProfilePassword,
  s3fsPasswdFile,
  sftpConfigPassword,
  signingKeyLiteral,
  smtpRelayPassword,
  snmpCommunityString,
  sqlInsertPassword,
  sqlStatementPassword,
  sshpassPassword,
  stdinPassword,
  tsigKeySecret,
  vyosConfigPassword,
  wifiNetworkKey,
  wlanProfileKey,
  winScpPassword,
  xmlConfigPassword,
  groupPolicyCpassword,
  // everyday tools' credential files and settings (tool-configs.ts)
  ...toolConfigDetectors,
  // command-line tools' login files, named by their path (cli-configs.ts)
  ...cliConfigDetectors,
  ...serverSecretDetectors,
  ...remoteAccessDetectors,
  // credentials in the files self-hosted applications write (Plex, the *arr apps, Pi-hole, Node-RED… self-hosted-apps.ts)
  ...selfHostedAppDetectors,
];
