// Preloaded (NODE_OPTIONS=--import) into the scanner by `npm run bench`: writes the node process's own
// peak RSS (KiB) when it exits, apart from git's (/usr/bin/time reports the largest of the two). A run
// that starts node again (bin/allocator.cjs: history and audit) has two node processes: the file keeps
// the larger.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.SH_BENCH_NODE_RSS;
  if (!file) return;
  const before = existsSync(file) ? Number(readFileSync(file, 'utf8').trim()) || 0 : 0;
  writeFileSync(file, `${Math.max(before, process.resourceUsage().maxRSS)}\n`);
});
