// The value of a field named for an example, as API descriptions set one: OpenAPI's `example:` (YAML or
// JSON), OpenApiSpex's `example: "Bearer …"` (Elixir), springdoc's `@Schema(example = "…")`, a pydantic
// `Field(examples=["…"])`, Ruby's `example => "…"`, the value on the same line or alone on the next.
// What an example field holds is shown by generated docs as a sample request, not sent. A real key
// pasted there is still a leak, so a finding in one is reported as sample material (context test,
// one severity lower), never dropped: the engine marks every detector's (detect-blob.ts, Placer).

const EXAMPLE_FIELD_BEFORE = /\b[Ee]xamples?["']?[ \t]{0,4}(?::|=>?)[ \t]{0,4}(?:\r?\n[ \t]{0,80})?[[(]?[ \t]{0,4}["'`]?(?:Bearer[ \t]{1,4}|Basic[ \t]{1,4}|Token[ \t]{1,4})?$/;

/** How far before the value the field's name is looked for (within a history window's margin). */
const REACH = 200;

/**
 * A field named for an example whose value is a structure: pydantic's `Field(examples=[…, {"username": …, "password": …}])`,
 * OpenAPI's `example: {…}` in JSON. The values anywhere inside it are the sample's too.
 */
const EXAMPLE_STRUCTURE = /\b[Ee]xamples?["']?[ \t]{0,4}(?::|=>?)[ \t]{0,4}[[({]/g;
/** How far before the value a structure's opening is looked for (within a history window's margin). */
const STRUCTURE_REACH = 400;

/** True when the value at `at` is what a field named `example`/`examples` is set to, or lies inside the structure it is set to. */
export function inExampleField(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - REACH), at);
  if (!before.includes('xample')) return inExampleStructure(text, at);
  return EXAMPLE_FIELD_BEFORE.test(before) || inExampleStructure(text, at);
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
