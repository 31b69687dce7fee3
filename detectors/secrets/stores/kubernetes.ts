import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { nameParts, PASSWORD_WORDS, repeatsName } from '../../kit/names.js';
import { isDockerAuth } from '../../files/container-credentials.js';
import { lines } from '../../files/lines.js';
import { isSecretLiteral } from '../shared/secret-literal.js';
import { base64Text, isPasswordName, isStoredPassword } from './values.js';
import { mappingAround, scalarAfter, yamlLines, type YamlLine } from './yaml-blocks.js';

// Kubernetes `Secret` manifests: the values under `stringData:` (plain) and `data:` (base64, judged
// decoded) of a `kind: Secret` mapping, in multi-document YAML and in lists (`items:`). A key named
// for a credential takes any real literal; other keys need a value that looks random; keys that
// hold identities (user, host, port, ids, certificates) are skipped. Key material is recognised by
// content (`tls.key` decoding to a PEM private key), registry credentials by decoding
// `.dockerconfigjson`. Helm templates (`{{ .Values.x | b64enc }}`) are not base64 and never match.

/** Sample values of the Kubernetes documentation. */
const DOC_SAMPLES = new Set(['1f2d1e2e67df', '39528$vdg7Jb', 'S!B\\*d$zDsb=']);
/** Name parts of keys that hold an identity or a location, not a secret (`username`, `db-host`, `tls.crt`, `client_id`). */
const IDENTITY_PARTS = new Set([
  'user', 'username', 'login', 'email', 'host', 'hostname', 'port', 'server', 'endpoint', 'url', 'uri', 'database', 'db', 'dbname',
  'name', 'namespace', 'region', 'zone', 'bucket', 'schema', 'driver', 'sslmode', 'id', 'crt', 'cert', 'certificate', 'ca',
]);
const KIND_SECRET = /^([ \t]{0,64})(-[ \t]{1,8})?kind:[ \t]{0,8}(["']?)Secret\3[ \t]{0,8}(?:#.{0,500})?$/;
const ENTRY = /^[ \t]{0,64}(?:"([^"\r\n]{1,253})"|'([^'\r\n]{1,253})'|([^\s:#"'][^\s:]{0,252}))[ \t]{0,8}:(?:[ \t]{1,8}|$)/;

function judgeData(key: string, encoded: string): string | undefined {
  if (!/^[A-Za-z0-9+/]{4,65536}={0,2}$/.test(encoded) || encoded.length % 4 !== 0) return undefined;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  // a key with a body: documentation shows the shape with nothing between BEGIN and END
  if (/PRIVATE KEY-----/.test(decoded)) return /PRIVATE KEY-----\s*[^-\s][^-]{31}/.test(decoded) ? 'private key' : undefined;
  if (key === '.dockerconfigjson' || key === '.dockercfg') {
    for (const m of decoded.matchAll(/"auth"[ \t]{0,8}:[ \t]{0,8}"([^"\\\s]{1,8192})"/g)) if (isDockerAuth('auth', m[1] as string)) return 'registry credentials';
    return undefined;
  }
  const text = base64Text(encoded);
  return text !== undefined && judgeValue(key, text) ? 'decoded value' : undefined;
}

/**
 * A password-family key takes any real password; a key naming an identity (`username`, `host`,
 * `…auth.username_in`) nothing; any other key (`api-key`, `fernet-key`, `STRIPE`) a value that looks random.
 */
function judgeValue(key: string, value: string): boolean {
  if (DOC_SAMPLES.has(value) || value.includes('\n')) return false;
  const parts = nameParts(key);
  if (isPasswordName(key) || parts.some((p) => PASSWORD_WORDS.has(p))) return isStoredPassword(value) && !repeatsName(key, value);
  if (parts.some((p) => IDENTITY_PARTS.has(p))) return false;
  return isSecretLiteral(value);
}

function* secretValues(ls: readonly YamlLine[], first: number, end: number, k: number): Iterable<Match> {
  for (let i = first; i < end; i++) {
    const l = ls[i] as YamlLine;
    if (l.keyCol !== k) continue;
    const section = /^(data|stringData):[ \t]{0,8}(?:#.{0,500})?$/.exec(l.text.slice(l.keyCol));
    if (!section) continue;
    const encoded = section[1] === 'data';
    let childCol = -1;
    for (let j = i + 1; j < end; j++) {
      const c = ls[j] as YamlLine;
      if (c.col < 0) continue;
      if (c.col <= k) break;
      if (childCol < 0) childCol = c.col;
      if (c.col !== childCol || c.dash) continue;
      const e = ENTRY.exec(c.text);
      if (!e) continue;
      const key = (e[1] ?? e[2] ?? e[3]) as string;
      const scalar = scalarAfter(c, e[0].length);
      if (!scalar) continue;
      const what = encoded ? judgeData(key, scalar.value) : judgeValue(key, scalar.value) ? 'value' : undefined;
      if (what === undefined) continue;
      yield { start: scalar.start, end: scalar.start + scalar.value.length, secret: scalar.value, detail: `${section[1]}.${key} of a Kubernetes Secret (${what})` };
    }
  }
}

function* detectSecretManifests({ text }: DetectorInput): Iterable<Match> {
  let ls: YamlLine[] | undefined;
  const kinds: number[] = [];
  let index = 0;
  for (const line of lines(text)) {
    if (line.text.includes('Secret') && KIND_SECRET.test(line.text)) kinds.push(index);
    index++;
  }
  let done = 0;
  for (const i of kinds) {
    if (i < done) continue; // a second `kind: Secret` line in a mapping already read
    ls ??= yamlLines(text);
    const l = ls[i] as YamlLine;
    const [first, end] = mappingAround(ls, i, l.keyCol, done);
    done = end;
    yield* secretValues(ls, first, end, l.keyCol);
  }
}

export const kubernetesSecretManifest: Detector = {
  id: 'kubernetes-secret-manifest',
  title: 'Kubernetes Secret manifest with credential values',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: ['kind: secret', 'kind: "secret"', "kind: 'secret'"],
  priority: 35,
  reach: 'file',
  remediation:
    'Rotate the values (base64 is an encoding, not encryption), remove the manifest from the repository and its history, and ' +
    'commit an encrypted form instead (Sealed Secrets, SOPS) or let External Secrets / the CSI driver fetch values from a secret store.',
  detect: detectSecretManifests,
  examples: {
    positive: [
      { path: 'k8s/db-secret.yaml', text: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\nstringData:\n  username: app\n  password: Hq7vR2mLp9xT\n' },
      { path: 'k8s/db-secret-b64.yaml', text: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  username: YXBw\n  password: aHVudGVyMjI=\n', why: 'base64 of a weak password' },
      {
        path: 'deploy/all.yaml',
        text: 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Secret\n  metadata:\n    name: api\n  stringData:\n    STRIPE_WEBHOOK: "Zt9q!W3xkP2mLq8v"\n',
        why: 'inside a List, random value under a key of any name',
      },
    ],
    negative: [
      { path: 'deploy/secrets.yaml', text: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: shop-users\ntype: Opaque\nstringData:\n  SHOP_BACKUP_PASSWORD: backup123456\n  SHOP_CLUSTER_ADMIN_PASSWORD: clusterAdmin123456\ndata:\n  SHOP_REPORTING_READER_PASSWORD: cmVwb3J0aW5nUmVhZGVyMjAyNA==\n', why: "sample accounts' passwords: the key's own words and a counter" },
      { path: 'k8s/db-secret.yaml', text: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  username: YWRtaW4=\n  password: MWYyZDFlMmU2N2Rm\n', why: "the Kubernetes documentation's sample" },
      { path: 'k8s/tls.yaml', text: 'apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\ndata:\n  tls.key: LS0tLS1CRUdJTiBFQyBQUklWQVRFIEtFWS0tLS0tCi0tLS0tRU5EIEVDIFBSSVZBVEUgS0VZLS0tLS0K\n', why: 'the shape of a key with no body between BEGIN and END' },
      { path: 'k8s/chap.yaml', text: 'apiVersion: v1\nkind: Secret\ntype: kubernetes.io/iscsi-chap\ndata:\n  node.session.auth.username_in: c2hvcC1pbml0aWF0b3I=\n', why: 'a user name' },
      { path: 'chart/templates/secret.yaml', text: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ .Release.Name }}\ndata:\n  password: {{ .Values.password | b64enc | quote }}\n', why: 'Helm template' },
      { path: 'k8s/config.yaml', text: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  password: Hq7vR2mLp9xT\n', why: 'not a Secret (the generic detectors judge ConfigMaps)' },
      { path: 'k8s/sealed.yaml', text: 'apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nspec:\n  encryptedData:\n    password: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq\n', why: 'encrypted' },
      { path: 'k8s/db-secret.yaml', text: 'apiVersion: v1\nkind: Secret\nstringData:\n  host: db.shop.internal\n  port: "5432"\n  username: app\n', why: 'identities only' },
    ],
  },
};
