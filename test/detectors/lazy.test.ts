/// <reference types="vite/client" />
// The built CLI's catalogue (detectors/lazy.ts, written by scripts/build.mjs): the same detectors as
// detectors/index.ts, described by data, each module initialised only when a scan first runs one of
// its detectors.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { allDetectors } from '../../detectors/index.js';
import { describeCatalogue, lazyCatalogue, type DetectorFields, type ModuleExports } from '../../detectors/lazy.js';
import type { Detector, Match } from '../../src/types.js';
import { BUILT, builtPath } from '../helpers/built.js';
import { runCli } from '../helpers/run-cli.js';

// every module under detectors/ but the kit and the verifiers, family lists last (as the build orders them)
const found = import.meta.glob<ModuleExports>(['../../detectors/**/*.ts', '!../../detectors/kit/**', '!../../detectors/**/*.verify.ts', '!../../detectors/**/verifiers.ts', '!../../detectors/lazy.ts', '!../../detectors/catalogue.ts'], { eager: true });
const isIndex = (path: string): boolean => path.endsWith('/index.ts');
const MODULES = [...Object.keys(found).filter((p) => !isIndex(p)).sort(), ...Object.keys(found).filter(isIndex)].map((p) => [p, found[p] as ModuleExports] as const);

/** A detector's fields but its code and examples (read without touching `examples`, a getter in the lazy catalogue). */
const fieldsOf = (d: Detector): Record<string, unknown> =>
  Object.fromEntries(
    Object.keys(d)
      .filter((k) => k !== 'detect' && k !== 'examples' && d[k as keyof Detector] !== undefined)
      // (code beside the data, isPublishedAt: present in both, taken from the module)
      .map((k) => [k, typeof d[k as keyof Detector] === 'function' ? 'function' : d[k as keyof Detector]]),
  );
const spans = (matches: Iterable<Match>): string[] => [...matches].map((m) => `${m.start}-${m.end}:${m.secret ?? ''}:${m.detail ?? ''}`);

describe('the lazy catalogue', () => {
  const entries = describeCatalogue(allDetectors, MODULES);

  it('describes every built-in detector, in order, with all its fields as data', () => {
    const loads: number[] = [];
    const lazy = lazyCatalogue(JSON.parse(JSON.stringify(entries)), MODULES.map(([, exports], i) => () => (loads.push(i), exports)));
    expect(lazy.map((d) => d.id)).toEqual(allDetectors.map((d) => d.id));
    lazy.forEach((d, i) => expect(fieldsOf(d), d.id).toEqual(fieldsOf(allDetectors[i] as Detector)));
    expect(loads).toEqual([]); // describing loads nothing
    // most detectors come from their own module or their family's table, not from a family index
    expect(entries.filter((e) => isIndex((MODULES[e.module] as readonly [string, ModuleExports])[0])).map((e) => e.fields.id)).toEqual([]);
  });

  it('loads a detector’s module on its first detection and finds what the detector finds', () => {
    const loads: number[] = [];
    const lazy = lazyCatalogue(entries, MODULES.map(([, exports], i) => () => (loads.push(i), exports)));
    lazy.forEach((d, i) => {
      const real = allDetectors[i] as Detector;
      for (const example of real.examples.positive.slice(0, 2)) {
        const input = { path: example.path ?? 'example.txt', text: example.text };
        expect(spans(d.detect(input)), d.id).toEqual(spans(real.detect(input)));
      }
      expect([d.examples.positive, d.examples.negative, d.examples.knownMisses], d.id).toEqual([real.examples.positive, real.examples.negative, real.examples.knownMisses]);
    });
    const first = lazy.findIndex((d) => d.id === 'stripe-secret-key');
    const fresh: number[] = [];
    const again = lazyCatalogue(entries, MODULES.map(([, exports], i) => () => (fresh.push(i), exports)));
    [...(again[first] as Detector).detect({ path: 'a.txt', text: 'nothing here' })];
    expect(fresh).toEqual([(entries[first] as { module: number }).module]);
  });

  it('refuses a detector no module exports, a field that is not data, and a catalogue older than its modules', () => {
    const [one, two] = allDetectors as [Detector, Detector];
    expect(() => describeCatalogue([one], [['none.ts', {}]])).toThrow(`detector ${one.id}: no module exports it`);
    const odd = { ...one, paths: [/\.env$/] as unknown as string[] };
    expect(() => describeCatalogue([odd], [['odd.ts', { odd }]])).toThrow(`detector ${one.id}: a field is not plain data`);
    const stale = lazyCatalogue([{ fields: fieldsOf(one) as unknown as DetectorFields, module: 0, name: 'x' }], [() => ({ x: two })]);
    expect(() => [...(stale[0] as Detector).detect({ path: 'a', text: '' })]).toThrow(`does not match its modules at ${one.id}: rebuild`);
  });
});

describe.skipIf(!BUILT)('the built command', () => {
  const run = (args: string[], cwd?: string): string => {
    const out = spawnSync(process.execPath, [builtPath('bin/secret-hygiene.js'), ...args], { encoding: 'utf8', cwd, env: { PATH: process.env.PATH, NODE_DISABLE_COMPILE_CACHE: '1' } });
    expect(out.status, out.stderr).toBeLessThan(2);
    return out.stdout;
  };

  it('lists the catalogue the sources list', async () => {
    expect(JSON.parse(run(['detectors', '--format', 'json']))).toEqual(JSON.parse((await runCli(['detectors', '--format', 'json'])).stdout));
  });

  it('holds every detector with the same fields, and finds in their examples what the sources find', async () => {
    // the bundle's own catalogue, in this process: every module the bundle loads lazily, every example
    const { builtInDetectors } = createRequire(import.meta.url)(builtPath('dist/cli.cjs')) as { builtInDetectors: () => Promise<readonly Detector[]> };
    const built = await builtInDetectors();
    expect(built.map((d) => d.id)).toEqual(allDetectors.map((d) => d.id));
    built.forEach((d, i) => {
      const real = allDetectors[i] as Detector;
      expect(fieldsOf(d), d.id).toEqual(fieldsOf(real));
      for (const example of [...real.examples.positive, ...real.examples.negative]) {
        const input = { path: example.path ?? 'example.txt', text: example.text };
        expect(spans(d.detect(input)), d.id).toEqual(spans(real.detect(input)));
      }
    });
  });
});
