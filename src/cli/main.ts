// Builds the commander program; main(argv) → exit code. Known errors print one line and give 2.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { setBundledTables } from '../engine/automaton.js';
import { setWorkerScript } from '../engine/pool.js';
import { isKnownError } from '../errors.js';
import type { Detector } from '../types.js';

import { setPumpScript } from '../sources/pump.js';
import { TOOL } from '../version.js';
import { registerAudit } from './audit.js';
import { registerBaseline } from './baseline.js';
import { registerDetectors } from './detectors.js';
import { registerHistory } from './history.js';
import { registerHook } from './hook.js';
import { registerInit } from './init.js';
import { printError, processIo, type CliIo } from './io.js';
import { registerReport } from './report.js';
import { registerScan } from './scan.js';
import { registerStaged } from './staged.js';

// The bundle ships dist/worker.cjs, dist/git-pump.js and dist/prefilter.bin beside this entry; from
// sources (tests) detection and git's pipes stay in this thread, and the automaton is built.
const bundled = (name: string): URL | undefined => {
  const url = new URL(name, import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
};
setWorkerScript(bundled('./worker.cjs'));
setPumpScript(bundled('./git-pump.js'));
setBundledTables(bundled('./prefilter.bin'));

/** What a command module gets: where to write, and how to set the exit code. */
export interface CommandContext {
  readonly io: CliIo;
  setExitCode(code: number): void;
}

export type CommandRegistrar = (program: Command, ctx: CommandContext) => void;

/** Every command, in the order --help lists them. */
const COMMANDS: readonly CommandRegistrar[] = [
  registerScan,
  registerStaged,
  registerHistory,
  registerHook,
  registerAudit,
  registerReport,
  registerBaseline,
  registerInit,
  registerDetectors,
];

export function buildProgram(ctx: CommandContext): Command {
  const program = new Command('secret-hygiene')
    .description('Find leaked credentials and secret-handling mistakes in files, staged changes and git history.')
    .version(TOOL.version, '-V, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.io.stdout(s), writeErr: () => undefined, outputError: () => undefined });
  for (const register of COMMANDS) register(program, ctx);
  for (const sub of program.commands) sub.exitOverride().configureOutput({ writeOut: (s) => ctx.io.stdout(s), writeErr: () => undefined, outputError: () => undefined });
  return program;
}

/** Runs the CLI on argv (without node and script) and returns the exit code; never calls process.exit. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let exitCode = 0;
  const ctx: CommandContext = { io, setExitCode: (code) => (exitCode = Math.max(exitCode, code)) };
  const program = buildProgram(ctx);
  try {
    if (argv.length === 0) {
      io.stdout(program.helpInformation());
      return 0;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code)) return 0;
      printError(io, `${error.message.replace(/^error: /, '').split('\n')[0]}; see 'secret-hygiene --help'`);
      return 2;
    }
    if (isKnownError(error)) {
      printError(io, error.message);
      return 2;
    }
    throw error;
  }
}


/**
 * The built-in detectors as this build holds them: in the bundle, the catalogue detectors/lazy.ts
 * describes (test/detectors/lazy.test.ts checks it against the sources); imported on call, so that
 * commands that do not scan never read it.
 */
export async function builtInDetectors(): Promise<readonly Detector[]> {
  return (await import('../../detectors/index.js')).allDetectors;
}
