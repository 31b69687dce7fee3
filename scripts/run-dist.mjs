#!/usr/bin/env node
// Runs a CLI bundle built elsewhere: SECRET_HYGIENE_DIST=dist-mine node scripts/run-dist.mjs scan .
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = process.env.SECRET_HYGIENE_DIST;
if (!dist) {
  process.stderr.write('run-dist: set SECRET_HYGIENE_DIST to the folder scripts/build.mjs wrote\n');
  process.exit(2);
}
const root = fileURLToPath(new URL('..', import.meta.url));
const { main } = createRequire(import.meta.url)(join(root, dist, 'cli.cjs'));
process.exitCode = await main(process.argv.slice(2));
