import type { Detector, DetectorInput, Match } from '../../src/types.js';
import { parseDockerfile, splitWords, textSpan, type Instruction, type Stage } from '../kit/dockerfile.js';
import { DOCKERFILE_PATHS } from './paths.js';

// COPY/ADD of a secret-bearing file from the build context: it lands in an image layer, where a
// later `rm` does not remove it. `COPY --from=<stage|image>` is not judged: its source is not the
// build context, and a secret file that entered an earlier stage from the context is reported there.

const TEMPLATE = /^(?:example|sample|template|tpl|dist|defaults?|schema)$/i;
const SSH_KEY = /^id_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?$/;
const CREDENTIAL_FILES = new Set(['.npmrc', '.pypirc', '.netrc', '_netrc', '.git-credentials', '.htpasswd', 'credentials.json']);
const CREDENTIAL_DIRS = new Set(['.ssh', '.aws', '.gnupg', '.docker', '.kube']);
const NESTED = /(?:^|\/)(?:\.aws\/credentials|\.docker\/config\.json|\.kube\/config)$/;
const PUBLIC = /^(?:pub|public)$/;
const PRIVATE = /^(?:key|priv|private|privkey|secret)$/;
// and Diffie-Hellman parameters (`dhparam.pem`, RFC 7919's `ffdhe4096.pem`): public by design
const NOT_PRIVATE = /^(?:certs?|certificate|crt|ca|cacerts?|chain|fullchain|bundle|root|rootca|trust|truststore|gpg|pgp|asc|keyring|archive|repo|release|apt|dhparams?|dh\d*|ffdhe\d+)$/;

/** What kind of secret file `source` names, or undefined. */
export function secretFileKind(source: string): string | undefined {
  const path = source.replace(/\/+$/, '');
  const base = path.slice(path.lastIndexOf('/') + 1);
  const lower = base.toLowerCase();
  if (lower === '.env' || lower === '.env*') return 'environment file';
  if (lower.startsWith('.env.')) return lower.slice(5).split('.').some((p) => TEMPLATE.test(p)) ? undefined : 'environment file';
  if (lower.endsWith('.env') && !lower.slice(0, -4).split(/[^a-z0-9]+/).some((p) => TEMPLATE.test(p))) return 'environment file';
  if (SSH_KEY.test(base)) return 'SSH private key';
  if (CREDENTIAL_FILES.has(lower) || NESTED.test(path)) return 'credential file';
  if (CREDENTIAL_DIRS.has(lower)) return 'credential directory';
  if (/\.tfstate(?:\.backup)?$/.test(lower)) return 'Terraform state';
  const dot = lower.lastIndexOf('.');
  const ext = dot > 0 ? lower.slice(dot + 1) : '';
  const parts = lower.slice(0, dot).split(/[^a-z0-9]+/);
  if (ext === 'pem' || ext === 'key') {
    if (parts.some((p) => PUBLIC.test(p))) return undefined;
    if (parts.some((p) => PRIVATE.test(p)) || !parts.some((p) => NOT_PRIVATE.test(p))) return 'private key';
    return undefined;
  }
  if (['p12', 'pfx', 'jks', 'keystore'].includes(ext)) return parts.some((p) => /^(?:trust|truststore|cacerts?)$/.test(p)) ? undefined : 'key store';
  return undefined;
}

interface Operand {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** The sources of a COPY/ADD with their spans in args, and its destination; no sources for `--from=` copies. */
function operands(ins: Instruction, escape: string): { sources: Operand[]; destination: string } {
  const args = ins.args;
  if (args.startsWith('[')) {
    let list: unknown;
    try { list = JSON.parse(args); } catch { return { sources: [], destination: '' }; }
    if (!Array.isArray(list) || !list.every((v): v is string => typeof v === 'string')) return { sources: [], destination: '' };
    const sources = list.slice(0, -1).map((value) => {
      const start = Math.max(0, args.indexOf(JSON.stringify(value)) + 1);
      return { value, start, end: start + value.length };
    });
    return { sources, destination: list[list.length - 1] ?? '' };
  }
  const words = splitWords(args, escape);
  if (words.some((w) => /^--from=/i.test(w.value))) return { sources: [], destination: '' };
  const all = words.filter((w) => !w.value.startsWith('--') && !w.value.startsWith('<<'));
  return { sources: all.slice(0, -1).filter((w) => !w.value.includes('://')), destination: all[all.length - 1]?.value ?? '' };
}

/** A destination named as a public key (`/war/jenkins-key.pub`, `/etc/keys/public.pem`): what is copied there is one. */
function namesPublicKey(destination: string): boolean {
  const base = destination.slice(destination.lastIndexOf('/') + 1).toLowerCase();
  return base.endsWith('.pub') || base.split(/[^a-z0-9]+/).some((p) => PUBLIC.test(p));
}

/**
 * Folder names that projects also give their own files: a repository's `.docker/` of container assets (an
 * entrypoint, a vhost, php.ini overrides), `.kube/` of manifests. Docker's and kubectl's credential folders
 * only when copied to where the client reads them (`COPY .docker /root/.docker`); `.ssh`, `.aws`, `.gnupg` always.
 */
const PROJECT_FOLDER_NAMES = new Set(['.docker', '.kube']);

/** A project's `.docker/` or `.kube/` folder copied somewhere other than a folder of the same name. */
function isAssetsFolder(source: string, destination: string): boolean {
  const name = source.replace(/\/+$/, '').slice(source.replace(/\/+$/, '').lastIndexOf('/') + 1).toLowerCase();
  if (!PROJECT_FOLDER_NAMES.has(name)) return false;
  const target = destination.replace(/\/+$/, '');
  return target.slice(target.lastIndexOf('/') + 1).toLowerCase() !== name;
}

/** The stages whose layers the final image is built on: the last stage and the stages it builds on (`FROM <stage>`). */
function finalImageStages(stages: readonly Stage[]): Set<number> {
  const inImage = new Set<number>();
  for (let s = stages.length - 1; s >= 0 && !inImage.has(s); s = stages[s]?.parent ?? -1) inImage.add(s);
  return inImage;
}

/**
 * Where the file lands: the image, or a build stage the final image does not build on. A build stage's layers are
 * not shipped with the image, but stay in the builder's cache and in any cache exported to a registry
 * (`--cache-to …,mode=max`), so the finding stands and says which.
 */
function intoWhat(stages: readonly Stage[], inImage: ReadonlySet<number>, stage: number): string {
  if (stage < 0 || inImage.has(stage)) return 'into the image';
  const name = stages[stage]?.name;
  return `into build stage ${name !== undefined ? `"${name}"` : stage + 1} (not in the final image, but kept in its layers and the build cache)`;
}

function* detect({ text }: DetectorInput): Iterable<Match> {
  const df = parseDockerfile(text);
  let inImage: Set<number> | undefined;
  for (const ins of df.instructions) {
    if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD') continue;
    const { sources, destination } = operands(ins, df.escape);
    for (const source of sources) {
      const kind = secretFileKind(source.value);
      if (!kind || (kind === 'private key' && namesPublicKey(destination)) || (kind === 'credential directory' && isAssetsFolder(source.value, destination))) continue;
      const [start, end] = textSpan(ins, source.start, source.end);
      inImage ??= finalImageStages(df.stages);
      yield { start, end, detail: `${ins.keyword} of ${source.value.slice(source.value.lastIndexOf('/') + 1)} (${kind}) ${intoWhat(df.stages, inImage, ins.stage)}` };
    }
  }
}

export const dockerfileCopiesSecretFile: Detector = {
  id: 'dockerfile-copies-secret-file',
  title: 'Secret file copied into an image',
  policy: 'secrets-not-in-images',
  severity: 'high',
  keywords: ['from'],
  paths: DOCKERFILE_PATHS,
  remediation:
    'Rotate what the file holds, since every image layer keeps it. Mount it only while a step runs with ' +
    '`RUN --mount=type=secret,id=…` and list it in .dockerignore.',
  detect,
  examples: {
    positive: [
      { text: 'FROM node:20\nCOPY .npmrc package.json ./\nRUN npm ci\n', path: 'Dockerfile' },
      { text: 'FROM python:3.12\nCOPY .env /app/.env\n', path: 'Dockerfile' },
      { text: 'FROM nginx:1.27\nADD certs/server.key /etc/nginx/ssl/\n', path: 'web.Dockerfile' },
      { text: 'FROM alpine\nCOPY ["id_ed25519", "/root/.ssh/id_ed25519"]\n', path: 'Dockerfile', why: 'JSON form' },
      { text: 'FROM alpine\nCOPY --chown=app:app \\\n  config/credentials.json /app/\n', path: 'Containerfile' },
      { text: 'FROM hashicorp/terraform\nCOPY terraform.tfstate .aws/credentials ./\n', path: 'Dockerfile' },
      { text: 'FROM alpine\nCOPY .docker/ /root/.docker/\nCOPY .ssh /home/app/ssh\n', path: 'Dockerfile', why: "Docker's client folder where the client reads it; .ssh anywhere" },
      { text: 'FROM node:20\nCOPY .env.production ./\n', path: 'Dockerfile.prod' },
      { text: 'FROM node:20\nCOPY deploy/prod.env /app/.env\n', path: 'Dockerfile', why: 'a <name>.env file' },
      { text: 'FROM node:20 AS build\nCOPY .npmrc package.json ./\nRUN npm ci && npm run build\n\nFROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html\n', path: 'Dockerfile', why: 'a build stage: not shipped, but its layers stay in the build cache (said in the detail)' },
    ],
    negative: [
      { text: 'FROM node:20\nCOPY package.json ./\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n', path: 'Dockerfile' },
      { text: 'FROM python:3.12\nCOPY .env.example /app/.env\n', path: 'Dockerfile', why: 'template' },
      { text: 'FROM nginx:1.27\nADD certs/ca-bundle.pem /etc/ssl/certs/\n', path: 'web.Dockerfile', why: 'public CA bundle' },
      { text: 'FROM alpine\nCOPY ["id_ed25519.pub", "/root/.ssh/authorized_keys"]\n', path: 'Dockerfile', why: 'public key' },
      { text: 'FROM alpine\nCOPY --from=build /out/server.key /etc/ssl/\n', path: 'Containerfile', why: 'from a stage, not the context' },
      { text: 'FROM hashicorp/terraform\nCOPY main.tf variables.tf ./\nCOPY . .\n', path: 'Dockerfile' },
      { text: 'FROM debian:12\nCOPY nodesource.gpg.key /tmp/\n', path: 'Dockerfile', why: 'public repository signing key' },
      { text: 'FROM php:8.3-apache\nCOPY .docker /assets\nCOPY .kube/ ./deploy/\n', path: 'Dockerfile', why: "a project's own .docker/ assets and .kube/ manifests, copied elsewhere" },
      { text: 'FROM node:20\nCOPY deploy/example.env /app/.env\n', path: 'Dockerfile', why: 'template' },
      { text: 'FROM jetty:12\nCOPY releases-2026.key /war/releases-key.pub\n', path: 'Dockerfile', why: 'copied to a .pub: a public signing key' },
      { text: 'FROM debian:12\nCOPY target/shared/ffdhe4096.pem /etc/postfix/dhparams.pem\nCOPY tests/dhparam.pem /tmp/\n', path: 'Dockerfile', why: 'Diffie-Hellman parameters are public' },
    ],
    knownMisses: [
      { text: 'FROM node:20\nCOPY deploy/ /app/deploy/\n', path: 'Dockerfile', why: 'a directory whose content is unknown (deploy/.env)' },
    ],
  },
};
