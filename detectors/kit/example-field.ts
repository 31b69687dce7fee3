// The value of a field named for an example, as API descriptions set one: OpenAPI's `example:` (YAML or
// JSON), OpenApiSpex's `example: "Bearer …"` (Elixir), springdoc's `@Schema(example = "…")`, a pydantic
// `Field(examples=["…"])`, Ruby's `example => "…"`, the value on the same line or alone on the next.
// What an example field holds is shown by generated docs as a sample request, not sent. A real key
// pasted there is still a leak, so a finding in one is reported as sample material (context test,
// one severity lower), never dropped: the engine marks every detector's (detect-blob.ts, Placer).

const EXAMPLE_FIELD_BEFORE = /\b[Ee]xamples?["']?[ \t]{0,4}(?::|=>?)[ \t]{0,4}(?:\r?\n[ \t]{0,80})?[[(]?[ \t]{0,4}["'`]?(?:Bearer[ \t]{1,4}|Basic[ \t]{1,4}|Token[ \t]{1,4})?$/;

/** How far before the value the field's name is looked for (within a history window's margin). */
const REACH = 200;

/** True when the value at `at` is what a field named `example`/`examples` is set to. */
export function inExampleField(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - REACH), at);
  return before.includes('xample') && EXAMPLE_FIELD_BEFORE.test(before);
}
