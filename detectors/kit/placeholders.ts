// Values that look like credentials but are documentation, templates or references to elsewhere.
// Every detector rejects these unless it opts out; the generic detectors add their own stricter list.

import { percentDecoded } from './urls.js';

/** References to a value stored elsewhere: environment, template variables, secret managers. */
const REFERENCE = [
  /^\$\{[^}]*\}$/, // ${VAR}
  /^\$\{\{[^}]*\}\}$/, // ${{ secrets.X }}
  /^\$[A-Za-z_][A-Za-z0-9_]*$/, // $VAR
  /^\$\([^)]*\)$/, // $(command)
  /^%[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*%$/, // %VAR%, Symfony's %kernel.secret%
  /^%[a-z_]{2,20}\([^()%]{0,80}\)%$/, // Symfony's processors: `%env(APP_SECRET)%`, the `%generate(secret)%` a Flex recipe fills in
  /^\{\{.*\}\}$/, // {{ var }}
  /^\(\([A-Za-z_][\w.:/-]{0,80}\)\)$/, // ((var)), ((source:path.field)): Concourse and BOSH fill it from CredHub, Vault or SSM at run time
  /^<[^<>]*>$/, // <your-token>
  /^\[[^[\]]*\]$/, // [token]
  /^%\([A-Za-z_]+\)s$/, // %(name)s
  /^#\{[^}]*\}$/, // #{var}
  /^\{%[ \t]?[\w.-]{1,60}[ \t]?%\}$/, // {%app-key%}: a template's slot (spinnaker's dashboard scripts, a Jinja-like statement)
  /^_{1,2}[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*_{1,2}$/, // _admin_password_, __DB_PASSWORD__: a marker a setup script replaces
  /^@[A-Za-z_][A-Za-z0-9_]{0,80}@$/, // @DB_RT_PASS@: what autoconf's configure (and CMake's configure_file) writes in
  // ...token..., …api-key…, ..hf_token..: the slot's name between ellipses, where a notebook or a README cut the value
  // out of a command (`git clone https://user:...token...@host/repo`). Letters and separators only: a name, not a value
  /^(?:\.{2,6}|…)[A-Za-z]{2,20}(?:[_ -][A-Za-z]{1,20}){0,4}(?:\.{2,6}|…)$/,
  /(?:^|[^A-Za-z])(?:process\.env|os\.environ|os\.getenv|getenv|env\(|ENV\[|System\.getenv|secrets\.)/,
  /^arn:aws[a-z-]{0,12}:[a-z0-9-]{2,40}:/, // an AWS ARN: a Secrets Manager secret or an SSM parameter named, not its value
];

/**
 * Words that mark a value as a stand-in. Matched case-insensitively anywhere in the value. "Change me",
 * "change this" and "change it" (the JDK keystores' published `changeit`) also typed with digits for
 * letters (`ch4n63m3`, wallabag's `ch4n63m31fy0uc4n`); "please change", "change in production" (`dev-secret-please-change`,
 * `default-key-change-in-production`, `PleaseGenerateA50CharKey`); a value marked redacted (`(redact)`) or a specimen (`pay_tok_SPECIMEN-000`). Published defaults too: MinIO's `minioadmin`,
 * `vagrant`, the password every Vagrant base box gives its root and vagrant users by convention, and `android`, the
 * store and key password the Android SDK gives every generated debug keystore (alias `androiddebugkey`), and `infected`
 * (`malware` in TheHive and Cortex), the password malware samples are zipped with by convention so that no scanner or
 * mail filter opens them by accident; `tegbzn6789`, NZBGet's published default control password, which
 * download managers prefill in their NZBGet settings. A value that
 * says what to put there (`somerandomvalue123`, `random_secret_key`) is a stand-in, as is one that says where it goes
 * (`apikeygoeshere`, `token_goes_here`) or only says what kind of value (`random`, a compose demo's encoder secret), also written as a sentence (`random string … type random characters here!`), and
 * one that names its kind with "some" (`some-password`, `some_secret_key`, Graylog's compose sample's `some-password-sha`),
 * or says it is a sample before the value (`sample-` or `sample_` first), or describes the value it wants
 * (`@someThingComplicated1234`, eShopOnWeb's SQL Server password), and xkcd 936's `correct horse battery staple`,
 * the passphrase of a thousand examples. A value that opens by saying it is wrong (`InvalidBase64!`, `malformed-key`,
 * `bogus_token`) is what a test sends to be refused; one that says what replaces it (`REPLACE-WITH-GCS_PRIVATE_KEY`) is a slot,
 * and one that states the length it must have (`apassphrasewhichneedstobe32bytes`, `must-be-at-least-32-characters`) says
 * what a real key must be, and is none.
 */
const STAND_IN_WORDS = /example|placeholder|your[_-]?(?:api|access|secret|token|key|pass|pwd|own|app|client|db|auth)|your[_-](?:[a-z0-9]{1,20}[_-]){1,3}(?:pass(?:word|wd)?|pwd|secret|token|key)|ch[a4@]n[g6][e3][-_]?(?:m[e3]|th[i1]s|[i1]t\b)|replace[_-]?me|^replace[_ -]?with[_ -]|insert[_-]?(?:your|key|token|here)|redact|specimen|please[_-]?change|^please[_-]?(?:generate|set|use|enter|provide|create|put|fill|insert|replace|add|choose|pick)|change[_-]?(?:it[_-]?)?(?:in|for|before)[_-]?prod|dummy|some[_-]?random|(?:^|[_-])some[ _-]?(?:password|passwd|secret|token|api[_-]?key|key|value|string)(?![a-z])|^random(?:$|[ _-]?(?:string|value|secret|key|token|password))|not[_-]?(?:a[_-]?)?(?:real|secret)|fake[_-]?(?:key|token|secret)|[ _-]here(?![a-z])|goes[_-]?here|^set[_-](?:a|the|your)[_-]|^your.{0,24}pass(?:word|wd)|^this[_-]?is[_-]?(?:a|an|my|our|your|the|not)[_-]|^sample[_-]|correct[ _+-]?horse[ _+-]?battery[ _+-]?staple|^\W?some[ _-]?thing[ _-]?(?:complicated|complex|secret|secure|strong|random|long)|^(?:invalid|incorrect|malformed|bogus)|needs?[_-]?to[_-]?be|must[_-]?be[_-]?at[_-]?least|at[_-]?least[_-]?\d{1,3}[_-]?(?:chars?|characters|bytes|bits)|\d{1,3}[_-]?(?:chars|characters|bytes)(?:[_-]?long)?$|^insecure$|^minioadmin$|^vagrant$|^android$|^infected$|^malware$|^tegbzn6789$|xxxx|\*\*\*\*|\.\.\.\.|•|…/i;

/**
 * A sentence telling the reader what to put there (`replace with llama api key`, `place your Groq API Key - this is
 * for STT`, `please your WhatsApp access token`, `enter the admin password`): a verb of supplying a value, then
 * `your`, `the`, `with`… and another word, separated by spaces. A template's instruction written out as prose, as
 * `your-api-key-here` is written as a slug; no issued token holds a space, and a person's passphrase seldom opens with
 * such an order.
 */
const INSTRUCTION =
  /^(?:please[ ]{1,3})?(?:replace|place|put|insert|enter|paste|add|fill[ ]{1,3}in|provide|type|write|set|copy|please)[ ]{1,3}(?:your|the|a|an|with|here|in|this|it|my)[ ]{1,3}[A-Za-z]/i;

/**
 * A mask written over a value before it is logged or shown (`'**masked**'`, `[hidden]`, `<removed>`, `--omitted--`):
 * the word between marks, what code puts in place of a password so that it does not leak. The marks are required:
 * a bare `hidden` may be a (weak) password someone chose.
 */
const MASK = /^[*#<([{_-]{1,4}(?:masked|hidden|obfuscated|censored|omitted|removed|scrubbed|sanitized|filtered|secret)[*#>)\]}_-]{1,4}$/i;

/**
 * A marker a test plants to see whether a value leaks (`SENTINEL-10`, `eyJSENTINEL_HEADER.…`, `SENTINEL_PW`):
 * capitals, as such markers are written; a Redis Sentinel host (`redis-sentinel-0`) is lowercase.
 */
const MARKER = /SENTINEL/;

/**
 * Credentials their vendor publishes as fixed defaults, the same on every machine: the account keys of
 * the Azure Storage emulator (Azurite) and of the Cosmos DB emulator, and a public search key a tool ships. Documentation,
 * not a leak, wherever they appear (a generic `emulatorAccountKey = "…"` too).
 */
export const PUBLISHED_DEFAULT_KEYS: ReadonlySet<string> = new Set([
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
  'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==',
  // the search-only Algolia key of the npm-search index that Yarn 2+ ships in every release and in
  // its interactive-tools plugin (committed as .yarn/releases/yarn-*.cjs in Yarn projects)
  '6fe4476ee5a1832882e326b506d14126',
  // the Google API key in every Google Chat incoming webhook's URL (`…/messages?key=AIza…&token=…`): the same in all of
  // them, the token beside it is each webhook's secret (google-chat-webhook-url reports the whole URL)
  'AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI',
  // keys that vendors print in their own documentation, SDK samples and tests, copied verbatim into
  // integrations: they have the vendor's shape and sit under its name, and are documentation, not leaks
  '28790ecd46256d9024e7b21a737493b2ed2872e6883808a87843d1ce9839d0d3', // SingleStore, Flow on Helios guide
  'DAb75oyqVeaE7BI6Aa74FaRSP0E2tMZXkDWLC9wNQdcpGfH51r', // Civo, the CLI's README
  'EXEgWIz07P0HYwtQDs7cNIqCiQaWSuHF', // OVHcloud, first-steps guide (application secret)
  'MtSwSrPpNjqfVSmJhLbPyr2i45lSwPU1', // OVHcloud, first-steps guide (consumer key)
  'SB-Mid-server-GwUP_WGbJPXsDzsNEBRs8IYA', // Midtrans, the Node.js client's examples
  'tk_AgQdq7mVBoFD37zQVN29RhuMzNIz2', // ntfy, the access token of its publishing and client-config docs
  'xnd_development_P4qDfOss0OCpl8RtKrROHjaQYNCk9dN5lSfk+R1l9Wbe+rSiCwZ3jw==', // Xendit, API reference
  '346HZ32z3fP4hTG2', // Authorize.Net, sample code's transaction key
  // MinIO's public playground (play.min.io): an open sandbox whose keys its docs, SDK READMEs and functional tests print
  'Q3AM3UQ867SPQQA43P2F',
  'zuf+tfteSlswRu7BJ86wekitnifILbZam1KYY3TG',
  'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j', // Binance, signed-request examples
  'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A', // Binance, signed-request examples
  'Fhs4lGae2qAi6VNjbJjebUAwXrIChb7mlf372UOICMwdKaNdNBGKtfdeUff2TTTT', // Binance, key-types page
  '9f7d929b018cdffb338517efa06f58359e86ff1ffd350bc889738523659e7972', // Ankr, the shared key ethers.js ships
  // ethers.js's other community keys, shipped in every copy of it (node_modules, vendored ethers.min.js): its provider
  // documentation says a highly-throttled shared key is used by default; the source, "provided to ethers.js by Alchemy"
  '_gg7wSSi0KMBsdKnGVfHDueq6xMB9EkC', // Alchemy, ethers.js's AlchemyProvider default
  '919b412a057b5e9c9b6dce193c5a60242d6efadb', // QuickNode, ethers.js's QuickNodeProvider default
  'sandbox-afXhZPW0MQlE4dCUUlHcEopnMBgXnAZI', // iyzico, the Node.js SDK's samples (API key)
  'sandbox-wbwpzKIiplZxI3hh5ALI4FJyAcZKL6kq', // iyzico, the Node.js SDK's samples (secret key)
  'sk-helicone-aizk36y-5yue2my-qmy5tza-n7x3aqa', // Helicone, its repository's tests
  'C113nt53KR3TN6N90yVuAgICxIRwsObLi0E67/N8eRN=', // Akamai EdgeGrid, documentation (client secret)
  'akab-acc35t0k3nodujqunph3w7hzp7-gtm6ij', // Akamai EdgeGrid, documentation (access token)
  'my-minio-key:OSMM+vkKUTCvQs9YL/CVMIMt43HFhkUpqJxTmGl6rYw=', // MinIO, the KMS guide's single-key example
  'akab-c113ntt0k3n4qtari252bfxxbsl-yvsdj', // Akamai EdgeGrid, documentation (client token)
  'K0014pbwo1zxcIVMnqSNTfWHReU/O3s', // Backblaze B2, the Python SDK's glossary
  '4ef48caf-3b9a-492a-6ffe-9961ead7522d2ac3f9b5-1d1c-5511-80ca-29788315287b', // Bunny.net, API reference
  'ucat_01DQE3AJDEBFEKECFM558TGH2F', // UpCloud, API documentation
  'ucat_01DEADBEEFDEADBEEFDEADBEEF', // UpCloud, the Go SDK's tests
  'EXO29147e9f89102b7ac1e88514', // Exoscale, the OpenAPI reference's signing example
  'VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==', // Elasticsearch, Create API key example
  'gtdfxv9YgVBYcF6dl2Eq17KUQJN2PLM2ODVTkvoT', // Duo, the signing test vector of its client libraries
  'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM', // Mollie, the PHP client's README and documentation
  'd2d561f5ff80136f69b4b5a31b9fb3c9', // Loops, the API documentation's authentication example
  'perm:cm9vdA==.dG9rZW4=.rNZ38ije7uiWwnUTRDdyFDdUkoPUPi', // YouTrack, permanent-token authorization guide
  'bbcfce79a2d95037502f7e9a534906d3466c9a1484beb6ea0f4e7be28e8b8ce2', // Zabbix, token.generate reference
  'fa1258a83d518eabd87698a96bd7f07e5a6ae8aeb8463cae33d50b91dd21bd6d', // Zabbix, token.generate reference
  'vaxb9hzqdbz3oqukvomg', // ThingsBoard, the REST API's device-profile example (its Swagger descriptions)
  'werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn', // Postman Echo, the Hawk auth key its documentation gives for /auth/hawk
  'D+EdQ-gs$-%@2Nu7', // Postman Echo, the OAuth 1.0 consumer secret its documentation gives for /oauth1
  'jpmwdn8ptlswmf4m29bw', // ThingsBoard, the REST API's provisioning request example (its Swagger descriptions)
  '9fcb1158165773dd010fca5f0cf7174316c3e37d', // Gitea, API usage guide (token creation response)
  '401f7ac837da42b97f613d789819ff93537bee6a', // Django REST framework, TokenAuthentication's docstring (vendored with it)
  'SW2YcwTIb9zpOOhoPsMm', // Grafana, the `secret_key` of its defaults.ini and sample.ini, copied into every grafana.ini
  'cg8StVXbQJ0gPvMd9o7yrg==', // Consul/Nomad gossip key, HashiCorp's encryption guides (`consul keygen` output, `-encrypt=` example)
  'pUqJrVyVRj5jsiYEkM/tFQYfWyJIv4s3XkvDwy7Cu5s=', // Consul gossip key, the keyring API docs' sample response
  'La/E5CjG9O+os1jq0a2jdA==', // BIND TSIG key `host1-host2`, the Administrator Reference Manual's TSIG example
  'pRP5FapFoJ95JEL06sv4PQ==', // ISC DHCP `key DHCP_UPDATER`, the dhcpd.conf(5) manual's dynamic DNS example
  'sha1:67c9e60bb8b6:9ffede0825894254b2e042ea597d771089e11aed', // Jupyter password hash, the notebook's public-server guide (`passwd()` output)
  'sha1:0e112c3ddfce:a68df677475c2b47b6e86d0467eec97ac5f4b85a', // Jupyter/IPython password hash of 'mypassword', the `passwd_check` docstring
  'k1dnz1Dd0rzTBjjFFh7CXPnrF12C49B1', // Syncthing, the config.xml example in its docs and syncthing-config(5)
  '9RCKohqCAyrj5RjpyZdR2wXmQ9PyQFeN', // Syncthing, the GUI example in its FAQ (syncthing-faq(7))
  '4nq9771bPxe8ctg7LKr_2ClH7Y15Zqe4bWLWF9p', // ngrok, the authtoken of the agent config reference (ngrok.yml v2 example)
  '24yRd5U3DestCQapJrrVHLOqiAC_7RviwRqpd3wc9dKLujQZN', // ngrok, the api_key of the agent config reference (ngrok.yml v2 example)
  'bOFFzzvfpg5DB94DuBGLXD/hMnhpDKgP9UQyBulwWVU=', // ESPHome native-API key, the test key of ESPHome's api component, aioesphomeapi and Home Assistant's ESPHome integration
  // Slack, the verification token of the Events API's url_verification example (api.slack.com/events/url_verification),
  // copied into the sample envelopes of webhook tools, SDK tests and tutorials
  'Jhj5dZrVaK7ZwHHjRyZWjbDl',
  // the trusted-client token Microsoft Edge's Read Aloud sends with every request, the same in every copy of the
  // browser; every Edge TTS client (edge-tts, msedge-tts and their ports) ships it
  '6A5AA1D4EAFF4E9FB37E23D68491D6F4', // Microsoft Edge, Read Aloud's TrustedClientToken
]);

/**
 * The private keys of the development accounts of local Ethereum chains, derived from the mnemonic `test test test
 * test test test test test test test test junk` along m/44'/60'/0'/0/i: funded on no real network, printed by the
 * tools themselves and copied into every tutorial, hardhat.config and .env of a local deployment. Accounts 0 to 9 are
 * what Anvil prints at start (Foundry's Anvil documentation, getfoundry.sh/anvil, "Available Accounts"/"Private Keys");
 * Hardhat prints 0 to 19 (`npx hardhat node`, its Hardhat Network documentation; 20 is the count of its default HD
 * accounts config). Lowercase, without `0x`.
 */
export const DEVELOPMENT_CHAIN_KEYS: ReadonlySet<string> = new Set([
  'ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80', // Anvil and Hardhat, account 0
  '59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d', // Anvil and Hardhat, account 1
  '5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a', // Anvil and Hardhat, account 2
  '7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6', // Anvil and Hardhat, account 3
  '47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a', // Anvil and Hardhat, account 4
  '8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba', // Anvil and Hardhat, account 5
  '92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e', // Anvil and Hardhat, account 6
  '4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356', // Anvil and Hardhat, account 7
  'dbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97', // Anvil and Hardhat, account 8
  '2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6', // Anvil and Hardhat, account 9
  'f214f2b2cd398c806f84e317254e0f0b801d0643303237d97a22a48e01628897', // Hardhat, account 10 (`npx hardhat node`)
  '701b615bbdfb9de65240bc28bd21bbc0d996645a3dd57e7b12bc2bdf6f192c82', // Hardhat, account 11
  'a267530f49f8280200edf313ee7af6b827f2a8bce2897751d06a843f644967b1', // Hardhat, account 12
  '47c99abed3324a2707c28affff1267e45918ec8c3f20b8aa892e8b065d2942dd', // Hardhat, account 13
  'c526ee95bf44d8fc405a158bb884d9d1238d99f0612e9f33d006bb0789009aaa', // Hardhat, account 14
  '8166f546bab6da521a8369cab06c5d2b9e46670292d85c875ee9ec20e84ffb61', // Hardhat, account 15
  'ea6c44ac03bff858b476bba40716402b03e41b8e97e276d1baec7c37d42484a0', // Hardhat, account 16
  '689af8efa8c651a91ad287602527f3af2fe9f6501a7ac4b061667b5a93e037fd', // Hardhat, account 17
  'de9be858da4a475276426320d5e9262ecfc3ba460bfac56360bfa6c4c28b4ee0', // Hardhat, account 18
  'df57089febbacf7ba0bc227dafbffa9fc08a93fdc68e1e42411a14efcf23656e', // Hardhat, account 19
]);

/** A development chain's published key, written with or without `0x`, in either case. */
export function isDevelopmentChainKey(value: string): boolean {
  const hex = value.length === 66 && (value.startsWith('0x') || value.startsWith('0X')) ? value.slice(2) : value;
  return hex.length === 64 && DEVELOPMENT_CHAIN_KEYS.has(hex.toLowerCase());
}

/**
 * Example secrets printed in documentation, copied into tests and configs, often repeated to a
 * required length: Google Authenticator's TOTP example `JBSWY3DPEHPK3PXP` (base32 of "Hello!" and
 * 0xDEADBEEF); AWS's example secret access key (`wJalrXUtnFEMI/K7MDENG/…`), often cut short; the PHP
 * manual's crypt() example salt (`$2y$04$usesomesillystringfor…`).
 */
const PUBLISHED_EXAMPLES = /JBSWY3DPEHPK3PXP|^wJalrXUtnFEMI|usesomesillystringfor/;

/**
 * The digests of nothing: MD5, SHA-1 and SHA-256 of the empty input (`d41d8cd9…`, `da39a3ee…`, `e3b0c442…`), what a
 * password or key field holds when an empty value was hashed (Domoticz stores its web password as MD5), and what
 * tests and docs print as "some hash". No secret is the digest of nothing.
 */
const EMPTY_DIGEST = /^(?:d41d8cd98f00b204e9800998ecf8427e|da39a3ee5e6b4b0d3255bfef95601890afd80709|e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855)$/i;

/**
 * The example UUID of the encyclopaedias and of countless OpenAPI descriptions (`123e4567-e89b-12d3-a456-426614174000`),
 * known by its tail when a test retypes its head or last digits (`987e6543-e21b-12d3-a456-426614174999` as an API
 * key). Only for generic detectors (isPlaceholder): under a vendor's name and format (Postmark's tokens are bare
 * UUIDs) a value pasted as that vendor's token is still reported.
 */
const EXAMPLE_UUID = /-12d3-a456-426614174[0-9]{3}$/i;

/**
 * A token's prefix with its body left out (`sk_test_`, `whsec_`, `xoxb-`, `glpat-`): a template showing which
 * kind of key goes there; lowercase letters before a final separator, nothing a vendor issues.
 */
const BARE_PREFIX = /^[a-z]{2,8}(?:_[a-z]{2,8})?[_-]$/;

/**
 * A token's prefix with a counting stand-in for its body (`sk_12345`, `whsec_1234`, `pk_test_123456`, `sk_abc123`, `sk_xxx`,
 * OpenAI-style `sk-123abc`, `sklive-123xyz`):
 * the template of a vendor's sample (`STRIPE_SECRET_KEY=sk_12345` in its `.env.example`) showing which kind of key goes
 * there. A generic detector's value only (isPlaceholder): the vendor detectors already want a full-length body. Key
 * prefixes are abbreviations of two or three letters (and Stripe's `whsec_`); a person's password made of a word and a
 * counter (`mail_12345`, `admin_12345`) is no key's prefix and stays a weak credential.
 */
const PREFIXED_STAND_IN = /^(?:[a-z]{2,3}|whsec)(?:[_-]?(?:test|live|prod|dev|sandbox))?[_-](?:1234(?:5(?:6(?:7(?:89?)?)?)?)?|abc123|123abc|xyz123|123xyz|x{3,})$/;

/**
 * A description of the value written in PascalCase words after "The" (`TheSecretKeyObtainedFromR2`, koel's docs;
 * `TheTokenFromStep2`): a phrase that says what goes there. Words of two to fourteen lowercase letters each, so a
 * random value that happens to open with "The" is none.
 */
const DESCRIPTION = /^The(?:[A-Z][a-z]{1,14}){2,8}(?:[A-Z0-9]{1,3})?$/;

/** A run of one character: no issued credential holds one. */
const RUN = /(.)\1{5,}/;

/** The order a value is counted out in: digits, then letters (hex digits first). */
const COUNTING_ORDER = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A value counted out from end to end (`0123456789abcdef0123456789abcdef01234567`, `0000111122223333…eeeeffff`):
 * each character the next one in counting order (digits, then letters; back to `0` after `9`, `f` or `z`) or the
 * same one again, at most four times. The shape certbot's DNS plugins and many vendors' docs give a key they show
 * (hex digits counted, or each written four times); a random value of 16 characters is one of these about once
 * in 10^15. The whole value only: a vendor's prefix before a counted body (`sk_test_0123…`) is not one. Part of
 * isPlaceholder, not isStandIn: under a vendor's name and format such a typed value is still reported, as the
 * counting sequences are.
 */
function isCountedOut(value: string): boolean {
  if (value.length < 16 || value.length > 128) return false;
  const v = value.toLowerCase();
  let repeats = 0;
  for (let i = 1; i < v.length; i++) {
    const prev = COUNTING_ORDER.indexOf(v[i - 1] as string);
    const next = COUNTING_ORDER.indexOf(v[i] as string);
    if (prev < 0 || next < 0) return false;
    if (next === prev) {
      if (++repeats > 3) return false;
      continue;
    }
    repeats = 0;
    const wraps = next === 0 && (prev === 9 || prev === 15 || prev === 35);
    if (next !== prev + 1 && !wraps) return false;
  }
  return true;
}

/** The step from one hex digit to the next of its kind: +1 or -1 in counting order (digits wrap 9↔0, letters f↔a), else 0. */
function countingStep(a: number, b: number): number {
  const digits = a >= 48 && a <= 57 && b >= 48 && b <= 57;
  if (digits) {
    const d = (b - a + 10) % 10;
    return d === 1 ? 1 : d === 9 ? -1 : 0;
  }
  if (a < 97 || a > 102 || b < 97 || b > 102) return 0;
  if (b - a === 1 || (a === 102 && b === 97)) return 1;
  if (a - b === 1 || (a === 97 && b === 102)) return -1;
  return 0;
}

/**
 * Two counts of hex digits typed in turn, a digit then a letter (`5e6f7a8b9c0d1e2f`, `9a8b7c6d5e4f3a2b`, `2c3d4e5f6`):
 * each kind steps one place up or down at every turn, for eight characters or more. The shape `a1b2c3d4` generalised,
 * as a hand-written sample id or token of hex in a fixture is typed; in random hex one such run of eight is about one
 * value in 10^5 of 32 characters (six characters each fixed by those before). Hex only: a count through the whole
 * alphabet (`3m4n5o6p…`) is left to the sequences above, as the rules' own test vectors are typed so.
 */
function hasInterleavedCount(value: string): boolean {
  if (value.length < 8 || value.length > 256) return false;
  const v = value.toLowerCase();
  const isDigit = (c: number): boolean => c >= 48 && c <= 57;
  let runStart = 0;
  let dirs: [number, number] = [0, 0];
  for (let j = 2; j < v.length; j++) {
    const a = v.charCodeAt(j - 2);
    const b = v.charCodeAt(j);
    const step = countingStep(a, b);
    const alternates = isDigit(v.charCodeAt(j - 1)) !== isDigit(b);
    const parity = (j - runStart) % 2;
    if (step !== 0 && alternates && (dirs[parity] === 0 || dirs[parity] === step)) {
      dirs[parity] = step;
      if (j - runStart + 1 >= 8) return true;
    } else {
      // the run restarts at j-1: its pair (j-1, j) is checked from j+1 on
      runStart = j - 1;
      dirs = [0, 0];
    }
  }
  return false;
}

/**
 * Counting and keyboard sequences: rare in random values, common in values typed by hand. And the hex words
 * programmers type for a value of hex digits (`DEADBEEF`, `CAFEBABE`, `FEEDFACE`, `BAADF00D`, `DECAFBAD`):
 * eight given letters, about once in four billion places of random hex.
 */
const SEQUENCE = /0123456|1234567|abcdefg|qwerty|a1b2c3d4|1a2b3c4d|deadbeef|cafebabe|feedface|baadf00d|decafbad/i;

/**
 * True when the value stands in for a credential: empty, a reference to another value, a stand-in
 * word or a run of one character. What vendor-format detectors reject: when the format itself (a
 * prefix, a checksum, the vendor's name and a key word) says "credential", a value typed by hand
 * (`sk_test_1234567890abcdef…`) is still one, pasted into a file as such.
 */
export function isStandIn(value: string): boolean {
  const v = value.trim();
  if (v.length === 0 || PUBLISHED_DEFAULT_KEYS.has(v) || PUBLISHED_EXAMPLES.test(v) || EMPTY_DIGEST.test(v) || isDevelopmentChainKey(v)) return true;
  if (REFERENCE.some((re) => re.test(v))) return true;
  if (STAND_IN_WORDS.test(v) || INSTRUCTION.test(v) || MARKER.test(v) || MASK.test(v) || BARE_PREFIX.test(v) || DESCRIPTION.test(v)) return true;
  return RUN.test(v);
}

/**
 * isStandIn, or a counting/keyboard sequence: what generic detectors reject, whose only evidence is
 * a name and a value's shape, where `1234567890` is far more often a sample than a secret.
 */
export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  return isStandIn(value) || standInInLeet(v) || SEQUENCE.test(v) || isCountedOut(v) || EXAMPLE_UUID.test(v) || PREFIXED_STAND_IN.test(v) || typedOnKeyboardRows(v) || hasInterleavedCount(v) || inFewRuns(v) || NAMED_VALUE.test(v) || isRepeatedUnit(v);
}

/**
 * A short unit typed three times or more (`136020D511BF136020D511BF136020D511BF`, syncthing's example API key;
 * `abc123abc123abc123`): a value filled to length by hand. A generated value of twelve characters or more repeats
 * no unit of two to sixteen characters end to end.
 */
function isRepeatedUnit(value: string): boolean {
  if (value.length < 12 || value.length > 128) return false;
  for (let unit = 2; unit <= 16 && unit * 3 <= value.length; unit++) {
    if (value.length % unit !== 0) continue;
    const head = value.slice(0, unit);
    if (value === head.repeat(value.length / unit)) return true;
  }
  return false;
}

/**
 * A value written as two or three runs of one character each, three or more long (`aaaa1111`, `dddd4444`, `xxx000`,
 * `zzzz9999zzzz`): the stand-ins a chart's dev values give each token so that a reader tells them apart. A run of six
 * is a stand-in already (RUN); a random value of eight characters is this about once in 10^12.
 */
function inFewRuns(value: string): boolean {
  if (value.length < 6 || value.length > 64) return false;
  let runs = 0;
  for (let i = 0; i < value.length; ) {
    let j = i + 1;
    while (j < value.length && value[j] === value[i]) j++;
    if (j - i < 3 || ++runs > 3) return false;
    i = j;
  }
  return runs >= 2;
}

/**
 * A value named as a value: an identifier whose last word is "value" (`part2aValue` under `part2aKey`, `myValue`,
 * `secret_value`, `TOKEN_VALUE`), what a sample config writes to show where a key's value goes. A generated secret
 * never ends in the word.
 */
const NAMED_VALUE = /^(?:value\d{0,3}|[a-z][a-z0-9]{0,30}(?:[A-Z][a-z0-9]{0,20}){0,4}Value\d{0,3}|[a-z][a-z0-9]{0,30}(?:[_-][a-z0-9]{1,20}){0,4}[_-]value\d{0,3}|[A-Z][A-Z0-9]{0,30}(?:_[A-Z0-9]{1,20}){0,4}_VALUE\d{0,3})$/;

/**
 * The stand-in words spelt with digits and signs for letters (`S0m3R@nd0mString0f32Ch@rsEx@ct1y`, Firefly III's
 * "SomeRandomStringOf32CharsExactly" typed to look strong): read back as letters, they are the words. A generic
 * detector's value only, as the counting sequences are.
 */
function standInInLeet(value: string): boolean {
  if (value.length > 128 || !/[013457$@]/.test(value)) return false;
  const letters = value.replace(/[013457$@]/g, (c) => LEET[c] ?? c);
  // words throughout, read back: a stand-in glued to a random tail (`N0tAS3cr3tXq7Lm2`) is still a chosen secret
  const words = letters.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g) ?? [];
  return words.every((w) => w.length < 3 || /[aeiouy]/i.test(w)) && STAND_IN_WORDS.test(letters);
}

const KEYBOARD_ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/**
 * Typed along the keyboard's rows, four keys or more at a time (`asdfqwer1234asdf`, `zxcvasdf`): at
 * least three quarters of a value of eight or more. A random value almost never holds one such run.
 */
function typedOnKeyboardRows(value: string): boolean {
  if (value.length < 8 || value.length > 64) return false;
  const v = value.toLowerCase();
  let covered = 0;
  for (let i = 0; i < v.length; ) {
    let run = 1;
    const row = KEYBOARD_ROWS.find((r) => r.includes(v[i] as string));
    if (row) {
      let at = row.indexOf(v[i] as string);
      while (i + run < v.length && row[at + 1] === v[i + run]) {
        run++;
        at++;
      }
    }
    if (run >= 4) covered += run;
    i += run;
  }
  return covered * 4 >= v.length * 3;
}

/**
 * Separate runs of three ascending letters or digits (`abc`, `123`, `def`): a value typed to look like
 * a key (`abc123def456ghi789`) has many, a random one of 40 characters almost never three. Not part of
 * isPlaceholder: a rule's own examples are typed this way, and where a name says "credential" such a
 * value is still reported; a detector with weaker evidence (a URL parameter) asks for it.
 */
export function steppedRuns(value: string): number {
  let runs = 0;
  for (let i = 0; i + 2 < value.length; i++) {
    const a = value.charCodeAt(i);
    const alnum = (a >= 48 && a <= 55) || (a >= 65 && a <= 88) || (a >= 97 && a <= 120); // the run stays in its class
    if (alnum && value.charCodeAt(i + 1) === a + 1 && value.charCodeAt(i + 2) === a + 2) {
      runs++;
      i += 2;
    }
  }
  return runs;
}

/**
 * Words typed where a password goes: the slot's own name, defaults (`admin`, `root`), test passwords (`testpass`), the
 * first digits (`123456`), lowercase words glued to a password word (`vaultpw`, `serviceaccountpassword`) or to
 * `secret` (`mygeneratedsecret`, `shopsessionsecret`) or `secretkey` (Hasura's template `myadminsecretkey`): a phrase
 * naming the slot, typed without separators; and the value a test sends to be refused (`wrong`, `invalid`, `incorrect`).
 */
const PASSWORD_WORDS =
  /^(?:pass(?:word|wd|phrase)?\d{0,6}|pwd|pw|(?:super|top|my)?[-_]?secret\d{0,4}|token|my[-_]?(?:token|key)|mypass(?:word)?|yourpass(?:word)?|user(?:name)?|admin|root|toor|test(?:ing)?[_-]?(?:pass(?:word|wd)?|pwd|pw|secret)?\d{0,4}|[a-z]{2,20}[-_]?(?:pass(?:word|wd)?|pwd|pw|secret(?:[-_]?key)?)|login|foo|bar|foobar|none|null|empty|string\d{0,4}|wrong|invalid|incorrect|x+|\*+|\.+|-+|1234|12345|123456|0+)$/i;

/**
 * The word "password" in other languages, where a translated help text or manual writes the slot
 * (`ftp://nazwa_użytkownika:hasło@nazwa_hosta/`, `user:passwort@host`, `usuario:contraseña@servidor`):
 * the slot's name, as `password` is in English. Whole values only: Polish, German, Spanish, French,
 * Portuguese, Italian and Romanian (`parola`), Dutch, Swedish, Danish and Norwegian, Finnish, Czech and Slovak,
 * Hungarian, Turkish, Russian and Ukrainian, Greek, Chinese, Japanese, Korean.
 */
const TRANSLATED_PASSWORD =
  /^(?:has[lł]o|heslo|passwor[dt]|kennwort|contrase[nñ]a|mot[-_ ]?de[-_ ]?passe|senha|parola|wachtwoord|l[öo]senord|adgangskode|passord|salasana|jelsz[óo]|[şs]ifre|пароль|密码|密碼|パスワード|비밀번호|κωδικός)$/iu;

/**
 * "password" spelt with digits and symbols for letters, maybe after "my" or "strong" and before a
 * counter (`P@ssw0rd`, `Passw0rd1!`, `Str0ng!P@ss#123`, `p@ssw0rd#123`), or after up to three such words
 * (`YourStr0ng!Passw0rd`, `MySecureP@ss1`, `some!Password`, `ReallyStrongPwd1234%^&*`, and "secret" or "top secret" before it: `S3cr3tP@ss`,
 * `SuperSecretP@ssw0rd!`, `MyT0pS3cr3tPass`): the sample password of countless docs and tests (SQL Server's
 * container docs among them), typed to pass a strength rule. "secret" alone (`s3cret!`) is not such a phrase:
 * it stays a weak password.
 */
export function isLeetPassword(value: string): boolean {
  if (value.length > 40) return false;
  // `@` stands for `a` (`P@ssw0rd`) or between words (`Pass@word1`, SQL Server's samples)
  return [value, value.replace(/(?<=[A-Za-z])@(?=[A-Za-z])/g, '')].some((v) => {
    const letters = typedLetters(v.replace(/[%^&*+=~]{1,6}$/, '')); // symbols typed after the counter (`…1234%^&*`)
    return letters !== undefined && /^(?:my|the|your|some|really|very|strong|secure|super|test|secret|top){0,3}(?:pass(?:word|wd)?|pwd|passwort)$/.test(letters);
  });
}

/** What a digit or sign stands for in a word typed to look strong. */
const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '|': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '$': 's', '@': 'a' };

/**
 * The letters a value typed to look strong spells (`P@ss!#word123` → password, `Cl1ent$ecret!` →
 * clientsecret): a trailing counter of digits and `!#*?.` dropped, digits and signs read as the letters
 * they stand for, separators and `!#*?` inside dropped; undefined when any other character is left.
 */
export function typedLetters(value: string): string | undefined {
  let end = value.length;
  while (end > 0 && '0123456789!#*?.'.includes(value[end - 1] as string)) end--;
  let letters = '';
  for (const ch of value.slice(0, end).toLowerCase()) {
    const c = LEET[ch] ?? ch;
    if (c >= 'a' && c <= 'z') letters += c;
    else if (!'-_ .#*?!'.includes(c)) return undefined;
  }
  return letters;
}

/** An UPPER_SNAKE name, maybe with numbered parts (`DB_PASSWORD`, `TOKEN_FROM_STEP_1`). */
const CONSTANT_NAME = /^[A-Z]{2,30}\d{0,2}(?:_(?:[A-Z]{2,30}\d{0,2}|\d{1,3})){1,7}$/;

/**
 * An UPPER_SNAKE name written where a value goes (`USERNAME:PERSONAL_ACCESS_TOKEN`, `DB_USER:DB_PASSWORD`, a guide's
 * numbered `Bearer PERSONAL_ACCESS_TOKEN_FROM_STEP_1`): the slot's name, to fill in. Needs a letter word after the first.
 */
export function isConstantName(value: string): boolean {
  return CONSTANT_NAME.test(value) && /_[A-Z]/.test(value);
}

/**
 * Lowercase words ending in the slot's word (`some-token`, `admin-token`, `unleash-insecure-api-token`,
 * `broker_keystore_creds`: the name of the file Confluent's Kafka images read a keystore's password from),
 * maybe after a scope (`default:development.`, Unleash's `project:environment.` before a token's secret), maybe
 * with a year or counter after it (`shop-local-development-secret-key-2025`):
 * a phrase naming what goes there, not what goes there.
 */
const SLOT_PHRASE = /^(?:[a-z*]{1,30}:[a-z]{1,30}\.)?(?:[a-z]{2,16}[-_]){1,6}(?:token|secret|key|pass(?:word|wd)?|pwd|apikey|cred|credential)s?(?:[-_]\d{1,4})?$/;

/**
 * A few words joined by separators or spaces, one of them the slot's own word (`encoded&password`, `password-for-dev`,
 * `dev.password.1`, httpx's `a secret` in `https://jo%40email.com:a%20secret@…`): a test's or a sample's made-up
 * value that says what it stands for.
 */
const WORDS_WITH_SLOT_WORD = /^(?=(?:.*[-_.&+: ])?(?:pass(?:word|wd)?|secret|pwd)(?:[-_.&+: ]|$))[a-z0-9]{1,12}(?:[-_.&+: ][a-z0-9]{1,12}){1,3}$/i;

/**
 * A label in words for a key or a token (`Access Token`, `Consumer Key`, written percent-encoded in an OAuth header's
 * fields, `oauth_token="Access%20Token"`): two to four words, the last the slot's own.
 */
const SLOT_LABEL = /^(?:[A-Za-z]{1,20} ){1,3}(?:token|key|passphrase)$/i;

/** A camelCase name of the slot (`accessKey:secretKey@host`, `user:myPassword`): a slot to fill in. */
const SLOT_NAME = /^[a-z]{2,12}(?:[A-Z][a-z]{1,12}){1,3}$/;
const SLOT_WORD = /(?:Pass(?:word|wd)?|Secret|Key|Token|Pwd)$/;

/**
 * Accounts that documentation has written for decades as the example of a login, user and password together:
 * Oracle's demo schema SCOTT/TIGER (every SQLAlchemy docstring's `postgresql://scott:tiger@localhost/test`),
 * RFC 7617's Aladdin / open sesame, and Tomcat's manager user in its tomcat-users.xml example (tomcat / s3cret,
 * which Telegraf's Tomcat input sets as its default). The pair only: `tiger` alone, or another user's, is judged
 * as any password.
 */
const DEMO_ACCOUNTS: ReadonlyMap<string, readonly string[]> = new Map([
  ['scott', ['tiger']],
  ['aladdin', ['open sesame', 'opensesame']],
  ['tomcat', ['s3cret']],
]);

/** The user of the demo account whose password this is (`tiger` → `scott`), when it is one. */
export function demoAccountUser(password: string): string | undefined {
  const pw = password.toLowerCase();
  for (const [user, passwords] of DEMO_ACCOUNTS) if (passwords.includes(pw)) return user;
  return undefined;
}

/**
 * True for a documentation's demo account (DEMO_ACCOUNTS): its password, or that password with a few characters
 * added where a server demands a stronger one (SQL Server's `scott:tiger^5HHH` in SQLAlchemy's test setup).
 */
export function isDemoAccount(user: string, password: string): boolean {
  const pw = password.toLowerCase();
  return DEMO_ACCOUNTS.get(user.toLowerCase())?.some((demo) => pw.startsWith(demo) && pw.length - demo.length <= 6) === true;
}

/**
 * True for passwords that are stand-ins (in a URL, a connection string, a compose file's URL, a store):
 * too short, templates, variables, route parameters, the slot's name, words (with a counter: `admin123`),
 * or the user name again (`minio:minio123`) or a word of it (`app_reader:app`).
 */
export function isPlaceholderPassword(password: string, user = ''): boolean {
  // a URL's password is written percent-encoded (`a%20secret`, `p%40ss`): judged as what it stands for too
  if (/%[0-9A-Fa-f]{2}/.test(password)) {
    const decoded = percentDecoded(password);
    if (decoded !== password && isPlaceholderPassword(decoded, percentDecoded(user))) return true;
  }
  if (user !== '' && isDemoAccount(user, password)) return true;
  if (password.length < 4 || isPlaceholder(password) || PASSWORD_WORDS.test(password) || TRANSLATED_PASSWORD.test(password) || isLeetPassword(password)) return true;
  // a syntax line's optional parts (`postgres://[user[:password]]@localhost[/dbname]`), a template's field as the user (`https://{token}:x-access-token@host`)
  if (user.startsWith('[') || user.startsWith('{') || password.endsWith(']]')) return true;
  if (/\$\{|\{\{|\{\$|%\(|%[sdv](?![0-9A-Fa-f])|\{\w*\}|^\$|^:/.test(password)) return true;
  if (isConstantName(password) || SLOT_PHRASE.test(password) || WORDS_WITH_SLOT_WORD.test(password) || SLOT_LABEL.test(password) || (SLOT_NAME.test(password) && SLOT_WORD.test(password))) return true;
  // a word with a counter (`admin123`, `foobar1`, French `motdepasse123`), the user name again or with one (`minio:minio123`)
  const word = password.replace(/[\d!.]{1,6}$/, '').toLowerCase();
  if (word.length < password.length && (PASSWORD_WORDS.test(word) || TRANSLATED_PASSWORD.test(word))) return true;
  if (user.length === 0) return false;
  // the user name again, or one word of it (`saleor_read_only:saleor`)
  const account = user.toLowerCase();
  return word === account || password.toLowerCase() === account || (word.length >= 3 && account.split(/[^a-z0-9]+/).includes(word));
}
