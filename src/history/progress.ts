// One self-rewriting progress line on stderr, only when stderr is a terminal.
import type { CliIo } from '../cli/io.js';
import type { ScanProgress } from '../engine/scan.js';
import { now } from '../engine/clock.js';

export interface ProgressLine {
  update(progress: ScanProgress): void;
  done(): void;
}

const EVERY_MS = 200;

/** A progress line for `total` blobs (shown once known); does nothing when stderr is not a TTY. */
export function progressLine(io: CliIo, label: string, total: number | Promise<number>): ProgressLine {
  if (!io.stderrIsTTY) return { update: () => undefined, done: () => undefined };
  let of = typeof total === 'number' ? `/${total}` : '';
  if (typeof total !== 'number') total.then((n) => (of = `/${n}`), () => undefined);
  const started = now();
  let last = 0;
  let shown = false;
  return {
    update(p) {
      const at = now();
      if (at - last < EVERY_MS) return;
      last = at;
      shown = true;
      const seconds = Math.max((at - started) / 1000, 0.001);
      const mbs = (p.bytes / 1024 / 1024 / seconds).toFixed(1);
      io.stderr(`\r\u001b[K${label}: ${p.blobs}${of} blobs, ${mbs} MB/s, ${p.findings} finding${p.findings === 1 ? '' : 's'} so far`);
    },
    done() {
      if (shown) io.stderr('\r\u001b[K');
    },
  };
}
