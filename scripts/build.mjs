// Bundles the CLI into dist/ with esbuild: one file per entry (the CLI, the detection worker, the git
// pump worker, the engine library). Commands still import their modules lazily (esbuild keeps each
// import() as a deferred initialisation), so a command runs only the code it uses; one file instead
// of the 30 chunks that splitting made `staged` load saves ESM resolution per module: 155 -> 150 ms
// median for `staged` over 20 interleaved runs (npm run bench measures it).
//
// The CLI and the detection worker are CommonJS scripts (dist/cli.cjs, dist/worker.cjs), so that
// bin/run-cli.js and the pool can compile them with vm.Script and keep V8's compiled code between runs
// on every Node version (Node 20 has no module compile cache): no import() is left in it (it would need an experimental loader hook), the
// packages read on every run (commander, picomatch, p-limit) are inside it and so in the cache, and it
// is ASCII, so that it is read as a one-byte string.
import { build } from 'esbuild';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// SECRET_HYGIENE_DIST=dist-mine builds into another folder of the checkout (several people or agents
// building at once); run it with scripts/run-dist.mjs. Inside the checkout, so that packages resolve.
const root = new URL('..', import.meta.url).pathname;
const outdir = join(root, process.env.SECRET_HYGIENE_DIST ?? 'dist');
if (!outdir.startsWith(root)) throw new Error('SECRET_HYGIENE_DIST must be a folder inside the checkout');
rmSync(outdir, { recursive: true, force: true });
const common = { outdir, bundle: true, platform: 'node', target: 'node20', sourcemap: false, logLevel: 'warning', define: { __SECRET_HYGIENE_VERSION__: JSON.stringify(version) } };
await build({
  ...common,
  entryPoints: { 'git-pump': 'src/sources/git-pump.ts', engine: 'src/engine/library.ts' },
  splitting: false,
  format: 'esm',
  packages: 'external',
});
const lazy = await lazyCataloguePlugin();
const { dependencies } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// bundled into the CommonJS CLI: small, read at every start, or ESM-only (p-limit, @scure/bip39's word list), which Node 20 cannot require()
const INSIDE_CLI = ['commander', 'picomatch', 'p-limit', '@scure/bip39'];
await build({
  ...common,
  entryPoints: { cli: 'src/cli/main.ts', worker: 'src/engine/worker.ts', 'early-git': 'src/cli/early-git.ts' },
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  external: Object.keys(dependencies).filter((name) => !INSIDE_CLI.includes(name)),
  supported: { 'dynamic-import': false }, // import() becomes a require() in a promise
  charset: 'ascii',
  plugins: [lazy],
  define: { ...common.define, 'import.meta.url': '__secretHygieneUrl' },
  banner: { js: 'const __secretHygieneUrl = require("node:url").pathToFileURL(__filename).href;' },
});
// esbuild escapes every non-ASCII character of the code; what is left is in comments
for (const name of ['cli.cjs', 'worker.cjs']) {
  const file = join(outdir, name);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

// The automaton of the built-in keywords, read by every thread instead of built (src/engine/automaton.ts).
const { builtInAutomaton } = await import(join(outdir, 'engine.js'));
writeFileSync(join(outdir, 'prefilter.bin'), builtInAutomaton());

/**
 * The CLI and the worker bundles load each detector's module when a scan first runs it
 * (detectors/lazy.ts): their imports of detectors/index.ts get a module written here, with every
 * detector's fields as data and a require of each module that exports detectors. The fields are
 * read from the sources themselves (a bundle of every detector module, run once, then removed).
 */
async function lazyCataloguePlugin() {
  const folder = join(root, 'detectors');
  const files = readdirSync(folder, { recursive: true })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.ts') && !file.startsWith('kit/') && !/(^|\/)(lazy|catalogue|verifiers)\.ts$|\.verify\.ts$|\.test\.ts$/.test(file));
  // a detector is loaded from the first module that exports it: modules first, family lists last
  const isIndex = (file) => file === 'index.ts' || file.endsWith('/index.ts');
  const modules = [...files.filter((f) => !isIndex(f)).sort(), ...files.filter(isIndex).sort((a, b) => b.split('/').length - a.split('/').length || (a < b ? -1 : 1))];
  const describe = join(outdir, 'describe-catalogue.mjs');
  await build({
    ...common,
    stdin: {
      contents: [
        "import { allDetectors } from './detectors/index.ts';",
        "import { describeCatalogue } from './detectors/lazy.ts';",
        ...modules.map((file, i) => `import * as m${i} from './detectors/${file}';`),
        `export const entries = describeCatalogue(allDetectors, [${modules.map((file, i) => `[${JSON.stringify(file)}, m${i}]`).join(', ')}]);`,
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    outdir: undefined,
    outfile: describe,
    format: 'esm',
    packages: 'external',
  });
  const { entries } = await import(pathToFileURL(describe).href);
  rmSync(describe);
  const used = [...new Set(entries.map((e) => e.module))].sort((a, b) => a - b);
  const slot = new Map(used.map((module, i) => [module, i]));
  const contents = [
    '// written by scripts/build.mjs: the built-in detectors as data, each module initialised when first used',
    "import { lazyCatalogue } from './lazy.ts';",
    `const modules = [${used.map((m) => `() => require(${JSON.stringify(`./${modules[m]}`)})`).join(',\n')}];`,
    // a string for JSON.parse: V8 reads JSON faster than an object literal of the same size
    `export const allDetectors = lazyCatalogue(JSON.parse(${JSON.stringify(JSON.stringify(entries.map((e) => ({ ...e, module: slot.get(e.module) }))))}), modules);`,
  ].join('\n');
  return {
    name: 'lazy-catalogue',
    setup(b) {
      b.onResolve({ filter: /(^|\/)detectors\/index\.js$/ }, (args) => {
        if (relative(root, args.importer).startsWith('detectors')) return undefined;
        return { path: 'detectors/index.js', namespace: 'lazy-catalogue' };
      });
      b.onLoad({ filter: /.*/, namespace: 'lazy-catalogue' }, () => ({ contents, resolveDir: folder, loader: 'js' }));
    },
  };
}
