import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { isStoredPassword } from './values.js';

// Files whose whole content is a key or password that unlocks an encrypted store committed beside it.

/** The file's one value: its text without surrounding blanks, with the offset where it starts. */
function wholeValue(text: string): { value: string; start: number } {
  const value = text.trim();
  return { value, start: text.indexOf(value) };
}

function* detectRailsKey({ text }: DetectorInput): Iterable<Match> {
  const { value, start } = wholeValue(text);
  if (/^[0-9a-f]{32}$/.test(value) && !/^(?:0{32}|(?:0123456789abcdef){2})$/.test(value)) {
    yield { start, end: start + value.length, secret: value, detail: 'Rails master key (decrypts the credentials.yml.enc committed beside it)' };
  }
}

export const railsMasterKeyFile: Detector = {
  id: 'rails-master-key-file',
  title: 'Committed Rails master key',
  policy: 'no-committed-credentials',
  severity: 'critical',
  keywords: [],
  paths: ['**/config/master.key', '**/config/credentials/*.key'],
  priority: 35,
  remediation:
    'Rotate every credential in config/credentials.yml.enc (the key opens it, and the history keeps both), generate a new ' +
    'key with `bin/rails credentials:edit`, remove the .key file from the repository (Rails ignores it by default) and pass ' +
    'RAILS_MASTER_KEY from a secret store at deploy time.',
  detect: detectRailsKey,
  examples: {
    positive: [
      { path: 'config/master.key', text: '5273fbdfa0cd4d91659caf4b8dce6fc2' },
      { path: 'app/config/credentials/production.key', text: 'f828e907f84218cfe7e8aa2ebdf6db66\n' },
    ],
    negative: [
      { path: 'config/master.key', text: '<%= ENV["RAILS_MASTER_KEY"] %>\n', why: 'not a key' },
      { path: 'config/credentials/production.key', text: '-----BEGIN PRIVATE KEY-----\n', why: 'not a Rails key (the PEM detectors judge it)' },
    ],
  },
};

/** A vault password file holds the password alone; an executable one (a script) fetches it from elsewhere. */
function* detectVaultPasswordFile({ text }: DetectorInput): Iterable<Match> {
  if (text.startsWith('#!')) return;
  const { value, start } = wholeValue(text);
  if (value.includes('\n') || !isStoredPassword(value)) return;
  yield { start, end: start + value.length, secret: value, detail: 'Ansible Vault password (decrypts the vault files in the repository)' };
}

export const ansibleVaultPasswordFile: Detector = {
  id: 'ansible-vault-password-file',
  title: 'Committed Ansible Vault password file',
  policy: 'no-committed-credentials',
  severity: 'critical',
  keywords: [],
  paths: [
    '.vault_pass', '.vault_pass.txt', '.vault-pass', '.vault-pass.txt', '.vault_password', '.vault_password.txt', '.vault-password',
    '.vault-password.txt', 'vault_pass', 'vault_pass.txt', 'vault_password', 'vault_password.txt', 'vault-password', 'vault-password.txt',
    'vault_password_file', '.vault_password_file', 'vault.pass', '.ansible-vault-pass', '.ansible_vault_pass',
  ],
  priority: 35,
  remediation:
    'Re-key the vault files with a new password (`ansible-vault rekey`) and rotate the secrets they hold, remove the password ' +
    'file from the repository, and give Ansible the password from a secret store through a vault password client script.',
  detect: detectVaultPasswordFile,
  examples: {
    positive: [
      { path: '.vault_pass', text: 'Hq7vR2mLp9xT\n' },
      { path: 'ansible/vault_password.txt', text: 'hunter22', why: 'weak' },
    ],
    negative: [
      { path: '.vault_pass', text: '#!/bin/sh\nexec op read "op://ops/ansible vault/password"\n', why: 'a client script' },
      { path: 'ansible/vault_password.txt', text: '<vault password>\n', why: 'placeholder' },
    ],
  },
};
