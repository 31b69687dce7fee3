import type { Detector, DetectorInput, Match } from '../../src/types.js';
import { type EnvEntry, holdsSecret, listNames, parseDotenv } from './dotenv-parse.js';

// A committed .env file, in any folder. Three outcomes, one finding per file at most:
// - dotenv-file (high): a .env holding secret values; the finding points at the first such name and
//   the detail lists the names (never the values; content detectors report the values themselves).
// - dotenv-file-without-secrets (low): a .env holding only settings (`PORT=3000`) or empty values.
//   The policy is "keep .env files out of VCS", and once tracked every later edit is committed too,
//   so it is still reported, at the posture severity.
// - dotenv-template-with-values (high): a template (`.env.example`, `sample.env`, ...) is meant to be
//   committed; it is reported only when it holds a real-looking secret value.
const DOTENV_PATHS = ['.env', '.env.*', '.env-*', '.env_*', '*.env', '*.env.*'];
/**
 * Words that make the file a template, committed by design: `.env.example`, `sample.env`, and the source a
 * deployment tool renders the real file from (Ansible's and Salt's Jinja `etcd.env.j2`, ERB's `app.env.erb`).
 */
const TEMPLATE_WORDS = new Set([
  'example', 'examples', 'sample', 'template', 'tmpl', 'tpl', 'dist', 'default', 'defaults', 'schema', 'stub', 'j2', 'jinja', 'jinja2', 'erb',
]);
/**
 * `.env.vault` is encrypted and committed by design; `.env.ts`, `vite.env.d.ts`... are code, not dotenv; a compose
 * file named for its environment (`docker-compose.env.yml`) is YAML; a patch to a .env file (`.env.patch`) is a diff;
 * `ndk.env.license` is the REUSE licence note beside `ndk.env` (SPDX lines). Frameworks that route by file name put
 * `.env.` inside component and page names (Remix's flat routes `projects.$project.env.$envParam.settings.tsx`, a
 * Vue `Project.env.vue`): the last extension says the file is code or markup, never dotenv syntax.
 */
const NOT_DOTENV = new Set([
  'vault', 'js', 'mjs', 'cjs', 'ts', 'mts', 'cts', 'json', 'md', 'py', 'go', 'rb', 'java', 'txt', 'yml', 'yaml', 'toml', 'patch', 'diff', 'license',
  'tsx', 'jsx', 'vue', 'svelte', 'astro', 'mdx', 'php', 'cs', 'kt', 'kts', 'swift', 'rs', 'dart', 'scala', 'html', 'css', 'scss', 'less', 'xml', 'lua', 'ex', 'exs', 'sql', 'snap', 'map',
]);

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function fileKind(path: string): 'dotenv' | 'template' | undefined {
  const words = basename(path).toLowerCase().split(/[.\-_]/).filter((w) => w.length > 0);
  const last = words[words.length - 1];
  if (last !== undefined && last !== 'env' && NOT_DOTENV.has(last)) return undefined;
  return words.some((w) => TEMPLATE_WORDS.has(w)) ? 'template' : 'dotenv';
}

/** The three detectors run on the same text one after another: parse it once. */
let lastParsed: { readonly text: string; readonly entries: readonly EnvEntry[] } | undefined;

function parsedOnce(text: string): readonly EnvEntry[] {
  if (lastParsed?.text !== text) lastParsed = { text, entries: parseDotenv(text) };
  return lastParsed.entries;
}

/**
 * A hidden file named for the tool that sources it, `.<tool>.env`: React Native's `ios/.xcode.env`, the shell file
 * Xcode's script phases source (`export NODE_BINARY=$(command -v node)`, the project template commits it; the
 * machine's own settings go in the ignored `.xcode.env.local`), a deployment framework's per-stage `.fast-stage.env`
 * (the stage's name, level and description, sourced by its link script), a container's `.healthcheck.env`. They
 * describe the tool's setup and are versioned by design: settings only in them are no posture finding; a secret in
 * them still is. A name that is an environment's or says it holds secrets (`.local.env`, `.prod.env`,
 * `.secrets.env`) is the machine's own file and stays one.
 */
const TOOL_ENV_FILE = /^\.([a-z0-9][a-z0-9_-]{0,40})\.env$/i;
const OWN_ENV_NAMES = new Set([
  'local', 'dev', 'develop', 'development', 'prod', 'production', 'stage', 'staging', 'test', 'testing', 'qa', 'uat',
  'preview', 'live', 'secret', 'secrets', 'private', 'credentials', 'creds', 'keys', 'my', 'user', 'personal', 'override', 'env',
]);

function versionedByDesign(path: string): boolean {
  const tool = TOOL_ENV_FILE.exec(basename(path))?.[1]?.toLowerCase();
  return tool !== undefined && !OWN_ENV_NAMES.has(tool);
}

/**
 * A `.env` that is a shell startup file: dotfiles repositories name the part of the shell's setup that exports
 * variables `.env` and source it from `.bashrc`, beside statements that configure the interactive shell itself
 * (`shopt -s histappend`, `ulimit -n 8192`, `setopt`, `alias`, `if [ … ]; then … fi`, a function). No dotenv loader
 * reads such a file (it cannot parse those lines); it is the user's shell configuration, versioned by design, so
 * settings only in it are no posture finding (a secret in it still is). Anchored at line starts, bounded: linear.
 */
const SHELL_STATEMENT =
  /^[ \t]{0,16}(?:(?:shopt|setopt|unsetopt|ulimit|umask|bindkey|complete|compdef|autoload|zstyle|alias)[ \t]{1,8}[-\w]|if[ \t]{1,8}[\[!]|fi[ \t]*$|function[ \t]{1,8}[A-Za-z_]|[A-Za-z_][\w-]{0,60}[ \t]{0,4}\(\)[ \t]{0,4}\{)/m;

/** Whether a file named like an env file is a shell startup file (see SHELL_STATEMENT), not a dotenv file. */
export function isShellStartupFile(text: string): boolean {
  return SHELL_STATEMENT.test(text);
}

/**
 * Names a front-end build compiles into the code it ships to every browser: Vite's `VITE_`, Next.js's `NEXT_PUBLIC_`,
 * Create React App's `REACT_APP_`, Vue CLI's `VUE_APP_`, Expo's `EXPO_PUBLIC_`, SvelteKit's and Astro's `PUBLIC_`,
 * Nuxt's `NUXT_PUBLIC_`, Gatsby's `GATSBY_`, Storybook's `STORYBOOK_`; and `NODE_ENV`, the mode every one of them
 * embeds. Those frameworks load `.env` and `.env.[mode]` as the build's defaults and document committing them
 * (secrets go in the ignored `.env.local`): a file of such names only is public build configuration, versioned by
 * design, no posture finding. A secret value in it is still dotenv-file's finding, and a `.local` file is the
 * machine's own.
 */
const PUBLIC_BUILD_NAME = /^(?:VITE_|NEXT_PUBLIC_|REACT_APP_|VUE_APP_|EXPO_PUBLIC_|PUBLIC_|NUXT_PUBLIC_|GATSBY_|STORYBOOK_)[A-Z0-9_]{1,100}$/;

/**
 * Settings of the build tool itself that such files carry beside the public names: Create React App's documented
 * build and dev-server switches (`FAST_REFRESH`, `GENERATE_SOURCEMAP`, `PUBLIC_URL`, `BROWSER`…) and the `MODE` a
 * Vite app names. Not `HOST` nor `PORT`: a server's .env holds those too.
 */
const BUILD_TOOL_SETTINGS = new Set([
  'NODE_ENV', 'MODE', 'FAST_REFRESH', 'GENERATE_SOURCEMAP', 'INLINE_RUNTIME_CHUNK', 'IMAGE_INLINE_SIZE_LIMIT', 'PUBLIC_URL',
  'BUILD_PATH', 'BROWSER', 'BROWSER_ARGS', 'HTTPS', 'WDS_SOCKET_HOST', 'WDS_SOCKET_PATH', 'WDS_SOCKET_PORT', 'TSC_COMPILE_ON_ERROR',
  'ESLINT_NO_DEV_ERRORS', 'DISABLE_ESLINT_PLUGIN', 'DISABLE_NEW_JSX_TRANSFORM', 'CHOKIDAR_USEPOLLING', 'SKIP_PREFLIGHT_CHECK',
]);

function publicBuildSettings(path: string, entries: readonly EnvEntry[]): boolean {
  if (/(?:^|[.\-_])local(?:$|[.\-_])/i.test(basename(path))) return false;
  // NODE_ENV alone (or the tool's switches alone) says nothing of a front-end build: one of the build's own names must be there
  return entries.some((e) => PUBLIC_BUILD_NAME.test(e.name)) && entries.every((e) => BUILD_TOOL_SETTINGS.has(e.name) || PUBLIC_BUILD_NAME.test(e.name));
}

function* detectDotenv({ path, text }: DetectorInput, want: 'secrets' | 'settings' | 'template'): Iterable<Match> {
  const kind = fileKind(path);
  if (kind === undefined || (kind === 'template') !== (want === 'template')) return;
  if (want === 'settings' && (versionedByDesign(path) || isShellStartupFile(text))) return;
  const entries = parsedOnce(text);
  if (entries.length === 0 && text.trim().length > 0) return; // not dotenv syntax at all
  const secrets = entries.filter((e) => holdsSecret(e, kind === 'template'));
  const first = secrets[0];
  if (want === 'settings') {
    if (first) return;
    if (entries.some((e) => e.value.trim().startsWith('encrypted:'))) return; // dotenvx: encrypted, meant to be committed
    if (publicBuildSettings(path, entries)) return;
    yield { start: 0, end: 0, detail: entries.length ? 'committed .env file holds only settings or empty values' : 'committed empty .env file' };
    return;
  }
  if (!first) return;
  yield { start: first.nameStart, end: first.nameStart + first.name.length, detail: `holds values for ${listNames(secrets)}` };
}

const SECRET_DOTENV = 'API_SECRET=Qm8vT2kLw9XrB4zN7cYp1HdF6sJe3GaU\nDB_PASSWORD=Hq7!vR2m#Lp9\n';

export const dotenvFile: Detector = {
  id: 'dotenv-file',
  title: 'Committed .env file with secret values',
  policy: 'env-files-out-of-vcs',
  severity: 'high',
  keywords: [],
  paths: DOTENV_PATHS,
  remediation:
    'Rotate the listed secrets, remove the file from the repository (git rm --cached) and add .env* to .gitignore; ' +
    'commit a .env.example with placeholders instead.',
  detect: (input) => detectDotenv(input, 'secrets'),
  examples: {
    positive: [
      { path: '.env', text: `NODE_ENV=production\n${SECRET_DOTENV}`, why: 'names listed, values never' },
      { path: 'services/api/.env.production', text: 'export STRIPE_KEY="rk_live_8ipZ47dYwy5GXINDWA0ukIHp"\nPORT=8080\n' },
      { path: 'home/shell/.env', text: `shopt -s histappend\n${SECRET_DOTENV}`, why: 'a shell startup .env is no posture finding, but a secret in it still is' },
      { path: 'deploy/prod.env', text: 'DATABASE_URL=postgres://app:Zt9qW3xk@db.internal:5432/app\n' },
      { path: '.env.local', text: 'PRIVATE_KEY="-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----"\nDEBUG=true\n' },
    ],
    negative: [
      { path: '.env', text: 'NODE_ENV=production\nPORT=3000\nDEBUG=true\nLOG_LEVEL=info\nAPI_URL=https://api.internal\n', why: 'settings only: dotenv-file-without-secrets' },
      { path: '.env', text: 'API_SECRET=${VAULT_API_SECRET}\nDB_PASSWORD=changeme\nJWT_SECRET=<your-jwt-secret>\n' },
      { path: 'docker/app.env', text: 'APP_URL=http://localhost\nSESSION_DRIVER=file\nSESSION_LIFETIME=120\nCACHE_STORE=redis\n', why: 'where sessions are kept' },
      { path: 'mailu/.env', text: 'AUTH_RATELIMIT=30/minute\nSECRET_RATE=5/second\nBROKER_AUTH__PGSQL__DATABASE=broker\nBROKER_AUTH__PGSQL__SERVER=pg:5432\n', why: 'how often a login may be tried, and where an authentication backend reads its users from' },
      { path: '.env', text: 'APP_ENV=prod\nAPP_SECRET=ch4ng3m3pl34s3\n', why: '"change me", typed with digits' },
      { path: '.env', text: 'DB_ROOT_PASS=rootsecretpassword\nGITEA_WEBHOOK_SECRET=gitea-webhook-secret\n', why: 'words naming the slot' },
      { path: '.env', text: 'DOMAIN=localhost\nSECRET_KEY=changethis\nFIRST_SUPERUSER_PASSWORD=changethis\n', why: '"change this"' },
      { path: 'bots/chat/.env', text: 'LLAMA_API_KEY= replace with llama api key\nOPENAI_API_KEY="place your OpenAI key to run the client"\nMETA_ACCESS_TOKEN="please your generated access token from the app"\n', why: 'instructions written as sentences: dotenv-file-without-secrets' },
      { path: '.env', text: 'QUEUE_URL=amqp://guest:guest@127.0.0.1:5672\nCACHE_URL=redis://default:changeme@cache:6379\n', why: 'URL passwords judged as url-credentials judges them' },
      { path: '.env.example', text: SECRET_DOTENV, why: 'templates are dotenv-template-with-values' },
      { path: '.env', text: 'DB_PASSWORD="encrypted:BNexEwjKwt87k9aEgaSng1JY6uW8OQrs0Zx4bAbt"\nDOTENV_PUBLIC_KEY="03f8b2c6a1"\n', why: 'dotenvx' },
      { path: 'src/vite.env.d.ts', text: 'API_SECRET=Qm8vT2kLw9XrB4zN7cYp1HdF6sJe3GaU\n', why: 'code, not dotenv' },
      {
        path: 'app/routes/teams.$team.env.$envSlug.keys.tsx',
        text: 'export const action = route({\n  authorization: { action: "write", scope: "deploys" },\n});\n',
        why: 'a flat-route component whose name holds ".env.": the extension says code',
      },
    ],
  },
};

export const dotenvFileWithoutSecrets: Detector = {
  id: 'dotenv-file-without-secrets',
  title: 'Committed .env file',
  policy: 'env-files-out-of-vcs',
  severity: 'low',
  keywords: [],
  paths: DOTENV_PATHS,
  remediation:
    'Stop tracking the file (git rm --cached .env) and add .env* to .gitignore, so secrets added to it later are not ' +
    'committed; share defaults through a committed .env.example.',
  detect: (input) => detectDotenv(input, 'settings'),
  examples: {
    positive: [
      { path: '.env', text: 'NODE_ENV=production\nPORT=3000\nAPI_URL=https://api.internal\n' },
      { path: 'web/.env.development', text: 'API_TOKEN=\nDB_PASSWORD=${DB_PASSWORD}\n', why: 'tracked, empty for now' },
      { path: 'api/.local.env', text: 'PORT=8081\nLOG_LEVEL=debug\n', why: "named for an environment: the machine's own file" },
      { path: 'web/.env.development.local', text: 'VITE_API_URL=http://localhost:8080\n', why: "a .local file is the machine's own, whatever it holds" },
      { path: 'admin/.env.production', text: 'VITE_APP_TITLE=Admin\nAPI_UPSTREAM=http://10.0.4.2:9000\n', why: 'one name the build does not ship to browsers: an environment file' },
      { path: 'app/.env.production', text: 'VITE_APP_TITLE=Shop\nPORT=8080\nFAST_REFRESH=false\n', why: "PORT is a server's setting as much as a dev server's: an environment file" },
    ],
    negative: [
      { path: '.env', text: SECRET_DOTENV, why: 'secret values: dotenv-file' },
      { path: '.env.example', text: 'NODE_ENV=production\nPORT=3000\n', why: 'a template' },
      { path: 'config/.env.js', text: 'module.exports = { port: 3000 };\n', why: 'code' },
      { path: 'app/routes/org.$org.env.$envName.usage.tsx', text: 'import { env } from "~/env.server";\n\nexport const loader = createLoader({\n  timeout: env.USAGE_TIMEOUT,\n  debug: false,\n});\n', why: 'a flat-route component named with ".env.": code' },
      { path: 'docker-compose.env.yml', text: "version: '3.4'\nx-defaults: &defaults\n  restart: unless-stopped\n", why: 'a compose file: YAML' },
      { path: 'config/ndk.env.license', text: 'SPDX-FileCopyrightText: 2024 Example Contributors\nSPDX-License-Identifier: MIT\n', why: "a REUSE licence note beside ndk.env" },
      { path: 'roles/kubelet/templates/kubelet.env.j2', text: 'KUBE_LOG_LEVEL="--v={{ kube_log_level }}"\nKUBELET_ADDRESS="--node-ip={{ kubelet_address }}"\n', why: 'a Jinja template a playbook renders' },
      { path: 'patches/external-kafka/.env.patch', text: '--- .env\n+++ .env\n@@ -1,2 +1,2 @@\n-KAFKA=kafka:9092\n+KAFKA=broker:9092\n', why: 'a diff' },
      { path: 'apps/admin/.env.production', text: '# base path\nVITE_BASE=/admin/\nVITE_GLOB_API_URL=/api\nVITE_COMPRESS=gzip\nNODE_ENV=production\n', why: "Vite's public build settings, committed as its documentation says" },
      { path: 'site/.env', text: 'NEXT_PUBLIC_SITE_URL=https://shop.example.org\nNEXT_PUBLIC_ANALYTICS_ID=G-Q7X2LM\n', why: 'Next.js values shipped to every browser' },
      { path: 'web/.env.development', text: 'MODE=development\nVITE_APP_API_URL=http://localhost:3015\nFAST_REFRESH=false\nVITE_APP_ENABLE_PWA=false\n', why: "public build names beside the build tool's own switches" },
      { path: 'mobile/ios/.xcode.env', text: '# sourced by the build phases\nexport NODE_BINARY=$(command -v node)\n', why: "React Native's Xcode environment file, versioned by design" },
      { path: 'home/shell/.env', text: 'export PAGER="less -R"\nexport HISTSIZE=50000\n\n# keep history across sessions\nshopt -s histappend\n', why: "a dotfiles repository's shell startup file: shopt configures the interactive shell, no dotenv loader reads it" },
      { path: 'dotfiles/macos/.env', text: 'export BROWSER="open"\nexport GOPATH="$HOME/go"\n\nulimit -S -n 4096\nif [ -d "$HOME/bin" ]; then\n  PATH="$HOME/bin:$PATH"\nfi\n', why: 'shell statements (ulimit, if … fi): a sourced shell file, not dotenv' },
      { path: 'infra/stages/1-network/.deploy-stage.env', text: 'DEPLOY_STAGE_NAME=network\nDEPLOY_STAGE_LEVEL=1\nDEPLOY_STAGE_DESCRIPTION="shared VPC and peering"\n', why: "a hidden file named for the tool that sources it: the stage's description" },
    ],
  },
};

export const dotenvTemplateWithValues: Detector = {
  id: 'dotenv-template-with-values',
  title: '.env template holding real values',
  policy: 'env-files-out-of-vcs',
  severity: 'high',
  keywords: [],
  paths: DOTENV_PATHS,
  remediation:
    'Rotate the listed secrets and replace their values in the template with empty values or placeholders; ' +
    'real values belong in an untracked .env or a secret store.',
  detect: (input) => detectDotenv(input, 'template'),
  examples: {
    positive: [
      { path: '.env.example', text: `APP_NAME=shop\n${SECRET_DOTENV}` },
      { path: 'config/sample.env', text: 'SENTRY_DSN=a7Kq2Xv9Lm4Tz8Bw1Np6Hc3Rf5Jd0Gs\nREDIS_HOST=localhost\n' },
      { path: '.env.dist', text: 'SMTP_URL=smtp://mailer:Xv8!rT2qWz@smtp.example.org:587\n' },
      { path: 'roles/app/templates/app.env.j2', text: 'APP_PORT={{ app_port }}\nAPI_SECRET=Qm8vT2kLw9XrB4zN7cYp1HdF6sJe3GaU\n', why: 'a Jinja template with a literal secret in it' },
    ],
    negative: [
      { path: 'starter/.env.example', text: 'APP_SECRET=mylocalsessionsecret\nSTRIPE_SECRET_KEY=sk_live_\nSTRIPE_WEBHOOK_SECRET=whsec_\n', why: 'words glued to secret; a key prefix with its body left out' },
      { path: '.env.example', text: 'APP_NAME=shop\nAPI_SECRET=\nDB_PASSWORD=your-db-password\nSTRIPE_KEY=sk_live_xxx\n' },
      { path: 'config/sample.env', text: 'SENTRY_DSN=<dsn>\nREDIS_HOST=localhost\nDB_PASSWORD=postgres\nJWT_SECRET=secret123\n', why: 'word-like defaults' },
      { path: 'starter/.env.example', text: '# payment keys\nPAYMENTS_PUBLISHABLE_KEY=pk_12345\nPAYMENTS_SECRET_KEY=sk_12345\nPAYMENTS_WEBHOOK_SECRET=whsec_1234\n', why: "key prefixes with counting stand-ins for their bodies" },
      { path: '.env.sample', text: 'URL=http://localhost:3000\nSECRET_KEY=generate_a_new_key\nUTILS_SECRET=run_openssl_rand_hex\n', why: 'instructions made of words' },
      { path: '.env.sample', text: 'DATABASE_URL=postgres://user:pass@postgres:5432/wiki\n', why: 'a word-like default password in a URL' },
      { path: '.env.example', text: 'APP_KEY=SomeRandomString\nAPP_URL=https://wiki.example.com\n', why: 'words in PascalCase' },
      { path: '.env.dist', text: 'SMTP_URL=smtp://smtp.example.org:587\nMAIL_FROM="Shop <shop@example.org>"\n' },
      { path: 'roles/etcd/templates/etcd.env.j2', text: 'ETCD_NAME={{ etcd_member_name }}\nETCD_INITIAL_CLUSTER_TOKEN=k8s_etcd\nETCDCTL_KEY={{ etcd_cert_dir }}/admin-{{ inventory_hostname }}-key.pem\n', why: 'word-like values, and values the template renders' },
      { path: 'bench/.env.template', text: 'S3_BUCKET=my-bucket\nS3_ENDPOINT=s3.dualstack.eu-west-2.amazonaws.com\n', why: 'a host name, not a random value' },
      { path: 'fastlane/.env.default', text: 'NODE_ENV="production"\nNODE_OPTIONS="--max_old_space_size=10240"\nJAVA_OPTS=--add-opens=java.base/java.lang=ALL-UNNAMED\n', why: 'command-line options a tool is started with' },
    ],
  },
};
