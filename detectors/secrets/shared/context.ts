// Shared helpers for platform detectors whose token shape needs a vendor word nearby or a decodable body.

/**
 * The text around a match, without the match itself: at most `radius` characters either side,
 * cut at line breaks when `sameLine` is set. Excluding the match keeps a random token from
 * supplying its own context (a Telegram token that happens to contain "bot").
 */
export function around(text: string, m: RegExpExecArray, radius = 200, sameLine = true): string {
  const start = m.index;
  const end = start + m[0].length;
  let before = text.slice(Math.max(0, start - radius), start);
  let after = text.slice(end, Math.min(text.length, end + radius));
  if (sameLine) {
    before = before.slice(before.lastIndexOf('\n') + 1);
    const nl = after.indexOf('\n');
    if (nl !== -1) after = after.slice(0, nl);
  }
  return `${before}\u0000${after}`;
}

/** True when the value is canonical standard base64 of exactly `bytes` bytes (padding included). */
export function isBase64OfLength(value: string, bytes: number): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  const buf = Buffer.from(value, 'base64');
  return buf.length === bytes && buf.toString('base64') === value;
}

/** Percent-decodes the three characters base64 needs escaped in a URL (`+`, `/`, `=`). */
export function unescapeBase64(value: string): string {
  return value.replace(/%2B/gi, '+').replace(/%2F/gi, '/').replace(/%3D/gi, '=');
}
