// Runs programs from a small relay process instead of the test worker. A vitest worker holds the
// detector catalogue and every test file's data (300 to 700 MB), and the kernel copies its page
// tables on each fork: 10 to 20 ms a spawn on a 2-core machine, and a run of the suite starts git
// about 2,600 times. The relay (relay/server.mjs, ~45 MB) starts each program in 1 to 2 ms.
// runSync is for the tests' own git calls (the test thread waits on a shared flag while a helper
// thread, relay/thread.mjs, talks to its relay); runGitRelayed is installed by test/setup.ts for
// the scanner's own git calls that run to completion (src/git.ts setGitRunner). Set
// SECRET_HYGIENE_TEST_NO_RELAY=1 to spawn everything directly.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { setGitRunner, type GitRunner } from '../../src/git.js';
import { startRelay } from './relay/client.mjs';

export const RELAY = process.env.SECRET_HYGIENE_TEST_NO_RELAY !== '1';

export interface SyncRun {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: Buffer;
  readonly stderr: Buffer;
  readonly error?: Error & { code?: string };
}

interface Reply {
  readonly id: number;
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly error?: { code?: string; message: string };
  readonly relayExit?: string;
}

interface Request {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly input?: string | Buffer | undefined;
}

let nextId = 0;
const message = (file: string, args: readonly string[], options: Request) => ({
  id: ++nextId,
  file,
  args,
  cwd: options.cwd,
  env: options.env,
  input: options.input === undefined ? undefined : Buffer.from(options.input).toString('base64'),
});

function toRun(reply: Reply): SyncRun {
  const error = reply.error ? Object.assign(new Error(reply.error.message), { code: reply.error.code }) : undefined;
  return { status: reply.status, signal: reply.signal, stdout: Buffer.from(reply.stdout, 'base64'), stderr: Buffer.from(reply.stderr, 'base64'), ...(error ? { error } : {}) };
}

let syncRelay: { port: MessagePort; wake: Int32Array } | undefined;

function startSync(): { port: MessagePort; wake: Int32Array } {
  if (syncRelay) return syncRelay;
  const { port1, port2 } = new MessageChannel();
  const flag = new SharedArrayBuffer(4);
  const worker = new Worker(new URL('./relay/thread.mjs', import.meta.url), { workerData: { port: port2, flag }, transferList: [port2] });
  worker.unref();
  port1.unref();
  syncRelay = { port: port1, wake: new Int32Array(flag) };
  return syncRelay;
}

/** spawnSync's result for `file args`, run by the relay. */
export function runSync(file: string, args: readonly string[], options: Request): SyncRun {
  if (!RELAY) {
    const r = spawnSync(file, args, { cwd: options.cwd, env: options.env, input: options.input, maxBuffer: 1 << 30 });
    return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, ...(r.error ? { error: r.error } : {}) };
  }
  const { port, wake } = startSync();
  const request = message(file, args, options);
  Atomics.store(wake, 0, 0);
  port.postMessage(request);
  for (;;) {
    Atomics.wait(wake, 0, 0, 300_000);
    const reply = receiveMessageOnPort(port)?.message as Reply | undefined;
    if (reply === undefined) throw new Error(`test relay: no reply to ${file} ${args.join(' ')} within 5 minutes`);
    Atomics.store(wake, 0, 0);
    if (reply.relayExit !== undefined) throw new Error(`test relay: the relay process ended (${reply.relayExit})`);
    if (reply.id === request.id) return toRun(reply);
  }
}

let asyncRelay: { send(request: unknown): void; hold(): void; release(): void } | undefined;
const waiting = new Map<number, (reply: Reply) => void>();

/** spawn's outcome for `file args`, run to completion by the relay. */
export function runAsync(file: string, args: readonly string[], options: Request): Promise<SyncRun> {
  asyncRelay ??= startRelay(
    (reply: Reply) => {
      waiting.get(reply.id)?.(reply);
      waiting.delete(reply.id);
      if (waiting.size === 0) asyncRelay?.release();
    },
    (how: string) => {
      asyncRelay = undefined;
      for (const [id, deliver] of waiting) deliver({ id, status: null, signal: null, stdout: '', stderr: '', error: { message: `test relay: the relay process ended (${how})` } });
      waiting.clear();
    },
  );
  const request = message(file, args, options);
  return new Promise((resolve) => {
    waiting.set(request.id, (reply) => resolve(toRun(reply)));
    asyncRelay?.hold();
    asyncRelay?.send(request);
  });
}

/** Installs runGitRelayed for the scanner's git calls (test/setup.ts), or node's spawn when the relay is off. */
export function installGitRunner(): void {
  setGitRunner(RELAY ? runGitRelayed : undefined);
}

/**
 * The scanner's git calls that run to completion, through the relay, for folders only: a `cwd` that
 * is no folder is left to node's spawn, whose error the scanner reports (tests check that message).
 */
export const runGitRelayed: GitRunner = (cwd, args, env, input) => {
  try {
    if (!statSync(cwd).isDirectory()) return undefined;
  } catch {
    return undefined;
  }
  return runAsync('git', args, { cwd, env, input }).then((r) =>
    r.error ? { spawnError: r.error.message } : { stdout: r.stdout, stderr: r.stderr.toString('utf8').trim(), code: r.status ?? 1 },
  );
};
