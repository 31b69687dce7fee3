import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { keywordRegExp, keywordStarts } from '../../kit/keyword-windows.js';
import { isLocaleFile, isTranslationPath } from '../../kit/translations.js';
import { pathContext } from '../../../src/engine/test-context.js';
import { MAX_MATCHES_PER_DETECTOR } from '../../../src/engine/match-cap.js';
import { isCredentialSlot, isSecretName, isServiceKeyName, nameParts, repeatsName, SECRET_NAME_KEYWORDS } from '../../kit/names.js';
import { lineStartNear, lineStartWithin, pairedValue, quotedSpan, startOfLinesAbove } from '../../kit/name-value.js';
import { enclosingName } from '../../kit/enclosing-name.js';
import { demoAccountUser, isPlaceholderPassword } from '../../kit/placeholders.js';
import { isPublishedOnPage } from '../../kit/doc-search.js';
import { isStandInFirebaseKey } from '../../kit/firebase-config.js';
import { base64Text } from '../stores/values.js';
import { fileLanguage, flagValue, operatorlessValue, type FileLanguage } from './operatorless.js';
import { isOnchainIdentifier, isPasswordName, isSecretLiteral, isSecretUuid, isWeakCredentialLiteral, namesNonCredential } from '../shared/secret-literal.js';

// `name <op> value` where the name is secret-named (kit/names.ts) and the value a literal that looks like
// a credential (secret-literal.ts). Quoted values count everywhere. Bare values count in config files
// (.env, YAML, INI, properties, shell) and as `UPPER_NAME=value` lines elsewhere, never in code, where a
// bare value is an expression (`password = userInput`).
// Two detectors share one pass: a random-looking value is generic-secret-assignment (medium); a
// human-chosen one (`hunter22`) in a slot that holds the credential itself (`DB_PASSWORD`,
// `client_secret`) is weak-credential-literal (low), outside test, example, documentation and translation files.
// Parsed from the start of a name (sticky), only where a secret-name keyword occurs: scanning every
// identifier of a file with this pattern would cost far more than finding the keywords does.
const ASSIGNMENT = new RegExp(
  String.raw`(["']?)([A-Za-z_$][\w.$-]{0,80})\1` + // 1 quote, 2 name
    String.raw`(?:[ \t]{0,4}:[ \t]{0,4}&?(?:'static[ \t]{1,2})?[A-Za-z_][\w.]{0,40}(?:\[[\w., ]{0,40}\])?(?=[ \t]{0,8}=[^=>~]))?` + // `: str` annotation (Rust: `: &str`)
    String.raw`[ \t]{0,8}(?::=|=>|\?{1,2}=|=(?![=~>])|:(?![:=/]))[ \t]{0,8}` + // operator (Make's and C#'s `?=`, `??=` too), not a comparison
    String.raw`(?:(?:[rbuf]{0,2}|@)(?:"([^"\r\n]{1,300})"|'([^'\r\n]{1,300})'|\`([^\`\r\n]{1,300})\`)` + // 3-5 quoted (Objective-C's @"…" too)
    String.raw`|([^\s"'\`]{1,300}))`, // 6 bare
  'y',
);
const KEYWORD = keywordRegExp(SECRET_NAME_KEYWORDS);

const CODE =
  /\.(?:[cm]?[jt]sx?|py|pyi|rb|go|java|kts?|scala|groovy|gradle|cs|fs|vb|php|swift|rs|c|cc|cpp|cxx|h|hh|hpp|m|mm|dart|lua|pl|pm|exs?|erl|cljs?|jl|hs|ml|r|tf|hcl|json5?|jsonc|vue|svelte)$/i;
const CONFIG =
  /(?:^|\/)\.env(?:\.[\w.-]+)?$|\.(?:env|envrc|ya?ml|ini|inf|cfg|conf|cnf|properties|toml|sh|bash|zsh|tfvars|npmrc|pypirc|netrc)$|(?:^|\/)(?:credentials|\.credentials|config|\.tugboat|\.boto|\.fog|\.?wgetrc|\.?hgrc|\.offlineimaprc)$|(?:^|\/)\.(?:config\/hub|subversion\/servers)$/i;

/**
 * A custom HTTP header's name (`X-Mashape-Key`, `X-Canny-Key`): in code too, a service's key under it is the
 * credential a client sends, where a `<service>Key` variable may be anything (`cacheKey`).
 */
const HEADER_NAME = /^X-[A-Za-z0-9]/i;

/** Windows batch files, where `set NAME=value` (or `set "NAME=value"`) assigns a variable. */
const BATCH = /\.(?:bat|cmd)$/i;
/** Makefiles, where `NAME = value`, `NAME := value` and `NAME ?= value` at a line's start set a variable. */
const MAKEFILE = /\.mk$|(?:^|\/)(?:GNU)?[Mm]akefile[^/]*$/;
/**
 * The suffixes a file gets as a template or a copy of another (`settings.ini.tpl` for certbot's tests, an Ansible
 * role's `app.yml.j2`, Chef's `database.yml.erb`, `config.toml.example`, `php.ini.dist`, autoconf's `setup.cfg.in`):
 * what is left names the file's syntax, and its bare values are read as that file's. Two at most (`app.yml.dist.j2`).
 */
const TEMPLATE_SUFFIX = /\.(?:j2|jinja2?|tpl|tmpl|gotmpl|template|erb|mustache|hbs|dist|example|sample|default|defaults|in|orig|bak)$/i;

/** The path without its template suffixes: the name its syntax is read by. */
function templatedFile(path: string): string {
  const once = path.replace(TEMPLATE_SUFFIX, '');
  return once === path ? path : once.replace(TEMPLATE_SUFFIX, '');
}

/** `set "` right before a name in a batch file. */
const BATCH_QUOTED_SET = /(?:^|[\s@])set[ \t]{1,8}"$/i;

/**
 * Outside config files and code, a bare value counts on `[export ]UPPER_NAME=value` lines, on the lines a notebook
 * cell sets a variable with: IPython's `%env NAME=value` and `%set_env NAME=value` magics, and `!export NAME=value`
 * (a shell command from a cell), and in a batch file on `set ["]UPPER_NAME=value` lines.
 */
/** A Procfile's process type, `web:` and blanks, right before a command line's first word. */
const PROCFILE_TYPE = /[A-Za-z0-9_-]{1,32}:$/;
const PROCFILE = /(?:^|\/)Procfile(?:\.[\w-]{1,20})?$/;

function isEnvStyleLine(text: string, nameStart: number, name: string, between: string, batch: boolean, procfile = false): boolean {
  if (between !== '=' || !/^[A-Z][A-Z0-9_]*$/.test(name)) return false;
  // look back a few characters only, never to the start of a long line
  let i = nameStart;
  const skipBlanks = (): void => {
    while (i > 0 && nameStart - i < 20 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  };
  if (batch && text[i - 1] === '"') i--;
  // a systemd unit's `Environment=NAME=value` (its quoted form, `Environment="NAME=value"`, is a string read as one)
  if (text.startsWith('Environment=', i - 12)) i -= 12;
  skipBlanks();
  // a Procfile's process type before its command line (`web: API_KEY=… node server.js`)
  if (procfile && i < nameStart) {
    const type = PROCFILE_TYPE.exec(text.slice(Math.max(0, i - 33), i));
    if (type) i -= type[0].length;
  }
  const word = i < nameStart ? ENV_COMMANDS.find((w) => text.startsWith(w, i - w.length)) : undefined;
  if (word !== undefined) {
    i -= word.length;
    if (word === 'export' && text[i - 1] === '!') i--;
    skipBlanks();
  } else if (batch && i < nameStart && /^set$/i.test(text.slice(i - 3, i))) {
    i -= 3;
    skipBlanks();
    if (text[i - 1] === '@') i--; // (`@set`: not echoed)
  }
  return i === 0 || text[i - 1] === '\n' || text[i - 1] === '\r';
}

/** A Makefile's variable set at the start of its line (after `export` or `override`): not a recipe's command. */
function isMakeAssignment(text: string, nameStart: number, between: string): boolean {
  if (!/^(?:[:?]?|::)=$/.test(between)) return false;
  const lead = text.slice(lineStartNear(text, nameStart, 40), nameStart);
  return /^(?:(?:export|override)[ \t]{1,4})?$/.test(lead);
}

/** The commands before `NAME=value` on an env-style line (a blank after each): the shell's, and IPython's magics. */
const ENV_COMMANDS = ['export', '%set_env', '%env'];

/** Whether '=', ':' or '?=' can follow a name ending at `end` (after its closing `quote`, if any, and up to 8 blanks). */
function operatorFollows(text: string, end: number, quote: number): boolean {
  let i = end;
  if (quote !== -1) {
    if (text.charCodeAt(i) !== quote) return false;
    i++;
  }
  const limit = Math.min(text.length, i + 9);
  for (; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3d || c === 0x3a) return true; // '=' or ':'
    if (c === 0x3f) return text.charCodeAt(i + 1) === 0x3d || (text.charCodeAt(i + 1) === 0x3f && text.charCodeAt(i + 2) === 0x3d); // '?=', '??='
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return false;
}

/** A `:` right after the name run at `from`, followed by more of the identifier (`secret:rds!db-…`), not by a blank. */
function gluedColonAfter(text: string, from: number): boolean {
  let end = from;
  while (end < text.length && end - from <= 81 && isNameChar(text.charCodeAt(end))) end++;
  return text.charCodeAt(end) === 0x3a && end + 1 < text.length && !/[\s:]/.test(text[end + 1] as string);
}

/** [A-Za-z0-9_.$-]: the characters of a (dotted, kebab or $-prefixed) name. */
function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 36 || c === 45;
}

/** File names of tests, fixtures, templates and examples: there a weak literal is a stand-in by design. */
const NOT_A_DEPLOYMENT =
  /(?:^|[._-])(?:tests?|specs?|fixtures?|mocks?|stubs?|fakes?|e2e|examples?|samples?|templates?|tmpl|tpl|dist|skel|skeleton)(?=[._-]|$)|^test_|[a-z0-9]Tests?\.\w{1,10}$|[a-z0-9]Spec\.\w{1,10}$|^conftest\.py$/i;
const SHELL = /\.(?:sh|bash|zsh|ksh)$/i;
/** Files whose double-quoted strings expand `$name` and `${…}`. */
const EXPANDS_DOLLAR = /\.(?:sh|bash|zsh|ksh|mk|php\d?|phtml|pl|pm|groovy|gradle|jenkinsfile)$|(?:^|\/)(?:Makefile|GNUmakefile|Jenkinsfile|Dockerfile|Containerfile)[^/]*$/i;
/** `$name` or `${` in a value: a variable expanded into it. */
const SHELL_VARIABLE = /\$[A-Za-z_{]/;
/** After a bare value: the line ends, a comment starts or a flow collection goes on (not more words of a phrase). */
const BARE_END = /[ \t]{0,200}(?:[\r\n#;,}\]]|\/\/|$)/y;

interface Scan {
  readonly text: string;
  readonly path: string;
  readonly strong: Match[];
  readonly weak: Match[];
}

/** The last file's scan: the engine runs both detectors on the same text one after the other. */
let lastScan: Scan | undefined;

function scanAssignments(input: DetectorInput): Scan {
  const { path, text } = input;
  if (lastScan && lastScan.text === text && lastScan.path === path) return lastScan;
  const strong: Match[] = [];
  const weak: Match[] = [];
  detectAssignments(input, strong, weak);
  lastScan = { text, path, strong, weak };
  return lastScan;
}

function detectAssignments({ path, text, keywordStarts: given }: DetectorInput, found: Match[], weak: Match[]): void {
  // a translation into one language (`locales/de.json`): `"oauth_client_secret": "OAuth-Client-Geheimnis"` is a label
  if (isLocaleFile(path)) return;
  const kind = templatedFile(path);
  const mode = CONFIG.test(kind) ? 'config' : CODE.test(kind) ? 'code' : BATCH.test(kind) ? 'batch' : MAKEFILE.test(kind) ? 'make' : 'other';
  // in a shell script `$name = value` assigns nothing (libtool's `# $pass = conv`): a name there never starts with `$`
  const shell = SHELL.test(kind);
  const yaml = /\.ya?ml$/i.test(kind);
  // config files and JSON: a name's value may be an object or a block holding it (memberValue)
  const objects = mode === 'config' || /\.json$/i.test(kind);
  const procfile = mode === 'other' && PROCFILE.test(path);
  const fileName = path.slice(path.lastIndexOf('/') + 1);
  // test, fixture, example and docs material and vendored code (the engine's judgement: the same paths get a `context`)
  const weakApplies = !NOT_A_DEPLOYMENT.test(fileName) && pathContext(path) === undefined && !isTranslationPath(path); // isTestPath: documents too
  const secretNames = new Map<string, boolean>();
  const lang = fileLanguage(kind);
  const out: Judged = { text, expandsDollar: EXPANDS_DOLLAR.test(kind), mode, weakApplies, found, weak, rspamdFuzzy: RSPAMD_FUZZY.test(path) };
  let consumed = 0; // names and values before this offset are done
  let tried = -1;
  let prevHit = -1;
  let prevStart = -1;
  for (const hitIndex of keywordStarts(text, given, KEYWORD)) {
    // past the engine's bound on one detector's matches in a part (match-cap.ts) the rest is not judged:
    // the engine keeps the first ones and warns, and a dump of 200,000 assignments costs no more
    if (found.length > MAX_MATCHES_PER_DETECTOR || weak.length > MAX_MATCHES_PER_DETECTOR) break;
    // The name around the hit starts where its run of name characters does. Walking back stops at the
    // previous hit, whose start is known, so a flood of keywords costs linear time.
    let start = hitIndex;
    while (start > prevHit && start > 0 && isNameChar(text.charCodeAt(start - 1))) start--;
    if (start === prevHit) start = prevStart;
    [prevHit, prevStart] = [hitIndex, start];
    if (hitIndex - start > 80) continue;
    // (a batch file's `set "NAME=value"` quotes the whole assignment, not the name)
    const at = start > 0 && (text[start - 1] === '"' || text[start - 1] === "'") && !(mode === 'batch' && BATCH_QUOTED_SET.test(text.slice(Math.max(0, start - 14), start))) ? start - 1 : start;
    // after '/' the "name" is the last segment of a path or an image reference
    // (`docker.io/acme/sealed-secrets-controller:0.31.0`), and its ':' starts a tag, not a value
    if (start > 0 && text[start - 1] === '/') continue;
    // after `?` or a glued `&` the name is a URL query parameter: url-query-credential reads query strings
    if (start > 1 && (text[start - 1] === '?' || (text[start - 1] === '&' && isNameChar(text.charCodeAt(start - 2))))) continue;
    // between glued colons the name is a part of a colon-joined identifier (an ARN's `…:123456789012:secret:rds!db-…`,
    // a URN), not a key; Ruby's `:secret =>` has a blank or `{` before its colon, Vim's `g:gh_token=` an `=` after the name
    if (start > 1 && text[start - 1] === ':' && isNameChar(text.charCodeAt(start - 2)) && gluedColonAfter(text, hitIndex)) continue;
    if (at === tried || at < consumed) continue;
    tried = at;
    // JSON inside a JSON string, its quotes escaped (a Postman collection's request body, a serialised setting)
    if (at > 0 && text.charCodeAt(at - 1) === 0x5c /* \ */ && text.charCodeAt(at) === 0x22) {
      consumed = escapedJsonPair(out, secretNames, at - 1, start);
      continue;
    }
    if (shell && text.charCodeAt(start) === 0x24 /* $ */) continue;
    // The name is the run of name characters: judged before the assignment pattern (which reads up
    // to 300 characters of value) is tried, so a flood of non-secret names stays cheap.
    let end = hitIndex;
    while (end < text.length && end - start <= 81 && isNameChar(text.charCodeAt(end))) end++;
    if (text.charCodeAt(start) === 0x2d /* - */) {
      consumed = flagForm(out, secretNames, start, end); // `--api-key value`
      continue;
    }
    // a shell parameter expansion, `${DB_PASSWORD:-default}`: only its default (up to the `}`) is a value
    if (start > 1 && text.charCodeAt(start - 1) === 0x7b /* { */ && text.charCodeAt(start - 2) === 0x24 /* $ */) {
      consumed = expansionDefault(out, secretNames, start, end);
      continue;
    }
    // Most keyword hits in code are no assignment (`token.type`, `keys(x)`): ASSIGNMENT needs the
    // closing quote (if the name opened one), up to 8 blanks, then '=' or ':' (an operator or a
    // `: type` annotation) right after the name. Tested first: no name to cut out and judge.
    if (!operatorFollows(text, end, at < start ? text.charCodeAt(at) : -1)) {
      // a member or a call (`this.token`, `token.type`, `getToken(`) is none of the operatorless forms (but a C++
      // variable's direct initialisation, `std::string password("…")`, reads as a call)
      const after = text.charCodeAt(end);
      const none = text.charCodeAt(start - 1) === 0x2e || after === 0x2e || (after === 0x28 && !lang.cpp) || after === 0x29 || after === 0x3b;
      consumed = none ? end : operatorlessForms(out, secretNames, start, end, lang); // pairs, #define, XML, typed declarations
      continue;
    }
    // YAML reads an unquoted `name:value` with nothing between the colon and the value as one plain scalar, never as a
    // key and its value: a list of OAuth scopes (`- create_anonymous_token:{projectKey}`, `- manage_tokens:{id}`), a
    // `host:port`. A quoted value after the colon is left to be judged (JSON or code pasted into a block scalar)
    if (yaml && at === start && text.charCodeAt(end) === 0x3a && /[^\s"'`]/.test(text[end + 1] ?? ' ')) {
      consumed = end;
      continue;
    }
    const runName = text.slice(start, end);
    if (!secretNamed(secretNames, runName) && !((mode === 'config' || HEADER_NAME.test(runName)) && isServiceKeyName(runName))) {
      consumed = BARE_KEY.test(runName) ? keyOfSecretBlock(out, at, runName, end) : end;
      continue;
    }
    ASSIGNMENT.lastIndex = at;
    const m = ASSIGNMENT.exec(text);
    // the name's value an object or a block of its own, whose `value` or `default` member holds the literal
    if ((!m || m[6] === '{') && objects) {
      const member = memberValue(text, end, at < start ? text.charCodeAt(at) : -1);
      if (member) {
        consumed = member[1];
        judge(out, runName, member[0], member[1], 'is given a literal value', at);
      }
      continue;
    }
    if (!m) continue;
    const [, q = '', name = ''] = m;
    consumed = at + q.length + name.length;
    if (name !== runName) continue; // (a run longer than a name may be, or starting with a digit)
    // a value that is a shell expansion (`"${API_SECRET:-…}"`): its own name comes next, and its default is judged there
    if ((m[3] ?? m[4] ?? m[6])?.startsWith('${')) continue;
    // A secret-named assignment's value is looked at once: keywords inside it (`key=key=key=…`)
    // are not tried again, whether the value is reported or not.
    consumed = Math.max(consumed, at + m[0].length);
    // YAML's anchor or string tag before the value (`password: &db_password …`, `token: !!str …`): the value follows it
    if (yaml && m[6] !== undefined && YAML_NODE_PROPERTY.test(m[6])) {
      const value = valueAfterNodeProperty(text, at + m[0].length);
      if (value) {
        consumed = Math.max(consumed, value[1]);
        if (value[2]) judge(out, name, value[0], value[1], 'is assigned a literal', at);
        else judgeStrongOnly(out, name, value[0], value[1]);
      }
      continue;
    }
    const span = valueSpan(mode, text, at, m, procfile);
    if (!span) continue;
    if (endsCleanly(text, m, at)) judge(out, name, span[0], span[1], 'is assigned a literal', at);
    else judgeStrongOnly(out, name, span[0], span[1]);
  }
}

/** A YAML anchor (`&name`) or the plain string tag (`!!str`), which stand before a node's value; not an alias (`*name`). */
const YAML_NODE_PROPERTY = /^(?:&[\w.-]{1,60}|!!str)$/;
/** The value after such a property: quoted (a quoted scalar), or bare (a plain one: no alias, tag, anchor or comment). */
const PROPERTY_VALUE = /[ \t]{1,8}(?:"([^"\r\n\\]{1,300})"|'([^'\r\n]{1,300})'|([^\s"'`&*!#|>][^\s]{0,299}))/y;

/** The value's span after a YAML node property ending at `from`, and whether nothing but a comment follows it. */
function valueAfterNodeProperty(text: string, from: number): [number, number, boolean] | undefined {
  PROPERTY_VALUE.lastIndex = from;
  const m = PROPERTY_VALUE.exec(text);
  if (!m) return undefined;
  const end = from + m[0].length;
  if (m[3] === undefined) return [end - 1 - (m[1] ?? m[2] ?? '').length, end - 1, true];
  BARE_END.lastIndex = end;
  return [end - m[3].length, end, BARE_END.test(text)];
}

/** `\"name\": \"value\"`: a member of JSON written inside a JSON (or code's) string, its quotes escaped. */
const ESCAPED_JSON_PAIR = /\\"([A-Za-z_$][\w.$-]{0,80})\\"[ \t]{0,4}:[ \t]{0,4}\\"([^"\\\r\n]{1,300})\\"/y;

/** Judges such a member whose name starts at `nameStart` (its escaped quote at `from`); returns where scanning goes on. */
function escapedJsonPair(out: Judged, names: Map<string, boolean>, from: number, nameStart: number): number {
  ESCAPED_JSON_PAIR.lastIndex = from;
  const m = ESCAPED_JSON_PAIR.exec(out.text);
  if (!m || !secretNamed(names, m[1] as string)) return nameStart;
  const end = from + m[0].length - 2;
  judge(out, m[1] as string, end - (m[2] as string).length, end, 'is assigned a literal', from);
  return end;
}

/**
 * The literal of a `value` or `default` member of the object or block a name opens: Heroku's app.json
 * (`"API_TOKEN": {"description": "…", "value": "…"}`), a JSON Schema's or a form's default, a GitHub Action's input
 * (`api_token:` / `  description: …` / `  default: …`). The members of one object or block only, up to a nested one.
 */
function memberValue(text: string, nameEnd: number, quote: number): [number, number] | undefined {
  let at = nameEnd + (quote === -1 ? 0 : 1);
  while (at < text.length && at - nameEnd < 10 && (text[at] === ' ' || text[at] === '\t')) at++;
  if (text[at] !== ':') return undefined;
  const rest = text.slice(at + 1, at + 1 + MEMBER_REACH);
  const open = /^[ \t]{0,8}(\{|\r?\n)/.exec(rest);
  if (!open) return undefined;
  if (open[1] === '{') {
    // the object's members up to its close or a nested object
    const body = rest.slice(open[0].length);
    const stop = body.search(/[{}]/);
    const m = JSON_MEMBER_VALUE.exec(stop < 0 ? body : body.slice(0, stop));
    if (!m) return undefined;
    const end = at + 1 + open[0].length + (m.index ?? 0) + m[0].length - 1;
    return [end - (m[1] as string).length, end];
  }
  // a YAML block: the lines indented deeper than the name's, up to MEMBER_LINES
  const lineStart = lineStartNear(text, nameEnd, 120);
  const indent = /^[ \t]*/.exec(text.slice(lineStart, nameEnd))?.[0].length ?? 0;
  let pos = open[0].length;
  let memberIndent = -1; // the block's own members' (a deeper line belongs to a nested block)
  for (let n = 0; n < MEMBER_LINES && pos < rest.length; n++) {
    const lineEnd = rest.indexOf('\n', pos);
    const line = rest.slice(pos, lineEnd < 0 ? rest.length : lineEnd);
    const lead = /^[ \t]*/.exec(line)?.[0].length ?? 0;
    if (memberIndent < 0 && line.trim() !== '') memberIndent = lead;
    if (line.trim() !== '' && lead <= memberIndent) {
      if (lead <= indent || lead < memberIndent) return undefined;
      const m = YAML_MEMBER_VALUE.exec(line);
      if (m) {
        const value = m[1] ?? m[2] ?? (m[3] as string);
        const end = at + 1 + pos + (m.index ?? 0) + m[0].length - (m[3] === undefined ? 1 : 0);
        return [end - value.length, end];
      }
    }
    if (lineEnd < 0) return undefined;
    pos = lineEnd + 1;
  }
  return undefined;
}
const MEMBER_REACH = 600;
const MEMBER_LINES = 6;
const JSON_MEMBER_VALUE = /"(?:value|default|defaultValue)"[ \t\r\n]{0,8}:[ \t\r\n]{0,8}"([^"\\\r\n]{1,300})"/;
const YAML_MEMBER_VALUE = /^[ \t]{1,80}["']?(?:value|default)["']?[ \t]{0,8}:[ \t]{1,8}(?:"([^"\r\n]{1,300})"|'([^'\r\n]{1,300})'|([^\s"'#&*!|>{[][^\s#]{0,299}))[ \t]*(?:#[^\n]*)?\r?$/;

/** A key named only `key`: what it holds is told by the block it sits in. */
const BARE_KEY = /^key$/i;

/**
 * A bare `key` names nothing alone (`{ key: 'row-1' }` in a React list, a cache or a translation key);
 * under a block named for a credential it is one: `"Jwt": { "Key": "…" }` (ASP.NET's appsettings.json),
 * `encryption:` / `  key: …` (YAML), `[hmac]` / `key = …`. The block's name and the key's are judged as
 * one name (`Jwt_Key`), and only a random-looking value counts. Returns where scanning goes on.
 */
function keyOfSecretBlock(out: Judged, at: number, name: string, end: number): number {
  ASSIGNMENT.lastIndex = at;
  const m = ASSIGNMENT.exec(out.text);
  if (!m || m[2] !== name) return end;
  const span = valueSpan(out.mode, out.text, at, m);
  // the value first: most bare keys hold a word or an id, and then no block is looked for
  if (!span || !isSecretLiteral(out.text.slice(span[0], span[1]))) return end;
  const block = enclosingName(out.text, at);
  // named for a credential by its words (`Jwt_Key`, `encryption_key`), not as any service's key: a block's name is too often a
  // thing's; and a short name, not a generated phrase (`The_operand_…_must_be_a_property_access: { key: … }` of a compiler's messages)
  if (block === undefined || nameParts(block).length > 3 || !isSecretName(`${block}_${name}`) || namesNonCredential(block)) return end;
  judgeStrongOnly(out, `${block}.${name}`, span[0], span[1]);
  return Math.max(end, at + m[0].length);
}

/** Where a detectAssignments pass puts what it judges (plain data: the hot loop keeps its locals in registers). */
interface Judged {
  readonly text: string;
  /** Double-quoted strings expand `$name` here: a shell script, a Makefile, a Jenkinsfile, Groovy, PHP, Perl. */
  readonly expandsDollar: boolean;
  readonly mode: string;
  readonly weakApplies: boolean;
  readonly found: Match[];
  readonly weak: Match[];
  /** rspamd's fuzzy_check module config: its `encryption_key` is the storage server's public key. */
  readonly rspamdFuzzy: boolean;
}

/**
 * rspamd's `fuzzy_check` module encrypts its queries to the fuzzy storage with `encryption_key`, the storage's
 * public key (32 bytes in rspamd's base32, 52 characters); the private half is the storage worker's `keypair`.
 */
const RSPAMD_FUZZY = /(?:^|\/)fuzzy_check\.conf$/;
const RSPAMD_PUBLIC_KEY = /^[13-9a-km-uw-z]{52}$/;

function secretNamed(names: Map<string, boolean>, name: string): boolean {
  let isSecret = names.get(name);
  if (isSecret === undefined) names.set(name, (isSecret = isSecretName(name.replace(/^\$/, '')) && !namesNonCredential(name)));
  return isSecret;
}

/** A command-line flag, `--api-key value` or `--client-secret=value`: a random-looking value only. Returns where scanning goes on. */
function flagForm(out: Judged, names: Map<string, boolean>, start: number, end: number): number {
  const { text } = out;
  const flag = text.slice(start, end);
  const name = flag.replace(/^-{1,2}/, '');
  // PowerShell's `-Credential` takes a PSCredential or a user name it prompts the password for (`-Credential Domain01\User01`)
  if (/^-credential$/i.test(flag)) return end;
  const value = /^[A-Za-z]/.test(name) && /^-{1,2}[A-Za-z]/.test(flag) ? flagValue(text, start, end) : undefined;
  if (!value || !secretNamed(names, name)) return end;
  judgeStrongOnly(out, name, value.start, value.end, 'is passed a literal on a command line');
  return Math.max(end, value.end);
}

/**
 * `:-`, `-`, `:=` or `=` then the default, up to the expansion's `}`: `${POSTGRES_PASSWORD:-drone}`; or a colon alone,
 * Spring's placeholder default (`${DB_PASSWORD:…}` in application.yml, `@Value("${jwt.secret:…}")`), not the `:?`
 * of a required variable's message.
 */
const EXPANSION_DEFAULT = /(?::[-=]?(?!\?)|[-=])["']?([^\s"'{}$`]{1,300})["']?\}/y;

/** The default of a shell parameter expansion whose variable is secret-named, judged as a value. Returns where scanning goes on. */
function expansionDefault(out: Judged, names: Map<string, boolean>, start: number, end: number): number {
  EXPANSION_DEFAULT.lastIndex = end;
  const m = EXPANSION_DEFAULT.exec(out.text);
  const name = out.text.slice(start, end);
  if (!m || !secretNamed(names, name)) return end;
  const valueEnd = EXPANSION_DEFAULT.lastIndex - 1 - (m[0].endsWith('"}') || m[0].endsWith("'}") ? 1 : 0);
  judge(out, name, valueEnd - (m[1] as string).length, valueEnd, 'defaults to a literal');
  return EXPANSION_DEFAULT.lastIndex;
}

/**
 * A name with no assignment operator after it: the name of a name/value pair (`- name: DB_PASSWORD`
 * / `value: …`: Kubernetes, ECS, Terraform), or one of operatorless.ts's forms (#define, C arrays,
 * Go and R declarations, XML elements and attributes). Kept out of the scan's loop, which most
 * keyword hits leave through here: a small loop is compiled sooner. Returns where scanning goes on.
 */
function operatorlessForms(out: Judged, names: Map<string, boolean>, start: number, end: number, lang: FileLanguage): number {
  const { text } = out;
  const pair = pairedValue(text, start, end);
  if (pair) {
    const name = text.slice(start, end);
    if (secretNamed(names, name) && (pair.quoted || out.mode === 'config') && !SETTING_STRING.test(text.slice(pair.start, pair.end))) {
      judge(out, name, pair.start, pair.end, 'is given a literal value');
      return Math.max(end, pair.end);
    }
  }
  const literal = operatorlessValue(text, start, end, lang);
  if (!literal) return end;
  const name = text.slice(start, end);
  if (!secretNamed(names, name)) return end;
  // a call's arguments are as often a label and its text as a setting and its value: random-looking
  // values only, not a `name=value` string (a test's `.set('Cookie', 'user=tobi.2HDd…')`) nor a
  // column type (`.addColumn("refresh_token", "varchar(255)")`)
  if (literal.form === 'call') {
    if (!SETTING_STRING.test(text.slice(literal.span.start, literal.span.end))) judgeStrongOnly(out, name, literal.span.start, literal.span.end, 'is given a literal');
  }
  else judge(out, name, literal.span.start, literal.span.end, literal.form === 'define' ? 'is defined as a literal' : 'is given a literal');
  return Math.max(end, literal.span.end);
}

/**
 * `name=value…`: a string of settings (a cookie header's), or a type (`varchar(255)`): not a secret (a call's or a pair's value).
 * The name may be percent-encoded: a cookie that carries an array (`list%5B%5D=…`, PHP's `name[]`) escapes its brackets.
 */
const SETTING_STRING = /^[A-Za-z_][\w.%-]{0,40}=|[()[\]{}<>]/;

/** A URL- or DSN-named slot (`DATABASE_URL`) holds a credential only with a password in it (url-credentials reports those). */
const ADDRESS_NAME = /(?:url|uri|dsn|endpoint)$/i;
const WITH_PASSWORD = /[^\s:@/]:[^\s@]{1,200}@/;
const addressWithoutPassword = (name: string, value: string): boolean => ADDRESS_NAME.test(name) && !WITH_PASSWORD.test(value);

/**
 * An access key's id (`access_key: A1B2…`, MinIO's and S3-compatible stores' `accessKey`, Scaleway's `SCW…`):
 * the public half of a key pair, upper case and digits, beside its `secret_key`, which is the credential.
 */
const ACCESS_KEY_NAME = /^\$?access[-_]?key(?:[-_]?id)?$/i;
const KEY_ID_VALUE = /^(?=[0-9]{0,27}[A-Z])[A-Z0-9]{16,28}$/;
const accessKeyId = (name: string, value: string): boolean => ACCESS_KEY_NAME.test(name) && KEY_ID_VALUE.test(value);

/** psql's variable interpolation (`ALTER USER app WITH PASSWORD :'app_password'`): the name of a variable, not a password. */
const PSQL_VARIABLE = /\bPASSWORD[ \t]{1,4}:['"]$/i;

/**
 * Names under which a UUID is a key, not an identifier: Heroku's API keys, Postmark's and Snyk's tokens,
 * Logentries' log tokens, many OAuth client secrets are UUIDs; under `token`, `id` or `key` alone one is most
 * often an id (a pagination, CSRF or idempotency token), so a token's name must say what it opens (`api_token`,
 * `AUTH_TOKEN`, `accessToken`).
 */
const UUID_KEY_NAME = /(?:apikey|apisecret|secretkey|clientsecret|privatekey|secret|apitoken|authtoken|accesstoken)$/;

/** A random-looking literal is a secret; a human-chosen one in a credential slot a weak credential. */
/**
 * A literal whose language fills in parts of it: a Python f-string or C# `$"…"` with `{…}` fields, a JS
 * template literal with `${…}` (`authorization = f"{params['X-Amz-Algorithm']}{sig}"`), a double-quoted
 * string with a `$name` in a shell script, a Makefile, a Jenkinsfile, Groovy, PHP or Perl
 * (`tokens="s/@@ver@@/$ver/g"`): code, not a value.
 */
function interpolated(out: Judged, start: number, value: string): boolean {
  const { text } = out;
  const open = text[start - 1];
  if (open === '`') return value.includes('${');
  if (open !== '"' && open !== "'") return false;
  // a double-quoted string of a language that expands `$name` in it: the value is partly a variable's
  if (open === '"' && out.expandsDollar && SHELL_VARIABLE.test(value)) return true;
  return /(?:^|[^\w])(?:[fF]|[rR][fF]|[fF][rR]|\$@?)$/.test(text.slice(Math.max(0, start - 4), start - 1)) && /\{[^{}]+\}/.test(value);
}

/**
 * A name that ends a string (`console.error("Failed to validate token:",r)}…`): its colon is in the text and the quote
 * after it closes the string, so the "value" is the code up to the next quote, starting with the rest of an argument list (`,r)`).
 */
const CLOSING_QUOTE_CODE = /^[,)][ \t]{0,2}[A-Za-z_$][\w$.]{0,40}[ \t]{0,2}[),]/;

/**
 * A route of a router's DSL: Rails' `get "reset-password" => "passwords#edit"`, Sinatra's and Hanami's
 * `post '/api-token' => 'tokens#create'`. The quoted "name" is a URL path after an HTTP verb and the value
 * the `controller#action` that serves it: code a router calls, not a setting and its value.
 */
const ROUTE_VERB = /^[ \t]{0,40}(?:get|post|put|patch|delete|match|options|head)[ \t(]{1,4}$/;

function isRoute(text: string, nameAt: number): boolean {
  if (text[nameAt] !== '"' && text[nameAt] !== "'") return false;
  const lineStart = lineStartWithin(text, nameAt, 60);
  return lineStart >= 0 && ROUTE_VERB.test(text.slice(lineStart, nameAt));
}

/**
 * A quoted literal ending in a separator and joined to a variable or a call (`$token = 'gpgauthv1.3.0|36|' . $t->token`,
 * `key = "v2:" + hmac(…)`): the start of a string the code builds, a format's prefix, not a value of its own.
 * A literal joined to another literal (a secret split in two) is still judged, and so is one ending in `.`, `-`, `_`
 * or `=`, which end base64 and base64url tokens (`"<token>." + thumbprint`, an ACME key authorization).
 */
const JOINED_AFTER = /^["'`][ \t]{0,4}(?:\.\.?|\+)[ \t]{0,4}(?:\$?[A-Za-z_]|\()/;

function prefixOfJoin(text: string, end: number, secret: string): boolean {
  return /[|:/;,&?#]$/.test(secret) && JOINED_AFTER.test(text.slice(end, end + 12));
}

/**
 * A Concourse or BOSH `((name))` variable, alone or after a prefix (`get_((job_secret.password))`): the pipeline or
 * manifest reads it from CredHub, Vault or SSM when it runs. The bare value's closing `))` is trimmed off before
 * it is judged, so the text after the value is read too.
 */
const DOUBLE_PAREN_VARIABLE = /\(\([A-Za-z_][\w.:/-]{0,80}(?:\)\))?$/;

function credentialManagerVariable(text: string, end: number, secret: string): boolean {
  if (!secret.includes('((')) return false;
  const m = DOUBLE_PAREN_VARIABLE.exec(secret);
  return m !== null && (m[0].endsWith('))') || text.startsWith('))', end));
}

/**
 * The value is base64 of its name's words again (repeatsName of the decoded text: a Kubernetes Secret's `data:` copied
 * into an operator bundle). Asked only of a value about to be reported: most candidates never reach the decode.
 */
function encodesItsSlot(name: string, secret: string): boolean {
  const decoded = secret.length <= 128 ? base64Text(secret)?.trimEnd() : undefined;
  return decoded !== undefined && decoded !== '' && (repeatsName(name, decoded) || isSentence(decoded));
}

/** Words a sentence is held together by: a generated passphrase draws longer words and repeats none of these. */
const FUNCTION_WORDS = new Set(['a', 'am', 'an', 'and', 'are', 'be', 'is', 'it', 'i', 'my', 'not', 'of', 'should', 'that', 'the', 'this', 'to', 'was', 'your']);

/**
 * Base64 of a sentence (`"session_data": "SSBBTSBBIEZJU0gK"`, "I AM A FISH"; "this should actually be encrypted json"):
 * an API description's sample of an opaque field, written so that a reader who decodes it sees it is a sample. Four
 * words or more of letters, two of them a sentence's small words.
 */
function isSentence(decoded: string): boolean {
  if (!/^[A-Za-z' ,.!?-]{8,200}$/.test(decoded)) return false;
  const words = decoded.toLowerCase().split(/[ ,.!?]+/).filter((w) => w !== '');
  return words.length >= 4 && words.filter((w) => FUNCTION_WORDS.has(w)).length >= 2;
}

function judge(out: Judged, name: string, start: number, end: number, verb: string, nameAt = start): void {
  const secret = out.text.slice(start, end);
  if (credentialManagerVariable(out.text, end, secret)) return;
  if (CLOSING_QUOTE_CODE.test(secret) || isPublishedOnPage(out.text, start, secret, name) || isRoute(out.text, nameAt) || prefixOfJoin(out.text, end, secret)) return;
  if (interpolated(out, start, secret) || addressWithoutPassword(name, secret) || accessKeyId(name, secret) || repeatsName(name, secret) || PSQL_VARIABLE.test(out.text.slice(Math.max(0, start - 12), start))) return;
  if (isOnchainIdentifier(name.replace(/^\$/, ''), secret)) return; // a selector or an address, public on chain
  if (isFossaPushOnlyKey(out.text, name, start, end)) return;
  if (isStandInFirebaseKey(secret, out.text, start)) return; // google-api-key's: a made-up project's key
  if (out.rspamdFuzzy && name === 'encryption_key' && RSPAMD_PUBLIC_KEY.test(secret)) return; // the fuzzy storage's public key
  if (isSecretLiteral(secret) || (isSecretUuid(secret) && UUID_KEY_NAME.test(nameParts(name).join('')))) {
    if (!encodesItsSlot(name, secret)) out.found.push({ start, end, secret, detail: `${name} ${verb}`, ...(inExampleComment(out.text, start) ? { sample: true } : {}) });
  }
  else if (out.weakApplies && isWeak(out.mode, name.replace(/^\$/, ''), secret) && !besideSampleAccount(out.text, nameAt, end, secret) && !inExampleObject(out.text, nameAt) && !encodesItsSlot(name, secret)) {
    out.weak.push({ start, end, secret, detail: `${name} ${verb} that looks chosen by a person` });
  }
}

/**
 * FOSSA's push-only API keys upload scan results and read nothing back; FOSSA's documentation has CI configs publish
 * them, and workflows commit them with a note that says so (`# FOSSA Push-Only API Token` above the input, or
 * `# This is a public key only for pushing` after it). Only under a FOSSA name, and only with the note.
 */
const PUSH_ONLY_NOTE = /push[- ]?only|only for push|public key/i;

function isFossaPushOnlyKey(text: string, name: string, start: number, end: number): boolean {
  if (!/fossa/i.test(name)) return false;
  const lineEnd = text.indexOf('\n', end);
  return PUSH_ONLY_NOTE.test(text.slice(startOfLinesAbove(text, start, 2, 400), lineEnd < 0 ? text.length : Math.min(lineEnd, end + 200)));
}

/**
 * An OpenPGP key's id or fingerprint as a signing key (`signing = { key = "523D5DC389D273BC"; }` in a Nix home-manager
 * config, git's `user.signingkey`, `gpg_signing_key: 0x6C1A4E52`): it names the key in the keyring, which stays
 * there; gpg prints ids in capitals, 16 or 40 hex digits, or 8 or 16 after `0x`.
 */
const OPENPGP_KEY_ID = /^(?:[0-9A-F]{16}|[0-9A-F]{40}|0x[0-9A-Fa-f]{8}|0x[0-9A-Fa-f]{16})$/;

function namesOpenPgpKey(name: string, secret: string): boolean {
  if (!OPENPGP_KEY_ID.test(secret)) return false;
  const parts = nameParts(name);
  return parts.some((p) => p === 'signing' || p === 'signingkey' || p === 'gpg' || p === 'pgp' || p === 'openpgp');
}

function judgeStrongOnly(out: Judged, name: string, start: number, end: number, verb = 'is assigned a literal'): void {
  const secret = out.text.slice(start, end);
  if (namesOpenPgpKey(name, secret)) return;
  if (!CLOSING_QUOTE_CODE.test(secret) && !isPublishedOnPage(out.text, start, secret, name) && !prefixOfJoin(out.text, end, secret) && !interpolated(out, start, secret) && !addressWithoutPassword(name, secret) && !repeatsName(name, secret) && !isOnchainIdentifier(name.replace(/^\$/, ''), secret) && !isStandInFirebaseKey(secret, out.text, start) && isSecretLiteral(secret) && !encodesItsSlot(name, secret)) {
    out.found.push({ start, end, secret, detail: `${name} ${verb}`, ...(inExampleComment(out.text, start) ? { sample: true } : {}) });
  }
}

/**
 * A setting of an object or block named as an example (an API description's request `example: { username, password }`,
 * OpenAPI's `examples:`, `x-example:`): the shape of a request, not an account. Weak literals there are not reported.
 */
const EXAMPLE_BLOCK = /^(?:x-)?(?:examples?|samples?)$/i;

function inExampleObject(text: string, nameAt: number): boolean {
  return EXAMPLE_BLOCK.test(enclosingName(text, nameAt) ?? '');
}

/**
 * A comment line that shows an example before the value (` * Example: {"url": "…", "token": "6ccc…"}`, `# e.g. api_key = …`,
 * `// for example: secret=…`): documentation of a format, reported as sample material (context test), not dropped.
 */
const EXAMPLE_COMMENT = /^[ \t]{0,40}(?:\*|\/\/[/!]?|#|--|;)[ \t]{0,8}(?:[^\n]{0,80}?[^A-Za-z0-9_])?(?:(?:examples?|samples?|for example|for instance)\b(?!\.[a-z])|e\.g\.)/i;

function inExampleComment(text: string, at: number): boolean {
  // the line's start looked for 400 characters back at most: a value deep in a long line is no comment's
  // example, and a search to the start of a minified line for each of its values would be quadratic
  const lineStart = lineStartWithin(text, at, 400);
  if (lineStart < 0) return false;
  return (
    EXAMPLE_COMMENT.test(text.slice(lineStart, at)) ||
    inDocCodeSample(text, lineStart) ||
    inExampleField(text, at) ||
    inCommentedJson(text, at) ||
    inCommentedJsonLines(text, lineStart, at) ||
    inCommentedSampleBlock(text, lineStart, at)
  );
}

/** A line commented out with `#` or `//`, up to the value. */
const COMMENTED_LINE = /^[ \t]{0,40}(?:#|\/\/)/;
/** A commented line naming a domain reserved for documentation (RFC 2606): `#   domain: example.com`. */
const COMMENTED_DOC_DOMAIN = /^[ \t]{0,40}(?:#|\/\/)[^\n]{0,200}\bexample\.(?:com|org|net)\b/m;

/**
 * A commented-out sample block (a role's defaults showing the shape of a setting: `#   domain: example.com` /
 * `#   password: <hex>`): the value's line is a comment and a commented line of the 8 lines above (1 KiB at most)
 * names a documentation domain. Reported as sample material, not dropped: a real block can be commented out.
 */
function inCommentedSampleBlock(text: string, lineStart: number, at: number): boolean {
  if (!COMMENTED_LINE.test(text.slice(lineStart, at))) return false;
  return COMMENTED_DOC_DOMAIN.test(text.slice(startOfLinesAbove(text, lineStart, 8, SAMPLE_LOOKBACK_CHARS), lineStart));
}

/**
 * A block comment that holds a JSON document and nothing before it (`/*` then `{` then a quoted key): the
 * payload an API answers, shown above the code that parses it (a provider's token response with its
 * `access_token` and `expires_in`, copied from the provider's docs). Reported as sample material, as an example
 * comment is. Looked for within the 1 KiB a history's window reaches above a change.
 */
const COMMENTED_JSON_OPENING = /^\/\*+[ \t]*\r?\n?[ \t]*\{[ \t]*\r?\n?[ \t]*"/;

function inCommentedJson(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - SAMPLE_LOOKBACK_CHARS), at);
  const open = before.lastIndexOf('/*');
  return open >= 0 && !before.includes('*/', open + 2) && COMMENTED_JSON_OPENING.test(before.slice(open, open + 40));
}

/** A line commented with `#` or `//` that holds a JSON member (`#     "token": "…",`). */
const COMMENTED_JSON_MEMBER = /^[ \t]{0,40}(?:#|\/\/)[ \t]{0,40}"[^"\n]{1,80}"[ \t]{0,4}:/;
/** A commented line that opens a JSON document: `# {` or `// [` alone. */
const COMMENTED_JSON_DOCUMENT = /^[ \t]{0,40}(?:#|\/\/)[ \t]{0,40}[{[][ \t]*\r?$/;
const COMMENTED_LINE_START = /^[ \t]{0,40}(?:#|\/\/)/;

/**
 * A JSON document commented out line by line in code (`# {` / `#   "keys": {` / `#     "auth": "…"`): the payload
 * an API sends or a format's shape, shown above the code that reads it, as a block comment's JSON is. The value's
 * line is a commented JSON member, and a commented `{` or `[` alone opens the document within the 8 lines above,
 * every line from it to the value's commented too.
 */
function inCommentedJsonLines(text: string, lineStart: number, at: number): boolean {
  if (!COMMENTED_JSON_MEMBER.test(text.slice(lineStart, at))) return false;
  const lines = text.slice(startOfLinesAbove(text, lineStart, SAMPLE_LOOKBACK_LINES, SAMPLE_LOOKBACK_CHARS), lineStart).split('\n');
  for (let k = lines.length - 1; k >= 0; k--) {
    const line = lines[k] as string;
    if (k === lines.length - 1 && line === '') continue; // (the text before lineStart ends with its newline)
    if (COMMENTED_JSON_DOCUMENT.test(line)) return true;
    if (!COMMENTED_LINE_START.test(line)) return false;
  }
  return false;
}

/** A Markdown fence that opens a block: an info string names its language (```` ```python ````); a closing fence has none. */
const OPENING_FENCE = /^[ \t]{0,40}(?:`{3,}|~{3,})[ \t]{0,4}[A-Za-z][\w+.#-]{0,30}[ \t]*$/;
const ANY_FENCE = /^[ \t]{0,40}(?:`{3,}|~{3,})/;
/** reStructuredText's code directives and literal-block markers (`.. code-block:: javascript`, `Example::`). */
const RST_CODE = /^([ \t]{0,40})(?:\.\.[ \t]+(?:code-block|code|sourcecode)::|[^\n]{0,200}[^\s:]::[ \t]*$)/;
/**
 * How far up the sample's opening is looked for: no further than the margin a history scans above a change
 * (8 lines and 1 KiB, src/engine/delta.ts), so that a version scanned where it changed and a file scanned whole
 * judge a value alike. (25 lines and 1,500 characters found nothing more across 287 real trees.)
 */
const SAMPLE_LOOKBACK_LINES = 8;
const SAMPLE_LOOKBACK_CHARS = 1024;

/**
 * A code sample inside documentation text held by a file that is not itself prose: a Markdown fence in a
 * YAML block scalar (a settings schema's `details: |` showing `'api_key': '…'`), a reStructuredText
 * `.. code-block::` or `::` literal block in a Python docstring. The line starting at `lineStart` is in
 * one when, looking up, an opening fence (one naming a language) comes before any other fence, or a code
 * directive indented less than every non-blank line between. Judged from the 8 lines above only.
 */
function inDocCodeSample(text: string, lineStart: number): boolean {
  // within a window of the text above: a long line (minified code) is never searched past it
  const base = Math.max(0, lineStart - SAMPLE_LOOKBACK_CHARS);
  const above = text.slice(base, lineStart);
  let minIndent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 80))?.[0].length ?? 0;
  let end = above.length - 1; // the line break ending the line above
  for (let lines = 0; end > 0 && lines < SAMPLE_LOOKBACK_LINES; lines++) {
    const nl = above.lastIndexOf('\n', end - 1);
    if (nl < 0 && base > 0) return false; // the line starts before the window
    const line = above.slice(nl + 1, end);
    end = nl;
    if (ANY_FENCE.test(line)) return OPENING_FENCE.test(line);
    const indent = /^[ \t]*/.exec(line)?.[0].length ?? 0;
    const rst = RST_CODE.exec(line);
    if (rst && (rst[1] as string).length < minIndent) return true;
    if (line.trim() !== '') minIndent = Math.min(minIndent, indent);
  }
  return false;
}

/**
 * A field named for an example that opens a multi-line string: a Cobra command's ``Example: `app revoke --client-secret …` ``,
 * a provider descriptor's `Example = '''` (TOML), a Python `example="""`. What follows, up to the closing quote, is a
 * usage example printed in help text or generated docs: reported as sample material, as an example comment is.
 */
const EXAMPLE_FIELD = /\b[Ee]xamples?["']?[ \t]{0,4}[:=][ \t]{0,4}(`|'''|""")/g;
/** As far up as a history's window reaches above a change (1 KiB): a scan and a history judge a value alike. */
const EXAMPLE_FIELD_REACH = 1024;

/**
 * A JSON Patch operation (RFC 6902) that adds an example to an API description: `path: /paths/~1login/post/…/example`
 * on one of the two lines above the value (`value: session=…`): what it adds is the description's example.
 */
const EXAMPLE_PATCH_PATH = /^[ \t]{0,40}(?:-[ \t]{1,4})?["']?path["']?[ \t]{0,4}:[ \t]{0,4}["']?\/[^\s"']{0,400}\/examples?(?:\/[^\s"'/]{1,100})?["']?,?[ \t]*$/m;

function inExamplePatch(text: string, at: number): boolean {
  // (the two lines above, each read only when it is at most 600 characters: never a search along a long line)
  let lineStart = lineStartWithin(text, at, 600);
  for (let lines = 0; lines < 2 && lineStart > 0; lines++) {
    const prevStart = lineStartWithin(text, lineStart - 1, 600);
    if (prevStart < 0) return false;
    const line = text.slice(prevStart, lineStart - 1);
    if (line.includes('xample') && EXAMPLE_PATCH_PATH.test(line)) return true;
    lineStart = prevStart;
  }
  return false;
}

function inExampleField(text: string, at: number): boolean {
  if (inExamplePatch(text, at)) return true;
  const from = Math.max(0, at - EXAMPLE_FIELD_REACH);
  if (!text.slice(from, at).includes('xample')) return false;
  const before = text.slice(from, at);
  let opener: RegExpExecArray | undefined;
  EXAMPLE_FIELD.lastIndex = 0;
  for (let m = EXAMPLE_FIELD.exec(before); m; m = EXAMPLE_FIELD.exec(before)) opener = m;
  // the string the field opened is still open where the value is: its closing quote does not come between
  return opener !== undefined && !before.includes(opener[1] as string, opener.index + opener[0].length);
}

/**
 * A weak literal in a credential slot; in config files a plain word counts in a password setting. The
 * stand-ins any password slot knows (`admin123`, `chainlooppwd`, `P@ssw0rd`) are the compose rule's
 * too: isPlaceholderPassword judges them for both.
 */
function isWeak(mode: string, name: string, value: string): boolean {
  return isCredentialSlot(name, mode === 'code') && !isPlaceholderPassword(value) && isWeakCredentialLiteral(value, name, mode === 'config' && isPasswordName(name));
}

/** A domain reserved for documentation (RFC 2606): the account beside the password is a sample. */
const DOCUMENTATION_DOMAIN = /\bexample\.(?:com|org|net)\b/i;
const NEARBY_CHARS = 600;
const NEARBY_LINES = 6;

/**
 * True when the lines around `at` (six each way, at most 600 characters: inside the engine's history
 * margin) name a documentation domain, or name the thing the password is the name of: a word-only
 * password that appears again as a word there (`POSTGRES_USER=gitea` and `image: gitea/gitea` beside
 * `POSTGRES_PASSWORD=gitea`) is the account's, database's or product's name, a sample's stand-in; so is
 * that name with a counter glued on (`SECRET_KEY="minio123"` under `ACCESS_KEY="minio"`). A word with
 * a password word glued on (`chainlooppwd`) is a stand-in anywhere (isPlaceholderPassword).
 */
function besideSampleAccount(text: string, at: number, end: number, value = ''): boolean {
  const from = startOfLinesAbove(text, at, NEARBY_LINES, NEARBY_CHARS);
  let to = end;
  for (let lines = 0; to < text.length && to - end < NEARBY_CHARS; to++) if (text[to] === '\n' && ++lines > NEARBY_LINES) break;
  if (DOCUMENTATION_DOMAIN.test(text.slice(from, to))) return true;
  // a documentation's demo account, its user named in the lines around (Oracle's demo schema, scott/tiger: the kit's
  // demo accounts, which tutorials and every sample JDBC configuration log in as): a sample, not a chosen password
  const sampleUser = demoAccountUser(value);
  if (sampleUser !== undefined && appearsAsWord(`${text.slice(from, end - value.length)} ${text.slice(end, to)}`.toLowerCase(), sampleUser)) return true;
  // a word with a counter (1, 12, 123… typed in order: not a year or a chosen number) is judged by its word
  const counted = /^([A-Za-z]{3,30})1(?:2(?:3(?:4(?:5(?:6)?)?)?)?)?$/.exec(value);
  if (!counted && !/^[A-Za-z]{3,30}$/.test(value)) return false;
  const nearby = `${text.slice(from, end - value.length)} ${text.slice(end, to)}`.toLowerCase();
  return appearsAsWord(nearby, (counted?.[1] ?? value).toLowerCase());
}

/** True when `word` occurs in `text` with no lowercase letter glued to either side. */
function appearsAsWord(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(i + word.length);
    if (!(before >= 97 && before <= 122) && !(after >= 97 && after <= 122)) return true;
  }
  return false;
}

/** A quoted value always; a bare one when nothing but a comment follows it on its line. */
function endsCleanly(text: string, m: RegExpExecArray, at: number): boolean {
  if (m[6] === undefined) return true;
  BARE_END.lastIndex = at + m[0].length;
  return BARE_END.test(text);
}

/**
 * A call that only makes a string, or a secret wrapper, of its literal: Rust's `String::from("…")` and the secrecy
 * crate's `SecretString::new("…".into())`, C++'s `std::string("…")` and Qt's `QStringLiteral("…")`, pydantic's
 * `SecretStr("…")`, the conversions `str("…")` (Python), `string("…")` (Go), `String("…")` (JavaScript, Swift) and
 * `Buffer.from("…")` (Node), and Java's `new String("…")` (STRING_CONSTRUCTOR).
 */
const STRING_WRAPPER =
  /^(?:String::from|std::string|SecretStr|Secret(?:String|Box)?::(?:new|from)|Q(?:String|StringLiteral|Latin1String|ByteArray)|str|string|String|Buffer\.from)\($/;
/** After a bare `new`: the constructor of a string, up to its parenthesis. */
const STRING_CONSTRUCTOR = /^[ \t]{1,4}(?:java\.lang\.)?String\(/;
/** What may close such a call after the literal: `)`, or a conversion first (`"…".into())`). */
const WRAPPER_CLOSE = /^(?:\.(?:into|to_string|to_owned)\(\))?\)/;

/** The literal a string wrapper's call holds, when the call holds nothing else. */
function wrappedLiteral(text: string, open: number): [number, number] | undefined {
  const span = text[open] === '"' || text[open] === "'" ? quotedSpan(text, open) : undefined;
  return span && WRAPPER_CLOSE.test(text.slice(span.end + 1, span.end + 20)) ? [span.start, span.end] : undefined;
}

/** The value's span: the quoted text, or a bare value where bare values count, without trailing punctuation. */
function valueSpan(mode: string, text: string, at: number, m: RegExpExecArray, procfile = false): [number, number] | undefined {
  const [, q = '', name = '', dq, sq, bq, bare] = m;
  const quoted = dq ?? sq ?? bq;
  const matchEnd = at + m[0].length;
  if (quoted !== undefined) return [matchEnd - 1 - quoted.length, matchEnd - 1];
  if (bare !== undefined && mode === 'code' && STRING_WRAPPER.test(bare)) return wrappedLiteral(text, matchEnd);
  if (bare === 'new' && mode === 'code') {
    const constructor = STRING_CONSTRUCTOR.exec(text.slice(matchEnd, matchEnd + 24));
    return constructor ? wrappedLiteral(text, matchEnd + constructor[0].length) : undefined;
  }
  if (bare === undefined || mode === 'code') return undefined;
  if (mode === 'config' && /^[|>][-+]?$/.test(bare)) return blockScalarLine(text, matchEnd);
  const nameStart = at + q.length;
  const between = text.slice(nameStart + name.length + q.length, matchEnd - bare.length).trim();
  if ((mode === 'other' || mode === 'batch') && !isEnvStyleLine(text, nameStart, name, between, mode === 'batch', procfile)) return undefined;
  // (a recipe's command line may set its environment first: `\tJWT_SECRET=… npm run dev`)
  if (mode === 'make' && !isMakeAssignment(text, nameStart, between) && !isEnvStyleLine(text, nameStart, name, between, false)) return undefined;
  let end = matchEnd;
  while (end > matchEnd - bare.length && ',;)]}'.includes(text[end - 1] as string)) end--;
  // one setting of a bracketed list (Kafka's `--add-config 'SCRAM-SHA-256=[iterations=8192,password=…],SCRAM-SHA-512=[…]'`):
  // the value ends at the list's next separator or its close
  const opener = at > 0 ? (text[at - 1] as string) : '';
  if (opener !== '' && '[{(,'.includes(opener)) {
    const cut = text.slice(matchEnd - bare.length, end).search(/[,\]})]/);
    if (cut >= 0) end = matchEnd - bare.length + cut;
  }
  return [matchEnd - bare.length, end];
}

/**
 * A YAML block scalar (`api_key: |` or `>-`) whose one line is the value: that line, when the
 * block ends after it (the next line is indented less, or the text ends). A longer block is text,
 * or a PEM key the private-key detector reads.
 */
function blockScalarLine(text: string, after: number): [number, number] | undefined {
  let pos = after;
  while (pos < text.length && (text[pos] === ' ' || text[pos] === '\t' || text[pos] === '\r')) pos++;
  if (text[pos] !== '\n') return undefined;
  const lineStart = pos + 1;
  let start = lineStart;
  while (start < text.length && start - lineStart < 40 && text[start] === ' ') start++;
  const indent = start - lineStart;
  if (indent === 0) return undefined;
  let end = start;
  while (end < text.length && end - start <= 300 && text[end] !== '\n' && text[end] !== '\r') end++;
  let next = end;
  if (text[next] === '\r') next++;
  if (next < text.length) {
    let nextIndent = 0;
    while (text[next + 1 + nextIndent] === ' ') nextIndent++;
    const nextChar = text[next + 1 + nextIndent];
    if (nextIndent >= indent && nextChar !== undefined && nextChar !== '\n' && nextChar !== '\r') return undefined;
  }
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return end > start ? [start, end] : undefined;
}

export const genericSecretAssignment: Detector = {
  id: 'generic-secret-assignment',
  title: 'Secret assigned as a literal',
  policy: 'credentials-from-environment',
  severity: 'medium',
  keywords: SECRET_NAME_KEYWORDS,
  priority: 10,
  remediation:
    'Rotate the value if it was ever real, then read it at run time from the environment or a secret store ' +
    '(process.env, os.environ, a vault client) instead of writing it into code or committed config.',
  detect: (input) => scanAssignments(input).strong,
  examples: {
    positive: [
      { text: 'siliconflow:\n  enable: true\n  api-key: sk-rntwjybsgdjnyvhfjsobjjzkakjjeqszuiwrkmkbbhgzriww\n', path: 'server/src/main/resources/application.yaml', why: 'a key of 48 lowercase letters drawn at random: no digit, no capital, and no words' },
      { text: 'LLM_API_TOKEN=yilocejqnsbpeavccfypqqsciptuwbaa\n', path: 'deploy/.env.production', why: 'lowercase letters only, with runs of consonants no words have' },
      { text: 'api_secret: Xq7vR9)pW4kZ8mLt2,Nc5\n', path: 'config/app.yaml', why: 'a bare value at the start of the file: its brackets and commas are its own' },
      { text: '@echo off\nset DB_PASSWORD=Rk9Ts4Mb7Nc1ZdHq3vX\ncall deploy.exe\n', path: 'scripts/deploy.bat', why: "a batch file's set" },
      { text: '      - uses: fossas/fossa-action@v1\n        with:\n          fossa-api-key: 6b1e0f2d9c4a8e7b3f5d1a0c9e8b7a6d\n', path: '.github/workflows/license.yml', why: 'a FOSSA key with no note that it is push-only: it may read and administer' },
      { text: '@set "API_TOKEN=Wd3Lq8Zx2Nv7Kp4Tb9Hs"\n', path: 'tools/run.cmd', why: 'the quoted form of set' },
      { text: 'REVENUECAT_API_KEY=sk_TgWqpLzXcVbNmKrYhJdFsAeUi\n', path: 'server/.env', why: "RevenueCat's secret key (sk_), beside the public SDK keys that are not reported" },
      { text: "    $api_secret = 'Hq7vR2mZx9LwT4kP' . $suffix;\n", path: 'app/Services/Billing.php', why: 'joined to a variable, but ending in no separator: a secret cut in two' },
      { text: 'DB_PASSWORD = "yWiwuQ!QcVi4xUf#HaH"', path: 'app/settings.py' },
      { text: 'subprocess.run(["pg_dump", "shop"], env={"PGPASSWORD": "Vq7nR2kXt9Lm"})', path: 'tools/backup.py', why: "libpq's variable: a password's name glued to what it opens" },
      { text: 'adminpassword = "Tz4mW8qNc2Rv"', path: 'setup/install.py', why: 'one glued lowercase word' },
      { text: '{:db {:user "shop" :password "Vq7nR2kXt9Lm"}}\n', path: 'resources/config.edn', why: "an EDN map's keyword and its string" },
      { text: '[{shop, [{db_password, "Vq7nR2kXt9Lm"}]}].\n', path: 'config/sys.config', why: "an Erlang term's tuple" },
      { text: 'KEYSTORE_PASSWORD = "0x9c2e71f04ab38d5e6f17c0a29b4d8e3f51a6c7d2"', path: 'wallet/settings.py', why: "20 bytes of hex under a password's name: a password, not an address" },
      { text: '{ "client_id": "reporting", "client_secret": "Ej8WqZM4GV8a6LpxDJJs4LuL6IKZX2Ra" }', path: 'config/oauth.json' },
      { text: "client_id = 'portal'\nclient_secret = 'c4e1a9f7-3b6d-4f2e-8a5c-0d9b7e2f4a61'", path: 'sso/login.py', why: 'a UUID under a secret name: Keycloak client secrets, Heroku API keys' },
      { text: 'API_SECRET=TnioQDLNQO5Y2AniokyZ3Bxq', path: '.env', why: 'bare value in a .env file' },
      { text: 'smtp:\n  password: Fx55&ry^ql*7Dkiu', path: 'config/app.yml', why: 'bare YAML value' },
      { text: "const apiKey = 'wmMkd5Mo05tzujlovf48';", path: 'src/client.ts' },
      { text: 'password := "UfvzY!j52yJj202y"', path: 'cmd/main.go' },
      { text: 'db_password: str = "Z7o55qM3orrLGK"', path: 'app/config.py', why: 'annotated assignment' },
      { text: 'export AUTH_TOKEN=UOn6V5Ff1xGdxC1p48', path: 'docs/setup.md', why: 'shell line in prose' },
      { text: 'import os\n%env COMET_API_KEY=Qn8vRb3XkT9wLm2Zp7Yc4Hd6F\n!export SEARCH_API_KEY=e3b9c1f07a52d84e6c19b0a7f3d2e8c541b6a90d\n', path: 'notebooks/eda.ipynb', why: "a notebook cell's IPython magic and shell command, as the engine decodes the cell" },
      { text: 'env:\n  - name: DB_PASSWORD\n    value: "Qm4r!Lx8vT2pWz9K"', path: 'k8s/deployment.yaml', why: 'a Kubernetes name/value pair' },
      { text: '{\n  "name": "SIGNING_SECRET",\n  "value": "b7Rt2kWq9Zm4Xp1Lc8Vn"\n}', path: 'ecs/task-definition.json', why: 'an ECS task definition pair' },
      { text: '#define API_SECRET "Vq7Lm2Xp9Rt4Kw8Zb3Nc"', path: 'firmware/arduino_secrets.h', why: 'a C #define' },
      { text: '<settings>\n  <apiSecret>Vq7Lm2Xp9Rt4Kw8Zb3Nc</apiSecret>\n</settings>', path: 'conf/app.xml', why: 'an XML element' },
      { text: 'acmectl login --api-key Vq7Lm2Xp9Rt4Kw8Zb3Nc --region eu', path: 'scripts/deploy.sh', why: 'a command-line flag' },
      { text: 'acmectl sync --client-secret="Vq7Lm2Xp9Rt4Kw8Zb3Nc"', path: 'Makefile', why: 'a flag with =' },
      { text: 'char wifi_password[] = "Tq8!vLm2Xp9Rw";', path: 'sketch/sketch.ino', why: 'a C array' },
      { text: 'static NSString *const kApiSecret = @"Vq7Lm2Xp9Rt4Kw8Zb3Nc";', path: 'App/Keys.m', why: "an Objective-C string literal" },
      { text: 'DEPLOY_TOKEN ?= Vq7Lm2Xp9Rt4Kw8Zb3Nc\nPUSH_SECRET := Lm8vQz3kXn5wR2tY\n', path: 'Makefile', why: "Make's conditional and immediate assignments" },
      { text: "INSERT INTO `wp_options` VALUES (12,'mailserver_pass','Vq7Lm2Xp9Rt4Kw8Zb3Nc','yes');", path: 'backup/wordpress.sql', why: "a settings table's row in a dump" },
      { text: '(ns shop.config)\n(def api-secret "Vq7Lm2Xp9Rt4Kw8Zb3Nc")\n', path: 'src/shop/config.clj', why: "Clojure's def" },
      { text: 'r = requests.get(url, headers={"X-Mashape-Key": "Wq4cT8nZr2LpY6vB0xKdJ5sHm9FgA3eU1oNi7Ct"})', path: 'scripts/quotes.py', why: "a service's key in a custom header, in code" },
      { text: 'VAULT_CLIENT_TOKEN=Zk4qV8mN2xLt7RbW5pYc3HsJd9FgQ1:Wm3kT8vQ2nLx7RpZ5bYc9A==\n', path: 'deploy/.env', why: 'a client secret and a padded base64 key joined by a colon' },
      { text: 'var signingSecret string = "Vq7Lm2Xp9Rt4Kw8Zb3Nc"', path: 'cmd/server/main.go', why: 'a typed Go var' },
      { text: 'api_secret <- "Vq7Lm2Xp9Rt4Kw8Zb3Nc"', path: 'analysis/fetch.R', why: "R's arrow" },
      { text: 'const API_SECRET: &str = "Vq7Lm2Xp9Rt4Kw8Zb3Nc";', path: 'src/main.rs', why: 'a Rust &str' },
      { text: '<add key="ApiSecret" value="Vq7Lm2Xp9Rt4Kw8Zb3Nc" />', path: 'Web.config', why: '.NET appSettings' },
      { text: '<string name="api_secret">Vq7Lm2Xp9Rt4Kw8Zb3Nc</string>', path: 'app/src/main/res/values/strings.xml', why: 'an Android string resource' },
      { text: '<dict>\n\t<key>CFBundleName</key>\n\t<string>Atlas</string>\n\t<key>ApiSecret</key>\n\t<string>Lr4NhXw82tQpZs9Kd3VmYc7BfJ1e6GaU</string>\n</dict>', path: 'Atlas/Info.plist', why: "a property list's key/string pair (an iOS app's settings)" },
      { text: `{"id":"a8c5","name":"staging","values":[${'{"key":"baseUrl","value":"https://api.staging.shop.internal","enabled":true},'.repeat(3)}{"key":"apiKey","value":"0X2CeTNQC31BSwhlf0lfKzhOtuymGQml","type":"secret","enabled":true}]}`, path: 'postman/staging.postman_environment.json', why: 'a key/value pair on one long line (an exported Postman environment)' },
      { text: "<?php\nreturn [\n    'crypt' => [\n        'key' => '63cdbe84bf366609904cd54fa0d8dd40'\n    ],\n];\n", path: 'app/etc/env.php', why: "Magento's encryption key: a bare key under a PHP array named for a credential" },
      { text: '<property>\n  <name>fs.s3a.secret.key</name>\n  <value>p3Wd8KqZt5Nv2XhL9cRm7YsB4fJa6GuE1TkQoV0i</value>\n</property>', path: 'conf/core-site.xml', why: "Hadoop's name/value pair" },
      { text: 'os.environ["SIGNING_SECRET"] = "Vq7Lm2Xp9Rt4Kw8Zb3Nc"', path: 'tests/conftest.py', why: 'a subscript' },
      { text: 'smtp:\n  api_secret: |\n    Vq7Lm2Xp9Rt4Kw8Zb3Nc\n  port: 587\n', path: 'config/app.yml', why: 'a YAML block scalar of one line' },
      { text: 'System.setProperty("api.secret", "Vq7Lm2Xp9Rt4Kw8Zb3Nc");', path: 'src/main/java/App.java', why: 'a call naming the setting' },
      { text: 'let db_password = String::from("Vq7Lm2Xp9Rt4Kw8Zb3Nc");', path: 'src/db.rs', why: "a call that only makes a String of the literal" },
      { text: 'public string ApiSecret { get; set; } = "Vq7Lm2Xp9Rt4Kw8Zb3Nc";', path: 'src/Shop/Settings.cs', why: "a C# auto-property's initializer" },
      { text: "define('DB_PASSWORD', 'Xk29sLq8mVz1Pq');", path: 'wp-config.php', why: "PHP's define()" },
      { text: 'knife[:aws_secret_access_key] = "Rk2pW9qT4vX8zY1bN7mC3dG5hJ0kL6sA9eE2uI4o"', path: '.chef/knife.rb', why: "Ruby's symbol subscript" },
      { text: 'github.com:\n- user: octo\n  oauth_token: 5b8e1d4a7c2f9e3b6d0a4c8f1e5b9d2a7c3f6e0b\n  protocol: https\n', path: 'home/.config/hub', why: "the hub CLI's config" },
      { text: 'authentication:\n  access_token: 9d4f7a2c5e8b1d6f3a0c7e4b9d2f5a8c1e6b3d0f7a4c9e2b5d8f1a6c3e0b7d4f\n', path: 'home/.tugboat', why: "the tugboat CLI's config" },
      { text: 'http_user = deploy\nhttp_password = Zm6qKx3vNw9p\n', path: 'home/.wgetrc', why: "wget's rc file: bare values count as in any config file" },
      { text: 'export API_SECRET="${API_SECRET:-Vq7Lm2Xp9Rt4Kw8Zb3Nc}"', path: 'scripts/run.sh', why: "a shell expansion's default is a literal" },
      { text: 'spring:\n  datasource:\n    password: ${DB_PASSWORD:Kw3nP7zQr1xT}\n', path: 'src/main/resources/application.yml', why: "a Spring placeholder's default is a literal" },
      { text: '  @Value("${jwt.secret:Zr7wQ2vKp9mXc4tLb8nHs3dFj6gYa1Ue}")\n  private String jwtSecret;\n', path: 'src/main/java/shop/auth/JwtConfig.java', why: "a Spring placeholder's default in an annotation" },
      { text: "let g:acme_api_token='Vq7Lm2Xp9Rt4Kw8Zb3Nc'", path: 'home/.vimrc', why: "a Vim global: the colon of its scope is no ARN's" },
      { text: '[auth]\nacme.prefix = https://hg.shop.internal\nacme.password = Lm8vQz3kXn5w\n', path: 'home/.hg/hgrc', why: "Mercurial's config" },
      { text: '{\n  "Jwt": {\n    "Key": "kRKzf1Lc7MwA5gmIZJUbbL8ndjbrJtnuDUEOzPj8",\n    "Issuer": "https://shop.internal"\n  }\n}\n', path: 'src/Api/appsettings.json', why: "ASP.NET's JWT signing key: a bare Key under the Jwt block" },
      { text: 'encryption:\n  # rotated by ops\n  key: mHM0QkpFs0x4gc92MngjXOjFtkEwsWFn\n', path: 'config/app.yml', why: 'a bare key one YAML indent under encryption:' },
      { text: '[hmac]\nkey = RHbOmS4qNlsUl2pGPJdddbTDEXqF3twJ5SNy8oFi\n', path: 'settings.ini', why: 'a bare key in an INI section named for an HMAC' },
      { text: 'Jwt__Key=6uRvWCvbyMdxUGYhCNIN3DfxlBRkE54r1ZxI6UsG', path: 'deploy/api.env', why: "the same setting as a .NET environment variable" },
      { text: 'GEOCODER_KEY=9f3c0a7e2b5d8164c1e0f7a39b2d6c58', path: '.env.production', why: "a service's key: <service>_KEY with a random value, as API_KEY" },
      { text: 'maps:\n  provider: opencage\n  geocoderKey: Wq4cT8nZr2LpY6vB0xKdJ5sHm9FgA3eU1oNi7Ct\n', path: 'config/settings.yml', why: "a service's key in a config file" },
      { text: "const analytics = { workspaceId: '7d1f3c9a-52be-4e0a-9c6f-3b8a1d2e4f70', sharedKey: 'lWue0pUw3FKGKO1qfEUxa0JA5irNsSLk' };", path: 'src/telemetry.js', why: 'a key both ends hold (Azure SharedKey signing)' },
      { text: "payments:\n  clientKey: SB-Mid-client-public\n  serverKey: HlCYCXb53P2EOy3KVKy9r6aa1LC3\n", path: 'config/payments.yml', why: 'the secret half of a client/server key pair' },
      { text: '# TSIG key for dynamic updates\ndns_update_secret = jsBsiACY5TMZjQfMN/MnTX0IoBCr4Ud67wF2yMwso+rS9I+8Zvt1adELYoScLE6y\n', path: 'deploy/dns-credentials.ini.tpl', why: "an INI file's template: its bare values are read as the INI file's" },
      { text: 'tracker:\n  api_key: cbfc2136-80bc-4e35-9c26-3f0cbe812016\n', path: 'roles/monitor/templates/agent.yml.j2', why: "an Ansible role's YAML template" },
      { text: 'export MONITOR_API_TOKEN=68826ed5-cd69-4c1d-aebc-59cc92eb77e4\n', path: 'deploy/env.sh', why: 'a UUID under a name that says what the token opens' },
      { text: 'String smtpPassword = new String("Wq4zLx8Rt2Nv6Pk9");\n', path: 'src/main/java/shop/Mailer.java', why: "Java's String constructor only copies the literal" },
      { text: 'var apiSecret = string("Wq4zLx8Rt2Nv6Pk9")\n', path: 'internal/billing/client.go', why: "Go's conversion of the literal" },
      { text: 'const QString apiToken = QStringLiteral("Wq4zLx8Rt2Nv6Pk9");\n', path: 'src/sync/remote.cpp', why: "Qt's string of the literal" },
      { text: '    std::string db_password("Wq4zLx8Rt2Nv6Pk9");\n', path: 'src/store/db.cc', why: 'a C++ variable initialised directly from the literal' },
      { text: 'x-db: &db\n  POSTGRES_PASSWORD: &pg_password Wq4zLx8Rt2Nv6Pk9\n', path: 'deploy/compose.yml', why: "a YAML anchor stands before the value, which the aliases repeat" },
      { text: '{"name": "login", "request": {"body": {"mode": "raw", "raw": "{\\n  \\"username\\": \\"ops\\",\\n  \\"password\\": \\"Wq4zLx8Rt2Nv6Pk9\\"\\n}"}}}\n', path: 'api/shop.postman_collection.json', why: "JSON inside a JSON string, its quotes escaped: a Postman collection's request body" },
      { text: '<applicationSettings>\n  <Shop.Properties.Settings>\n    <setting name="ApiSecret" serializeAs="String">\n      <value>Wq4zLx8Rt2Nv6Pk9</value>\n    </setting>\n', path: 'Shop/App.config', why: ".NET's application settings: the value element under the setting's name" },
      { text: '[Environment]::SetEnvironmentVariable("SHOP_API_TOKEN", "Wq4zLx8Rt2Nv6Pk9", "Machine")\n', path: 'deploy/setup.ps1', why: 'a third argument names the scope' },
      { text: 'set -gx SHOP_API_TOKEN Wq4zLx8Rt2Nv6Pk9\n', path: 'config/fish/conf.d/shop.fish', why: "fish's set" },
      { text: 'setx SHOP_API_TOKEN "Wq4zLx8Rt2Nv6Pk9" /M\n', path: 'deploy/setup.cmd', why: "Windows' setx" },
      { text: 'set(SHOP_API_TOKEN "Wq4zLx8Rt2Nv6Pk9" CACHE STRING "token of the update server")\n', path: 'CMakeLists.txt', why: "CMake's set" },
      { text: '[Service]\nEnvironment=SHOP_API_TOKEN=Wq4zLx8Rt2Nv6Pk9 LOG_LEVEL=info\n', path: 'deploy/shop.service', why: "a systemd unit's unquoted Environment=" },
      { text: 'web: SHOP_API_TOKEN=Wq4zLx8Rt2Nv6Pk9 node server.js\nworker: node worker.js\n', path: 'Procfile', why: "a Procfile's command line sets the variable after its process type" },
      { text: '{\n  "name": "shop",\n  "env": {\n    "SHOP_API_TOKEN": {\n      "description": "token of the orders API",\n      "value": "Wq4zLx8Rt2Nv6Pk9"\n    }\n  }\n}\n', path: 'app.json', why: "Heroku's app.json: the value member of the variable's object" },
      { text: 'inputs:\n  api_token:\n    description: token of the orders API\n    required: false\n    default: Wq4zLx8Rt2Nv6Pk9\n', path: 'action.yml', why: "a GitHub Action's input: its default is used whenever a workflow passes none" },
      { text: 'parameters:\n  - name: shop_api_token\n    type: string\n    default: Wq4zLx8Rt2Nv6Pk9\n', path: 'azure-pipelines.yml', why: "an Azure Pipelines parameter's default, after its type" },
      { text: '{ "token_type": "bearer", "access_token": "Thex9WGPOP_lofo13He0lXAXjgaqSFZaZbE5T3qnIjo.bOk1olGK8NwHla4cSkrp53URq3vnvSEEKfQLs2_ZilY" }\n', path: 'config/session.json', why: 'two random pieces joined by a dot (an OAuth server\'s key and signature), though each piece starts as a name would' },
    ],
    negative: [
      { text: 'listing:\n  page_token: 68826ed5-cd69-4c1d-aebc-59cc92eb77e4\n', path: 'config/app.yml', why: "a UUID under a token's bare name: a cursor's id" },
      { text: 'set(PASSWORD_SOURCES src/password.cc src/hash.cc)\n', path: 'CMakeLists.txt', why: 'a list of files, not a value' },
      { text: 'release: SHOP_API_TOKEN=$SHOP_API_TOKEN npm run migrate\n', path: 'Procfile', why: 'the variable passed on' },
      { text: 'web: SHOP_API_TOKEN=Wq4zLx8Rt2Nv6Pk9 node server.js\n', path: 'notes/deploy.txt', why: 'a line of notes: not a Procfile' },
      { text: 'set -x SHOP_API_TOKEN (cat ~/.config/shop/token)\n', path: 'config/fish/conf.d/shop.fish', why: "a command's output" },
      { text: '{"body": "{\\"password\\": \\"{{password}}\\"}"}\n', path: 'api/shop.postman_collection.json', why: "a Postman variable in the escaped JSON" },
      { text: 'auth:\n  type: api_key\n  config:\n    name: X-Shop-Tenant\n    value: Wq4zLx8Rt2Nv6Pk9\n', path: 'config/hooks.yml', why: "a nested block's member (a tenant header's value) is not the block's own value" },
      { text: 'inputs:\n  api_token:\n    description: token of the orders API\n    required: true\n  region:\n    default: Wq4zLx8Rt2Nv6Pk9\n', path: 'action.yml', why: "another input's default: the token's block has none" },
      { text: '{"properties": {"password": {"type": "string", "minLength": 12}, "theme": {"default": "Wq4zLx8Rt2Nv6Pk9"}}}\n', path: 'schema/settings.json', why: "a schema's password field has no default; another field's is not it" },
      { text: 'static const auto BUS_TEMPLATE_SESSION = QStringLiteral("%1/session/%2");\n', path: 'src/bus/constants.h', why: "Qt's positional arguments: a path's format string" },
      { text: '  if (check_password("Wq4zLx8Rt2Nv6Pk9")) return;\n', path: 'src/auth/login.cc', why: 'a call, not a declaration: no type before the name' },
      { text: 'password: &pw ${DB_PASSWORD}\n', path: 'deploy/compose.yml', why: 'an anchor on a reference' },
      { text: 'auth:\n  token_provider: oauth2.providers.HmacSha512Strategy.TokenV2Signer\n', path: 'config/app.yml', why: 'a dotted name: its digits stand at one or two places in a piece' },
      { text: 'export CSRF_TOKEN=68826ed5-cd69-4c1d-aebc-59cc92eb77e4\n', path: 'deploy/env.sh', why: 'a request token, not a credential' },
      { text: 'admin_password: {{ vault_admin_password }}\n', path: 'roles/app/templates/app.yml.j2', why: "a template's reference" },
      { text: '(def profile {:email "buyer7.test@shop-fixtures.org" :password "buyer7.test@shop-fixtures.org"})\n', path: 'src/shop/seed.clj', why: 'an e-mail address: an account name, not a generated secret' },
      { text: '{db_password, "Vq7nR2kXt9Lm", fallback}\n', path: 'src/shop.erl', why: 'a tuple of three: not a name and its value' },
      { text: 'routes = {"resetpassword": "Wq8Lz3vTk9pR2m"}', path: 'app/routes.py', why: 'a glued name about a password (a flow), not the password' },
      { text: '        "auth_data": "dGhpcyBzaG91bGQgYmUgdGhlIGVuY3J5cHRlZCBkYXRh"\n', path: 'synapse/rest/client/room_keys.py', why: 'base64 of a sentence: a sample' },
      { text: 'let db_password = String::from(env::var("DB_PASSWORD")?);', path: 'src/db.rs', why: 'the call wraps a lookup, not a literal' },
      { text: 'public string Password { get; set; } = string.Empty;', path: 'src/Shop/Settings.cs', why: 'no literal' },
      { text: 'secret_key: pneumonoultramicroscopicsilicovolcanoconiosis\n', path: 'config/app.yaml', why: 'one long word: a third of its letters vowels, no run of consonants' },
      { text: 'API_TOKEN=thequickbrownfoxjumpsoverthelazydogagain\n', path: '.env', why: 'words written together, lowercase' },
      { text: 'ota:\n  - platform: esphome\n    password: "superlongpasswordthatnoonewillknow"\n', path: 'devices/garage.yaml', why: 'words written together: a third of the letters vowels' },
      { text: 'nextSequenceToken: 49542672486831074009579604567656788214806863282469607346\n', path: 'docs/logs.yml', why: 'digits alone: a sequence number, not letters drawn at random' },
      { text: 'export METRICS_APP_KEY="{%app-key%}"\n', path: 'monitor/dashboards/setup.sh', why: "a template's slot, filled in when the script is rendered" },
      { text: 'static const char* OPTION_TPM2_PRIVATE_KEY = "tpm2privatekey";\n', path: 'client/inc/client_options.h', why: "an option's name: the constant's own words glued" },
      { text: 'Example: `shipctl keys:set --app 1:42:ios:f00 --key-id KX83J2NQ7A --private-key @AuthKey_KX83J2NQ7A.p8`\n', path: 'src/commands/keys-set.ts', why: 'a file the tool reads the key from' },
      { text: '  $ gatectl targets authorize --id ttcp_5Xq2Lm8RvT --brokered-credential-source clvlt_7Hn3Kw9PzQ\n', path: 'internal/cmd/targets/help.go', why: 'where a credential comes from: its id' },
      { text: 'set /p DB_PASSWORD=Enter the database password: \nset "API_TOKEN=%API_TOKEN%"\n', path: 'scripts/deploy.bat', why: 'a prompt, and a variable' },
      { text: "return [ 'pagination' => [ 'ListJobs' => [ 'input_token' => 'Marker', 'output_token' => 'Jobs[-1].JobId', 'more_results' => 'IsTruncated' ] ] ];\n", path: 'src/data/importexport/2010-06-01/paginators-1.json.php', why: "an SDK paginator's page markers, named for their direction" },
      { text: 'SERVICES = {\n    "secrets-manager": "dotnetv3/SecretsManager",\n    "secret_manager": "Kq9vT2xwLm4pRw8nZb3c",\n}\n', path: '.tools/readmes/config.py', why: "a service's name (Secrets Manager) and where its examples live" },
      { text: '      - uses: fossas/fossa-action@v1\n        with:\n          # FOSSA push-only API token\n          fossa-api-key: 6b1e0f2d9c4a8e7b3f5d1a0c9e8b7a6d\n      - uses: fossa-contrib/fossa-action@v3\n        with:\n          fossa-key: 3c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f # a public key only for pushing, safe here\n', path: '.github/workflows/fossa.yml', why: "FOSSA's push-only keys, which FOSSA has CI configs publish, with the note that says so" },
      { text: '    environment:\n      #- OAUTH2_CLIENT_ID=abcde12345\n      #- OAUTH2_SECRET=54321abcde\n', path: 'docker-compose.yml', why: 'typed as runs counting up and down' },
      { text: 'echo "=== DOCKERHUB_AUTH = base64(\\"username:token\\") ==="\n', path: 'releases/create-github-secrets.sh', why: "help text showing how a value is made: a call, not the value" },
      { text: 'cat <<EOF >_print_vars.py\nimport sys\n\ntoken = sys.argv[1]\ncatalog = json.loads(open(sys.argv[2]).read())\nEOF\n', path: 'scripts/federated-login.sh', why: 'Python in a shell heredoc: a subscripted name is code, not a literal' },
      { text: 'const (\n\tsessionTokenFmt string = "[_A-Za-z0-9]{16,64}"\n\tsecretKeyRegexp = `^[A-Za-z0-9+/]{40}$`\n)\n', path: 'pkg/validation/session.go', why: "a value's format (Go's `…Fmt`) and a pattern (`…Regexp`): what a secret looks like, not one" },
      { text: 'DEPLOY_TOKEN ?= $(shell cat .token)\nPUSH_SECRET := $(PUSH_SECRET_FROM_CI)\n\techo TOKEN is set in $$CI_ENV\n', path: 'Makefile', why: "Make's assignments of a command's output and of a variable" },
      { text: "INSERT INTO columns VALUES (3, 'password', 'varchar', 255);\nINSERT INTO labels VALUES ('password_label', 'Password');\nINSERT INTO settings VALUES ('api_token', NULL);\nINSERT INTO credentials VALUES (7, 'password', 'vYq8Lm2Xp9Rt4Kw8Zb3NcH7dQ1sF', '2013-10-07');\n", path: 'db/seed.sql', why: "SQL rows naming a column's type, a label, no value, a credential's type as a column's value" },
      { text: 'await fetch(url, { headers: { "X-Routing-Key": "orders.created.v2", "X-Idempotency-Key": "7c1f9a3e-5b2d-48c6-a0e9-f1b3d5c7e2a4" } });', path: 'src/publish.ts', why: "headers naming a route and a request's idempotency, not a service's key" },
      {
        text: '\t<key>API_KEY</key>\n\t<string>AIzaQm3vT8wXp2LkR9sd0Yb7Hc4NfJu6EaZgW1i</string>\n\t<key>GCM_SENDER_ID</key>\n\t<string>123456789000</string>\n\t<key>PROJECT_ID</key>\n\t<string>mockproject-1234</string>\n',
        path: 'storage/GoogleService-Info.plist',
        why: "a Google API key of the quickstarts' mock Firebase project (google-api-key's to judge)",
      },
      { text: '    environment:\n      APP_KEY: "S0m3R@nd0mV@lu3F0rTh3Ap1K3y"\n', path: 'roles/ledger/tasks/main.yml', why: 'the stand-in "some random value" spelt with digits and signs' },
      { text: 'dns_api_token: "wxyzwxyz56785678"\n', path: 'roles/ddns/defaults/main.yml', why: 'ascending runs of four, typed' },
      { text: "export const AUTH_PROXY_IMAGE = 'ghcr.io/acme/auth-proxy:v2.4.1';\n", path: 'src/setup/auth-proxy.ts', why: 'the container image a service runs: a reference to pull' },
      { text: '#        Format:      Type,LogLevel,Flags,optional1,optional2,optional3\nAppender.Auth=2,2,1,Auth.log,w\n', path: 'etc/authserver.conf', why: "a logger's settings, numbers and names in a list" },
      { text: 'rule "local" {\n    servers = "rspamd:11445";\n    encryption_key = "kq8m3uxbdz5nrw9ecf7oyjh1t4pg6ai3sxkdm8zwq5yrb7c1ehu4";\n}\n', path: 'rspamd/local.d/fuzzy_check.conf', why: "rspamd's fuzzy storage public key" },
      { text: 'sonar.projectKey=acme_billing-api_4f1c2e9a-7b3d-4e8a-9c2f-1d5b8e7a3c6f\nsonar.organization=acme\n', path: 'sonar-project.properties', why: "SonarCloud's project key names the project: an identifier" },
      { text: '# the droplet API token\ndns_droplet_token = 2222333344445555666677778888999900001111\n', path: 'defaults/dns/droplet.ini', why: 'digits counted out, each four times: a stand-in of the docs' },
      { text: 'acme-billing:\n    auth_mode: API_KEY\n    credentials_verification_script: bkprV2CredentialsVerification\n', path: 'packages/catalog/providers.yaml', why: "the name of the function that checks a credential: a script's name, not the credential" },
      { text: '    refund: {\n      id: "rf_82hd",\n      status: "PENDING",\n      version_token: "Qv7RbN2kLx9TmW4zPa8YcJ3sHd6FgE1uKoBi5Xn0tZr",\n    },', path: 'src/payloads/refund.ts', why: "an object's version for optimistic concurrency, sent back with an update" },
      { text: '{"checkout": {"id": 4471, "cart_token": "c81f0e7a2b94d56e13f8a0c7d2e9b4a6", "currency": "EUR"}}', path: 'data/shop-events.json', why: "a shop's cart, as its webhooks name it: an identifier" },
      { text: '  body: {\n    token: "Jhj5dZrVaK7ZwHHjRyZWjbDl",\n    team_id: "T0001",\n    type: "event_callback",\n  },', path: 'src/events/chat-envelope.ts', why: "the verification token of Slack's own Events API example, copied into a sample envelope" },
      { text: "class ReadAloud {\n  private static readonly TRUSTED_CLIENT_TOKEN = '6A5AA1D4EAFF4E9FB37E23D68491D6F4';\n}\n", path: 'src/speech/read-aloud.ts', why: "the token Edge's Read Aloud sends, the same in every copy of the browser" },
      { text: '    form_answer: {\n      form_id: "Zq81",\n      token: "4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a",\n    },', path: 'src/replay/forms.ts', why: 'two counts typed in turn (a digit, then a letter): a hand-written sample' },
      { text: '{"eat": {"auth_challenge": "19032d0b040fd7f037006cb9097c44b1ed98a487bd456d81867ec010de83bc81", "client_id": 4097}}', path: 'attest/token.json', why: "a challenge the verifier sent in the clear to be signed: public, used once" },
      { text: "  const allowance = await client.readContract({\n    token: '0x7A3c51d9E08b4f2C6e915Ab08D4c3F7e2b61a9D0',\n    spender,\n  })", path: 'src/erc20/allowance.ts', why: "an ERC-20 contract's address: 20 bytes of 0x hex, public on chain" },
      { text: 'export const stakingPool = {\n  claimRewardToken: \'0x8e4f27b1\',\n  stakedTokens: \'0x1c3a9f60\',\n} as const', path: 'src/abis/selectors.ts', why: 'function selectors: four bytes of 0x hex named after the functions' },
      { text: 'DEPLOYER_PRIVATE_KEY = "0x8166f546bab6da521a8369cab06c5d2b9e46670292d85c875ee9ec20e84ffb61"', path: 'scripts/deploy_local.py', why: "a Hardhat development account's key (account 15), published by `npx hardhat node`" },
      { text: '<add key="sso.GoogleOAuth.ConsumerKey" value="48213675509-k3jf92mdl0aq7xz5v1cb8ny4tw6hpe2r.apps.googleusercontent.com"/>', path: 'src/Web/Web.config', why: "a Google OAuth client id: sent to every browser that signs in, public by design" },
      { text: 'toll:e-pass: Tag:toll:e-pass\nparking:s-key: Key:parking:s-key\n', path: 'config/tag_pages.yml', why: "a wiki page's title under the tag it documents: a namespace and words joined by colons" },
      { text: "rows.map((row) => ({ key: 'tuCEJVkayhqzKtrXIoSe7WGqsmrbfKSIOPgP7KYM', label: row.name }))", path: 'src/Table.tsx', why: 'a bare key in a block named for no credential: a list item\'s key' },
      { text: 'jwt:\n  issuer: shop\n  audience:\n    key: tuCEJVkayhqzKtrXIoSe7WGqsmrbfKSIOPgP7KYM\n', path: 'config/app.yml', why: 'the block one indent up is audience:, not jwt:' },
      { text: "const JWT_KEY = 'shop.session.jwt';\nlocalStorage.setItem(JWT_KEY, token);", path: 'src/auth/store.ts', why: 'the name of a storage slot, not a key' },
      { text: 'ENV GPG_KEY=E3FF2839C048B25C084DEBE9B26995E310250568', path: 'docker/python.env', why: 'a GPG key fingerprint: public, to verify a download' },
      { text: "const cacheKey = 'q7Vd2Lk9Xw3Rb8Tn4Hs6Jc1Fz5Mp0Ga';", path: 'src/cache.ts', why: "a lookup's key, however random" },
      { text: 'm={Left_side_must_be_a_variable_or_a_property_access:{code:2357,category:1,key:"Left_side_must_be_a_variable_or_a_property_access_2357"}}', path: 'lib/diagnosticMessages.js', why: "a compiler message's key under its own phrase: the block's name is a sentence, not a setting" },
      { text: "$gateway_key = '3f8a1c9e7b2d4f6a0c5e8b1d9f2a7c4e';", path: 'app/Services/Payments.php', why: "in code a <word>_key names a lookup as often as a credential (a gateway's id, a contact's hash): only config files count" },
      { text: "RECAPTCHA_SITE_KEY=6LcQ8xkqAAAAAJ2vWm9Tn4Hs6Jc1Fz5Mp0GaYb", path: '.env', why: "reCAPTCHA's site key is published in every page that shows the widget" },
      { text: "contact: {\n  email: 'desk@shop.test',\n  secretPhone: '+1-555-0142-UNLISTED',\n}", path: 'src/seed/contacts.ts', why: 'a phone number kept from view: secret says who may see it, not what it is' },
      { text: "const apiKey = '4f1c9a2e-e89b-12d3-a456-426614174207'", path: 'src/auth/keys.ts', why: "the encyclopaedias' example UUID with its head and last digits retyped" },
      { text: '{"auth":{"client_token":"hmac-sha256:011b3fc8ca613334beb1c4518ae603af922be876395a66850df90b7ec90ca127","policies":["default"]}}', path: 'audit/vault-audit.json', why: "a Vault audit device's keyed hash, not the token" },
      { text: 'API_KEY=your_api_key_here', path: '.env.example' },
      { text: "Route::put('reset-token', 'Shop\\V2\\Auth3Controller@rotateApiToken')->name('token.reset');", path: 'routes/web.php', why: "a route's handler: a namespaced controller and its method" },
      { text: "Route::post('api-token', 'Token2FAController@issueApiToken');", path: 'routes/api.php', why: "a controller's action, named by its class" },
      { text: '#    auth_key: agent:sm_vault:snmp.trap.v3.auth.passphrase', path: 'config/snmp_traps.conf', why: 'a reference into a secret store, identifiers joined by colons' },
      { text: 'const NCRYPT_PKCS8_PRIVATE_KEY_BLOB = "PKCS8_PRIVATEKEY"', path: 'lib/sqlite_windows.go', why: "the name's own words, glued" },
      { text: '    Similarity.SessionBased90Days => "session_based_days_90_session_300_contribution_5_threshold_10_limit_100_filter_True_skip_30",', path: 'src/Plugins/Similarity.cs', why: 'a name of words and numbers' },
      { text: '    "Authorization": "^.+Signature=abc/.+$",', path: 'apis/backup_test.go', why: 'a pattern a test expects the header to match' },
      { text: 'data:\n  node.session.auth.password: ZmFsY29u', path: 'k8s/chap-secret.yaml', why: 'the base64 of a word (falcon), as a Secret holds it: the kubernetes detector judges the word' },
      { text: 'data:\n  redis-password: "cmVkaXMK"', path: 'charts/cache/README.md', why: "`echo redis | base64`: a word and echo's newline" },
      { text: '\ttokenFlag := "--registry-auth-token"', path: 'plugins/registry/report.go', why: "a command-line option's name" },
      { text: '\theaderSessionToken = "x-acme-s3session-token"', path: 'internal/signer/headers.go', why: "an HTTP header's name" },
      { text: "const SERVICE_TOKEN = '___SERVICE_TOKEN__THIS_IS_NOT_REAL___';", path: 'src/logger.ts', why: 'says it is not real' },
      { text: 'fi # $pass = dlpreopen', path: 'build-aux/ltmain.sh', why: 'a shell comment: `$name =` assigns nothing in a shell script' },
      { text: '#define ECS_CREDENTIALS_HOST           "169.254.170.2"', path: 'src/aws/credentials_http.c', why: 'where credentials are asked for' },
      { text: '\t\tAuthMechanism: "SCRAM-SHA-256",', path: 'plugins/outputs/mongodb/mongodb.go', why: 'how credentials are given' },
      { text: '        if auth_protocol is None:\n            auth_protocol = "XAUTH-COOKIE-7"', path: 'sshlib/channel.py', why: 'the protocol a credential is sent by' },
      { text: 'SSH_AGENT_AUTH_MAGIC = b"agent-key-format-v2\\x00"', path: 'sshlib/keys.py', why: "a format's magic bytes" },
      { text: '  # auth_bearer_token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"', path: 'plugins/outputs/search/sample.conf', why: 'a JWT header alone' },
      { text: '    login:\n      password: PA55W3RDz<3', path: 'config/locales/app/en_pirate.yml', why: "a playful locale's translation" },
      { text: '  "oauth_client_secret": "OAuth-Client-Geheimnis",', path: 'web/src/assets/locales/de.json', why: 'a translation' },
      { text: 'THROTTLE = {\n    "login_failed": "10/m/ip",\n    "reset_password": "2/m/ip,4/h/key",\n}\n', path: 'shop/settings.py', why: 'the rate limit of an action named after a password' },
      { text: '    public const string DEFAULT_PASSWORD = "Pass@word1";', path: 'src/ApplicationCore/Constants/AuthorizationConstants.cs', why: '"password" with a sign between its halves' },
      { text: `        authorization = f"{parameters['X-Amz-Algorithm']}{','.join(values)}"`, path: 'aws/protocol/presigned_url.py', why: 'an f-string' },
      { text: '    const token = `${prefix}:${crypto.randomUUID()}-${Date.now()}`;', path: 'src/session.ts', why: 'a template literal' },
      { text: "DB_PASSWORD='P@ssw0rd#2024'", path: 'deploy/.env.staging', why: 'password spelt with digits and symbols' },
      { text: 'ADMIN_PASSWORD="SuperS3cretP@ssw0rd!"', path: 'deploy/.env.qa', why: "'super secret password' spelt with digits and symbols" },
      { text: '  accessKey: "Q7ZK2RWM0T4XN8BVLP3D"\n  secretKey: "${MINIO_SECRET_KEY}"', path: 'helm/values.yaml', why: "an access key's id: the public half" },
      { text: '    "SessionToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtcmVwb3J0cyIsImV4cCI6MTU2OTkxMDU1Mn0.krkjZ3Vc0VOCk559ISUhd590QHKT-ckwJskHZbCTyiY"', path: 'config/session.json', why: 'a JWT that expired in 2019: no verifier accepts it' },
      { text: 'apiSecret = "@p1Secr3t!"', path: 'src/client.ts', why: 'the name typed with digits for letters' },
      { text: 'secret_key: a1b2c3d4e5f6g7h8i9j0', path: 'config/storage.yml', why: 'letters and digits counted in turn' },
      { text: '    url: "https://{{ echo_host }}/response-headers?Set-Cookie=Sid%3Dq7Rv2&Set-Cookie=Lang%3Den"', path: 'tasks/main.yml', why: 'URL query parameters: url-query-credential reads query strings' },
      { text: '              const rankedSecrets = secretList.slice().sort((x, y) => y.length - x.length);', path: '.github/workflows/triage.lock.yml', why: 'code in a workflow script' },
      { text: 'async()=>{try{await a.refresh()}catch(e){console.warn("Could not renew token:",e)}q.busy=!1}),(e,o)=>(mk(),Qz("span",pw,[', path: 'web/dist/assets/app-Dq81.js', why: 'the colon ends a message string: its closing quote is no opening one' },
      { text: "        $cookie = 'a_session_console=' . $secret;", path: 'src/Tasks/Capture.php', why: 'a name awaiting its value, concatenated' },
      { text: "        $token = 'pgpauth2.1.4|40|' . $record->token . '|pgpauth2.1.4';", path: 'src/Auth/PgpLogin.php', why: "a protocol's prefix joined to the value the code made" },
      { text: '    const signature = "v3:ts-9|" + hmacOf(body);\n', path: 'src/webhooks/sign.ts', why: 'the start of a string the code builds' },
      { text: '    static const QString ATTR_HOTP_SECRET = "HashOtp-Secret-Hex";\n', path: 'src/core/Hotp.h', why: "an attribute's name of capitalised words, not its value" },
      { text: '<SmartTab id="github-auth" :label="t(\'settings.auth_providers.github\')">', path: 'src/components/Settings.vue', why: 'a call in a binding' },
      { text: '      http-token-agent: 4.2.1(tough-cookie@5.1.0)', path: 'pnpm-lock.yaml', why: 'a version with its peer' },
      { text: "  private POSTHOG_API_KEY = 'phc_Qm7ZpR2vX9kLw4TnB8sYd3HcF6jGu1aE5oNiK0tWqVx';", path: 'src/analytics.ts', why: 'a public project key' },
      { text: "  shopify: {\n    storeDomain: 'demo-shop.myshopify.com',\n    storefrontToken: '7c1e94b0d25f8a3e6b4d0c9f2a71e58d',\n  },", path: 'hydrogen.config.ts', why: "a shop's Storefront API token: issued for the browser" },
      { text: '    <string name="revenuecat_api_key">goog_kTqZmWbRvXnLpHcYdJfGsNaEu</string>\n', path: 'android/app/src/main/res/values/strings.xml', why: "RevenueCat's public SDK key for Google Play: configured in the app" },
      { text: '\t<key>RevenueCatAPIKey</key>\n\t<string>appl_PxWnGfKsYbRtLqZmVdHcJeTaU</string>\n', path: 'ios/Shop/Info.plist', why: "RevenueCat's public SDK key for the App Store" },
      { text: "  clientToken: 'pub4e8c1f0a9d27b63e5c8f1a0b4d7e2c96',\n", path: 'src/monitoring/datadog.ts', why: 'a Datadog client token, sent from every browser and device' },
      { text: "  # hmac_secret: 'this_is_a_secret_xyz789xyz789xyz'", path: 'config.template.yml', why: 'a stand-in sentence' },
      { text: '\tRotateGcpSecretsV2 = "RotateGcpSecretsV2"', path: 'internal/actions/kinds.go', why: 'an enum constant whose value is its own name' },
      { text: "  coap2GatewayClientSecretKey = 'COAP2_GATEWAY_SECRET_KEY',", path: 'src/app/shared/models/import.models.ts', why: "an enum member whose value is its name's words, one left out" },
      { text: '<rbac-guard authorization="K8sNamespaceQuotaEditW"></rbac-guard>', path: 'app/views/quota.html', why: 'a permission name: words and a short acronym' },
      { text: 'var Q4=Zu(R2()),h5={appId:"OFCNCOG2CU",apiKey:"6fe4476ee5a1832882e326b506d14126",indexName:"npm-search"}', path: '.yarn/releases/yarn-4.9.1.cjs', why: "Yarn's public npm-search key" },
      { text: "  search: {\n    provider: 'algolia',\n    options: {\n      appId: 'Q7WX2LMB9K',\n      apiKey: '0d8e3b5a9c1f7e2d4b6a8c0e9f1d3b5a',\n      indexName: 'handbook',\n    },\n  },\n", path: 'docs/.vitepress/config.ts', why: "a DocSearch widget's search-only key, published to every reader" },
      { text: "{ token: 'string.$S2.escape', next: '@pop' }, tokenPostfix: '.mylang'", path: 'vs/basic-languages/mylang.js', why: "a syntax highlighter's token types" },
      { text: 'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI', path: 'docs/guide/config.md', why: "AWS's documentation example, cut short" },
      { text: '  # maps_api_key: "aBc-DeF7"', path: 'config/tasks.yml', why: 'typed as runs' },
      { text: '#   next_token: "eyJsYXN0S2V5IjoiMTIzNCJ9",', path: 'sorbet/rbi/gems/cloud-sdk.rbi', why: 'a pagination token' },
      { text: "        'password' => 'required|string|confirmed|min:12',", path: 'app/Http/Requests/RegisterRequest.php', why: 'validation rules' },
      { text: '        auth = f"{quote_part(pieces[0])}:{quote_part(pieces[1])}"', path: 'src/vcs/credentials.py', why: "an f-string's template fields" },
      { text: '  "refresh_token": "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.ey...Qm8tWc2LxPz0",', path: 'schema/paths/tokens/refresh.json', why: 'cut short for display' },
      { text: 'default:throw new Error("Bad Session Token: "+String(k))}if(2!=n.ver&&q>=0&&-1==["Attr"', path: 'public/js/dist/grid.min.js', why: 'code between two strings' },
      { text: 'const otpSecret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"', path: 'internal/suite.go', why: 'the published TOTP example' },
      { text: 'const ctxCredentials = "github.com/acme/gokrb/v8/ctxCredentials"', path: 'object/kerberos.go', why: 'a context key: a module path' },
      { text: 'password: ${DB_PASSWORD}', path: 'deploy/values.yml' },
      { text: 'STRIPE_SECRET = os.environ["STRIPE_SECRET"]', path: 'billing/settings.py' },
      { text: 'token = "<YOUR_SLACK_TOKEN>"', path: 'bots/README.md' },
      { text: 'const token = process.env.GITHUB_TOKEN;', path: 'scripts/release.js' },
      { text: 'password = userInput', path: 'app/login.py', why: 'bare value in code is an expression' },
      { text: '- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef:\n      name: db\n      key: password', path: 'k8s/deployment.yaml', why: 'read from a Secret' },
      { text: '- name: DB_PASSWORD\n  value: "{{ .Values.db.password }}"', path: 'chart/templates/deployment.yaml', why: 'a template' },
      { text: '"name": "API_TOKEN",\n"value": variables.token', path: 'pipeline/vars.js', why: 'an expression in code' },
      { text: '#define TOKEN_LENGTH 32', path: 'src/auth.h', why: 'a number' },
      { text: 'acmectl login --api-key "$ACME_API_KEY"', path: 'scripts/deploy.sh', why: 'a variable' },
      { text: 'acmectl login --api-key YOUR_API_KEY', path: 'README.md', why: 'a placeholder' },
      { text: 'curl --oauth2-bearer mF_9.B5f-4.1JqM https://example.com/', path: 'docs/usage.md', why: "RFC 6750's example token" },
      { text: '<server>\n  <password>{COQLCE6DU6GtcS5P=}</password>\n</server>', path: 'settings.xml', why: 'Maven-encrypted' },
      { text: '<secretName>db-credentials</secretName>', path: 'conf/app.xml', why: 'names a secret' },
      { text: 'char token[64] = {0};', path: 'src/auth.c', why: 'an empty buffer' },
      { text: 'var tokenType string = tokenTypeFor(req)', path: 'auth/token.go', why: 'an expression' },
      { text: '<add key="TokenLifetime" value="3600" />', path: 'Web.config', why: 'a number' },
      { text: '<string name="password_hint">Enter your password</string>', path: 'res/values/strings.xml', why: 'a label' },
      { text: 'var Handshake = plugin.HandshakeConfig{\n\tProtocolVersion:  1,\n\tMagicCookieKey:   "SHOP_PLUGIN",\n\tMagicCookieValue: "8c922393a16c376a967a024bda81282dd96d271045ced6765d0c351b5442f79d",\n}', path: 'plugins/base/plugin.go', why: "go-plugin's handshake constant: both sides compile it in, published with the source" },
      { text: 'mirror -R ./site /srv/www\nsed -i "s|# S3_SECRET_KEY:|S3_SECRET_KEY: \\"$ext_s3_secret\\"|" docker-compose.yml\n', path: 'docker/install.sh', why: "a sed substitution's delimiters around the setting's name" },
      { text: "<?php\n$menu = [\n    'orders' => [\n        'key' => 'fk8gb95szqiihmzmkfoht64h',\n        'label' => 'Orders',\n    ],\n];\n", path: 'src/Menu.php', why: 'a bare key under a PHP array named for something else' },
      { text: '<key>ApiSecret</key>\n<string>$(ATLAS_API_SECRET)</string>\n<key>AuthTokenHeader</key>\n<string>X-Auth-Token</string>', path: 'Atlas/Info.plist', why: 'a build setting Xcode substitutes, and a header name' },
      { text: 'cdn_private_key = "MzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDEyMzQ1Ng"\n', path: 'video/cdn.py', why: 'base64 of digits counted over and over, not padded' },
      { text: 'Options:\n  --secret [F<./keys/signing.bin>], -S   sign with this key\n', path: 'bin/serve-usage.txt', why: "a usage line's optional argument, in brackets" },
      { text: "kafka-configs.sh --alter --add-config 'SCRAM-SHA-256=[iterations=8192,password=secret],SCRAM-SHA-512=[password=secret]' --entity-name app\n", path: 'kafka/entrypoint.sh', why: 'each value of a bracketed list ends at its separator: the stand-in "secret" twice' },
      { text: '  programs.git = {\n    signing = {\n      key = "7E41C0A95D2B38F6";\n      signByDefault = true;\n    };\n  };\n', path: 'users/alice/home-manager.nix', why: "an OpenPGP key's id names the signing key, which stays in the keyring" },
      { text: 'if (!curve_name) {\n    token = "prime256v1";\n}\n', path: 'src/openvpn/ssl_openssl.c', why: "an elliptic curve's name" },
      { text: 'env:\n  SHOP_BACKUP_PASSWORD: backup123456\n  SHOP_CLUSTER_MONITOR_PASSWORD: Y2x1c3Rlck1vbml0b3IyMDI0\n', path: 'deploy/operator.yaml', why: "sample accounts' passwords, plain and base64: the name's own words and a counter" },
      { text: '$s = Connect-PSSession -ComputerName Srv1 -Name ITTask -Credential Domain01\\User01\n', path: 'scripts/Reconnect.ps1', why: "PowerShell's -Credential is passed a user name, and prompts for the password" },
      { text: 'AUTH_ROLES_MAPPING_JMESPATH = "role_keys[0]"\nsession_form_action_key = "Model1CompactView__session_form_action"\n', path: 'app/config.py', why: 'a subscripted name and names joined by double underscores are names' },
      { text: '<string name="ftue_auth_welcome_back_title">Bentornato/a!</string>', path: 'library/ui-strings/src/main/res/values-it/strings.xml', why: "an Android app's Italian strings: every value is a message" },
      { text: '@request.headers["Cookie"] = "user_id=45"', path: 'test/cookies_test.rb', why: 'a short setting' },
      { text: 'ENV["DATABASE_URL"] = "sqlite3::memory:"', path: 'guides/template.rb', why: 'an address without a password' },
      { text: 'secrets[token] = "Vq7Lm2Xp9Rt4Kw8Zb3Nc"', path: 'app/cache.py', why: 'the key is a variable' },
      { text: 't("password", "Enter your password")', path: 'app/i18n.js', why: 'a label' },
      { text: "request(app).get('/').set('Cookie', 'name=tobi.2HDdGQqJ6jQU1S9dagggYDPaxGE')", path: 'test/cookies.js', why: "a test's cookie header" },
      { text: "$res = $res->withAddedHeader('Set-Cookie', 'basket%5Bids%5D=q%20r%20s');", path: 'src/Controller/BasketController.php', why: 'a cookie string whose name, an array, is percent-encoded' },
      { text: '.addColumn("refresh_token", "varchar(255)")', path: 'src/migrations/001.ts', why: 'a column type' },
      { text: 'signing_secret: |\n  first line of a note about rotation\n  and a second one\n', path: 'config/app.yml', why: 'a block of text' },
      { text: 'env.set("BIND_PASSWORD", "ADMIN123")', path: 'src/test/java/ActiveDirectoryTest.java', why: "a stand-in: 'admin' and digits, in a test" },
      { text: 'password = getpass.getpass("Password: ")', path: 'app/login.py' },
      { text: '"password": "Password is required"', path: 'locales/en.json', why: 'a message' },
      { text: '"password": "Contraseña"', path: 'locales/es.json', why: 'a translated label' },
      { text: 'PASSWORD="correcthorsebattery"', path: '.env', why: 'a lowercase word' },
      { text: 'password: "$2b$12$K3Jf9sLq2mXv8TzR4pWn1eYbDs7FgJh5Qc6Vk0LmNa8Zx3Ct9Ru"', path: 'fixtures/users.yml', why: 'bcrypt hash' },
      { text: 'token_sha256 = "9f2c4e6a8b0d1f3e5c7a9b1d3f5e7c9a0b2d4f6e8a1c3e5b7d9f0a2c4e6b8d0f"', path: 'lib/pin.py', why: 'digest name' },
      { text: 'secret_file: /run/secrets/db_password', path: 'compose.yml', why: 'a path' },
      { text: 'api_key_required: true', path: 'config/app.yml' },
      { text: 'if password == "Xk29sLq8mVz1":', path: 'tests/test_login.py', why: 'comparison' },
      { text: 'password = "supersecret123"', path: 'app/dev.py', why: 'stand-in word' },
      { text: 'token = "550e8400-e29b-41d4-a716-446655440000"', path: 'app/ids.py', why: 'UUID' },
      { text: 'session_token = "7d3e9b1f-4c2a-4e8d-b6f0-2a9c5e1d8b47"', path: 'app/ids.py', why: 'a UUID under token: most often an id' },
      { text: '[project.entry-points."cli.identity"]\ntoken_revoke = "cloudcli.identity.v3.token:RevokeToken"', path: 'pyproject.toml', why: 'a Python entry point' },
      { text: '[package.dependencies]\ngoogle-auth = ">=2.14.1,<3.0.0.dev0"', path: 'poetry.lock', why: 'a version range' },
      { text: 'run: docker buildx build --secret id=NPM_TOKEN,env=NPM_TOKEN -t app .', path: '.github/workflows/build.yml', why: "BuildKit's secret mount names the secret" },
      { text: 'client_secret: 550e8400-e29b-41d4-a716-446655440000', path: 'config/oauth.yml', why: "RFC 4122's example UUID" },
      { text: 'deepl_api_key: "48E92789-57A3-466A-9959-1A1A1A1A1A1A"', path: 'config/i18n.yml', why: 'a group typed as a repeated unit' },
      { text: 'The token: Xk29sLq8mVz1 is shown once.', path: 'docs/usage.md', why: 'bare value in prose' },
      { text: 'url = f"https://{host}/login?token={token}"', path: 'app/client.py', why: 'template' },
      { text: 'authProvider: "accessToken"', path: 'src/auth.ts', why: 'identifier' },
      { text: "Request::create('/', 'GET', [], [], [], ['PHP_AUTH_USER' => 'ops@shop.internal', 'PHP_AUTH_PW' => 'x']);", path: 'tests/AuthTest.php', why: 'the user name beside a password' },
      { text: 'node.session.auth.username: b3BzLWFkbWlu', path: 'k8s/chap-secret.yaml', why: 'a user name' },
      { text: 'config.encrypted_cookie_cipher = "aes-256-gcm"', path: 'config/application.rb', why: 'an algorithm name' },
      { text: 'GSS_CREDS="KRB5_Operator"', path: 'tests/data/gss.sh', why: 'a principal name made of words' },
      { text: 'initialClusterToken: "etcd-cluster-k8s"', path: 'charts/etcd/values.yaml', why: 'a name made of words' },
      { text: '## - secret: more-custom-CAs', path: 'charts/app/values.yaml', why: 'the name of a Kubernetes Secret' },
      { text: '"db_url": "signer@tcp(mysql:3306)/signer?parseTime=True"', path: 'docs/notary.md', why: 'a MySQL DSN with no password' },
      { text: '-e DATABASE_URL=sqlite3:storage/production.sqlite3 \\', path: '.github/workflows/smoke.yml', why: 'a file database' },
      { text: '    image: docker.io/acme/default-credential-updater:1.0.8-debian-12-r0', path: 'charts/op/Chart.yaml', why: 'an image reference' },
      { text: '## serverAdminPasswordMtime: "2006-01-02T15:04:05Z"', path: 'charts/argo/values.yaml', why: 'a timestamp' },
      { text: 'authenticator.sessionExpired=ログインプロセスの時間が過ぎました。バックボタンを2度押してください', path: 'src/main/resources/Strings_ja.properties', why: 'a message in Japanese' },
      { text: 'authToken.renewed=<div>Токен_обновлён</div>', path: 'conf/messages.properties', why: 'a message in Russian' },
      { text: '"Sms_ApiKey": "API-nøkkel",', path: 'plugins/Sms/lang/nb.json', why: 'a translated label with a non-ASCII letter' },
      { text: 'ApiToken.Success=<div>Erneuert_2x</div>', path: 'core/Messages.properties', why: 'markup' },
      { text: '"deploy_api_key": "EJ[1:kQ8vRz2LmXp4TnWc7YbHd1FgJs5KaE3uZo6Vi9Nq0=:Tr7Wq2Lm9Xp4Kz8V:Hn3Bc6Df1Gj5Ks8Lm2Np4Qr7Tv9Wx0Yz]"', path: 'config/secrets.ejson', why: 'an EJSON-encrypted value' },
      { text: '<Manager sessionAttributeValueClassNameFilter="java\\.lang\\.(?:Boolean|Long|String)|com\\.acme\\.shop\\.Cart\\$Entry(?:\\$1)?"/>', path: 'conf/context.xml', why: 'a regular expression' },
      { text: "api_key_serializer: 'Acme::Api::V2::ApiKeySerializer',", path: 'lib/acme/api/dependencies.rb', why: 'a qualified constant' },
      { text: 'ini-values: memory_limit=-1,session.gc_probability=0,opcache.enable_cli=1', path: '.github/workflows/ci.yml', why: 'a list of settings' },
      { text: '"client_secret": "pi_3Hx9Kq2LmWv8RtZp4Nc7Yb1D_secret_Qw8Er5Ty2Ui9Op4As7Df1Gh6Jk"', path: 'spec/cassettes/payment.yml', why: "a Stripe PaymentIntent's client secret, handed to the browser by design" },
      { text: '"access_token": "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9..."', path: 'docs/oauth.md', why: 'cut short for display' },
      { text: '<assemblyIdentity name="Acme.Web" publicKeyToken="5c9e2fa8b31d7a46" />', path: 'Web.config', why: "a .NET assembly's public key token" },
      { text: 'passwordSecret: "analytics-cluster2-postgres-password"', path: 'charts/analytics/values.yaml', why: 'the name of a Kubernetes Secret' },
      { text: 'return t?"&token_auth=".concat(t):""},period:function(){', path: 'plugins/Sites/vue/dist/Sites.umd.min.js', why: 'code between two strings' },
      { text: 'bot_token = f"{bot_token_a}:{bot_token_b}"', path: 'notify/plugins/telegram.py', why: 'format fields only' },
      { text: 'secret_data = f"{keystore_pass}\\n{pkcs12_pass}"', path: 'plugins/modules/java_cert.py', why: 'format fields joined by an escape' },
      { text: '"password": "md5$pepper7$4f2a9c1e8b3d7f60a5e2c9b1d4f7a803"', path: 'app/users/fixtures.json', why: "Django's legacy salted MD5 form: a hash (password-hash-django-legacy)" },
      { text: 'databaseConnectionString: "db-host:1521/ORCLPDB1",', path: 'src/monitors/oracle.js', why: 'an Easy Connect address without a password' },
      { text: 'APIKeyImageScanner = "X-ImageScanner-API-Key"', path: 'src/pkg/scan/auth.go', why: "an HTTP header's name" },
      { text: 'export const GitLabOAuthStateCookie = "gitlabOAuthState";', path: 'plugins/gitlab/shared/utils.ts', why: 'a camelCase name with an acronym' },
      { text: '"client_secret" => "VARCHAR(120)",', path: 'inc/init_db.inc.php', why: 'a column type' },
      { text: "'token' => 'OAuth2\\Grant\\RefreshTokenInterface',", path: 'src/Auth/Server.php', why: 'a PHP class name' },
      { text: 'pass_filter = (&(objectClass=inetOrgPerson)(uid=%u))', path: 'conf/dovecot/ldap/passdb.conf', why: 'an LDAP filter: a name ending in filter is not a secret slot' },
      { text: "const fakePass = 'bVdQT0YkIzJUUU4wMDgy';", path: 'src/app/config.service.ts', why: 'a name that says it stands in' },
      { text: '    const EXAMPLE_TOKEN: &str = "vQ3nRk8ZtLw2YpHc7JfXs4GmBd9Ea";', path: 'crates/auth/src/token.rs', why: 'named as an instance of the format' },
      { text: 'public const string PrivateKeyRotation = "pm-48213-private-key-rotation";', path: 'src/Core/Constants.cs', why: 'a feature flag' },
      { text: '      secrets: "QA-DEPLOY-APP-ID,QA-DEPLOY-APP-KEY"', path: '.github/workflows/build.yml', why: 'a list of secret names' },
      { text: 'public const string TokenIdentifier = "SsoEmail2faSessionToken";', path: 'src/Core/Auth/Tokenables/Sso.cs', why: 'a PascalCase name with a number' },
      { text: 'var hwScaleFilterFirstPass = "vpp_qsv=format=nv12:async_depth=4";', path: 'src/Media/EncodingHelper.cs', why: 'a first pass, not a password' },
      { text: 'var scaleFilterSecret = "vpp_qsv=format=nv12:async_depth=4";', path: 'src/Media/EncodingHelper.cs', why: 'filter settings separated by colons' },
      { text: '  secretFieldSelector: "type!=kubernetes.io/dockercfg,type!=kubernetes.io/service-account-token,type!=helm.sh/release.v1"', path: 'charts/stack/values.yaml', why: 'a field selector' },
      { text: "  { token: '{episode:00}', example: '01' },", path: 'frontend/src/Naming/NamingModal.tsx', why: 'a format field with a spec' },
      { text: '  "connectionString": "cache-host:6379"', path: 'docs/CACHING.md', why: 'a host and port' },
      { text: 'online_store:\n  config:\n    connection_string: "kv-node-a:6390,kv-node-b:6391,10.2.0.7:6392"\n', path: 'serving/src/main/resources/application.yml', why: "a cluster's nodes: hosts and ports, no credential" },
      { text: 'private const string _v1PrivateKey = "2.Qk9xN2pLm8vR4tWz1yXc5A==|Hq7vR2mLp9xTbN6kW3zQ8sD1fG4hJ7lP0aE5uI2oY9c=|Zx8Cv5Bn2Mq7Wr4Te1Yu6Io3Pa9Sd0Fg5Hj2Kl8Lz1=";', path: 'test/Api.Test/Keys.cs', why: "Bitwarden's encrypted string" },
      { text: 'encryptedPrivateKey = "v2-encryptedPrivateKey-Zq81"', path: 'test/Auth/AccountsControllerTest.cs', why: 'named encrypted' },
      { text: '  bindPassword: "urn:k8s:secret:ldap-bind:password"', path: 'docs/middlewares/ldap.md', why: 'a URN naming a Kubernetes secret' },
      { text: '    dependencies = [\n        ("auth", "0013_auto_20221214_1224"),\n    ]', path: 'shop/permission/migrations/0002_alter.py', why: "a tuple, not a call: a migration's dependency" },
      { text: '  "merchantSessionIdentifier": "SSH5EFCB46BA25C4B14B3F37795A7F5B974_BB8E",', path: 'shop/payment/views.py', why: 'an identifier' },
      { text: 'token = create_token(app=app, auth_token=f"auth_token-{app.name}-{i}")', path: 'shop/app/bench.py', why: 'a template field inside' },
      { text: '            role_session = f"reports_{uuid4().hex}"', path: 'reports/query_runner/pg.py', why: 'a call inside a template field' },
      { text: '      MINIO_SSE_MASTER_KEY: "my-minio-key:6368616e676520746869732070617373776f726420746f206120736563726574"', path: '.github/workflows/e2e.yml', why: 'hex of a sentence asking to change it' },
      { text: 'action:"v3/config/import?tenant=".concat(t,"&accessToken=").concat(n,"&username=").concat(e)', path: 'static/js/main.js', why: 'minified code between two strings' },
      { text: "twofactor-auth = 'com.acme.two-factor-auth:two-factor-auth:2.4'", path: 'gradle/libs.versions.toml', why: 'a Maven coordinate' },
      { text: 'export RCLONE_AUTH_KEY=\'"alice,pw-one","bob,pw-two"\'', path: 'docs/serve_s3.md', why: 'a list of quoted pairs' },
      { text: 'emulatorAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="', path: 'backend/azureblob/auth.go', why: "Azurite's published development key" },
      { text: "[/%%(\\w+)%%/, { token: 'variable.$2' }],", path: 'public/js/vs/basic-languages/bat.js', why: "a replacement's group reference" },
      { text: 'form.Set("X-Amz-Credential", "AKIAQ7Z4W2E8R6T1Y3U5/20250301/eu-west-1/s3/aws4_request")', path: 'cmd/postpolicy.go', why: 'a SigV4 credential scope: key id, date, region, service' },
      { text: "'Template.account.afterPassword' => 'render2FaAccountPanel',", path: 'plugins/Login/Login.php', why: 'a method name' },
      { text: 'tokens="s/@@ver@@/$ver/g;s/@@date@@/$stamp/g"', path: 'vendor-js/select/release.sh', why: 'a shell string that expands variables' },
      { text: 'def apiToken = "Kq9vT2xwLm4Xp8-$GIT_COMMIT"', path: 'ci/Jenkinsfile', why: 'a Groovy string that expands a variable' },
      { text: '  key: arn:aws:secretsmanager:eu-west-1:000011112222:secret:rds!db-7f3e1c2a-9b4d-4e8f-a6c5-d2b1e0f9a8c7-Xq9LmT   # the secret\'s ARN', path: 'k8s/external-secret.yaml', why: 'an ARN: `secret` is one of its parts' },
      { text: '"auth": { "type": "hawk", "hawk": { "authId": "dh37fgj492je", "authKey": "werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn", "algorithm": "sha256" } }', path: 'collections/echo.postman_collection.json', why: "the Hawk key Postman Echo's documentation publishes for its test endpoint" },
      { text: 'PAYMENTS_SECRET_KEY=sk_12345\nPAYMENTS_WEBHOOK_SECRET=whsec_1234\n', path: 'server/python/settings.py', why: "a key's prefix and a counting stand-in: the template of a vendor's sample" },
      { text: '# LOCAL_AI_API_KEY="sk-123abc"\nVECTOR_DB_API_KEY=sklive-123xyz\n', path: 'server/.env', why: 'the same with a dash: an OpenAI-style prefix before a counting stand-in' },
      { text: '# Ephemeral TURN credentials:\n#   password  = base64(HMAC-SHA1(TURN_SECRET, username))\n', path: 'containers/talk/start.sh', why: 'how a password is derived: a call, not a value' },
      { text: 'cookie_domains=".oauth2-proxy.localhost" # so that every subdomain reads the cookie\n', path: 'contrib/oauth2-proxy.cfg', why: "where a cookie is sent, not the cookie" },
      { text: "    g.onload = function () {\n      window.chatwootSDK.run({\n        websiteToken: 'Hq7vR2mLp9xTzW4kNc8bYs3D',\n        baseUrl: BASE_URL\n      })\n    }\n", path: 'docs/src/components/ChatWidget.js', why: "Chatwoot's embed snippet: the website inbox's token is in every page that shows the chat" },
      { text: 'module "vertex" {\n  encryption_key = "projects/shop-prod-42/locations/us-central1/keyRings/data/cryptoKeys/vertex-cmek"\n}\n', path: 'infra/ai/main.tf', why: 'a Cloud KMS key named by its resource name: the key stays in KMS' },
      { text: 'rules:\n  allow-docs:\n    priority: 1000\n    session_matcher: inUrlList(host(), \'projects/shop/locations/eu/urlLists/docs\')\n', path: 'infra/proxy/rules.yaml', why: 'an expression that matches sessions, not a session' },
      { text: '  run: aws ecr get-login-password --region eu-west-1 | docker login --username AWS --password-stdin 000011112222.dkr.ecr.eu-west-1.amazonaws.com', path: '.github/workflows/deploy.yml', why: 'a flag that takes no value' },
      { text: '  - DB_URL=postgres://${POSTGRES_USER:-app}:${POSTGRES_PASSWORD:-app}@db:5432/app?sslmode=disable', path: 'compose.yml', why: "a shell expansion's default, a word" },
      { text: '      DB_PASSWORD: ${DB_PASSWORD:?Kw3nP7zQr1xT_is_not_set}', path: 'compose.yml', why: "a required variable's message after `:?`, no default" },
      { text: '    password: ${DB_PASSWORD:${VAULT_DB_PASSWORD}}', path: 'src/main/resources/application.yml', why: "another placeholder as the default" },
      { text: "// withCredentials([usernamePassword(credentialsId: 'nexus', passwordVariable: '7f3e1c2a-9b4d-4e8f-a6c5-d2b1e0f9a8c7Pass')])", path: 'Jenkinsfile', why: 'the variable a plugin binds the password to' },
      { text: "    lookupSessionStorage: 'i18nextLng',", path: 'src/i18n/setup.js', why: 'where a language is kept' },
      { text: '\tOperationK8sNodesW                Authorization = "K8sNodesW"', path: 'api/portainer.go', why: 'a permission constant: a numeronym and words' },
      { text: '<div class="actionBar" authorization="K8sVolumesW">', path: 'app/kubernetes/views/volumes.html', why: 'a permission named in markup' },
      { text: 'var c=[],d=this.credentialString(b);return c.push(this.algorithm+" Credential="+a.accessKeyId+"/"+d),c', path: 'static/js/sdk.min.js', why: 'a member concatenated between two strings' },
      { text: '    "better-auth": "~1.4.0-beta.13",', path: 'package.json', why: 'a version range with a pre-release' },
      { text: '  "ga": {\n    "token": "UA-11223344-1"\n  }', path: 'book.json', why: 'a Google Analytics property id, public' },
      { text: '<resources>\n    <dimen name="passwordFieldEndMarginWithIcon">@dimen/keyline_2</dimen>\n    <item name="tokenChipSubtitleColor">?attr/colorOnSurfaceVariant</item>\n</resources>', path: 'app/src/main/res/values/dimens.xml', why: 'Android resource references' },
      { text: '  "auth.acme-shop.com": "acmeshop-cd-q8w2e4r6t1y3pz.edge.tenants.auth0.com",', path: 'app/src/main/res/raw/trackers.json', why: 'a host name (a CNAME of a login domain)' },
      { text: 'androidxCredentialsFido = "1.2.0-beta03"', path: 'gradle/libs.versions.toml', why: "a library's version with a pre-release tag" },
    ],
  },
};

export const weakCredentialLiteral: Detector = {
  id: 'weak-credential-literal',
  title: 'Credential slot holds a human-chosen literal',
  policy: 'credentials-from-environment',
  severity: 'low',
  keywords: SECRET_NAME_KEYWORDS,
  priority: 5,
  remediation:
    'Change the password wherever it is used, replace it with a generated one (a chosen word is guessable even ' +
    'without this leak), and read it at run time from the environment or a secret store instead of committed config.',
  detect: (input) => {
    const { weak } = scanAssignments(input);
    lastScan = undefined; // run after generic-secret-assignment (registry order): the text need not be kept
    return weak;
  },
  examples: {
    positive: [
      { text: 'spring:\n  datasource:\n    username: app\n    password: hunter22\n', path: 'src/main/resources/application.yml' },
      { text: 'spring.datasource.password=Summer24', path: 'application.properties' },
      { text: '[client]\nuser=backup\npassword="s3cret!"', path: '.my.cnf' },
      { text: 'mysql_root_password: "letmein42"  # rotated yearly', path: 'group_vars/db.yml', why: 'a comment after the value' },
      { text: 'storePassword=android7\nkeyPassword=android7', path: 'keystore.properties' },
      { text: '{ "host": "ftp.internal", "user": "deploy", "password": "Gr33nday!" }', path: 'sftp-config.json' },
      { text: 'kind: Secret\nstringData:\n  password: k1ttens!', path: 'k8s/db-secret.yaml' },
      { text: 'DB_PASSWORD = "hunter22"', path: 'app/settings.py' },
      { text: 'conn = connect(host="db", user="app", password="s3cret!")', path: 'app/db.py', why: 'keyword argument' },
      { text: "$config = ['user' => 'shop', 'password' => 'shop2024'];", path: 'config.php' },
      { text: 'admin_password = "winter99"', path: 'prod.tfvars' },
      { text: 'const client = new Client({ apiKey: "acme1234" });', path: 'src/client.ts' },
      { text: 'services:\n  db:\n    environment:\n      - MYSQL_ROOT_PASSWORD=whalehello', path: 'compose.yaml', why: 'one word in a password setting' },
      { text: 'jdbc.user=ledger\njdbc.password=tiger\n', path: 'conf/datasource.properties', why: "the sample schema's password for another user: chosen" },
    ],
    negative: [
      { text: '// Example: OAuth realm="Shop",oauth_consumer_key="Consumer%20Key",oauth_token="Access%20Token",oauth_version="1.0"\n', path: 'src/importers/oauth1.ts', why: "the slot's label in words, percent-encoded" },
      { text: '\t\treturn &Tomcat{\n\t\t\tUsername: "tomcat",\n\t\t\tPassword: "s3cret",\n\t\t}', path: 'plugins/inputs/tomcat/tomcat.go', why: "Tomcat's documented manager account, user and password together" },
      { text: '          "document": {\n            "_id": 1,\n            "secret": "string0"\n          }', path: '.evergreen/spec-patch/PYTHON-5759.patch', why: "the type's name with a counter: a schema's or a test spec's stand-in, as Swagger fills 'string'" },
      { text: '# Use this file to store secrets like usernames and passwords.\nsome_password: welcome\n', path: 'config/secrets.yaml', why: "a documentation's name for any password (`some_…`), as `foo` is for any value" },
      { text: 'password: Passwort', path: 'config/app.yml', why: 'a label' },
      { text: 'authentik:\n  secret_key: "PleaseGenerateA64CharKey"\n', path: 'charts/sso/values.yaml', why: 'an instruction where the key goes' },
      { text: '        public NzbgetSettings()\n        {\n            Username = "nzbget";\n            Password = "tegbzn6789";\n        }\n', path: 'src/Download/Clients/Nzbget/NzbgetSettings.cs', why: "NZBGet's published default password, prefilled" },
      { text: 'observable {\n  # the password of the ZIP archives analyzers download\n  attachment.password = "malware"\n}\n', path: 'conf/application.conf', why: 'the password malware is zipped with by convention' },
      { text: '    visibility = {\n        "mailer_smtp_password": "mailer_backend=smtp",\n        "mailer_api_token": "notify_by_mail=true&mailer_backend=api",\n    }\n', path: 'shop/forms/mailer.py', why: "when a settings form shows the field: conditions on other settings" },
      { text: '\t\t\tID:     "encoded:client",\n\t\t\tSecret: "encoded&password",\n', path: 'internal/fosite_store.go', why: 'words joined, one of them the slot\'s own: a made-up value that says what it stands for' },
      { text: '    content: {\n      "application/json": {\n        example: {\n          username: "sample-sam",\n          password: \'winter42\',\n        }\n', path: 'server/endpoints/api/users.js', why: "an API description's request example: the shape of a request, not an account" },
      { text: 'shopware:\n    - read_orders\n    - create_customer_token:{storeId}\n    - manage_api_password:{storeId}\n', path: 'catalog/scopes.yaml', why: "OAuth scopes: YAML reads `name:value` with no blank after the colon as one string" },
      { text: '# the panel login used by the DNS hook\npanel_login = ops\npanel_password = passwordgoeshere\n', path: 'defaults/dns/panel.ini', why: 'a value that says where the password goes' },
      { text: "export const vault = {\n  setDepositToken: '0x2b7e5a91',\n} as const", path: 'src/abis/vault.ts', why: "a method's selector, four bytes of 0x hex" },
      { text: '    static const QString ATTR_HOTP_SECRET = "HashOtp-Secret-Hex";\n', path: 'src/core/Hotp.h', why: "an attribute's name of capitalised words, not a password" },
      { text: 'datasource:\n  username: shop\n  password: T0pS3cr3tP@ss', path: 'src/main/resources/application-local.yml', why: "'top secret pass' spelt with digits and symbols: a sample password" },
      { text: 'LIMITS = {\n    "reset_password": "3/m/ip,3/m/key",\n    "api_token": "60/h/user",\n}\n', path: 'shop/settings.py', why: 'rate limits of actions named after credentials' },
      { text: '    priv_key: agent:sm_vault:snmp.trap.v3.priv.passphrase', path: 'config/snmp_traps.conf', why: 'a reference into a secret store, identifiers joined by colons' },
      { text: 'postgresql:\n  auth:\n    username: "shopapp"\n    password: "shopapppwd"', path: 'charts/shop/values.yaml', why: "a chart's default: a word and pwd" },
      { text: 'export ACCESS_KEY="storage"\nexport SECRET_KEY="storage123"', path: 'buildscripts/verify.sh', why: 'the access key again with a counter' },
      { text: ';;   dbname= host= port= user= password= auth_user=', path: 'etc/pooler.ini', why: "a syntax line: the next setting's name" },
      { text: 'services:\n  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_USER=forgejo\n      - POSTGRES_PASSWORD=forgejo\n', path: 'compose.yaml', why: 'the account name again' },
      { text: '  dashboards:\n    image: grafana/grafana\n    environment:\n      - GF_SECURITY_ADMIN_PASSWORD=grafana\n', path: 'compose.yaml', why: 'the name of the product it protects, in the lines around' },
      { text: "        'password' => 'nullable|string',", path: 'app/Models/Host.php', why: 'validation rules' },
      { text: "            'smtp_password' => 'required_unless:smtp_driver,log',", path: 'app/Http/Requests/CheckMailRequest.php', why: 'one validation rule and its argument' },
      { text: '\tSSHLoginMethodKeyAndPassword      = "publickey+password"', path: 'internal/dataprovider/user.go', why: 'an enum constant naming a login method' },
      { text: '    "refresh_token": f"{settings.api_root}v2/refresh/",', path: 'kit/api/pages.py', why: "an f-string's template field" },
      { text: '        const signingKey = encoder.encode(JWT_SECRET)', path: 'deploy/compose.yaml', why: 'code: a call' },
      { text: "cat <<EOF >print_vars.py\nimport sys\ntoken = sys.argv[1]\nEOF\n", path: 'scripts/login.sh', why: "code: a subscript (Python in a shell script's here-document)" },
      { text: "        ALTER ROLE reporting WITH PASSWORD :'reportpw';", path: 'deploy/compose.yaml', why: "psql's variable interpolation" },
      { text: '        let body = r#"{"access_token":"abc123","refresh_token":"def456"}"#;', path: 'src/server.rs', why: 'typed as runs' },
      { text: '# user:password:uid:gid:(gecos):home:(shell):extra_fields', path: 'target/scripts/helpers/accounts.sh', why: "a format's fields" },
      { text: '    System.out.println(" Password:"+rs.getString("Password"));', path: 'src/Dump.java', why: 'code between two strings' },
      { text: '    pass: <<<ADMINPW>>>', path: 'charts/app/templates/cm.yaml', why: 'a template slot' },
      { text: 'webhook_token = f"{part_one}/{part_two}"', path: 'notify/plugins/chat.py', why: 'format fields only' },
      { text: 'action:"v3/config/import?tenant=".concat(t,"&password=").concat(n,"&username=").concat(e)', path: 'static/js/main.js', why: 'minified code between two strings' },
      { text: 'opsgenie_api_key: zxc918', path: 'config/testdata/conf.opsgenie.yml', why: "Go's testdata folder" },
      { text: '"id_token" => "VARCHAR(1000)"', path: 'inc/init_db.inc.php', why: 'a column type' },
      { text: "'id_token' => 'OAuth2\\OpenID\\ResponseType\\IdTokenInterface',", path: 'src/Auth/Server.php', why: 'a PHP class name' },
      { text: "'Template.account.afterPassword' => 'render2FaAccountPanel',", path: 'plugins/Login/Login.php', why: 'a method name' },
      { text: '  get "change-password" => "password_changes#new"\n  patch "change-password" => "password_changes#update"', path: 'config/routes.rb', why: "a route: a URL path after an HTTP verb, served by a controller's action" },
      { text: "  'auth.password' => 'Illuminate\\\\Auth\\\\Passwords\\\\PasswordResetServiceProvider',", path: 'bootstrap/cache/services.php', why: 'a PHP class name, its separators doubled in a single-quoted string' },
      { text: '    stack.GitConfig.Authentication.Password = "(redact)"', path: 'api/http/handler/stacks/stack_list.go', why: 'what the API shows instead of the password' },
      { text: 'client_secret: "pi_3Hx9Kq2LmWv8RtZp4Nc7Yb1D_secret_Qw8Er5Ty2Ui9Op4As7Df1Gh6Jk"', path: 'config/checkout.yml', why: "a Stripe PaymentIntent's client secret: handed to the browser by design" },
      { text: '{"password": "{OS_PASSWORD}"}', path: 'clouds.json', why: 'a format field' },
      { text: '# helm install --set db.adminPassword=<passwd>,db.configPassword=<passwd>', path: 'install.sh', why: 'a template slot' },
      { text: 'password: passwort', path: 'config/locales/de.yml', why: 'a translation file' },
      { text: '"password": "Contraseña"', path: 'i18n/es.json', why: 'letters outside ASCII: translated text' },
      { text: 'password: "${DB_PASSWORD:}"', path: 'application.yml', why: 'a reference' },
      { text: 'ansible_become_pass: "{{ vault_become_pass }}"', path: 'group_vars/all.yml', why: 'a template' },
      { text: 'password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256', path: 'group_vars/all.yml', why: 'a YAML tag' },
      { text: 'password: password123', path: 'config/app.yml', why: 'the slot name with digits: a stand-in' },
      { text: 'secret = "mysecret1"', path: 'app/config.py', why: 'stand-in words' },
      { text: 'auth_mechanism: SCRAM-SHA-256', path: 'mongod.yml', why: 'not a slot that holds a credential' },
      { text: 'token = "ident42"', path: 'src/lexer.ts', why: 'a bare token in code is a parser token' },
      { text: 'nextToken: "page2a"', path: 'mocks/api.yml', why: 'a pagination token' },
      { text: 'existingSecret: pgcreds2', path: 'charts/values.yaml', why: 'the name of a Kubernetes Secret' },
      { text: 'password: "hunter22"', path: 'spec/login_spec.rb', why: 'a test file' },
      { text: 'DB_PASSWORD=hunter22', path: '.env.example', why: 'a template file' },
      { text: 'password: hunter22', path: 'docs/setup.md', why: 'documentation' },
      { text: 'this.addPassword = "#add-password";', path: 'src/form.js', why: 'a CSS selector' },
      { text: '"password": "user[password]"', path: 'forms/login.json', why: 'a form field name' },
      { text: "secret = 'super$ecret'", path: 'deploy/app.pl', why: 'an interpolation' },
      { text: 'password: hunter22 or better', path: 'config/app.yml', why: 'a phrase' },
      { text: 'encryption_key: aes-256-gcm', path: 'config/app.yml', why: 'an algorithm' },
      { text: 'password: ops@corp.io', path: 'config/app.yml', why: 'an e-mail address' },
      { text: 'password: "ENC(Xk29sLq8)"', path: 'application.yml', why: 'encrypted (jasypt)' },
      { text: 'db_password: my-release-2', path: 'values.yaml', why: 'a name with separators' },
      { text: 'password: 123456', path: 'config/app.yml', why: 'digits only: a number setting as often as a PIN' },
      { text: 'password: prompt', path: 'config/deploy.yml', why: 'a mode' },
      { text: 'api_token: letmein', path: 'config/deploy.yml', why: 'a word counts only in a password setting' },
      { text: 'nextLastSignificantToken = "?NonExpressionParenEnd";', path: 'dist/parser.js', why: 'a marker after a sigil' },
      { text: 'server->password = "busybox@";', path: 'networking/ftpgetput.c', why: 'anonymous FTP: an address' },
      { text: 'admin:\n  email: admin@example.com\n  password: store123', path: 'db/seeds.yml', why: 'a sample account (documentation domain)' },
      { text: '# Oracle\n#jdbc.url=jdbc:oracle:thin:@db-host:1521:XE\n#jdbc.username=scott\n#jdbc.password=tiger\n', path: 'conf/datasource.properties', why: "Oracle's demo schema and its published password" },
      { text: '$pdo->exec("UPDATE config SET api_token=\'".Token::getToken()."\'");', path: 'app/Schema/Mysql.php', why: 'code in the value' },
      { text: '- type: replace\n  path: /instance_groups/name=web/jobs/name=web/properties/vault?\n  value:\n    client_token: ((vault_root_token))\n    secret_key: ((ssm_secret_key))\n', path: 'ops/add-vault.yml', why: "BOSH ops file: `((name))` variables a credential manager fills in at deploy time" },
      { text: '  - task: check-creds\n    params:\n      DB_PASSWORD: ((team_db.password))\n      settings:\n        password: pre_((team_db.password))\n', path: 'ci/pipelines/smoke.yml', why: 'Concourse `((var))` interpolation, alone and after a prefix' },
    ],
    knownMisses: [
      { text: "signingConfigs { release { storePassword 'android7' } }", path: 'app/build.gradle', why: 'Groovy call syntax' },
      { text: 'password = "letmein"', path: 'app/db.py', why: 'one lowercase word in code: as often a mode or a type as a password' },
    ],
  },
};
