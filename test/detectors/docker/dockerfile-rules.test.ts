// hadolint-style tables: tiny Dockerfiles and the lines each rule reports.
import { describe, expect, it } from 'vitest';
import { dockerfileCopiesSecretFile } from '../../../detectors/docker/copies-secret-file.js';
import { dockerfileRootUser } from '../../../detectors/docker/root-user.js';
import { dockerfileRunCredentials } from '../../../detectors/docker/run-credentials.js';
import { dockerfileSecretEnv } from '../../../detectors/docker/secret-env.js';
import type { Detector, Match } from '../../../src/types.js';

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function run(detector: Detector, text: string): Match[] {
  return [...detector.detect({ path: 'Dockerfile', text })];
}

function lines(detector: Detector, text: string): number[] {
  return run(detector, text).map((m) => lineOf(text, m.start));
}

type Case = readonly [name: string, dockerfile: readonly string[], lines: readonly number[]];

function table(detector: Detector, cases: readonly Case[]): void {
  describe(detector.id, () => {
    it.each(cases.map((c) => [...c]))('%s', (_name, dockerfile, expected) => {
      expect(lines(detector, (dockerfile as string[]).join('\n'))).toEqual(expected);
    });
  });
}

table(dockerfileRootUser, [
  ['no USER', ['FROM node:20', 'CMD ["node"]'], [1]],
  ['last USER root', ['FROM alpine', 'USER app', 'USER root'], [3]],
  ['USER 0', ['FROM alpine', 'USER 0'], [2]],
  ['USER 0:0', ['FROM alpine', 'USER 0:0'], [2]],
  ['USER root:wheel', ['FROM alpine', 'USER root:wheel'], [2]],
  ['root then non-root', ['FROM alpine', 'USER root', 'RUN apk add git', 'USER 10001'], []],
  ['root in a build stage only', ['FROM golang AS build', 'USER root', 'FROM alpine', 'USER app'], []],
  ['final stage without USER after a non-root build stage', ['FROM golang AS build', 'USER app', 'FROM alpine', 'COPY --from=build /a /a'], [3]],
  ['inherits root from a named stage', ['FROM alpine AS base', 'USER root', 'FROM base', 'RUN id'], [2]],
  ['inherits non-root through two stages', ['FROM alpine AS base', 'USER app', 'FROM base AS mid', 'FROM mid'], []],
  ['inherits nothing: reports the final FROM', ['FROM alpine AS base', 'FROM base', 'RUN id'], [2]],
  ['stage names are case-insensitive', ['FROM alpine AS Base', 'USER app', 'FROM BASE'], []],
  ['an image named like a later stage is not a parent', ['FROM base', 'FROM alpine AS base', 'USER app'], []],
  ['variable user is not judged', ['FROM alpine', 'USER ${UID}:${GID}'], []],
  ['distroless nonroot', ['FROM gcr.io/distroless/static-debian12:nonroot'], []],
  ['distroless debug-nonroot with digest', ['FROM gcr.io/distroless/base:debug-nonroot@sha256:0123abcd AS run'], []],
  ['distroless without nonroot', ['FROM gcr.io/distroless/static-debian12'], [1]],
  ['FROM --platform', ['FROM --platform=$TARGETPLATFORM alpine:3.20', 'USER nobody'], []],
  ['lower-case instructions', ['from alpine', 'user root'], [2]],
  ['USER inside a heredoc is not an instruction', ['FROM alpine', 'USER app', 'RUN <<EOF', 'USER root', 'EOF'], []],
  ['USER in a continuation comment is ignored', ['FROM alpine', 'USER app', 'RUN echo \\', '# USER root', '  done'], []],
  ['escape directive', ['# escape=`', 'FROM mcr.microsoft.com/windows/servercore', 'USER ContainerAdministrator'], [3]],
  ['nanoserver runs as ContainerUser', ['# escape=`', 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022', 'COPY app c:\\app\\'], []],
  ['no FROM at all', ['RUN echo hi'], []],
  ['scratch runs as uid 0', ['FROM scratch', 'COPY app /app', 'ENTRYPOINT ["/app"]'], [1]],
  ['scratch with no ENTRYPOINT or CMD only carries files', ['FROM scratch', 'COPY app /app'], []],
  ['base image from an ARG without default', ['ARG BASE', 'FROM $BASE', 'COPY app /app'], []],
  ['base image from an ARG default', ['ARG BASE=alpine:3.20', 'FROM ${BASE}', 'COPY app /app'], [2]],
  ['only the tag from an ARG without default', ['ARG VERSION', 'FROM registry.example.com:5000/tools/runner:${VERSION}', 'COPY app /app'], [2]],
]);

table(dockerfileSecretEnv, [
  ['ENV K=V', ['FROM a', 'ENV DB_PASSWORD=Tr7kQ2mvX9pLw4'], [2]],
  ['legacy ENV K V', ['FROM a', 'ENV API_TOKEN 4f9a2c7e1b8d3f6a'], [2]],
  ['multiple pairs, continuation', ['FROM a', 'ENV A=1 \\', '    B=2 \\', '    JWT_SECRET="Zq8Lm3Vx7Rt2Wp5N"'], [4]],
  ['two secrets in one ENV', ['FROM a', 'ENV DB_PASS=kQ2mvX9p API_KEY=Lw4Tr7kQ2m'], [2, 2]],
  ['ARG default', ['ARG NPM_TOKEN=t0Kq8WmZ3rV5xN2b', 'FROM a'], [1]],
  ['ARG without default', ['FROM a', 'ARG NPM_TOKEN'], []],
  ['reference', ['FROM a', 'ENV API_KEY=${API_KEY}', 'ENV TOKEN $TOKEN'], []],
  ['partial reference', ['FROM a', 'ENV DATABASE_URL=postgres://app:${DB_PASSWORD}@db/app'], []],
  ['URL with a literal password', ['FROM a', 'ENV DATABASE_URL=postgres://app:Tr7kQ2mvX9@db/app'], [2]],
  ['URL without a password', ['FROM a', 'ENV DATABASE_URL=postgres://db:5432/app'], []],
  ['secret file path', ['FROM a', 'ENV PASSWORD_FILE=/run/secrets/x', 'ENV SECRET_PATH /run/secrets/y'], []],
  ['placeholders', ['FROM a', 'ENV DB_PASSWORD=changeme', 'ENV API_KEY="<your-key>"', 'ENV PASSWORD=password'], []],
  ['booleans and ports', ['FROM a', 'ENV AUTH_ENABLED=true USE_AUTH=yes TOKEN_PORT=8080'], []],
  ['weak name with a random value', ['FROM a', 'ENV AUTH=Xk29sLq0Vn7RtW3bYp5M'], [2]],
  ['escape directive with backtick continuation', ['# escape=`', 'FROM a', 'ENV A=1 `', '    SECRET_KEY=Hq7Lm2Vx9Rt4Wp3N'], [4]],
]);

describe('dockerfile-secret-env offsets', () => {
  it('spans the value without quotes and reports it as the secret', () => {
    const text = 'FROM a\nENV A=1 \\\n  JWT_SECRET="Zq8Lm3Vx7Rt2Wp5N" B=2\n';
    const [m] = run(dockerfileSecretEnv, text);
    expect(m?.secret).toBe('Zq8Lm3Vx7Rt2Wp5N');
    expect(text.slice(m?.start, m?.end)).toBe('Zq8Lm3Vx7Rt2Wp5N');
    expect(m?.detail).toBe('ENV JWT_SECRET is set to a literal');
  });
});

table(dockerfileCopiesSecretFile, [
  ['.env', ['FROM a', 'COPY .env /app/'], [2]],
  ['.env.local and a glob', ['FROM a', 'COPY .env.local .env* /app/'], [2, 2]],
  ['.env templates', ['FROM a', 'COPY .env.example .env.sample .env.production.template /app/'], []],
  ['keys', ['FROM a', 'COPY id_rsa server.key tls/privkey.pem cert.p12 /etc/'], [2, 2, 2, 2]],
  ['public material', ['FROM a', 'COPY id_rsa.pub ca.pem fullchain.pem truststore.p12 repo.gpg.key /etc/'], []],
  ['credential files', ['FROM a', 'COPY .npmrc .pypirc .netrc .git-credentials ./', 'ADD .aws/credentials /root/.aws/'], [2, 2, 2, 2, 3]],
  ['docker config and tfstate', ['FROM a', 'COPY home/.docker/config.json infra/terraform.tfstate /x/'], [2, 2]],
  ['credentials directory', ['FROM a', 'COPY .ssh /root/.ssh'], [2]],
  ['COPY . . is not a finding', ['FROM a', 'COPY . .'], []],
  ['destination is not a source', ['FROM a', 'COPY app.conf /root/.npmrc'], []],
  ['--from copies are not judged', ['FROM a', 'COPY --from=build /out/app.key /etc/'], []],
  ['flags are skipped', ['FROM a', 'COPY --chown=1000:1000 --chmod=600 .npmrc /home/app/'], [2]],
  ['JSON form', ['FROM a', 'COPY [".env", "/app/.env"]'], [2]],
  ['ADD of a URL', ['FROM a', 'ADD https://example.org/server.key /tmp/'], []],
  ['heredoc COPY', ['FROM a', 'COPY <<EOF /app/.env', 'A=1', 'EOF'], []],
  ['continuation', ['FROM a', 'COPY package.json \\', '     .npmrc \\', '     ./'], [3]],
]);

describe('dockerfile-copies-secret-file: which image the file lands in', () => {
  const detail = (dockerfile: readonly string[]): (string | undefined)[] => run(dockerfileCopiesSecretFile, dockerfile.join('\n')).map((m) => m.detail);
  it('says a build stage the final image does not build on keeps the file only in its layers and the cache', () => {
    expect(detail(['FROM node:20 AS deps', 'COPY .npmrc ./', 'RUN npm ci', 'FROM nginx', 'COPY --from=deps /app/dist /srv'])).toEqual([
      'COPY of .npmrc (credential file) into build stage "deps" (not in the final image, but kept in its layers and the build cache)',
    ]);
    expect(detail(['FROM golang', 'COPY .netrc /root/', 'FROM alpine'])).toEqual([
      'COPY of .netrc (credential file) into build stage 1 (not in the final image, but kept in its layers and the build cache)',
    ]);
  });
  it('says the image for the last stage and every stage it builds on', () => {
    expect(detail(['FROM node:20 AS base', 'COPY .env ./', 'FROM base AS app', 'ADD id_rsa /root/.ssh/'])).toEqual([
      'COPY of .env (environment file) into the image',
      'ADD of id_rsa (SSH private key) into the image',
    ]);
  });
});

table(dockerfileRunCredentials, [
  ['curl -u', ['FROM a', 'RUN curl -u deploy:NBE244Fl2Q8F https://r.internal/x'], [2]],
  ['curl --user=', ['FROM a', 'RUN curl --user=deploy:NBE244Fl2Q8F https://r.internal/x'], [2]],
  ['curl -u with a variable', ['FROM a', 'RUN curl -u "deploy:${PASS}" https://r.internal/x'], []],
  ['useradd -u is not curl', ['FROM a', 'RUN useradd -u 1000 app && chown 1000:1000 /app'], []],
  ['bearer header on a continuation line', ['FROM a', 'RUN curl \\', '  -H "Authorization: Bearer FY7kgwghGme2u6gr" \\', '  https://api.internal'], [3]],
  ['bearer header from a mounted secret', ['FROM a', 'RUN --mount=type=secret,id=t curl -H "Authorization: Bearer $(cat /run/secrets/t)" https://x'], []],
  ['URL password', ['FROM a', 'RUN git clone https://bot:Buok43DjOucdBhPEbwDH@git.internal/a.git'], [2]],
  ['npm token', ['FROM a', 'RUN echo "//registry.npmjs.org/:_authToken=tQQ5t0ruYr1nsSLH7PCVFWqT" > .npmrc'], [2]],
  ['registry login', ['FROM a', 'RUN echo skp8uHdpiy8E | docker login -u ci --password-stdin'], [2]],
  ['docker login -p', ['FROM a', 'RUN docker login -u ci -p skp8uHdpiy8E registry.internal'], [2]],
  ['--password-stdin alone', ['FROM a', 'RUN docker login -u ci --password-stdin < /run/secrets/reg'], []],
  ['heredoc body', ['FROM a', 'RUN <<EOF', 'set -e', 'curl -u u:NBE244Fl2Q8F https://x.internal', 'EOF'], [4]],
  ['not in ENV', ['FROM a', 'ENV URL=https://bot:Buok43DjOucdBhPEbwDH@git.internal/a.git'], []],
]);

describe('adversarial Dockerfiles', () => {
  it('1 MiB of USER root lines: one finding on the last line, linear time', () => {
    const n = 104_858;
    const text = 'FROM alpine\n' + 'USER root\n'.repeat(n);
    const t = performance.now();
    expect(lines(dockerfileRootUser, text)).toEqual([n + 1]);
    const ms = performance.now() - t;
    console.log(`dockerfile-root-user on 1 MiB of USER root: ${ms.toFixed(1)} ms`);
    expect(ms).toBeLessThan(3000); // a quadratic pass takes tens of seconds
  });

  it('1 MiB of unterminated continuations: every rule completes', () => {
    const text = 'FROM alpine\nRUN curl -u a \\\n' + '\\\n'.repeat(512 * 1024);
    const times: string[] = [];
    for (const d of [dockerfileRootUser, dockerfileSecretEnv, dockerfileCopiesSecretFile, dockerfileRunCredentials]) {
      const t = performance.now();
      const found = lines(d, text + ' '.repeat(times.length));
      const ms = performance.now() - t;
      times.push(`${d.id} ${ms.toFixed(1)} ms`);
      expect(found).toEqual(d === dockerfileRootUser ? [1] : []);
      expect(ms, d.id).toBeLessThan(3000);
    }
    console.log(`1 MiB of continuations: ${times.join(', ')}`);
  });

  it('1 MiB RUN of near-miss credentials and ENV of near-miss pairs', () => {
    const mib = (s: string): string => s.repeat(Math.ceil((1 << 20) / s.length));
    const run = 'FROM a\nRUN ' + mib('curl -u a:$B -H "Authorization: Bearer $T" https://u:$P@h --password $X ');
    const env = 'FROM a\nENV ' + mib('API_KEY=${K} TOKEN=$T PASSWORD=changeme ');
    for (const [d, text] of [[dockerfileRunCredentials, run], [dockerfileSecretEnv, env]] as const) {
      const t = performance.now();
      expect(text.length).toBeGreaterThan(1 << 20);
      expect(lines(d, text)).toEqual([]);
      console.log(`${d.id} on 1 MiB of near-misses: ${(performance.now() - t).toFixed(1)} ms`);
    }
  });
});
