// Datasets of code chunks (the corpora and evaluation sets of retrieval and fine-tuning cookbooks, a
// benchmark's `{"content": "package com.acme;\n\nimport org.junit.Test;\n..."}` records) quote whole
// source files, and the files of a test suite among them: a JUnit class that checks a password hash
// against its plaintext, a Go test that parses a signed token. A value in such a quoted test file is
// the test vector it was in its own repository's test folder (test context there too), copied as
// text: it is test material, whatever the path of the dataset. Only JSON data files are read this
// way (a notebook's cells are the notebook's own code), and only inside the one JSON string that
// holds the value: a quoted file is a single string, its newlines written `\n`.

/** Data files whose records are JSON: a JSON document, JSON Lines. */
const JSON_DATA = /\.(?:json|jsonl|ndjson)$/i;

/** True for the files inQuotedTestSource reads. */
export function isJsonDataPath(path: string): boolean {
  return JSON_DATA.test(path);
}

/** How far back, at most, the opening quote of the string holding the value is looked for. */
const MAX_BACK = 16384;

/**
 * Marks of a unit test's code, as it reads quoted in a JSON string (`"` written `\"`, a newline `\n`):
 * JUnit and TestNG (`@Test`, their imports, `assertEquals(`), Go's `func TestX(t *testing.T)`, Rust's
 * `#[test]`, pytest and unittest (`def test_x(`, their imports), Jasmine, Mocha and Jest's `describe("`.
 */
const TEST_CODE = (() => {
  // a word's start: after a character that is none of a word's, or after a quoted `\n`, `\r`, `\t` (whose letter is)
  const b = String.raw`(?:(?<!\w)|(?<=\\[nrt]))`;
  return new RegExp(
    String.raw`@Test(?:\\[nr]|[ \t(])|${b}import[ \t]+(?:static[ \t]+)?org\.(?:junit|testng)\.|${b}assert(?:Equals?|True|False|That|NotNull|Null|Same|Throws|Raises)\(|` +
      String.raw`${b}func[ \t]+Test[A-Z0-9_]\w{0,60}\(t \*testing\.T\)|#\[test\]|${b}def[ \t]+test_\w{1,60}\(|${b}import[ \t]+(?:pytest|unittest)\b|${b}from[ \t]+unittest\b|${b}describe\((?:\\"|'|\`)`,
  );
})();

/** Newlines quoted in a JSON string: a file of several lines. */
const QUOTED_NEWLINE = /\\n/g;

/**
 * True when the value at `at` is inside a JSON string that quotes the source of a unit test (two or
 * more quoted newlines, then a mark of test code, before the value): a chunk of a test file in a
 * dataset of code. A string that quotes a configuration file or a script, no test code before the
 * value, is read as it stands.
 */
export function inQuotedTestSource(text: string, at: number): boolean {
  const from = Math.max(0, at - MAX_BACK);
  let open = -1;
  for (let i = at - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return false; // a JSON string holds no raw line break
    if (c !== 34) continue;
    let slashes = 0;
    for (let j = i - 1; j >= from && text.charCodeAt(j) === 92; j--) slashes++;
    if (slashes % 2 === 0) {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  const quoted = text.slice(open + 1, at);
  return (quoted.match(QUOTED_NEWLINE)?.length ?? 0) >= 2 && TEST_CODE.test(quoted);
}
