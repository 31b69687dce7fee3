import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { mixesDigitsAndCases, shannonEntropy } from '../../kit/entropy.js';
import { isPlaceholder } from '../../kit/placeholders.js';
import { isConfigLiteral, storeRemediation } from './values.js';
import { unescapeXml } from './xml-scan.js';

// Login files of command-line tools, written by `<tool> login` or `<tool> config` into the user's home folder and
// committed with dotfiles, a home-directory backup or a container image's root. The vendor is named only by the
// file's path (~/.config/ngrok/ngrok.yml, ~/.fly/config.yml, ~/.config/hcloud/cli.toml): the token sits under a plain
// `token`/`authtoken`/`api-key` key and has no vendor prefix, so vendor detectors (which need the vendor's name next to
// the key) miss it and the generic assignment detector reports it without a vendor. Each detector here runs only on
// its tool's own file paths (folder-qualified where the file name is common) and checks the value's shape. Tokens with
// a vendor prefix (Vercel `vca_`, Fly.io `fo1_`, Sentry `sntrys_`, Supabase `sbp_`) are left to their vendor detectors.
// Priority 40: above the generic name-based detectors, below prefixed vendor tokens.

/** A line of the file, for the patterns below: `key: value` or `key = value`, optionally quoted, optionally with a trailing comment. */
const END = String.raw`["']?[ \t]*(?:#[^\r\n]{0,200})?$`;

// ---------------------------------------------------------------------------------------------------
// ngrok agent config (ngrok.com/docs/agent/config): ~/.config/ngrok/ngrok.yml (Linux), ~/Library/Application Support/ngrok/
// ngrok.yml (macOS), %LocalAppData%\ngrok\ngrok.yml, and ~/.ngrok2/ngrok.yml for agent v2. `ngrok config add-authtoken`
// writes `authtoken:` (top-level in v2, under `agent:` in v3); `api_key:` is the ngrok API key. Both are base62 words
// joined by one underscore (`2<KSUID>_<secret>` today, about 49 characters).

export const ngrokConfigAuthtoken: Detector = patternDetector({
  id: 'ngrok-config-authtoken',
  title: 'ngrok authtoken or API key in the agent config (ngrok.yml)',
  vendor: 'ngrok',
  severity: 'high',
  keywords: [],
  paths: ['ngrok.yml', 'ngrok.yaml'],
  priority: 40,
  pattern: new RegExp(String.raw`^[ \t]{0,8}(?<field>authtoken|api_key)[ \t]{0,4}:[ \t]{0,4}["']?(?<secret>[A-Za-z0-9]{15,40}_[A-Za-z0-9]{15,40})${END}`, 'm'),
  minEntropy: 3.8,
  rejectSequences: true,
  validate: (secret) => secret.length >= 35 && secret.length <= 64 && mixesDigitsAndCases(secret),
  detail: (m) => (m.groups?.field === 'api_key' ? 'ngrok API key in ngrok.yml' : 'ngrok agent authtoken in ngrok.yml'),
  remediation:
    'Delete the authtoken (or API key) in the ngrok dashboard (Authtokens / API Keys), create a new one, install it with `ngrok config add-authtoken` ' +
    'on each machine (or pass NGROK_AUTHTOKEN), and keep ngrok.yml out of the repository.',
  examples: {
    positive: [
      { path: 'dotfiles/.config/ngrok/ngrok.yml', text: 'version: "3"\nagent:\n    authtoken: 2na0z78bf8Ko1Be67VXsOek9vbI_mwjrKcaaoRh3twDMJMl1S\n' },
      { path: 'home/.ngrok2/ngrok.yml', text: 'authtoken: F7txee0C08gUhjOzdTk_smdfcoI5reP26wzFodd\nregion: eu\ntunnels:\n  web:\n    proto: http\n    addr: 3000\n', why: 'agent v2 layout' },
      { path: 'Library/Application Support/ngrok/ngrok.yml', text: 'version: 2\napi_key: "2Bt2DWgzpcHiCBAMkrtob77GqWQ_NDAISWTeWp3cVwgs3rCgFm"\n', why: 'API key' },
    ],
    negative: [
      { path: '.config/ngrok/ngrok.yml', text: 'version: 2\nauthtoken: 4nq9771bPxe8ctg7LKr_2ClH7Y15Zqe4bWLWF9p\n', why: "the example authtoken of ngrok's config reference" },
      { path: '.config/ngrok/ngrok.yml', text: 'version: "3"\nagent:\n  authtoken: <your-authtoken>\n', why: 'placeholder' },
      { path: 'ngrok.yml', text: 'authtoken: ${NGROK_AUTHTOKEN}\n', why: 'reference' },
      { path: 'ngrok.yml', text: 'tunnels:\n  web:\n    proto: http\n    addr: 8080\n    basic_auth:\n      - "ops:Wq3nZ8rYtB5kHs"\n', why: 'no authtoken' },
    ],
  },
});

// ---------------------------------------------------------------------------------------------------
// Netlify CLI: `netlify login` keeps the OAuth access token in its global config.json (~/.netlify/config.json in older
// releases; ~/Library/Preferences/netlify/config.json, ~/.config/netlify/config.json with today's per-OS folders), as
// `users.<userId>.auth.token`. Personal access tokens pasted there are `nfp_…`; OAuth tokens 43 base64url characters.

export const netlifyCliToken: Detector = patternDetector({
  id: 'netlify-cli-token',
  title: "Netlify access token in the Netlify CLI's config.json",
  vendor: 'Netlify',
  severity: 'high',
  keywords: [],
  paths: ['**/.netlify/config.json', '**/netlify/config.json'],
  priority: 40,
  pattern: /"auth"\s{0,20}:\s{0,20}\{[^{}]{0,300}?"token"\s{0,8}:\s{0,8}"(?<secret>[A-Za-z0-9_-]{36,64})"/,
  minEntropy: 3.5,
  rejectSequences: true,
  validate: (secret) => /^nfp_[A-Za-z0-9]{36,40}$/.test(secret) || /^[A-Za-z0-9_-]{40,46}$/.test(secret) || /^[a-f0-9]{64}$/.test(secret),
  detail: () => 'Netlify CLI login token (users → auth → token)',
  remediation:
    'Revoke the token in Netlify (User settings > Applications: revoke the Netlify CLI authorization, or delete the personal access token), ' +
    'run `netlify login` again, and keep the CLI\'s global config.json out of the repository (use NETLIFY_AUTH_TOKEN from a secret store in CI).',
  examples: {
    positive: [
      {
        path: 'dotfiles/.netlify/config.json',
        text: '{\n  "telemetryDisabled": false,\n  "cliId": "bd995f55-2f55-4c38-9c4f-67e7ab4ef01a",\n  "userId": "5f1c0a3e9b7d2c4a6e8f0b1d",\n  "users": {\n    "5f1c0a3e9b7d2c4a6e8f0b1d": {\n      "id": "5f1c0a3e9b7d2c4a6e8f0b1d",\n      "name": "Ada",\n      "email": "ada@shop.example",\n      "auth": {\n        "token": "1pe3gQIbW6AzL5IRqD7gfe41KrlvXetZ8nBw6AYBHjF",\n        "github": {\n          "user": null,\n          "token": null\n        }\n      }\n    }\n  }\n}\n',
      },
      { path: 'Library/Preferences/netlify/config.json', text: '{"userId":"u1","users":{"u1":{"id":"u1","auth":{"token":"nfp_nMZ7uxBj5Ybi5QwhVS4hDpVDHjkicM0TOpFZ","github":{}}}}}', why: 'personal access token, one line' },
    ],
    negative: [
      { path: '.netlify/config.json', text: '{"users":{"u1":{"id":"u1","auth":{"github":{"user":null,"token":null}}}}}', why: 'logged out' },
      { path: '.config/netlify/config.json', text: '{"users":{"u1":{"auth":{"token":"YOUR_NETLIFY_AUTH_TOKEN_GOES_HERE_PLEASE"}}}}', why: 'placeholder' },
      { path: '.netlify/config.json', text: '{"users":{"u1":{"auth":{"token":"4082cc55d789"}}}}', why: 'too short' },
    ],
  },
});

// ---------------------------------------------------------------------------------------------------
// Vercel CLI: auth.json in the com.vercel.cli folder of XDG_DATA_HOME (~/.local/share/com.vercel.cli, ~/Library/Application
// Support/com.vercel.cli; vercel.com/docs/project-configuration/global-configuration), formerly ~/.vercel or ~/.now:
// `{"// Note": …, "token": "…"}`. Unprefixed tokens are 24 alphanumerics; prefixed ones (`vca_…`) are left to
// vercel-access-token.

export const vercelCliAuthToken: Detector = patternDetector({
  id: 'vercel-cli-auth-token',
  title: "Vercel token in the Vercel CLI's auth.json",
  vendor: 'Vercel',
  severity: 'high',
  keywords: [],
  paths: ['**/com.vercel.cli/auth.json', '**/.vercel/auth.json', '**/.now/auth.json'],
  priority: 40,
  pattern: /"token"\s{0,8}:\s{0,8}"(?<secret>[A-Za-z0-9]{24})"/,
  minEntropy: 3.5,
  rejectSequences: true,
  validate: (secret) => mixesDigitsAndCases(secret),
  detail: () => 'Vercel CLI login token (auth.json)',
  remediation:
    'Delete the token in Vercel (Account Settings > Tokens; a `vercel login` session shows there too), log in again, and keep auth.json out of the ' +
    'repository (pass VERCEL_TOKEN from a secret store in CI).',
  examples: {
    positive: [
      {
        path: 'home/.local/share/com.vercel.cli/auth.json',
        text: '{\n  "// Note": "This is your Vercel credentials file. DO NOT SHARE!",\n  "// Docs": "https://vercel.com/docs/projects/project-configuration/global-configuration#auth.json",\n  "token": "sp75Lo9JWIrOs5pMWxZyt1KX"\n}\n',
      },
      { path: 'backup/.now/auth.json', text: '{"_":"This is your now credentials file. DON\'T SHARE!","credentials":[{"provider":"sh","token":"qEMbqu9W0y1dhea5Vj8pwE8q"}]}', why: 'the older Now CLI layout' },
    ],
    negative: [
      { path: '.local/share/com.vercel.cli/auth.json', text: '{\n  "// Note": "This is your Vercel credentials file. DO NOT SHARE!"\n}\n', why: 'logged out' },
      { path: '.vercel/auth.json', text: '{"token":"XXXXXXXXXXXXXXXXXXXXXXXX"}', why: 'placeholder' },
      { path: '.vercel/auth.json', text: '{"token":"vca_sp75Lo9JWIrOs5pMWxZyt1KXqEMbqu9W0y1dhea5Vj8pwE8q"}', why: 'a prefixed token: left to vercel-access-token' },
    ],
  },
});

// ---------------------------------------------------------------------------------------------------
// cloudflared. `cloudflared tunnel login` downloads cert.pem (~/.cloudflared/cert.pem) whose `ARGO TUNNEL TOKEN` PEM block is
// base64 of a JSON object with the zone and account ids and `apiToken`, an API token of the user who logged in (Cloudflare's
// tunnel FAQ: the token "consists of the zone ID … and an API token scoped to the user"); older certs also hold the origin
// certificate's private key, which the private-key detectors report. `cloudflared tunnel create` writes <tunnel-uuid>.json,
// `{"AccountTag": …, "TunnelSecret": base64 of 32+ bytes, "TunnelID": …}`: whoever holds it can run the tunnel.

/** The block, its lines possibly indented (a YAML or Helm value holding the file): the secret is the base64 text, first to last character. */
const ARGO_BLOCK = /-----BEGIN ARGO TUNNEL TOKEN-----[ \t]{0,4}\r?\n[ \t]{0,16}(?<secret>[A-Za-z0-9+/][A-Za-z0-9+/=\s]{38,4000}?[A-Za-z0-9+/=])\s{1,24}-----END ARGO TUNNEL TOKEN-----/;

/** The block's base64 holds a JSON object with an apiToken that is no stand-in (cloudflared's own test certificate has `test-service-key`). */
function isArgoTunnelToken(body: string): boolean {
  const raw = body.replace(/\s/g, '');
  if (!/^[A-Za-z0-9+/]{40,4000}={0,2}$/.test(raw)) return false;
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, 'base64').toString('utf8'));
    const token = (value as { apiToken?: unknown } | null)?.apiToken;
    return typeof token === 'string' && token.length >= 20 && !isPlaceholder(token);
  } catch {
    return false;
  }
}

export const cloudflareTunnelOriginCert: Detector = patternDetector({
  id: 'cloudflare-tunnel-origin-cert',
  title: 'Cloudflare API token in a cloudflared origin certificate (cert.pem, ARGO TUNNEL TOKEN)',
  vendor: 'Cloudflare',
  severity: 'critical',
  keywords: ['begin argo tunnel token'],
  keywordSpan: { before: 6, after: 4200 },
  priority: 40,
  pattern: ARGO_BLOCK,
  validate: (secret) => isArgoTunnelToken(secret),
  detail: () => 'cloudflared login certificate: base64 JSON holding a Cloudflare API token (apiToken)',
  remediation:
    'Roll the API token of the user who ran `cloudflared tunnel login` (My Profile > API Tokens in the Cloudflare dashboard; the certificate\'s token ' +
    'stops working), run the login again where tunnels are managed, and keep cert.pem out of the repository and images.',
  examples: {
    positive: [
      {
        path: 'home/.cloudflared/cert.pem',
        text: '-----BEGIN ARGO TUNNEL TOKEN-----\neyJ6b25lSUQiOiJmYTNhMWJmMjYzODcxYmMxODg5NTVmOTYzMTg0ZjYxNSIsImFj\nY291bnRJRCI6ImJlMjIwYTFhZThlZTZjNDE1MmVlZDM2ZDgxM2I3MzliIiwiYXBp\nVG9rZW4iOiJ4NDB6a1pIWGhtblBnTnBWMm1TRmFlS2JzMW9wcjRlRVlubW5zSlZq\nIn0=\n-----END ARGO TUNNEL TOKEN-----\n',
      },
      {
        path: 'k8s/cloudflared-secret.yaml',
        text: 'stringData:\n  cert.pem: |\n    -----BEGIN ARGO TUNNEL TOKEN-----\n    eyJ6b25lSUQiOiJjYmNjYTJhZTM1NGU4NTY4OTZiNTBmNDE2M2ExOTA3OCIsImFj\n    Y291bnRJRCI6IjAzMWVlMWI2ZWM3YmUzYWJlYTYxOTlhMTRjNWY0NjQ5IiwiYXBp\n    VG9rZW4iOiJMbHlCSm5rT0dTVHhBTm9XUHhtR3Q0U0w2UVVXcVYwNjVSWjhzZ2JT\n    Iiwic2VydmljZUtleSI6InYxLjAtNDEyNDdkN2IwNjQ2Y2FjYjBlZDJjMmQ3In0=\n    -----END ARGO TUNNEL TOKEN-----\n',
        why: 'the certificate inside a Kubernetes secret manifest',
      },
    ],
    negative: [
      { path: '.cloudflared/cert.pem', text: '-----BEGIN ARGO TUNNEL TOKEN-----\n<paste the token here>\n-----END ARGO TUNNEL TOKEN-----\n', why: 'placeholder' },
      { path: '.cloudflared/cert.pem', text: '-----BEGIN ARGO TUNNEL TOKEN-----\neyJzdWIiOiJub3QgYSB0dW5uZWwgdG9rZW4gYXQgYWxsIn0=\n-----END ARGO TUNNEL TOKEN-----\n', why: 'no apiToken in the JSON' },
      { path: 'credentials/test-cert.pem', text: '-----BEGIN ARGO TUNNEL TOKEN-----\neyJ6b25lSUQiOiJjM2QxZTBhOTRiN2YyYTZlOGQ1YzFiMGY5ZTdhM2QyNCIsImFj\nY291bnRJRCI6IjVlOGIyZjFhN2M5ZDRlM2I2YTBmOGMyZDFlOWI3YTQ1IiwiYXBp\nVG9rZW4iOiJ0ZXN0LWFwaS10b2tlbiJ9\n-----END ARGO TUNNEL TOKEN-----\n', why: "a test certificate's stand-in apiToken (as cloudflared's own tests have)" },
    ],
  },
});

export const cloudflareTunnelCredentials: Detector = patternDetector({
  id: 'cloudflare-tunnel-credentials',
  title: 'Cloudflare Tunnel credentials file (TunnelSecret)',
  vendor: 'Cloudflare',
  severity: 'high',
  keywords: ['tunnelsecret'],
  keywordSpan: { before: 1, after: 120 },
  priority: 40,
  pattern: /"TunnelSecret"\s{0,8}:\s{0,8}"(?<secret>[A-Za-z0-9+/]{43,684}={0,2})"/,
  minEntropy: 4.2,
  // base64 of at least 32 bytes (cloudflared's minimum), in a tunnel credentials object
  validate: (secret, m, text) =>
    secret.length % 4 === 0 && Buffer.from(secret, 'base64').length >= 32 && /"(?:AccountTag|TunnelID)"/.test(text.slice(Math.max(0, m.index - 1024), m.index + 1024)),
  detail: () => 'Cloudflare Tunnel secret (cloudflared <tunnel-id>.json)',
  remediation:
    'Delete the tunnel (`cloudflared tunnel delete`, or in Zero Trust > Networks > Tunnels) or rotate its secret, create new credentials, ' +
    'and keep the <tunnel-id>.json file out of the repository (mount it as a secret, or run the tunnel with a token from a secret store).',
  examples: {
    positive: [
      {
        path: 'home/.cloudflared/bd995f55-2f55-4c38-9c4f-67e7ab4ef01a.json',
        text: '{"AccountTag":"a2cb7eccb13dea24c1da84bf56ff13a3","TunnelSecret":"5tQp0jMcwOCG5/8n7jsFY1bjL3gx9mj49IzhqV1QCRM=","TunnelID":"bd995f55-2f55-4c38-9c4f-67e7ab4ef01a"}',
      },
      {
        path: 'deploy/tunnel/credentials.json',
        text: '{\n  "AccountTag": "a2cb7eccb13dea24c1da84bf56ff13a3",\n  "TunnelID": "066a0a5c-011e-434b-bcd5-6eb344627567",\n  "TunnelName": "homelab",\n  "TunnelSecret": "AMFVKHNa8u+y3fUXDeTdvy89w+fdqp0SIliedh+L+BU="\n}\n',
        why: 'pretty-printed, with the name',
      },
    ],
    negative: [
      { path: 'tunnel.json', text: '{"AccountTag":"a2cb7eccb13dea24c1da84bf56ff13a3","TunnelSecret":"AQIDBAUGBwgBAgMEBQYHCAECAwQFBgcIAQIDBAUGBwg=","TunnelID":"bd995f55-2f55-4c38-9c4f-67e7ab4ef01a"}', why: "the counting bytes of Cloudflare's Terraform example secret" },
      { path: 'tunnel.json', text: '{"AccountTag":"a2cb7eccb13dea24c1da84bf56ff13a3","TunnelSecret":"<base64 secret>","TunnelID":"bd995f55-2f55-4c38-9c4f-67e7ab4ef01a"}', why: 'placeholder' },
      { path: 'notes.json', text: '{"TunnelSecret":"5tQp0jMcwOCG5/8n7jsFY1bjL3gx9mj49IzhqV1QCRM="}', why: 'no account tag or tunnel id: not a credentials file' },
    ],
  },
});

// ---------------------------------------------------------------------------------------------------
// Fly.io: flyctl keeps its settings in ~/.fly/config.yml, the login token under `access_token` (flyctl's ConfigAPIToken key).
// Macaroon tokens (`FlyV1 fm2_…`) and `fo1_` tokens are found by flyio-access-token; the unprefixed personal tokens of
// older logins are 43 base64url characters.

export const flyioConfigAccessToken: Detector = patternDetector({
  id: 'flyio-config-access-token',
  title: "Fly.io access token in flyctl's config.yml",
  vendor: 'Fly.io',
  severity: 'critical',
  keywords: [],
  paths: ['**/.fly/config.yml', '**/.fly/config.yaml'],
  priority: 40,
  pattern: new RegExp(String.raw`^access_token[ \t]{0,4}:[ \t]{0,4}["']?(?<secret>[A-Za-z0-9_-]{40,64})${END}`, 'm'),
  minEntropy: 3.8,
  rejectSequences: true,
  validate: (secret) => !/^(?:fo1_|fm1[ar]_|fm2_)/.test(secret) && mixesDigitsAndCases(secret),
  detail: () => 'flyctl login token (~/.fly/config.yml access_token)',
  remediation:
    'Log out everywhere the token was used (`fly auth logout`) and revoke it in the Fly.io dashboard (Account > Access Tokens), log in again, ' +
    'and keep ~/.fly out of the repository; for CI use a deploy token (`fly tokens create deploy`) from a secret store.',
  examples: {
    positive: [
      { path: 'home/.fly/config.yml', text: 'access_token: tzGNZ6u-HV3IY6ycSzsYgHaFJB_ah959pUyu2cdaIgx\nsend_metrics: true\nauto_update: true\n' },
      { path: 'dotfiles/.fly/config.yml', text: 'access_token: "7Ovp_eieNlXQ6aqvQOLsDfBSWVVe-KuTHFn6Rb4RKYa"\nwire_guard_state: {}\n', why: 'quoted' },
    ],
    negative: [
      { path: '.fly/config.yml', text: 'access_token: ""\nsend_metrics: true\n', why: 'logged out' },
      { path: '.fly/config.yml', text: 'access_token: your_fly_access_token_goes_here_please\n', why: 'placeholder' },
      { path: '.fly/config.yml', text: 'access_token: fo1_tzGNZ6u-HV3IY6ycSzsYgHaFJB_ah959pUyu2cdaIgx\n', why: 'prefixed: left to flyio-access-token' },
    ],
  },
});

// ---------------------------------------------------------------------------------------------------
// Hetzner Cloud CLI: ~/.config/hcloud/cli.toml keeps `active_context` and `[[contexts]]` tables, each with `name` and
// `token`, the project's API token (64 alphanumerics; `hcloud context create` checks the length).

export const hetznerCliToken: Detector = patternDetector({
  id: 'hetzner-cli-token',
  title: 'Hetzner Cloud API token in the hcloud CLI config (cli.toml)',
  vendor: 'Hetzner',
  severity: 'critical',
  keywords: [],
  paths: ['**/hcloud/cli.toml'],
  priority: 40,
  pattern: /^[ \t]{0,8}token[ \t]{0,4}=[ \t]{0,4}["'](?<secret>[A-Za-z0-9]{64})["']/m,
  minEntropy: 4,
  rejectSequences: true,
  detail: () => 'hcloud CLI context token',
  remediation:
    'Delete the token in the Hetzner Cloud Console (project > Security > API tokens), create a new one with `hcloud context create`, and keep ' +
    '~/.config/hcloud out of the repository (or pass HCLOUD_TOKEN from a secret store).',
  examples: {
    positive: [
      { path: 'home/.config/hcloud/cli.toml', text: 'active_context = "prod"\n\n[[contexts]]\n  name = "prod"\n  token = "8J4AyNTYo5t0XlCTcgmo3Fp2JNbHggGOd9xqiA83o7kboD44vj5SLCvDfrbKiUXB"\n' },
      { path: 'dotfiles/hcloud/cli.toml', text: '[[contexts]]\nname = "lab"\ntoken = "dLE0BQMfVf0iFW1dDFrePx29q1C3xtllmlY5VzsM7gFsL07ZVlDGrnKmwLN0s37n"\n[contexts.preferences]\ndefault_ssh_keys = ["ops"]\n' },
    ],
    negative: [
      { path: '.config/hcloud/cli.toml', text: '[[contexts]]\n  name = "prod"\n  token = "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"\n', why: 'placeholder' },
      { path: '.config/hcloud/cli.toml', text: 'active_context = "prod"\n\n[[contexts]]\n  name = "prod"\n  token = "8J4AyNTYo5t0XlCTcgmo3Fp2JNbHggGOd9"\n', why: 'too short' },
    ],
  },
});

// ---------------------------------------------------------------------------------------------------
// Linode CLI: ~/.config/linode-cli (an INI file, formerly ~/.linode-cli; linodego also reads ~/.config/linode): `[DEFAULT]`
// names `default-user`, and each user's section holds `token`, a personal access token of 64 hex digits.

export const linodeCliToken: Detector = patternDetector({
  id: 'linode-cli-token',
  title: 'Linode personal access token in the linode-cli config',
  vendor: 'Linode',
  severity: 'critical',
  keywords: [],
  paths: ['**/.config/linode-cli', '**/.config/linode', '.linode-cli'],
  priority: 40,
  pattern: new RegExp(String.raw`^[ \t]{0,8}token[ \t]{0,4}=[ \t]{0,4}["']?(?<secret>[a-f0-9]{64})${END}`, 'm'),
  minEntropy: 3.3,
  rejectSequences: true,
  detail: () => 'linode-cli user token',
  remediation:
    'Revoke the token in Cloud Manager (My Profile > API Tokens), create a new one with `linode-cli configure`, and keep ~/.config/linode-cli out of ' +
    'the repository (or pass LINODE_CLI_TOKEN from a secret store).',
  examples: {
    positive: [
      { path: 'home/.config/linode-cli', text: '[DEFAULT]\ndefault-user = ada\n\n[ada]\ntoken = 90bafe9d8e179c6ce5517ce253380e5bb5d1a53ba1acac87db4071e7fea4e6ea\nregion = us-east\ntype = g6-nanode-1\n' },
      { path: 'backup/.linode-cli', text: '[DEFAULT]\ntoken = df37a98b29cebfc87ae4d6cff8fe4e33750553a8127886c92006d1c3033f4651\nimage = linode/debian12\n', why: 'the older single-user layout' },
    ],
    negative: [
      { path: '.config/linode-cli', text: '[DEFAULT]\ndefault-user = ada\n\n[ada]\ntoken = \nregion = us-east\n', why: 'not saved' },
      { path: '.config/linode-cli', text: '[ada]\ntoken = 0000000000000000000000000000000000000000000000000000000000000000\n', why: 'placeholder' },
    ],
  },
});

// ---------------------------------------------------------------------------------------------------
// Vultr CLI: $HOME/.vultr-cli.yaml (vultr-cli's default --config) with `api-key:`, a Vultr API key of 36 upper-case
// letters and digits.

export const vultrCliApiKey: Detector = patternDetector({
  id: 'vultr-cli-api-key',
  title: 'Vultr API key in the vultr-cli config (.vultr-cli.yaml)',
  vendor: 'Vultr',
  severity: 'critical',
  keywords: [],
  paths: ['.vultr-cli.yaml', '.vultr-cli.yml', 'vultr-cli.yaml'],
  priority: 40,
  pattern: new RegExp(String.raw`^[ \t]{0,8}api-key[ \t]{0,4}:[ \t]{0,4}["']?(?<secret>[A-Z0-9]{36})${END}`, 'm'),
  minEntropy: 3.8,
  rejectSequences: true,
  validate: (secret) => /[0-9]/.test(secret) && /[A-Z]/.test(secret),
  detail: () => 'vultr-cli api-key',
  remediation:
    'Regenerate the API key in the Vultr customer portal (Account > API), update it where vultr-cli runs, and keep .vultr-cli.yaml out of the ' +
    'repository (or pass VULTR_API_KEY from a secret store).',
  examples: {
    positive: [
      { path: 'home/.vultr-cli.yaml', text: 'api-key: ZH8HLE7LIFFYZIGMWLIZHH9T29CRPP32GLQX\n' },
      { path: 'dotfiles/.vultr-cli.yaml', text: 'api-key: "TFKR7DFZXK9XR6T9QAK48VBMHAVXQKD1AJUD"\noutput: json\n' },
    ],
    negative: [
      { path: '.vultr-cli.yaml', text: 'api-key: YOUR_VULTR_API_KEY_HERE_0000000000\n', why: 'placeholder' },
      { path: '.vultr-cli.yaml', text: 'api-key: ${VULTR_API_KEY}\n', why: 'reference' },
    ],
  },
});

// ---------------------------------------------------------------------------------------------------
// Scaleway: the config.yaml shared by scw, the SDKs and Terraform ($XDG_CONFIG_HOME/scw/config.yaml, ~/.config/scw/config.yaml)
// holds `access_key` (SCW…, an identifier) and `secret_key`, a UUID, at top level and under `profiles:`.

export const scalewayCliSecretKey: Detector = patternDetector({
  id: 'scaleway-cli-secret-key',
  title: 'Scaleway secret key in the Scaleway config file (scw/config.yaml)',
  vendor: 'Scaleway',
  severity: 'critical',
  keywords: [],
  paths: ['**/scw/config.yaml', '**/scw/config.yml'],
  priority: 40,
  pattern: new RegExp(String.raw`^[ \t]{0,16}secret_key[ \t]{0,4}:[ \t]{0,4}["']?(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})${END}`, 'm'),
  minEntropy: 3,
  rejectSequences: true,
  detail: () => 'Scaleway API secret key (scw config.yaml)',
  remediation:
    'Delete the API key in the Scaleway console (IAM > API keys), create a new one with `scw init`, and keep the scw folder out of the repository ' +
    '(or pass SCW_SECRET_KEY from a secret store).',
  examples: {
    positive: [
      { path: 'home/.config/scw/config.yaml', text: 'access_key: SCWG1RM73XV01WC3SGNL\nsecret_key: 1a0ac149-2e6a-4b39-b135-383c11c600ba\ndefault_organization_id: e9be32c8-5607-40c7-9024-ab2d9b0efbd8\ndefault_region: fr-par\n' },
      { path: 'dotfiles/scw/config.yaml', text: 'profiles:\n  staging:\n    access_key: SCWG1RM73XV01WC3SGNL\n    secret_key: "b49bc32e-f664-4186-b3b0-6a83417fe514"\n    default_zone: nl-ams-1\n', why: 'a named profile' },
    ],
    negative: [
      { path: '.config/scw/config.yaml', text: 'access_key: SCWXXXXXXXXXXXXXXXXX\nsecret_key: xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\n', why: 'placeholder' },
      { path: '.config/scw/config.yaml', text: 'access_key: SCWG1RM73XV01WC3SGNL\ndefault_organization_id: e9be32c8-5607-40c7-9024-ab2d9b0efbd8\n', why: 'ids only' },
    ],
  },
});

// ---------------------------------------------------------------------------------------------------
// MongoDB Atlas CLI: config.toml in the atlascli folder ($XDG_CONFIG_HOME/atlascli, ~/Library/Application Support/atlascli,
// %AppData%\atlascli; mongocli's ~/.config/mongocli.toml before it) keeps profiles with `public_api_key` (the key's id) and
// `private_api_key`, a UUID: the programmatic API key's secret.

export const mongodbAtlasCliPrivateKey: Detector = patternDetector({
  id: 'mongodb-atlas-cli-private-key',
  title: 'MongoDB Atlas private API key in the Atlas CLI config (config.toml)',
  vendor: 'MongoDB Atlas',
  severity: 'critical',
  keywords: [],
  paths: ['**/atlascli/config.toml', '**/mongocli.toml', '**/mongocli/config.toml'],
  priority: 40,
  pattern: /^[ \t]{0,16}private_api_key[ \t]{0,4}=[ \t]{0,4}["'](?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})["']/m,
  minEntropy: 3,
  rejectSequences: true,
  detail: () => 'Atlas programmatic API key (private part)',
  remediation:
    'Delete the API key in Atlas (Organization > Access Manager > API Keys), create a new one with `atlas config init`, and keep the atlascli folder ' +
    'out of the repository (or pass MONGODB_ATLAS_PRIVATE_API_KEY from a secret store).',
  examples: {
    positive: [
      { path: 'home/.config/atlascli/config.toml', text: '[default]\n  org_id = "dba8f5640ba03ca7ac6e4340"\n  output = "json"\n  private_api_key = "92c191ac-94d3-4e4e-ac02-a6bd8d6e3d19"\n  public_api_key = "qwhtbzxk"\n  service = "cloud"\n' },
      { path: 'dotfiles/.config/mongocli.toml', text: '[ops]\npublic_api_key = "mxkqrtvw"\nprivate_api_key = "cfbf7dcf-4e1c-49f8-ae14-a0eabcf739bf"\n' },
    ],
    negative: [
      { path: '.config/atlascli/config.toml', text: '[default]\n  org_id = "dba8f5640ba03ca7ac6e4340"\n  service = "cloud"\n', why: 'logged in interactively, no API key' },
      { path: '.config/atlascli/config.toml', text: '[default]\n  private_api_key = "00000000-0000-0000-0000-000000000000"\n', why: 'placeholder' },
    ],
  },
});

// ---------------------------------------------------------------------------------------------------
// sbt / Ivy: `credentials += Credentials(Path.userHome / ".sbt" / ".credentials")` reads a properties file of four lines,
// `realm=`, `host=`, `user=`, `password=` (~/.sbt/.credentials, ~/.ivy2/.credentials, or any name in those folders).

export const sbtCredentialsPassword: Detector = patternDetector({
  id: 'sbt-credentials-password',
  title: 'Repository password in an sbt / Ivy .credentials file',
  severity: 'high',
  keywords: [],
  paths: ['**/.sbt/**/*credentials*', '**/.ivy2/*credentials*', '.credentials', '*.credentials'],
  priority: 30,
  pattern: /^[ \t]{0,8}password[ \t]{0,4}[=:][ \t]{0,4}(?<secret>[^\s]{1,256})[ \t]*$/m,
  allowPlaceholders: true,
  // a password beside the file's host= line (at most 8 lines / 1 KiB around it)
  validate: (secret, m, text) => {
    const around = text.slice(Math.max(0, m.index - 1024), m.index + m[0].length + 1024).split(/\r?\n/);
    return isConfigLiteral(secret) && around.some((line) => /^[ \t]{0,8}host[ \t]{0,4}[=:]/.test(line));
  },
  detail: () => 'sbt/Ivy repository password (.credentials)',
  remediation: storeRemediation(
    'repository password or token (Sonatype, Artifactory, Nexus)',
    'keep the .credentials file in the home folder, out of the repository, or build the credentials from environment variables (`Credentials(realm, host, sys.env("USER"), sys.env("PASS"))`).',
  ),
  examples: {
    positive: [
      { path: 'home/.sbt/.credentials', text: 'realm=Sonatype Nexus Repository Manager\nhost=nexus.shop.example\nuser=deployer\npassword=FmIaJrF3rMObNjYRJi\n' },
      { path: 'ci/.ivy2/.credentials', text: 'realm=Artifactory Realm\nhost=artifactory.shop.example\nuser=ci\npassword=d3ruxHqQRZZz7hRGo4XDVWxz\n' },
    ],
    negative: [
      { path: '.sbt/.credentials', text: 'realm=Sonatype Nexus Repository Manager\nhost=oss.sonatype.org\nuser=<your-username>\npassword=<your-password>\n', why: 'placeholder' },
      { path: '.sbt/.credentials', text: 'realm=Artifactory Realm\nhost=artifactory.shop.example\nuser=ci\npassword=changeme\n', why: 'stand-in' },
      { path: 'app/.credentials', text: 'password=FmIaJrF3rMObNjYRJi\n', why: 'not an sbt credentials file (no host line)' },
    ],
  },
});

// ---------------------------------------------------------------------------------------------------
// Sentry CLI: ~/.sentryclirc (INI) keeps `[auth] token=`, the auth token, and the legacy `api_key=`. Prefixed tokens (`sntrys_`,
// `sntryu_`) are found by the Sentry detectors; the unprefixed user auth tokens of older accounts are 64 hex digits, legacy API
// keys 32. The mobile SDKs' sentry.properties (written by the Sentry wizard into a React Native or Flutter app's `android/` and
// `ios/` folders, read by the Android Gradle plugin and by sentry-cli through SENTRY_PROPERTIES) holds the same token as
// `auth.token=` beside `defaults.org=` and `defaults.project=`: the line names no vendor, the file does.

export const sentryCliAuthToken: Detector = patternDetector({
  id: 'sentry-cli-auth-token',
  title: 'Sentry auth token in .sentryclirc or sentry.properties',
  vendor: 'Sentry',
  severity: 'high',
  keywords: [],
  paths: ['.sentryclirc', 'sentry.properties'],
  priority: 40,
  pattern: new RegExp(String.raw`^[ \t]{0,8}(?<field>(?:auth\.)?token|api_key)[ \t]{0,4}=[ \t]{0,4}["']?(?<secret>[a-f0-9]{64}|[a-f0-9]{32})${END}`, 'm'),
  minEntropy: 3.2,
  rejectSequences: true,
  detail: (m) =>
    m.groups?.field === 'api_key'
      ? 'Sentry legacy API key (.sentryclirc [auth] api_key)'
      : m.groups?.field === 'auth.token'
        ? 'Sentry user auth token (sentry.properties auth.token)'
        : 'Sentry user auth token (.sentryclirc [auth] token)',
  remediation:
    'Revoke the token in Sentry (User settings > Auth Tokens, or the organization\'s Auth Tokens page), create a new one, and keep .sentryclirc ' +
    'out of the repository (pass SENTRY_AUTH_TOKEN from a secret store in CI).',
  examples: {
    positive: [
      { path: 'home/.sentryclirc', text: '[defaults]\norg=acme\n\n[auth]\ntoken=ce2f4bb055ee1c5b2cc567c43e44b79aa0c76928e52aac4bf4a53693bb707f60\n' },
      { path: 'app/.sentryclirc', text: '[defaults]\nurl = https://sentry.shop.example/\nproject = web\n[auth]\ntoken = ba10cac4d487c307a712b60283e9af2b5a00c516ddd334c744f15e6452106544\napi_key = d76f19fd8d5d99b0ee9a876b829a8855\n', why: 'self-hosted, both keys' },
      {
        path: 'mobile/android/sentry.properties',
        text: 'defaults.url=https://sentry.io/\ndefaults.org=northwind\ndefaults.project=shop-android\nauth.token=7c1e94b0d25fa3368e0b7d4c19a8f52e6b03d9c7a1f4e8b25d6c0a93f7e1b4d8\n',
        why: "a mobile app's sentry.properties: the file names the vendor",
      },
    ],
    negative: [
      { path: '.sentryclirc', text: '[defaults]\norg=acme\nproject=web\n', why: 'no auth section' },
      { path: '.sentryclirc', text: '[auth]\ntoken=0000000000000000000000000000000000000000000000000000000000000000\n', why: 'placeholder' },
      { path: 'ios/sentry.properties', text: 'defaults.url=https://sentry.io/\ndefaults.org=northwind\ndefaults.project=shop-ios\n#auth.token=\n', why: 'the token left to SENTRY_AUTH_TOKEN' },
    ],
  },
});

// ---------------------------------------------------------------------------------------------------
// SnowSQL: <HOME>/.snowsql/config (and the /etc/snowsql.cnf family) keeps `[connections]` sections with `accountname`,
// `username` and `password` in clear (its own header warns of it).

export const snowsqlConfigPassword: Detector = patternDetector({
  id: 'snowsql-config-password',
  title: 'Snowflake password in a SnowSQL config file',
  vendor: 'Snowflake',
  severity: 'high',
  secrets: 'chosen',
  keywords: [],
  paths: ['**/.snowsql/config', 'snowsql.cnf', '.snowsql.cnf'],
  priority: 40,
  pattern: /^[ \t]{0,8}password[ \t]{0,4}=[ \t]{0,4}(?<secret>[^\s#]{1,256})[ \t]*$/m,
  allowPlaceholders: true,
  validate: (secret) => isConfigLiteral(secret.replace(/^(["'])(.{1,254})\1$/, '$2')),
  detail: () => 'Snowflake user password (SnowSQL [connections])',
  remediation: storeRemediation(
    'Snowflake user password',
    'keep the SnowSQL config out of the repository, or authenticate with key-pair or SSO (`authenticator = externalbrowser`) and pass SNOWSQL_PWD from a secret store where a password is needed.',
  ),
  examples: {
    positive: [
      { path: 'home/.snowsql/config', text: '[connections]\naccountname = xy12345.eu-central-1\nusername = ada\npassword = W1nexMxBc6vIRiCY\n\n[options]\nlog_level = INFO\n' },
      { path: 'etc/snowsql.cnf', text: '[connections.etl]\naccountname = acme-prod\nusername = etl_svc\npassword = fv9QDLkVnKA9Wf!hEu\nwarehousename = ETL_WH\n' },
    ],
    negative: [
      { path: '.snowsql/config', text: '[connections]\n#accountname = defaultaccount\n#password = defaultpassword\n\n[connections.example]\naccountname = my_organization-my_account\nusername = username\npassword = password1234\n', why: "the template SnowSQL writes, and its docs' example" },
      { path: '.snowsql/config', text: '[connections]\naccountname = acme\nauthenticator = externalbrowser\n', why: 'no password' },
    ],
  },
});

// ---------------------------------------------------------------------------------------------------
// hub (hub.github.com): `hub` asks for a login once and keeps the OAuth token in ~/.config/hub (YAML, a list of logins under
// each host: `github.com:` / `- user: …` / `  oauth_token: …` / `  protocol: https`). Tokens issued before 2021 are 40 hex
// digits, which no vendor detector can tell from a commit id; prefixed tokens (`gho_`, `ghp_`) are left to github-token.

export const hubConfigOauthToken: Detector = patternDetector({
  id: 'hub-config-oauth-token',
  title: "GitHub OAuth token in hub's config (~/.config/hub)",
  vendor: 'GitHub',
  severity: 'critical',
  keywords: [],
  // also a copy named `hub` elsewhere (a home-folder backup flattened): the YAML line itself is hub's own
  paths: ['**/.config/hub', 'hub'],
  priority: 40,
  pattern: new RegExp(String.raw`^[ \t]{0,8}(?:-[ \t]{1,4})?oauth_token[ \t]{0,4}:[ \t]{0,4}["']?(?<secret>[a-f0-9]{40})${END}`, 'm'),
  minEntropy: 3.2,
  rejectSequences: true,
  detail: () => 'hub login token (~/.config/hub oauth_token)',
  remediation:
    'Revoke the token on GitHub (Settings > Applications > Authorized OAuth Apps: revoke hub, or delete the personal access token), ' +
    'log in again, and keep ~/.config/hub out of the repository (or pass GITHUB_TOKEN from a secret store).',
  examples: {
    positive: [
      { path: 'home/.config/hub', text: 'github.com:\n- user: adalovelace\n  oauth_token: a6568d9f73acc135761e887771060291c35c95c1\n  protocol: https\n' },
      { path: 'dotfiles/.config/hub', text: 'github.corp.example:\n- protocol: https\n  user: alovelace\n  oauth_token: "38bfc9c3f5da9e917a0b6b6e586279ef62cba6da"\n', why: 'GitHub Enterprise host, quoted' },
      { path: 'backup/home/hub', text: 'github.com:\n- user: adalovelace\n  oauth_token: 9c0d3b27e1f45a86b3d29e07c1f6a48d5e2b7c93\n  protocol: https\n', why: 'the file copied out of .config' },
    ],
    negative: [
      { path: '.config/hub', text: 'github.com:\n- user: adalovelace\n  oauth_token: <token>\n  protocol: https\n', why: 'placeholder' },
      { path: '.config/hub', text: 'github.com:\n- user: adalovelace\n  oauth_token: 0000000000000000000000000000000000000000\n', why: 'zeros' },
      { path: '.config/hub', text: 'github.com:\n- user: adalovelace\n  oauth_token: gho_c12fc672d88db480f4ccda7744402179c1\n', why: 'a prefixed token: left to github-token' },
    ],
  },
});

// ---------------------------------------------------------------------------------------------------
// WakaTime: the editor plugins and wakatime-cli share $WAKATIME_HOME/.wakatime.cfg (INI; wakatime-cli USAGE.md), whose
// `[settings]` section holds `api_key`, a UUID (prefixed `waka_` since 2023), and whose `[project_api_key]` section maps
// project paths to other keys.

const WAKATIME_KEY = String.raw`(?:waka_)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`;

export const wakatimeConfigApiKey: Detector = patternDetector({
  id: 'wakatime-config-api-key',
  title: 'WakaTime API key in .wakatime.cfg',
  vendor: 'WakaTime',
  severity: 'medium',
  keywords: [],
  paths: ['.wakatime.cfg', 'wakatime.cfg'],
  priority: 40,
  // `api_key = …` in [settings], or any key of [project_api_key] (a path or a regex) given a waka_ key
  pattern: new RegExp(String.raw`^[ \t]{0,8}(?:api_key[ \t]{0,4}=[ \t]{0,4}|[^\s=#;][^=\r\n]{0,200}=[ \t]{0,4}(?=waka_))(?<secret>${WAKATIME_KEY})[ \t]{0,8}$`, 'm'),
  minEntropy: 3,
  rejectSequences: true,
  detail: () => 'WakaTime API key (.wakatime.cfg)',
  remediation:
    'Reset the API key in WakaTime (Settings > Account > API Key), update the plugins that use it, and keep .wakatime.cfg out of the repository ' +
    '(or let the plugins read it from `api_key_vault_cmd`).',
  examples: {
    positive: [
      { path: 'home/.wakatime.cfg', text: '[settings]\ndebug = false\napi_key = waka_f54450bf-3c16-4df8-aafb-cca5d9bbece2\nhide_file_names = false\n' },
      { path: 'dotfiles/.wakatime.cfg', text: '[settings]\napi_key = f100db11-f8d7-4093-9060-c239784184da\n\n[project_api_key]\nwork/.* = waka_a2aa5915-9a66-4c1f-bd45-97145a5bab5e\n', why: 'an older unprefixed key, and a project key' },
    ],
    negative: [
      { path: '.wakatime.cfg', text: '[settings]\napi_key = your-api-key\n', why: "the placeholder of WakaTime's own sample" },
      { path: '.wakatime.cfg', text: '[settings]\napi_key = 00000000-0000-0000-0000-000000000000\n', why: 'zeros' },
      { path: '.wakatime.cfg', text: '[settings]\napi_key_vault_cmd = pass show wakatime\n', why: 'read from a vault' },
    ],
  },
});

// ---------------------------------------------------------------------------------------------------
// CircleCI CLI: `circleci setup` writes ~/.circleci/cli.yml (`host:`, `endpoint:`, `token:`), the personal API token of
// 40 hex digits. `CCIPAT_` tokens are left to circleci-personal-token; the project's .circleci/config.yml is not this file.

export const circleciCliToken: Detector = patternDetector({
  id: 'circleci-cli-token',
  title: "CircleCI personal API token in the CircleCI CLI's cli.yml",
  vendor: 'CircleCI',
  severity: 'high',
  keywords: [],
  paths: ['**/.circleci/cli.yml', '**/.circleci/cli.yaml'],
  priority: 40,
  pattern: new RegExp(String.raw`^token[ \t]{0,4}:[ \t]{0,4}["']?(?<secret>[a-f0-9]{40})${END}`, 'm'),
  minEntropy: 3.2,
  rejectSequences: true,
  detail: () => 'CircleCI CLI token (~/.circleci/cli.yml)',
  remediation:
    'Delete the token in CircleCI (User Settings > Personal API Tokens), create a new one with `circleci setup`, and keep ~/.circleci/cli.yml out ' +
    'of the repository (or pass CIRCLECI_CLI_TOKEN from a secret store).',
  examples: {
    positive: [
      { path: 'home/.circleci/cli.yml', text: 'host: https://circleci.com\nendpoint: graphql-unstable\ntoken: 72e501e0bb9b4aba0f89679eade38e0da84b7390\nrest_endpoint: api/v2\ntls_cert: ""\n' },
      { path: 'dotfiles/.circleci/cli.yml', text: 'host: https://circleci.corp.example\ntoken: "e4e1b4d905c59ab0feccebcc065418e21029c196"\n', why: 'self-hosted server, quoted' },
    ],
    negative: [
      { path: '.circleci/cli.yml', text: 'host: https://circleci.com\ntoken: ""\n', why: 'logged out' },
      { path: '.circleci/cli.yml', text: 'host: https://circleci.com\ntoken: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'placeholder' },
      { path: '.circleci/config.yml', text: 'version: 2.1\njobs:\n  build:\n    docker:\n      - image: cimg/node:20.0\n', why: "a project's pipeline, not the CLI's file" },
    ],
  },
});

// ---------------------------------------------------------------------------------------------------
// Travis CI CLI (travis.rb): `travis login` keeps ~/.travis/config.yml, with an `endpoints:` map from API URL to
// `access_token:`, the API token (22 characters).

export const travisCliAccessToken: Detector = patternDetector({
  id: 'travis-cli-access-token',
  title: "Travis CI API token in the Travis CLI's config.yml",
  vendor: 'Travis CI',
  severity: 'high',
  keywords: [],
  paths: ['**/.travis/config.yml'],
  priority: 40,
  pattern: new RegExp(String.raw`^[ \t]{1,8}access_token[ \t]{0,4}:[ \t]{0,4}["']?(?<secret>[A-Za-z0-9_-]{22})${END}`, 'm'),
  minEntropy: 3.5,
  rejectSequences: true,
  validate: (secret) => /[a-z]/.test(secret) && /[A-Z]/.test(secret),
  detail: () => 'Travis CLI token (~/.travis/config.yml endpoints)',
  remediation:
    'Regenerate the API token in Travis CI (Account > Settings > API authentication, or `travis token --regenerate`), log in again, ' +
    'and keep ~/.travis out of the repository.',
  examples: {
    positive: [
      { path: 'home/.travis/config.yml', text: "---\nchecked_completion: true\nendpoints:\n  https://api.travis-ci.com/:\n    access_token: UZPgqvOvFDnDftCqD99vYo\ndefault_endpoint: https://api.travis-ci.com/\n" },
      { path: 'dotfiles/.travis/config.yml', text: "endpoints:\n  https://api.travis-ci.org/:\n    access_token: 'z6YQ1vZqdxd4NsUmosk9JH'\n  https://travis.corp.example/api/:\n    access_token: cmIcwwf5G1B7EtWJ7tIpyL\n", why: 'two endpoints, one quoted' },
    ],
    negative: [
      { path: '.travis/config.yml', text: 'endpoints:\n  https://api.travis-ci.com/:\n    access_token: XXXXXXXXXXXXXXXXXXXXXX\n', why: 'placeholder' },
      { path: '.travis/config.yml', text: 'endpoints:\n  https://api.travis-ci.com/:\n    access_token: UZPgqvOvFDnDftCqD99v\n', why: 'too short' },
      { path: '.travis/config.yml', text: "---\nchecked_completion: true\ndefault_endpoint: https://api.travis-ci.com/\n", why: 'logged out' },
    ],
  },
});

// ---------------------------------------------------------------------------------------------------
// Twilio CLI: `twilio login` turns the account SID and auth token into an API key and, since twilio-cli 3 (keytar dropped),
// keeps it in ~/.twilio-cli/config.json: `profiles.<id>` with `accountSid` (AC…, an identifier), `apiKey` (SK…, the key's
// SID) and `apiSecret`, 32 alphanumerics. The file never names Twilio, so twilio-auth-token's keyword misses it.

export const twilioCliApiKey: Detector = patternDetector({
  id: 'twilio-cli-api-key',
  title: "Twilio API key in the Twilio CLI's config.json",
  vendor: 'Twilio',
  severity: 'critical',
  keywords: [],
  paths: ['**/.twilio-cli/config.json'],
  priority: 40,
  // the secret, and the key's SID beside it (twilio-api-key reports SIDs too: they are written down only beside their secret)
  pattern: /"(?<field>apiSecret|apiKey)"\s{0,8}:\s{0,8}"(?<secret>[A-Za-z0-9]{32}|SK[0-9a-f]{32})"/,
  minEntropy: 3,
  rejectSequences: true,
  validate: (secret, m) => (m.groups?.field === 'apiKey' ? /^SK[0-9a-f]{32}$/.test(secret) : mixesDigitsAndCases(secret)),
  detail: (m) => (m.groups?.field === 'apiKey' ? 'Twilio CLI profile API key SID (profiles → apiKey): its secret is beside it' : 'Twilio CLI profile API key secret (profiles → apiSecret)'),
  remediation:
    'Delete the API key in the Twilio Console (Account > API keys & tokens; `twilio profiles:remove` deletes it too), create the profile again, ' +
    'and keep ~/.twilio-cli out of the repository (or pass TWILIO_API_KEY and TWILIO_API_SECRET from a secret store).',
  examples: {
    positive: [
      {
        path: 'home/.twilio-cli/config.json',
        text: '{\n  "profiles": {\n    "dev": {\n      "accountSid": "ACac5a28c151645ab0dc6d114b7ba4c236",\n      "apiKey": "SKf358d4cf67fcd05e99d14b5156d9b6da",\n      "apiSecret": "hnITwVawesP4a282ZNZkL9y1kYMoqLGX",\n      "region": null\n    }\n  },\n  "activeProfile": "dev"\n}\n',
      },
      { path: 'dotfiles/.twilio-cli/config.json', text: '{"profiles":{"prod":{"accountSid":"ACac5a28c151645ab0dc6d114b7ba4c236","apiKey":"SKf358d4cf67fcd05e99d14b5156d9b6da","apiSecret":"VSZDjJXZ7mv00cHQX46zKYkTzodvIESU"}}}', why: 'one line' },
    ],
    negative: [
      { path: '.twilio-cli/config.json', text: '{"profiles":{"dev":{"accountSid":"ACac5a28c151645ab0dc6d114b7ba4c236","region":null}},"edge":"sydney"}', why: 'keys kept in the keychain (twilio-cli 2)' },
      { path: '.twilio-cli/config.json', text: '{"profiles":{"dev":{"apiKey":"SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx","apiSecret":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}}}', why: 'placeholder' },
    ],
  },
});

// ---------------------------------------------------------------------------------------------------
// Cloudflare Wrangler: `wrangler login` keeps its OAuth tokens in default.toml in the .wrangler/config folder of the user's
// config home (~/.wrangler/config before Wrangler 3, then ~/.config/.wrangler/config, ~/Library/Preferences/.wrangler/config):
// `oauth_token`, `refresh_token`, `expiration_time`, `scopes`; the older `wrangler config` wrote `api_token` there, an API
// token of 40 base64url characters. Prefixed tokens (`cfut_` …) are left to cloudflare-scannable-token.

export const cloudflareWranglerToken: Detector = patternDetector({
  id: 'cloudflare-wrangler-token',
  title: "Cloudflare OAuth or API token in Wrangler's config (default.toml)",
  vendor: 'Cloudflare',
  severity: 'critical',
  keywords: [],
  paths: ['**/.wrangler/config/default.toml'],
  priority: 40,
  pattern: /^[ \t]{0,8}(?<field>oauth_token|refresh_token|api_token)[ \t]{0,4}=[ \t]{0,4}["'](?<secret>[A-Za-z0-9_.~+/=-]{32,512})["']/m,
  minEntropy: 4,
  rejectSequences: true,
  validate: (secret) => !/^(?:cfk|cfut|cfat)_/.test(secret) && mixesDigitsAndCases(secret),
  detail: (m) =>
    m.groups?.field === 'api_token' ? 'Cloudflare API token (wrangler config)' : m.groups?.field === 'refresh_token' ? 'Wrangler OAuth refresh token' : 'Wrangler OAuth access token',
  remediation:
    'Run `wrangler logout` (it revokes the OAuth grant) or revoke Wrangler under My Profile > API Tokens in the Cloudflare dashboard (roll an ' +
    'api_token there), log in again, and keep the .wrangler/config folder out of the repository (pass CLOUDFLARE_API_TOKEN from a secret store in CI).',
  examples: {
    positive: [
      {
        path: 'home/.config/.wrangler/config/default.toml',
        text: 'oauth_token = "3-ryL0L53r4KXvPD6x3VuzqPwYT8Ffb12pX_TCku3Pk.aCfKv2UToirqFeA9V9PaOupKGXk_4Bn60NL2JtujZAI"\nexpiration_time = "2026-12-06T21:00:00.000Z"\nrefresh_token = "XUVlJWegcBO4KZ4YAYFmCtELhYuRilSMhOfWsJk2cgd.lQrJBri-2le_OC-Y2ocZ2rYUQM7LCHDfuvkNCwYTzor"\nscopes = [ "account:read", "user:read", "workers:write" ]\n',
      },
      { path: 'backup/.wrangler/config/default.toml', text: 'api_token = "Ydj3u0aQJ0lP3gWhBU1RspIrIEYuQhhtV_GQcq5L"\n', why: 'the older `wrangler config` layout' },
    ],
    negative: [
      { path: '.wrangler/config/default.toml', text: 'api_token = "YOUR_CLOUDFLARE_API_TOKEN_GOES_HERE_000000"\n', why: 'placeholder' },
      { path: '.wrangler/config/default.toml', text: 'expiration_time = "2026-12-06T21:00:00.000Z"\nscopes = [ "account:read" ]\n', why: 'no token' },
      { path: 'wrangler.toml', text: 'name = "shop"\naccount_id = "mynj1hD_a0gh-gGrXuMxit6IAkWMNakwUyRsIi4N"\n', why: "a project's wrangler.toml, not the login file" },
    ],
  },
});

// ---------------------------------------------------------------------------------------------------
// Helm: `helm repo add NAME URL --username U --password P` stores both in clear in repositories.yaml
// ($XDG_CONFIG_HOME/helm, ~/.config/helm, ~/Library/Preferences/helm, %APPDATA%\helm; Helm 2's ~/.helm/repository):
// a `repositories:` list whose entries hold `name`, `url`, `username`, `password` (empty when the repository is public).

export const helmRepositoryPassword: Detector = patternDetector({
  id: 'helm-repository-password',
  title: "Chart repository password in Helm's repositories.yaml",
  secrets: 'chosen',
  severity: 'high',
  keywords: [],
  paths: ['**/helm/repositories.yaml', '**/.helm/repository/repositories.yaml'],
  priority: 40,
  pattern: /^[ \t]{0,8}(?:-[ \t]{1,4})?password[ \t]{0,4}:[ \t]{0,4}(?<secret>[^\s#][^\s]{0,255})[ \t]*$/m,
  allowPlaceholders: true,
  validate: (secret) => isConfigLiteral(unquote(secret)),
  detail: () => 'chart repository password (helm repo add --password)',
  remediation: storeRemediation(
    'chart repository password or token',
    'keep repositories.yaml out of the repository and image, and pass the password at `helm repo add --password-stdin` time from a secret store (or use an OCI registry login).',
  ),
  examples: {
    positive: [
      {
        path: 'home/.config/helm/repositories.yaml',
        text: 'apiVersion: ""\ngenerated: "0001-01-01T00:00:00Z"\nrepositories:\n- caFile: ""\n  certFile: ""\n  insecure_skip_tls_verify: false\n  keyFile: ""\n  name: internal\n  pass_credentials_all: false\n  password: 0gFPJAqmz5qq8%T1ZR\n  url: https://charts.shop.example\n  username: deployer\n',
      },
      { path: 'ci/.helm/repository/repositories.yaml', text: 'apiVersion: v1\nrepositories:\n- name: artifactory\n  url: https://shop.jfrog.example/artifactory/helm\n  username: ci\n  password: "0C!FcRr9Ge1wHq3e&k"\n', why: 'Helm 2 layout, quoted' },
    ],
    negative: [
      { path: '.config/helm/repositories.yaml', text: 'repositories:\n- name: bitnami\n  password: ""\n  url: https://charts.bitnami.com/bitnami\n  username: ""\n', why: 'public repository, no password' },
      { path: '.config/helm/repositories.yaml', text: 'repositories:\n- name: internal\n  password: ${HELM_REPO_PASSWORD}\n  url: https://charts.shop.example\n', why: 'reference' },
      { path: '.config/helm/repositories.yaml', text: 'repositories:\n- name: internal\n  password: changeme\n  url: https://charts.shop.example\n', why: 'stand-in' },
    ],
  },
});

/** A YAML/TOML scalar without its quotes. */
function unquote(value: string): string {
  return value.replace(/^(["'])(.{1,254})\1$/, '$2');
}

// ---------------------------------------------------------------------------------------------------
// IRC clients. irssi's ~/.irssi/config keeps `password = "…";` in `servers` entries (the server password) and channel
// entries (the channel key), and `sasl_password = "…";` in `chatnets`. WeeChat's irc.conf keeps `<server>.password` and
// `<server>.sasl_password` in its `[server]` section (bare in `[server_default]`); `${sec.data.name}` there means the value
// is kept in WeeChat's encrypted sec.conf: a reference, not a secret. Both clients store the value in clear as typed.

export const irssiConfigPassword: Detector = patternDetector({
  id: 'irssi-config-password',
  title: "IRC password in irssi's config",
  secrets: 'chosen',
  severity: 'medium',
  keywords: [],
  paths: ['**/.irssi/config'],
  priority: 40,
  pattern: /^[ \t]{0,16}(?<field>password|sasl_password)[ \t]{0,4}=[ \t]{0,4}"(?<secret>[^"\r\n]{1,256})"[ \t]{0,4};/m,
  allowPlaceholders: true,
  validate: (secret) => isConfigLiteral(secret),
  detail: (m) => (m.groups?.field === 'sasl_password' ? 'IRC account password (irssi chatnet sasl_password)' : 'IRC server password or channel key (irssi config)'),
  remediation: storeRemediation(
    'IRC account (NickServ/SASL) or server password',
    'keep ~/.irssi/config out of the repository (publish a copy without the passwords), or authenticate with a client certificate (SASL EXTERNAL).',
  ),
  examples: {
    positive: [
      {
        path: 'home/.irssi/config',
        text: 'chatnets = {\n  liberachat = {\n    type = "IRC";\n    sasl_mechanism = "PLAIN";\n    sasl_username = "ada";\n    sasl_password = "pBATz699O.oyK1ydrA";\n  };\n};\n',
      },
      { path: 'dotfiles/.irssi/config', text: 'servers = (\n  {\n    address = "irc.corp.example";\n    chatnet = "corp";\n    port = "6697";\n    password = "FHJTH68ouDr7YiC0nT";\n    use_tls = "yes";\n  }\n);\n', why: 'server password' },
    ],
    negative: [
      { path: '.irssi/config', text: 'chatnets = {\n  liberachat = {\n    sasl_mechanism = "EXTERNAL";\n    sasl_username = "ada";\n    sasl_password = "";\n  };\n};\n', why: 'certificate login, no password' },
      { path: '.irssi/config', text: 'chatnets = {\n  liberachat = {\n    sasl_password = "yourpassword";\n  };\n};\n', why: 'placeholder' },
      { path: '.irssi/config', text: 'chatnets = {\n  liberachat = {\n#    sasl_password = "pBATz699O.oyK1ydrA";\n  };\n};\n', why: 'commented out' },
    ],
  },
});

export const weechatIrcPassword: Detector = patternDetector({
  id: 'weechat-irc-password',
  title: "IRC password in WeeChat's irc.conf",
  secrets: 'chosen',
  severity: 'medium',
  keywords: [],
  paths: ['**/weechat/irc.conf', '**/.weechat/irc.conf'],
  priority: 40,
  pattern: /^[ \t]{0,8}(?:[\w.-]{1,64}\.|)(?<field>sasl_password|password)[ \t]{0,4}=[ \t]{0,4}"(?<secret>[^"\r\n]{1,256})"/m,
  allowPlaceholders: true,
  validate: (secret) => isConfigLiteral(secret),
  detail: (m) => (m.groups?.field === 'sasl_password' ? 'IRC account password (WeeChat sasl_password)' : 'IRC server password (WeeChat irc.conf)'),
  remediation: storeRemediation(
    'IRC account (NickServ/SASL) or server password',
    'keep it in WeeChat\'s encrypted store (`/secure set NAME PASSWORD`, then `/set irc.server.NAME.sasl_password "${sec.data.NAME}"`) and publish irc.conf without it.',
  ),
  examples: {
    positive: [
      { path: 'home/.config/weechat/irc.conf', text: '[server]\nlibera.addresses = "irc.libera.chat/6697"\nlibera.tls = on\nlibera.sasl_mechanism = plain\nlibera.sasl_username = "ada"\nlibera.sasl_password = "mMMi.4XnROIH0Pd%&X"\n' },
      { path: 'dotfiles/.weechat/irc.conf', text: '[server]\nbouncer.addresses = "znc.corp.example/6697"\nbouncer.password = "ada/libera:!auTPXj9g-Fs0JgH2-"\n', why: 'a bouncer login as the server password' },
    ],
    negative: [
      { path: '.config/weechat/irc.conf', text: '[server]\nlibera.sasl_password = "${sec.data.libera}"\n', why: 'a reference to the encrypted store' },
      { path: '.config/weechat/irc.conf', text: '[server_default]\nsasl_password = ""\n[server]\nlibera.password = ""\n', why: 'empty' },
      { path: '.config/weechat/sec.conf', text: '[data]\n__passphrase__ = on\nlibera = "6E8A7C1DB2F5E4A3B2C1D0E9F8A7B6C5D4E3F2A1B0C9D8E7F6A5B4C3D2E1F0A9"\n', why: 'the encrypted store itself' },
    ],
  },
});

// ---------------------------------------------------------------------------------------------------
// Pidgin / Finch (libpurple 2): ~/.purple/accounts.xml keeps every account that remembers its password in clear, as
// `<password>…</password>` in its `<account>` element (Pidgin's wiki, PlainTextPasswords). XML-escaped (`&amp;`, `&lt;`).

export const pidginAccountPassword: Detector = patternDetector({
  id: 'pidgin-account-password',
  title: "Chat account password in Pidgin's accounts.xml",
  secrets: 'chosen',
  severity: 'medium',
  keywords: [],
  paths: ['**/.purple/accounts.xml'],
  priority: 40,
  pattern: /<password>(?<secret>[^<\r\n]{1,512})<\/password>/,
  allowPlaceholders: true,
  validate: (secret) => isConfigLiteral(unescapeXml(secret)),
  detail: () => 'libpurple account password (accounts.xml)',
  remediation: storeRemediation(
    'chat account password (XMPP, IRC, or the service the account logs in to)',
    'keep ~/.purple out of the repository, and let Pidgin keep passwords in a keyring (Pidgin 3, or a keyring plugin) or not remember them.',
  ),
  examples: {
    positive: [
      {
        path: 'home/.purple/accounts.xml',
        text: "<?xml version='1.0' encoding='UTF-8' ?>\n\n<account version='1.0'>\n\t<account>\n\t\t<protocol>prpl-jabber</protocol>\n\t\t<name>ada@jabber.example/Home</name>\n\t\t<password>PqQzTp1xTbcSIFG2pN</password>\n\t\t<alias>Ada</alias>\n\t</account>\n</account>\n",
      },
      { path: 'backup/.purple/accounts.xml', text: '<account version=\'1.0\'>\n\t<account>\n\t\t<protocol>prpl-irc</protocol>\n\t\t<name>ada@irc.libera.chat</name>\n\t\t<password>0C!FcRr9Ge1wHq3e&amp;k</password>\n\t</account>\n</account>\n', why: 'XML-escaped' },
    ],
    negative: [
      { path: '.purple/accounts.xml', text: "<account version='1.0'>\n\t<account>\n\t\t<protocol>prpl-jabber</protocol>\n\t\t<name>ada@jabber.example/Home</name>\n\t</account>\n</account>\n", why: 'password not remembered' },
      { path: '.purple/accounts.xml', text: '<account>\n\t<password>changeme</password>\n</account>\n', why: 'stand-in' },
    ],
  },
});

// ---------------------------------------------------------------------------------------------------
// HTTPie named sessions (httpie.io/docs/cli/sessions): `http --session=NAME -a user:pass …` writes
// <config dir>/sessions/<host>/<NAME>.json (~/.config/httpie, ~/.httpie before 3.0), whose `auth` object keeps `type` and
// `raw_auth` ("user:pass" for basic/digest, the token for bearer) and whose `headers` keep what the request sent,
// Authorization included: a dict (`"Authorization": "Bearer …"`) before HTTPie 3.2, a list of `{"name", "value"}` since.
// xh writes the same files. Cookies the server set are kept too; those are not reported (most are not credentials).

const HTTPIE_SCHEME = String.raw`(?:Bearer|Basic|Token|token|bearer)[ ]{1,4}`;

export const httpieSessionCredential: Detector = patternDetector({
  id: 'httpie-session-credential',
  title: 'Credential in an HTTPie session file',
  severity: 'high',
  keywords: [],
  paths: ['**/httpie/sessions/**/*.json', '**/.httpie/sessions/**/*.json', '**/xh/sessions/**/*.json'],
  priority: 40,
  pattern: new RegExp(
    String.raw`(?:"(?<raw>raw_auth)"\s{0,8}:\s{0,8}"|"Authorization"\s{0,8}:\s{0,8}"${HTTPIE_SCHEME}|"name"\s{0,8}:\s{0,8}"Authorization"\s{0,8},\s{0,40}"value"\s{0,8}:\s{0,8}"${HTTPIE_SCHEME})(?<secret>[^"\\\s]{4,2048})"`,
  ),
  allowPlaceholders: true,
  validate: (secret, m) => (m.groups?.raw ? isSessionAuth(secret) : isSessionToken(secret)),
  detail: (m) => (m.groups?.raw ? 'HTTPie session auth (raw_auth)' : 'HTTPie session Authorization header'),
  remediation:
    'Revoke the token or change the password at the service the session talks to, delete the session file (or re-create it with ' +
    '`--session-read-only` and no `-a`), and keep HTTPie\'s sessions folder out of the repository.',
  examples: {
    positive: [
      {
        path: 'home/.config/httpie/sessions/api.shop.example/prod.json',
        text: '{\n    "__meta__": {\n        "about": "HTTPie session file",\n        "help": "https://httpie.io/docs#sessions",\n        "httpie": "3.2.2"\n    },\n    "auth": {\n        "password": null,\n        "type": "basic",\n        "raw_auth": "ada:1Tf.axiG3unpZEgCgb",\n        "username": null\n    },\n    "cookies": [],\n    "headers": []\n}\n',
      },
      {
        path: 'dotfiles/.config/httpie/sessions/localhost_8000/dev.json',
        text: '{\n    "auth": {\n        "type": null,\n        "raw_auth": null\n    },\n    "headers": [\n        {\n            "name": "Authorization",\n            "value": "Bearer PDJid6486zC6vbuCtJJ0E3J0GpK4RHzqf28o8t4QeVUPU678BvzPj6Tr-brE"\n        }\n    ]\n}\n',
        why: 'a bearer token in the header list (HTTPie 3.2)',
      },
      { path: 'backup/.httpie/sessions/api.shop.example/ci.json', text: '{"__meta__": {"httpie": "2.6.0"}, "headers": {"Authorization": "Token 0C!FcRr9Ge1wHq3e-k-mynj1hD_a0gh"}, "auth": {"type": null, "username": null, "password": null}}', why: 'HTTPie 2 header dict' },
    ],
    negative: [
      { path: '.config/httpie/sessions/pie.dev/api.json', text: '{"auth": {"type": "basic", "raw_auth": "user:pass"}}', why: "the docs' sample login" },
      { path: '.config/httpie/sessions/api.shop.example/prod.json', text: '{"auth": {"type": "bearer", "raw_auth": "$API_TOKEN"}}', why: 'reference' },
      { path: '.config/httpie/sessions/api.shop.example/prod.json', text: '{"auth": {"type": null, "raw_auth": null}, "headers": [{"name": "Accept", "value": "application/json"}]}', why: 'no credential' },
    ],
  },
});

/** raw_auth: `user:password` (the password a stored one), or a bearer token alone. */
function isSessionAuth(value: string): boolean {
  const colon = value.indexOf(':');
  if (colon < 0) return isSessionToken(value);
  const user = value.slice(0, colon);
  const password = value.slice(colon + 1);
  return user.length > 0 && isConfigLiteral(password, user);
}

/** A token: long enough, random-looking, no stand-in. */
function isSessionToken(value: string): boolean {
  return value.length >= 16 && !isPlaceholder(value) && shannonEntropy(value) >= 3.5 && !/^[$%{<]/.test(value);
}

// ---------------------------------------------------------------------------------------------------
// AWS IAM Identity Center (SSO): `aws sso login` caches the SSO-OIDC tokens in ~/.aws/sso/cache/<sha1>.json
// (`startUrl`, `region`, `accessToken`, `expiresAt`, and since the token-provider configuration `refreshToken`, `clientId`,
// `clientSecret`, `registrationExpiresAt`; the botocore-client-id-*.json files hold a client registration). The access token
// gets role credentials for every account and role the user may use until it expires; the refresh token and client secret
// get new access tokens for weeks. Priority 60: the client secret is JWT-shaped, and this finding says what it is.

export const awsSsoCacheToken: Detector = patternDetector({
  id: 'aws-sso-cache-token',
  title: 'AWS IAM Identity Center (SSO) token in the AWS CLI cache (~/.aws/sso/cache)',
  vendor: 'AWS',
  severity: 'high',
  keywords: [],
  paths: ['**/.aws/sso/cache/*.json'],
  priority: 60,
  pattern: /"(?<field>accessToken|refreshToken|clientSecret)"\s{0,8}:\s{0,8}"(?<secret>[A-Za-z0-9+/=_:.-]{60,8192})"/,
  minEntropy: 4,
  validate: (secret) => /[0-9]/.test(secret) && /[a-z]/.test(secret) && /[A-Z]/.test(secret),
  detail: (m) =>
    m.groups?.field === 'refreshToken' ? 'SSO-OIDC refresh token' : m.groups?.field === 'clientSecret' ? 'SSO-OIDC client registration secret' : 'SSO access token (gets role credentials)',
  remediation:
    'Run `aws sso logout` (it signs the session out), or have an administrator revoke the user\'s active sessions in IAM Identity Center; ' +
    'delete the cache files and keep ~/.aws out of the repository and images.',
  examples: {
    positive: [
      {
        path: 'home/.aws/sso/cache/5c1e2f0e8c7b4a39d6f1a2b3c4d5e6f708192a3b.json',
        text: '{"startUrl": "https://shop.awsapps.com/start", "region": "eu-west-1", "accessToken": "aoaAAAAAG' + 'VOfIMawS3iZaHB4BVFAuHhpWDNjprMFIzuQWjVbCvihiqL4bItKNpB1g043OdQoGiCJKpsQTHlOZzFWLECAkshSqyyf5FI76wA6OEQ9Ix0dCrVq18NOHVkUc' + '", "expiresAt": "2026-12-06T22:00:00Z"}',
      },
      {
        path: 'backup/.aws/sso/cache/botocore-client-id-eu-west-1.json',
        text: '{\n  "clientId": "PDJid6486zC6vbuCtJJ0E3J0GpK4RHzqf28o8t4QeVUPU678BvzPj6Tr-brE",\n  "clientSecret": "eyJraWQiOiJrZXktMTU2NDAyODA5OSIsImFsZyI6IkhTMzg0In0.eyJzZXJpYWxpemVkIjoiT3h3eTdVdUxvOXROWmlvdFBUb3dGV3FldzFDcmFDb0c5Mm14In0.Oxwy7UuLo9tNZiotPTowFWqew1CraCoG92mx8cqhSsfOD6jEpWM3W8x5GPGMeo5R",\n  "expiresAt": "2027-03-06T20:00:00Z"\n}\n',
        why: 'a client registration: its secret',
      },
    ],
    negative: [
      { path: '.aws/sso/cache/5c1e2f0e8c7b4a39d6f1a2b3c4d5e6f708192a3b.json', text: '{"startUrl": "https://shop.awsapps.com/start", "region": "eu-west-1", "accessToken": "<access-token>", "expiresAt": "2026-12-06T22:00:00Z"}', why: 'placeholder' },
      { path: '.aws/sso/cache/5c1e2f0e8c7b4a39d6f1a2b3c4d5e6f708192a3b.json', text: '{"startUrl": "https://shop.awsapps.com/start", "region": "eu-west-1", "expiresAt": "2026-12-06T22:00:00Z"}', why: 'no token' },
      { path: '.aws/sso/cache/botocore-client-id-eu-west-1.json', text: '{"clientId": "PDJid6486zC6vbuCtJJ0E3J0GpK4RHzqf28o8t4QeVUPU678BvzPj6Tr-brE", "expiresAt": "2027-03-06T20:00:00Z"}', why: 'the client id alone is no secret' },
    ],
  },
});

/** The module's detectors, in the order the catalogue lists them. */
export const cliConfigDetectors: readonly Detector[] = [
  awsSsoCacheToken,
  circleciCliToken,
  cloudflareTunnelCredentials,
  cloudflareTunnelOriginCert,
  cloudflareWranglerToken,
  flyioConfigAccessToken,
  helmRepositoryPassword,
  hetznerCliToken,
  httpieSessionCredential,
  hubConfigOauthToken,
  irssiConfigPassword,
  linodeCliToken,
  mongodbAtlasCliPrivateKey,
  netlifyCliToken,
  ngrokConfigAuthtoken,
  pidginAccountPassword,
  sbtCredentialsPassword,
  scalewayCliSecretKey,
  sentryCliAuthToken,
  snowsqlConfigPassword,
  travisCliAccessToken,
  twilioCliApiKey,
  vercelCliAuthToken,
  vultrCliApiKey,
  wakatimeConfigApiKey,
  weechatIrcPassword,
];
