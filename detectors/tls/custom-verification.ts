// Go code that sets InsecureSkipVerify and is not skipping verification:
// - a tls.Config that also sets a VerifyConnection or VerifyPeerCertificate hook: crypto/tls then skips
//   only its own chain check and calls the hook, which verifies the peer the program's way (a pinned
//   root, another DNS name, a manual check after the handshake). Go's documentation names this as the
//   way to replace the default verification. A hook set to nil verifies nothing.
// - a websocket library's AcceptOptions (nhooyr.io/websocket, coder/websocket): there InsecureSkipVerify
//   turns off the Origin header check of a server accepting a WebSocket, no certificate is involved.
// Judged from the composite literal holding the key (`&tls.Config{…, InsecureSkipVerify: true, …}`), or, for an
// assignment (`c.InsecureSkipVerify = true`), from the block holding it, up to 1 KiB each way: as far as a
// history's window reaches around a change, so that a scan and a history judge the setting alike (a hook
// set further away is not seen, and the setting is reported).

/** How far the enclosing braces are looked for, each way: a config literal fits, as a short dialing function does. */
const REACH = 1024;

/** A hook that takes over the verification, given a value other than nil. */
const HOOK_KEY = /\b(?:VerifyConnection|VerifyPeerCertificate)[ \t]*:[ \t]*(?!nil\b)\S/;

/**
 * The offset of the `{` that opens the brace pair holding `at`, skipping Go strings, runes and comments
 * on the way back only roughly (a brace inside a string between them is rare): undefined past REACH.
 */
function enclosingOpen(text: string, at: number): number | undefined {
  let depth = 0;
  const stop = Math.max(0, at - REACH);
  for (let i = at - 1; i >= stop; i--) {
    const c = text[i];
    if (c === '}') depth++;
    else if (c === '{') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return undefined;
}

/**
 * The offset of the `}` closing the brace opened at `open`, reading Go's strings, raw strings, runes and
 * comments as such; undefined past REACH. Also gives the text at depth 1 (the literal's own keys), others blanked.
 */
function closeOf(text: string, open: number): { close: number; own: string } | undefined {
  let depth = 0;
  const own: string[] = [];
  const stop = Math.min(text.length, open + REACH);
  for (let i = open; i < stop; i++) {
    const c = text[i] as string;
    if (c === '/' && text[i + 1] === '/') {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? stop : nl - 1;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? stop : end + 1;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      for (; j < stop && text[j] !== c && (c === '`' || text[j] !== '\n'); j++) if (c !== '`' && text[j] === '\\') j++;
      if (depth === 1) own.push(' ');
      i = j;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return { close: i, own: own.join('') };
    if (depth === 1 && i > open) own.push(c);
  }
  return undefined;
}

/** True when the InsecureSkipVerify at `at` (a Go file's key or assignment) does not turn certificate checks off. */
export function notSkippingVerification(text: string, at: number, path: string): boolean {
  if (!path.endsWith('.go')) return false;
  const open = enclosingOpen(text, at);
  if (open === undefined) return false;
  if (/\bAcceptOptions[ \t]*$/.test(text.slice(Math.max(0, open - 40), open))) return true;
  const block = closeOf(text, open);
  if (!block) return false;
  // an assignment's receiver (`c` of `c.InsecureSkipVerify = true`); a key of a literal has none
  const receiver = /(?<![\w.])([A-Za-z_]\w{0,40}(?:\.[A-Za-z_]\w{0,40}){0,4})\.$/.exec(text.slice(Math.max(0, at - 210), at));
  if (receiver) {
    // `c.InsecureSkipVerify = true` … `c.VerifyConnection = func(…)`: the same config's hook, in the same block
    const name = (receiver[1] as string).replace(/[.$]/g, '\\$&');
    return new RegExp(`(?<![\\w.])${name}\\.(?:VerifyConnection|VerifyPeerCertificate)[ \\t]*=[ \\t]*(?!nil\\b)\\S`).test(text.slice(open, block.close));
  }
  return HOOK_KEY.test(block.own);
}
