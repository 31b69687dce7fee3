// What a secret-named identifier looks like, shared by every detector that judges by a name:
// generic assignments, .env files, Dockerfile ENV/ARG, compose environment, logging calls.
import { memoByName } from './own.js';
import { typedLetters } from './placeholders.js';

/**
 * Name parts that mean "this holds a credential". Matched against identifiers split on
 * camelCase, '_', '-' and '.', so `dbPassword`, `API_KEY`, `client-secret` and `auth.token` all count.
 */
const SECRET_PARTS = new Set([
  'password', 'passwd', 'pwd', 'pass', 'passphrase', 'secret', 'secrets', 'token', 'tokens', 'apikey',
  'credential', 'credentials', 'creds', 'privatekey', 'auth', 'authorization', 'bearer', 'cookie', 'session', 'sessionid',
]);

/** Two-part names: `api key`, `access key`, `private key`, `client secret`, `signing key`, ... */
const SECRET_PAIRS = [
  ['api', 'key'], ['access', 'key'], ['private', 'key'], ['priv', 'key'], ['secret', 'key'], ['signing', 'key'], ['encryption', 'key'],
  ['master', 'key'], ['account', 'key'], ['app', 'key'], ['auth', 'key'], ['client', 'secret'], ['conn', 'str'],
  ['connection', 'string'], ['database', 'url'], ['db', 'url'],
  // the keys that sign or encrypt: a JWT's or an HMAC's signing key (`JWT_KEY`, `Jwt:Key` in appsettings.json), an AES key
  ['jwt', 'key'], ['hmac', 'key'], ['aes', 'key'], ['cipher', 'key'], ['crypto', 'key'], ['crypt', 'key'],
  // a key both ends hold (Azure's `SharedKey`, an IPsec or Wi-Fi pre-shared key), the secret half of a
  // client/server pair (a payment gateway's `serverKey` beside its public `clientKey`)
  ['shared', 'key'], ['preshared', 'key'], ['server', 'key'],
] as const;

/** Parts that turn a secret-looking name into metadata about a secret, not the secret. */
const NOT_SECRET_PARTS = new Set([
  'name', 'names', 'id', 'ids', 'type', 'types', 'url', 'uri', 'endpoint', 'path', 'file', 'filename', 'dir', 'length', 'len',
  'count', 'size', 'min', 'max', 'expiry', 'expires', 'expiration', 'ttl', 'timeout', 'header', 'field', 'label', 'prompt',
  'placeholder', 'hint', 'policy', 'format', 'fmt', 'pattern', 'regex', 'regexp', 'hash', 'hashed', 'digest', 'salt', 'rounds', 'strength',
  'validator', 'validation', 'required', 'enabled', 'disabled', 'mode', 'version', 'prefix', 'suffix', 'postfix', 'env', 'var',
  'reset', 'forgot', 'confirm', 'confirmation', 'input', 'error', 'errors', 'message', 'msg', 'description', 'location', 'kind', 'status',
  // the account beside a credential (`PHP_AUTH_USER`, `auth.username`), the algorithm (`cookie_cipher`), a time (`passwordMtime`)
  'user', 'username', 'email', 'cipher', 'algorithm', 'algo', 'mtime', 'timestamp',
  // the accounts a list names (weaviate's `AUTHENTICATION_APIKEY_USERS`, `AUTHORIZATION_ADMINLIST_USERS=john@doe.com`)
  'users', 'usernames', 'emails',
  // a position among them (`token_index`, `keyIdx`), or SAML's `SessionIndex`: the identifier of a login session a
  // logout request names, sent in the clear in the assertion
  'index', 'idx',
  // code that handles a secret, not the secret (`payment_session_serializer`, `sessionAttributeFilter`, `token_provider`),
  // an expression that matches sessions (a secure web proxy rule's `session_matcher: inUrlList(host(), …)`)
  'filter', 'filters', 'serializer', 'handler', 'provider', 'class', 'interface', 'factory', 'renewal', 'selector', 'identifier', 'matcher', 'matchers',
  // where and how sessions and secrets are kept (`SESSION_DRIVER=file`, `SESSION_LIFETIME`, `secret_store`, a service's
  // name: `"secrets-manager": "dotnetv3/SecretsManager"`)
  'driver', 'lifetime', 'domain', 'domains', 'store', 'engine', 'backend', 'manager', 'managers',
  // the characters a value may hold (`cookieDomainChars`, `token_alphabet`)
  'chars', 'characters', 'charset', 'alphabet',
  // where a credential is asked for and how (`ECS_CREDENTIALS_HOST`, `AuthMechanism`, `auth_method`), a tag's name (`auth_generation_id_tag`)
  'host', 'hostname', 'port', 'address', 'addr', 'ip', 'mechanism', 'mechanisms', 'method', 'methods', 'scheme', 'schemes', 'tag',
  'strategy', 'encoding', 'decoding',
  // the protocol a credential is sent by (`auth_protocol = "MIT-MAGIC-COOKIE-1"`), a format's magic bytes (`OPENSSH_AUTH_MAGIC`)
  'protocol', 'protocols', 'proto', 'magic',
  // a reference to a secret kept elsewhere (`secretRefs`, `token_ref`): its id, not its value
  'ref', 'refs', 'reference', 'references',
  // where a value is kept or looked up, not the value (`lookupSessionStorage: 'i18nextLng'`, i18next's option), the
  // variable a plugin binds it to (Jenkins' `passwordVariable: 'DB_PASS'`), a cookie's or session's attributes
  // (`DB_TARGET_SESSION_ATTRS=read-write`, libpq's target_session_attrs)
  'storage', 'variable', 'attr', 'attrs', 'attribute', 'attributes',
  // how a command is given one (`docker login --password-stdin registry.example`): the flag takes no value
  'stdin',
  // how often a credential may be used (`token_num_uses`, `secret_id_num_uses` of a Vault role): a count
  'uses',
  // contact details kept from view (`secretPhone`, `auth_mobile` that receives a one-time code): a number, as `email` is an address
  'phone', 'phones', 'telephone', 'mobile', 'fax',
  // a value the verifier sends in the clear to be signed or echoed (`auth_challenge` of an attestation token, `login_nonce`):
  // public by design and used once; the key that answers it is the secret
  'challenge', 'challenges', 'nonce', 'nonces',
  // the code that checks or fetches a credential, named by a function or a file (an integration catalogue's
  // `credentials_verification_script: acmeV2CredentialsVerification`, `password_script: bin/askpass.sh`)
  'script', 'scripts',
  // the container image a service runs (`FORWARD_AUTH_IMAGE = "quay.io/oauth2-proxy/oauth2-proxy:v7"`, `AUTH_PROXY_IMAGE`): a reference to pull
  'image', 'images',
  // how often a login may be tried (Mailu's `AUTH_RATELIMIT=10/minute`, `login_throttle`, `auth_attempts`): a rate or a count
  'ratelimit', 'limit', 'limits', 'rate', 'throttle', 'attempts', 'retries',
  // the servers a setting points at (a Kafka Connect secret provider's `…_SECRET_PARAM_KAFKASTORE_BOOTSTRAP_SERVERS: broker:9095`),
  // and the database an authentication backend reads its users from (`EMQX_AUTH__MYSQL__DATABASE=mqtt`, `AUTH_DB`)
  'server', 'servers', 'database', 'db', 'dbname', 'schema',
  // where a credential comes from, named by an id or a kind (Boundary's `-brokered-credential-source clvlt_…`, AWS's
  // `credential_source = Ec2InstanceMetadata`)
  'source', 'sources',
]);

/**
 * Names split before: one name is judged by many detectors and many times over (every assignment, flag and
 * printed name of a file asks for its parts, and a file repeats its names), so the split is kept. Bounded: a
 * file of a million distinct names empties it now and then.
 */
const PARTS_SEEN = new Map<string, readonly string[]>();
const PARTS_KEPT = 4096;

/** Splits an identifier into lowercase parts: `dbPassword_V2` → ['db', 'password', 'v2']. */
export function nameParts(name: string): readonly string[] {
  let parts = PARTS_SEEN.get(name);
  if (parts === undefined) {
    parts = Object.freeze(
      name
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((p) => p.length > 0),
    );
    if (PARTS_SEEN.size >= PARTS_KEPT) PARTS_SEEN.clear();
    PARTS_SEEN.set(name, parts);
  }
  return parts;
}

/** Words written as numerals between their first and last letters: `k8s`, `i18n`, `l10n`, `a11y`, `o11y`. */
const NUMERONYM = /^(?:k8s|i18n|l10n|a11y|o11y|m17n|g11n)$/;

/**
 * Words in PascalCase or camelCase with short acronyms between them (`K8sResourcePoolDetailsW`, a
 * permission's name; `awsS3BucketPolicy`): words of four or more letters (or a numeronym, `K8sClusterR`)
 * make three quarters of it, which a generated value's case changes never do.
 */
export function isWordIdentifier(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9]{7,80}$/.test(value)) return false;
  let words = 0;
  let letters = 0;
  for (const part of nameParts(value)) {
    if ((/^[a-z]{4,}$/.test(part) && /[aeiouy]/.test(part)) || NUMERONYM.test(part)) {
      words++;
      letters += part.length;
    } else if (part.length > 3) return false;
  }
  return words >= 2 && letters >= 0.75 * value.length;
}

/** True when the identifier names a credential (`API_KEY`, `dbPassword`) and not metadata about one (`passwordLength`). */
export const isSecretName: (name: string) => boolean = memoByName(50_000, judgeName);

/** Parts that say the value is published by design: a public key, a .NET `publicKeyToken`, a `NEXT_PUBLIC_` setting, a publishable key. */
const PUBLIC_PARTS = new Set(['public', 'publishable', 'pub']);

/**
 * Product-analytics services whose project key the browser or app sends with every event, public by design: PostHog's
 * project API key (its personal API keys are secret), Amplitude's API key (its secret key is separate), Mixpanel's
 * project token (its API secret is separate); and a shop's Storefront API token, which Shopify issues for the
 * browser (`storefrontToken` in a Hydrogen config; its private Storefront token is another). Named so, a key of
 * theirs is no credential unless the name says secret, personal or private.
 */
const PUBLIC_CLIENT_VENDORS = new Set(['posthog', 'amplitude', 'mixpanel', 'storefront']);

/**
 * Facebook's client token (`facebook_client_token` in an Android app's strings.xml, `FacebookClientToken` in an iOS
 * Info.plist, `FACEBOOK_CLIENT_TOKEN`): the second app identifier the SDKs embed in the app's binary, which Meta documents
 * as no secret. The app secret and access tokens beside it stay credentials.
 */
function isFacebookClientToken(parts: readonly string[]): boolean {
  const n = parts.length;
  return n >= 3 && parts[n - 1] === 'token' && parts[n - 2] === 'client' && parts.some((p) => p === 'facebook' || p === 'fb');
}

/**
 * Pusher Channels' app key (`PUSHER_APP_KEY`, `pusher_key`, Laravel's `VITE_PUSHER_APP_KEY`): Pusher calls it an opaque
 * identifier the client side sends to name the app, and mobile apps embed it. The app secret that signs requests and the
 * end-to-end encryption master key (`PUSHER_APP_SECRET`, `PUSHER_ENCRYPTION_MASTER_KEY`) stay credentials.
 */
const PUSHER_SECRET_PARTS = new Set(['secret', 'master', 'encryption', 'private', 'beams']);

function isPusherAppKey(parts: readonly string[]): boolean {
  return parts[parts.length - 1] === 'key' && parts.includes('pusher') && !parts.some((p) => PUSHER_SECRET_PARTS.has(p));
}

/**
 * First parts that make the name about a credential, not the credential: its state, as error codes and
 * flags (`MISSING_API_CREDENTIALS`, `INVALID_TOKEN`, `expiredPassword`); a count (`NumberSecrets`,
 * `num_tokens`); a message about one (`logErrorGetSecret`, `msgInvalidToken`, `errSecretNotFound`); its masked
 * form (`maskedConnectionString`).
 */
const ABOUT_PARTS = new Set([
  'missing', 'invalid', 'expired', 'revoked', 'wrong', 'incorrect', 'bad', 'unknown', 'empty', 'no',
  'num', 'number', 'count', 'total', 'max', 'min', 'log', 'msg', 'err', 'error', 'warn', 'warning',
  // a value made safe to show (`maskedConnectionString`, `redacted_token`): what is logged instead of the secret
  'masked', 'redacted', 'obfuscated', 'sanitized', 'sanitised',
]);

function judgeName(name: string): boolean {
  const parts = nameParts(name);
  if (parts.length === 0 || parts.some((p) => PUBLIC_PARTS.has(p))) return false;
  if (parts.some((p) => PUBLIC_CLIENT_VENDORS.has(p)) && !parts.some((p) => p === 'secret' || p === 'personal' || p === 'private')) return false;
  if (isFacebookClientToken(parts) || isPusherAppKey(parts)) return false;
  const last = parts[parts.length - 1] as string;
  if (parts.length >= 2 && ABOUT_PARTS.has(parts[0] as string)) return false;
  // an anti-forgery value (`xsrf_id_cookie`, `csrf_token`); the secret that signs them (`CSRF_SECRET`) is a credential
  if (parts.some((p) => p === 'csrf' || p === 'xsrf') && last !== 'secret' && last !== 'key') return false;
  // a pass of a process (`hwScaleFilterFirstPass`, `render_pass`), a pagination, parser or idempotency
  // token (`next_token`, AWS's `NextToken` and `ClientRequestToken`), a flow (`TplForgotPassword`): not the credential. (A `registry_secret` may be a password
  // with a random value: the qualifiers of `secret` only narrow the slots of weak literals.)
  // etcd's `--initial-cluster-token` (`ETCD_INITIAL_CLUSTER_TOKEN=etcd-cluster-1`): a name that keeps two clusters
  // bootstrapping side by side apart, which etcd's documentation sets in the clear; not an authentication token
  if (last === 'token' && parts.length >= 3 && parts[parts.length - 2] === 'cluster' && parts[parts.length - 3] === 'initial') return false;
  // a magic cookie (HashiCorp go-plugin's `MagicCookieKey`/`MagicCookieValue` handshake, a file format's magic): a constant
  // both sides compile in to recognise each other, published with the source, not a session cookie
  const magic = parts.indexOf('magic');
  if (magic >= 0 && parts[magic + 1] === 'cookie') return false;
  if (last !== 'secret' && parts.length >= 2 && Object.hasOwn(NOT_CREDENTIAL_QUALIFIERS, last) && NOT_CREDENTIAL_QUALIFIERS[last]?.has(parts[parts.length - 2] as string)) return false;
  if (NOT_SECRET_PARTS.has(last)) {
    // DATABASE_URL and DB_URL hold connection strings with passwords; other *_URL names do not.
    if (!(last === 'url' && parts.length >= 2 && ['database', 'db'].includes(parts[parts.length - 2] as string))) return false;
  }
  if (parts.some((p) => SECRET_PARTS.has(p))) return true;
  for (let i = 0; i + 1 < parts.length; i++) {
    if (SECRET_PAIRS.some(([a, b]) => parts[i] === a && parts[i + 1] === b)) return true;
  }
  // glued lowercase compounds (`apikey`, `jwtsecret`, `clientsecret`, `PGPASSWORD`, `dbpass`): one part, no case or separator to split on
  return parts.some((p) => GLUED_SECRET.test(p) || (GLUED_PASSWORD.test(p) && !GLUED_ABOUT_PASSWORD.test(p)));
}

const GLUED_SECRET = /^(?:api|access|secret|private|priv|signing|encryption|jwt|hmac|shared|preshared)key$|^(?:api|access|auth)token$|^(?:jwt|app|client|shared|signing|webhook)secret$/;
/**
 * A password's name glued to what it opens: libpq's `PGPASSWORD`, `DBPASSWORD`, `adminpassword`, `rootpasswd`; `pass`
 * and `pwd` only after a word naming an account or a service (`dbpass`, `smtppwd`), as `compass` and `bypass` end so too.
 */
const GLUED_PASSWORD = /^[a-z][a-z0-9]{1,15}(?:password|passwd)$|^(?:db|root|admin|user|sa|pg|mysql|smtp|mail|ftp|sftp|sql|ldap|redis|app|my|rpc|vnc|wifi|proxy|bind|master|sys|dba|ssh|imap|keystore|truststore|store|key)(?:pass|pwd)$/;
/** What a glued password name says about one, not the password: a flow, a check, a flag or a rule (`resetpassword`, `showpassword`, `minpassword`). */
const GLUED_ABOUT_PASSWORD = /^(?:reset|forgot|forget|change|show|has|check|no|use|verify|validate|is|set|get|hide|toggle|require|required|min|max|encrypted|hashed|hash|masked|enter|type|input|label|placeholder|hint|policy|expire|expired|expiry|last|update|updated|lost|recover|remember|save|encoded|salted|need|needs|ask|prompt|strong|weak|with|without|by|via|onetime|otp|bad|wrong|invalid|empty|missing)(?:password|passwd)$/;

/**
 * Words that make `<word>_KEY` the key of something that is no credential: of a data structure or a
 * lookup (`PRIMARY_KEY`, `cacheKey`, `sort_key`, `routeKey`, `i18nKey`), of a keyboard (`SHIFT_KEY`), or
 * key material published by design (`GPG_KEY`, `SSH_HOST_KEY`, reCAPTCHA's `siteKey`, Supabase's
 * `ANON_KEY`, Application Insights' `INSTRUMENTATION_KEY`, Pusher's app key), or an OAuth client's or consumer's id.
 */
const NOT_SERVICE_KEY_PARTS = new Set([
  'primary', 'foreign', 'sort', 'partition', 'hash', 'range', 'row', 'column', 'col', 'composite', 'unique', 'index', 'idx',
  'cache', 'cached', 'lookup', 'dict', 'map', 'object', 'obj', 'item', 'items', 'entry', 'record', 'field', 'attribute', 'prop',
  'property', 'group', 'message', 'event', 'metric', 'metrics', 'label', 'table', 'lock', 'queue', 'redis', 'memcache', 'storage',
  'local', 'state', 'context', 'ctx', 'route', 'page', 'file', 'image', 'asset', 'blob', 'doc', 'document', 'i18n', 'translation',
  'locale', 'lang', 'text', 'menu', 'nav', 'tab', 'element', 'node', 'child', 'parent', 'list', 'order', 'config', 'setting',
  'settings', 'option', 'options', 'param', 'params', 'query', 'mutation', 'namespace', 'scope', 'idempotency', 'dedup', 'dedupe',
  'request', 'trace', 'correlation', 'job', 'task', 'cron', 'feature', 'flag', 'experiment', 'variant', 'component', 'widget',
  'form', 'input', 'select', 'filter', 'search', 'data', 'json', 'yaml', 'user', 'key', 'next', 'prev', 'last', 'first',
  'hot', 'shortcut', 'keyboard', 'press', 'modifier', 'shift', 'ctrl', 'control', 'alt', 'meta', 'enter', 'escape', 'arrow',
  'gpg', 'pgp', 'gnupg', 'ssh', 'host', 'known', 'verify', 'verification', 'cert', 'certificate', 'ca', 'site', 'anon', 'browser',
  'frontend', 'instrumentation', 'dsn', 'vapid', 'client', 'consumer', 'license', 'licence',
  // a Pusher app key goes to every browser beside the cluster name; its secret is PUSHER_SECRET
  'pusher',
  // an S3 object's key is its path (CloudFormation's `S3Key`); a KMS key is named by its resource path
  's3', 'kms',
  // a TLS key is a PEM block (private-key judges it by its structure, base64-encoded or not)
  'tls',
  // a key that names another (external-secrets' `remoteKey`, a rename's `old_key`/`new_key`, a cache's `prefix-key`), or says it is a stand-in
  'remote', 'old', 'new', 'prefix', 'dummy',
  // a project's key is its identifier: SonarQube's `sonar.projectKey` (`<org>_<repo>_<uuid>` on SonarCloud), Jira's and
  // Bitbucket's project keys, commercetools' `projectKey`; the credentials beside them are tokens and client secrets
  'project',
]);

/**
 * True for `<service>_KEY` names (`GEOCODER_KEY`, `mapsKey`, `DEEPL_KEY`): a key for a service, as an
 * `api_key` is, where isSecretName asks for a word that says so. For random-looking literals in config
 * files only: in code (`$gateway_key`, `historyKey`, `ruleKey`) and in what a log line prints such a name
 * is a lookup's key more often than not.
 */
export const isServiceKeyName: (name: string) => boolean = memoByName(20_000, (name) => {
  const parts = nameParts(name);
  if (parts.length < 2 || parts.length > 5 || parts[parts.length - 1] !== 'key') return false;
  const words = parts.slice(0, -1);
  return words.every((p) => /^[a-z][a-z0-9]*$/.test(p) && !NOT_SERVICE_KEY_PARTS.has(p) && !PUBLIC_PARTS.has(p) && !ABOUT_PARTS.has(p));
});

/**
 * The lowercase keywords that gate name-based detectors in the prefilter: every secret-named
 * identifier contains at least one of them.
 */
export const SECRET_NAME_KEYWORDS: readonly string[] = [
  'pass', 'pwd', 'secret', 'token', 'key', 'cred', 'auth', 'bearer', 'cookie', 'session', 'conn', 'database_url', 'db_url',
];

/** Last name parts that name the credential itself: `db_password`, `client_secret`, `authToken`, `apikey`. */
const CREDENTIAL_LAST = new Set([
  'password', 'passwd', 'pwd', 'pass', 'passphrase', 'secret', 'token', 'apikey', 'apitoken', 'accesstoken', 'secretkey', 'accesskey',
]);

/**
 * `<qualifier> key` pairs that are credentials (`api_key`, `SECRET_KEY`, a JWT's or an HMAC's signing key: `Jwt:Key`,
 * `JWT_KEY`, `hmacKey`); `private_key` usually holds a path or a PEM block.
 */
const CREDENTIAL_KEY_QUALIFIERS = new Set(['api', 'access', 'secret', 'auth', 'master', 'encryption', 'signing', 'jwt', 'hmac']);

/**
 * Qualifiers that make the name something else: a pagination or parser position (`nextToken`,
 * `lexer_token`), an idempotency key (`ClientRequestToken`), an anti-forgery value (`csrf_token`, Rails' `authenticity_token`), the name of a Kubernetes Secret
 * (`existingSecret`, `tlsSecret`), a rendering or boarding pass (`shadow_pass`).
 */
const NOT_CREDENTIAL_QUALIFIERS: Readonly<Record<string, ReadonlySet<string>>> = {
  token: new Set([
    'next', 'page', 'continuation', 'sync', 'cancel', 'cancellation', 'resume', 'start', 'end', 'prev', 'previous', 'last',
    'first', 'current', 'cur', 'lexer', 'parser', 'stream', 'csrf', 'xsrf', 'anti', 'forgery', 'authenticity', 'this', 'self', 'peek',
    // an idempotency key that tells a retried request from a new one (AWS's `ClientRequestToken`, `idempotencyToken`)
    'request', 'idempotency',
    // an asset on a blockchain, named by what it pays or earns (`FEE_TOKEN`, `FUNDING_TOKEN`, `rewardToken`,
    // `collateralToken`, `ERC20_TOKEN`): an ERC-20 contract's address or symbol, public on chain, not a credential
    'fee', 'funding', 'gas', 'reward', 'rewards', 'stake', 'staking', 'collateral', 'erc20', 'erc721', 'erc1155', 'governance',
    'quote', 'wrapped', 'underlying', 'lp', 'native',
    // an object's version for optimistic concurrency (Square's `version_token`, sent back with an update), a shop's cart
    // or checkout as its webhooks and storefront URLs name it (Shopify's `cart_token`, `checkout_token`): identifiers
    'version', 'cart', 'checkout',
    // a paginator's fields (the AWS SDKs' `input_token` / `output_token`, naming the request's and the response's page
    // markers) and a language model's token counts (`max_output_tokens`): no credential is named for a direction
    'input', 'output',
  ]),
  secret: new Set(['existing', 'tls', 'pull', 'image', 'docker', 'registry', 'sealed', 'external', 'mounted', 'k8s', 'kube', 'kubernetes']),
  // and a count of passed checks (`overall_pass`, `total_pass` beside `overall_fail`), a test's expected outcome (`FAIL_TO_PASS`, `PASS_TO_PASS`)
  pass: new Set(['first', 'second', 'third', 'final', 'render', 'shadow', 'boarding', 'multi', 'single', 'one', 'two', 'bypass', 'overall', 'total', 'num', 'to']),
  // the flow of a forgotten password (`TplForgotPassword`, `lost_password` pages): no password is kept in it
  password: new Set(['forgot', 'forgotten', 'lost']),
  // the cookie a lock holder names itself by (Ceph RADOS's `lockCookie` beside `lockName`): an id, not a session
  cookie: new Set(['lock']),
};

/**
 * True for a token-named identifier that names no credential: a pagination, idempotency, parser or
 * anti-forgery token (`NextToken`, `ClientRequestToken`, `next_page_token`, `csrf_token`).
 */
export function isNonCredentialTokenName(name: string): boolean {
  const parts = nameParts(name);
  const prev = parts[parts.length - 2];
  return parts[parts.length - 1] === 'token' && prev !== undefined && (NOT_CREDENTIAL_QUALIFIERS.token as ReadonlySet<string>).has(prev);
}

/**
 * True when the name is a slot that holds the credential itself, so that any literal in it is a
 * credential however weak (`DB_PASSWORD`, `client_secret`, `auth_token`, `spring.datasource.password`).
 * Narrower than isSecretName, which also takes names about credentials in general (`auth`, `session`,
 * `credentials`, `cookie`) whose values are modes and words. In code a `token` is as often a parser's
 * token as a credential: there it needs a credential word (`authToken`) or a constant's name (`GITHUB_TOKEN`).
 */
export function isCredentialSlot(name: string, inCode: boolean): boolean {
  return inCode ? credentialSlotInCode(name) : credentialSlotInConfig(name);
}

const credentialSlotInCode = memoByName(10_000, (name) => judgeSlot(name, true));
const credentialSlotInConfig = memoByName(10_000, (name) => judgeSlot(name, false));

/** Words before the slot's own that make the name an enum constant of a kind of credential (`SSHLoginMethodKeyAndPassword`, `AUTH_TYPE_PASSWORD`). */
const KIND_PARTS = new Set(['method', 'methods', 'mode', 'type', 'kind', 'scheme']);

function judgeSlot(name: string, inCode: boolean): boolean {
  if (!isSecretName(name)) return false;
  const parts = nameParts(name);
  if (parts.slice(0, -1).some((p) => KIND_PARTS.has(p))) return false;
  const last = parts[parts.length - 1] as string;
  const prev = parts.length >= 2 ? (parts[parts.length - 2] as string) : undefined;
  if (last === 'key') return prev !== undefined && CREDENTIAL_KEY_QUALIFIERS.has(prev);
  // Rails' `secret_key_base`, which signs and encrypts its cookies
  if (last === 'base' && prev === 'key' && parts[parts.length - 3] === 'secret') return true;
  if (!CREDENTIAL_LAST.has(last)) return false;
  if (prev !== undefined && NOT_CREDENTIAL_QUALIFIERS[last]?.has(prev)) return false;
  return !(inCode && last === 'token' && !/^[A-Z][A-Z0-9]{0,40}(?:_[A-Z0-9]{1,40}){1,8}$/.test(name) && !parts.some((p) => TOKEN_QUALIFIERS.has(p)));
}

/** In code, `token` is a credential with one of these words (`authToken`, `bot_token`) or as an UPPER_SNAKE constant. */
const TOKEN_QUALIFIERS = new Set([
  'auth', 'access', 'api', 'bearer', 'bot', 'refresh', 'id', 'personal', 'app', 'client', 'oauth', 'oauth2', 'user', 'admin',
  'service', 'deploy', 'session', 'secret', 'private', 'webhook', 'registry', 'npm', 'github', 'gitlab', 'slack', 'discord', 'telegram',
]);

/** The name parts that make a slot a password's (`DB_PASSWORD`, `keystorePass`, `smtp_pwd`, `gpg_passphrase`). */
export const PASSWORD_WORDS: ReadonlySet<string> = new Set(['password', 'passwd', 'pwd', 'pass', 'passphrase']);

/**
 * A sample account's password made of the slot's own words before the password word, glued in their order, and a
 * counter (`MONGODB_BACKUP_PASSWORD: backup123456`, `MONGODB_CLUSTER_ADMIN_PASSWORD: clusterAdmin123456`): what an
 * operator's sample Secret or a compose file fills in for each account, to be replaced.
 */
function namesAccountWithCounter(name: string, value: string): boolean {
  const m = /^([A-Za-z]{3,60}?)[-_]?\d{1,8}[!.#]?$/.exec(value);
  if (!m) return false;
  const parts = nameParts(name);
  if (!PASSWORD_WORDS.has(parts[parts.length - 1] as string)) return false;
  const words = parts.filter((p) => !PASSWORD_WORDS.has(p));
  return words.length <= 16 && gluedFromWords((m[1] as string).toLowerCase(), 0, words, 0, false);
}

/**
 * True when an identifier-shaped value is its own name's words again, or a run of them that names the
 * credential, however they are glued: an enum constant or a label (`DeleteRegistrySecrets = "DeleteRegistrySecrets"`,
 * `TOKEN_REFRESH: "token-refresh"`, `PKCS8_PRIVATE_KEY_BLOB = "PKCS8_PRIVATEKEY"`), not a secret. Words of the
 * name may be left out (`bootstrapServerClientSecretKey = 'BOOTSTRAP_SERVER_SECRET_KEY'`, an enum of form fields
 * whose constant drops one), and a word with a digit splits otherwise in UPPER_SNAKE (`LWM2M` reads `lwm2`, `m`):
 * the glued letters are matched, in order, against whole words of the name. And a sample account's password made of
 * the slot's words and a counter (namesAccountWithCounter).
 */
export function repeatsName(name: string, value: string): boolean {
  if (/[0-9$@!]/.test(value) && spellsName(name, value)) return true;
  if (namesAccountWithCounter(name, value)) return true;
  if (!/^[A-Za-z][\w.:-]{0,120}$/.test(value)) return false;
  const v = nameParts(value);
  const n = nameParts(name);
  if (v.length === 0) return false;
  const secretWord = v.some((p) => SECRET_PARTS.has(p) || CREDENTIAL_LAST.has(p));
  if (secretWord && v.length <= n.length) for (let i = 0; i + v.length <= n.length; i++) if (v.every((p, j) => n[i + j] === p)) return true;
  if (n.length > 16) return false;
  // the same words glued otherwise (`NCRYPT_PKCS8_PRIVATE_KEY_BLOB = "PKCS8_PRIVATEKEY"`), some left out; glued into one
  // word (an option's name, `OPTION_X509_PRIVATE_KEY = "x509privatekey"`), the words that name the credential among them
  const glued = v.join('');
  return (secretWord || gluesCredentialWords(glued, n)) && gluedFromWords(glued, 0, n, 0, false);
}

/** True when `glued` holds a word of `words` that names a credential, or a pair of them that does (`private` `key`). */
function gluesCredentialWords(glued: string, words: readonly string[]): boolean {
  return words.some((p, i) => (SECRET_PARTS.has(p) && glued.includes(p)) || (SECRET_PAIRS.some(([a, b]) => p === a && words[i + 1] === b) && glued.includes(p + (words[i + 1] as string))));
}

/** True when glued[at..] is whole words of `words[from..]`, in order, some maybe skipped; `started` once one is taken. */
function gluedFromWords(glued: string, at: number, words: readonly string[], from: number, started: boolean): boolean {
  if (at === glued.length) return started;
  for (let i = from; i < words.length; i++) {
    const w = words[i] as string;
    if (w.length > 0 && glued.startsWith(w, at) && gluedFromWords(glued, at + w.length, words, i + 1, true)) return true;
  }
  return false;
}

/**
 * True when the value, read with digits and signs as the letters they stand for (a trailing `!` or
 * digits dropped), spells a run of the name's words that names the credential: `client_secret:
 * Cl1ent$ecret!` is the slot's own name typed as a test value.
 */
function spellsName(name: string, value: string): boolean {
  if (value.length < 6 || value.length > 64) return false;
  const letters = typedLetters(value);
  if (letters === undefined || letters.length < 6) return false;
  const parts = nameParts(name);
  for (let i = 0; i < parts.length; i++) {
    let run = '';
    for (let j = i; j < parts.length; j++) {
      run += parts[j];
      if (run.length > letters.length) break;
      if (run === letters) return parts.slice(i, j + 1).some((p) => SECRET_PARTS.has(p) || CREDENTIAL_LAST.has(p));
    }
  }
  return false;
}
