// `echo` and `printf` in shell scripts: which `$VAR` / `${VAR}` expansions reach the terminal.
// Not printed: single-quoted text, `${#VAR}` (a length), `${VAR:0:4}` and other modified expansions,
// output piped into a command (`echo "$TOKEN" | docker login --password-stdin`), redirected to a file
// (`>> "$GITHUB_ENV"`), captured (`$(echo …)`) or read by a command as a file (`ssh-add <(echo "$KEY")`),
// and GitHub's `::add-mask::` command.
import { commentedLines } from './call-lexer.js';
import { judgePrintedName } from './printed-names.js';

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
 * True when the script only ever sets `name` to a number (`PASS=0`, `PASS=$((PASS + 1))`, `((PASS++))`)
 * and sets it at least once: a count of passed checks, not a password.
 */
function isCounter(text: string, name: string): boolean {
  if (counters?.text !== text) counters = { text, names: numericVariables(text) };
  return counters.names.has(name);
}

/** The counters of the last text asked about, found in one pass over it. */
let counters: { text: string; names: ReadonlySet<string> } | undefined;

const ASSIGNMENT = /(?:^|[\s;(])([A-Za-z_]\w{0,127})(?:=(\d+\b|\$\(\()?|\+\+|\+=)/g;

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
    const before = text.slice(Math.max(0, at - 1), at + 1);
    if (commented(at) || /^[$<>]\(|`/.test(before) || before.endsWith('`')) continue; // captured, or a process substitution's file
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
    if (CREDENTIAL_PROTOCOL.test(text.slice(argsStart, k))) continue;
    for (const n of names) {
      const name = text.slice(n.start, n.end);
      // variables are judged as configuration names: `$TOKEN` holds a credential
      const holds = SHELL_NAMES_NOT_SECRET.has(name) ? '' : judgePrintedName(name, false);
      if (holds && !isCounter(text, name)) out.push({ ...n, name, callee, holds });
    }
  }
  return out;
}
