import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { keywordRegExp, keywordStarts } from '../../kit/keyword-windows.js';
import { isStoredPassword } from '../stores/values.js';

// A deployment template's secret parameter with a literal default: the template itself marks the
// parameter secret (CloudFormation `NoEcho: true`, an ARM `securestring`/`secureObject`, Bicep
// `@secure()`), and the default is what every deployment that does not pass the parameter uses,
// committed with the template. Terraform's variables have their own detector
// (terraform-variable-secret-default), which judges by the variable's name instead.

/** With their punctuation: `NoEcho:` (YAML), `NoEcho"` (JSON), `"securestring"`, `@secure()`. */
const KEYWORDS = ['noecho:', 'noecho"', '"securestring"', '@secure()'];
const FINDER = keywordRegExp(KEYWORDS);
/** How far around the marker the parameter's definition is read. */
const REACH = 600;

/** A template expression or reference, not a literal: `!Ref`, `{{resolve:…}}`, ARM `[parameters(…)]`, `${…}`. */
const EXPRESSION = /^(?:!|\{\{|\[|\$\{|<)/;

function literal(value: string): boolean {
  return value !== '' && !EXPRESSION.test(value) && isStoredPassword(value);
}

/** The JSON object around `at` (within REACH): from the last `{` before it to the first `}` after it. */
function objectAround(text: string, at: number): [number, number] | undefined {
  // searched in the window only: a text without braces must not be read to its start for every marker
  const from = Math.max(0, at - REACH);
  const open = text.slice(from, at).lastIndexOf('{');
  const close = text.slice(at, at + REACH).indexOf('}');
  if (open < 0 || close < 0) return undefined;
  return [from + open, at + close];
}

/** The YAML mapping that holds the line at `at`: the neighbouring lines indented the same (up to 10 each way). */
function mappingAround(text: string, at: number): [number, number] {
  // lines of the window only (at most REACH characters either way)
  const from = Math.max(0, at - REACH);
  const window = text.slice(from, Math.min(text.length, at + REACH));
  const [start, end] = mappingIn(window, at - from);
  return [from + start, from + end];
}

function mappingIn(text: string, at: number): [number, number] {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 64))?.[0].length ?? 0;
  const sameLevel = (from: number): boolean => {
    const lead = /^[ \t]*/.exec(text.slice(from, from + 64))?.[0].length ?? 0;
    return lead === indent && text.charCodeAt(from + lead) !== 0x0a;
  };
  let start = lineStart;
  for (let n = 0; n < 10 && start > 0; n++) {
    const prev = text.lastIndexOf('\n', start - 2) + 1;
    if (!sameLevel(prev)) break;
    start = prev;
  }
  let end = text.indexOf('\n', at);
  for (let n = 0; n < 10 && end >= 0 && end + 1 < text.length && sameLevel(end + 1); n++) {
    const next = text.indexOf('\n', end + 1);
    end = next < 0 ? text.length : next;
  }
  return [start, end < 0 ? text.length : end];
}

const JSON_DEFAULT = /"(?:Default|defaultValue)"[ \t]{0,4}:[ \t\r\n]{0,40}"([^"\\\n]{1,256})"/;
const YAML_DEFAULT = /^[ \t]*Default[ \t]{0,4}:[ \t]{0,8}([^\n]{1,300})$/m;

/** A YAML scalar's text: quotes removed, a trailing comment cut. */
function yamlScalar(raw: string): string {
  const trimmed = raw.trim();
  const q = trimmed[0];
  if ((q === '"' || q === "'") && trimmed.length > 1) {
    const end = trimmed.indexOf(q, 1);
    return end > 0 ? trimmed.slice(1, end) : '';
  }
  const comment = trimmed.search(/[ \t]#/);
  return (comment < 0 ? trimmed : trimmed.slice(0, comment)).trim();
}
const BICEP_PARAM = /^[ \t]*param[ \t]{1,8}([A-Za-z_]\w{0,80})[ \t]{1,8}(?:string|object)[ \t]{0,8}=[ \t]{0,8}'([^'\\\n$]{1,256})'/;

function* detect({ text, keywordStarts: given }: DetectorInput): Iterable<Match> {
  const seen = new Set<number>();
  const emit = function* (value: string, start: number, detail: string): Iterable<Match> {
    if (seen.has(start) || !literal(value)) return;
    seen.add(start);
    yield { start, end: start + value.length, secret: value, detail };
  };
  for (const at of keywordStarts(text, given, FINDER)) {
    const word = text.slice(at, at + 14).toLowerCase();
    if (word.startsWith('@secure()')) {
      // Bicep: the decorator, then the parameter on one of the next two lines
      const after = text.slice(at + 9, at + 9 + REACH).replace(/^[ \t]*\r?\n/, '');
      const m = BICEP_PARAM.exec(after.split('\n').slice(0, 2).find((l) => /^\s*param\s/.test(l)) ?? '');
      if (!m) continue;
      const found = text.slice(at, at + 9 + REACH).indexOf(m[0].trimStart());
      if (found < 0) continue;
      const lineAt = at + found;
      yield* emit(m[2] as string, lineAt + m[0].trimStart().lastIndexOf(`'${m[2]}'`) + 1, `@secure() parameter ${m[1]} has a literal default`);
      continue;
    }
    const secureString = word.startsWith('"securestring"');
    if (!secureString && !/^noecho["']?[ \t]{0,4}:[ \t]{0,4}["']?true/i.test(text.slice(at, at + 24))) continue;
    const jsonish = secureString || text.charAt(at + 6) === '"';
    const span = jsonish ? objectAround(text, at) : mappingAround(text, at);
    if (!span) continue;
    const body = text.slice(span[0], span[1]);
    const m = (jsonish ? JSON_DEFAULT : YAML_DEFAULT).exec(body);
    if (!m) continue;
    const value = jsonish ? (m[1] as string) : yamlScalar(m[1] as string);
    if (value === '') continue;
    const start = span[0] + (m.index ?? 0) + m[0].indexOf(value, m[0].indexOf(':') + 1);
    yield* emit(value, start, secureString ? 'a securestring parameter has a literal default' : 'a NoEcho parameter has a literal default');
  }
}

export const templateSecretParameterDefault: Detector = {
  id: 'template-secret-parameter-default',
  title: 'Secret template parameter with a literal default (CloudFormation NoEcho, ARM securestring, Bicep @secure())',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: KEYWORDS,
  priority: 35,
  remediation:
    'Remove the default: pass the value at deploy time from a secret store, or reference it from the template ' +
    '(a CloudFormation `{{resolve:secretsmanager:…}}` dynamic reference, an ARM/Bicep Key Vault reference), and rotate it.',
  detect,
  examples: {
    positive: [
      { path: 'cfn/template.yaml', text: "Parameters:\n  DBPassword:\n    Type: String\n    NoEcho: true\n    Default: Qz8mKv3xNw5p\nResources: {}\n" },
      { path: 'cfn/stack.json', text: '{"Parameters": {"AdminPassword": {"Type": "String", "NoEcho": "true", "Default": "Hq7vR2mLp9xT"}}}' },
      { path: 'arm/azuredeploy.json', text: '{\n  "parameters": {\n    "adminPassword": {\n      "type": "securestring",\n      "defaultValue": "Wx4nQk8mZv2p"\n    }\n  }\n}\n' },
      { path: 'bicep/main.bicep', text: "@secure()\nparam adminPassword string = 'Kv7mQz3xNw9p'\nparam location string = resourceGroup().location\n" },
    ],
    negative: [
      { path: 'cfn/template.yaml', text: "Parameters:\n  DBPassword:\n    Type: String\n    NoEcho: true\n    MinLength: 12\n" },
      { path: 'cfn/template.yaml', text: "Parameters:\n  DBPassword:\n    Type: String\n    NoEcho: true\n    Default: '{{resolve:secretsmanager:prod/db:SecretString:password}}'\n", why: 'a dynamic reference' },
      { path: 'arm/azuredeploy.json', text: '{"adminPassword": {"type": "securestring", "defaultValue": "[newGuid()]"}}', why: 'an ARM expression' },
      { path: 'cfn/template.yaml', text: "Parameters:\n  InstanceType:\n    Type: String\n    NoEcho: false\n    Default: t3.micro\n", why: 'not NoEcho' },
      { path: 'bicep/main.bicep', text: "@secure()\nparam adminPassword string\n", why: 'no default' },
    ],
  },
};
