// Where a JSON text first goes wrong, found by our own scan: V8's JSON.parse message quotes a
// snippet of the text (which could be a credential if the file is not what it seems), and its
// wording changes between Node versions, so messages are built from this offset alone.

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'] as const;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /[0-9a-fA-F]{4}/y;

/** The UTF-16 offset of the first syntax error in `text`, or undefined when it is valid JSON. */
export function jsonErrorOffset(text: string): number | undefined {
  const stack: string[] = []; // '{' or '[' per open container; iterative so deep nesting cannot overflow
  let expect: Expect = 'value';
  let i = 0;
  const afterValue = (): Expect => (stack.length > 0 ? 'comma-or-close' : 'end');
  for (;;) {
    i = skipSpace(text, i);
    if (i >= text.length) return expect === 'end' ? undefined : text.length;
    const c = text[i];
    if (expect === 'end') return i;
    if (expect === 'colon') {
      if (c !== ':') return i;
      i++;
      expect = 'value';
    } else if (expect === 'comma-or-close') {
      const top = stack.at(-1);
      if (c === ',') {
        i++;
        expect = top === '{' ? 'key' : 'value';
      } else if (c === (top === '{' ? '}' : ']')) {
        stack.pop();
        i++;
        expect = afterValue();
      } else return i;
    } else if (expect === 'key' || expect === 'key-or-close') {
      if (expect === 'key-or-close' && c === '}') {
        stack.pop();
        i++;
        expect = afterValue();
        continue;
      }
      if (c !== '"') return i;
      const end = scanString(text, i);
      if (end < 0) return -end - 1;
      i = end;
      expect = 'colon';
    } else {
      if (expect === 'value-or-close' && c === ']') {
        stack.pop();
        i++;
        expect = afterValue();
        continue;
      }
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        expect = c === '{' ? 'key-or-close' : 'value-or-close';
        continue;
      }
      const end = scanScalar(text, i);
      if (end < 0) return -end - 1;
      i = end;
      expect = afterValue();
    }
  }
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  return i;
}

/** End offset of the scalar at `i`, or -(error offset + 1). */
function scanScalar(text: string, i: number): number {
  if (text[i] === '"') return scanString(text, i);
  for (const word of LITERALS) if (text.startsWith(word, i)) return i + word.length;
  NUMBER.lastIndex = i;
  return NUMBER.test(text) ? NUMBER.lastIndex : -(i + 1);
}

/** End offset (after the closing quote) of the string opening at `start`, or -(error offset + 1). */
function scanString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return -(i + 1);
    if (c === 0x5c) {
      const next = text[i + 1];
      if (next === 'u') {
        HEX4.lastIndex = i + 2;
        if (!HEX4.test(text)) return -(i + 1);
        i += 6;
        continue;
      }
      if (next === undefined || !ESCAPES.has(next)) return -(i + 1);
      i += 2;
      continue;
    }
    i++;
  }
  return -(text.length + 1);
}

/** 1-based line and column (UTF-16 units) of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
