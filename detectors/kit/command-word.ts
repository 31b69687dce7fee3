// Whether a command's name (curl, wget) stands where a command line can start with it, by character
// codes: curl's own sources hold thousands of `curl` per file (curl_easy_setopt, libcurl), and a
// regex per occurrence cost more than the detectors it spares.

/** What may follow the name (after an optional `.exe`): any whitespace, or only a blank or a backslash ending the line. */
export type AfterCommandWord = 'space' | 'blank-or-continued';

const lowerAt = (text: string, i: number): number => text.charCodeAt(i) | 0x20;

/**
 * True when the 4-letter name at `at` is not glued to a letter, digit, `_` or one of `alsoNotAfter`
 * before it, and is followed as `after` says. Must accept every place a command pattern can match.
 */
export function commandWordAt(text: string, at: number, alsoNotAfter: string, after: AfterCommandWord): boolean {
  const before = at > 0 ? text.charCodeAt(at - 1) : 0x20;
  const lower = before | 0x20;
  if ((before >= 0x30 && before <= 0x39) || (lower >= 0x61 && lower <= 0x7a) || before === 0x5f) return false;
  for (let i = 0; i < alsoNotAfter.length; i++) if (alsoNotAfter.charCodeAt(i) === before) return false;
  let next = at + 4;
  if (text.charCodeAt(next) === 0x2e && lowerAt(text, next + 1) === 0x65 && lowerAt(text, next + 2) === 0x78 && lowerAt(text, next + 3) === 0x65) next += 4; // .exe
  const c = text.charCodeAt(next);
  if (after === 'space') return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c >= 0x80; // \s (a non-ASCII character may be a Unicode space)
  if (c === 0x20 || c === 0x09) return true;
  return c === 0x5c && (text.charCodeAt(next + 1) === 0x0a || (text.charCodeAt(next + 1) === 0x0d && text.charCodeAt(next + 2) === 0x0a));
}
