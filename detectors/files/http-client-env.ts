import type { Detector, DetectorInput, Match } from '../../src/types.js';
import { isSecretName } from '../kit/names.js';
import { isPlaceholder } from '../kit/placeholders.js';
import { isSecretLiteral } from '../secrets/shared/secret-literal.js';
import { isStoredPassword } from '../secrets/stores/values.js';

// JetBrains' HTTP client keeps each environment's variables in http-client.env.json and the sensitive
// ones (tokens, passwords, client secrets) in http-client.private.env.json, which the IDE keeps out of
// version control: committed, it is a credential file. Each value it holds under a secret's name, or
// that is random, is reported (a host or a port beside them is not).

/** `"name": "value"` members: the file is a two-level object of environments and their variables. */
const MEMBER = /"(?<name>[^"\\\n]{1,80})"[ \t]{0,8}:[ \t]{0,8}"(?<value>(?:[^"\\\n]|\\.){1,2048})"/g;

function* detectPrivateEnv({ text }: DetectorInput): Iterable<Match> {
  for (const m of text.matchAll(MEMBER)) {
    const { name = '', value = '' } = m.groups ?? {};
    if (value.length < 8 || isPlaceholder(value) || value.includes('{{')) continue;
    const secret = isSecretName(name) ? isStoredPassword(value) || isSecretLiteral(value) : isSecretLiteral(value);
    if (!secret) continue;
    const start = (m.index ?? 0) + m[0].lastIndexOf(value);
    yield { start, end: start + value.length, secret: value, detail: `${name} in the HTTP client's private environment file` };
  }
}

export const httpClientPrivateEnv: Detector = {
  id: 'http-client-private-env',
  title: "Committed private environment file of JetBrains' HTTP client",
  vendor: 'JetBrains HTTP Client',
  policy: 'env-files-out-of-vcs',
  severity: 'high',
  keywords: [],
  paths: ['http-client.private.env.json'],
  priority: 35,
  remediation:
    'Rotate the tokens and passwords the file holds, remove it from the repository (git rm --cached) and add ' +
    'http-client.private.env.json to .gitignore; keep only non-secret variables in http-client.env.json.',
  detect: detectPrivateEnv,
  examples: {
    positive: [
      { path: 'api/http-client.private.env.json', text: '{\n  "dev": {\n    "token": "Qm7vX2kLp9RtZ4wN8cYb3HfJ6dGs",\n    "host": "localhost:8080"\n  }\n}\n' },
      { path: 'http-client.private.env.json', text: '{\n  "prod": {\n    "password": "Hq7vR2mLp9xT",\n    "clientSecret": "9c1f4e8a27b35d60e4a1c9f2b7d3e85a"\n  }\n}\n', why: 'a typed password under its name, and a random secret' },
    ],
    negative: [
      { path: 'http-client.private.env.json', text: '{\n  "dev": {\n    "token": "<paste your token>",\n    "host": "localhost:8080"\n  }\n}\n', why: 'a placeholder and a host' },
      { path: 'http-client.private.env.json', text: '{\n  "staging": {\n    "baseUrl": "https://api.staging.shop.internal",\n    "tenant": "northwind-traders"\n  }\n}\n', why: 'settings only' },
      { path: 'http-client.private.env.json', text: '{\n  "dev": {\n    "token": "{{$dotenv API_TOKEN}}"\n  }\n}\n', why: 'read from a .env at run time' },
    ],
  },
};
