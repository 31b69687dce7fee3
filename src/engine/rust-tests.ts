// Rust's unit tests live in the source file they test, in a module compiled only for `cargo test`:
//
//     #[cfg(test)]
//     mod tests {
//         …
//     }
//
// What they hold (a token, a password, a key a test deserializes) is test material as a `_test.go` file's or
// a `tests/` folder's is: a finding there is marked sample material (context test, one severity lower), not
// dropped. The library's code above the module is judged as code. `#[cfg(all(test, …))]` is a test module too;
// `#[cfg(not(test))]` is not.

/**
 * `#[cfg(test)]` at a line's start, maybe more attributes or comments, then `mod name {` at the same indent,
 * closing its line: its indent (1) is the one rustfmt gives the module's closing brace.
 */
const TEST_MODULE =
  /^([ \t]{0,40})#\[cfg\((?:all\([ \t]{0,4})?test\b[^\]\n]{0,200}\][ \t]{0,8}\r?\n(?:[ \t]{0,40}(?:#\[[^\n]{0,200}\]|\/\/[^\n]{0,400})[ \t]{0,8}\r?\n){0,4}[ \t]{0,40}(?:pub(?:\([\w: ]{1,40}\))?[ \t]{1,4})?mod[ \t]{1,4}[A-Za-z_]\w{0,60}[ \t]{0,4}\{[ \t]{0,8}\r?$/gm;

/**
 * Byte ranges of a Rust file's test modules: from the `mod` line to the first line at the module's indent that
 * is only its closing `}` (a raw string holding such a line ends the range early: less is marked, never more).
 * A module left unclosed is not marked.
 */
export function rustTestModules(bytes: Buffer): [number, number][] {
  const text = bytes.toString('latin1');
  if (!text.includes('#[cfg(')) return [];
  const regions: [number, number][] = [];
  TEST_MODULE.lastIndex = 0;
  for (let m = TEST_MODULE.exec(text); m; m = TEST_MODULE.exec(text)) {
    const open = m.index + m[0].length;
    const indent = m[1] as string;
    const close = new RegExp(`\\n${indent}\\}[ \\t]*(?:\\r?\\n|$)`, 'g');
    close.lastIndex = open;
    const end = close.exec(text);
    if (!end) break;
    regions.push([open, end.index + 1]);
    TEST_MODULE.lastIndex = end.index + 1;
  }
  return regions;
}
