import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { keywordRegExp, keywordStarts } from '../../kit/keyword-windows.js';
import { isSecretName } from '../../kit/names.js';
import { isSecretLiteral, namesNonCredential } from '../shared/secret-literal.js';

// A Terraform input variable named like a credential, with a literal default:
//
//   variable "okta_api_token" {
//     type      = string
//     sensitive = true
//     default   = "<the token>"
//   }
//
// The default is the value of every plan that does not set the variable, committed with the module.
// The name and the value are judged as generic-secret-assignment judges them (a secret-named slot,
// a random literal), but they are lines apart: the block is read from its opening line, at most
// BLOCK_LINES lines, up to its closing brace, stepping over nested blocks (`validation { … }`).

/** `variable "name" {`, the name quoted as HCL writes it. */
const HEADER = /variable[ \t]{1,4}"([A-Za-z_][\w-]{0,80})"[ \t]{0,4}\{/y;
/** A `default = "…"` line (or the rest of the header's line): a quoted literal without interpolation. */
const DEFAULT = /[ \t]{0,24}default[ \t]{0,8}=[ \t]{0,8}"([^"\\\n$%]{8,300})"/y;
const BLOCK_LINES = 16;
const LINE_REACH = 400;
const KEYWORD = keywordRegExp(['variable "']);

function* detect({ text, keywordStarts: given }: DetectorInput): Iterable<Match> {
  for (const at of keywordStarts(text, given, KEYWORD)) {
    if (at > 0 && /[\w.]/.test(text[at - 1] as string)) continue; // `myvariable "…"`, `var.variable "…"`
    HEADER.lastIndex = at;
    const header = HEADER.exec(text);
    if (!header) continue;
    const name = header[1] as string;
    if (!isSecretName(name) || namesNonCredential(name)) continue;
    const found = defaultIn(text, HEADER.lastIndex);
    if (found) yield { ...found, detail: `variable ${name} has a literal default` };
  }
}

/** The block's `default = "…"` literal, from the end of its header on: same line first, then each line outside nested blocks. */
function defaultIn(text: string, from: number): Match | undefined {
  let lineStart = from;
  let depth = 0; // nested blocks (`validation {`) entered
  for (let line = 0; line <= BLOCK_LINES && lineStart < text.length; line++) {
    DEFAULT.lastIndex = lineStart;
    const m = depth === 0 ? DEFAULT.exec(text) : null;
    if (m) {
      const secret = m[1] as string;
      if (!isSecretLiteral(secret)) return undefined;
      const end = DEFAULT.lastIndex - 1;
      return { start: end - secret.length, end, secret };
    }
    let lineEnd = lineStart; // a setting line is short: never a search to the end of the text
    while (lineEnd < text.length && lineEnd - lineStart <= LINE_REACH && text.charCodeAt(lineEnd) !== 0x0a) lineEnd++;
    if (text.charCodeAt(lineEnd) !== 0x0a) return undefined;
    const content = text.slice(lineStart, lineEnd);
    if (line === 0) {
      if (content.includes('}')) return undefined; // a one-line block without a default
    } else if (/^\s{0,24}\}/.test(content)) {
      if (depth === 0) return undefined; // the block ended
      depth--;
    } else if (/\{\s{0,4}$/.test(content)) {
      depth++;
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}

export const terraformVariableDefault: Detector = {
  id: 'terraform-variable-secret-default',
  title: 'Secret committed as a Terraform variable default',
  policy: 'credentials-from-environment',
  severity: 'medium',
  keywords: ['variable "'],
  priority: 10,
  remediation:
    'Remove the default (mark the variable `sensitive = true`) and pass the value at plan time from a secret store ' +
    '(TF_VAR_<name> in CI, a Vault or cloud secret data source); rotate the committed value, which every ' +
    'plan without the variable has used.',
  detect,
  examples: {
    positive: [
      { text: 'variable "okta_api_token" {\n  type      = string\n  sensitive = true\n  default   = "00Qh7Vx2Lm9Rt4Wk8Zp3Nc6Yb1Fd5Gs0Jh2Ke7Ta"\n}', path: 'modules/okta/variables.tf' },
      { text: 'variable "db_password" {\n  description = "Admin password of the RDS instance"\n  default = "x9Kq!mL2vR8#tW4z"\n}', path: 'variables.tf' },
      { text: 'variable "datadog_api_key" { default = "7f3e9a1c5b2d8e4f6a0c9b3d7e1f5a2c" }', path: 'main.tf' },
      {
        text: 'variable "api_token" {\n  type = string\n  validation {\n    condition     = length(var.api_token) == 40\n    error_message = "40 characters."\n  }\n  default = "Zq8Lp2VrXk4Tn7Wb9Hc3Mv6Jd1"\n}',
        path: 'variables.tf',
        why: 'after a nested block',
      },
    ],
    negative: [
      { text: 'variable "okta_api_token" {\n  type      = string\n  sensitive = true\n}', path: 'variables.tf', why: 'no default' },
      { text: 'variable "db_password" {\n  default = "changeme"\n}', path: 'variables.tf', why: 'a stand-in' },
      { text: 'variable "db_password" {\n  default = "${var.env}-password"\n}', path: 'variables.tf', why: 'an interpolation' },
      { text: 'variable "instance_type" {\n  default = "m5.xlarge-Zq8Lp2Vr"\n}', path: 'variables.tf', why: 'not a credential name' },
      { text: 'variable "api_key_length" {\n  default = "Zq8Lp2VrXk4Tn7Wb"\n}', path: 'variables.tf', why: 'metadata about a key' },
      {
        text: 'variable "api_token" {\n  type = string\n}\n\nvariable "region" {\n  default = "Zq8Lp2VrXk4Tn7Wb"\n}',
        path: 'variables.tf',
        why: 'the default belongs to the next variable',
      },
      {
        text: 'variable "api_token" {\n  type = string\n  validation {\n    default = "Zq8Lp2VrXk4Tn7Wb9Hc3"\n  }\n}',
        path: 'variables.tf',
        why: 'inside a nested block, not the variable\'s default',
      },
    ],
    knownMisses: [
      { text: 'variable "api_token" {\n  default = <<EOT\nZq8Lp2VrXk4Tn7Wb9Hc3\nEOT\n}', path: 'variables.tf', why: 'a heredoc default' },
    ],
  },
};
