// A small indentation-aware line scanner for Docker Compose files: enough YAML to find each
// service's `user`, `privileged` and `environment` entries (block style). Flow style
// (`environment: [A=1]`, `{A: 1}`), anchors merged in with `<<:`, aliases (`*name`: the value anchored
// elsewhere) and multi-document files beyond the first `services:` block are not followed; an anchored
// value (`KEY: &name value`) is read as its value. One pass over the lines.

/** A scalar found under a service: `user: root`, `privileged: true`, or one environment variable. */
export interface ComposeEntry {
  readonly service: string;
  /** `user`, `privileged`, or `environment` for an environment variable. */
  readonly key: string;
  /** The environment variable's name (environment entries only). */
  readonly name?: string;
  /** The unquoted value and its span in the text. */
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

const KEY = /^(?:([A-Za-z0-9_.-]{1,256})|"([^"]{0,256})"|'([^']{0,256})')[ \t]*:(?:[ \t]+|$)/;
const SERVICE_KEYS = new Set(['user', 'privileged', 'environment']);

/** Strips a trailing ` # comment` and surrounding quotes; returns the value's span relative to `from`. */
function scalar(line: string, from: number): { value: string; start: number; end: number } {
  let end = line.length;
  let quote = '';
  for (let i = from; i < line.length; i++) {
    const c = line[i];
    if (quote) { if (c === quote) quote = ''; }
    else if ((c === '"' || c === "'") && i === from) quote = c;
    else if (c === '#' && (line[i - 1] === ' ' || line[i - 1] === '\t')) { end = i; break; }
  }
  while (end > from && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  const q = line[from];
  if (end - from >= 2 && (q === '"' || q === "'") && line[end - 1] === q) return { value: line.slice(from + 1, end - 1), start: from + 1, end: end - 1 };
  return { value: line.slice(from, end), start: from, end };
}

/**
 * The node at `from`: an alias (`*db-password`) stands for a value anchored elsewhere and is undefined here;
 * an anchor (`&db-password listmonk`, `environment: &env`) names the value after it, which is the node's.
 */
function node(line: string, from: number): { value: string; start: number; end: number } | undefined {
  if (line[from] === '*') return undefined;
  if (line[from] === '&') {
    const anchor = /^&[^\s]{1,256}(?:[ \t]+|$)/.exec(line.slice(from, from + 300));
    if (!anchor) return undefined;
    return scalar(line, from + anchor[0].length);
  }
  return scalar(line, from);
}

let cache: { readonly text: string; readonly entries: readonly ComposeEntry[] } | undefined;

/** The entries of a Compose file. The last result is memoised: three detectors read the same text in a row. */
export function composeEntries(text: string): readonly ComposeEntry[] {
  if (cache?.text === text) return cache.entries;
  const entries = [...scanEntries(text)];
  cache = { text, entries };
  return entries;
}

function* scanEntries(text: string): Iterable<ComposeEntry> {
  let inServices = false;
  let serviceIndent = -1;
  let keyIndent = -1;
  let service = '';
  let inEnvironment = false;
  for (let pos = 0; pos < text.length;) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl < 0 ? text.length : nl;
    const offset = pos;
    const line = text.slice(pos, text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd);
    pos = lineEnd + 1;
    let indent = 0;
    while (line[indent] === ' ') indent++;
    if (indent === line.length || line[indent] === '#' || line.startsWith('---') || line.startsWith('...')) continue;
    const key = KEY.exec(line.slice(indent, indent + 600));
    const keyName = key ? (key[1] ?? key[2] ?? key[3] ?? '') : '';
    if (indent === 0) {
      inServices = keyName === 'services';
      serviceIndent = keyIndent = -1;
      inEnvironment = false;
      continue;
    }
    if (!inServices) continue;
    if (serviceIndent < 0) serviceIndent = indent;
    if (indent <= serviceIndent) {
      service = indent === serviceIndent ? keyName : '';
      keyIndent = -1;
      inEnvironment = false;
      continue;
    }
    if (keyIndent < 0) keyIndent = indent;
    if (indent <= keyIndent) {
      inEnvironment = false;
      if (indent < keyIndent || !key || !SERVICE_KEYS.has(keyName)) continue;
      const v = node(line, indent + key[0].length);
      if (!v) continue;
      if (keyName === 'environment') inEnvironment = v.value === '';
      else if (v.value !== '') yield { service, key: keyName, value: v.value, start: offset + v.start, end: offset + v.end };
      continue;
    }
    if (!inEnvironment || !service) continue;
    if (line[indent] === '-' && (line[indent + 1] === ' ' || line[indent + 1] === '\t')) {
      let from = indent + 2;
      while (line[from] === ' ') from++;
      const item = scalar(line, from);
      const eq = item.value.indexOf('=');
      if (eq <= 0) continue;
      const start = offset + item.start + eq + 1;
      yield { service, key: 'environment', name: item.value.slice(0, eq), value: item.value.slice(eq + 1), start, end: offset + item.end };
    } else if (key) {
      const v = node(line, indent + key[0].length);
      if (v) yield { service, key: 'environment', name: keyName, value: v.value, start: offset + v.start, end: offset + v.end };
    }
  }
}
