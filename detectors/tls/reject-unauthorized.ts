import type { Detector, DetectorInput, Match } from '../../src/types.js';
import { keywordRegExp, keywordWindows } from '../kit/keyword-windows.js';
import { runRules, type TlsRule } from './rules.js';
import type { CodeContext } from './context.js';

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
    accept: (m, text, ctx) => !isMessageAbout(m.index, text, ctx),
  },
];

/** Before the variable in a command held by a string (after an earlier command's `&&`, `||` or `;`): other variables, `env`, `cross-env`. */
const COMMAND_START = /^[ \t]*(?:(?:[A-Za-z_][A-Za-z0-9_]*=\S*|env|cross-env)[ \t]+)*$/;
/** Words of a sentence: a message or help text names the setting, a command sets it. */
const PROSE_WORD = /(?:^|[\s(])(?:is|are|was|be|the|for|only|use|using|not|never|solution|warning|bypass|temporary|temporarily|debugging|disables?|disabled|validation|verification)(?=[\s.,:;!)]|$)|\u2014/i;

/**
 * The variable named inside a string literal of code that is a message, not a command: text before it
 * that is no command's start (`'Solution: export NODE_TLS_REJECT_UNAUTHORIZED=0'`), or words of a
 * sentence around it (`'NODE_TLS_REJECT_UNAUTHORIZED=0 is set — validation is disabled'`). A command in
 * a string (`execSync('NODE_TLS_REJECT_UNAUTHORIZED=0 npm test')`, a package.json script) is not one.
 */
function isMessageAbout(at: number, text: string, ctx: CodeContext): boolean {
  if (ctx.place(at) !== 'string') return false;
  const [start, end] = ctx.literal(at);
  const before = text.slice(start, at);
  const command = Math.max(before.lastIndexOf('&&'), before.lastIndexOf('||'), before.lastIndexOf(';'));
  return !COMMAND_START.test(command < 0 ? before : before.slice(command + (before[command] === ';' ? 1 : 2))) || PROSE_WORD.test(text.slice(start, end));
}

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
      { text: "if (process.env.NODE_ENV !== 'production') {\n  agentOptions.rejectUnauthorized = false;\n}\n", path: 'src/client.ts', why: 'a branch chosen by the environment, not a verification setting' },
      { text: "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';", path: 'scripts/seed.js' },
      { text: "process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = \"0\";", path: 'test/setup.mjs' },
      { text: 'export NODE_TLS_REJECT_UNAUTHORIZED=0\nnode dist/index.js\n', path: 'start.sh' },
      { text: 'FROM node:20\nENV NODE_TLS_REJECT_UNAUTHORIZED 0\n', path: 'Dockerfile' },
      { text: 'jobs:\n  test:\n    env:\n      NODE_TLS_REJECT_UNAUTHORIZED: "0"\n', path: '.github/workflows/ci.yml' },
      { text: '{ "scripts": { "dev": "NODE_TLS_REJECT_UNAUTHORIZED=0 next dev" } }', path: 'package.json' },
      { text: "execSync('CI=1 NODE_TLS_REJECT_UNAUTHORIZED=0 npm run e2e', { stdio: 'inherit' });", path: 'scripts/e2e.js', why: 'a command in a string' },
      { text: '{ "scripts": { "build": "tsc && cross-env NODE_TLS_REJECT_UNAUTHORIZED=0 node dist/fetch.js" } }', path: 'package.json' },
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
      { text: "  hint: 'Workaround: export NODE_TLS_REJECT_UNAUTHORIZED=0 (then run the check again)',", path: 'src/checks/network.js', why: 'a message naming the setting' },
      { text: "  warning: 'NODE_TLS_REJECT_UNAUTHORIZED=0 is set: certificates are not checked.',", path: 'src/checks/env.ts', why: 'a message naming the setting' },
      {
        text: "function agentFor(base: string) {\n  if (base.startsWith('https:') && process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0') {\n    return new https.Agent({ rejectUnauthorized: false });\n  }\n}\n",
        path: 'src/api/agent.ts',
        why: 'follows the process-wide setting the user already turned off',
      },
      { text: 'const agent = options.allowSelfSigned ? new https.Agent({ rejectUnauthorized: false }) : undefined;', path: 'src/client.ts', why: 'chosen by a setting' },
      {
        text: "if (brokerConfig.reject_unauthorized !== undefined && !brokerConfig.reject_unauthorized) {\n    clientOptions.rejectUnauthorized = false;\n}\n",
        path: 'src/broker.ts',
        why: 'the branch where the user set the option to false: the presence test before it decides nothing',
      },
    ],
  },
};
