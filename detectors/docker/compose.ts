import type { Detector, DetectorInput, Match } from '../../src/types.js';
import { composeEntries } from './compose-scan.js';
import { COMPOSE_PATHS } from './paths.js';
import { isPlaceholderPassword } from '../kit/placeholders.js';
import { isPasswordName } from '../secrets/shared/secret-literal.js';
import { isLiteralSecret } from './secret-value.js';

// Docker Compose services that run as root, run privileged, or carry literal secrets in
// `environment:` (list `- DB_PASSWORD=…` and map `DB_PASSWORD: …` forms; `${VAR}` references are fine).

const ROOT = /^(?:root|0)(?::\S*)?$/;

function* rootUser({ text }: DetectorInput): Iterable<Match> {
  for (const e of composeEntries(text)) {
    if (e.key === 'user' && ROOT.test(e.value)) yield { start: e.start, end: e.end, detail: `service "${e.service}" runs as root (user: ${e.value})` };
  }
}

function* privileged({ text }: DetectorInput): Iterable<Match> {
  for (const e of composeEntries(text)) {
    if (e.key === 'privileged' && /^(?:true|True|TRUE)$/.test(e.value)) yield { start: e.start, end: e.end, detail: `service "${e.service}" is privileged` };
  }
}

/** A variable that names the account a password belongs to (`POSTGRES_USER`, `DB_USERNAME`, `ADMIN_LOGIN`), or a key pair's public half (`S3_ACCESS_KEY`). */
const USER_VARIABLE = /(?:^|_)(?:USER|USERNAME|LOGIN|ACCESS_KEY|ACCESS_KEY_ID|KEY_ID)$/i;
/** The secret half of a key pair (`RUSTFS_SECRET_KEY`, `AWS_SECRET_ACCESS_KEY`): judged against its public half as a password against its user. */
const SECRET_HALF = /(?:^|_)SECRET(?:_ACCESS)?_KEY$/i;
const PUBLIC_HALF = /(?:^|_)ACCESS_KEY(?:_ID)?$/i;

function* secretEnvironment({ text }: DetectorInput): Iterable<Match> {
  const entries = [...composeEntries(text)];
  // the service's own name and its account names: `POSTGRES_USER=gitea` beside `POSTGRES_PASSWORD=gitea`
  // (a service's account names are few: past eight, the rest are not compared)
  const accounts = new Map<string, string[]>();
  // a word given to two variables of a service (`AWS_ACCESS_KEY_ID: sentry` and `AWS_SECRET_ACCESS_KEY: sentry`): a local stand-in pair
  const words = new Map<string, number>();
  for (const e of entries) {
    if (e.key !== 'environment' || !e.name) continue;
    if (USER_VARIABLE.test(e.name)) {
      const list = accounts.get(e.service) ?? [];
      if (list.length < 8) accounts.set(e.service, [...list, e.value]);
    }
    if (/^[A-Za-z]{3,30}$/.test(e.value)) {
      const key = `${e.service}\0${e.value.toLowerCase()}`;
      words.set(key, (words.get(key) ?? 0) + 1);
    }
  }
  // services that set a key pair's secret half: their access key is its public half, an account's name
  const pairs = new Set(entries.filter((e) => e.key === 'environment' && e.name && SECRET_HALF.test(e.name)).map((e) => e.service));
  for (const e of entries) {
    if (e.key !== 'environment' || !e.name || !isLiteralSecret(e.name, e.value)) continue;
    if (PUBLIC_HALF.test(e.name) && pairs.has(e.service)) continue;
    if ((isPasswordName(e.name) || SECRET_HALF.test(e.name)) && [e.service, ...(accounts.get(e.service) ?? [])].some((user) => isPlaceholderPassword(e.value, user))) continue;
    const word = e.value.toLowerCase();
    if (word === e.service.toLowerCase() || (words.get(`${e.service}\0${word}`) ?? 0) > 1) continue;
    yield { start: e.start, end: e.end, secret: text.slice(e.start, e.end), detail: `service "${e.service}" sets ${e.name} to a literal` };
  }
}

export const composeRootUser: Detector = {
  id: 'compose-root-user',
  title: 'Compose service runs as root',
  policy: 'non-root-containers',
  severity: 'medium',
  keywords: ['user'],
  paths: COMPOSE_PATHS,
  remediation: 'Run the service as an unprivileged user (`user: "10001:10001"`, or a USER set in its image) instead of root.',
  detect: rootUser,
  examples: {
    positive: [
      { text: 'services:\n  web:\n    image: nginx:1.27\n    user: root\n', path: 'docker-compose.yml' },
      { text: 'services:\n  db:\n    image: postgres:16\n    user: "0:0"\n  api:\n    user: "root:root"\n', path: 'compose.yaml' },
    ],
    negative: [
      { text: 'services:\n  web:\n    image: nginx:1.27\n    user: "101:101"\n', path: 'docker-compose.yml' },
      { text: 'services:\n  db:\n    image: postgres:16\n    user: "${UID}:${GID}"\n  api:\n    environment:\n      user: root\n', path: 'compose.yaml' },
    ],
  },
};

export const composePrivileged: Detector = {
  id: 'compose-privileged',
  title: 'Compose service runs privileged',
  policy: 'non-root-containers',
  severity: 'high',
  keywords: ['privileged'],
  paths: COMPOSE_PATHS,
  remediation: 'Remove `privileged: true`; grant only the capabilities the service needs with `cap_add` and the devices with `devices`.',
  detect: privileged,
  examples: {
    positive: [
      { text: 'services:\n  agent:\n    image: docker:27-dind\n    privileged: true\n', path: 'docker-compose.ci.yml' },
      { text: 'version: "3.9"\nservices:\n  vpn:\n    image: wireguard\n    privileged: true # needs net admin\n', path: 'compose.yml' },
    ],
    negative: [
      { text: 'services:\n  agent:\n    image: docker:27-dind\n    privileged: false\n', path: 'docker-compose.ci.yml' },
      { text: 'version: "3.9"\nservices:\n  vpn:\n    image: wireguard\n    cap_add: [NET_ADMIN]\n    # privileged: true\n', path: 'compose.yml' },
    ],
  },
};

export const composeSecretEnvironment: Detector = {
  id: 'compose-secret-environment',
  title: 'Literal secret in a compose environment',
  policy: 'secrets-not-in-images',
  severity: 'high',
  // below a vendor's detector (40 and up), which keeps the finding and names this policy too; above
  // the credential stores' (30) and the generic ones
  priority: 35,
  keywords: ['environment'],
  paths: COMPOSE_PATHS,
  remediation:
    'Rotate the value and take it out of the compose file: reference it as `${VAR}` from an uncommitted .env, ' +
    'or use compose `secrets:` mounted as files.',
  detect: secretEnvironment,
  examples: {
    positive: [
      { text: 'services:\n  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_PASSWORD=nLXG7byyUbirF7bn\n', path: 'docker-compose.yml' },
      { text: 'services:\n  api:\n    environment:\n      NODE_ENV: production\n      STRIPE_API_KEY: "RAIWhCDlXnXItpSy4LD3X3Yjoq1871qb"\n', path: 'compose.yaml' },
      { text: 'services:\n  api:\n    environment:\n      - "JWT_SECRET=14yFsrxBqs2K28XrU3F4MT8P9vYWB2Fq"\n', path: 'compose.prod.yml' },
      { text: 'services:\n  api:\n    environment: &api-env\n      SESSION_SECRET: &session Wq8LzT3vKp9Xm2Rb7Yc4Nd6F\n', path: 'compose.yml', why: 'an anchored environment and an anchored value: read as the value' },
    ],
    negative: [
      { text: 'services:\n  graylog:\n    environment:\n      # Password: admin\n      - GRAYLOG_ROOT_PASSWORD_SHA2=some-password-sha\n', path: 'graylog/docker-compose.yml', why: 'a value that names its kind with "some": a stand-in' },
      { text: "services:\n  app:\n    environment:\n      JWT_SECRET: 'random string unique to each install - type random characters here!'\n", path: 'docker-compose.yaml', why: 'an instruction written where the secret goes' },
      { text: 'services:\n  bot:\n    environment:\n      GROQ_API_KEY: "place your Groq API Key - this is for speech"\n      DB_PASSWORD: replace with the database password\n', path: 'bot/docker-compose.yml', why: 'instructions written as sentences where the values go' },
      { text: 'services:\n  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_PASSWORD=${POSTGRES_PASSWORD}\n', path: 'docker-compose.yml' },
      { text: 'services:\n  api:\n    environment:\n      NODE_ENV: production\n      STRIPE_API_KEY: "<your-stripe-key>"\n', path: 'compose.yaml' },
      { text: 'services:\n  web:\n    environment:\n      PAYMENTS_SECRET_KEY: sk_12345\n      PAYMENTS_PUBLISHABLE_KEY: pk_12345\n', path: 'compose.yaml', why: "a key's prefix and a counting stand-in" },
      { text: 'services:\n  api:\n    environment:\n      - JWT_SECRET_FILE=/run/secrets/jwt\n    secrets: [jwt]\n', path: 'compose.prod.yml' },
      { text: 'services:\n  etcd:\n    environment:\n      - ETCD_INITIAL_CLUSTER_TOKEN=tkn-7f3a9c2e81\n      - ETCD_NAME=etcd0\n', path: 'docker-compose.yml', why: "etcd's bootstrap id for the cluster, not a credential" },
      { text: 'services:\n  db:\n    image: mariadb:11\n    environment:\n      MARIADB_ROOT_PASSWORD: your_root_password\n      MARIADB_PASSWORD: your_database_password\n', path: 'compose.yaml', why: 'placeholders naming what to fill in' },
      { text: 'services:\n  store:\n    image: minio/minio\n    environment:\n      MINIO_ROOT_PASSWORD: minioadmin\n', path: 'compose.dev.yml', why: "MinIO's published default" },
      { text: 'services:\n  connect:\n    environment:\n      CONNECT_CONFIG_PROVIDERS_SECRET_PARAM_KAFKASTORE_BOOTSTRAP_SERVERS: kafka-1:9095\n', path: 'docker-compose.yml', why: 'the servers a secret provider reads from: a host and port' },
      { text: 'services:\n  registry:\n    environment:\n      REGISTRY_PASSWORD_ENCODER_SECRET: random\n', path: 'docker-compose.yml', why: 'says what kind of value goes there' },
      { text: 'services:\n  gateway:\n    image: graph/engine:v2\n    environment:\n      GRAPH_ENGINE_ADMIN_SECRET: mygatewaysecretkey\n', path: 'packages/adapter-graph/docker-compose.yml', why: 'lowercase words glued to "secretkey": a phrase naming the slot, as a template ships it' },
      { text: 'services:\n  auth:\n    environment:\n      KC_DB_URL: "jdbc:postgresql://db:5432/keycloak"\n', path: 'compose.yaml', why: 'a JDBC URL without a password' },
      { text: 'services:\n  app:\n    environment:\n      APP_ADMIN_PASSWORD: "_initial_admin_password_"\n      DB_PASSWORD: "insecure"\n', path: 'setup/cloud/compose.yaml', why: 'a marker the setup script replaces, and a default named for what it is' },
      { text: 'services:\n  api:\n    environment:\n      - DATABASE_URL=postgresql://app:testpass@db:5432/app\n', path: 'docker-compose.yml', why: 'a test password in the URL, as url-credentials judges it' },
      { text: 'services:\n  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_USER=forgejo\n      - POSTGRES_PASSWORD=forgejo\n', path: 'forgejo/compose.yaml', why: 'the account name again' },
      { text: 'services:\n  dashboards:\n    image: grafana/grafana\n    environment:\n      GF_SECURITY_ADMIN_PASSWORD: dashboards\n', path: 'compose.yaml', why: "the service's own name" },
      { text: 'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: mysecretpassword\n', path: 'compose.yaml', why: "the postgres image's documented example" },
      { text: 'services:\n  auth:\n    environment:\n      KC_DB_URL_HOST: pg-primary\n      KC_DB_URL_PORT: 5432\n', path: 'compose.yaml', why: "a URL's host, not a secret" },
      { text: 'services:\n  store:\n    image: chrislusf/seaweedfs\n    environment:\n      AWS_ACCESS_KEY_ID: relay\n      AWS_SECRET_ACCESS_KEY: relay\n', path: 'compose.yaml', why: 'one word for both halves of a local key pair' },
      { text: 'services:\n  store:\n    image: rustfs/rustfs\n    environment:\n      - RUSTFS_ACCESS_KEY=devrustfs\n      - RUSTFS_SECRET_KEY=devrustfs123\n', path: 'docker-compose.dev.yml', why: 'the access key again with a counter' },
      { text: 'services:\n  flags:\n    environment:\n      INFLUXDB_INIT_ADMIN_TOKEN: admin-token\n      INIT_API_TOKENS: "default:development.acme-insecure-api-token"\n', path: 'compose.yaml', why: 'words naming the slot, not a token' },
      { text: 'services:\n  db:\n    image: mariadb:11\n    environment:\n      - MARIADB_ROOT_PASSWORD=123456\n', path: 'templates/mariadb/compose.yaml', why: 'the first six digits: a template default' },
      { text: 'x-db: &db\n  POSTGRES_PASSWORD: &db-pass ledger\nservices:\n  app:\n    environment:\n      LEDGER_DB_USER: ledger\n      LEDGER_DB_PASSWORD: *db-pass\n', path: 'docker-compose.yml', why: 'an alias of a value anchored elsewhere, not a literal' },
      { text: 'services:\n  kafka:\n    environment:\n      KAFKA_SSL_KEYSTORE_FILENAME: broker.keystore.jks\n      KAFKA_SSL_KEYSTORE_CREDENTIALS: broker_keystore_creds\n', path: 'docker-compose.yml', why: 'the name of the file the image reads the password from' },
    ],
    knownMisses: [
      { text: 'services:\n  api:\n    environment: [JWT_SECRET=14yFsrxBqs2K28XrU3F4MT8P9vYWB2Fq]\n', path: 'compose.yml', why: 'flow style' },
      { text: 'x-env: &env\n  JWT_SECRET: 14yFsrxBqs2K28XrU3F4MT8P9vYWB2Fq\nservices:\n  api:\n    environment: *env\n', path: 'compose.yml', why: 'anchors are not followed' },
    ],
  },
};
