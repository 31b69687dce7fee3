#!/usr/bin/env node
// `--version` alone is answered before the 1.9 MB CLI bundle is read (a tenth of a second).
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { readFileSync } = await import('node:fs');
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  const { runCli } = await import('./run-cli.js');
  await runCli(args);
}
