// The built CLI's catalogue (scripts/build.mjs): every built-in detector described by data written at
// build time (id, keywords, path globs, severity…: everything but its code and examples), and the
// module that makes it initialised only when a scan first runs it. A pre-commit hook whose staged
// lines name two vendors then builds those vendors' detectors, not all of them (initialising every
// module was a sixth of `staged`). From the sources (tests, the library) the catalogue is
// detectors/index.ts, built at once; both describe the same detectors (test/detectors/lazy.test.ts).
import type { Detector, DetectorInput, Example } from '../src/types.js';

/** A detector's fields but its code and examples: plain data, written into the bundle as JSON. */
export type DetectorFields = Omit<Detector, 'detect' | 'examples' | 'isPublishedAt'>;

/** What the build records of one detector: its fields, and where the bundle finds the detector itself. */
export interface LazyEntry {
  readonly fields: DetectorFields;
  /** Index of the module (in the list given to lazyCatalogue) that exports it. */
  readonly module: number;
  /** The export: the detector, or a list that holds it at `index`. */
  readonly name: string;
  readonly index?: number;
  /** The detector has code of its own for Detector.isPublishedAt, taken from its module too. */
  readonly publishes?: true;
}

/** A module's exports, as `import * as` or a bundle's require gives them. */
export type ModuleExports = Readonly<Record<string, unknown>>;

/**
 * The entries for `detectors` (the whole catalogue) found in `modules` (path and exports, the modules a
 * detector should be loaded from first): each detector in the first module that exports it, or in a
 * list it exports. Throws for a detector no module exports, and for a field that is not plain data
 * (the bundle could not carry it).
 */
export function describeCatalogue(detectors: readonly Detector[], modules: readonly (readonly [string, ModuleExports])[]): LazyEntry[] {
  const where = new Map<Detector, { module: number; name: string; index?: number }>();
  modules.forEach(([, exports], module) => {
    for (const name of Object.keys(exports).sort()) {
      const value = exports[name];
      if (Array.isArray(value)) {
        value.forEach((item, index) => {
          if (isDetector(item) && !where.has(item)) where.set(item, { module, name, index });
        });
      } else if (isDetector(value) && !where.has(value)) {
        where.set(value, { module, name });
      }
    }
  });
  return detectors.map((detector) => {
    const place = where.get(detector);
    if (!place) throw new Error(`detector ${detector.id}: no module exports it (export it, or the list that holds it, from its module)`);
    const { detect: _detect, examples: _examples, isPublishedAt, ...fields } = detector;
    const data = JSON.stringify(fields);
    if (!sameData(JSON.parse(data), fields)) throw new Error(`detector ${detector.id}: a field is not plain data (${data.slice(0, 80)}…), so the bundle cannot describe it`);
    return { fields, ...place, ...(isPublishedAt ? { publishes: true as const } : {}) };
  });
}

/**
 * The catalogue the bundle runs: `entries` (describeCatalogue's, in the catalogue's order) with each
 * detector's `detect` and `examples` taken from its module on first use. `modules[i]()` initialises
 * and returns module i's exports (a require the bundler resolves).
 */
export function lazyCatalogue(entries: readonly LazyEntry[], modules: readonly (() => ModuleExports)[]): Detector[] {
  // each module's exports, once: the bundler's require builds a new namespace object (a getter per export) on every
  // call, and a module of a hundred detectors was asked once for each (13 ms of a 1,500-commit history)
  const loaded: (ModuleExports | undefined)[] = [];
  const exportsOf = (module: number): ModuleExports | undefined => (loaded[module] ??= modules[module]?.());
  return entries.map((entry) => {
    let real: Detector | undefined;
    const load = (): Detector => {
      if (real) return real;
      const value = exportsOf(entry.module)?.[entry.name];
      const found = entry.index === undefined ? value : Array.isArray(value) ? value[entry.index] : undefined;
      if (!isDetector(found) || found.id !== entry.fields.id) throw new Error(`the built catalogue does not match its modules at ${entry.fields.id}: rebuild (npm run build)`);
      real = found;
      return found;
    };
    // the fields' own object, with plain properties added: a getter per detector made this ten times slower
    const code = { detect: (input: DetectorInput) => load().detect(input), examples: new LazyExamples(load) };
    const published = entry.publishes ? { isPublishedAt: (text: string, start: number, end: number) => load().isPublishedAt?.(text, start, end) === true } : {};
    return Object.assign({ ...entry.fields }, code, published);
  });
}

/** A detector's examples, read from its module when first asked for (`detectors --explain`, tests). */
class LazyExamples implements Readonly<Detector['examples']> {
  constructor(private readonly load: () => Detector) {}
  get positive(): readonly Example[] {
    return this.load().examples.positive;
  }
  get negative(): readonly Example[] {
    return this.load().examples.negative;
  }
  get knownMisses(): readonly Example[] | undefined {
    return this.load().examples.knownMisses;
  }
}

function isDetector(value: unknown): value is Detector {
  return typeof value === 'object' && value !== null && typeof (value as Detector).id === 'string' && typeof (value as Detector).detect === 'function';
}

/** Deep equality of JSON data with the value it was written from (undefined fields are dropped by JSON). */
function sameData(parsed: unknown, original: unknown): boolean {
  if (original === null || typeof original !== 'object') return Object.is(parsed, original);
  if (Array.isArray(original)) return Array.isArray(parsed) && parsed.length === original.length && original.every((v, i) => sameData(parsed[i], v));
  if (Object.getPrototypeOf(original) !== Object.prototype || parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return false;
  const defined = Object.entries(original).filter(([, v]) => v !== undefined);
  return defined.length === Object.keys(parsed).length && defined.every(([k, v]) => sameData((parsed as Record<string, unknown>)[k], v));
}
