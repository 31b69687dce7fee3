// Settings written as a pair of fields, one naming the setting and one holding its value: a Kubernetes
// container's `env` list (`- name: ACME_API_KEY` / `  value: "…"`), an ECS task definition's
// `environment` (`{"name": "ACME_API_KEY", "value": "…"}`), Terraform's and Nomad's blocks of the same
// shape (`name = "…"` / `value = "…"`). A vendor's detector reads its key after the key's name on one
// line; a pair piece is the same setting written so (`ACME_API_KEY=…`), and a match in its value is
// reported at the value's own bytes in the file. Only vendor detectors read pair pieces: the generic
// and practice detectors read the pair in the file as it stands.
import type { ByteRange, Decoded } from './decode.js';

/** Files where such pairs are written: manifests, task definitions, templates of them, HCL. */
const PAIR_FILE = /\.(?:ya?ml|json|tf|hcl|nomad|tpl|j2|jinja2?|template|tmpl)$/i;

/** The name field, then the value field on the next line or after a comma (either order is read by PAIR_REVERSED). */
const PAIR =
  /(?<![\w"'.-])["']?name["']?[ \t]{0,4}[:=][ \t]{0,4}(["']?)([A-Za-z_][\w.-]{0,80})\1[ \t]{0,4}(?:,[ \t]{0,4}|\r?\n[ \t]{0,40}(?:-[ \t]{1,4})?)["']?value["']?[ \t]{0,4}[:=][ \t]{0,4}(["']?)([^\s"'#,}\]][^\n"'}]{0,400}?)\3[ \t]{0,4}(?=[,}\r\n#]|$)/gm;
const PAIR_REVERSED =
  /(?<![\w"'.-])["']?value["']?[ \t]{0,4}[:=][ \t]{0,4}(["']?)([^\s"'#,}\]][^\n"'}]{0,400}?)\1[ \t]{0,4}(?:,[ \t]{0,4}|\r?\n[ \t]{0,40})["']?name["']?[ \t]{0,4}[:=][ \t]{0,4}(["']?)([A-Za-z_][\w.-]{0,80})\3[ \t]{0,4}(?=[,}\r\n#]|$)/gm;

/** At most this many pairs a part (a hostile file of millions stays bounded). */
const MAX_PAIRS = 2000;

/** True when the path is of a kind that writes settings as name/value pairs. */
export function mayHoldPairs(path: string): boolean {
  return PAIR_FILE.test(path);
}

/** The part's name/value pairs as pieces `NAME=value` (encoding 'pair'); none when it has no `value` field. */
export function pairPieces(bytes: Buffer): Decoded[] {
  if (!bytes.includes('value') || !bytes.includes('name')) return [];
  // latin1: one character per byte, so offsets are byte offsets
  const text = bytes.toString('latin1');
  const out: Decoded[] = [];
  for (const [pattern, nameGroup, valueGroup] of [[PAIR, 2, 4], [PAIR_REVERSED, 4, 2]] as const) {
    // own copies: a global RegExp's lastIndex is not shared between calls
    for (const m of text.matchAll(new RegExp(pattern.source, `${pattern.flags}d`))) {
      if (out.length >= MAX_PAIRS) return out;
      const name = m[nameGroup] as string;
      const value = m[valueGroup] as string;
      // (a credential is ASCII; a value of other bytes could cut a character of a file that is not UTF-8)
      if (/[^\x20-\x7e]/.test(value)) continue;
      const at = m.indices?.[valueGroup];
      if (at) out.push(new PairPiece(bytes, name, at[0], at[1]));
    }
  }
  return out;
}

/** `NAME=value` with the value's bytes from the file; positions in the value map back to them. */
class PairPiece implements Decoded {
  readonly bytes: Buffer;
  readonly encoding = 'pair';
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
