// Finds logging calls per language and hands their argument lists to the operand judge.
// One global regex per form; after a call is read the scan resumes past it, so the work is linear.
import type { Match } from '../../src/types.js';
import { commentedLines, type Lang, type Span, splitTopLevel, trimSpan, walk } from './call-lexer.js';
import { type Printed, printedInArgs } from './call-operands.js';
import { credentialTokenEvidence, SECRET_HINT, TOKEN_IN_CODE } from './printed-names.js';
import { shellPrinted } from './shell-echo.js';
import { isNonCredentialTokenName } from '../kit/names.js';
import { perText } from '../kit/own.js';
import { inPythonBlockString } from '../tls/context.js';

const WINDOW = 4000; // the longest argument list read for one call

const EXTENSIONS: Readonly<Record<string, Lang | 'sh'>> = {
  js: 'js', mjs: 'js', cjs: 'js', jsx: 'js', ts: 'js', mts: 'js', cts: 'js', tsx: 'js', vue: 'js', svelte: 'js',
  py: 'py', go: 'go', java: 'java', rb: 'rb', rake: 'rb', sh: 'sh', bash: 'sh', zsh: 'sh', ksh: 'sh',
  kt: 'kt', kts: 'kt', cs: 'cs', swift: 'swift', scala: 'scala', sc: 'scala', dart: 'dart', php: 'php', phtml: 'php', rs: 'rs',
};

export function languageOf(path: string): Lang | 'sh' | undefined {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? undefined : EXTENSIONS[path.slice(dot + 1).toLowerCase()];
}

/** A call: a dotted chain of up to five identifiers, then `(`. The chain cannot start inside another. */
const CALL = /(?<![\w$.@])((?:@{1,2}|\$)?[A-Za-z_$][\w$]{0,40}(?:[ \t]{0,2}(?:\??\.|\??->|::)[ \t]{0,2}[A-Za-z_$][\w$]{0,40}){0,4})[ \t]{0,4}!?\(/g;
/** Ruby without parentheses, at a line start: `puts token`, `Rails.logger.info "…"`, `logger.debug { "…" }`. */
const RUBY_BARE = /^[ \t]*((?:@{1,2}|\$)?[A-Za-z_][\w]{0,40}(?:\.[A-Za-z_]\w{0,40}){0,3})(?:[ \t]+(?=["'$@:A-Za-z_])|[ \t]*(?=\{))/gm;

const LEVELS = new Set([
  'log', 'info', 'warn', 'warning', 'error', 'debug', 'trace', 'fatal', 'verbose', 'silly', 'notice', 'critical', 'crit',
  'exception', 'emerg', 'alert', 'print', 'printf', 'println', 'panic', 'panicf', 'panicln', 'fatalf', 'fatalln', 'infof',
  'debugf', 'warnf', 'warningf', 'errorf', 'tracef', 'infow', 'debugw', 'warnw', 'errorw', 'fatalw', 'infoln', 'debugln',
  'warnln', 'errorln', 'unknown', 'puts',
  // .NET's ILogger (`_logger.LogInformation(…)`) and Serilog's `Log.Information(…)`
  'loginformation', 'logdebug', 'logwarning', 'logerror', 'logtrace', 'logcritical', 'information',
]);
const ANDROID_LEVELS = new Set(['d', 'i', 'w', 'e', 'v', 'wtf']);
/** Receivers that are loggers: `log`, `logger`, `_logger`, `LOG`, `auditLogger`, `request_log`, `slog`, `logrus`, … */
const LOGGER = /^(?:[@$_]*(?:logger|log|logging|slog|logrus|glog|klog|zap|sugar|winston|pino|bunyan|signale|consola)|[a-z]\w*(?:Logger|Log)|\w*_(?:logger|log)|LOG|LOGGER|\w+_(?:LOG|LOGGER)|Log|Logger|Timber)$/;

/** True when `receiver.method` (or a bare function) is a logging or printing call in this language. */
function isLoggingCall(parts: readonly string[], lang: Lang): boolean {
  const method = parts[parts.length - 1] ?? '';
  const receiver = parts[parts.length - 2];
  const chain = parts.join('.');
  if (receiver === undefined) {
    if (lang === 'py') return method === 'print' || method === 'pprint';
    if (lang === 'rb') return /^(?:puts|print|p|pp|warn)$/.test(method);
    if (lang === 'kt' || lang === 'scala') return method === 'println' || method === 'print';
    if (lang === 'swift') return /^(?:print|debugPrint|NSLog|dump)$/.test(method);
    if (lang === 'dart') return method === 'print' || method === 'debugPrint';
    if (lang === 'php') return /^(?:error_log|print_r|var_dump|var_export|printf|print|syslog|trigger_error|dump)$/.test(method);
    // Rust's printing macros, and the log and tracing crates' macros imported bare (`use log::info;`)
    if (lang === 'rs') return /^(?:println|print|eprintln|eprint|dbg|panic|info|debug|warn|error|trace)$/.test(method);
    return lang === 'go' && (method === 'println' || method === 'print');
  }
  if (lang === 'rs' && /^(?:log|tracing)$/.test(receiver)) return /^(?:info|debug|warn|error|trace)$/.test(method);
  // .NET's console and diagnostics output
  if (lang === 'cs' && /^(?:Console\.(?:Write|WriteLine)|(?:System\.)?Diagnostics\.(?:Debug|Trace)\.\w+|(?:Debug|Trace)\.(?:Write|WriteLine|Print|TraceInformation|TraceWarning|TraceError))$/.test(chain)) return true;
  if (/^(?:process\.std(?:out|err)\.write|sys\.std(?:out|err)\.write|(?:click|typer)\.echo|System\.(?:out|err)\.(?:print|println|printf|format)|(?:\$std(?:out|err)|STD(?:OUT|ERR))\.(?:puts|print|write))$/.test(chain)) return true;
  if (lang === 'go' && receiver === 'fmt') return /^(?:Print|Println|Printf|Fprint|Fprintln|Fprintf)$/.test(method);
  if (receiver === 'console') return /^(?:log|info|warn|error|debug|trace|dir|print)$/.test(method);
  if (!LOGGER.test(receiver)) return false;
  const level = method.toLowerCase();
  return LEVELS.has(level) || ((receiver === 'Log' || receiver === 'Timber') && ANDROID_LEVELS.has(level));
}

/** Go's Fprint* print only when writing to os.Stdout or os.Stderr. */
function printsToConsole(text: string, args: Span, callee: string): boolean {
  if (!/\.Fprint/.test(callee)) return true;
  return /^\s*os\.Std(?:out|err)\s*,/.test(text.slice(args.start, Math.min(args.end, args.start + 40)));
}

function hinted(text: string, args: Span): boolean {
  return SECRET_HINT.test(text.slice(args.start, args.end));
}

/** Every method or function name isLoggingCall can accept, lowercased: the cheap first test. */
const CALL_NAMES = new Set([
  ...LEVELS, ...ANDROID_LEVELS, 'write', 'echo', 'dir', 'format', 'pprint', 'p', 'pp', 'fprint', 'fprintln', 'fprintf',
  'writeline', 'traceinformation', 'tracewarning', 'traceerror', 'debugprint', 'nslog', 'dump',
  'error_log', 'print_r', 'var_dump', 'var_export', 'syslog', 'trigger_error', 'eprintln', 'eprint', 'dbg', 'panic',
]);

/**
 * Where a logging call's chain can end: one of those names as a whole identifier, then `(`. Android's
 * one-letter levels count only after `Log.` or `Timber.`, and `p`/`pp` only in Ruby: in minified
 * code, calls like `e(` are everywhere.
 */
const namedCall = (names: readonly string[], macro = false): RegExp =>
  new RegExp(
    `(?<![\\w$])(?:(?:Log|Timber)[ \\t]{0,2}\\??\\.[ \\t]{0,2}(?:${[...ANDROID_LEVELS].join('|')})|${[...names].sort((a, b) => b.length - a.length).join('|')})[ \\t]{0,4}${macro ? '!' : ''}\\(`,
    'gi',
  );
const NAMED_CALL = namedCall([...CALL_NAMES].filter((n) => !ANDROID_LEVELS.has(n) && n !== 'p' && n !== 'pp'));
const NAMED_CALL_RB = namedCall([...CALL_NAMES].filter((n) => !ANDROID_LEVELS.has(n)));
/** Rust's macros: the name, then `!(`. */
const NAMED_CALL_RS = namedCall(['println', 'print', 'eprintln', 'eprint', 'dbg', 'panic', 'info', 'debug', 'warn', 'error', 'trace'], true);
/** More than the longest chain CALL matches before its method: `@@`, then four 41-character parts with ` ?. ` between. */
const CHAIN_REACH = 256;

/**
 * Every printed secret-named identifier of the calls that start in [from, to) of a source file. A
 * call's arguments are read on past `to`: what is found does not depend on where the range ends.
 */
export function loggingCalls(path: string, text: string, from = 0, to = text.length): Match[] {
  const lang = languageOf(path);
  if (lang === undefined) return [];
  if (lang === 'sh') return shellPrinted(text, from, to).map((p) => ({ start: p.start, end: p.end, detail: printedDetail(p.callee, p.name, p.holds) }));
  const out: Match[] = [];
  const printed: Printed[] = [];
  const commented = commentedLines(text, lang === 'py' || lang === 'rb');
  const cli = lang === 'go' ? GO_COMMAND_FOLDER.test(path) || GO_MAIN_PACKAGE.test(text.slice(0, 4000)) : lang === 'py' ? isPythonScript(text) : lang === 'js' && JS_COMMAND_FOLDER.test(path);
  const region = from === 0 && to === text.length ? text : text.slice(from, to);
  // CALL matches every call; only those whose method is a logging name matter. The scan runs only
  // from a little before each such name (farther back than any chain is long), as a scan from the
  // start would: a call it skips has another method and would only have moved the scan past its '('.
  const named = lang === 'rb' ? NAMED_CALL_RB : lang === 'rs' ? NAMED_CALL_RS : NAMED_CALL;
  CALL.lastIndex = 0;
  named.lastIndex = 0;
  for (let next = named.exec(region); next !== null; next = named.exec(region)) {
    const afterParen = named.lastIndex; // just past the named call's '('
    CALL.lastIndex = Math.max(CALL.lastIndex, next.index - CHAIN_REACH);
    for (let m = CALL.exec(region); m !== null; m = CALL.exec(region)) {
      const raw = m[1] as string;
      const reached = m.index + m[0].length >= afterParen; // this call ends at or past the named one's '('
      if (CALL_NAMES.has(raw.slice(Math.max(raw.lastIndexOf('.'), raw.lastIndexOf('>'), raw.lastIndexOf(':')) + 1).trim().toLowerCase())) readCall(text, from, m, lang, commented, printed, out, cli);
      if (reached || CALL.lastIndex >= afterParen) break;
    }
    if (CALL.lastIndex === 0) break; // no call from here on
    named.lastIndex = Math.max(CALL.lastIndex, afterParen);
  }
  if (lang === 'rb') rubyBareCalls(text, from, region, printed, out);
  if (lang === 'php' && isPhpCommand(path, text)) phpEchoStatements(text, from, region, printed, out);
  return out;
}

/**
 * A PHP command-line script: a `#!` line, a check of the SAPI (`PHP_SAPI === 'cli'`, `php_sapi_name()`), or a file of a
 * commands folder (`bin/`, `cli/`, `scripts/`, Symfony's and Laravel's `Command/` and `Console/`). There `echo` writes to
 * the terminal, and so to a CI job's log; in a web page or a template it writes the response (an installer's form
 * prefilled with the key it generated: appwrite's `value="<?php echo $secretKeyValue; ?>"`), which is no log.
 */
const PHP_COMMAND_FOLDER = /(?:^|\/)(?:bin|cli|scripts?|commands?|Commands?|Console)\//;
const PHP_CLI_CHECK = /\bPHP_SAPI\b|\bphp_sapi_name\s*\(/;
/** Judged once per file, as isPythonScript is: loggingCalls runs once per window of the same text. */
const checksSapi = perText((text) => PHP_CLI_CHECK.test(text.slice(0, 8000)));
const isPhpCommand = (path: string, text: string): boolean =>
  !/\.phtml$/i.test(path) && (text.startsWith('#!') || PHP_COMMAND_FOLDER.test(path) || checksSapi(text));

/** PHP's `echo` and `print` statements, without parentheses: `echo "token: $token";`, `echo 'key=' . $apiKey, "\n";`. */
const PHP_ECHO = /(?<![\w$>:])(echo|print)[ \t]+(?=["'$A-Za-z_(])/g;

function phpEchoStatements(text: string, from: number, region: string, printed: Printed[], out: Match[]): void {
  PHP_ECHO.lastIndex = 0;
  for (let m = PHP_ECHO.exec(region); m !== null; m = PHP_ECHO.exec(region)) {
    const start = from + PHP_ECHO.lastIndex;
    const limit = Math.min(text.length, start + WINDOW);
    // the statement ends at its top-level `;` (or `?>`)
    let end = -1;
    walk(text, start, limit, 'php', 0, undefined, (k) => {
      if (end < 0 && (text[k] === ';' || (text[k] === '?' && text[k + 1] === '>'))) end = k;
    });
    if (end < 0) continue;
    const args = { start, end };
    PHP_ECHO.lastIndex = Math.max(PHP_ECHO.lastIndex, end - from);
    if (hinted(text, args)) collect(text, from + m.index, args, 'php', m[1] as string, printed, out);
  }
}

/** A call CALL matched (`m`, in the part of `text` from `from` on): its printed secrets, and where the scan resumes. */
function readCall(text: string, from: number, m: RegExpExecArray, lang: Lang, commented: (offset: number) => boolean, printed: Printed[], out: Match[], cli = false): void {
  const chain = (m[1] as string).replace(/[\s?]/g, '').replace(/->|::/g, '.');
  if (!isLoggingCall(chain.replace(/^[@$]+/, '').split('.'), lang) || commented(from + m.index)) return;
  if (lang === 'py' && inPythonDocExample(text, from + m.index)) return;
  const argsStart = from + CALL.lastIndex;
  const limit = Math.min(text.length, argsStart + WINDOW);
  const close = walk(text, argsStart, limit, lang, 0, ')');
  if (close < 0 || close >= limit) {
    CALL.lastIndex = Math.max(CALL.lastIndex, (close < 0 ? argsStart : limit) - from); // unreadable: skip the window
    return;
  }
  const args = { start: argsStart, end: close };
  if (hinted(text, args) && printsToConsole(text, args, chain) && !(cli && commandOutput(text, args, chain, lang))) collect(text, from + m.index, args, lang, chain, printed, out);
  CALL.lastIndex = close + 1 - from;
}

/**
 * A call shown in a Python docstring, not run: a doctest's `>>> print(token)`, a line of a fenced example (```` ``` python ````
 * … ```` ``` ````) inside the docstring, or any line of a triple-quoted string opened within 1 KiB (inPythonBlockString).
 * A fence is looked for eight lines up and down without crossing a triple quote: a fence line never stands in code, so
 * one reached is in the same string as the call. A fence in a `#` comment does not count.
 */
const DOCTEST_PROMPT = /^[ \t]{0,40}(?:>>>|\.\.\.)[ \t]/;
const FENCE_LINE = /^[ \t]{0,40}(?:`{3,}|~{3,})/;
const FENCE_LINES = 8;
const FENCE_REACH = 1024;

function inPythonDocExample(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEndAt = text.indexOf('\n', at);
  const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
  const line = text.slice(lineStart, lineEnd);
  if (DOCTEST_PROMPT.test(line)) return true;
  if (line.includes('"""') || line.includes("'''")) return false;
  if (inPythonBlockString(text, at)) return true;
  // up: the lines above the call's, nearest first
  let end = lineStart - 1;
  for (let n = 0; n < FENCE_LINES && end > 0 && lineStart - end < FENCE_REACH; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const above = text.slice(start, end);
    if (above.includes('"""') || above.includes("'''")) break;
    if (FENCE_LINE.test(above)) return true;
    end = start - 1;
  }
  // down: the lines below it
  let start = lineEnd + 1;
  for (let n = 0; n < FENCE_LINES && start < text.length && start - lineEnd < FENCE_REACH; n++) {
    const nl = text.indexOf('\n', start);
    const below = text.slice(start, nl < 0 ? text.length : nl);
    if (below.includes('"""') || below.includes("'''")) break;
    if (FENCE_LINE.test(below)) return true;
    if (nl < 0) break;
    start = nl + 1;
  }
  return false;
}

/** Why the printed operand is a finding: which expression, and what its name holds. */
export function printedDetail(callee: string, printed: string, holds: string): string {
  return `${callee} prints "${printed}", a name that holds ${holds}`;
}

/**
 * A message about a renamed or retired setting: `log.Warningf("Config key %q is deprecated, use %q", OldProxyPassword,
 * NewProxyPassword)`. What it prints is the name of the setting (the key object, the variable's name), not its
 * value. Only the words of a setting count (`config key`, `option`, `setting`, `environment variable`): an
 * `API key {api_key} is deprecated` prints the key.
 */
const SETTING_DEPRECATION = /^(?=[^\n]{0,300}\bdeprecated\b)[^\n]{0,300}?\b(?:config(?:uration)?[ \t]+(?:key|entry|field|value)|option|setting|env(?:ironment)?[ \t]+var(?:iable)?|parameter)s?\b/i;

function aboutRetiredSetting(text: string, args: Span): boolean {
  const q = text[args.start];
  if (q !== '"' && q !== "'" && q !== '`') return false;
  const end = text.indexOf(q, args.start + 1);
  return end > 0 && end - args.start < 300 && SETTING_DEPRECATION.test(text.slice(args.start + 1, end));
}

/**
 * Go's `fmt.Print(x)` / `fmt.Println(x)` / `fmt.Fprintln(os.Stdout, x)` of one value and nothing else: a command's
 * output on stdout, not a log line: the token a `token create` command was asked for, the password a GIT_ASKPASS
 * helper hands to git, a hash a `hash` command computes, each read by the user or piped on. A print that labels
 * the value (`fmt.Println("token:", t)`, `fmt.Printf("token=%s", t)`) or a logger's call is still found, and so
 * is a bare print in a library or a server's packages: only a command's code (a `cmd/` folder, `package main`)
 * has stdout for its output.
 */
const GO_COMMAND_FOLDER = /(?:^|\/)cmd\//;
const GO_MAIN_PACKAGE = /^package[ \t]+main\b/m;
const GO_BARE_OUTPUT = /^fmt\.(?:Print|Println|Fprint|Fprintln)$/;
const GO_STDOUT_VALUE = /^\s*(?:os\.Stdout\s*,\s*)?[A-Za-z_]\w{0,40}(?:\s*\.\s*[A-Za-z_]\w{0,40}){0,4}\s*$/;

/**
 * The same for a Python script (a `#!` line, or an `if __name__ == "__main__":` block): `print(password)` of
 * one name and nothing else is what the script was run to produce (a `generate_secret_key.py` printing the key it
 * drew), read by the user or piped into a file. A labelled print (`print("key:", key)`, an f-string) is still found.
 */
const PY_MAIN_GUARD = /^if[ \t]+__name__[ \t]*==[ \t]*["']__main__["'][ \t]*:/m;
const PY_BARE_VALUE = /^\s*[A-Za-z_]\w{0,40}(?:\s*\.\s*[A-Za-z_]\w{0,40}){0,4}\s*$/;

/** Judged once per file: loggingCalls runs once per window of the same text. */
const isPythonScript = perText((text) => text.startsWith('#!') || PY_MAIN_GUARD.test(text));

/**
 * And a Node CLI's command (`src/server/commands/generate.ts` of an API-keys plugin, `bin/`): `console.log(token)` of one
 * name and nothing else is the key the command was run to make, printed for the user to copy.
 */
const JS_COMMAND_FOLDER = /(?:^|\/)(?:commands|bin|cli)\//;

function commandOutput(text: string, args: Span, callee: string, lang: Lang): boolean {
  if (callee === 'print' || (callee === 'console.log' && lang === 'js')) return args.end - args.start <= 200 && PY_BARE_VALUE.test(text.slice(args.start, args.end));
  if (!GO_BARE_OUTPUT.test(callee) || args.end - args.start > 200) return false;
  const list = text.slice(args.start, args.end);
  return GO_STDOUT_VALUE.test(list) && (callee.includes('Fprint') === /^\s*os\.Stdout\b/.test(list));
}

function collect(text: string, callStart: number, args: Span, lang: Lang, callee: string, printed: Printed[], out: Match[]): void {
  printed.length = 0;
  if (aboutRetiredSetting(text, args)) return;
  printedInArgs(text, args, lang, 0, printed);
  let evidence: string | undefined | null = null; // looked up once per call, for its bare tokens
  for (const p of printed) {
    if (p.name.toLowerCase() === 'pwd' && holdsWorkingDirectory(text, args)) continue;
    if (testedAsFilePath(text, callStart, p.name) || namedToEnvironmentLookup(text, callStart, p.name)) continue;
    if (passedAsSecretLookupKey(text, callStart, p.name)) continue;
    if (labelledAsName(text, args, p)) continue;
    if (lang === 'go' && isFailedAssertion(text, callStart, p.name)) continue;
    if (comparedToLiteral(text, callStart, p.name)) continue;
    if ((lang === 'js' || lang === 'py') && /^[A-Za-z_$][\w$]{0,40}$/.test(p.name) && holdsVerifiedClaims(text, callStart, p.name)) continue;
    if (isWebAuthnCredential(text, p.name)) continue;
    if (boundToNameLiteral(text, p.name)) continue;
    if (isPromptDefault(text, p, args)) continue;
    if (lang === 'py' || (lang === 'go' && GO_FORMAT_CALLEE.test(callee))) {
      const conversion = conversionOf(text, args, p, lang);
      if (printedAsNumber(conversion, lang) || (conversion !== undefined && NAMED_AS_NAME.test(conversion.before))) continue;
    }
    if (labelledAsNameInline(text, args, p)) continue;
    if (p.holds !== TOKEN_IN_CODE) {
      out.push({ start: p.start, end: p.end, detail: printedDetail(callee, p.name, p.holds) });
      continue;
    }
    if (boundToNonCredentialToken(text, p.name)) continue;
    if (evidence === null) evidence = credentialTokenEvidence(text, callStart, args.end);
    if (evidence !== undefined) out.push({ start: p.start, end: p.end, detail: `${callee} prints "${p.name}", a credential token here (beside "${evidence}", no lexer in sight)` });
  }
}

/**
 * Python's logging call with a %-format and its arguments after it (`log.warning("secret is %i bytes, want %i", len(s),
 * COOKIE_SECRET_BYTES)`): an argument under a numeric conversion (`%d`, `%i`, `%x`, `%f`…) is a number, or the call
 * fails; Python formats no string there. A size or a count named after a secret prints no secret. `%s`, `%r` and the
 * mapping form (`%(key)s`) are judged as before; a `*` width or a `%` operator reads no further.
 *
 * Go's printf family (`log.Infof("enter a password of %d-%d characters", minLen, txt.ClipPassword)`): an argument under
 * `%d`, `%b`, `%o` or a float verb is a number, or `go vet`'s printf check, run by `go test`, fails the build; a limit
 * named after a password prints no password. Not `%x`, `%q`, `%s` or `%v`, which print a string as well. An explicit
 * argument index (`%[2]d`) or a `*` width or precision reads no further.
 */
const PY_FORMAT_HEAD = /^[ \t\r\n]{0,80}[uUbB]?(["'])((?:\\.|(?!\1)[^\\\n]){0,400})\1[ \t]{0,4},/;
const PY_CONVERSION = /%(?:%|(\()|[-#0 +]{0,5}(\*)?\d{0,3}(?:\.(?:\*|\d{0,3}))?[hlL]?([a-zA-Z]))/g;
const GO_FORMAT_HEAD = /^[ \t\r\n]{0,80}(?:"((?:\\.|[^"\\\n]){0,400})"|`([^`]{0,400})`)[ \t]{0,4},/;
const GO_CONVERSION = /%(?:%|(\[)|[-#0 +]{0,5}(\*)?\d{0,3}(?:\.(\*)?\d{0,3})?([a-zA-Z]))/g;
/** A Go call that formats (`Printf`, `Infof`, `Errorf`, `Sprintf`): its name ends in `f`. */
const GO_FORMAT_CALLEE = /(?:^|\.)[A-Z]?[a-z]{0,10}f$/;

/** The conversion a %-format gives the printed name (`%d`), and the format's text before it (`secret name `). */
interface Conversion {
  readonly kind: string;
  readonly before: string;
}

function conversionOf(text: string, args: Span, p: Printed, lang: 'py' | 'go'): Conversion | undefined {
  const window = text.slice(args.start, Math.min(args.end, args.start + 420));
  const head = (lang === 'py' ? PY_FORMAT_HEAD : GO_FORMAT_HEAD).exec(window);
  if (!head) return undefined;
  const format = (lang === 'py' ? head[2] : (head[1] ?? head[2])) as string;
  const conversions: Conversion[] = [];
  if (lang === 'py') {
    for (const c of format.matchAll(PY_CONVERSION)) {
      if (c[1] !== undefined || c[2] !== undefined) return undefined; // a mapping key or a `*` width: positions shift
      if (c[3] !== undefined) conversions.push({ kind: c[3], before: format.slice(0, c.index) });
    }
  } else {
    for (const c of format.matchAll(GO_CONVERSION)) {
      if (c[1] !== undefined || c[2] !== undefined || c[3] !== undefined) return undefined; // an index or a `*`: positions shift
      if (c[4] !== undefined) conversions.push({ kind: c[4], before: format.slice(0, c.index) });
    }
  }
  const rest = { start: args.start + head[0].length, end: args.end };
  const items = splitTopLevel(text, rest, lang, 0, (k) => (text[k] === ',' ? 1 : 0));
  if (!items) return undefined;
  const index = items.findIndex((item) => p.start >= item.start && p.start < item.end);
  const item = items[index];
  // the argument is the printed name itself, as a whole: not a tuple or call holding it
  if (item === undefined || trimSpan(text, item).start !== p.start) return undefined;
  return conversions[index];
}

function printedAsNumber(conversion: Conversion | undefined, lang: 'py' | 'go'): boolean {
  return conversion !== undefined && (lang === 'py' ? /^[diouxXeEfFgG]$/ : /^[dboOeEfFgG]$/).test(conversion.kind);
}

/**
 * The message's own words right before the value call it a name or an id: Argo CD's `fmt.Printf("…confirmed: secret
 * name %s.\n", redisInitialCredentials)`, `f"using the token file {token_path}"`, `` `key id: ${keyId}` ``. The value
 * names a Kubernetes Secret, a file or a key, and is not the credential. Not `key` alone (`API key %s` prints one).
 */
const NAMED_AS_NAME = /\b(?:name|named|id|file|filename|path)[ \t]{0,2}[:=]?[ \t]{0,2}["'`(\[<]?$/i;
/** An interpolation's opening right before the printed name: `${`, `#{`, `{`. */
const INTERPOLATION_OPEN = /(?:\$\{|#\{|\{)[ \t]{0,2}$/;

function labelledAsNameInline(text: string, args: Span, p: Printed): boolean {
  const before = text.slice(Math.max(args.start, p.start - 80), p.start);
  const open = INTERPOLATION_OPEN.exec(before);
  return open !== null && NAMED_AS_NAME.test(before.slice(0, open.index));
}

/**
 * Go's checked type assertion that failed: `secret, ok := obj.(*corev1.Secret)` then `if !ok {` around the call.
 * There the name holds its type's zero value (nil), whatever the object was: an informer's handler reporting an
 * unexpected type prints no secret (`log.Errorf("got %#v, expected *corev1.Secret", secret)`).
 */
function isFailedAssertion(text: string, callStart: number, name: string): boolean {
  if (!/^[A-Za-z_]\w{0,40}$/.test(name)) return false;
  let from = callStart;
  for (let lines = 0; lines < 4 && from > 0; lines++) from = text.lastIndexOf('\n', from - 2) + 1;
  const before = text.slice(from, callStart);
  const assertion = new RegExp(String.raw`(?:^|[\s;])` + name + String.raw`,[ \t]{0,4}(\w{1,20})[ \t]{0,4}:?=[ \t]{0,4}[\w.]{1,80}\.\([ \t]{0,4}\*?[\w.]{1,80}[ \t]{0,4}\)[ \t]{0,4}\n`).exec(before);
  if (!assertion) return false;
  const ok = assertion[1] as string;
  const rest = before.slice(assertion.index + assertion[0].length);
  // the next statement is the failed branch: `if !ok {`, and the call is inside it (nothing closes it first)
  return new RegExp(String.raw`^[ \t]{0,40}if[ \t]{1,4}!` + ok + String.raw`[ \t]{0,4}\{[ \t]{0,4}\n(?:[^\n}]{0,200}\n){0,2}[ \t]{0,40}$`).test(rest);
}

/**
 * The call is the first statement of a branch taken when the name equals a string literal: `if api_key == "public":`
 * then `logger.error("invalid api_key (%s)", api_key)`, `if (token === "demo") {` then `console.warn(token)`. What
 * prints is that literal, written in the code one line up, not a secret the program was given.
 */
const COMPARED_TO_LITERAL =
  /^[ \t]{0,80}(?:\}[ \t]{0,4}else[ \t]{1,4}if|else[ \t]{1,4}if|elsif|elif|if)[ \t]{0,4}(?:\([ \t]{0,4})?([A-Za-z_$][\w$.]{0,80})[ \t]{0,4}={2,3}[ \t]{0,4}(["'])[^"'\n]{0,60}\2[ \t]{0,4}\)?[ \t]{0,4}(?:\{|:|then)?[ \t]{0,8}\r?$/;

function comparedToLiteral(text: string, callStart: number, name: string): boolean {
  // only the 400 characters before the call: a long line (minified code) is no branch's first statement
  const from = Math.max(0, callStart - 400);
  const before = text.slice(from, callStart);
  const nl = before.lastIndexOf('\n');
  if (nl < 0 || /\S/.test(before.slice(nl + 1).replace(/^[ \t]{0,80}(?:\}[ \t]{0,4})?/, ''))) return false;
  const prevNl = before.lastIndexOf('\n', nl - 1);
  if (prevNl < 0 && from > 0) return false;
  return COMPARED_TO_LITERAL.exec(before.slice(prevNl + 1, nl))?.[1] === name;
}

/**
 * A bare name that every assignment in the file binds to a token granting nothing: AWS's Secrets Manager
 * rotation functions take `token = event["ClientRequestToken"]` (the id of the secret's new version) and log
 * it in every step; a pager's `token = resp["NextToken"]`, `token := out.NextPageToken`. At least one
 * assignment, and each one's right side names such a token and no other: a name also bound to a login's
 * token stays a finding. Judged once per file and name.
 */
function boundToNonCredentialToken(text: string, name: string): boolean {
  return everyBinding(text, name, 'token', (rhs) => {
    const tokens = rhs.match(/[A-Za-z_]\w{0,60}?token\w{0,20}/gi) ?? [];
    return tokens.length > 0 && tokens.every(isNonCredentialTokenName);
  });
}

/**
 * A constant that every assignment in the file binds to the name of a setting, not to its value: sentry's
 * `const SENTRY_AUTH_TOKEN = 'SENTRY_AUTH_TOKEN';` then `console.error(\`${SENTRY_AUTH_TOKEN} environment variable must
 * be set.\`)`, Java's `static final String PREF_PASSWORD = "password";` (the key a preference is stored under). The
 * literal is the constant's own name (compared without case or separators), or an environment variable's name
 * (upper-case words joined by `_`). At least one assignment, and each one such a literal: a name also bound to
 * `process.env[…]` or a call stays a finding.
 */
const ENV_VAR_NAME = /^[A-Z][A-Z0-9]{0,40}(?:_[A-Z0-9]{1,40}){1,8}$/;

function boundToNameLiteral(text: string, name: string): boolean {
  const own = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  return everyBinding(text, name, 'name', (rhs) => {
    const literal = /^(["'`])([^"'`\\\n$]{1,80})\1[ \t]{0,4}(?:[;,)]|\.freeze\b|$|\/\/|#)/.exec(rhs)?.[2];
    return literal !== undefined && (literal.toLowerCase().replace(/[^a-z0-9]/g, '') === own || ENV_VAR_NAME.test(literal));
  });
}

/** Each file's verdicts, by what was asked of which name. */
const bindingVerdicts = perText(() => new Map<string, boolean>());

/**
 * True when the file assigns `name` at least once and `judge` accepts the right side of every assignment (the first
 * 20): `NAME = …`, `NAME: type = …`, `NAME := …`; not `==`, not a member's (`cfg.NAME = …`). Judged once per file,
 * name and question (`kind`).
 */
function everyBinding(text: string, name: string, kind: string, judge: (rhs: string) => boolean): boolean {
  if (!/^[A-Za-z_$][\w$]{0,40}$/.test(name)) return false;
  const known = bindingVerdicts(text);
  const key = `${kind}\0${name}`;
  let bound = known.get(key);
  if (bound === undefined) {
    bound = false;
    const escaped = name.replace(/\$/g, '\\$');
    const assignment = new RegExp(String.raw`(?<![\w$.])${escaped}[ \t]{0,4}(?::[ \t]{0,4}[\w.<>\[\]]{1,40}[ \t]{0,4})?:?=(?![=>])[ \t]{0,4}([^\n]{0,160})`, 'g');
    let count = 0;
    for (const m of text.matchAll(assignment)) {
      bound = judge(m[1] as string);
      if (!bound || ++count >= 20) break;
    }
    known.set(key, bound);
  }
  return bound;
}

/**
 * A name bound, a few lines above the call, to what verifying or decoding a JWT returns: Firebase Admin's
 * `verifyIdToken(idToken)` / `verifySessionCookie(cookie)` (a DecodedIdToken), jsonwebtoken's `jwt.verify(t, key)` and
 * `jwt.decode(t)`, PyJWT's `jwt.decode(t, key, algorithms=…)`, jwt-decode's `jwtDecode(t)`, jose's `decodeJwt(t)`. Each
 * answers the token's claims (subject, issuer, expiry), not the token: `decodedIdToken` printed after
 * `const decodedIdToken = await getAuth().verifyIdToken(idToken)` shows who signed in, and no one can sign in with it.
 * jsonwebtoken's `{ complete: true }` answers the signature as well, and Go's `jwt.Parse` a Token holding the raw
 * string: neither counts. Only the 8 lines (1 KiB) above the call are read.
 */
const CLAIMS_LINES = 8;
const CLAIMS_REACH = 1024;
/** The calls, found once per file (most have none): a log call looks up the nearest one above it, not its text. */
const CLAIMS_CALLEE = /(?<![\w$])(?:verifyIdToken|verifySessionCookie|jwtDecode|jwt_decode|decodeJwt|jwt[ \t]{0,2}\.[ \t]{0,2}(?:verify|decode))[ \t]{0,4}\(/g;
const claimsCalls = perText((text) => (/verifyIdToken|verifySessionCookie|jwtDecode|jwt_decode|decodeJwt|jwt[ \t]{0,2}\.[ \t]{0,2}(?:verify|decode)/.test(text) ? Array.from(text.matchAll(CLAIMS_CALLEE), (m) => ({ start: m.index, args: m.index + m[0].length })) : []));
/** The start of the claims call's line, up to it: `const decodedIdToken = await getAuth().` or `verified = jwt.` */
const CLAIMS_BINDING = /^[ \t]{0,80}(?:(?:const|let|var)[ \t]{1,4})?([A-Za-z_$][\w$]{0,40})[ \t]{0,4}=[ \t]{0,4}(?:await[ \t]{1,4})?(?:[\w$]{1,40}(?:\([^()\n]{0,40}\))?[ \t]{0,2}\.[ \t]{0,2}){0,4}$/;

function holdsVerifiedClaims(text: string, callStart: number, name: string): boolean {
  const calls = claimsCalls(text);
  if (calls.length === 0) return false;
  // the nearest claims call above the log call
  let [a, b] = [0, calls.length];
  while (a < b) {
    const mid = (a + b) >> 1;
    if ((calls[mid] as { start: number }).start < callStart) a = mid + 1;
    else b = mid;
  }
  const call = calls[a - 1];
  if (call === undefined || callStart - call.start > CLAIMS_REACH) return false;
  const between = text.slice(call.start, callStart);
  if (between.split('\n').length - 1 > CLAIMS_LINES) return false;
  // the claims call's line, read back 200 characters at most
  const head = text.slice(Math.max(0, call.start - 200), call.start);
  const nl = head.lastIndexOf('\n');
  if (nl < 0 && call.start > 200) return false;
  if (CLAIMS_BINDING.exec(head.slice(nl + 1))?.[1] !== name) return false;
  // jsonwebtoken's `{ complete: true }`, and a later assignment of the name, leave it a finding
  if (/\bcomplete\b/.test(text.slice(call.args, Math.min(callStart, call.args + 300)))) return false;
  return !new RegExp(String.raw`(?<![\w$.])` + name.replace(/\$/g, '\\$') + String.raw`[ \t]{0,4}=(?!=)`).test(text.slice(call.args, callStart));
}

/** Reading the operator's answer from the terminal: Ruby's `STDIN.gets`, Python's `input(`, a shell's `read -r`, `readline`. */
const TERMINAL_READ = /(?:\$stdin|STDIN)\.(?:gets|readline)\b|(?<![\w.$])(?:gets|input|raw_input|getpass|readline)\b[ \t]{0,4}[(\s.;]|(?<![\w.$-])read[ \t]{1,4}-/;

/**
 * A default shown in brackets by an interactive prompt (`print "Password [#{password}]: "` then `reply = STDIN.gets`):
 * the setup command offers the value it will use to the person typing at its terminal, who sees it to accept or
 * replace it. That is a conversation at a terminal, not a log line. The brackets around the value and a read from
 * the terminal within the next ten lines (after turning echo off, say) both decide.
 */
function isPromptDefault(text: string, p: Printed, args: Span): boolean {
  const before = text.slice(Math.max(args.start, p.start - 3), p.start);
  const after = text.slice(p.end, Math.min(args.end + 4, p.end + 8));
  if (!/\[(?:#\{|\$\{|\{|%\()?$/.test(before) || !/^\}?\)?\][ \t]{0,2}[:?]/.test(after)) return false;
  let to = args.end;
  for (let i = 0; i < 11 && to !== -1 && to - args.end < 1000; i++) to = text.indexOf('\n', to + 1);
  return TERMINAL_READ.test(text.slice(args.end, to === -1 ? text.length : to));
}

/**
 * A `credential` in code that asks the browser for a passkey (`navigator.credentials.get({ publicKey })`): the
 * PublicKeyCredential the authenticator returned, a public key or a signature over the server's one-time
 * challenge. The private key never leaves the authenticator. (Not a PasswordCredential: `publicKey` is asked for.)
 */
const WEBAUTHN_CALL = /\bnavigator[ \t\r\n]{0,20}\.[ \t\r\n]{0,20}credentials[ \t\r\n]{0,20}\.[ \t\r\n]{0,20}(?:get|create)\b/;

function isWebAuthnCredential(text: string, name: string): boolean {
  if (!/^(?:credential|cred|publicKeyCredential|assertion|attestation)$/i.test(name)) return false;
  return asksForPasskey(text);
}

/** The file searched once, not once per printed name: thousands of calls stay linear. */
const asksForPasskey = perText((text) => text.includes('publicKey') && WEBAUTHN_CALL.test(text));

/**
 * A structured logger's key/value pair whose key calls the value a name (logr's, slog's, zap's sugar:
 * `log.Error(err, "cannot read the secret", "secretName", pluginServerSecret)`, `"key_name", signingKey`): the label
 * the author gave says the value is the name of a secret (a Kubernetes Secret's, a vault entry's), an identifier, not
 * its contents. Only a quoted label ending in `Name`/`_name` right before the printed expression, within 100 characters.
 */
const NAME_LABEL = /["'`][\w.-]{0,40}(?:[a-z0-9]Name|[_.-]name)["'`][ \t]{0,4},[ \t\r\n]{0,40}$/;

function labelledAsName(text: string, args: Span, p: Printed): boolean {
  return NAME_LABEL.test(text.slice(Math.max(args.start, p.start - 100), p.start));
}

/** `pwd = os.getcwd()`, `pwd := os.Getwd()`, `const pwd = process.cwd()`: the name of the shell's working-directory command. */
const PWD_FROM_CWD = /\bpwd[ \t]{0,4}:?=[ \t]{0,4}(?:await[ \t]+)?(?:os\.getcwd|os\.Getwd|Path\.cwd|pathlib\.Path\.cwd|process\.cwd|Dir\.pwd|Deno\.cwd|getcwd|System\.getProperty\([ \t]{0,4}["']user\.dir)\b/i;
/**
 * The file hands `pwd` to a working-directory slot (`CWD: b.pwd`, `cwd = pwd`) or declares it a location (Go's
 * `pwd *url.URL`, TypeScript's `pwd: URL`): k6's module loader keeps the folder it resolves from so.
 */
const PWD_AS_CWD = /\bcwd[ \t]{0,4}[:=][ \t]{0,4}(?:[\w$]{1,40}\.)?pwd\b|\bpwd[ \t]{1,8}\*?(?:url\.URL|fs\.FS|os\.File)\b|\bpwd\??[ \t]{0,4}:[ \t]{0,4}(?:URL|Path|PathLike)\b/i;
/** The call's words say what it prints is the working folder: `current working directory is {pwd}` (not an LDAP directory's). */
const DIRECTORY_WORDS = /\bcwd\b|\b(?:working|current)[ _-]?dir(?:ectory)?\b|\bfolder\b|\brelative to\b/i;

/** A bare `pwd` is as often the working directory (`pwd = os.getcwd()`) as a password: the file's assignment or the call's words decide. */
function holdsWorkingDirectory(text: string, args: Span): boolean {
  return DIRECTORY_WORDS.test(text.slice(args.start, args.end)) || PWD_FROM_CWD.test(text) || PWD_AS_CWD.test(text);
}

/**
 * A name the code handed to a file-existence test a few lines above the call: `elif not os.path.isfile(signing_key):`
 * then `print("the signing key %s does not exist" % signing_key)`, `if (!fs.existsSync(keyFile))`, `File.exist?(key)`,
 * `os.Stat(privateKey)`. The name holds where the key file is, and the message says where it looked: a path, not the key.
 * Only the 8 lines (1 KiB) above the call are read, and only a test of the name itself as the call's first argument.
 */
const FILE_TEST_LINES = 8;
const FILE_TEST_REACH = 1024;
const FILE_TEST_CALLEE =
  /(?:(?:os\.path|path)[ \t]{0,2}\.[ \t]{0,2}(?:isfile|exists|isdir|lexists)|(?:fs|fsp|fs\.promises)[ \t]{0,2}\.[ \t]{0,2}(?:existsSync|exists|statSync|stat|accessSync|access)|File[ \t]{0,2}\.[ \t]{0,2}(?:exists?\?|file\?|readable\?)|os[ \t]{0,2}\.[ \t]{0,2}(?:Stat|Lstat)|Files[ \t]{0,2}\.[ \t]{0,2}(?:exists|notExists|isRegularFile)|(?:pathlib[ \t]{0,2}\.[ \t]{0,2})?Path|Paths[ \t]{0,2}\.[ \t]{0,2}get|new[ \t]{1,4}File)/.source;

/** The 1 KiB above the call, cut to its last 8 lines: no search runs past it, however long a line. */
function linesAbove(text: string, callStart: number): string {
  const before = text.slice(Math.max(0, callStart - FILE_TEST_REACH), callStart);
  let cut = before.length;
  for (let lines = 0; lines <= FILE_TEST_LINES && cut > 0; lines++) cut = before.lastIndexOf('\n', cut - 1);
  return cut > 0 ? before.slice(cut + 1) : before;
}

/**
 * A name given to an environment lookup a few lines above the call (`if os.Getenv(TempoAccessPolicyToken) != ""` then
 * `logger.Warn(fmt.Sprintf("%s is set but …", TempoAccessPolicyToken))`, `process.env[TOKEN_VAR]`): it holds the
 * variable's name, which a message names; the lookup's result is the secret, unless the name is bound to it there
 * (`TOKEN = process.env[TOKEN]`). Within the 8 lines (1 KiB) above.
 */
const ENV_LOOKUP_BEFORE =
  /(?:(?:(?:os[ \t]{0,2}\.[ \t]{0,2})?(?:Getenv|LookupEnv|getenv)|System[ \t]{0,2}\.[ \t]{0,2}getenv|os[ \t]{0,2}\.[ \t]{0,2}environ[ \t]{0,2}\.[ \t]{0,2}get|Environment[ \t]{0,2}\.[ \t]{0,2}GetEnvironmentVariable|ENV[ \t]{0,2}\.[ \t]{0,2}fetch)[ \t]{0,2}\(|(?:os[ \t]{0,2}\.[ \t]{0,2}environ|process[ \t]{0,2}\.[ \t]{0,2}env|ENV)[ \t]{0,2}\[)[ \t]{0,2}$/;
const ENV_LOOKUP_AFTER = /^[ \t]{0,2}[),\]]/;
const BOUND_AFTER = /^[ \t]{0,2}:?=(?!=)/;

/** A cheap first test: a lookup's word somewhere in the lines above, or no lookup at all. */
const ENV_LOOKUP_WORD = /[Gg]etenv|LookupEnv|environ|\benv[ \t]{0,2}\[|\bENV\b|GetEnvironmentVariable/;

function namedToEnvironmentLookup(text: string, callStart: number, name: string): boolean {
  if (!/^[A-Za-z_$][\w$]{0,40}$/.test(name)) return false;
  const before = linesAbove(text, callStart);
  if (!ENV_LOOKUP_WORD.test(before)) return false;
  let looked = false;
  for (let at = before.indexOf(name); at >= 0; at = before.indexOf(name, at + 1)) {
    if (at > 0 && /[\w$.]/.test(before[at - 1] as string)) continue;
    const after = before.slice(at + name.length, at + name.length + 8);
    if (/^[\w$]/.test(after)) continue;
    // not when the name is bound to what the lookup returns (`TOKEN = process.env[TOKEN]`): then it holds the value
    if (BOUND_AFTER.test(after)) return false;
    if (ENV_LOOKUP_AFTER.test(after) && ENV_LOOKUP_BEFORE.test(before.slice(Math.max(0, at - 60), at))) looked = true;
  }
  return looked;
}

function testedAsFilePath(text: string, callStart: number, name: string): boolean {
  if (!/^[A-Za-z_$@][\w$]{0,40}(?:\.[A-Za-z_$][\w$]{0,40}){0,3}$/.test(name)) return false;
  const before = linesAbove(text, callStart);
  if (!before.includes(name)) return false;
  const escaped = name.replace(/[.$]/g, (c) => `\\${c}`);
  return new RegExp(String.raw`(?<![\w$.])${FILE_TEST_CALLEE}[ \t]{0,2}\([ \t]{0,2}${escaped}[ \t]{0,2}[),]`).test(before);
}

/**
 * A key a secret store was asked for the secret by, a few lines above the call: `store.getSecret(Schema, row.secretKey)`
 * then `console.warn(\`Secret "${row.secretKey}" not found\`)`, AWS's `getSecretValue({ SecretId: secretKey })`. The
 * name is the key the secret is kept under, not the secret the store returns. Only a name that says so (`secretKey`,
 * `secret_key`: a secret's key), and only within the 8 lines (1 KiB) above the call, as testedAsFilePath reads.
 */
const SECRET_LOOKUP_CALLEE = /(?<![\w$])(?:get|read|fetch|load|lookup|retrieve|resolve)[A-Za-z]{0,20}Secrets?(?:Value|Version)?[ \t]{0,2}\(/g;

function passedAsSecretLookupKey(text: string, callStart: number, name: string): boolean {
  if (!/^[A-Za-z_$][\w$]{0,40}(?:\.[A-Za-z_$][\w$]{0,40}){0,4}$/.test(name) || !/(?:^|[._])secret_?key$/i.test(name)) return false;
  const before = linesAbove(text, callStart);
  if (!before.includes(name)) return false;
  const escaped = name.replace(/[.$]/g, (c) => `\\${c}`);
  // its own copy: a global RegExp's lastIndex is not shared between calls
  const callee = new RegExp(SECRET_LOOKUP_CALLEE.source, 'g');
  const argument = new RegExp(String.raw`^[^()]{0,300}?(?<![\w$.])${escaped}[ \t\r\n]{0,40}[),}]`);
  for (let m = callee.exec(before); m; m = callee.exec(before)) if (argument.test(before.slice(m.index + m[0].length))) return true;
  return false;
}

/** Ruby calls without parentheses starting in `region`, the part of `text` from `from` on. */
function rubyBareCalls(text: string, from: number, region: string, printed: Printed[], out: Match[]): void {
  RUBY_BARE.lastIndex = 0;
  for (let m = RUBY_BARE.exec(region); m !== null; m = RUBY_BARE.exec(region)) {
    const chain = m[1] as string;
    const start = from + RUBY_BARE.lastIndex;
    let lineEnd = text.indexOf('\n', start);
    if (lineEnd < 0) lineEnd = text.length;
    RUBY_BARE.lastIndex = Math.max(RUBY_BARE.lastIndex, lineEnd - from);
    if (!hinted(text, { start, end: Math.min(lineEnd, start + WINDOW) }) && text[start] !== '{') continue;
    if (!isLoggingCall(chain.replace(/^[@$]+/, '').split('.'), 'rb')) continue;
    let args: Span;
    if (text[start] === '{') {
      const limit = Math.min(text.length, start + WINDOW);
      const close = walk(text, start + 1, limit, 'rb', 0, '}');
      if (close < 0 || close >= limit) continue;
      args = { start: start + 1, end: close };
    } else {
      // A trailing `if`/`unless` modifier (outside strings) is not printed.
      let modifier = lineEnd;
      walk(text, start, Math.min(lineEnd, start + WINDOW), 'rb', 0, undefined, (k) => {
        if (k < modifier && (text.startsWith(' if ', k) || text.startsWith(' unless ', k))) modifier = k;
      });
      args = { start, end: Math.min(modifier, start + WINDOW) };
    }
    RUBY_BARE.lastIndex = Math.max(RUBY_BARE.lastIndex, args.end - from);
    if (hinted(text, args)) collect(text, from + m.index, args, 'rb', chain, printed, out);
  }
}
