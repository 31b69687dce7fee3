// Context checks for detectors whose secret has no prefix of its own (AWS secret keys, Twilio auth
// tokens): is it assigned to a telling name, or does a telling identifier stand close by?
// Every helper is linear in the few characters it looks at, so detectors can call them per candidate.

const NAME_CHAR = /[\w.$-]/;

/**
 * The identifier a value at `index` is assigned to on its line (`name = "v"`, `"name": "v"`, `name: v`,
 * `name := "v"`, `:name => 'v'`), or undefined when the value does not follow an assignment.
 */
export function nameBefore(text: string, index: number): string | undefined {
  let i = index;
  const skipSpaces = (): void => {
    for (let n = 0; n < 8 && (text[i - 1] === ' ' || text[i - 1] === '\t'); n++) i--;
  };
  if (i > 0 && `"'\``.includes(text[i - 1] as string)) i--;
  skipSpaces();
  if (text.startsWith(':=', i - 2) || text.startsWith('=>', i - 2)) i -= 2;
  else if (text[i - 1] === '=' || text[i - 1] === ':') i--;
  else return undefined;
  skipSpaces();
  if (text[i - 1] === '"' || text[i - 1] === "'") i--;
  const end = i;
  while (i > 0 && end - i < 80 && NAME_CHAR.test(text[i - 1] as string)) i--;
  return end > i ? text.slice(i, end) : undefined;
}

/** The name a value is assigned to, lowercased without separators (`aws_secret_access_key` → `awssecretaccesskey`). */
export function squashedNameBefore(text: string, index: number): string | undefined {
  return nameBefore(text, index)?.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
}

/** Start offsets of every match of a global pattern: computed once per text, then queried per candidate. */
export function anchorsIn(text: string, pattern: RegExp): number[] {
  const out: number[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) out.push(m.index);
  return out;
}

/** True when one of the sorted `anchors` starts within `radius` characters of the span [start, end). */
export function anchorNear(anchors: readonly number[], start: number, end: number, radius: number): boolean {
  let lo = 0;
  let hi = anchors.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((anchors[mid] as number) < start - radius) lo = mid + 1;
    else hi = mid;
  }
  return lo < anchors.length && (anchors[lo] as number) <= end + radius;
}
