import type { Detector, DetectorInput, Match } from '../../src/types.js';
import { parseDockerfile, splitWords, textSpan, type Instruction } from '../kit/dockerfile.js';
import { SECRET_NAME_KEYWORDS } from '../kit/names.js';
import { DOCKERFILE_PATHS } from './paths.js';
import { isLiteralSecret } from './secret-value.js';

// ENV and ARG that give a secret-named variable a literal value: both stay readable in the
// image (`docker inspect`, `docker history`). Forms: `ENV K=V K2="V 2"`, legacy `ENV K value`,
// `ARG K=V`. Not: `ARG K` (no default), `${VAR}` references, paths, placeholders.

interface Assignment {
  readonly name: string;
  /** The value's span in the instruction's args, quotes excluded. */
  readonly start: number;
  readonly end: number;
  readonly value: string;
}

function* assignments(ins: Instruction, escape: string): Iterable<Assignment> {
  const words = splitWords(ins.args, escape);
  const first = words[0];
  if (!first) return;
  if (ins.keyword === 'ENV' && !first.value.includes('=')) {
    const rest = words.slice(1);
    const head = rest[0];
    const tail = rest[rest.length - 1];
    if (head && tail) yield unquoted(ins.args, first.value, head.start, tail.end, rest.map((w) => w.value).join(' '));
    return;
  }
  for (const word of words) {
    let eq = word.start;
    while (eq < word.end && ins.args.charCodeAt(eq) !== 61) eq++;
    if (eq === word.end) continue;
    yield unquoted(ins.args, ins.args.slice(word.start, eq), eq + 1, word.end, word.value.slice(word.value.indexOf('=') + 1));
  }
}

function unquoted(args: string, name: string, start: number, end: number, value: string): Assignment {
  const q = args[start];
  const quoted = end - start >= 2 && (q === '"' || q === "'") && args[end - 1] === q;
  return quoted ? { name, start: start + 1, end: end - 1, value } : { name, start, end, value };
}

function* detect({ text }: DetectorInput): Iterable<Match> {
  const df = parseDockerfile(text);
  for (const ins of df.instructions) {
    if (ins.keyword !== 'ENV' && ins.keyword !== 'ARG') continue;
    for (const a of assignments(ins, df.escape)) {
      if (!isLiteralSecret(a.name, a.value)) continue;
      const [start, end] = textSpan(ins, a.start, a.end);
      yield { start, end, secret: text.slice(start, end), detail: `${ins.keyword} ${a.name} is set to a literal` };
    }
  }
}

export const dockerfileSecretEnv: Detector = {
  id: 'dockerfile-secret-env',
  title: 'Secret set with ENV or ARG in a Dockerfile',
  policy: 'secrets-not-in-images',
  severity: 'high',
  // below a vendor's detector (40 and up), which keeps the finding and names this policy too; above
  // the credential stores' (30) and the generic ones
  priority: 35,
  keywords: SECRET_NAME_KEYWORDS,
  paths: DOCKERFILE_PATHS,
  remediation:
    'Rotate the value: ENV and ARG values stay readable in the image and its history. Pass it at run time ' +
    '(`docker run -e`, an orchestrator secret) or at build time with `RUN --mount=type=secret`.',
  detect,
  examples: {
    positive: [
      { text: 'FROM node:20\nENV DB_PASSWORD="Tr7kQ2mvX9pLw4"\n', path: 'Dockerfile' },
      { text: 'FROM python:3.12\nENV API_KEY 4f9a2c7e1b8d3f6a0c5e9b2d7f1a4c8e\n', path: 'Dockerfile', why: 'legacy ENV form' },
      { text: 'FROM ruby:3.3\nENV RAILS_ENV=production \\\n    SECRET_KEY_BASE=8c1f0e9a7b2d4c6e3f5a1b9d0c7e2f4a\n', path: 'web.Dockerfile' },
      { text: 'ARG REGISTRY_PASSWORD=hG4vR8nQ2wZ6\nFROM alpine:3.20\n', path: 'Containerfile', why: 'ARG default' },
      { text: 'FROM node:20\nENV GEOCODER_KEY=7d2f9c4a1e8b3f60c5a9e2d7b1f4c803\n', path: 'Dockerfile', why: "a service's key with a random value" },
      { text: "FROM alpine\nARG VERSION=1.2 NPM_AUTH_TOKEN='t0Kq8WmZ3rV5xN2b'\n", path: 'Dockerfile.ci' },
    ],
    negative: [
      { text: 'FROM python:3.12-slim\nENV GPG_KEY 5E2030CF7F31E0B510B5C7BBB5E0FB6D50D7CE97\n', path: 'Dockerfile', why: "the signing key's fingerprint that verifies a download: public" },
      { text: 'FROM node:20\nENV BUILD_KEY=release\n', path: 'Dockerfile', why: "a <word>_KEY with a word for a value: a service's key is random" },
      { text: 'FROM node:22\nARG NPM_TOKEN=latest\n', why: 'a release channel word, not a token' },
      { text: 'FROM node:20\nENV DB_PASSWORD="${DB_PASSWORD}"\n', path: 'Dockerfile', why: 'reference' },
      { text: 'FROM python:3.12\nENV API_KEY <your-api-key>\n', path: 'Dockerfile', why: 'placeholder' },
      { text: 'FROM ruby:3.3\nENV RAILS_ENV=production \\\n    SECRET_KEY_BASE=changeme\n', path: 'web.Dockerfile' },
      { text: 'ARG REGISTRY_PASSWORD\nFROM alpine:3.20\n', path: 'Containerfile', why: 'no default' },
      { text: 'FROM postgres:16\nENV POSTGRES_PASSWORD_FILE=/run/secrets/pg_password\n', path: 'Dockerfile' },
      { text: 'FROM alpine\nARG VERSION=1.2 NPM_AUTH_TOKEN=$NPM_AUTH_TOKEN\n', path: 'Dockerfile.ci' },
      { text: 'FROM node:20\nENV AUTH_PROVIDER=github SESSION_STORE=redis AUTH_ENABLED=true\n', path: 'Dockerfile', why: 'not credentials' },
      { text: 'FROM python:3.12\nENV GPG_KEY 5E2030CF7F31E0B510B5C7BBB5E0FB6D50D7CE97\n', path: 'Dockerfile', why: 'a key fingerprint, not a secret name' },
    ],
  },
};
