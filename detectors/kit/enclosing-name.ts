// The name of the block a key sits in, for keys whose own name says little: `Key` means nothing alone
// and a signing secret under `"Jwt": { … }` (ASP.NET's appsettings.json), `jwt:` (YAML) or `[jwt]`
// (TOML, INI). Looked for at most LINES lines and BYTES bytes back: a history scans a changed line
// with 8 lines of margin (src/engine/delta.ts), so a block opened further up would be seen in a
// whole-file scan and not in the history's window, and the two would disagree.
import { lineStartWithin } from './name-value.js';

const LINES = 8;
const BYTES = 1024;

/** A name as config formats write one: letters, digits, `_`, `-`, `.`, `$`. */
function isNameCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 46 || c === 36;
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/**
 * The name of the mapping holding the key that starts at `at` (its opening quote, if quoted): a
 * colon-joined parent (`Jwt:Key=…`, .NET's configuration path), the member whose `{` object holds it
 * (JSON, JavaScript, HCL: `"Jwt": {`, `jwt = {`), the YAML key one indent up, or the TOML/INI section
 * (`[auth.jwt]`: `jwt`). Undefined when none is found close enough, or the key is in an array.
 */
export function enclosingName(text: string, at: number): string | undefined {
  if (at > 1 && text.charCodeAt(at - 1) === 0x3a /* : */ && isNameCode(text.charCodeAt(at - 2))) return nameBefore(text, at - 1);
  const limit = Math.max(0, at - BYTES);
  const brace = openingBrace(text, at, limit);
  if (brace !== undefined) return brace < 0 ? undefined : memberBefore(text, brace, limit);
  return yamlParent(text, at, limit) ?? sectionAbove(text, at, limit);
}

/** The run of name characters ending at `end` (exclusive), at most 80 long; undefined when empty. */
function runBefore(text: string, end: number): { name: string; start: number } | undefined {
  let i = end;
  while (i > 0 && end - i < 80 && isNameCode(text.charCodeAt(i - 1))) i--;
  return i === end ? undefined : { name: text.slice(i, end), start: i };
}

/** The last dotted part of a name (`auth.jwt`: `jwt`). */
function lastPart(name: string): string | undefined {
  return name.slice(name.lastIndexOf('.') + 1) || undefined;
}

/** The run of name characters ending at `end`: its last dotted part. */
function nameBefore(text: string, end: number): string | undefined {
  const run = runBefore(text, end);
  return run && lastPart(run.name);
}

/**
 * The unmatched `{` before `at` (strings skipped), -1 for an unmatched `[` (the key is in an array),
 * undefined when neither comes within the limits.
 */
function openingBrace(text: string, at: number, limit: number): number | undefined {
  let depth = 0;
  let lines = 0;
  for (let i = at - 1; i >= limit; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a && ++lines > LINES) return undefined;
    if (c === 0x22 /* " */) {
      // skip the string back to its opening quote, on this line (a string across lines is not JSON)
      let open = i - 1;
      while (open >= limit && text.charCodeAt(open) !== 0x22 && text.charCodeAt(open) !== 0x0a) open--;
      if (open < limit || text.charCodeAt(open) === 0x0a) return undefined;
      i = open;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) depth++;
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (depth === 0) return c === 0x7b || afterArrow(text, i, limit) ? i : -1;
      depth--;
    }
  }
  return undefined;
}

/** A `[` after `=>` (blanks between): a PHP array that maps names (`'crypt' => ['key' => …]`), not a list. */
function afterArrow(text: string, bracket: number, limit: number): boolean {
  let i = bracket;
  while (i > limit && bracket - i < 16 && /\s/.test(text[i - 1] as string)) i--;
  return text.charCodeAt(i - 1) === 0x3e /* > */ && text.charCodeAt(i - 2) === 0x3d /* = */;
}

/** `"Jwt": {`, `jwt: {`, `jwt = {`, PHP's `'crypt' => [`: the member name before the brace at `brace`. */
function memberBefore(text: string, brace: number, limit: number): string | undefined {
  let i = brace;
  while (i > limit && /\s/.test(text[i - 1] as string)) i--;
  if (text.charCodeAt(i - 1) === 0x3e && text.charCodeAt(i - 2) === 0x3d) i--; // `=>`: read as its '='
  const op = text.charCodeAt(i - 1);
  if (op !== 0x3a && op !== 0x3d) return undefined; // ':' or '='
  i--;
  while (i > limit && isBlank(text.charCodeAt(i - 1))) i--;
  const quote = text.charCodeAt(i - 1);
  const quoted = quote === 0x22 || quote === 0x27;
  const run = runBefore(text, quoted ? i - 1 : i);
  if (!run || (quoted && text.charCodeAt(run.start - 1) !== quote)) return undefined;
  return lastPart(run.name);
}

const YAML_PARENT = /^[ \t]*(?:-[ \t]+)?["']?([\w.$-]{1,80})["']?[ \t]*:[ \t]*(?:#.*)?\r?$/;
const SECTION = /^[ \t]*\[{1,2}[ \t]*["']?([\w.$-]{1,80})["']?[ \t]*\]{1,2}[ \t]*(?:[#;].*)?\r?$/;

/** The YAML key one indent up from a key that starts its line (after its indent). */
function yamlParent(text: string, at: number, limit: number): string | undefined {
  let lineStart = at;
  while (lineStart > limit && isBlank(text.charCodeAt(lineStart - 1))) lineStart--;
  if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 0x0a) return undefined; // not first on its line
  const indent = at - lineStart;
  if (indent === 0) return undefined;
  let end = lineStart - 1; // the '\n' ending the line above
  for (let n = 0; n < LINES && end > limit; n++) {
    const start = lineStartWithin(text, end, end - limit);
    if (start < 0) return undefined;
    const line = text.slice(start, end);
    end = start - 1;
    const first = line.search(/\S/);
    if (first < 0 || line[first] === '#') continue;
    if (first >= indent) continue; // a sibling, or deeper under one
    const m = YAML_PARENT.exec(line);
    if (!m) return undefined;
    return lastPart(m[1] as string);
  }
  return undefined;
}

/** The `[section]` or `[[table]]` header above, in TOML or INI: its last dotted part. */
function sectionAbove(text: string, at: number, limit: number): string | undefined {
  let end = at;
  while (end > limit && text.charCodeAt(end - 1) !== 0x0a) end--;
  end--; // the '\n' ending the line above
  for (let n = 0; n < LINES && end > limit; n++) {
    const start = lineStartWithin(text, end, end - limit);
    if (start < 0) return undefined;
    const m = SECTION.exec(text.slice(start, end));
    if (m) return lastPart(m[1] as string);
    end = start - 1;
  }
  return undefined;
}
