import type { Detector, DetectorInput, Match } from '../../src/types.js';
import { keywordRegExp, keywordWindows } from '../kit/keyword-windows.js';
import { runRules, type TlsRule } from './rules.js';

// Node.js: `rejectUnauthorized: false` on a TLS/HTTPS option object, and the process-wide switch
// NODE_TLS_REJECT_UNAUTHORIZED=0 set in code, shell, .env, Dockerfile ENV, compose and CI YAML.
// Comparisons (`=== '0'`) and other values are not findings.

const RULES: readonly TlsRule[] = [
  {
    re: /(?<![\w$])(['"]?)rejectUnauthorized\1[ \t]{0,16}[:=][ \t]{0,16}(?<value>false|!1)(?![\w$.])/dg,
    detail: 'the rejectUnauthorized option, set to false, turns off certificate verification',
    bare: true,
  },
  {
    // NAME=0, NAME: "0", NAME 0 (Dockerfile legacy ENV), process.env['NAME'] = '0', "NAME": "0"
    re: /(?<![\w])NODE_TLS_REJECT_UNAUTHORIZED(?:['"][ \t]{0,4}\]|['"])?(?:[ \t]{0,16}[:=][ \t]{0,16}|[ \t]{1,16})(['"]?)0\1(?![\w.])/dg,
    detail: 'NODE_TLS_REJECT_UNAUTHORIZED, set to 0, turns off certificate verification for the whole process',
  },
];

const KEYWORDS = ['rejectunauthorized', 'reject_unauthorized'];
const KEYWORD_FINDER = keywordRegExp(KEYWORDS);

export const tlsRejectUnauthorizedDisabled: Detector = {
  id: 'tls-reject-unauthorized-disabled',
  title: 'Node.js TLS certificate verification disabled',
  reach: 'code-lines', // a code fence in prose opens before the lines it governs
  policy: 'tls-verified',
  severity: 'high',
  keywords: KEYWORDS,
  remediation:
    'Remove the false rejectUnauthorized option and the NODE_TLS_REJECT_UNAUTHORIZED variable set to 0; to trust a private CA, pass it with ' +
    'the `ca` option or NODE_EXTRA_CA_CERTS instead of turning verification off.',
  // both rules hold to one line: only the keywords' lines are searched
  detect: (input: DetectorInput): Iterable<Match> => runRules(RULES, input, keywordWindows(input, KEYWORD_FINDER, 0)),
  examples: {
    positive: [
      { text: "const agent = new https.Agent({ rejectUnauthorized: false });", path: 'src/client.ts' },
      { text: "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';", path: 'scripts/seed.js' },
      { text: "process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = \"0\";", path: 'test/setup.mjs' },
      { text: 'export NODE_TLS_REJECT_UNAUTHORIZED=0\nnode dist/index.js\n', path: 'start.sh' },
      { text: 'FROM node:20\nENV NODE_TLS_REJECT_UNAUTHORIZED 0\n', path: 'Dockerfile' },
      { text: 'jobs:\n  test:\n    env:\n      NODE_TLS_REJECT_UNAUTHORIZED: "0"\n', path: '.github/workflows/ci.yml' },
      { text: '{ "scripts": { "dev": "NODE_TLS_REJECT_UNAUTHORIZED=0 next dev" } }', path: 'package.json' },
    ],
    negative: [
      { text: "const agent = new https.Agent({ rejectUnauthorized: true, ca: fs.readFileSync('ca.pem') });", path: 'src/client.ts' },
      { text: "if (process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0') console.warn('TLS checks are off');", path: 'scripts/seed.js' },
      { text: "// never set rejectUnauthorized: false in production", path: 'src/client.ts', why: 'comment' },
      { text: 'export NODE_TLS_REJECT_UNAUTHORIZED=1\nnode dist/index.js\n', path: 'start.sh' },
      { text: 'FROM node:20\n# ENV NODE_TLS_REJECT_UNAUTHORIZED 0\n', path: 'Dockerfile', why: 'comment' },
      { text: "throw new Error('do not use rejectUnauthorized: false');", path: 'src/check.ts', why: 'inside a string' },
      { text: 'Setting `NODE_TLS_REJECT_UNAUTHORIZED=0` disables verification, so do not.', path: 'README.md', why: 'prose' },
      { text: 'const opts = { rejectUnauthorized: process.env.NODE_ENV === "production" };', path: 'src/db.ts' },
    ],
  },
};
