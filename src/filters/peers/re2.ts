// Go RE2 regular expressions (gitleaks' path allowlists) as JavaScript ones. RE2 never backtracks;
// JavaScript does, so each translated pattern is also checked with recheck before it is used, and a
// pattern that could backtrack catastrophically is refused. The translation covers what path
// patterns use; what RE2 has and JavaScript spells otherwise is rewritten, what JavaScript has and RE2
// refuses (lookaround, backreferences) is refused as gitleaks would refuse it.
import { analysePattern } from '../../config/custom-detector.js';

/** A pattern that cannot be used; `problem` is a sentence fragment that never quotes the pattern. */
export class Re2Error extends Error {}

/** Leading flags RE2 writes inline and JavaScript as flags: (?i) case-insensitive, (?s) dot matches newline, (?m) multi-line. */
const LEADING_FLAGS = /^\(\?([ims]+)\)/;
/** POSIX classes inside brackets, as JavaScript class contents. */
const POSIX: Readonly<Record<string, string>> = {
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7f',
  blank: '\\t ',
  cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '\\w',
  xdigit: '0-9A-Fa-f',
};
/** Escapes with the same meaning in both. */
const SAME_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S', 'b', 'B', 'f', 'n', 'r', 't', 'v', '0']);

/** Translates an RE2 pattern to a JavaScript source and flags; throws Re2Error for what cannot be translated. */
export function translateRe2(pattern: string): { source: string; flags: string } {
  let rest = pattern;
  let flags = '';
  const lead = LEADING_FLAGS.exec(rest);
  if (lead) {
    flags = [...new Set(lead[1] as string)].sort().join('');
    rest = rest.slice(lead[0].length);
  }
  let out = '';
  let inClass = false;
  /** Where the current class's contents start in `out`: a ']' there is a literal in RE2. */
  let classStart = -1;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i] as string;
    if (c === '\\') {
      const [text, used] = translateEscape(rest, i, inClass);
      out += text;
      i += used - 1;
      continue;
    }
    if (inClass) {
      if (rest.startsWith('[:', i)) {
        const end = rest.indexOf(':]', i + 2);
        const name = end < 0 ? undefined : rest.slice(i + 2, end);
        const posix = name === undefined ? undefined : POSIX[name];
        if (posix === undefined) throw new Re2Error('has an unknown or negated POSIX class ([:name:]): use a plain character class');
        out += posix;
        i = end + 1;
        continue;
      }
      if (c === ']' && out.length === classStart) out += '\\]';
      else {
        if (c === ']') inClass = false;
        out += c;
      }
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += rest[i + 1] === '^' ? '[^' : '[';
      if (rest[i + 1] === '^') i++;
      classStart = out.length;
      continue;
    }
    if (c === '(' && rest[i + 1] === '?') {
      const [text, used] = translateGroup(rest, i);
      out += text;
      i += used - 1;
      continue;
    }
    out += c;
  }
  return { source: out, flags };
}

/** `\…` at `at`: [JavaScript text, characters used]. */
function translateEscape(s: string, at: number, inClass: boolean): [string, number] {
  const e = s[at + 1];
  if (e === undefined) throw new Re2Error('ends with a lone backslash');
  if (SAME_ESCAPES.has(e) && !(e === '0' && /[0-7]/.test(s[at + 2] ?? ''))) return [`\\${e}`, 2];
  if (e === 'a') return ['\\x07', 2];
  if (!inClass && e === 'A') return ['(?<![\\s\\S])', 2];
  if (!inClass && e === 'z') return ['(?![\\s\\S])', 2];
  if (e === 'Q') {
    const end = s.indexOf('\\E', at + 2);
    const literal = s.slice(at + 2, end < 0 ? s.length : end);
    return [literal.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&'), (end < 0 ? s.length : end + 2) - at];
  }
  if (e === 'x') {
    const braced = /^\{([0-9a-fA-F]{1,6})\}/.exec(s.slice(at + 2));
    if (braced) {
      const code = Number.parseInt(braced[1] as string, 16);
      if (code > 0xffff) throw new Re2Error('has a \\x{…} escape beyond U+FFFF: write the character itself');
      return [`\\u${code.toString(16).padStart(4, '0')}`, 2 + braced[0].length];
    }
    if (/^[0-9a-fA-F]{2}/.test(s.slice(at + 2))) return [`\\x${s.slice(at + 2, at + 4)}`, 4];
    throw new Re2Error('has a malformed \\x escape: write \\xHH or \\x{HHHH}');
  }
  if (/[0-7]/.test(e)) {
    const octal = /^[0-7]{1,3}/.exec(s.slice(at + 1))?.[0] ?? '';
    if (e !== '0' && octal.length === 1) throw new Re2Error('has a backreference (\\1 … \\9), which RE2 does not support');
    return [`\\x${Number.parseInt(octal, 8).toString(16).padStart(2, '0')}`, 1 + octal.length];
  }
  if (e === 'p' || e === 'P') throw new Re2Error('has a Unicode class (\\p…), which is not supported here: use a plain character class');
  if (/[a-zA-Z0-9]/.test(e)) throw new Re2Error(`has an escape (\\${e}) that RE2 and JavaScript read differently, or not at all: escape punctuation only`);
  return [`\\${e}`, 2]; // escaped punctuation: a literal in both
}

/** `(?…` at `at`: a named group, a non-capturing one, or something RE2 refuses. */
function translateGroup(s: string, at: number): [string, number] {
  const after = s.slice(at + 2);
  if (after.startsWith(':')) return ['(?:', 3];
  const named = /^P?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(after);
  if (named) return [`(?<${named[1]}>`, 2 + named[0].length];
  if (/^(?:[=!]|<[=!])/.test(after)) throw new Re2Error('has a lookaround ((?=…), (?!…), (?<=…), (?<!…)), which RE2 does not support');
  throw new Re2Error('has inline flags or a flag group other than a leading (?i), (?s) or (?m): move the flags to the start of the pattern');
}

/** A path regex ready to use; throws Re2Error (whose message is a fragment that never quotes the pattern) when it cannot be. */
export function compileRe2(pattern: string): RegExp {
  const { source, flags } = translateRe2(pattern);
  let re: RegExp;
  try {
    re = new RegExp(source, flags);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Re2Error(`does not compile (${message.slice(message.lastIndexOf(': ') + 2) || 'invalid pattern'})`);
  }
  // one it cannot decide in time passes: paths are short, and capped (MAX_PATH_LENGTH)
  const verdict = analysePattern(source, flags);
  const complexity = verdict?.status === 'vulnerable' ? verdict.complexity : undefined;
  const cost = complexity?.type === 'exponential' ? 'exponential' : complexity?.type === 'polynomial' && complexity.degree > 2 ? `degree-${complexity.degree} polynomial` : undefined;
  if (cost !== undefined) {
    throw new Re2Error(`can backtrack catastrophically in JavaScript (${cost} time), which RE2 never does: remove nested or repeated wildcards, e.g. (a+)+ as a+`);
  }
  return re;
}
