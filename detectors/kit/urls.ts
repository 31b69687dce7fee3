// Small judgements about URLs that several detectors make the same way.

/** A loopback host: `localhost` (and `*.localhost`), 127.x.x.x, 0.0.0.0, `[::1]` in any spelling. */
export const LOCAL_HOST = /^(?:localhost|.*\.localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1\]|\[0{0,4}(?::0{0,4}){2,6}:0{0,3}1\])$/i;

/** `value` percent-decoded as a server reads it, or as written when it is not valid percent-encoding. */
export function percentDecoded(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
