import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { mixesDigitsAndCases } from '../../kit/entropy.js';
import { isPlaceholder } from '../../kit/placeholders.js';
import { isConfigLiteral, storeRemediation } from './values.js';

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
// keys 32.

export const sentryCliAuthToken: Detector = patternDetector({
  id: 'sentry-cli-auth-token',
  title: 'Sentry auth token in .sentryclirc',
  vendor: 'Sentry',
  severity: 'high',
  keywords: [],
  paths: ['.sentryclirc'],
  priority: 40,
  pattern: new RegExp(String.raw`^[ \t]{0,8}(?<field>token|api_key)[ \t]{0,4}=[ \t]{0,4}["']?(?<secret>[a-f0-9]{64}|[a-f0-9]{32})${END}`, 'm'),
  minEntropy: 3.2,
  rejectSequences: true,
  detail: (m) => (m.groups?.field === 'api_key' ? 'Sentry legacy API key (.sentryclirc [auth] api_key)' : 'Sentry user auth token (.sentryclirc [auth] token)'),
  remediation:
    'Revoke the token in Sentry (User settings > Auth Tokens, or the organization\'s Auth Tokens page), create a new one, and keep .sentryclirc ' +
    'out of the repository (pass SENTRY_AUTH_TOKEN from a secret store in CI).',
  examples: {
    positive: [
      { path: 'home/.sentryclirc', text: '[defaults]\norg=acme\n\n[auth]\ntoken=ce2f4bb055ee1c5b2cc567c43e44b79aa0c76928e52aac4bf4a53693bb707f60\n' },
      { path: 'app/.sentryclirc', text: '[defaults]\nurl = https://sentry.shop.example/\nproject = web\n[auth]\ntoken = ba10cac4d487c307a712b60283e9af2b5a00c516ddd334c744f15e6452106544\napi_key = d76f19fd8d5d99b0ee9a876b829a8855\n', why: 'self-hosted, both keys' },
    ],
    negative: [
      { path: '.sentryclirc', text: '[defaults]\norg=acme\nproject=web\n', why: 'no auth section' },
      { path: '.sentryclirc', text: '[auth]\ntoken=0000000000000000000000000000000000000000000000000000000000000000\n', why: 'placeholder' },
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

/** The module's detectors, in the order the catalogue lists them. */
export const cliConfigDetectors: readonly Detector[] = [
  cloudflareTunnelCredentials,
  cloudflareTunnelOriginCert,
  flyioConfigAccessToken,
  hetznerCliToken,
  linodeCliToken,
  mongodbAtlasCliPrivateKey,
  netlifyCliToken,
  ngrokConfigAuthtoken,
  sbtCredentialsPassword,
  scalewayCliSecretKey,
  sentryCliAuthToken,
  snowsqlConfigPassword,
  vercelCliAuthToken,
  vultrCliApiKey,
];
