import { describe, expect, it } from 'vitest';
import { isCredentialSlot, isSecretName, isServiceKeyName, nameParts, repeatsName } from '../../../detectors/kit/names.js';

describe('isSecretName', () => {
  it('reads names split by case and separators', () => {
    expect(nameParts('dbPassword_HASH')).toEqual(['db', 'password', 'hash']);
    for (const name of ['API_KEY', 'dbPassword', 'client_secret', 'JWT_SECRET_KEY', 'jwtSecret']) expect(isSecretName(name), name).toBe(true);
  });

  it("a position among credentials, or SAML's SessionIndex, is none", () => {
    for (const name of ['SessionIndex', 'token_index', 'keyIdx', 'PASSWORD_INDEX']) expect(isSecretName(name), name).toBe(false);
    // the accounts a list names
    for (const name of ['AUTHENTICATION_APIKEY_USERS', 'AUTHORIZATION_ADMINLIST_USERS', 'secret_usernames', 'token_emails']) expect(isSecretName(name), name).toBe(false);
    expect(isSecretName('session_token')).toBe(true);
  });

  it('reads glued lowercase compounds, which have nothing to split on', () => {
    for (const name of ['apikey', 'jwtsecret', 'appsecret', 'clientsecret', 'webhooksecret', 'authtoken', 'accesstoken', 'x.jwtsecret']) expect(isSecretName(name), name).toBe(true);
  });

  it('takes the keys that sign and encrypt for credentials, not names about them', () => {
    for (const name of ['JWT_KEY', 'jwtKey', 'Jwt__Key', 'HMAC_KEY', 'hmackey', 'aes_key', 'cipherKey', 'CRYPTO_KEY', 'encryptionkey']) expect(isSecretName(name), name).toBe(true);
    for (const name of ['JWT_KEY_NAME', 'jwtKeyId', 'hmac_key_length', 'aesKeyPath']) expect(isSecretName(name), name).toBe(false);
  });

  it("takes a service's key for a key (`GEOCODER_KEY`), not a lookup's, a keyboard's or a published one", () => {
    for (const name of ['GEOCODER_KEY', 'mapsKey', 'DEEPL_KEY', 'weather-service-key', 'OpenCageKey']) expect(isServiceKeyName(name), name).toBe(true);
    for (const name of ['PRIMARY_KEY', 'cacheKey', 'sort_key', 'routeKey', 'i18nKey', 'SHIFT_KEY', 'GPG_KEY', 'SSH_HOST_KEY', 'siteKey', 'SUPABASE_ANON_KEY', 'INSTRUMENTATION_KEY', 'PUSHER_KEY', 'KEY', 'key_2', 'MISSING_MAPS_KEY', 'GEOCODER_KEY_ID', 'public_maps_key', 'tls.key', 'remoteKey', 'dummy_key', '_KMS_KEY']) {
      expect(isServiceKeyName(name), name).toBe(false);
    }
  });

  it('does not take metadata about a credential, or words that only contain one, for a credential', () => {
    for (const name of ['passwordLength', 'API_KEY_URL', 'jwtsecretlength', 'keyboard', 'secretary', 'tokenizer', 'appsecrets_dir', 'cookieDomainChars', 'TOKEN_ALPHABET', 'NumberSecrets', 'num_tokens', 'ECS_CREDENTIALS_HOST', 'AuthMechanism', 'auth_method', 'logErrorGetSecret', 'ExternalSecretDecodingStrategy', 'secretRefs', 'token_ref']) expect(isSecretName(name), name).toBe(false);
  });
});

describe('analytics project keys, public by design', () => {
  it("takes PostHog's, Amplitude's and Mixpanel's client keys for no credential, their secret and personal keys for credentials", () => {
    for (const name of ['REACT_APP_POSTHOG_TOKEN', 'posthogApiKey', 'POSTHOG_PROJECT_API_KEY', 'AMPLITUDE_API_KEY', 'mixpanelToken', 'storefrontToken', 'STOREFRONT_API_TOKEN']) expect(isSecretName(name), name).toBe(false);
    for (const name of ['POSTHOG_PERSONAL_API_KEY', 'AMPLITUDE_SECRET_KEY', 'MIXPANEL_API_SECRET', 'POSTHOG_SECRET_KEY', 'PRIVATE_STOREFRONT_API_TOKEN']) expect(isSecretName(name), name).toBe(true);
  });
});

describe("Facebook's client token, embedded in apps by design", () => {
  it('takes the client token for no credential, the app secret and an access token for credentials', () => {
    for (const name of ['facebook_client_token', 'FacebookClientToken', 'FACEBOOK_CLIENT_TOKEN', 'fbClientToken']) expect(isSecretName(name), name).toBe(false);
    for (const name of ['facebook_app_secret', 'FACEBOOK_ACCESS_TOKEN', 'client_token']) expect(isSecretName(name), name).toBe(true);
  });
});

describe("Pusher's app key, sent by clients to name the app", () => {
  it('takes the app key for no credential, the app secret and the encryption master key for credentials', () => {
    for (const name of ['PUSHER_APP_KEY', 'pusher_key', 'VITE_PUSHER_APP_KEY', 'pusherAppKey']) expect(isSecretName(name), name).toBe(false);
    for (const name of ['PUSHER_APP_SECRET', 'PUSHER_ENCRYPTION_MASTER_KEY', 'pusherSecret', 'PUSHER_BEAMS_SECRET_KEY']) expect(isSecretName(name), name).toBe(true);
  });
});

describe('container image references', () => {
  it('takes a name ending in image for a reference to pull, not a credential', () => {
    for (const name of ['FORWARD_AUTH_IMAGE', 'authProxyImage', 'SECRETS_SIDECAR_IMAGES']) expect(isSecretName(name), name).toBe(false);
    for (const name of ['IMAGE_REGISTRY_PASSWORD', 'imagePullToken', 'image_signing_key']) expect(isSecretName(name), name).toBe(true);
  });
});

describe('names of a flow or of a retry, not of the credential', () => {
  it('takes an idempotency token and a forgotten-password flow for what they are', () => {
    for (const name of ['clientRequestToken', 'ClientRequestToken', 'idempotency_token', 'TplForgotPassword', 'lost_password', 'forgottenPassword']) {
      expect(isSecretName(name), name).toBe(false);
      expect(isCredentialSlot(name, true), name).toBe(false);
    }
    // a last part that is also the name of an Object property is an ordinary part
    for (const name of ['password_constructor', 'secretToString', 'token.hasOwnProperty', 'api_key.__proto__']) expect(() => isSecretName(name), name).not.toThrow();
    for (const name of ['requestTokenSecret', 'resetPassword', 'newPassword', 'forgot_password_token', 'clientToken', 'CLIENT_SECRET']) expect(isSecretName(name), name).toBe(true);
  });
});

describe("names of an object's version, a shop's cart, or the script that checks a credential", () => {
  it('are not credentials', () => {
    for (const name of ['version_token', 'versionToken', 'cart_token', 'checkoutToken', 'credentials_verification_script', 'passwordScripts']) {
      expect(isSecretName(name), name).toBe(false);
      expect(isCredentialSlot(name, false), name).toBe(false);
    }
  });
  it('while the credentials and tokens beside them still are', () => {
    for (const name of ['cart_api_token', 'checkout_secret', 'script_token', 'credentials', 'CART_SERVICE_PASSWORD']) expect(isSecretName(name), name).toBe(true);
  });
});

describe('names of a bootstrap id or of a use count beside a token', () => {
  it('are not credentials', () => {
    for (const name of ['ETCD_INITIAL_CLUSTER_TOKEN', 'initial-cluster-token', 'initialClusterToken', 'token_num_uses', 'secret_id_num_uses']) {
      expect(isSecretName(name), name).toBe(false);
      expect(isCredentialSlot(name, false), name).toBe(false);
    }
  });
  it('while other cluster and initial tokens still are', () => {
    for (const name of ['CLUSTER_TOKEN', 'K3S_CLUSTER_TOKEN', 'initial_root_token', 'INITIAL_ACCESS_TOKEN', 'token_secret']) expect(isSecretName(name), name).toBe(true);
  });
});

describe('contact details named beside a secret word', () => {
  it('are not credentials', () => {
    for (const name of ['secretPhone', 'auth_mobile', 'PASSWORD_RESET_PHONE', 'secret_telephone']) {
      expect(isSecretName(name), name).toBe(false);
      expect(isCredentialSlot(name, true), name).toBe(false);
    }
  });
  it('while a secret of a phone line still is one', () => {
    for (const name of ['phoneSecret', 'mobile_api_key', 'PHONE_AUTH_TOKEN']) expect(isSecretName(name), name).toBe(true);
  });
});

describe('repeatsName', () => {
  it('takes the name\'s own words as the value, however glued', () => {
    expect(repeatsName('NCRYPT_PKCS8_PRIVATE_KEY_BLOB', 'PKCS8_PRIVATEKEY')).toBe(true);
    expect(repeatsName('DeleteRegistrySecrets', 'DeleteRegistrySecrets')).toBe(true);
    expect(repeatsName('APP_PRIVATE_KEY', 'PRIVATEKEY_Q7vT2x')).toBe(false);
    expect(repeatsName('APP_PRIVATE_KEY', 'Kq9vT2xwPm4L')).toBe(false);
  });
  it('with words of the name left out, and a word with a digit split otherwise in UPPER_SNAKE', () => {
    expect(repeatsName('oauth2ProxyClientSecretKey', 'OAUTH2_PROXY_SECRET_KEY')).toBe(true);
    expect(repeatsName('x509GatewayServerSecretKey', 'X509_GATEWAY_SECRET_KEY')).toBe(true);
    expect(repeatsName('gatewayClientSecretKey', 'GATEWAY_SECRET_KEY_7Qm2Vx')).toBe(false);
    expect(repeatsName('gatewayClientSecretKey', 'SECRET_GATEWAY')).toBe(false);
  });
  it('glued into one lower-case word, as an option\'s name is', () => {
    expect(repeatsName('OPTION_X509_PRIVATE_KEY', 'x509privatekey')).toBe(true);
    expect(repeatsName('OPT_SAS_TOKEN', 'sastoken')).toBe(true);
    expect(repeatsName('OPTION_X509_PRIVATE_KEY', 'x509private')).toBe(false);
    expect(repeatsName('OPTION_KEY_TYPE', 'keytype')).toBe(false);
  });
});

describe('names of where a secret is kept, of its variable or attributes, of its masked form, of a test outcome', () => {
  it('are not credentials', () => {
    for (const name of ['lookupSessionStorage', 'tokenStorage', 'passwordVariable', 'usernamePasswordVariable', 'DB_TARGET_SESSION_ATTRS', 'sessionAttributes', 'cookie_attr', 'maskedConnectionString', 'redacted_token', 'sanitizedApiKey', 'FAIL_TO_PASS', 'PASS_TO_PASS']) {
      expect(isSecretName(name), name).toBe(false);
      expect(isCredentialSlot(name, false), name).toBe(false);
    }
  });
  it('while the secret itself still is one', () => {
    for (const name of ['SESSION_SECRET', 'storageAccountKey', 'STORAGE_ACCESS_KEY', 'maskPassword', 'DB_PASS', 'connectionString']) expect(isSecretName(name), name).toBe(true);
  });
});

describe('credential slots named for a signing key', () => {
  it("takes a JWT's or an HMAC's key and Rails' secret_key_base for credential slots", () => {
    for (const name of ['Jwt:Key', 'JWT_KEY', 'jwtKey', 'hmac_key', 'SECRET_KEY_BASE', 'secretKeyBase']) {
      expect(isCredentialSlot(name, true), name).toBe(true);
      expect(isCredentialSlot(name, false), name).toBe(true);
    }
  });
  it('while other keys and bases are not', () => {
    for (const name of ['cache_key', 'sessionKey', 'key_base', 'api_base', 'SECRET_BASE_URL']) expect(isCredentialSlot(name, false), name).toBe(false);
  });
});
