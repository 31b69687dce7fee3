// Preloaded (NODE_OPTIONS=--import) into the scanner by `npm run bench`: writes the node process's own
// peak RSS (KiB) when it exits, apart from git's (/usr/bin/time reports the largest of the two).
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.SH_BENCH_NODE_RSS) writeFileSync(process.env.SH_BENCH_NODE_RSS, `${process.resourceUsage().maxRSS}\n`);
});
