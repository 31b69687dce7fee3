// The official SARIF 2.1.0 schema (fixtures/sarif/README.md) compiled once per worker. The schema
// marks 97 arrays `uniqueItems`, among them a run's rules: ajv checks that by comparing every pair
// deeply, 700,000 comparisons for a catalogue of 1,200 rules, most of a SARIF test's time. The
// keyword is checked here instead by each item's canonical JSON (keys sorted), the same test in
// linear time.
import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;

/** JSON with object keys sorted, so that equal values (in JSON Schema's sense) have equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

let compiled: ValidateFunction | undefined;

/** The schema's errors for `data` ("<path> <message>"), none for a valid log. */
export function sarifErrors(data: unknown): string[] {
  if (!compiled) {
    // strict: false only relaxes ajv's lint of the schema's own authoring (strictRequired); validation is unchanged.
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    ajv.removeKeyword('uniqueItems');
    ajv.addKeyword({
      keyword: 'uniqueItems',
      type: 'array',
      schemaType: 'boolean',
      error: { message: 'must NOT have duplicate items' },
      validate: (unique: boolean, items: unknown[]) => !unique || new Set(items.map(canonicalJson)).size === items.length,
    });
    compiled = ajv.compile(JSON.parse(readFileSync(new URL('../../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object);
  }
  const validate = compiled;
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}
