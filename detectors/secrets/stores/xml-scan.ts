// Reading XML without a parser, in linear time: where tags open and close, and which parts of a
// document only quote configuration (comments, CDATA, documentation markup).
import { xmlComments } from './values.js';

/**
 * Where tags open and close, read once left to right as the parse moves on (its positions only
 * grow): the last `<` and `>` before a position, and the first `>` after it. Linear in the text.
 */
export class TagCursor {
  private at = 0;
  private lastLt = -1;
  private lastGt = -1;
  private nextGt = -2; // -2: not searched yet; -1: no `>` after `nextGtFrom`
  private nextGtFrom = 0;
  constructor(private readonly text: string) {}

  /** The tag that `index` (an attribute's position) lies in: from its `<` to its `>`, or undefined. */
  around(index: number): [number, number] | undefined {
    if (index < this.at) return this.behind(index);
    for (; this.at < index; this.at++) {
      const c = this.text[this.at];
      if (c === '<') this.lastLt = this.at;
      else if (c === '>') this.lastGt = this.at;
    }
    const lt = this.lastLt;
    if (lt < 0 || lt < this.lastGt || index - lt > 2000 || !/[A-Za-z_]/.test(this.text[lt + 1] ?? '')) return undefined;
    if (this.nextGt === -2 || (this.nextGt >= 0 && this.nextGt < index) || (this.nextGt === -1 && index < this.nextGtFrom)) {
      this.nextGt = this.text.indexOf('>', index);
      this.nextGtFrom = index;
    }
    return this.nextGt < 0 || this.nextGt - lt > 4000 ? undefined : [lt, this.nextGt + 1];
  }

  /** The same for a position the cursor has passed (rare: a name longer than the parse reads): bounded searches. */
  private behind(index: number): [number, number] | undefined {
    let lt = -1;
    for (let i = index - 1; i >= 0 && index - i < 2000 && this.text[i] !== '>'; i--) {
      if (this.text[i] === '<') {
        lt = i;
        break;
      }
    }
    if (lt < 0 || !/[A-Za-z_]/.test(this.text[lt + 1] ?? '')) return undefined;
    for (let i = index; i < this.text.length && i - lt < 4000; i++) if (this.text[i] === '>') return [lt, i + 1];
    return undefined;
  }
}

/**
 * Documentation markup quotes configuration as text: Tomcat's and Maven's `<source>`, DocBook's
 * `<programlisting>` and `<screen>`, `<code>`, `<pre>`, and CDATA sections. Ranges found once per text.
 */
export function quotedRanges(text: string): [number, number][] {
  const out = xmlComments(text);
  for (let at = text.indexOf('<![CDATA['); at >= 0; ) {
    const close = text.indexOf(']]>', at + 9);
    const end = close < 0 ? text.length : close + 3;
    out.push([at, end]);
    at = text.indexOf('<![CDATA[', end);
  }
  const coveredUntil = new Map<string, number>(); // an open tag inside a range already found adds nothing
  for (const m of text.matchAll(/<(source|programlisting|screen|code|pre|example)[\s>]/g)) {
    const tag = m[1] as string;
    if (m.index < (coveredUntil.get(tag) ?? 0)) continue;
    const close = text.indexOf(`</${tag}>`, m.index);
    const end = close < 0 ? text.length : close;
    coveredUntil.set(tag, end);
    out.push([m.index, end]);
  }
  out.sort((a, b) => a[0] - b[0]);
  // merged, so that a binary search finds the one range around an offset
  const merged: [number, number][] = [];
  for (const r of out) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

const XML_ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

/** XML's five predefined entities decoded (`&amp;` → `&`): a value as the program that reads the file sees it. */
export function unescapeXml(value: string): string {
  return value.replace(/&(?:amp|lt|gt|quot|apos);/g, (e) => XML_ENTITIES[e] ?? e);
}
