// `echo` and `printf` in shell scripts: which `$VAR` / `${VAR}` expansions reach the terminal.
// Not printed: single-quoted text, `${#VAR}` (a length), `${VAR:0:4}` and other modified expansions,
// output piped into a command (`echo "$TOKEN" | docker login --password-stdin`), redirected to a file
// (`>> "$GITHUB_ENV"`, or a whole `{ … } > file` group), captured (`$(echo …)`) or read by a command as a file (`ssh-add <(echo "$KEY")`),
// and GitHub's `::add-mask::` command.
import { commentedLines } from './call-lexer.js';
import { judgePrintedName } from './printed-names.js';
import { perText } from '../kit/own.js';

export interface ShellPrinted {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly callee: string;
  /** What the variable holds ('a password'). */
  readonly holds: string;
}

const ECHO = /(?:^|[;&|({`]|\bthen|\bdo|\belse)[ \t]*(echo|printf)(?=[ \t]|$)/gm;
const WINDOW = 4000;
/**
 * A line of git's credential protocol (`echo "password=$TOKEN"` in a credential helper, often a
 * function inside `credential.helper`): the value goes to git on stdout, not to a log.
 */
const CREDENTIAL_PROTOCOL = /^[ \t]*(["']?)(?:username|password)=\$\{?[A-Za-z_]\w*\}?\1[ \t]*$/;
const SHELL_NAMES_NOT_SECRET = new Set(['PWD', 'OLDPWD']);

/**
 * True when the script only ever sets `name` to a number (`PASS=0`, `PASS=$((PASS + 1))`, `((PASS++))`, or a count a
 * pipeline ends in: `PASS=$(echo "$OUTPUT" | grep -c pass)`, `| wc -l`, `| jq length`) and sets it at least once: a
 * count of passed checks, not a password.
 */
function isCounter(text: string, name: string): boolean {
  if (counters?.text !== text) counters = { text, names: numericVariables(text) };
  return counters.names.has(name);
}

/**
 * Brace groups whose output goes to a file (`{ echo "KEY=$SECRET"; } > app.env`, an installer writing
 * a whole env file from a `{ … } > docker-compose.env` block), and command substitutions over several
 * lines (`ini="$(` … `)"`): what their commands print is written there or captured, not shown on a terminal or in a log. One pass over the text pairs the braces on a stack; the groups'
 * starts, sorted, with the furthest end reached so far, answer "inside one?" by a binary search.
 */
function inRedirectedGroup(text: string, at: number): boolean {
  if (groups?.text !== text) groups = { text, ...redirectedGroups(text) };
  const { starts, reach } = groups;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) <= at) lo = mid + 1; // `{ echo …; }`: the echo's match starts at the brace
    else hi = mid;
  }
  return lo > 0 && (reach[lo - 1] as number) > at;
}

let groups: { text: string; starts: number[]; reach: number[] } | undefined;

const BRACE = /(^|[\s;&|])([{}])/gm;
/** `$(` ending its line, and the line starting with the `)` that closes it. */
const CAPTURE_OPEN = /\$\([ \t]{0,8}\r?\n/g;
const CAPTURE_CLOSE = /\n[ \t]{0,40}\)/g;

function redirectedGroups(text: string): { starts: number[]; reach: number[] } {
  const spans: [number, number][] = [];
  const open: number[] = [];
  BRACE.lastIndex = 0;
  for (let m = BRACE.exec(text); m !== null; m = BRACE.exec(text)) {
    const at = m.index + (m[1] as string).length;
    if (m[2] === '{') {
      if (/\s/.test(text[at + 1] ?? '')) open.push(at); // `{ ` opens a group; `{a,b}` is a brace expansion
      continue;
    }
    const start = open.pop();
    if (start === undefined) continue;
    const redirect = /^\}[ \t]*1?>>?[ \t]*([^\s&;|]+)/.exec(text.slice(at, at + 200));
    if (redirect && !/^\/dev\/(?:stdout|stderr|tty)$/.test(redirect[1] as string)) spans.push([start, at]);
  }
  // a command substitution over several lines (`contents="$(` … `)"`): what its echoes print is captured
  CAPTURE_OPEN.lastIndex = 0;
  for (let m = CAPTURE_OPEN.exec(text); m !== null; m = CAPTURE_OPEN.exec(text)) {
    CAPTURE_CLOSE.lastIndex = CAPTURE_OPEN.lastIndex - 1;
    const close = CAPTURE_CLOSE.exec(text);
    if (close) spans.push([m.index, close.index + close[0].length]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const starts = spans.map(([start]) => start);
  const reach: number[] = [];
  for (const [, end] of spans) reach.push(Math.max(end, reach[reach.length - 1] ?? -1));
  return { starts, reach };
}

/**
 * True when the script uses `name` as the name of another variable: it exports or reads the variable named
 * by it (`export "${secret}"="$val"`, `${!secret}`), or builds a name from it (`"${secret}_FILE"`), as the
 * entrypoints that load `*_FILE` secrets loop over a list of names (`for secret in DB_PASSWORD APP_KEY`).
 * What it prints is a variable's name, not its value.
 */
function holdsVariableName(text: string, name: string): boolean {
  // judged once per name and file: a script printing one name thousands of times is not searched thousands of times
  const judged = namesJudged(text);
  let holds = judged.get(name);
  if (holds === undefined) judged.set(name, (holds = searchVariableName(text, name)));
  return holds;
}

/** The names judged in the last text asked about. */
const namesJudged = perText((): Map<string, boolean> => new Map());

function searchVariableName(text: string, name: string): boolean {
  if (!text.includes(name)) return false;
  // (a shell identifier: no character of it is special in a pattern)
  const used = new RegExp(String.raw`\$\{!${name}\}|(?:export|declare[ \t]{1,4}-[a-zA-Z]{1,4}|printf[ \t]{1,4}-v)[ \t]{1,4}"?\$\{?${name}\}?"?[= \t\n;]|\$\{${name}\}_FILE\b`);
  return used.test(text);
}

/**
 * True when the script only ever sets `name` to a file's path (`PRIVATE_KEY="$KEY_DIR/private-key.pem"`,
 * `TOKEN_FILE=/run/secrets/token`, `KEY=server.key`) and sets it at least once, and never `read`s it:
 * `echo "key not found at $PRIVATE_KEY"` prints where the key is, not the key.
 */
function holdsPath(text: string, name: string): boolean {
  if (paths?.text !== text) paths = { text, names: pathVariables(text) };
  if (!paths.names.has(name)) return false;
  return !new RegExp(String.raw`\bread\b[^\n;|&]{0,200}\b${name}\b`).test(text);
}

let paths: { text: string; names: ReadonlySet<string> } | undefined;

/** An assignment, `NAME=value` (after `export`, `local`, `readonly` too), with its value up to a blank or a quote's end. */
const VALUE_ASSIGNMENT = /(?:^|[\s;(])([A-Za-z_]\w{0,127})=("[^"\n]{0,300}"|'[^'\n]{0,300}'|[^\s;&|]{0,300})/g;
/**
 * A path: under a folder variable, the home or the current folder (`$KEY_DIR/key.pem`, `~/.ssh/id_ed25519`, `./certs/a.crt`),
 * absolute with two parts or more (`/run/secrets/db`), or a key's or certificate's file name (`server.key`).
 */
const PATH_VALUE =
  /^(?:(?:\$\{?[A-Za-z_]\w{0,63}\}?|~|\.{1,2})(?:\/[\w.@-]{1,100}){1,20}|(?:\/[\w.@-]{1,100}){2,20}|(?:[\w.-]{1,100}\/){0,20}[\w-]{1,100}\.(?:pem|key|crt|cer|p8|p12|pfx|jks|der|pub|asc|gpg|json|txt))\/?$/;

/** The variables a script assigns, each time, a path. */
function pathVariables(text: string): ReadonlySet<string> {
  const path = new Set<string>();
  const other = new Set<string>();
  VALUE_ASSIGNMENT.lastIndex = 0;
  for (let m = VALUE_ASSIGNMENT.exec(text); m !== null; m = VALUE_ASSIGNMENT.exec(text)) {
    const [, name, raw] = m as unknown as [string, string, string];
    const value = /^(["']).*\1$/.test(raw) ? raw.slice(1, -1) : raw;
    (PATH_VALUE.test(value) ? path : other).add(name);
  }
  for (const name of other) path.delete(name);
  return path;
}

/**
 * An interactive setup script asks for a value with a visible `read` (`read -r MASTER_KEY`), draws one when the
 * answer is empty (`[[ $MASTER_KEY = '' ]] && MASTER_KEY=$(genstring) && printf "\n$MASTER_KEY\n\n"`) and shows
 * it alone to the person at the terminal, who typed it there in plain sight or must note the one drawn. That is
 * the terminal's conversation, not a log line. A silent read (`read -s`) hides the answer: echoing it is still
 * found, as is a labelled echo (`echo "token: $TOKEN"`), and a read further than 8 lines or 1 KiB above the echo
 * (a history scan sees no more around a change) does not count.
 */
const ALONE = /^[ \t]{0,8}"?(?:\\n|\\t|[ \t]){0,8}\$\{?([A-Za-z_]\w{0,127})\}?(?:\\n|\\t|[ \t]){0,8}"?[ \t]{0,8}$/;

/**
 * The value a shell function returns: its last command prints one variable and nothing else (`printf '%s' "$token"`,
 * `echo "$token"`, right before the function's closing `}`), and the script calls the function inside a command
 * substitution (`TOKEN="$(login_token)"`), which takes the output as the function's result. It reaches a variable,
 * not the terminal. A function whose output no substitution takes prints to whoever runs it: still reported.
 */
const PRINTS_ONE = /^[ \t]{0,8}(?:(?:-[ne]{1,2}|'%s(?:\\n)?'|"%s(?:\\n)?")[ \t]{1,8})?"?\$\{?[A-Za-z_]\w{0,127}\}?"?[ \t]{0,8}$/;
/** A function's header line: `name() {`, `function name {`, `function name() {`. */
const FUNCTION_HEADER = /^[ \t]{0,40}(?:function[ \t]{1,8})?([A-Za-z_][\w:.-]{0,80})[ \t]{0,8}(?:\([ \t]{0,4}\))?[ \t]{0,8}\{?[ \t]{0,8}$/;
const FUNCTION_LOOK_BACK_LINES = 60;

function returnsFromCapturedFunction(text: string, argsStart: number, end: number): boolean {
  if (!PRINTS_ONE.test(text.slice(argsStart, end))) return false;
  // the function's closing brace next: after `;` on the same line, or first on the next line that is not blank
  const after = /^[ \t]{0,8}(?:;[ \t]{0,8}|\r?\n(?:[ \t]{0,40}\r?\n){0,4}[ \t]{0,40})\}/.exec(text.slice(end, end + 200));
  if (!after) return false;
  // the header above: the nearest line that opens a function, within 60 lines
  let lineEnd = text.lastIndexOf('\n', argsStart);
  for (let n = 0; n < FUNCTION_LOOK_BACK_LINES && lineEnd > 0; n++) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const header = lineEnd - lineStart <= 200 ? FUNCTION_HEADER.exec(text.slice(lineStart, lineEnd).replace(/\r$/, '')) : null;
    if (header && (header[0].includes('(') || header[0].trimStart().startsWith('function'))) {
      return isCaptured(text, header[1] as string);
    }
    lineEnd = lineStart - 1;
  }
  return false;
}

/** Whether the script calls function `name` inside a command substitution: `$(name …)`, `$( name)`, `` `name` ``. */
function isCaptured(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const next = text[at + name.length] ?? '';
    if (/[\w:.-]/.test(next)) continue;
    let before = at - 1;
    while (before >= 0 && at - before <= 8 && (text[before] === ' ' || text[before] === '\t')) before--;
    if (text[before] === '`' || (text[before] === '(' && text[before - 1] === '$')) return true;
  }
  return false;
}

const LOOK_BACK_LINES = 8;
const LOOK_BACK_CHARS = 1024;

function readVisiblyBefore(text: string, at: number, name: string): boolean {
  let from = at;
  for (let i = 0; i <= LOOK_BACK_LINES && from > 0 && at - from < LOOK_BACK_CHARS; i++) from = text.lastIndexOf('\n', from - 1);
  from = Math.max(0, from, at - LOOK_BACK_CHARS);
  // (a shell identifier: no character of it is special in a pattern)
  const read = new RegExp(
    String.raw`(?<![\w.$-])read((?:[ \t]{1,4}-[A-Za-z]{1,6}(?:[ \t]{0,4}(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'))?){0,4})(?:[ \t]{1,4}[A-Za-z_]\w{0,63}){0,4}?[ \t]{1,4}${name}[ \t]{0,4}(?:$|[;&|#])`,
    'm',
  ).exec(text.slice(from, at));
  return read !== null && !/-[A-Za-z]{0,5}s/.test((read[1] as string).replace(/"[^"]*"|'[^']*'/g, ''));
}

/** The counters of the last text asked about, found in one pass over it. */
let counters: { text: string; names: ReadonlySet<string> } | undefined;

const ASSIGNMENT = /(?:^|[\s;(])([A-Za-z_]\w{0,127})(?:=(\d+\b|\$\(\(|\$\([^()\n]{0,300}\|[ \t]{0,4}(?:grep[ \t]{1,4}(?:-c|--count)\b|wc[ \t]{1,4}-[lwc]\b|jq[ \t]{1,4}(?:-r[ \t]{1,4})?['"]?length\b)[^()\n]{0,80}\))?|\+\+|\+=)/g;

/** The variables a script assigns, each time, a number or arithmetic. */
function numericVariables(text: string): ReadonlySet<string> {
  const numeric = new Set<string>();
  const other = new Set<string>();
  ASSIGNMENT.lastIndex = 0;
  for (let m = ASSIGNMENT.exec(text); m !== null; m = ASSIGNMENT.exec(text)) {
    const [whole, name] = m as unknown as [string, string];
    const plainAssignment = whole.endsWith('=') && !whole.endsWith('+=') && m[2] === undefined; // NAME=value
    (plainAssignment ? other : numeric).add(name);
  }
  for (const name of other) numeric.delete(name);
  return numeric;
}

interface Expansion {
  readonly end: number; // index after the expansion
  readonly name?: { readonly start: number; readonly end: number };
}

/** `$NAME`, `${NAME}`, `${NAME:-default}`: the name prints; `$(…)`, `${#NAME}`, `${NAME:0:4}`: it does not. */
function expansion(text: string, k: number, limit: number): Expansion {
  const next = text[k + 1];
  if (next === '(') {
    let depth = 0;
    for (let i = k + 1; i < limit; i++) {
      if (text[i] === '(') depth++;
      else if (text[i] === ')' && --depth === 0) return { end: i + 1 };
    }
    return { end: limit };
  }
  if (next === '{') {
    const close = text.indexOf('}', k + 2);
    if (close < 0 || close >= limit) return { end: limit };
    const inner = text.slice(k + 2, close);
    const name = /^[A-Za-z_]\w*/.exec(inner)?.[0];
    const rest = name === undefined ? '' : inner.slice(name.length);
    if (name === undefined || !(rest === '' || /^:?[-=?]/.test(rest))) return { end: close + 1 };
    return { end: close + 1, name: { start: k + 2, end: k + 2 + name.length } };
  }
  const name = /^[A-Za-z_]\w{0,127}/.exec(text.slice(k + 1, k + 129))?.[0];
  return name === undefined ? { end: k + 1 } : { end: k + 1 + name.length, name: { start: k + 1, end: k + 1 + name.length } };
}

/**
 * Whether `at` lies inside a command substitution opened earlier on its line (`$(echo …)`, `REDASH_SECRET=$(. "$BASE"/env
 * && echo "$REDASH_SECRET")`, `` x=`cd d; echo $T` ``) or a process substitution (`<(echo …)`): the echo's output is
 * captured, or read as a file. A subshell's `( … )` prints to the terminal. Read from the line's start, 400 characters at most.
 */
function inSubstitutionOnLine(text: string, at: number): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', at - 1) + 1, at - 400);
  // what each open parenthesis is (a substitution, or a subshell's group), and whether a double quote was open around it
  const open: { substitution: boolean; double: boolean }[] = [];
  let ticks = 0;
  let double = false;
  // single quotes are read through: what they hold is often code for eval or sh -c (postgres' entrypoint:
  // eval 'initdb --pwfile=<(printf "%s\n" "$POSTGRES_PASSWORD") …')
  for (let i = lineStart; i < at; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '"') double = !double;
    else if (c === '`') ticks++;
    else if (c === '(' && i > lineStart && /[$<>]/.test(text[i - 1] as string)) {
      open.push({ substitution: true, double });
      double = false; // a substitution quotes afresh inside
    } else if (c === '(' && !double) open.push({ substitution: false, double });
    else if (c === ')' && !double && open.length > 0) double = (open.pop() as { double: boolean }).double;
  }
  return ticks % 2 === 1 || open.some((o) => o.substitution);
}

/** Whether the command's output still reaches the terminal, given what ended its arguments. */
function reachesTerminal(text: string, k: number, terminator: string): boolean {
  if (terminator === '|') return text[k + 1] === '|';
  if (terminator !== '>') return true;
  if (/[0-9]/.test(text[k - 1] ?? '') && text[k - 1] !== '1') return true; // `2>/dev/null`: stdout untouched
  return /^>(?:&[12]|>?[ \t]*\/dev\/(?:stderr|stdout|tty))/.test(text.slice(k, k + 20));
}

export function shellPrinted(text: string, from = 0, to = text.length): ShellPrinted[] {
  const out: ShellPrinted[] = [];
  const commented = commentedLines(text, true);
  const region = from === 0 && to === text.length ? text : text.slice(from, to);
  ECHO.lastIndex = 0;
  for (let m = ECHO.exec(region); m !== null; m = ECHO.exec(region)) {
    const callee = m[1] as string;
    const at = from + m.index;
    // captured (`$(echo …)`, `` `echo …` ``, or later in a substitution's commands: `V=$(. ./env && echo "$V")`), or a
    // process substitution's file (`ssh-add <(echo "$KEY")`)
    if (commented(at) || inSubstitutionOnLine(text, at + m[0].length - callee.length)) continue;
    const names: { start: number; end: number }[] = [];
    const limit = Math.min(text.length, from + ECHO.lastIndex + WINDOW);
    const argsStart = from + ECHO.lastIndex;
    let k = argsStart;
    let inDouble = false;
    let terminator = '\n';
    while (k < limit) {
      const c = text[k] as string;
      if (c === '\\') k += 2;
      else if (c === '$') {
        const exp = expansion(text, k, limit);
        if (exp.name) names.push(exp.name);
        k = exp.end;
      } else if (inDouble) {
        if (c === '"') inDouble = false;
        k++;
      } else if (c === '"') {
        inDouble = true;
        k++;
      } else if (c === "'") {
        const close = text.indexOf("'", k + 1);
        k = close < 0 || close >= limit ? limit : close + 1;
      } else if (/[\n;&|><)`]/.test(c) || (c === '#' && /\s/.test(text[k - 1] ?? ''))) {
        terminator = c;
        break;
      } else k++;
    }
    ECHO.lastIndex = Math.max(ECHO.lastIndex, Math.min(k, limit) - from);
    if (!reachesTerminal(text, k, terminator) || text.slice(at, k).includes('::add-mask::')) continue;
    if (inRedirectedGroup(text, at)) continue;
    if (CREDENTIAL_PROTOCOL.test(text.slice(argsStart, k))) continue;
    if (returnsFromCapturedFunction(text, argsStart, k)) continue;
    const alone = names.length === 1 ? ALONE.exec(text.slice(argsStart, k)) : null;
    for (const n of names) {
      const name = text.slice(n.start, n.end);
      if (alone && alone[1] === name && readVisiblyBefore(text, at, name)) continue;
      // variables are judged as configuration names: `$TOKEN` holds a credential
      const holds = SHELL_NAMES_NOT_SECRET.has(name) ? '' : judgePrintedName(name, false);
      if (holds && !isCounter(text, name) && !holdsVariableName(text, name) && !holdsPath(text, name)) out.push({ ...n, name, callee, holds });
    }
  }
  return out;
}
