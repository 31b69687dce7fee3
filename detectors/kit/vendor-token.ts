// The shape most vendors' credentials share: a value that says nothing about its vendor (32 hex,
// 40 alphanumerics, a UUID) and is only a credential when the vendor's name and a key-like word
// stand right before it — `FINNHUB_API_KEY=…`, `moonclerk secret: …`, `"x-mixmax-token": "…"`.
// One well-tested matcher for that shape turns a new vendor into a few lines of data.
//
// The matcher uses no regular expression per vendor: at each occurrence of a vendor name (the
// engine's keyword starts) it reads at most REACH characters of the same line, splits them into
// maximal runs of the token's alphabet and takes the first run of the right length that looks
// random, has a key-like word between the name and itself, and is not an identifier or a
// reference. Work is linear in the characters after each keyword, whatever the input.
//
// Two wider readings, both bounded: a vendor called by a common word (`box`, `daily`) counts only as
// the first word of an identifier glued to a key-like word (`BOX_API_KEY`, `dailyToken`: its
// `compoundNames`), and a name that opens a block (`variable "acme_api_key" {`, `"acme": {`) is
// followed into the block's first lines (`default = "…"`, `"api_key": "…"`).
import type { Detector, DetectorInput, Example, Match, Severity } from '../../src/types.js';
import { shannonEntropy } from './entropy.js';
import { isStandIn } from './placeholders.js';
import { keywordRegExp, keywordStarts } from './keyword-windows.js';
import { isWordIdentifier } from './names.js';
import { pairedValue } from './name-value.js';

/** The alphabets vendor tokens are drawn from. */
export type Alphabet =
  | 'hex' // 0-9a-f
  | 'HEX' // 0-9A-F
  | 'Hex' // either case
  | 'alnum' // A-Za-z0-9
  | 'lower-alnum' // a-z0-9
  | 'upper-alnum' // A-Z0-9
  | 'digits' // 0-9
  | 'base64' // A-Za-z0-9+/ and = padding
  | 'base64url' // A-Za-z0-9_- (and = padding)
  | 'token' // A-Za-z0-9_-.
  | 'uuid'; // 8-4-4-4-12 hex, either case

/** A value of `length` characters (or a range) of one alphabet, optionally after a literal prefix. */
export interface TokenShape {
  readonly alphabet: Alphabet;
  /**
   * Exact length, or [min, max] inclusive (of the part after `prefix`). Ignored for uuid. At most
   * LONG_TOKEN: a long format (a Laravel Passport JWT of ~1,000 characters) declares its own range.
   */
  readonly length?: number | readonly [number, number];
  /** Literal text the value starts with (case-sensitive): `hawk.`, `key-`. */
  readonly prefix?: string;
  /**
   * True when the vendor also publishes identifiers of this shape (a project id in its badge URLs):
   * then the vendor's name alone before the value (`"CODACY": "<32 hex>"`, a README template's badge
   * field) names the id as often as the key, and only a key-like word (`CODACY_PROJECT_TOKEN`) makes
   * it a credential.
   */
  readonly sharedWithIds?: boolean;
}

export interface VendorTokenSpec {
  /** Stable detector id: `<vendor>-<kind>`, e.g. `finnhub-api-key`. */
  readonly id: string;
  readonly title: string;
  /** The vendor's name as its users write it: `Finnhub`. */
  readonly vendor: string;
  /** Who makes its secrets (Detector.secrets): 'chosen' for a key set by hand. */
  readonly secrets?: 'generated' | 'chosen' | 'identifier';
  /**
   * Lowercase words that name the vendor where its key is set (4+ characters, so that they are
   * rare in code): `finnhub`, `toggl`. Matched anywhere, inside identifiers too (`FINNHUB_KEY`).
   */
  readonly names: readonly string[];
  /**
   * Lowercase words (3+ characters) that name the vendor only as the first word of an identifier
   * glued to a key-like word (COMPOUND_WORDS): `box` counts in `BOX_API_KEY`, `box-token`,
   * `boxSecret`, `BoxAccessToken`, never in `sandbox_key`, `x-box-token`, `MY_BOX_KEY` or `box = …`.
   * For vendors called by a common word (COMMON_WORDS may hold them). The prefilter keywords are the
   * compound forms (`box_key`, `box-api`, `boxtoken` …), never the bare word.
   */
  readonly compoundNames?: readonly string[];
  /** The value's shape (several when the vendor has key formats of different shapes). */
  readonly token: TokenShape | readonly TokenShape[];
  /** Default 'high'. */
  readonly severity?: Severity;
  /**
   * Default true: a key-like word (key, token, secret, password, auth, access, credential, api,
   * bearer, private, sid, signature) must stand between the name and the value or in the name's
   * identifier. Set false only for names that are themselves a credential's name (`sonar.login`).
   */
  readonly needsKeyWord?: boolean;
  /** Default: revoke it in the vendor's console, issue a new one, load it from a secret store. */
  readonly remediation?: string;
  /**
   * True when the value found at `[start, end)` is one the vendor publishes by design where it stands
   * (a search-only key in a documentation site's search widget): not reported.
   */
  readonly isPublic?: (text: string, start: number, end: number) => boolean;
  readonly examples: {
    /** At least two, with values written for the test (never copied from elsewhere). */
    readonly positive: readonly Example[];
    /** The kit adds two of its own: the value without the vendor's name, and a reference. */
    readonly negative?: readonly Example[];
  };
}

/** How far after the end of a vendor name the value may start (same line only). */
export const REACH = 64;

/** The longest token a shape may declare: long formats are bounded too (a run is read to max + 1 at most). */
export const LONG_TOKEN = 2048;

/** Key-like words a compound name is glued to (`box_api_key`, `boxToken`, `box-client-secret`). */
export const COMPOUND_WORDS: readonly string[] = ['api', 'key', 'token', 'secret', 'access', 'private', 'client'];
/** How a compound name joins its key-like word (`.`: a dotted property, `box.client.secret=…`). */
const COMPOUND_JOINS = ['_', '-', '', '.'];

/** Lines of a block opened on the name's line (`variable "acme_api_key" {`) read for the value. */
export const BLOCK_LINES = 6;
/** Characters of one block line read for its key and value. */
const BLOCK_LINE_REACH = 160;
/** The rest of the name's line opens a block: `_api_key" {`, `": {`, ` = {`. */
const BLOCK_OPENER = /^[\w.-]{0,40}["'`]?\s{0,3}(?:[:=]\s{0,3})?\{\s{0,3}$/;
/**
 * The rest of a YAML key's line that opens a mapping (`acme:`), and of a TOML or INI section header
 * (`[acme]`, `[acme.prod]`, a TOML array of tables `[[outputs.acme_v2]]`).
 */
const MAPPING_OPENER = /^[\w.-]{0,40}["']?\s{0,3}:\s{0,3}$/;
const SECTION_OPENER = /^[\w.-]{0,40}\]\]?\s{0,3}$/;
/** What may stand before the name on a section header's line: `[`, `[[`, dotted parents (`[[outputs.`). */
const SECTION_LEAD = /^[ \t]*\[\[?(?:[\w-]{1,40}\.){0,3}$/;
/** A block line's key and operator: `  default = `, `  "api_key": `. */
const BLOCK_KEY = /[ \t]{0,24}(["']?)([A-Za-z_][\w.-]{0,40})\1[ \t]{0,3}(?:=|:)(?![=:])[ \t]{0,3}/y;
/** Keys whose value is the block's own: a Terraform variable's default, a setting's value. */
const BLOCK_VALUE_KEYS = new Set(['default', 'value']);

/** Key-like words, matched case-insensitively between the name and the value. */
const KEY_WORD = /key|token|secret|passw|pwd|auth|access|credential|api|bearer|private|sid|signature|login|pat(?![a-z])/i;

/** A name that ends in an id (`private_network_id`, `apiKeyId`, `token_uuid`): it names an identifier, whatever key-like word it holds. */
const ID_NAME = /(?:^|[_.-])(?:id|ids|uuid|guid|ID|IDS|UUID|GUID|Id)$|[a-z0-9](?:Id|ID|Ids|Uuid)$/;

/** True when a key name or the text between a vendor's name and a value says "key", not "the key's id". */
function saysKey(text: string): boolean {
  if (!KEY_WORD.test(text)) return false;
  // the last name before the operator and quotes that end the text
  let end = text.length;
  while (end > 0 && ' \t"\'`:=>'.includes(text[end - 1] as string)) end--;
  let start = end;
  while (start > 0 && isIdent(text.charCodeAt(start - 1))) start--;
  return start === end || !ID_NAME.test(text.slice(start, end));
}

/** A host name and the slash that opens its path (`api.codacy.com/`) in the text from a vendor's name to a value. */
const URL_HOST = /(?<![\w.-])[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}(?::\d{1,5})?\//g;

/**
 * Where a key-like word must stand for a value of a shape ids share (32 hex, a UUID): not in the host of a URL.
 * A Codacy badge's `https://api.codacy.com/project/badge/Grade/<project id>` names the vendor's API host, and
 * its path holds the project's id; a key in a URL is named in its path or query (`/token/…`, `?api_key=…`).
 */
function keyWordRegion(named: string, shape: CompiledShape): string {
  return (shape.uuid || shape.sharedWithIds) && named.includes('/') ? named.replace(URL_HOST, '/') : named;
}

/** The value as the first argument of a client named after the vendor: `Finnhub("…")`, `finnhub.Client('…')`. */
const CLIENT_CALL = /^[\w.]{0,24}\(\s{0,2}["'`]$/;

/** Name parts that make a candidate an identifier, not a value (`FINNHUB_KEY2`, `env.apiKey1`). */
const IDENTIFIER_PART = /(?:^|[_.-])(?:key|token|secret|password|env|api|id|url|name)(?:[_.-]|$)/;
/** camelCase name parts (`config.apiKey2`), looked for only in dotted or underscored values: random ones hold `vIdO` by chance. */
const CAMEL_PART = /[a-z](?:Key|Token|Secret|Password|Id|Url)(?:[A-Z0-9_]|$)/;

/** Values that stand in for a credential: references, templates, stand-in words, runs of one character. */
const STAND_IN = /example|placeholder|your|changeme|replace|insert|redacted|dummy|sample|xxxx|(.)\1{5,}/i;

const ALPHABETS: Record<Exclude<Alphabet, 'uuid'>, string> = {
  hex: '0123456789abcdef',
  HEX: '0123456789ABCDEF',
  Hex: '0123456789abcdefABCDEF',
  alnum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  'lower-alnum': 'abcdefghijklmnopqrstuvwxyz0123456789',
  'upper-alnum': 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  digits: '0123456789',
  base64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=',
  base64url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-=',
  token: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.',
};

/** Characters that, next to a run, make it part of a longer word: a token never ends mid-word. */
const WORD = new Uint8Array(128);
for (const c of ALPHABETS.alnum) WORD[c.charCodeAt(0)] = 1;

interface CompiledShape {
  readonly member: Uint8Array; // 1 for characters of the alphabet
  readonly min: number;
  readonly max: number;
  readonly prefix: string;
  readonly uuid: boolean;
  /** TokenShape.sharedWithIds: the bare vendor name is not enough. */
  readonly sharedWithIds: boolean;
  readonly digitsOnly: boolean;
  /** '=' is padding (base64 alphabets). */
  readonly padded: boolean;
}

/** One membership table per alphabet, shared by every entry (hundreds of entries are built at start-up). */
const MEMBERS = new Map<Alphabet, Uint8Array>();

function compileShape(shape: TokenShape): CompiledShape {
  const uuid = shape.alphabet === 'uuid';
  let member = MEMBERS.get(shape.alphabet);
  if (!member) {
    member = new Uint8Array(128);
    for (const c of uuid ? '0123456789abcdefABCDEF-' : ALPHABETS[shape.alphabet as Exclude<Alphabet, 'uuid'>]) member[c.charCodeAt(0)] = 1;
    MEMBERS.set(shape.alphabet, member);
  }
  const [min, max] = uuid ? [36, 36] : typeof shape.length === 'number' ? [shape.length, shape.length] : (shape.length ?? [20, 64]);
  if (!(min >= 8 && max >= min && max <= LONG_TOKEN)) throw new Error(`token length ${min}..${max} out of range`);
  const padded = shape.alphabet === 'base64' || shape.alphabet === 'base64url';
  return { member, min, max, prefix: shape.prefix ?? '', uuid, sharedWithIds: shape.sharedWithIds === true, digitsOnly: shape.alphabet === 'digits', padded };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when a run of the right length looks like a random value rather than a word or a name. */
function looksRandom(value: string, shape: CompiledShape): boolean {
  if (shape.uuid) return UUID.test(value) && !/^0{8}-/.test(value) && shannonEntropy(value.replace(/-/g, '')) >= 2.5;
  if (STAND_IN.test(value) || isStandIn(value) || (shape.prefix !== '' && isStandIn(shape.prefix + value))) return false;
  if (shape.digitsOnly) return shannonEntropy(value) >= 2.5;
  if (!/[0-9]/.test(value) || !/[A-Za-z]/.test(value)) return false;
  // an identifier is short: a long random value (a JWT) holds `aIdB` by chance
  if (IDENTIFIER_PART.test(value) || (value.length <= 128 && /[._]/.test(value) && CAMEL_PART.test(value))) return false;
  // words in camelCase or PascalCase (`adAccountUsersV2`, an endpoint's name in the path after the vendor's
  // `api.` host; `LeadFormResponses2`): a name someone wrote, which a generated value's case changes never spell
  if (isWordIdentifier(value)) return false;
  return shannonEntropy(value) >= (value.length >= 16 ? 3 : 2.5);
}

/**
 * Words too common in code and prose to name a vendor on their own: each occurrence is a keyword
 * hit the engine pays for on every file. A vendor called like one is named by a longer form
 * (`frontapp`, `front_api`, `line_channel`).
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  ('line lines front frame float column http https readme notify privacy courier hunter enigma guardian refiner semaphore ' +
    'moderation holistic magnetic chatbot impala ditto streak debounce envoy column lob box fly age data date time list ' +
    'item items text file files user users name type value values key keys token tokens secret auth login pass word ' +
    'form forms page pages view views node nodes test tests mock core base main index start stop open close read write ' +
    'send mail email post posts call client server service services config setting settings error errors event events ' +
    'model models stack cloud scale track check click flow work works link links image images video audio color ' +
    'frame plan task tasks note notes team teams sign unit ping push pull sync async hash path route routes rest query ' +
    'store state shop cart order orders price money bank card cards chat talk voice text sms call kite bird rocket ' +
    'monday square stripe slack box gist proxy cache queue pipe beam nest spark storm swift sauce crowd glass ' +
    'signal space zone point center central front back level layer label table tree trees graph chart report score ' +
    'ticket tickets survey polls poll answer quote quotes loop hook hooks block blocks build builds deploy release ' +
    'package packages module modules plugin plugins window document element string number object array buffer stream').split(' '),
);

/** Every detector this kit made: one matcher, so the hostile-input suites test it once (vendor-token.test.ts). */
const made = new WeakSet<Detector>();

export function isVendorToken(detector: Detector): boolean {
  return made.has(detector);
}

/**
 * The vendor's name and a value in the vendor's own shape with nothing but an operator between
 * (`wandb = "…"`, `WANDB: …`): the name is the key, no key-like word needed.
 */
const BARE_GAP = /^["'`]?\s{0,2}(?:[:=]|=>)?\s{0,2}["'`]?$/;


/** The vendor-name-plus-value detector described at the top of this file. */
export function vendorToken(spec: VendorTokenSpec): Detector {
  for (const name of spec.names) {
    if (name.length < 4 || name !== name.toLowerCase()) throw new Error(`${spec.id}: vendor name "${name}" must be lowercase, 4+ characters`);
    if (COMMON_WORDS.has(name)) throw new Error(`${spec.id}: "${name}" is too common a word to name a vendor; use a longer form`);
  }
  const compounds = [...(spec.compoundNames ?? [])].sort((a, b) => b.length - a.length);
  for (const name of compounds) {
    if (!/^[a-z][a-z0-9]{2,}$/.test(name)) throw new Error(`${spec.id}: compound name "${name}" must be one lowercase word of 3+ characters`);
  }
  if (spec.names.length + compounds.length === 0) throw new Error(`${spec.id}: no vendor name`);
  const shapes = (Array.isArray(spec.token) ? spec.token : [spec.token as TokenShape]).map(compileShape);
  const needsKeyWord = spec.needsKeyWord ?? true;
  // a name written with `_` inside is also read with a dot there (`azure_openai` in `azure.openai.api.key=`: Java properties)
  const dotted = spec.names.filter((name) => /[a-z0-9]_[a-z0-9]/.test(name)).map((name) => name.replace(/_(?=[a-z0-9])/g, '.'));
  const keywords = [...new Set([...spec.names, ...dotted, ...compounds.flatMap((name) => COMPOUND_JOINS.flatMap((join) => COMPOUND_WORDS.map((word) => name + join + word)))])];
  const finder = keywordRegExp(keywords);
  const names = [...spec.names].sort((a, b) => b.length - a.length);
  /** Words a value must not contain: a value holding the vendor's name is a stand-in (`finnhub_key_1234…`). */
  const ownWords = [...names, ...compounds];

  /** The length of the vendor name at `at` (case-insensitive), or 0; for a compound name, with its key-like word. */
  function nameAt(text: string, at: number): number {
    for (const name of names) if (wordAt(text, at, name) && (!SHORT_LEAD.test(name) || !isLetter(text.charCodeAt(at - 1)))) return name.length;
    if (compounds.length === 0 || !startsIdentifier(text, at)) return 0;
    for (const name of compounds) {
      if (!wordAt(text, at, name)) continue;
      let end = at + name.length;
      const join = text.charCodeAt(end);
      if (join === 0x5f /* _ */ || join === 0x2d /* - */ || join === 0x2e /* . */) end++;
      // one key-like word, or two glued (`box_apikey`, `boxAccessToken`), ending where a word ends
      for (let words = 0; words < 2; words++) {
        const length = compoundWordAt(text, end);
        if (length === 0) break;
        end += length;
        if (wordEnds(text, end)) return end - at;
      }
    }
    return 0;
  }

  /** The first acceptable value after the name ending at `from`, on the same line, within REACH. */
  function valueAfter(text: string, nameStart: number, from: number): Match | undefined {
    const reach = Math.min(text.length, from + REACH);
    let limit = from;
    while (limit < reach && text.charCodeAt(limit) !== 0x0a) limit++; // same line; never a search to the end of the text
    // the identifier the name sits in: `MY_FINNHUB_API_KEY` counts as naming a key
    let identStart = nameStart;
    while (identStart > 0 && identStart > nameStart - 32 && isIdent(text.charCodeAt(identStart - 1))) identStart--;
    for (const shape of shapes) {
      const found = scanRuns(text, identStart, from, from, limit, shape, false);
      if (found) return found;
    }
    if (limit >= text.length || text.charCodeAt(limit) !== 0x0a) return undefined;
    const rest = text.slice(from, limit);
    if (BLOCK_OPENER.test(rest)) return valueInBlock(text, KEY_WORD.test(text.slice(identStart, limit)), limit + 1);
    // a YAML mapping or a TOML/INI section named after the vendor: `acme:` / `[acme]`, then `api_key: …`
    const lineStart = text.lastIndexOf('\n', identStart - 1) + 1;
    const lead = text.slice(lineStart, identStart);
    if (MAPPING_OPENER.test(rest) && /^[ \t]*["']?$/.test(lead)) return valueInBlock(text, false, limit + 1, { indent: lead.replace(/["']$/, '').length });
    if (SECTION_OPENER.test(rest) && SECTION_LEAD.test(lead)) return valueInBlock(text, false, limit + 1, { section: true });
    // `- name: ACME_API_KEY` then `value: …` (Kubernetes, ECS, Terraform): the name is a key's value
    let identEnd = from;
    while (identEnd < limit && isIdent(text.charCodeAt(identEnd))) identEnd++;
    const pair = pairedValue(text, identStart, identEnd);
    if (pair) {
      for (const shape of shapes) {
        const found = scanRuns(text, identStart, identEnd, pair.start, pair.end, shape, false); // the key-like word is the name's
        if (found) return found;
      }
      return undefined;
    }
    // `Acme API key:` alone on its line, the value opening the next one
    // (or a YAML block scalar's first line: `acme_api_key: |`)
    if (!/[:=]\s{0,3}(?:[|>][-+]?\s{0,3})?$|key\s{0,3}$|token\s{0,3}$|secret\s{0,3}$/i.test(rest)) return undefined;
    let next = limit + 1;
    while (next < text.length && next < limit + 9 && /[\s"'`]/.test(text[next] as string) && text.charCodeAt(next) !== 0x0a) next++;
    for (const shape of shapes) {
      const found = scanRuns(text, identStart, from, next, next + 1, shape, false);
      if (found) return found;
    }
    return undefined;
  }

  /**
   * The value of a block the name opens (`variable "acme_api_key" {`, `"acme": {`), in its first
   * BLOCK_LINES lines: under a key-like key (`api_key = …`, `"token": …`), or under `default` /
   * `value` when the block's own name has the key-like word. Stops at the block's end or a nested block.
   */
  function valueInBlock(text: string, namedKey: boolean, lineStart: number, ends: { indent?: number; section?: boolean } = {}): Match | undefined {
    for (let line = 0; line < BLOCK_LINES && lineStart < text.length; line++) {
      let lineEnd = lineStart;
      const lineReach = Math.min(text.length, lineStart + BLOCK_LINE_REACH);
      while (lineEnd < lineReach && text.charCodeAt(lineEnd) !== 0x0a) lineEnd++;
      // a YAML mapping ends at a line indented no deeper than its key; a section at the next header
      let indent = 0;
      while (indent < lineEnd - lineStart && (text.charCodeAt(lineStart + indent) === 0x20 || text.charCodeAt(lineStart + indent) === 0x09)) indent++;
      const blank = lineStart + indent >= lineEnd || text.charCodeAt(lineStart + indent) === 0x23; /* # */
      if (!blank && ends.indent !== undefined && indent <= ends.indent) return undefined;
      if (!blank && ends.section && text.charCodeAt(lineStart + indent) === 0x5b /* [ */) return undefined;
      BLOCK_KEY.lastIndex = lineStart;
      const m = BLOCK_KEY.exec(text);
      if (m) {
        const key = m[2] as string;
        const valueStart = lineStart + m[0].length;
        if (text.charCodeAt(valueStart) === 0x7b /* { */) return undefined; // a nested block
        if (saysKey(key) || (namedKey && BLOCK_VALUE_KEYS.has(key.toLowerCase()))) {
          for (const shape of shapes) {
            const found = scanRuns(text, valueStart, valueStart, valueStart, lineEnd, shape, true);
            if (found) return found;
          }
        }
      } else if (/^\s{0,24}[}\]]/.test(text.slice(lineStart, lineEnd))) {
        return undefined; // the block ended
      }
      // a line longer than the reach is not a block's setting line: stop there
      if (lineEnd >= text.length || text.charCodeAt(lineEnd) !== 0x0a) return undefined;
      lineStart = lineEnd + 1;
    }
    return undefined;
  }

  function scanRuns(text: string, identStart: number, from: number, scanFrom: number, limit: number, shape: CompiledShape, keyed: boolean): Match | undefined {
    const { prefix } = shape;
    let i = scanFrom;
    while (i < limit) {
      let bodyStart = i;
      if (prefix) {
        // searched up to `limit` only: an unbounded indexOf from each of a megabyte of vendor names
        // with no prefix after them read to the end of the text every time (quadratic)
        const found = text.slice(i, Math.min(text.length, limit + prefix.length - 1)).indexOf(prefix);
        if (found === -1) return undefined;
        const at = i + found;
        if (at > 0 && isWordCode(text.charCodeAt(at - 1))) {
          i = at + 1;
          continue;
        }
        bodyStart = at + prefix.length;
      } else {
        const code = text.charCodeAt(i);
        if (code >= 128 || shape.member[code] !== 1) {
          i++;
          continue;
        }
      }
      // a uuid run does not start with the dash that joins it to a word (`key-<uuid>`)
      while (shape.uuid && !prefix && text.charCodeAt(bodyStart) === 0x2d && bodyStart < limit) bodyStart++;
      let end = bodyStart;
      // a run may end past `limit` (a value starting near the edge): it is judged whole, bounded by max
      while (end < text.length && end - bodyStart <= shape.max) {
        const c = text.charCodeAt(end);
        if (c >= 128 || shape.member[c] !== 1) break;
        // '=' is base64 padding: it ends a value, never joins a name to one (`NAME_KEY=value`)
        if (c === 0x3d && shape.padded) {
          while (end < text.length && text.charCodeAt(end) === 0x3d) end++;
          if (end < text.length && text.charCodeAt(end) < 128 && shape.member[text.charCodeAt(end)] === 1) end = firstEquals(text, bodyStart, end);
          break;
        }
        end++;
      }
      const accepted = judge(text, identStart, from, bodyStart - prefix.length, bodyStart, end, shape, keyed);
      if (accepted) return accepted;
      i = prefix ? bodyStart : end + 1;
    }
    return undefined;
  }

  /** `keyed`: a key-like word was already found (a block's name or key), so none need stand before the value. */
  function judge(text: string, identStart: number, from: number, start: number, bodyStart: number, end: number, shape: CompiledShape, keyed: boolean): Match | undefined {
    // a run glued to more word characters is part of a longer word (the run's alphabet is narrower)
    if (!shape.prefix && start > 0 && isWordCode(text.charCodeAt(start - 1))) return undefined;
    if (end < text.length && isWordCode(text.charCodeAt(end))) return undefined;
    let body = text.slice(bodyStart, end);
    // trailing dots and dashes belong to the sentence, not the token
    while (body.length > 0 && (body.endsWith('.') || body.endsWith('-')) && !shape.uuid) body = body.slice(0, -1);
    if (body.length < shape.min || body.length > shape.max) return undefined;
    const before = text.charCodeAt(start - 1);
    if (before === 0x24 /* $ */ || before === 0x25 /* % */ || (before === 0x7b /* { */ && text.charCodeAt(start - 2) === 0x24)) return undefined;
    const valueEnd = bodyStart + body.length;
    // a GUID in braces is a Windows/COM or project id (`{32A2…}` in a .sln), never a key
    if (shape.uuid && before === 0x7b /* { */ && text.charCodeAt(valueEnd) === 0x7d /* } */) return undefined;
    if (shape.member[0x2f] !== 1 && isBase64Piece(text, start, valueEnd)) return undefined;
    if (isResourceId(text, start, valueEnd)) return undefined;
    // a UUID where the format is wider (base64url, alphanumerics: `https://api.bitbucket.org/2.0/users/{<uuid>}`) is an id
    if (!shape.uuid && UUID.test(body)) return undefined;
    if (!looksRandom(body, shape)) return undefined;
    const value = shape.prefix + body;
    const lower = value.toLowerCase();
    for (const name of ownWords) if (lower.includes(name)) return undefined;
    // a uuid is far more often an id (an app id, a tenant) than a key: only a key-like word makes it one
    const named = keyed || saysKey(keyWordRegion(text.slice(identStart, start), shape));
    if (needsKeyWord && !named && (shape.uuid || shape.sharedWithIds || (!CLIENT_CALL.test(text.slice(from, start)) && !BARE_GAP.test(text.slice(from, start))))) return undefined;
    if (!named && isListedDigest(text, start, value)) return undefined;
    if (!gapIsShort(text.slice(from, start))) return undefined;
    return { start, end: start + value.length, secret: value };
  }

  function* detect(input: DetectorInput): Iterable<Match> {
    const { text } = input;
    let done = 0;
    for (const at of keywordStarts(text, input.keywordStarts, finder)) {
      if (at < done) continue;
      const length = nameAt(text, at);
      if (length === 0) continue;
      const found = valueAfter(text, at, at + length);
      if (!found) continue;
      done = found.end;
      if (spec.isPublic?.(text, found.start, found.end)) continue;
      yield found;
    }
  }

  /** The kit's own negatives, built when the examples are read (tests, --explain), not at every start-up. */
  const autoNegatives = (): Example[] => {
    const out: Example[] = [];
    const first = spec.examples.positive[0];
    if (first) {
      let renamed = first.text;
      for (const name of ownWords) renamed = renamed.replace(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), 'widget');
      out.push({ text: renamed, path: first.path, why: 'the same value without the vendor name' });
    }
    const shortest = [...ownWords].sort((a, b) => a.length - b.length)[0] ?? 'vendor';
    const envName = `${shortest.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_API_KEY`;
    out.push({ text: `${envName.toLowerCase()} = "\${${envName}}"`, why: 'a reference to the environment' });
    return out;
  };
  let examples: Detector['examples'] | undefined;

  const detector: Detector = {
    id: spec.id,
    title: spec.title,
    vendor: spec.vendor,
    ...(spec.secrets ? { secrets: spec.secrets } : {}),
    policy: 'no-committed-credentials',
    severity: spec.severity ?? 'high',
    keywords,
    // a value with a literal prefix (`0/`, `hawk.`) is more specific than a bare run of the same vendor
    priority: shapes.every((sh) => sh.prefix !== '') ? 45 : 40,
    remediation:
      spec.remediation ??
      `Revoke this ${spec.vendor} credential in ${spec.vendor}'s console and issue a new one; load the new one from the ` +
        'environment or a secret store at run time. The old value stays in git history, so revoking it is the fix.',
    detect,
    ...(spec.isPublic ? { isPublishedAt: spec.isPublic } : {}),
    get examples(): Detector['examples'] {
      examples ??= { positive: spec.examples.positive, negative: [...(spec.examples.negative ?? []), ...autoNegatives()] };
      return examples;
    },
  };
  made.add(detector);
  return detector;
}

/**
 * A digest listed under the vendor's bare name in a table of checksums: a build script's
 * `SENTRY_XCFRAMEWORK_CHECKSUMS = { '9.26.0' => { 'Sentry' => '<sha256>' } }`, a lock of `sha256s` keyed by
 * product. Hex of a digest's length (MD5, SHA-1, SHA-256, SHA-512), with no key-like word in its name, and a word
 * of checksums on its line or in the 8 lines (1 KiB) above it. A key-like name (`SENTRY_TOKEN = …`) is judged as before.
 */
const DIGEST_LENGTHS: ReadonlySet<number> = new Set([32, 40, 64, 128]);
const CHECKSUM_WORDS = /checksums?|sha-?(?:1|224|256|384|512)(?:sums?)?|digests?|integrity|hashes/i;

function isListedDigest(text: string, start: number, value: string): boolean {
  if (!DIGEST_LENGTHS.has(value.length) || !/^(?:[0-9a-f]+|[0-9A-F]+)$/.test(value)) return false;
  let from = start;
  for (let lines = 0; lines <= 8 && from > 0 && start - from < 1024; lines++) from = text.lastIndexOf('\n', from - 1);
  return CHECKSUM_WORDS.test(text.slice(Math.max(0, from, start - 1024), start));
}

/**
 * True when the run [start, end) is a piece of a longer base64 value (a signature, a digest, an
 * encoded blob): glued by '+' or '/' to more base64 that ends in '=' padding (`x9Kq…/M9pg=`), or
 * following a '+' of one. A URL path segment (`/v1/<key>/feed`) has no padding after it.
 */
function isBase64Piece(text: string, start: number, end: number): boolean {
  if (start > 0 && text.charCodeAt(start - 1) === 0x2b /* + */ && start > 1 && isWordCode(text.charCodeAt(start - 2))) return true;
  const next = text.charCodeAt(end);
  if (next !== 0x2b /* + */ && next !== 0x2f /* / */) return false;
  let i = end;
  while (i < text.length && i - end < 1024) {
    const c = text.charCodeAt(i);
    if (!(c === 0x2b || c === 0x2f || isWordCode(c))) break;
    i++;
  }
  return next === 0x2b ? isWordCode(text.charCodeAt(end + 1)) : text.charCodeAt(i) === 0x3d /* = */ && i - end > 1;
}

/** Path segments that name a resource whose id follows: `/users/<id>`, `/identity/user/<id>`, `/commit/<sha>`, `/diff/<sha>`. */
const RESOURCE_SEGMENT = /\/(?:users?|identity|profiles?|members?|customers?|accounts?|orders?|ids?|uids?|commits?|diff|patch|blob|tree|tags?|releases?|sha|objects?|items?|devices?|sessions?|invoices?|payments?|transactions?)\/$/i;

/** A file extension ending a path segment: `.png`, `.json`, `.tar.gz` ends in `.gz`. */
const FILE_EXTENSION = /^\.[A-Za-z][A-Za-z0-9]{1,4}(?![\w-])/;

/** A package archive's name ending just before a `#`. */
const ARCHIVE_BEFORE_HASH = /\.(?:tgz|tar\.gz|zip|whl|jar|gem|crate|nupkg)#$/;

/**
 * True when the value is a path segment that names something: the id after a resource's name in a URL
 * or path, or a file's name (`…/photos/2015/Feb/26/3613917261-0-avatar_avatar.png`); or the checksum of
 * a package archive in its URL (`…/serverless-functions-api-1.7.3.tgz#74ef…`).
 */
function isResourceId(text: string, start: number, end: number): boolean {
  // a package archive's checksum in its URL's fragment (a yarn.lock's `resolved "…/api-1.7.3.tgz#<sha1>"`)
  if (text.charCodeAt(start - 1) === 0x23 /* # */) return ARCHIVE_BEFORE_HASH.test(text.slice(Math.max(0, start - 12), start));
  if (text.charCodeAt(start - 1) !== 0x2f /* / */) return false;
  return RESOURCE_SEGMENT.test(text.slice(Math.max(0, start - 16), start)) || FILE_EXTENSION.test(text.slice(end, end + 8));
}

/** The position of the first '=' at or after `from` (padding followed by more text: the value ended there). */
function firstEquals(text: string, from: number, before: number): number {
  const at = text.indexOf('=', from);
  return at === -1 || at > before ? before : at;
}

/**
 * A name that starts with an abbreviation of three characters or fewer (`dd_api`, `hc_api_key`): it
 * counts only where a word starts, not glued to letters before it (`add_api_key` holds no `dd_api`).
 * Longer names may sit inside an identifier (`MY_FINNHUB_API_KEY`).
 */
const SHORT_LEAD = /^[a-z0-9]{1,3}[_.-]/;

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** True when `word` (lowercase) stands at `at`, in any case. */
function wordAt(text: string, at: number, word: string): boolean {
  if (text.length - at < word.length) return false;
  for (let k = 0; k < word.length; k++) {
    let c = text.charCodeAt(at + k);
    if (c >= 65 && c <= 90) c += 32;
    const w = word.charCodeAt(k);
    // a `_` inside a name is also a dot (a dotted property name), not at its end (`canny_` is not `canny.io`)
    if (c !== w && !(w === 0x5f && c === 0x2e && k > 0 && k < word.length - 1)) return false;
  }
  return true;
}

/**
 * True when `at` starts an identifier's first word: no letter or digit before it, nor before the one
 * or two `_`/`-` it may start with (`--box-token` and `_boxKey` count; `sandbox_key`, `x-box-token`,
 * `MY_BOX_KEY` do not).
 */
function startsIdentifier(text: string, at: number): boolean {
  let before = at;
  while (before > 0 && at - before < 2 && (text.charCodeAt(before - 1) === 0x5f || text.charCodeAt(before - 1) === 0x2d)) before--;
  return before === 0 || !isWordCode(text.charCodeAt(before - 1));
}

/** The length of the compound key-like word at `at` (any case), or 0. */
function compoundWordAt(text: string, at: number): number {
  for (const word of COMPOUND_WORDS) if (wordAt(text, at, word)) return word.length;
  return 0;
}

/** True when a word ends before `at`: `boxKey|=`, `box_token|_url`, `boxApi|Key`; not `box_key|board`, `BOX_KEY|S`. */
function wordEnds(text: string, at: number): boolean {
  const last = text.charCodeAt(at - 1);
  const next = text.charCodeAt(at); // NaN at the end of the text
  const lowerNext = next >= 97 && next <= 122;
  if (last >= 97 && last <= 122) return !lowerNext;
  return !lowerNext && !(next >= 65 && next <= 90);
}

function isIdent(code: number): boolean {
  return (code < 128 && WORD[code] === 1) || code === 0x5f /* _ */ || code === 0x2e /* . */ || code === 0x2d; /* - */
}

function isWordCode(code: number): boolean {
  return code < 128 && WORD[code] === 1;
}

/**
 * What may stand between the name and the value: an operator, quotes, a few words of a key name
 * (`secret key:`, `_ACCESS_TOKEN" => "`), not a sentence. At most four words and no sentence stop.
 */
function gapIsShort(gap: string): boolean {
  if (/[.!?]\s+[A-Z]/.test(gap)) return false;
  let words = 0;
  // path segments of a URL (`/api/v1/devices/`) are not words of a sentence
  for (const _ of gap.replace(/[\w.~-]{0,64}\//g, '/').matchAll(/[A-Za-z]{2,}/g)) if (++words > 4) return false;
  return true;
}

/** Several vendor tokens from a table. */
export function vendorTokens(specs: readonly VendorTokenSpec[]): Detector[] {
  return specs.map(vendorToken);
}

/** What `withVendorForms` needs to read a vendor's key the kit's way. */
export type VendorForms = Pick<VendorTokenSpec, 'names' | 'compoundNames' | 'token' | 'needsKeyWord'>;

/**
 * A vendor detector with a pattern of its own (a client call, an auth header, an API URL) that also
 * finds its key wherever the kit does: after the vendor's name in any syntax the kit reads
 * (`#define`, typed declarations, flags, YAML mappings and TOML sections, name/value pairs, blocks),
 * where the pattern alone reads only `NAME = value`. The pattern's matches come first; the kit's are
 * added where they overlap none of them and pass `accept` (the structure the pattern checks: a JWT's
 * header and signature).
 */
export function withVendorForms(detector: Detector, forms: VendorForms, accept: (secret: string) => boolean = () => true): Detector {
  const kit = vendorToken({ ...forms, id: detector.id, title: detector.title, vendor: detector.vendor ?? detector.title, examples: { positive: [] } });
  function* detect(input: DetectorInput): Iterable<Match> {
    const found = [...detector.detect(input)].sort((a, b) => a.start - b.start);
    yield* found;
    // both lists ascend: one pointer over the pattern's matches (thousands of each stay linear)
    let k = 0;
    for (const m of kit.detect(input)) {
      while (k < found.length && (found[k] as Match).end <= m.start) k++;
      const next = found[k];
      if (m.secret !== undefined && accept(m.secret) && (next === undefined || next.start >= m.end)) yield m;
    }
  }
  return { ...detector, keywords: [...new Set([...detector.keywords, ...kit.keywords])], detect };
}
