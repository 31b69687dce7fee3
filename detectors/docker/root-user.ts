import type { Detector, DetectorInput, Match } from '../../src/types.js';
import { parseDockerfile, splitWords, type Dockerfile, type Instruction, type Stage } from '../kit/dockerfile.js';
import { DOCKERFILE_PATHS } from './paths.js';

// The final stage's effective user: its last USER, else the last USER of the stage it builds on
// (`FROM <stage>` inherits the image config), else the base image's default user.
// - Root: `root`, `0`, `root:<group>`, `0:<group>`, and Windows' `ContainerAdministrator`.
// - A variable (`USER $APP_USER`, `${UID}`) is not judged: its value is unknown here.
// - No USER on an image that says it runs unprivileged (`nonroot`, `non-root`, `unprivileged`,
//   `rootless` or `nanoserver` in its name or tag, e.g. distroless `:nonroot`) is not a finding;
//   nor on a dev container image (`devcontainer` in its name: mcr.microsoft.com/devcontainers/*,
//   ghcr.io/rails/devcontainer/*), which the dev tool runs as the unprivileged user the image
//   creates (devcontainer.json `remoteUser`): an editor's workspace, not a deployed container. The
//   same for any Dockerfile in a `.devcontainer/` folder, whatever image it starts from.
// - A base image named by a build argument (`FROM $BASE_IMAGE`) is judged by the ARG's default; with
//   no default the image, and so its user, is unknown here (distroless `:nonroot` is a common value),
//   as a variable USER is.
// - A final `FROM scratch` stage with no ENTRYPOINT or CMD runs nothing: an image that carries files
//   (a CLI binary for `docker build --output` or `COPY --from`), not a container that is started.
// - A Dockerfile that Tilt builds for the local inner loop (`tilt.dockerfile`, `Dockerfile.tilt`,
//   `tilt.debug.dockerfile`): a developer's cluster, like a dev container, not a deployed image.
// - An image whose start drops root itself: gosu or su-exec named in the final stage (or those it builds on),
//   installed by RUN, copied in, or called by ENTRYPOINT/CMD. The official images' pattern (postgres, redis):
//   the entrypoint starts as root to fix a volume's owner, then execs the program as the unprivileged user.
// - A final stage named for building (`AS builder`, `AS build`) with no ENTRYPOINT or CMD of its own or its
//   parents': an image that other Dockerfiles copy build output from (`COPY --from=…:builder`), not one deployed.
//   The same for a Dockerfile named for building (`Dockerfile.build`, `build.Dockerfile`, `Dockerfile-builder`) with
//   no ENTRYPOINT or CMD: a toolchain image a release script runs its build command in, not a service.
//   And for one named as a base (`Dockerfile.base`, `base.Dockerfile`) with nothing to start: the common layers other
//   Dockerfiles start FROM; the image deployed is theirs, judged with its own USER.
// - A Docker container action's Dockerfile (`.github/actions/<name>/Dockerfile`): GitHub runs these as
//   root and tells authors not to set USER, which would lose access to GITHUB_WORKSPACE.
// - No USER on an OSS-Fuzz builder image (`gcr.io/oss-fuzz-base/base-builder`, `-python`, `-go`…), the base
//   of every OSS-Fuzz project's and ClusterFuzzLite's Dockerfile: a build environment the fuzzing
//   infrastructure runs as root to compile the fuzz targets (its `compile` script expects root), then
//   copies them out to run elsewhere; never a deployed service.
// - No USER on an official database image whose entrypoint steps down itself (postgres, postgis, mysql,
//   mariadb, mongo, redis, or a registry's mirror of one: `…/jeecgdocker/mysql:8.0`) when the Dockerfile keeps
//   that entrypoint (no ENTRYPOINT of its own) and its server (no CMD, or one that starts the server or passes
//   it flags): the image's docker-entrypoint.sh starts as root to own the data folder, then execs the server
//   as the postgres/mysql/mongodb/redis user with gosu. Such a Dockerfile adds init scripts or extensions.

const ROOT = /^(?:root|0|containeradministrator)(?::.*)?$/i;
const NON_ROOT_IMAGE = /nonroot|non-root|unprivileged|rootless|nanoserver|devcontainer/i;
const NO_USER = "no USER: runs as the base image's user, root for most images";

const DEV_CONTAINER = /(?:^|\/)\.devcontainer\//;
/** OSS-Fuzz's builder images: `gcr.io/oss-fuzz-base/base-builder`, `base-builder-python@sha256:…`, `base-builder-go:v1`. */
const FUZZ_BUILDER_IMAGE = /(?:^|\/)oss-fuzz-base\/base-builder(?:-[a-z0-9]{1,20})?(?:[:@]|$)/i;
/** `tilt.dockerfile`, `tilt-debug.Dockerfile`, `Dockerfile.tilt`: a file name with `tilt` as one of its parts. */
const TILT_NAME = /^tilt[._-]|[._-]tilt(?:[._-]|$)/i;

/** A Dockerfile that Tilt builds (TILT_NAME) or a container action's (`.github/actions/<name>/Dockerfile`). */
function isTiltOrActionImage(path: string): boolean {
  const parts = path.split('/');
  const name = parts[parts.length - 1] ?? '';
  if (TILT_NAME.test(name)) return true;
  return parts.length >= 4 && parts[parts.length - 4] === '.github' && parts[parts.length - 3] === 'actions';
}

/** `$NAME`, `${NAME}`, `${NAME:-default}` in a FROM's image. */
const VARIABLE = /\$(?:\{(?<braced>[A-Za-z_]\w{0,80})(?::?[-+](?<fallback>[^}]{0,300}))?\}|(?<bare>[A-Za-z_]\w{0,80}))/g;

/** The image a FROM names with its variables replaced by the global ARGs' defaults; undefined when one has none. */
function resolvedBase(df: Dockerfile, base: string): string | undefined {
  if (!base.includes('$')) return base;
  const defaults = new Map<string, string>();
  for (const ins of df.instructions) {
    if (ins.keyword !== 'ARG' || ins.stage !== -1) continue;
    for (const word of splitWords(ins.args, df.escape)) {
      const eq = word.value.indexOf('=');
      if (eq > 0) defaults.set(word.value.slice(0, eq), word.value.slice(eq + 1));
      else defaults.delete(word.value);
    }
  }
  // the tag starts at the last `:` after the last `/` (a registry's `:port` comes before a `/`)
  const slash = base.lastIndexOf('/');
  const colon = base.indexOf(':', slash + 1);
  const at = base.indexOf('@', slash + 1);
  const tagStart = Math.min(colon < 0 ? base.length : colon, at < 0 ? base.length : at);
  let unknown = false;
  const image = base.replace(VARIABLE, (_all: string, braced: string | undefined, fallback: string | undefined, bare: string | undefined, offset: number) => {
    const value = defaults.get((braced ?? bare) as string) ?? fallback;
    // an unknown tag or digest (`golang:${GO_VERSION}-alpine`) leaves the image, whose user it is, known
    if ((value === undefined || value === '') && offset < tagStart) unknown = true;
    return value ?? '';
  });
  return unknown ? undefined : image;
}

/** True when the stage and those it builds on have no ENTRYPOINT or CMD. */
function runsNothing(df: Dockerfile, final: Stage): boolean {
  const chain = new Set<number>();
  for (let stage: Stage | undefined = final; stage; stage = stage.parent === undefined ? undefined : df.stages[stage.parent]) chain.add(stage.index);
  return !df.instructions.some((ins) => chain.has(ins.stage) && (ins.keyword === 'ENTRYPOINT' || ins.keyword === 'CMD'));
}

/** The official images whose own entrypoint runs the server as an unprivileged user, by their name (the path's last part). */
const STEPS_DOWN_IMAGE = /(?:^|\/)(?:postgres|postgis|mysql|mariadb|mongo|redis)(?:[:@]|$)/i;
/** What such an entrypoint steps down for: the server's own program, or flags it passes to the server. */
const SERVER_COMMAND = /^\[?[ \t]*"?(?:postgres|mysqld|mariadbd|mongod|redis-server|-)/;

/** True when the stage chain keeps the base image's entrypoint and runs its server (no ENTRYPOINT; a CMD only for the server). */
function keepsServerEntrypoint(df: Dockerfile, final: Stage): boolean {
  const chain = new Set<number>();
  for (let stage: Stage | undefined = final; stage; stage = stage.parent === undefined ? undefined : df.stages[stage.parent]) chain.add(stage.index);
  return df.instructions.every((ins) => !chain.has(ins.stage) || (ins.keyword !== 'ENTRYPOINT' && (ins.keyword !== 'CMD' || SERVER_COMMAND.test(ins.args.trim()))));
}

/** gosu and su-exec exist only to run a program as another user: an entrypoint that starts as root and steps down. */
const STEPS_DOWN = /(?<![\w.-])(?:gosu|su-exec)(?![\w-])/;
const INSTRUCTIONS_THAT_STEP_DOWN = new Set(['RUN', 'COPY', 'ADD', 'ENTRYPOINT', 'CMD']);
/** Stage names that say the stage builds: `AS builder`, `AS build`, `AS build-env`. */
const BUILD_STAGE = /^(?:build|builder|build[-_]env|builder[-_]base)$/i;

/**
 * A Dockerfile's name that says it builds, or is a base: `Dockerfile.build`, `Dockerfile-builder`, `build.Dockerfile`,
 * `builder.containerfile`, `Dockerfile.base`; with the image's name or variant beside the word (`cuda_base.Dockerfile`,
 * `pytorch-app-base.Dockerfile`, `Dockerfile.base-gpu`, `Dockerfile.ci-build`), as a folder of several images names
 * the common one the others start FROM. The word is a whole part of the name: `database.Dockerfile` is not a base.
 */
const BUILD_FILE_NAME =
  /^(?:(?:docker|container)file[._-](?:[a-z0-9]{1,30}[._-]){0,3}(?:build|builder|base)(?:[._-][a-z0-9]{1,30}){0,3}|(?:[a-z0-9]{1,30}[._-]){0,4}(?:build|builder|base)[._-](?:docker|container)file)$/i;

/** True when the final stage, or a stage it builds on, installs, copies in or calls gosu or su-exec. */
function stepsDown(df: Dockerfile, final: Stage): boolean {
  const chain = new Set<number>();
  for (let stage: Stage | undefined = final; stage; stage = stage.parent === undefined ? undefined : df.stages[stage.parent]) chain.add(stage.index);
  return df.instructions.some((ins) => chain.has(ins.stage) && INSTRUCTIONS_THAT_STEP_DOWN.has(ins.keyword) && STEPS_DOWN.test(ins.args));
}

function* detect({ path, text }: DetectorInput): Iterable<Match> {
  if (DEV_CONTAINER.test(path) || isTiltOrActionImage(path)) return;
  const df = parseDockerfile(text);
  const final = df.stages[df.stages.length - 1];
  if (!final) return;
  if (stepsDown(df, final) || (final.name !== undefined && BUILD_STAGE.test(final.name) && runsNothing(df, final))) return;
  if (BUILD_FILE_NAME.test(path.slice(path.lastIndexOf('/') + 1)) && runsNothing(df, final)) return;
  const users = lastUsers(df);
  for (let stage: Stage | undefined = final; stage; stage = stage.parent === undefined ? undefined : df.stages[stage.parent]) {
    const user = users[stage.index];
    if (user) {
      const value = splitWords(user.args, df.escape)[0]?.value ?? '';
      if (ROOT.test(value)) yield { start: user.start, end: user.end, detail: `${where(final, stage)} runs as root: USER ${value}` };
      return;
    }
    if (stage.parent === undefined) {
      const image = resolvedBase(df, stage.base);
      if (image === undefined || NON_ROOT_IMAGE.test(image) || FUZZ_BUILDER_IMAGE.test(image)) return;
      if (STEPS_DOWN_IMAGE.test(image) && keepsServerEntrypoint(df, final)) return;
      if (image.toLowerCase() === 'scratch' && runsNothing(df, final)) return;
      const from = df.instructions[final.from] as Instruction;
      yield { start: from.start, end: from.end, detail: NO_USER };
    }
  }
}

/** The last USER instruction of each stage. */
function lastUsers(df: Dockerfile): (Instruction | undefined)[] {
  const users: (Instruction | undefined)[] = new Array<Instruction | undefined>(df.stages.length);
  for (const ins of df.instructions) if (ins.keyword === 'USER' && ins.stage >= 0) users[ins.stage] = ins;
  return users;
}

function where(final: Stage, stage: Stage): string {
  const name = final.name ? `final stage "${final.name}"` : 'final stage';
  return stage === final ? name : `${name} (inherited from stage "${stage.name ?? stage.index}")`;
}

export const dockerfileRootUser: Detector = {
  id: 'dockerfile-root-user',
  title: 'Container runs as root',
  policy: 'non-root-containers',
  severity: 'medium',
  keywords: ['from'],
  paths: DOCKERFILE_PATHS,
  remediation:
    'Create an unprivileged user in the final stage and end it with `USER <name>` or a numeric `USER 10001`; ' +
    'keep `USER root` only for the build steps that need it, before switching back.',
  detect,
  examples: {
    positive: [
      { text: 'FROM node:20-slim\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n', path: 'Dockerfile', why: 'no USER' },
      { text: 'FROM alpine:3.20\nRUN adduser -D app\nUSER app\nRUN id\nUSER root\n', path: 'Dockerfile', why: 'last USER is root' },
      { text: 'FROM debian:12 AS base\nUSER 0:0\nFROM base\nCMD ["bash"]\n', path: 'api.Dockerfile', why: 'root inherited from a stage' },
      { text: 'FROM python:3.12 AS build\nRUN pip wheel .\nFROM python:3.12-slim AS runtime\nUSER root:root\n', path: 'Dockerfile.prod' },
      { text: 'FROM golang:1.22 AS build\nUSER 10001\nFROM scratch\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n', path: 'Containerfile', why: 'final stage does not inherit' },
      { text: 'ARG RUNTIME_IMAGE=python:3.12-slim\nFROM $RUNTIME_IMAGE\nCOPY app /app\nCMD ["python", "/app/main.py"]\n', path: 'Dockerfile', why: "the ARG's default image runs as root" },
      { text: 'ARG GO_VERSION\nFROM golang:${GO_VERSION}-alpine\nCOPY . /src\nCMD ["go", "run", "/src"]\n', path: 'Dockerfile', why: 'only the tag is unknown: the image is known' },
      { text: 'FROM golang:1.22 AS build\nRUN go build -o /app\nFROM scratch\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n', path: 'Dockerfile', why: 'a scratch image that runs its binary as uid 0' },
      { text: 'FROM node:20 AS builder\nCOPY . .\nRUN npm ci && npm run build\nCMD ["node", "dist/server.js"]\n', path: 'Dockerfile', why: 'named builder, but it starts the server' },
      { text: 'FROM postgres:16\nCOPY init/run.sh /docker-entrypoint-initdb.d/\nENTRYPOINT ["/docker-entrypoint-initdb.d/run.sh"]\n', path: 'db/Dockerfile', why: "its own ENTRYPOINT replaces the image's, which stepped down" },
      { text: 'FROM mysql:8.4\nCOPY tools /tools\nCMD ["bash", "/tools/report.sh"]\n', path: 'tools/Dockerfile', why: 'the image runs a script, not the server the entrypoint steps down for' },
      { text: 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y make gcc\nCOPY build.sh /build.sh\nCMD ["/build.sh"]\n', path: 'packaging/Dockerfile.build', why: 'named for building, but it runs its script as root when started' },
      { text: 'FROM alpine:3.21\nRUN apk add --no-cache iptables\nCOPY vpnd /usr/local/bin/\nENTRYPOINT ["/usr/local/bin/vpnd"]\n', path: 'Dockerfile.base', why: 'named as a base, but it starts a daemon' },
      { text: 'FROM python:3.12-slim\nCOPY schema /schema\nRUN pip install alembic psycopg\n', path: 'deploy/database.Dockerfile', why: "`database` is not the word base: the image deployed for migrations" },
      { text: 'FROM debian:12 AS gosu\nRUN apt-get update\nFROM python:3.12-slim\nCOPY app /app\nCMD ["python", "/app/main.py"]\n', path: 'Dockerfile', why: 'gosu only in a stage the final one does not build on' },
    ],
    negative: [
      { text: 'FROM node:20-slim\nWORKDIR /app\nCOPY . .\nUSER node\nCMD ["node", "server.js"]\n', path: 'Dockerfile' },
      { text: 'FROM alpine:3.20\nUSER root\nRUN apk add --no-cache curl\nUSER 10001\n', path: 'Dockerfile', why: 'root only for a build step' },
      { text: 'FROM debian:12 AS base\nUSER app:app\nFROM base\nCMD ["bash"]\n', path: 'api.Dockerfile', why: 'non-root inherited' },
      { text: 'FROM golang:1.22 AS build\nUSER root\nRUN go build -o /app\nFROM gcr.io/distroless/static:nonroot\nCOPY --from=build /app /app\n', path: 'Dockerfile', why: 'root in a build stage only; distroless nonroot' },
      { text: 'FROM python:3.12-slim\nARG APP_USER=app\nUSER ${APP_USER}\n', path: 'Dockerfile', why: 'a variable is not judged' },
      { text: 'FROM mcr.microsoft.com/devcontainers/java:1-21-bullseye\nRUN sudo apt-get update\n', path: '.devcontainer/Dockerfile', why: 'a dev container image: the editor runs it as its own unprivileged user' },
      { text: 'FROM node:22-bookworm-slim\nRUN apt-get update && apt-get install -y git\n', path: 'app/.devcontainer/Dockerfile', why: "a dev container's Dockerfile: the editor's workspace" },
      { text: 'ARG RUNTIME_IMAGE\nFROM $RUNTIME_IMAGE\nCOPY server /usr/bin/server\nENTRYPOINT ["/usr/bin/server"]\n', path: 'build/Containerfile.server', why: 'a base image given at build time: its user is unknown here' },
      { text: 'ARG RUNTIME_IMAGE=gcr.io/distroless/static:nonroot\nFROM ${RUNTIME_IMAGE}\nCOPY server /server\n', path: 'Dockerfile', why: "the ARG's default is a nonroot image" },
      { text: 'FROM golang:1.22 AS build\nRUN go build -o /out/tool ./cmd/tool\nFROM scratch\nCOPY --from=build /out/tool /tool\n', path: 'cli/Dockerfile', why: 'a scratch image with no ENTRYPOINT or CMD only carries the binary' },
      { text: 'FROM golang:1.22\nCOPY bin/manager /manager\nENTRYPOINT ["/manager"]\n', path: 'tilt.dockerfile', why: 'an image Tilt builds for the local dev loop' },
      {
        text: 'FROM python:3.12-slim\nRUN useradd -m relay && apt-get update && apt-get install -y --no-install-recommends gosu\nCOPY entrypoint.sh /usr/local/bin/\nENTRYPOINT ["entrypoint.sh"]\nCMD ["relay"]\n',
        path: 'deploy/Dockerfile',
        why: 'the entrypoint steps down to the user with gosu',
      },
      { text: 'FROM alpine:3.20\nRUN apk add --no-cache su-exec\nENTRYPOINT ["su-exec", "app:app", "/usr/bin/app"]\n', path: 'Dockerfile', why: 'su-exec runs the program as app' },
      {
        text: 'FROM ghcr.io/acme/toolchain:2024 AS builder\nCOPY requirements.txt ./\nRUN pip install --prefix /install -r requirements.txt\n',
        path: 'container/builder.dockerfile',
        why: 'a build stage other images copy from, with no ENTRYPOINT or CMD',
      },
      { text: 'FROM postgres:16-bookworm\nRUN apt-get update && apt-get install -y postgresql-16-pgvector\nCOPY sql/ /docker-entrypoint-initdb.d/\n', path: 'deploy/db/Dockerfile', why: "the official image's entrypoint runs postgres as the postgres user" },
      { text: 'FROM registry.example.internal/mirror/mariadb:11.4\nCOPY schema.sql /docker-entrypoint-initdb.d/\nCMD ["mariadbd", "--character-set-server=utf8mb4"]\n', path: 'db/Dockerfile', why: "a mirror of the official image, its server given flags: the entrypoint still steps down" },
      { text: 'FROM fedora:41\nRUN dnf install -y rpm-build rpmdevtools dotnet-sdk-8.0\nWORKDIR /work\n', path: 'release/rpm/Dockerfile.build', why: 'a toolchain image named for building, with nothing to start: a release script runs its build in it' },
      { text: 'FROM alpine:3.21\nRUN apk add --no-cache ca-certificates iptables iproute2\n', path: 'Dockerfile.base', why: 'a base image named so, with nothing to start: other Dockerfiles build FROM it' },
      {
        text: 'FROM nvidia/cuda:12.4.1-devel-ubuntu22.04\nUSER root\nRUN apt-get update && apt-get install -y python3-pip colmap\nRUN pip install torch==2.3.0\n',
        path: 'serving/docker/vision_model_base.Dockerfile',
        why: "a base named with its image's name, with nothing to start: the train and serve Dockerfiles beside it start FROM it",
      },
      { text: 'FROM alpine:3.20\nCOPY run.sh /run.sh\nENTRYPOINT ["/run.sh"]\n', path: '.github/actions/publish/Dockerfile', why: 'a Docker container action: GitHub runs it as root and asks for no USER' },
      {
        text: 'FROM gcr.io/oss-fuzz-base/base-builder-python\nRUN pip3 install atheris\nCOPY . $SRC/parsers\nWORKDIR $SRC/parsers\nCOPY fuzz/build.sh $SRC/\n',
        path: '.clusterfuzzlite/Dockerfile',
        why: "an OSS-Fuzz build environment: the fuzzing infrastructure compiles the targets in it as root",
      },
    ],
    knownMisses: [
      { text: 'FROM alpine:3.20\nARG RUN_AS=root\nUSER ${RUN_AS}\n', path: 'Dockerfile', why: 'variables are not resolved' },
    ],
  },
};
