// Bundles the CLI into dist/ with esbuild: one entry plus lazily loaded chunks, so that start-up
// loads only what a command uses (measured in `npm run bench`).
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli/main.ts', worker: 'src/engine/worker.ts', 'git-pump': 'src/sources/git-pump.ts', engine: 'src/engine/library.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: false,
  logLevel: 'warning',
  chunkNames: 'chunks/[name]-[hash]',
  define: { __SECRET_HYGIENE_VERSION__: JSON.stringify(version) },
});
