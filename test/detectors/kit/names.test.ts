import { describe, expect, it } from 'vitest';
import { isSecretName, nameParts } from '../../../detectors/kit/names.js';

describe('isSecretName', () => {
  it('reads names split by case and separators', () => {
    expect(nameParts('dbPassword_HASH')).toEqual(['db', 'password', 'hash']);
    for (const name of ['API_KEY', 'dbPassword', 'client_secret', 'JWT_SECRET_KEY', 'jwtSecret']) expect(isSecretName(name), name).toBe(true);
  });

  it('reads glued lowercase compounds, which have nothing to split on', () => {
    for (const name of ['apikey', 'jwtsecret', 'appsecret', 'clientsecret', 'webhooksecret', 'authtoken', 'accesstoken', 'x.jwtsecret']) expect(isSecretName(name), name).toBe(true);
  });

  it('does not take metadata about a credential, or words that only contain one, for a credential', () => {
    for (const name of ['passwordLength', 'API_KEY_URL', 'jwtsecretlength', 'keyboard', 'secretary', 'tokenizer', 'appsecrets_dir', 'cookieDomainChars', 'TOKEN_ALPHABET', 'NumberSecrets', 'num_tokens', 'ECS_CREDENTIALS_HOST', 'AuthMechanism', 'auth_method', 'logErrorGetSecret', 'ExternalSecretDecodingStrategy', 'secretRefs', 'token_ref']) expect(isSecretName(name), name).toBe(false);
  });
});
