import type { Detector, DetectorInput, Match } from '../../src/types.js';
import { parseDockerfile, splitWords, textSpan, type Instruction } from '../kit/dockerfile.js';
import { isCredentialSlot, SECRET_NAME_KEYWORDS } from '../kit/names.js';
import { DOCKERFILE_PATHS } from './paths.js';

// A credential passed as a build argument (`ARG NPM_TOKEN`, then `docker build --build-arg
// NPM_TOKEN=…`) and used by a RUN: the build records every build argument a RUN sees in the image's
// history (`docker history --no-trunc` shows `RUN |1 NPM_TOKEN=npm_… /bin/sh -c npm ci`), and an ENV
// that copies it keeps it in the image's configuration. Whoever pulls the image reads it. Docker's
// own build checks warn of it (SecretsUsedInArgOrEnv); BuildKit's secret mounts carry it without a
// trace. Reported at the ARG when a RUN or an ENV of its stage reads it; an ARG with a literal
// default is dockerfile-secret-env's (its value is in the file itself).

/**
 * Names a front-end build inlines into the JavaScript it ships (Vite's `VITE_`, Create React App's `REACT_APP_`,
 * Gatsby's, Expo's and Next's public prefixes): the browser gets the value anyway, so the history adds nothing.
 */
const CLIENT_BUNDLE = /^(?:VITE_|REACT_APP_|GATSBY_|EXPO_PUBLIC_|NEXT_PUBLIC_|NUXT_PUBLIC_|PUBLIC_)/;

/** `$NAME` and `${NAME…}` in a command: the variables it reads. */
const REFERENCE = /\$\{?([A-Za-z_][A-Za-z0-9_]{0,80})/g;

/**
 * For each variable name, the RUN and ENV instructions that read it and the ARG lines that declare it,
 * in order: found in one pass over the file, so that a file of thousands of ARG and RUN lines is read
 * once, not once per ARG.
 */
function uses(instructions: readonly Instruction[], escape: string): Map<string, { readers: number[]; declared: number[] }> {
  const out = new Map<string, { readers: number[]; declared: number[] }>();
  const entry = (name: string) => {
    let e = out.get(name);
    if (!e) out.set(name, (e = { readers: [], declared: [] }));
    return e;
  };
  instructions.forEach((ins, index) => {
    if (ins.keyword === 'ARG') {
      for (const w of splitWords(ins.args, escape)) entry(w.value.split('=', 1)[0] as string).declared.push(index);
    } else if (ins.keyword === 'RUN' || ins.keyword === 'ENV') {
      const seen = new Set<string>();
      for (const body of [ins.args, ...ins.heredocs.map((h) => h.body)]) for (const m of body.matchAll(REFERENCE)) seen.add(m[1] as string);
      for (const name of seen) entry(name).readers.push(index);
    }
  });
  return out;
}

/** The first of `sorted` (ascending) above `from`: a binary search, as one name can be declared and read thousands of times. */
function firstAfter(sorted: readonly number[], from: number): number | undefined {
  let [a, b] = [0, sorted.length];
  while (a < b) {
    const mid = (a + b) >> 1;
    if ((sorted[mid] as number) <= from) a = mid + 1;
    else b = mid;
  }
  return sorted[a];
}

/** The first RUN or ENV of the ARG's stage after it that reads it, unless an ARG line declares it again first (judged there). */
function firstReader(instructions: readonly Instruction[], from: number, found: { readers: number[]; declared: number[] } | undefined): Instruction | undefined {
  if (!found) return undefined;
  const stage = (instructions[from] as Instruction).stage;
  const reader = firstAfter(found.readers, from);
  const again = firstAfter(found.declared, from);
  if (reader === undefined || (again !== undefined && again < reader)) return undefined;
  const ins = instructions[reader] as Instruction;
  return ins.stage === stage ? ins : undefined;
}

function* detect({ text }: DetectorInput): Iterable<Match> {
  const df = parseDockerfile(text);
  const { instructions } = df;
  let byName: ReturnType<typeof uses> | undefined;
  for (let index = 0; index < instructions.length; index++) {
    const ins = instructions[index] as Instruction;
    // before the first FROM an ARG serves FROM lines only; a stage must declare it again to use it
    if (ins.keyword !== 'ARG' || ins.stage < 0) continue;
    for (const word of splitWords(ins.args, df.escape)) {
      const eq = word.value.indexOf('=');
      const name = eq < 0 ? word.value : word.value.slice(0, eq);
      const fallback = eq < 0 ? '' : word.value.slice(eq + 1);
      // a literal default is in the file itself (dockerfile-secret-env); a reference's value comes from the build
      if ((fallback !== '' && !fallback.startsWith('$')) || !/^[A-Za-z_][A-Za-z0-9_]{0,80}$/.test(name) || CLIENT_BUNDLE.test(name) || !isCredentialSlot(name, true)) continue;
      byName ??= uses(instructions, df.escape);
      const reader = firstReader(instructions, index, byName.get(name));
      if (!reader) continue;
      const [start, end] = textSpan(ins, word.start, word.start + name.length);
      const kept = reader.keyword === 'ENV' ? 'an ENV copies it into the image configuration' : 'the image history records it with the RUN';
      yield { start, end, detail: `build argument ${name} reaches the ${reader.keyword} on line ${reader.line}: ${kept}` };
    }
  }
}

export const dockerfileSecretBuildArg: Detector = {
  id: 'dockerfile-secret-build-arg',
  title: 'Credential passed to a Dockerfile as a build argument',
  policy: 'secrets-not-in-images',
  severity: 'medium',
  keywords: SECRET_NAME_KEYWORDS,
  paths: DOCKERFILE_PATHS,
  remediation:
    'Rotate the credential if a built image was pushed (`docker history --no-trunc` shows it). Pass it as a build ' +
    'secret instead: `RUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci`, built with ' +
    '`docker build --secret id=npm_token,env=NPM_TOKEN`.',
  detect,
  examples: {
    positive: [
      { path: 'Dockerfile', text: 'FROM node:20\nARG NPM_TOKEN\nRUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc\n', why: 'removing .npmrc does not remove the argument from the history' },
      { path: 'docker/api.Dockerfile', text: 'FROM golang:1.23 AS build\nARG GITHUB_TOKEN\nRUN git config --global url."https://x-access-token:$GITHUB_TOKEN@github.com/".insteadOf "https://github.com/" \\\n && go build ./...\n' },
      { path: 'Containerfile', text: 'FROM python:3.12\nARG PIP_PASSWORD=$PIP_PASSWORD\nENV PIP_PASSWORD=${PIP_PASSWORD}\n', why: 'copied into an ENV: kept in the image configuration' },
    ],
    negative: [
      { path: 'Dockerfile', text: 'FROM node:20\nARG NPM_TOKEN\nRUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci\n', why: 'a secret mount: the ARG is declared but no RUN reads it' },
      { path: 'Dockerfile', text: 'ARG REGISTRY_TOKEN\nFROM registry.internal/base:latest\nRUN echo $REGISTRY_TOKEN\n', why: 'an ARG before FROM is not visible to the stage without a new ARG line' },
      { path: 'Dockerfile', text: 'FROM alpine\nARG TOKEN_URL\nARG SESSION_TIMEOUT\nRUN wget "$TOKEN_URL" && echo $SESSION_TIMEOUT\n', why: 'not credentials' },
      { path: 'Dockerfile', text: 'FROM alpine\nARG API_TOKEN\nRUN echo $API_TOKEN_FILE\n', why: 'another, longer name' },
      { path: 'web/Dockerfile', text: 'FROM node:20 AS ui\nARG VITE_ANALYTICS_API_KEY\nENV VITE_ANALYTICS_API_KEY=$VITE_ANALYTICS_API_KEY\nRUN npm run build\n', why: 'a value the front-end build inlines into the JavaScript it ships' },
      { path: 'Dockerfile', text: 'FROM node:20\nARG DB_PASSWORD=hG4vR8nQ2wZ6\nRUN ./seed.sh "$DB_PASSWORD"\n', why: 'a literal default: dockerfile-secret-env reports the value' },
    ],
  },
};
