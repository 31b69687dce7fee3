import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { keywordRegExp, keywordStarts } from '../../kit/keyword-windows.js';
import { lineStartNear, lineStartWithin } from '../../kit/name-value.js';
import { patternDetector } from '../../kit/pattern.js';
import { isConfigLiteral, storeRemediation } from './values.js';

// Shared secrets in the configuration formats of infrastructure services, where the generic
// `name = value` detector finds no secret-like name or no `=`: keepalived's VRRP `auth_pass`, the TSIG
// keys of BIND / ISC DHCP / rndc (`key "name" { algorithm hmac-…; secret "<base64>"; };`), the gossip
// encryption key of Consul and Nomad (`encrypt = "<base64 of 16 or 32 bytes>"`), the user database of a
// Kafka or ZooKeeper JAAS login module (`user_<name>="<password>"`), and Mosquitto's bridge password.

/** The match's line, up to the match, starts with a comment marker. */
function commented(text: string, at: number): boolean {
  const lineStart = lineStartNear(text, at, 512); // (never a search back along a long line)
  return /^[ \t]{0,64}(?:#|!|;|\/\/)/.test(text.slice(lineStart, at));
}

/**
 * keepalived.conf's VRRP simple password (`authentication { auth_type PASS  auth_pass … }`): sent in
 * clear in every advertisement, it still lets whoever has it take over the virtual address.
 */
export const keepalivedAuthPass: Detector = patternDetector({
  id: 'keepalived-vrrp-password',
  title: 'keepalived VRRP authentication password (auth_pass)',
  severity: 'medium',
  keywords: ['auth_pass'],
  priority: 30,
  pattern: /(?<=\n|^)[ \t]{0,64}auth_pass[ \t]{1,8}(?<q>["']?)(?<secret>[^\s"'#!]{1,64})\k<q>[ \t]{0,8}(?:[#!][^\n]{0,200})?(?=\r?\n|$)/,
  keywordSpan: { before: 66, after: 300 },
  validate: (secret) => isConfigLiteral(secret) && !/^\d{1,8}$/.test(secret),
  detail: () => 'the VRRP password of a keepalived instance',
  remediation: storeRemediation(
    'VRRP password (on every router of the instance)',
    'template keepalived.conf from a vault at deployment; VRRP passwords travel in clear, so also keep the VRRP segment isolated (or use unicast peers with IPsec).',
  ),
  examples: {
    positive: [
      { path: 'etc/keepalived/keepalived.conf', text: 'vrrp_instance VI_1 {\n    state MASTER\n    authentication {\n        auth_type PASS\n        auth_pass w7WaNUmV\n    }\n}\n' },
      { path: 'roles/lb/files/keepalived.conf', text: 'vrrp_instance VIP {\n  authentication {\n    auth_type PASS\n    auth_pass "Kq9zT2xM" # 8 characters at most\n  }\n}\n' },
    ],
    negative: [
      { path: 'roles/lb/templates/keepalived.conf.j2', text: '    auth_pass {{ keepalived_auth_pass }}\n', why: 'a template variable' },
      { path: 'etc/keepalived/keepalived.conf', text: '        auth_type PASS\n        auth_pass 1111\n', why: "the shipped sample's value" },
      { path: 'etc/keepalived/keepalived.conf', text: '        # auth_pass w7WaNUmV\n', why: 'a comment' },
      { path: 'lb.py', text: 'conf = {"auth_pass": "w7WaNUmV"}\n', why: 'not the directive (the generic detector judges code)' },
    ],
  },
});

/** A BIND-syntax key statement up to its secret: `key "name" { [algorithm …;] secret "…";`. */
const TSIG_KEY = /(?<![\w-])key[ \t]{1,8}(?:"[^"\n{}]{1,64}"|[\w.-]{1,64})[ \t\r\n]{0,8}\{[^{}]{0,400}?(?<![\w-])secret[ \t]{1,8}(?<q>"?)(?<secret>[A-Za-z0-9+/]{16,172}={0,2})\k<q>[ \t]{0,8};/;

export const tsigKeySecret: Detector = patternDetector({
  id: 'tsig-key-secret',
  title: 'TSIG / rndc / OMAPI key secret (BIND named.conf, rndc.key, ISC DHCP)',
  severity: 'high',
  keywords: ['hmac-md5', 'hmac-sha'],
  priority: 30,
  pattern: TSIG_KEY,
  keywordSpan: { before: 500, after: 500 },
  validate: (secret, m, text) => {
    // the key's block up to its closing brace, at most 600 characters (never a search to the end of the file)
    const ahead = text.slice(m.index, m.index + 600);
    const close = ahead.indexOf('}');
    const block = close < 0 ? ahead : ahead.slice(0, close);
    if (!/algorithm[ \t]{1,8}"?hmac-(?:md5|sha\d{1,3})/i.test(block) || commented(text, m.index)) return false;
    const bytes = Buffer.from(secret, 'base64');
    return bytes.length >= 12 && new Set(bytes).size >= 8;
  },
  detail: () => 'an HMAC key shared by a DNS/DHCP server and its clients (dynamic updates, zone transfers, rndc control)',
  remediation: storeRemediation(
    'TSIG key (generate a new one with `tsig-keygen` or `rndc-confgen -a`, then update the server and every client that uses it)',
    'keep key files out of the repository (include them from a path written at deployment, mode 0640 for the server\'s group).',
  ),
  examples: {
    positive: [
      { path: 'etc/bind/named.conf.local', text: 'key "ddns-key" {\n    algorithm hmac-sha256;\n    secret "IW17hyqhGpfYf0oXIjaNyGjL6gOkw5oHZQDcKrWiX6k=";\n};\n' },
      { path: 'etc/bind/rndc.key', text: 'key "rndc-key" {\n\talgorithm hmac-md5;\n\tsecret "Y6fjx+z4u134xYBMidqbrw==";\n};\n' },
      { path: 'roles/dhcp/files/dhcpd.conf', text: 'omapi-port 7911;\nomapi-key omapi_key;\nkey omapi_key {\n     algorithm hmac-md5;\n     secret tO10csXHXPqWn6nM12R6Yk4dWlUG3FSpXWizRuuGHgY=;\n}\n' },
    ],
    negative: [
      { path: 'etc/bind/named.conf', text: 'include "/etc/bind/rndc.key";\ncontrols { inet 127.0.0.1 allow { localhost; } keys { "rndc-key"; }; };\n', why: 'the key is included from elsewhere' },
      { path: 'templates/named.conf.j2', text: 'key "ddns" {\n    algorithm hmac-sha256;\n    secret "{{ ddns_secret }}";\n};\n', why: 'a template variable' },
      { path: 'etc/bind/named.conf', text: '# key "ddns-key" {\n#    algorithm hmac-sha256;\n#    secret "IW17hyqhGpfYf0oXIjaNyGjL6gOkw5oHZQDcKrWiX6k=";\n# };\n', why: 'commented out' },
      { path: 'etc/bind/named.conf', text: 'key "ddns-key" {\n    algorithm hmac-sha256;\n    secret "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";\n};\n', why: 'a filler value' },
      { path: 'docs/ddns.md', text: 'key host1-host2 {\n  algorithm hmac-sha256;\n  secret "La/E5CjG9O+os1jq0a2jdA==";\n};\n', why: "the BIND reference manual's example key" },
      { path: 'roles/dhcp/files/dhcpd.conf', text: 'key DHCP_UPDATER {\n    algorithm HMAC-MD5.SIG-ALG.REG.INT;\n    secret pRP5FapFoJ95JEL06sv4PQ==;\n}\n', why: "the dhcpd.conf manual's example key" },
    ],
  },
});

/** nsupdate's `-y [alg:]name:secret`: the same TSIG key given on the command line. */
export const nsupdateTsigKey: Detector = patternDetector({
  id: 'nsupdate-tsig-key',
  title: 'TSIG key secret on an nsupdate command line (-y)',
  severity: 'high',
  keywords: ['nsupdate'],
  priority: 30,
  pattern: /(?<![\w-])nsupdate(?:[ \t]{1,4}-[a-xzA-Z]{1,2}(?:[ \t]{1,4}[^\s-][^\s]{0,100})?){0,6}[ \t]{1,4}-y[ \t]{1,4}["']?(?:hmac-(?:md5|sha\d{1,3}):)?[\w.-]{1,64}:(?<secret>[A-Za-z0-9+/]{16,172}={0,2})(?![\w+/=])/,
  keywordSpan: { before: 1, after: 500 },
  validate: (secret, m, text) => !commented(text, m.index) && new Set(Buffer.from(secret, 'base64')).size >= 8,
  detail: () => 'a TSIG key given to nsupdate with -y (also visible in the process list)',
  remediation: storeRemediation(
    'TSIG key (generate a new one with `tsig-keygen`, then update the server and every client)',
    'pass the key in a file (`nsupdate -k /etc/bind/ddns.key`) kept out of the repository and written at deployment.',
  ),
  examples: {
    positive: [
      { path: 'scripts/ddns-update.sh', text: 'nsupdate -v -y hmac-sha256:ddns-key:tO10csXHXPqWn6nM12R6Yk4dWlUG3FSpXWizRuuGHgY= /tmp/cmds.txt\n' },
      { path: 'roles/dns/tasks/main.yml', text: '- shell: "nsupdate -y ddns-key:Y6fjx+z4u134xYBMidqbrw== {{ batch }}"\n' },
    ],
    negative: [
      { path: 'scripts/ddns-update.sh', text: 'nsupdate -k /etc/bind/ddns.key /tmp/cmds.txt\n', why: 'a key file' },
      { path: 'scripts/ddns-update.sh', text: 'nsupdate -y "hmac-sha256:ddns-key:$DDNS_SECRET" /tmp/cmds.txt\n', why: 'a variable' },
      { path: 'scripts/ddns-update.sh', text: '# nsupdate -y ddns-key:Y6fjx+z4u134xYBMidqbrw== cmds\n', why: 'a comment' },
    ],
  },
});

/** A Consul/Nomad gossip key: base64 of 16 or 32 random bytes. */
const GOSSIP_KEY = String.raw`(?<secret>[A-Za-z0-9+/]{22}==|[A-Za-z0-9+/]{43}=)`;
/** Keys and files of a Consul or Nomad agent's configuration, around a bare `encrypt` setting. */
const AGENT_CONFIG = /\b(?:consul|nomad|serf|datacenter|data_dir|retry_join|bootstrap_expect)\b/i;

export const consulGossipKey: Detector = patternDetector({
  id: 'consul-gossip-key',
  title: 'Consul or Nomad gossip encryption key (encrypt)',
  severity: 'high',
  keywords: ['encrypt', 'consul_gossip', 'nomad_gossip', 'consul-gossip', 'nomad-gossip'],
  priority: 30,
  pattern: new RegExp(
    String.raw`(?<![\w-])(?:(?<name>(?:(?:consul|nomad|serf|gossip)[_-]?)?encrypt(?:ion)?(?:[_-]?key)?|(?:consul|nomad)[_-]?gossip(?:[_-]?encryption)?[_-]?key)["']?[ \t]{0,32}[=:][ \t]{0,8}|(?<flag>-encrypt)(?:=|[ \t]{1,4}))["']?${GOSSIP_KEY}["']?(?![\w+/=])`,
    'i',
  ),
  keywordSpan: { before: 12, after: 140 },
  validate: (secret, m, text) => {
    if (commented(text, m.index)) return false;
    const bytes = Buffer.from(secret, 'base64');
    if (new Set(bytes).size < 8) return false;
    const name = (m.groups?.['name'] ?? '').toLowerCase();
    // a bare `encrypt` setting counts in an agent's configuration, a prefixed name or the CLI flag anywhere
    return m.groups?.['flag'] !== undefined || /consul|nomad|serf|gossip/.test(name) || AGENT_CONFIG.test(text);
  },
  detail: () => 'the key that encrypts the cluster\'s gossip traffic (whoever has it can join the gossip pool)',
  remediation: storeRemediation(
    'gossip key (install a new one with `consul keyring -install`/`-use`/`-remove`, or `nomad operator gossip keyring`, on every agent)',
    'deliver the key to agents from a secret store (Vault, an encrypted variable) instead of the committed configuration.',
  ),
  examples: {
    positive: [
      { path: 'consul.d/consul.hcl', text: 'datacenter = "dc1"\ndata_dir   = "/opt/consul"\nencrypt    = "IW17hyqhGpfYf0oXIjaNyGjL6gOkw5oHZQDcKrWiX6k="\n' },
      { path: 'nomad/server.json', text: '{"datacenter": "eu1", "server": {"enabled": true, "encrypt": "Y6fjx+z4u134xYBMidqbrw=="}}\n' },
      { path: 'group_vars/all.yml', text: 'consul_encrypt_key: "tO10csXHXPqWn6nM12R6Yk4dWlUG3FSpXWizRuuGHgY="\nnomad_gossip_key: Y6fjx+z4u134xYBMidqbrw==\n' },
      { path: 'scripts/start.sh', text: 'consul agent -server -bootstrap-expect=3 -encrypt="IW17hyqhGpfYf0oXIjaNyGjL6gOkw5oHZQDcKrWiX6k=" -data-dir=/tmp/c\n' },
    ],
    negative: [
      { path: 'consul.d/consul.hcl', text: 'datacenter = "dc1"\nencrypt = "{{ consul_gossip_key }}"\n', why: 'a template variable' },
      { path: 'backend.tf', text: 'terraform {\n  backend "s3" {\n    encrypt = true\n  }\n}\n', why: 'a flag, not a key' },
      { path: 'app/settings.py', text: 'ENCRYPT = "IW17hyqhGpfYf0oXIjaNyGjL6gOkw5oHZQDcKrWiX6k="\n', why: 'no Consul or Nomad configuration around it' },
      { path: 'consul.d/consul.hcl', text: 'datacenter = "dc1"\n# encrypt = "IW17hyqhGpfYf0oXIjaNyGjL6gOkw5oHZQDcKrWiX6k="\n', why: 'a comment' },
      { path: 'nomad/server.hcl', text: 'datacenter = "dc1"\nserver {\n  encrypt = "cg8StVXbQJ0gPvMd9o7yrg=="\n}\n', why: "HashiCorp's guides' example key" },
      { path: 'consul.d/consul.hcl', text: 'data_dir = "/opt/consul"\nencrypt = "pUqJrVyVRj5jsiYEkM/tFQYfWyJIv4s3XkvDwy7Cu5s="\n', why: "the Consul docs' example key" },
    ],
  },
});

/** A JAAS login module entry that holds passwords: its options up to the closing `;`. */
const JAAS_MODULE = /(Plain|Scram|Digest)LoginModule[ \t\r\n]{1,16}(?:required|requisite|sufficient|optional)\b/iy;
const JAAS_OPTION = /(?<![\w.])(?<name>user_(?<u>[\w.@-]{1,64})|password)[ \t]{0,4}=[ \t]{0,4}\\?"(?<v>[^"\\\n]{1,256})\\?"/dg;
let jaasFinder: RegExp | undefined;

function* detectJaas(input: DetectorInput): Iterable<Match> {
  const { text } = input;
  jaasFinder ??= keywordRegExp(['plainloginmodule', 'scramloginmodule', 'digestloginmodule']);
  let readTo = 0; // (a module's options read already: a keyword inside them, with no `;` between, is not read again)
  for (const at of keywordStarts(text, input.keywordStarts, jaasFinder)) {
    if (at < readTo) continue;
    JAAS_MODULE.lastIndex = at; // the keyword starts at the module's name: Plain…, Scram…, Digest…
    const head = JAAS_MODULE.exec(text);
    if (!head || commented(text, at)) continue;
    // the module's options, up to its `;`, at most 4,000 characters (never a search to the end of the file)
    const ahead = text.slice(JAAS_MODULE.lastIndex, JAAS_MODULE.lastIndex + 4000);
    const semicolon = ahead.indexOf(';');
    const options = semicolon < 0 ? ahead : ahead.slice(0, semicolon);
    readTo = JAAS_MODULE.lastIndex + options.length;
    const user = /(?<![\w.])username[ \t]{0,4}=[ \t]{0,4}\\?"([^"\\\n]{1,128})\\?"/.exec(options)?.[1] ?? '';
    const kind = (head[1] as string).toLowerCase();
    for (const m of options.matchAll(JAAS_OPTION)) {
      const v = m.groups?.['v'] as string;
      const account = m.groups?.['u'] ?? user;
      if (!isConfigLiteral(v, account)) continue;
      const start = JAAS_MODULE.lastIndex + (m.indices?.groups?.['v']?.[0] ?? m.index + m[0].indexOf(v));
      const detail = m.groups?.['u'] !== undefined ? `the password of ${kind === 'digest' ? 'ZooKeeper' : 'Kafka'} user ${account}, defined in a ${head[1]}LoginModule entry` : `the ${head[1]}LoginModule password of ${user || 'its user'}`;
      yield { start, end: start + v.length, secret: v, detail };
    }
  }
}

export const jaasLoginPassword: Detector = {
  id: 'jaas-login-module-password',
  title: 'Password in a Kafka or ZooKeeper JAAS login module (PlainLoginModule, ScramLoginModule, DigestLoginModule)',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: ['plainloginmodule', 'scramloginmodule', 'digestloginmodule'],
  priority: 30,
  remediation: storeRemediation(
    'broker or ZooKeeper password (and every client configured with it)',
    'keep JAAS files out of the repository, or reference the value indirectly (Kafka config providers: `${file:/etc/kafka/secrets.properties:password}`); for brokers prefer SCRAM users stored in the cluster to a PLAIN user list in the file.',
  ),
  detect: detectJaas,
  examples: {
    positive: [
      {
        path: 'config/kafka_server_jaas.conf',
        text: 'KafkaServer {\n   org.apache.kafka.common.security.plain.PlainLoginModule required\n   username="admin"\n   password="Hq7vR2mLp9xTq8"\n   user_admin="Hq7vR2mLp9xTq8"\n   user_alice="Wm4xK9qZ7vLpT2";\n};\n',
      },
      { path: 'config/client.properties', text: 'sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="alice" password="Rt5vX8kQ2mLpN7";\n' },
      { path: 'zookeeper/jaas.conf', text: 'Server {\n  org.apache.zookeeper.server.auth.DigestLoginModule required\n  user_super="Pz4wK8tQmL2xRv";\n};\n' },
    ],
    negative: [
      { path: 'config/client.properties', text: 'sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${KAFKA_USER}" password="${KAFKA_PASSWORD}";\n', why: 'variables' },
      { path: 'config/kafka_server_jaas.conf', text: '// org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="Hq7vR2mLp9xTq8";\n', why: 'a comment' },
      { path: 'docs/security.md', text: 'org.apache.kafka.common.security.plain.PlainLoginModule required username="alice" password="alice-secret";\n', why: "the Kafka guide's sample value" },
    ],
  },
};

export const mosquittoBridgePassword: Detector = patternDetector({
  id: 'mosquitto-bridge-password',
  title: 'Mosquitto bridge password (remote_password)',
  severity: 'high',
  keywords: ['remote_password'],
  priority: 30,
  pattern: /(?<=\n|^)[ \t]{0,16}remote_password[ \t]{1,8}(?<secret>[^\s#]{1,256})[ \t]{0,8}(?=\r?\n|$)/,
  keywordSpan: { before: 18, after: 300 },
  validate: (secret) => isConfigLiteral(secret),
  detail: () => 'the password a Mosquitto bridge logs in to the remote broker with',
  remediation: storeRemediation(
    'password of the bridge account on the remote broker',
    'write the bridge configuration at deployment from a secret store, or authenticate the bridge with a client certificate (`bridge_certfile`/`bridge_keyfile`).',
  ),
  examples: {
    positive: [
      { path: 'mosquitto/conf.d/bridge.conf', text: 'connection cloud-bridge\naddress broker.acme.io:8883\nremote_username bridge01\nremote_password APTg7avyudppAt\n' },
      { path: 'docker/mosquitto.conf', text: 'connection b2\n  remote_password Zt9q!W3xkP2m\n' },
    ],
    negative: [
      { path: 'mosquitto/conf.d/bridge.conf', text: '#remote_password APTg7avyudppAt\n', why: 'a comment' },
      { path: 'mosquitto/conf.d/bridge.conf', text: 'remote_password ${BRIDGE_PASSWORD}\n', why: 'a variable' },
      { path: 'bridge.py', text: 'cfg["remote_password"] = "APTg7avyudppAt"\n', why: 'code (the generic detector judges it)' },
    ],
  },
});

/** RabbitMQ's classic Erlang-term config (rabbitmq.config / advanced.config): `{default_pass, <<"…">>}`. */
export const rabbitmqErlangDefaultPass: Detector = patternDetector({
  id: 'rabbitmq-config-default-pass',
  title: 'RabbitMQ default user password in the Erlang-term config (default_pass)',
  severity: 'high',
  keywords: ['default_pass'],
  priority: 30,
  pattern: /\{[ \t]{0,4}default_pass[ \t]{0,4},[ \t]{0,4}(?:<<[ \t]{0,2})?"(?<secret>[^"\\\n]{1,256})"/,
  keywordSpan: { before: 6, after: 300 },
  // (an Erlang comment, `%`, opens the line: at most 64 blanks before it, never a search back along a long line)
  validate: (secret, m, text) => {
    const lineStart = lineStartWithin(text, m.index, 65);
    return !(lineStart >= 0 && /^[ \t]{0,64}%/.test(text.slice(lineStart, m.index))) && isConfigLiteral(secret);
  },
  detail: () => 'the password RabbitMQ creates its default user with',
  remediation: storeRemediation(
    'RabbitMQ user password (`rabbitmqctl change_password`)',
    'create users at deployment (`rabbitmqctl add_user` with a password from a secret store, or a definitions file kept out of the repository) and remove the default user.',
  ),
  examples: {
    positive: [
      { path: 'rabbitmq/rabbitmq.config', text: '[{rabbit, [{default_user, <<"admin">>}, {default_pass, <<"Wq3nZ8rYtB5kHs">>}]}].\n' },
      { path: 'templates/advanced.config', text: '[\n {rabbit, [\n   {default_vhost, <<"/">>},\n   {default_pass,  <<"Tz5kW8qNmX2rLb">>}\n ]}\n].\n' },
    ],
    negative: [
      { path: 'rabbitmq/rabbitmq.config', text: '[{rabbit, [{default_user, <<"guest">>}, {default_pass, <<"guest">>}]}].\n', why: 'the shipped default (guest can only log in from localhost)' },
      { path: 'rabbitmq/rabbitmq.config', text: '%% {default_pass, <<"Wq3nZ8rYtB5kHs">>},\n', why: 'a comment' },
      { path: 'templates/rabbitmq.config.j2', text: '{default_pass, <<"{{ rabbitmq_password }}">>}\n', why: 'a template variable' },
    ],
  },
});

/**
 * A Jupyter Notebook / Jupyter Server password hash as `jupyter notebook password` and
 * `notebook.auth.passwd()` write it: `sha1:<12 hex salt>:<40 hex digest>`, one round of salted SHA-1,
 * fast to crack; whoever cracks it runs code on the server.
 */
export const jupyterPasswordHash: Detector = patternDetector({
  id: 'jupyter-password-hash',
  title: 'Jupyter notebook password hash (sha1:salt:digest)',
  severity: 'medium',
  keywords: ['sha1:'],
  priority: 30,
  pattern: /(?<![\w:])sha1:(?<salt>[0-9a-f]{12}):[0-9a-f]{40}(?![\w:])/,
  validate: (secret, m, text) => !commented(text, m.index) && new Set(secret.slice(5)).size >= 10,
  detail: () => 'a salted SHA-1 of the notebook password (one round: quick to crack)',
  remediation: storeRemediation(
    'notebook password',
    'set it at deployment (`jupyter server password` on the host, or a hash passed from a secret store), or put the server behind an authenticating proxy (JupyterHub).',
  ),
  examples: {
    positive: [
      { path: 'jupyter/jupyter_notebook_config.py', text: "c.NotebookApp.password = u'sha1:5e1a7b3c9d2f:4b6a1c9e8f7d2a3b5c6d7e8f9a0b1c2d3e4f5a6b'\n" },
      { path: 'docker-compose.yml', text: "    command: start-notebook.sh --NotebookApp.password='sha1:b84f0c3a9e71:0d6e2a4c8b1f3e5d7c9a0b2d4f6e8a1c3b5d7f9e'\n" },
    ],
    negative: [
      { path: 'jupyter/jupyter_notebook_config.py', text: "#  c.NotebookApp.password = u'sha1:5e1a7b3c9d2f:4b6a1c9e8f7d2a3b5c6d7e8f9a0b1c2d3e4f5a6b'\n", why: 'a comment' },
      { path: 'yarn.lock', text: 'integrity sha1:5e1a7b3c9d2f4b6a1c9e8f7d2a3b5c6d7e8f9a0b\n', why: 'not the salted form' },
      { path: 'jupyter/jupyter_notebook_config.py', text: "c.NotebookApp.password = u'sha1:000000000000:0000000000000000000000000000000000000000'\n", why: 'a filler value' },
      { path: 'docker/Dockerfile', text: "RUN echo \"c.NotebookApp.password = u'sha1:67c9e60bb8b6:9ffede0825894254b2e042ea597d771089e11aed'\" >> /root/.jupyter/jupyter_notebook_config.py\n", why: "the Jupyter guide's example hash" },
    ],
  },
});

/**
 * Dovecot's passwd-file (and the SQL tables Postfix Admin and mail hosting panels fill) writes a
 * password as `{SCHEME}value`: `{PLAIN}`, `{CLEAR}`, `{CLEARTEXT}` and `{PLAINTEXT}` are the password
 * itself, whatever file or row holds it (`alice:{PLAIN}…:1000:1000::/home/alice::`).
 */
export const dovecotPlainPassword: Detector = patternDetector({
  id: 'dovecot-plain-password',
  title: 'Cleartext password in Dovecot form ({PLAIN}, {CLEARTEXT})',
  severity: 'high',
  keywords: ['{plain}', '{clear}', '{cleartext}', '{plaintext}'],
  priority: 30,
  pattern: /(?<![\w}])\{(?:PLAIN|CLEAR|CLEARTEXT|PLAINTEXT)\}(?<secret>[^\s:'"`,;)]{1,256})/, // Dovecot writes schemes in upper case; `{clear}` in code is a destructuring
  validate: (secret, m, text) => !commented(text, m.index) && isConfigLiteral(secret),
  detail: () => 'a cleartext password, in the {PLAIN} scheme Dovecot reads',
  remediation: storeRemediation(
    'mail account password',
    'store a slow hash instead (`doveadm pw -s ARGON2ID`, or BLF-CRYPT), and keep passwd-files and database dumps out of the repository.',
  ),
  examples: {
    positive: [
      { path: 'roles/mail/files/users', text: 'alice:{PLAIN}dQIs7r0rcI1ZV7:1000:1000::/home/alice::\n' },
      { path: 'sql/seed-mailboxes.sql', text: "INSERT INTO mailbox (username, password) VALUES ('info@shop.test', '{CLEARTEXT}kvgnYzrXSpmH');\n", why: 'a Postfix Admin row' },
    ],
    negative: [
      { path: 'dovecot/users', text: 'alice:{SHA512-CRYPT}$6$kvgnYzrXSpmH$Xq:1000:1000::/home/alice::\n', why: 'a hash scheme: the hash detectors judge it' },
      { path: 'dovecot/users', text: '# bob:{PLAIN}dQIs7r0rcI1ZV7:1001:1001::/home/bob::\n', why: 'a comment' },
      { path: 'templates/users.j2', text: '{{ item.name }}:{PLAIN}{{ item.password }}:1000:1000::\n', why: 'a template variable' },
    ],
  },
});

/**
 * Tor's `HashedControlPassword 16:<hex>` (torrc, `tor --hash-password`): an 8-byte salt, the
 * iteration byte (96: 65,536 bytes hashed) and the SHA-1 digest, RFC 2440's iterated and salted S2K.
 * Cheap to attack offline, and the password opens the control port (reconfigure the relay, read its
 * circuits).
 */
export const torHashedControlPassword: Detector = patternDetector({
  id: 'tor-hashed-control-password',
  title: 'Tor control port password hash (HashedControlPassword)',
  severity: 'medium',
  keywords: ['hashedcontrolpassword'],
  priority: 30,
  pattern: /HashedControlPassword[ \t]{1,8}["']?(?<secret>16:[0-9A-Fa-f]{16}60[0-9A-Fa-f]{40})(?![0-9A-Fa-f])/i,
  validate: (secret, m, text) => !commented(text, m.index) && new Set(secret.slice(3)).size >= 10,
  detail: () => "Tor control password hash (RFC 2440 iterated SHA-1: quick to attack offline)",
  remediation: storeRemediation(
    'Tor control port password',
    'prefer CookieAuthentication for the control port, or write the hash into torrc at deployment from a secret store.',
  ),
  examples: {
    positive: [
      { path: 'docker/tor/torrc', text: 'ControlPort 9051\nHashedControlPassword 16:13C5F69ECD6D4DD660C1EF709F37530691BF990B74C9A8DBB6F92986F3\n' },
      { path: 'ansible/roles/tor/templates/torrc', text: 'HashedControlPassword 16:18C2CE9B1648EA1C6009A426A9AA6E615EAC87C89222B01B3ED462A0D7 # relay ops\n' },
    ],
    negative: [
      { path: 'docker/tor/torrc', text: '#HashedControlPassword 16:13C5F69ECD6D4DD660C1EF709F37530691BF990B74C9A8DBB6F92986F3\n', why: "torrc.sample's commented line" },
      { path: 'docker/tor/torrc', text: 'HashedControlPassword 16:0000000000000000600000000000000000000000000000000000000000\n', why: 'a filler value' },
      { path: 'docker/tor/torrc', text: 'ControlPort 9051\nCookieAuthentication 1\n', why: 'cookie authentication' },
    ],
  },
});

/**
 * Nagios and Icinga 1 keep the passwords their checks need as `$USERn$` macros in resource.cfg, a file
 * meant to be readable by the monitoring user alone (the other macros hold plugin paths).
 */
export const nagiosResourceMacro: Detector = patternDetector({
  id: 'nagios-resource-password',
  title: 'Password in a Nagios / Icinga resource.cfg macro ($USERn$)',
  severity: 'high',
  keywords: ['$user'],
  paths: ['resource.cfg', '*resource*.cfg'],
  priority: 30,
  pattern: /^[ \t]{0,8}\$USER\d{1,3}\$[ \t]{0,4}=[ \t]{0,4}(?<secret>[^\s#;]{1,256})[ \t]*$/m,
  validate: (secret) => !/^[/$.~]/.test(secret) && !/^[\w.-]+\/[\w./-]*$/.test(secret) && isConfigLiteral(secret),
  detail: () => 'a resource.cfg macro holding a password for the checks',
  remediation: storeRemediation(
    'password the monitoring checks use',
    'keep resource.cfg out of the repository (deploy it from a secret store, readable by the monitoring user only) and commit a template with the macros empty.',
  ),
  examples: {
    positive: [
      { path: 'nagios/etc/resource.cfg', text: '$USER1$=/usr/lib/nagios/plugins\n$USER3$=PqNulkFPVJPWb\n' },
      { path: 'icinga/objects/resource.cfg', text: '# database check\n$USER7$ = dQIs7r0rcI1ZV7\n' },
    ],
    negative: [
      { path: 'nagios/etc/resource.cfg', text: '$USER1$=/usr/lib/nagios/plugins\n$USER2$=$USER1$/contrib\n', why: 'plugin paths' },
      { path: 'nagios/etc/resource.cfg', text: '#$USER3$=someuser\n#$USER4$=somepassword\n', why: 'the sample lines, commented' },
    ],
  },
});
