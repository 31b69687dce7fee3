import { escapeControl } from '../report/escape-control.js';

/** Where a command writes: the real process streams, or buffers in tests. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  /** Standard input, for `scan -`; absent where there is none to read. */
  readonly stdin?: NodeJS.ReadableStream & { readonly isTTY?: boolean };
}

/** Set when the reader of stdout has gone (`scan | head`): the rest of the report is dropped, quietly. */
let stdoutGone = false;

export function processIo(): CliIo {
  if (process.stdout.listenerCount('error') === 0) {
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      stdoutGone = true;
    });
  }
  return {
    stdout: (t) => void (stdoutGone || process.stdout.write(t)),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    stdin: process.stdin,
  };
}

/** One line on stderr: paths, refs and git's words in it are escaped for the terminal. */
export function printError(io: CliIo, message: string): void {
  io.stderr(`secret-hygiene: ${escapeControl(message)}\n`);
}

/** Colour only on a TTY, never with NO_COLOR; FORCE_COLOR turns it on. */
export function useColor(io: CliIo, isTTY: boolean): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return isTTY;
}
