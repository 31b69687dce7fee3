// Settings written as a pair of fields, one naming the setting and one holding its value: a Kubernetes
// container's `env` list (`- name: ACME_API_KEY` / `  value: "…"`), an ECS task definition's
// `environment` (`{"name": "ACME_API_KEY", "value": "…"}`), Terraform's and Nomad's blocks of the same
// shape (`name = "…"` / `value = "…"`), and an Apple property list's `<key>ACME_API_KEY</key>` /
// `<string>…</string>` (an iOS app's Info.plist). A vendor's detector reads its key after the key's name on one
// line; a pair piece is the same setting written so (`ACME_API_KEY=…`), and a match in its value is
// reported at the value's own bytes in the file. Only vendor detectors read pair pieces: the generic
// and practice detectors read the pair in the file as it stands.
import type { ByteRange, Decoded } from './decode.js';

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

/**
 * The part's name/value pairs as pieces (encoding 'pair'); none when it has no `value` field and no property list key.
 * A pair whose name comes first is rewritten in place, in one copy of the whole part: the bytes from its name field to
 * its value become blanks and `NAME=` (and the value's opening quote), the same length, so that every offset stays the
 * file's and a detector still reads everything around the value (a Firebase config's project id, a test marker). A
 * pair whose value comes first has no room before the value: it becomes a piece of its own, `NAME=value`.
 */
export function pairPieces(bytes: Buffer): Decoded[] {
  const fields = bytes.includes('value') && bytes.includes('name');
  const plist = bytes.includes('<key>') && bytes.includes('<string>');
  if (!fields && !plist) return [];
  // latin1: one character per byte, so offsets are byte offsets
  const text = bytes.toString('latin1');
  const out: Decoded[] = [];
  let rewritten: Buffer | undefined;
  let pairs = 0;
  const patterns: (readonly [RegExp, boolean])[] = [];
  if (fields) patterns.push([PAIR, true], [PAIR_REVERSED, false]);
  if (plist) patterns.push([PLIST_PAIR, true]);
  for (const [pattern, nameFirst] of patterns) {
    // own copies: a global RegExp's lastIndex is not shared between calls
    for (const m of text.matchAll(new RegExp(pattern.source, `${pattern.flags}d`))) {
      if (pairs >= MAX_PAIRS) break;
      const groups = m.groups ?? {};
      const name = groups.name as string;
      const valueGroup = groups.dq !== undefined ? 'dq' : groups.sq !== undefined ? 'sq' : 'bare';
      const value = groups[valueGroup] as string;
      const at = m.indices?.groups?.[valueGroup];
      // (a credential is ASCII; a value of other bytes could cut a character of a file that is not UTF-8)
      if (!at || /[^\x20-\x7e]/.test(value)) continue;
      pairs++;
      if (!nameFirst) {
        out.push(new PairPiece(bytes, name, at[0], at[1]));
        continue;
      }
      const quote = text[at[0] - 1] === '"' || text[at[0] - 1] === "'" ? (text[at[0] - 1] as string) : '';
      const lead = `${name}=${quote}`;
      const from = m.index;
      if (at[0] - from < lead.length) continue;
      rewritten ??= Buffer.from(bytes);
      rewritten.fill(0x20, from, at[0] - lead.length);
      rewritten.write(lead, at[0] - lead.length, 'latin1');
    }
  }
  if (rewritten) out.push(new RewrittenPart(rewritten));
  return out;
}

/** The part with its pairs rewritten in place (same length): offsets are the file's. */
class RewrittenPart implements Decoded {
  readonly encoding = PAIR_ENCODING;

  constructor(readonly bytes: Buffer) {}

  report(a: number, b: number): ByteRange {
    return [a, b];
  }

  source(a: number, b: number): ByteRange {
    return [a, b];
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
