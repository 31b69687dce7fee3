// --format/--output pairs, for scan's reports and the audit's alike: the Nth --format goes with the
// Nth --output, a missing format comes from the file's name, a missing file is stdout, and at most
// one report goes to stdout. Every file is checked writable before any work is done.
import { extname, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { CliIo } from './io.js';
import { assertOutputWritable } from './output-file.js';

export interface Target<F extends string> {
  readonly format: F;
  /** Absolute; absent for stdout. */
  readonly file?: string;
}

export interface TargetKinds<F extends string> {
  /** What a file's extension says it holds ('.txt' is text for both). */
  readonly byExtension: Readonly<Record<string, F>>;
  /** The known names, for messages; validate throws the UsageError for an unknown one. */
  readonly validate: (format: string) => Promise<F> | F;
  /** How messages name the extensions to use: '.json, .sarif, .xml (JUnit), .md or .txt'. */
  readonly extensions: string;
  /** Said after an extension another command writes (`.html` for scan: the audit's). */
  readonly elsewhere?: Readonly<Record<string, string>>;
}

/** The format a file's name says; a one-line usage error for a name that says none. */
export function formatOfName<F extends string>(output: string, kinds: TargetKinds<F>): F {
  if (output === '-') return 'text' as F;
  const ext = extname(output).toLowerCase();
  const format = kinds.byExtension[ext];
  if (format !== undefined) return format;
  const hint = kinds.elsewhere?.[ext] ? ` (${kinds.elsewhere[ext]})` : '';
  throw new UsageError(`--output ${output}: cannot tell the format from "${ext || 'no extension'}"${hint}; name it ${kinds.extensions}, or pass --format`);
}

export async function resolveTargets<F extends string>(formats: readonly string[], outputs: readonly string[], io: CliIo, kinds: TargetKinds<F>): Promise<Target<F>[]> {
  if (formats.length > Math.max(outputs.length, 1)) {
    throw new UsageError(`--format ${formats.join(', ')}: ${formats.length} formats for ${outputs.length} --output files; give each report an --output`);
  }
  const targets: Target<F>[] = [];
  for (let i = 0; i < Math.max(formats.length, outputs.length, 1); i++) {
    const out = outputs[i];
    const given = formats[i];
    const format = await kinds.validate(given ?? (out !== undefined ? formatOfName(out, kinds) : 'text'));
    if (out === undefined || out === '-') {
      targets.push({ format });
      continue;
    }
    const file = resolve(io.cwd, out);
    await assertOutputWritable(file, out, io.cwd);
    targets.push({ format, file });
  }
  if (targets.filter((t) => t.file === undefined).length > 1) {
    throw new UsageError(`--output: only one report can go to stdout; give the others an --output file`);
  }
  return targets;
}
