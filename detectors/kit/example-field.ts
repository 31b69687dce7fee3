// The value of a field named for an example, as API descriptions set one: OpenAPI's `example:` (YAML or
// JSON), OpenApiSpex's `example: "Bearer …"` (Elixir), springdoc's `@Schema(example = "…")`, a pydantic
// `Field(examples=["…"])`, Ruby's `example => "…"`, the value on the same line or alone on the next.
// What an example field holds is shown by generated docs as a sample request, not sent. A real key
// pasted there is still a leak, so a finding in one is reported as sample material (context test,
// one severity lower), never dropped: the engine marks every detector's (detect-blob.ts, Placer).

/**
 * The field's name, then the value, perhaps after an authorization scheme (`Bearer …`) or a token's own colon-separated
 * labels (RFC 8959's `secret-token:`, a vendor's `secret-token:acme.example:v1:…`), which a detector may leave out of
 * what it matched (the base64 JWK inside).
 */
const EXAMPLE_FIELD_BEFORE = /\b[Ee]xamples?["']?[ \t]{0,4}(?::|=>?)[ \t]{0,4}(?:\r?\n[ \t]{0,80})?[[(]?[ \t]{0,4}["'`]?(?:Bearer[ \t]{1,4}|Basic[ \t]{1,4}|Token[ \t]{1,4}|(?:[A-Za-z][\w.+-]{0,39}:){1,4})?$/;

/** How far before the value the field's name is looked for (within a history window's margin). */
const REACH = 200;

/**
 * A field named for an example whose value is a structure: pydantic's `Field(examples=[…, {"username": …, "password": …}])`,
 * OpenAPI's `example: {…}` in JSON, an annotation set to one (`examples = @ExampleObject('''{"authToken": …}''')` in
 * Swagger's Java and Groovy annotations, or `@ExampleObject(value = …)` in a list). The values anywhere inside it are the sample's too.
 */
const EXAMPLE_STRUCTURE = /\b[Ee]xamples?["']?[ \t]{0,4}(?::|=>?)[ \t]{0,4}(?:@[A-Za-z][\w.]{0,60}[ \t]{0,4})?[[({]|@ExampleObject[ \t]{0,4}\(/g;
/** How far before the value a structure's opening is looked for (within a history window's margin). */
const STRUCTURE_REACH = 400;

/** True when the value at `at` is what a field named `example`/`examples` is set to, or lies inside the structure it is set to. */
export function inExampleField(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - REACH), at);
  if (!before.includes('xample')) return inExampleStructure(text, at) || inExampleBlock(text, at);
  return EXAMPLE_FIELD_BEFORE.test(before) || inExampleStructure(text, at) || inExampleBlock(text, at);
}

/**
 * An API description's example as a YAML block mapping: `example:` (or `'example':`, `examples:`,
 * `x-example:`) alone on its line, the sample request's fields indented under it, perhaps under a named
 * example's own keys (`examples:` → `login:` → `value:` → `password: …`). The schema around it
 * (`type:`, `properties:`, `description:`…) says it is an API description, not a config whose
 * service or section happens to be called `example`. Read within the 8 lines and 1 KiB a history's
 * window reaches around a change.
 */
const BLOCK_REACH = 1024;
const BLOCK_LINES = 8;
const EXAMPLE_BLOCK_KEY = /^[ \t]{0,80}["']?(?:x-)?examples?["']?[ \t]{0,4}:[ \t]{0,4}$/;
/** A key that opens a mapping (no value on its line): a named example (`login:`), its `value:`, a status code's `'200':`. */
const MAPPING_KEY = /^[ \t]{0,80}["']?[\w$.\/{}-]{1,80}["']?[ \t]{0,4}:[ \t]{0,4}$/;
/** A key of an OpenAPI or JSON Schema object near the example. */
const SCHEMA_KEY = /^[ \t]{0,80}["']?(?:type|description|properties|schema|summary|required|format|\$ref|requestBody|responses|operationId)["']?[ \t]{0,4}:/m;

function indentOf(line: string): number {
  let n = 0;
  while (n < line.length && (line[n] === ' ' || line[n] === '\t')) n++;
  return n;
}

function inExampleBlock(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - BLOCK_REACH), at);
  // the value's line must start within the window (not deep in a long line), below an example key
  if (!window.includes('\n') || !window.includes('xample') || !SCHEMA_KEY.test(window)) return false;
  const lines = window.split('\n');
  let indent = indentOf(lines[lines.length - 1] as string);
  // the first line may be cut by the window's edge: it is not read
  for (let k = lines.length - 2, n = 0; k >= 1 && n < BLOCK_LINES; k--, n++) {
    const line = (lines[k] as string).replace(/\r$/, '');
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const ind = indentOf(line);
    if (ind >= indent) continue; // a sibling field of the sample, or one nested under a sibling
    if (EXAMPLE_BLOCK_KEY.test(line)) return true;
    if (!MAPPING_KEY.test(line)) return false;
    indent = ind;
  }
  return false;
}

/** True when the last example field's bracket opened within STRUCTURE_REACH before `at` is still open at `at` (strings skipped). */
function inExampleStructure(text: string, at: number): boolean {
  const from = Math.max(0, at - STRUCTURE_REACH);
  const before = text.slice(from, at);
  if (!before.includes('xample')) return false;
  let open = -1;
  EXAMPLE_STRUCTURE.lastIndex = 0;
  for (let m = EXAMPLE_STRUCTURE.exec(before); m; m = EXAMPLE_STRUCTURE.exec(before)) open = m.index + m[0].length;
  if (open < 0) return false;
  let depth = 1;
  for (let k = open; k < before.length; k++) {
    const c = before[k] as string;
    if (c === '"' || c === "'") {
      // a string closed before the value: skip it; one still open is the value's own
      const close = before.indexOf(c, k + 1);
      if (close < 0) break;
      k = close;
    } else if (c === '[' || c === '(' || c === '{') depth++;
    else if (c === ']' || c === ')' || c === '}') {
      if (--depth === 0) return false;
    }
  }
  return depth > 0;
}
