import type { Detector, DetectorInput, Match } from '../../src/types.js';
import { decodeBase64, decodeUserPassword } from '../kit/checksums.js';
import { isPlaceholder } from '../kit/placeholders.js';
import { lines, valueAt } from './lines.js';

// Registry and cluster credential files. The secret is the value (fingerprinted, redacted); priority 40
// lets a vendor detector that reports the same token at the same place win.

// Docker's `auths` map, wherever it is written: .docker/config.json, a CI file, a JSON string inside
// YAML or a shell script (escaped quotes too). The legacy .dockercfg has no `auths` key: there the
// registry objects are at the top, so that file is recognised by name.
const DOCKER_AUTH = /\\?"(auth|identitytoken|registrytoken)\\?"\s{0,16}:\s{0,16}\\?"([^"\\\s]{1,8192})\\?"/g;
const AUTHS_KEY = /"auths\\?"\s{0,16}:/;
const LEGACY = new Set(['.dockercfg', '.dockerconfigjson']);

/** The registry key that opens the object around an `auth` value: `"ghcr.io": {` within 700 characters before it. */
function registryBefore(text: string, at: number): string | undefined {
  const from = Math.max(0, at - 700);
  const window = text.slice(from, at);
  let k = window.lastIndexOf('{') - 1;
  if (k < 0) return undefined;
  while (k >= 0 && /\s/.test(window[k] as string)) k--;
  if (window[k--] !== ':') return undefined;
  while (k >= 0 && /\s/.test(window[k] as string)) k--;
  if (window[k] !== '"') return undefined;
  const close = window[k - 1] === '\\' ? k - 1 : k; // `\"ghcr.io\":` inside a JSON string
  const open = window.lastIndexOf('"', close - 1);
  return open < 0 || close - open > 254 ? undefined : window.slice(open + 1, close);
}

/** `auth` is base64 of `user:password`; a real one has a non-placeholder password. */
export function isDockerAuth(kind: string, value: string): boolean {
  if (kind !== 'auth') return value.length >= 16 && !isPlaceholder(value);
  const pair = decodeUserPassword(value);
  return pair !== undefined && !isPlaceholder(pair.password);
}

function* detectDockerConfig({ path, text }: DetectorInput): Iterable<Match> {
  const legacy = LEGACY.has(path.slice(path.lastIndexOf('/') + 1));
  DOCKER_AUTH.lastIndex = 0;
  for (let m = DOCKER_AUTH.exec(text); m !== null; m = DOCKER_AUTH.exec(text)) {
    const kind = m[1] as string;
    const value = m[2] as string;
    if (!isDockerAuth(kind, value)) continue;
    const registry = registryBefore(text, m.index);
    if (!legacy && (registry === undefined || !AUTHS_KEY.test(text.slice(Math.max(0, m.index - 4096), m.index)))) continue;
    const start = m.index + m[0].length - value.length - (m[0].endsWith('\\"') ? 2 : 1);
    yield { start, end: start + value.length, secret: value, detail: `${kind} for ${registry ?? 'a registry'}` };
  }
}

const KUBE_KIND = /^kind:[ \t]*["']?Config["']?[ \t]*$/m;
const KUBE_SECRET = /^[ \t]*(?:-[ \t]+)?(token|client-key-data|password|id-token|refresh-token|access-token|client-secret)[ \t]*:/;

function isKubeSecret(key: string, value: string): boolean {
  if (value.length === 0 || isPlaceholder(value)) return false;
  if (key === 'client-key-data') return /PRIVATE KEY-----/.test(decodeBase64(value)?.toString('utf8') ?? '');
  if (key === 'password') return true;
  return value.length >= 16;
}

function* detectKubeconfig({ text }: DetectorInput): Iterable<Match> {
  if (!KUBE_KIND.test(text)) return; // `kind: ConfigMap` passes the keyword gate, not this
  for (const line of lines(text)) {
    const m = KUBE_SECRET.exec(line.text);
    if (!m) continue;
    const { value, start } = valueAt(line, m[0].length);
    const key = m[1] as string;
    if (isKubeSecret(key, value)) yield { start, end: start + value.length, secret: value, detail: `${key} in a kubeconfig user` };
  }
}

export const dockerConfigAuth: Detector = {
  id: 'docker-config-auth',
  title: 'Docker config with registry credentials',
  policy: 'credentials-from-environment',
  severity: 'high',
  keywords: ['"auths', '"auth"'],
  priority: 40,
  // the `auths` key may open the map kilobytes before an `auth` value; without it (code that merely
  // says "auth", or a legacy .dockercfg whose registry key is within 700 characters) a match depends
  // on nearby lines only
  reach: 'file',
  fileKeywords: ['"auths'],
  remediation:
    'Revoke the registry password or token, remove the file from the repository, and log in at run time ' +
    '(docker login --password-stdin from a CI secret) or use a credential helper (credsStore).',
  detect: detectDockerConfig,
  examples: {
    positive: [
      { path: '.docker/config.json', text: '{\n  "auths": {\n    "ghcr.io": {\n      "auth": "Y2ktYm90Olp0OXFXM3hrUDJt"\n    }\n  }\n}\n' },
      { path: 'ci/.dockercfg', text: '{"registry.corp.example": {"auth": "Y2ktYm90Olp0OXFXM3hrUDJt", "email": "ci@corp.example"}}' },
      { path: 'build/.docker/config.json', text: '{"auths": {"myacr.azurecr.io": {"identitytoken": "flE7ivLRqKrb2LLaabTwqKIQ8ipZ47dYwy5G"}}}' },
      { path: 'ci/registry-auth.json', text: '{"auths":{"registry.corp.example":{"auth":"Y2ktYm90Omh1bnRlcjIy"}}}', why: 'any JSON file' },
      { path: 'k8s/pull-secret.yaml', text: 'stringData:\n  .dockerconfigjson: \'{"auths": {"ghcr.io": {"auth": "Y2ktYm90Olp0OXFXM3hrUDJt"}}}\'\n', why: 'JSON inside YAML' },
      { path: 'ci/login.sh', text: 'echo "{\\"auths\\":{\\"ghcr.io\\":{\\"auth\\":\\"Y2ktYm90Olp0OXFXM3hrUDJt\\"}}}" > ~/.docker/config.json\n', why: 'escaped JSON in a script' },
    ],
    negative: [
      { path: '.docker/config.json', text: '{\n  "auths": {\n    "https://index.docker.io/v1/": {}\n  },\n  "credsStore": "desktop"\n}\n', why: 'credential helper' },
      { path: 'ci/.dockercfg', text: '{"registry.corp.example": {"auth": "Y2ktYm90OjxwYXNzd29yZD4=", "email": "ci@corp.example"}}', why: 'ci-bot:<password>' },
      { path: 'build/.docker/config.json', text: '{"auths": {"ghcr.io": {"auth": "${DOCKER_AUTH}"}}}' },
      { path: 'config/app.json', text: '{"smtp": {"auth": "Y2ktYm90Olp0OXFXM3hrUDJt"}}', why: 'no auths map' },
    ],
  },
};

const KUBE_HEAD = 'apiVersion: v1\nkind: Config\nclusters:\n- name: prod\n  cluster:\n    server: https://10.0.0.1:6443\nusers:\n- name: admin\n  user:\n';

export const kubeconfigCredentials: Detector = {
  id: 'kubeconfig-credentials',
  title: 'Kubeconfig with embedded credentials',
  policy: 'credentials-from-environment',
  severity: 'critical',
  keywords: ['kind: config', 'kind: "config"', "kind: 'config'"],
  priority: 40,
  remediation:
    'Revoke the token or client certificate (or change the password) for that cluster user, remove the file, and use ' +
    'short-lived credentials from an exec plugin (cloud CLI, OIDC) instead of literals in the kubeconfig.',
  detect: detectKubeconfig,
  examples: {
    positive: [
      { path: 'deploy/kubeconfig.yaml', text: `${KUBE_HEAD}    token: eyJhbGciOiJSUzI1NiJ9.ZiS0emdtafJccDqr7nySe008vrNQTBGx.yO3J8SQu96CVNhyDbP9G\n` },
      {
        path: '.kube/config',
        text: `${KUBE_HEAD}    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==\n    client-key-data: LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlFcEFJQkFBS0NBUUVBdUxEY2RxdXNGT3FmQ080VHB0dDNmdVhWbTgrN2FQeXI5Mis1LytneWZ5dXkyUTFtCkc0NmowZjBBWVYza2ZUd0k3azdZSGVibWdlbjkwbnZHQTVnaDhWRU9KTUowdGlWN0V3MWIrdTJGZUw2N2t6RVcKLS0tLS1FTkQgUlNBIFBSSVZBVEUgS0VZLS0tLS0K\n`,
      },
      { path: 'ops/cluster.kubeconfig', text: `${KUBE_HEAD}    username: admin\n    password: "Hq7vR2mLp9xT"\n` },
    ],
    negative: [
      { path: 'deploy/kubeconfig.yaml', text: `${KUBE_HEAD}    token: <service-account-token>\n` },
      { path: '.kube/config', text: `${KUBE_HEAD}    client-certificate: /etc/k8s/admin.crt\n    client-key: /etc/k8s/admin.key\n`, why: 'paths, not data' },
      { path: 'ops/cluster.kubeconfig', text: `${KUBE_HEAD}    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n      args: [eks, get-token, --cluster-name, prod]\n` },
      { path: 'k8s/configmap.yaml', text: 'apiVersion: v1\nkind: ConfigMap\ndata:\n  token: flE7ivLRqKrb2LLaabTwqKIQ8ipZ47dYwy5G\n', why: 'not a kubeconfig' },
    ],
  },
};
