#!/usr/bin/env node
'use strict';
// CommonJS (bin/package.json says so): a CommonJS entry starts without Node's ES module loader, about
// 5 ms of a pre-commit hook. `--version` alone is answered before the CLI bundle is read.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { readFileSync } = require('node:fs');
  process.stdout.write(`${JSON.parse(readFileSync(require('node:path').join(__dirname, '..', 'package.json'), 'utf8')).version}\n`);
} else if (!require('./allocator.cjs').restartTuned(args, __filename)) {
  require('./run-cli.js').runCli(args);
}
