import type { Detector, DetectorInput, Match } from '../../src/types.js';
import { parseDockerfile, textSpan, type Instruction } from '../kit/dockerfile.js';
import { isPlaceholder } from '../kit/placeholders.js';
import { DOCKERFILE_PATHS } from './paths.js';

// RUN commands (and RUN heredoc bodies) that carry a credential literally: the command line is
// kept in the image history. A value that reads a variable or a mounted secret (`$TOKEN`,
// `${TOKEN}`, `$(cat /run/secrets/token)`) is not a finding. Every quantifier is bounded.

const VALUE = String.raw`[^\s'"$;&|]`;
const RULES: readonly { readonly label: string; readonly re: RegExp }[] = [
  // curl -u user:pass, --user user:pass, -uuser:pass
  { label: 'curl --user', re: /(?<![\w-])curl(?=\s)[^;&|\n]{0,512}?\s(?:-u|--user)(?:\s+|=)?(['"]?)[^\s'":]{1,128}:(?<secret>[^\s'"]{1,256})\1(?!\S)/dg },
  // Authorization: Bearer <token>, Basic <base64>, token <token>; GitLab / API-key headers
  { label: 'Authorization header', re: /(?<![\w-])authorization:\s{0,8}(?:bearer|basic|token)\s{1,8}(?<secret>[A-Za-z0-9._~+/=-]{8,512})(?![\w$])/dgi },
  { label: 'API key header', re: /(?<![\w-])(?:private-token|x-api-key|x-auth-token|api-key):\s{0,8}(?<secret>[A-Za-z0-9._~+/=-]{12,512})(?![\w$])/dgi },
  // scheme://user:password@host
  { label: 'URL with a password', re: /(?<![\w+.-])(?:https?|git|ssh|ftp):\/\/[^\s:/@'"]{1,128}:(?<secret>[^\s/@'"]{1,256})@/dgi },
  // npm config set //registry/:_authToken <token>, echo "//registry/:_authToken=…" > .npmrc
  { label: 'npm auth token', re: /(?<![\w])_(?:authToken|auth|password)\s{0,8}[= ]\s{0,8}['"]?(?<secret>[^\s'"$;&|]{8,512})/dg },
  // echo <token> | docker login --password-stdin
  { label: 'registry login', re: /(?<![\w-])(?:echo|printf)\s{1,8}(?:-[a-z]{1,3}\s{1,8})?(['"]?)(?<secret>[^\s'"|$;&]{8,512})\1\s{0,8}\|\s{0,8}(?:sudo\s{1,8})?(?:docker|podman|buildah|skopeo|nerdctl|oras|helm\s{1,8}registry)\s{1,8}login\s[^;&|\n]{0,512}?--password-stdin/dg },
  // --password <literal>, --token=<literal>, docker login -p <literal>
  { label: 'password option', re: new RegExp(String.raw`(?<![\w-])--(?:password|passwd|token|api-key|apikey|auth-token|access-token|client-secret)(?:=|\s{1,8})(['"]?)(?<secret>[^\s'"$;&|-]${VALUE}{3,511})\1(?![^\s;&|])`, 'dg') },
  { label: 'docker login -p', re: new RegExp(String.raw`(?<![\w-])(?:docker|podman|nerdctl)\s{1,8}login\s[^;&|\n]{0,256}?\s-p(?:=|\s{1,8})?(['"]?)(?<secret>[^\s'"$;&|-]${VALUE}{3,511})\1(?![^\s;&|])`, 'dg') },
];

/** The texts a RUN carries: its joined args, then its heredoc bodies, each with a span mapper. */
function* targets(ins: Instruction): Iterable<{ text: string; span: (s: number, e: number) => [number, number] }> {
  yield { text: ins.args, span: (s, e) => textSpan(ins, s, e) };
  for (const h of ins.heredocs) yield { text: h.body, span: (s, e) => [h.bodyStart + s, h.bodyStart + e] };
}

function* detect({ text }: DetectorInput): Iterable<Match> {
  const df = parseDockerfile(text);
  for (const ins of df.instructions) {
    if (ins.keyword !== 'RUN') continue;
    const seen = new Set<number>();
    for (const target of targets(ins)) {
      for (const { label, re } of RULES) {
        re.lastIndex = 0;
        for (let m = re.exec(target.text); m; m = re.exec(target.text)) {
          const span = m.indices?.groups?.['secret'];
          const value = m.groups?.['secret'];
          if (!span || !value || value.includes('$') || isPlaceholder(value)) continue;
          const [start, end] = target.span(span[0], span[1]);
          if (seen.has(start)) continue;
          seen.add(start);
          yield { start, end, secret: text.slice(start, end), detail: `RUN embeds a credential (${label})` };
        }
      }
    }
  }
}

export const dockerfileRunCredentials: Detector = {
  id: 'dockerfile-run-credentials',
  title: 'Credential in a Dockerfile RUN command',
  policy: 'secrets-not-in-images',
  severity: 'high',
  // below a vendor's detector (40 and up), which keeps the finding and names this policy too; above
  // the credential stores' (30) and the generic ones
  priority: 35,
  keywords: ['from'],
  paths: DOCKERFILE_PATHS,
  remediation:
    'Rotate the credential: RUN command lines stay in the image history. Mount it for the one step that ' +
    'needs it with `RUN --mount=type=secret,id=…` and read it from /run/secrets/… instead.',
  detect,
  examples: {
    positive: [
      { text: 'FROM alpine\nRUN curl -fsSL -u deploy:NBE244Fl2Q8F https://repo.internal/pkg.tgz -o /tmp/p.tgz\n', path: 'Dockerfile' },
      { text: 'FROM alpine\nRUN curl -H "Authorization: Bearer FY7kgwghGme2u6gr" \\\n      https://api.internal/v1/artifact\n', path: 'Dockerfile' },
      { text: 'FROM golang:1.22\nRUN git clone https://ci-bot:Buok43DjOucdBhPEbwDH@git.internal/team/lib.git\n', path: 'Dockerfile' },
      { text: 'FROM node:20\nRUN npm config set //registry.npmjs.org/:_authToken tQQ5t0ruYr1nsSLH7PCVFWqT && npm ci\n', path: 'Dockerfile' },
      { text: 'FROM docker:27\nRUN echo "skp8uHdpiy8E" | docker login -u ci --password-stdin registry.internal\n', path: 'Dockerfile' },
      { text: 'FROM python:3.12\nRUN pip download --password eGWN7vN4bkwjbPH2 pkg\n', path: 'Dockerfile' },
      { text: 'FROM alpine\nRUN <<EOF\nwget https://bot:QoVysXmQ7QeDDesMOeUQ@files.internal/a.tgz\nEOF\n', path: 'Dockerfile', why: 'heredoc' },
    ],
    negative: [
      { text: 'FROM alpine\nRUN curl -fsSL -u "deploy:$REPO_PASSWORD" https://repo.internal/pkg.tgz -o /tmp/p.tgz\n', path: 'Dockerfile' },
      { text: 'FROM alpine\nRUN --mount=type=secret,id=api curl -H "Authorization: Bearer $(cat /run/secrets/api)" \\\n      https://api.internal/v1/artifact\n', path: 'Dockerfile' },
      { text: 'FROM golang:1.22\nRUN git clone https://ci-bot:${GIT_TOKEN}@git.internal/team/lib.git\n', path: 'Dockerfile' },
      { text: 'FROM node:20\nRUN npm config set //registry.npmjs.org/:_authToken ${NPM_TOKEN} && npm ci\n', path: 'Dockerfile' },
      { text: 'FROM docker:27\nRUN --mount=type=secret,id=reg cat /run/secrets/reg | docker login -u ci --password-stdin registry.internal\n', path: 'Dockerfile' },
      { text: 'FROM python:3.12\nRUN pip download --password <your-password> pkg && useradd -u 1000:1000 app\n', path: 'Dockerfile' },
      { text: 'FROM alpine\nRUN <<EOF\nwget https://files.internal/a.tgz\nEOF\n', path: 'Dockerfile', why: 'heredoc' },
    ],
    knownMisses: [
      { text: 'FROM postgres:16\nRUN PGPASSWORD=Zq8Lm3Vx7Rt2 psql -h db -c "select 1"\n', path: 'Dockerfile', why: 'secret-named variable assigned on the command line' },
      { text: 'FROM mysql:8\nRUN mysql -uroot -pZq8Lm3Vx7Rt2 -e "select 1"\n', path: 'Dockerfile', why: 'mysql -p<password>' },
    ],
  },
};
