// Settings written as a pair of fields, one naming the setting and one holding its value: a Kubernetes
// container's `env` list (`- name: ACME_API_KEY` / `  value: "…"`), an ECS task definition's
// `environment` (`{"name": "ACME_API_KEY", "value": "…"}`), Terraform's and Nomad's blocks of the same
// shape (`name = "…"` / `value = "…"`), and an Apple property list's `<key>ACME_API_KEY</key>` /
// `<string>…</string>` (an iOS app's Info.plist). A vendor's detector reads its key after the key's name on one
// line; a pair piece is the same setting written so (`ACME_API_KEY=…`), and a match in its value is
// reported at the value's own bytes in the file. Only vendor detectors read pair pieces: the generic
// and practice detectors read the pair in the file as it stands.
import { enclosingName } from '../../detectors/kit/enclosing-name.js';
import { memoByPath } from '../../detectors/kit/path-memo.js';
import { lineStartWithin } from '../../detectors/kit/name-value.js';
import type { ByteRange, Decoded } from './decode.js';
import { KEY_LIKE_NAME, SETTING_FORMS, type SettingForm } from './setting-forms.js';

/** Files where such pairs are written: manifests, task definitions, templates of them, HCL. */
const PAIR_FILE = /\.(?:ya?ml|json|tf|hcl|nomad|tpl|j2|jinja2?|template|tmpl|plist)$/i;

/**
 * A value field's value: quoted, up to its closing quote; bare, up to a blank or a delimiter (a credential holds no
 * blank). Neither branch can run past where the other would stop, so a line of many `value:` words costs each one a
 * few steps, not a search to the line's end.
 */
const VALUE = String.raw`(?:"(?<dq>[^\n"]{1,2048})"|'(?<sq>[^\n']{1,2048})'|(?<bare>[^\s"'#,}\]][^\s"'#,}\]]{0,2048}))`;
const NAME = String.raw`(?<nq>["']?)(?<name>[A-Za-z_][\w.-]{0,80})\k<nq>`;
const FIELD = (field: string): string => String.raw`(?<![\w"'.-])["']?${field}["']?[ \t]{0,4}[:=][ \t]{0,4}`;
/** The line's end after a field: a comma, a closing brace, a comment. */
const FIELD_END = String.raw`[ \t]{0,4}(?=[,}\r\n#]|$)`;

/** The name field, then the value field on the next line or after a comma (either order is read by PAIR_REVERSED). */
const PAIR = new RegExp(String.raw`${FIELD('name')}${NAME}[ \t]{0,4}(?:,[ \t]{0,4}|\r?\n[ \t]{0,40}(?:-[ \t]{1,4})?)${FIELD('value')}${VALUE}${FIELD_END}`, 'gm');
const PAIR_REVERSED = new RegExp(String.raw`${FIELD('value')}${VALUE}[ \t]{0,4}(?:,[ \t]{0,4}|\r?\n[ \t]{0,40})${FIELD('name')}${NAME}${FIELD_END}`, 'gm');

/** A property list's key, then its string value (blanks and a line break between). */
const PLIST_PAIR = /<key>[ \t]{0,4}(?<name>[A-Za-z_][\w.-]{0,80})[ \t]{0,4}<\/key>[ \t\r\n]{0,80}<string>(?<bare>[^<\s][^<\n]{0,2048})<\/string>/g;

/** The encoding a pair piece carries: plain text read as one line (detect-decoded.ts runs vendor detectors only on it, and says no encoding). */
export const PAIR_ENCODING = 'pair';

/** At most this many pairs a part (a hostile file of millions stays bounded). */
const MAX_PAIRS = 2000;

/** True when the path is of a kind that writes settings as name/value pairs. */
export function mayHoldPairs(path: string): boolean {
  return PAIR_FILE.test(path);
}

/** A match of a pair or form pattern, with its offsets in the part. */
interface Read {
  readonly m: RegExpMatchArray;
  readonly offset: number;
  readonly nameFirst: boolean;
  readonly keyLike: boolean;
}

/**
 * The part's name/value pairs and settings of other forms (setting-forms.ts) as pieces (encoding 'pair'); none when
 * it has none. A setting whose name comes first is rewritten in place, in one copy of the whole part: the bytes from
 * its name to its value become blanks and `NAME=` (and the value's opening quote), the same length, so that every
 * offset stays the file's and a detector still reads everything around the value (a Firebase config's project id, a
 * test marker). A pair whose value comes first has no room before the value: it becomes a piece of its own, `NAME=value`.
 * Pairs are read in the whole part of a manifest; the other forms only on the lines of `names`, where a vendor's name
 * stands (byte offsets, ascending): a vendor's detector finds nothing in a setting that never names its vendor.
 */
export function pairPieces(bytes: Buffer, path: string, names: readonly number[] = []): Decoded[] {
  const pairs = PAIR_FILE.test(path);
  const forms = names.length > 0 ? formsFor(path) : [];
  // the forms rewrite a key-like name: only a vendor name inside one starts a window
  const keyNames = forms.length > 0 ? names.filter((at) => inKeyLikeName(bytes, at)) : [];
  if (!pairs && keyNames.length === 0) return [];
  // latin1: one character per byte, so offsets are byte offsets (the whole part only for pairs; forms read windows)
  const text = pairs ? bytes.toString('latin1') : '';
  const reads: Read[] = [];
  if (pairs) {
    const patterns: (readonly [RegExp, boolean])[] = [];
    if (text.includes('value') && text.includes('name')) patterns.push([PAIR, true], [PAIR_REVERSED, false]);
    if (text.includes('<key>') && text.includes('<string>')) patterns.push([PLIST_PAIR, true]);
    // own copies: a global RegExp's lastIndex is not shared between calls
    for (const [pattern, nameFirst] of patterns) for (const m of text.matchAll(new RegExp(pattern.source, `${pattern.flags}d`))) reads.push({ m, offset: 0, nameFirst, keyLike: false });
  }
  for (const form of keyNames.length > 0 ? forms : []) {
    const pattern = new RegExp(form.pattern.source, `${form.pattern.flags}d`);
    let readUpTo = 0;
    for (const at of keyNames) {
      if (at < readUpTo) continue;
      // the vendor name's line (at most WINDOW characters either side), and the lines a form spreads over
      let start = at;
      while (start > 0 && at - start < WINDOW && bytes[start - 1] !== 0x0a) start--;
      let end = at;
      for (let lines = 0; lines < (form.lines ?? 1) && end < bytes.length; lines++) {
        if (lines > 0) end++;
        const limit = Math.min(bytes.length, at + WINDOW * (lines + 1));
        while (end < limit && bytes[end] !== 0x0a) end++;
      }
      readUpTo = end;
      const window = bytes.toString('latin1', start, end);
      if (!form.markers.some((marker) => window.includes(marker))) continue;
      for (const m of window.matchAll(pattern)) reads.push({ m, offset: start, nameFirst: true, keyLike: true });
    }
  }
  if (reads.length === 0) return [];
  const out: Decoded[] = [];
  let rewritten: Buffer | undefined;
  let wholePart = false; // a pair was rewritten: the copy is read whole (a plist's project id lines away)
  const spans: [number, number][] = []; // the forms' rewrites
  let count = 0;
  for (const { m, offset, nameFirst, keyLike } of reads) {
    if (count >= MAX_PAIRS) break;
    const groups = m.groups ?? {};
    const name = groups.name as string;
    if (keyLike && !KEY_LIKE_NAME.test(name)) continue;
    const valueGroup = groups.dq !== undefined ? 'dq' : groups.sq !== undefined ? 'sq' : 'bare';
    const value = groups[valueGroup] as string;
    const span = m.indices?.groups?.[valueGroup];
    // (a credential is ASCII; a value of other bytes could cut a character of a file that is not UTF-8)
    if (!span || /[^\x20-\x7e]/.test(value)) continue;
    const [valueStart, valueEnd] = [offset + span[0], offset + span[1]];
    if (!nameFirst) {
      count++;
      out.push(new PairPiece(bytes, name, valueStart, valueEnd));
      continue;
    }
    const before = bytes[valueStart - 1];
    const quote = before === 0x22 ? '"' : before === 0x27 ? "'" : '';
    // a flag's or a property's name (`--acme-api-key`, `-Dacme.api.key`): a name as an assignment writes it
    const lead = `${keyLike ? name.replace(/[-.]/g, '_') : name}=${quote}`;
    const from = offset + Math.min(m.index ?? 0, m.indices?.groups?.name?.[0] ?? Infinity);
    if (valueStart - from < lead.length) continue;
    // two forms read over the same bytes: the first rewrite stands
    if (rewritten && rewritten.compare(bytes, from, valueEnd, from, valueEnd) !== 0) continue;
    count++;
    rewritten ??= Buffer.from(bytes);
    rewritten.fill(0x20, from, valueStart - lead.length);
    rewritten.write(lead, valueStart - lead.length, 'latin1');
    if (keyLike) spans.push([from, valueEnd]);
    else wholePart = true;
  }
  if (!rewritten) return out;
  if (wholePart) out.push(new RewrittenPart(rewritten, 0, rewritten.length));
  // a form's rewrite is read with a few lines around it, not the whole part again (a bundle of megabytes)
  else for (const [start, end] of around(rewritten, spans.sort((x, y) => x[0] - y[0]))) out.push(new RewrittenPart(rewritten.subarray(start, end), start, end));
  return out;
}

/** The forms read in files of a name (every gate is a file name's), kept per name: a history asks for each part of each version. */
const formsByName = memoByPath((name) => SETTING_FORMS.filter((form) => form.files.test(name)));
const formsFor = (path: string): readonly SettingForm[] => formsByName(path.slice(path.lastIndexOf('/') + 1));

/** How far from a vendor's name, on its line, a form is read. */
const WINDOW = 400;
/** Lines read around a form's rewrite, and how far: what a detector judging a setting reads of its surroundings. */
const AROUND_LINES = 8;
const AROUND_BYTES = 2048;

/**
 * The spans (ascending) widened by AROUND_LINES lines each way, within AROUND_BYTES, merged where they meet. A stretch
 * cut by the byte bound starts and ends on a character's first byte: the piece is decoded as UTF-8 on its own, and a
 * cut character would shift every offset after it.
 */
function around(bytes: Buffer, spans: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  const continues = (at: number): boolean => ((bytes[at] as number) & 0xc0) === 0x80;
  for (const [from, to] of spans) {
    let start = from;
    for (let lines = 0; start > 0 && from - start < AROUND_BYTES; ) if (bytes[--start - 1] === 0x0a && ++lines > AROUND_LINES) break;
    while (start < from && continues(start)) start++;
    let end = to;
    for (let lines = 0; end < bytes.length && end - to < AROUND_BYTES; end++) if (bytes[end] === 0x0a && ++lines > AROUND_LINES) break;
    while (end > to && end < bytes.length && continues(end)) end--;
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** A block's setting: a key, an operator, a value (quoted, or bare up to a blank or a delimiter). */
const BLOCK_SETTING = new RegExp(String.raw`(?<![\w.-])(?<nq>["']?)(?<name>[A-Za-z_][\w.-]{0,60})\k<nq>[ \t]{0,4}[:=](?![:=])[ \t]{0,4}${VALUE}`, 'g');
/**
 * How much of a block a vendor's name opens is read for its settings: a history scans a changed line with 8 lines of
 * margin (delta.ts), so a setting further below its block's name would be read in a whole-file scan and not there.
 */
const BLOCK_BYTES = 2048;
const BLOCK_LINES = 8;

/**
 * Settings in a block that a vendor's name opens: a YAML mapping (`acme:` then `  api_key: …`), an object
 * (`"acme": {"token": "…"}`, `acme = {`) or a TOML or INI section (`[acme]`). Each key-like setting becomes a piece
 * `acme_api_key=…` (encoding 'pair'): a vendor's detector reads its name and key word on one line. `names` are the
 * offsets of the vendor names the part holds (the keyword starts of vendor detectors), ascending; the part is ASCII.
 */
export function blockPieces(bytes: Buffer, names: readonly number[]): Decoded[] {
  const out: Decoded[] = [];
  let readUpTo = -1;
  for (const name of names) {
    if (out.length >= MAX_PAIRS) break;
    if (name < readUpTo || !opensBlock(bytes, name)) continue; // (a name inside a block already read)
    // what the name's block can span: its line's lead, the name, the block (latin1: offsets are bytes, from `base`)
    const base = Math.max(0, name - 160);
    const text = bytes.toString('latin1', base, Math.min(bytes.length, name + 160 + BLOCK_BYTES));
    const at = name - base;
    let start = at;
    while (start > 0 && at - start < 60 && isNameByte(text.charCodeAt(start - 1))) start--;
    let end = at;
    while (end < text.length && end - at < 60 && isNameByte(text.charCodeAt(end))) end++;
    const block = blockAfter(text, start, end);
    if (!block) continue;
    readUpTo = base + block.end;
    const parent = text.slice(start, end);
    const region = text.slice(block.start, block.end);
    for (const m of region.matchAll(new RegExp(BLOCK_SETTING.source, 'gd'))) {
      if (out.length >= MAX_PAIRS) break;
      const groups = m.groups ?? {};
      const name = groups.name as string;
      if (!KEY_LIKE_NAME.test(name) || name.toLowerCase().includes(parent.toLowerCase())) continue;
      const valueGroup = groups.dq !== undefined ? 'dq' : groups.sq !== undefined ? 'sq' : 'bare';
      const span = m.indices?.groups?.[valueGroup];
      if (!span || /[^\x20-\x7e]/.test(groups[valueGroup] as string)) continue;
      out.push(new PairPiece(bytes, `${parent}_${name}`, base + block.start + span[0], base + block.start + span[1]));
    }
  }
  return out;
}

/** Before a section's name on its line: `[`, `[[`, dotted parents (`[[outputs.`). */
const SECTION_LEAD = /^[ \t]*\[\[?(?:[\w-]{1,40}\.){0,3}$/;
/** Before a YAML mapping's key on its line: indentation, a list's dash, a quote. */
const MAPPING_LEAD = /^[ \t]*(?:-[ \t]+)?["']?$/;

/** True when the name at `at` (a vendor's) is part of a key-like name: `ACME_API_KEY`, `acme-token`, `acme.secret`. */
function inKeyLikeName(bytes: Buffer, at: number): boolean {
  let start = at;
  while (start > 0 && at - start < 60 && isNameByte(bytes[start - 1] as number)) start--;
  let end = at;
  while (end < bytes.length && end - at < 60 && isNameByte(bytes[end] as number)) end++;
  return KEY_LIKE_NAME.test(bytes.toString('latin1', start, end));
}

/** A cheap first look: the key holding the name at `at` is followed by what opens a block (`:`, `=`, or a section's `]`). */
function opensBlock(bytes: Buffer, at: number): boolean {
  const op = bytes[afterKey(bytes, at)];
  return op === 0x3a || op === 0x3d || op === 0x5d;
}

/** Files whose settings nest under a named mapping, object or section: YAML, JSON, TOML, INI. */
const NESTING_FILE = /\.(?:ya?ml|json|toml|ini|cfg|conf)$/i;

/** True when the file's settings may nest under a parent that names their vendor (nestedPieces). */
export function mayNest(path: string): boolean {
  return NESTING_FILE.test(path);
}

/** A key that opens its line (after indentation, a list's dash, a quote), an operator, and the value on the line. */
const NESTED_SETTING = new RegExp(String.raw`[ \t]{0,40}(?:-[ \t]{1,4})?(?<nq>["']?)(?<name>[A-Za-z_][\w.-]{0,60})\k<nq>[ \t]{0,4}[:=](?![:=])[ \t]{0,4}${VALUE}`, 'y');

/**
 * Settings one level under a parent named by one of `parents` (the words vendors are called by only glued to a key
 * word: `canny`, `box`): `canny:` then `  api_key: …` (YAML), `{"canny": {"apiKey": …}}` (JSON), `[canny]` then
 * `api_key = …` (TOML, INI). Each key-like key holding a value becomes a piece `canny_api_key=…`: such a vendor is no
 * keyword alone (`CANNY_API_KEY` is one, the vendor-token kit's compound names), so blockPieces never reads the block
 * its name opens, and the parent's name is read here as the glue. `keys` are the byte offsets
 * of the key words the part holds (the generic detector's keyword starts), ascending; only a line that opens with a
 * key holding one is read, and its parent is looked for at most 8 lines up (kit/enclosing-name.ts, the history's margin).
 */
export function nestedPieces(bytes: Buffer, keys: readonly number[], parents: ReadonlySet<string>): Decoded[] {
  const out: Decoded[] = [];
  const setting = new RegExp(NESTED_SETTING.source, 'yd');
  let lineDone = -1;
  for (const at of keys) {
    if (out.length >= MAX_PAIRS) break;
    if (at < lineDone) continue;
    // only a line's first key word can be in the key that opens it: the others on the line are skipped
    lineDone = at + 1;
    while (lineDone < bytes.length && lineDone - at < 2100 && bytes[lineDone] !== 0x0a) lineDone++;
    // a cheap look first: the key word inside the key that opens its line, an operator after that key
    let keyStart = at;
    while (keyStart > 0 && at - keyStart < 64 && isNameByte(bytes[keyStart - 1] as number)) keyStart--;
    let lineStart = keyStart;
    while (lineStart > 0 && keyStart - lineStart < 48 && LEAD_BYTES.has(bytes[lineStart - 1] as number)) lineStart--;
    if (lineStart > 0 && bytes[lineStart - 1] !== 0x0a) continue;
    const op = bytes[afterKey(bytes, at)];
    if (op !== 0x3a && op !== 0x3d) continue;
    const lineEnd = lineDone;
    // the line, and what enclosingName may read above it (1 KiB: its own bound)
    const base = Math.max(0, lineStart - 1100);
    const text = bytes.toString('latin1', base, lineEnd);
    setting.lastIndex = lineStart - base;
    const m = setting.exec(text);
    const groups = m?.groups;
    const nameAt = m?.indices?.groups?.name;
    if (!m || !groups || !nameAt || nameAt[1] <= at - base) continue; // the key word is not in the line's key
    const name = groups.name as string;
    if (!KEY_LIKE_NAME.test(name)) continue;
    const valueGroup = groups.dq !== undefined ? 'dq' : groups.sq !== undefined ? 'sq' : 'bare';
    const span = m.indices?.groups?.[valueGroup];
    if (!span || /[^\x20-\x7e]/.test(groups[valueGroup] as string)) continue;
    const parent = enclosingName(text, nameAt[0] - (groups.nq ? 1 : 0));
    if (!parent || !parents.has(parent.toLowerCase()) || name.toLowerCase().includes(parent.toLowerCase())) continue;
    out.push(new PairPiece(bytes, `${parent}_${name}`, base + span[0], base + span[1]));
  }
  return out;
}

/** What may stand before a key on its line: indentation, a list's dash, a quote. */
const LEAD_BYTES = new Set([0x20, 0x09, 0x2d, 0x22, 0x27]);

/** Where the key holding `at` ends, after its closing quote and blanks: where its operator stands. */
function afterKey(bytes: Buffer, at: number): number {
  let i = at;
  while (i < bytes.length && i - at < 60 && isNameByte(bytes[i] as number)) i++;
  if (bytes[i] === 0x22 || bytes[i] === 0x27) i++;
  while (bytes[i] === 0x20 || bytes[i] === 0x09) i++;
  return i;
}

/** [A-Za-z0-9_.-]: a key's characters. */
function isNameByte(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 46;
}

/** The block the key at [start, end) opens, or undefined: the lines below a YAML mapping key or section header, or an object's members. */
function blockAfter(text: string, start: number, end: number): { start: number; end: number } | undefined {
  let i = end;
  if (text[i] === '"' || text[i] === "'") i++;
  while (text[i] === ' ' || text[i] === '\t') i++;
  const op = text[i];
  // (what stands before the key on its line: read only a short way back, never to the start of a minified line)
  const lead = (): string | undefined => {
    const lineStart = lineStartWithin(text, start, 80);
    return lineStart < 0 ? undefined : text.slice(lineStart, start);
  };
  if (op === ']') {
    if (!SECTION_LEAD.test(lead() ?? '-') || text[i + 1] !== '\n') return undefined;
    return linesBelow(text, i + 1, (line) => !line.trimStart().startsWith('['));
  }
  if (op !== ':' && op !== '=') return undefined;
  i++;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (text[i] === '{') return { start: i + 1, end: objectEnd(text, i + 1) };
  // a YAML mapping: the key ends its line, and the lines below are indented deeper
  if (op !== ':') return undefined;
  if (text[i] === '\r') i++;
  if (i < text.length && text[i] !== '\n') return undefined;
  const before = lead();
  if (before === undefined || !MAPPING_LEAD.test(before)) return undefined;
  const indent = before.replace(/["']$/, '').length;
  return linesBelow(text, i, (line) => /^[ \t]*$/.test(line) || /^[ \t]*#/.test(line) || /^[ \t]*/.exec(line)![0].length > indent);
}

/** From the line break at `nl`, the next lines while `inBlock` holds, within BLOCK_LINES and BLOCK_BYTES. */
function linesBelow(text: string, nl: number, inBlock: (line: string) => boolean): { start: number; end: number } | undefined {
  if (nl < 0) return undefined;
  const start = nl + 1;
  const limit = Math.min(text.length, start + BLOCK_BYTES);
  let end = start;
  for (let lines = 0; lines < BLOCK_LINES && end < limit; lines++) {
    let lineEnd = end;
    while (lineEnd < limit && text.charCodeAt(lineEnd) !== 0x0a) lineEnd++;
    if (!inBlock(text.slice(end, lineEnd))) break;
    end = lineEnd + 1;
  }
  return end > start ? { start, end: Math.min(end, text.length) } : undefined;
}

/** Where the object opened before `from` closes (strings skipped), within BLOCK_BYTES and BLOCK_LINES; its nested objects are read too. */
function objectEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + BLOCK_BYTES);
  let depth = 0;
  let lines = 0;
  for (let i = from; i < limit; i++) {
    const c = text[i];
    if (c === '\n' && ++lines > BLOCK_LINES) return i;
    if (c === '"' || c === "'") {
      // (a string ends on its line: an apostrophe in a comment opens none)
      let close = i + 1;
      while (close < limit && text[close] !== c && text[close] !== '\n') close++;
      i = text[close] === '\n' ? close - 1 : close;
    } else if (c === '{') depth++;
    else if (c === '}' && depth-- === 0) return i;
  }
  return limit;
}

/** The part with its settings rewritten in place (same length), or a stretch [start, end) of it: offsets are the file's from `start`. */
class RewrittenPart implements Decoded {
  readonly encoding = PAIR_ENCODING;

  constructor(
    readonly bytes: Buffer,
    private readonly start: number,
    private readonly end: number,
  ) {}

  report(a: number, b: number): ByteRange {
    return this.source(a, b);
  }

  source(a: number, b: number): ByteRange {
    return [Math.min(this.end, this.start + a), Math.min(this.end, this.start + b)];
  }
}

/** `NAME=value` with the value's bytes from the file; positions in the value map back to them. */
class PairPiece implements Decoded {
  readonly bytes: Buffer;
  readonly encoding = PAIR_ENCODING;
  private readonly lead: number;

  constructor(
    file: Buffer,
    name: string,
    private readonly start: number,
    private readonly end: number,
  ) {
    this.lead = name.length + 1;
    this.bytes = Buffer.concat([Buffer.from(`${name}=`, 'latin1'), file.subarray(start, end), Buffer.from('\n')]);
  }

  report(a: number, b: number): ByteRange {
    return this.source(a, b);
  }

  source(a: number, b: number): ByteRange {
    const at = (p: number): number => Math.min(this.end, Math.max(this.start, this.start + p - this.lead));
    return [at(a), at(b)];
  }
}

/** Every pattern this file runs, for the ReDoS analysis of the test suite (test/detectors/redos.test.ts). */
export const PAIR_PATTERNS: readonly RegExp[] = [PAIR, PAIR_REVERSED, PLIST_PAIR, BLOCK_SETTING, NESTED_SETTING, ...SETTING_FORMS.map((form) => form.pattern)];
