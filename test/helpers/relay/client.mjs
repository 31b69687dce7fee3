// Starts the relay process (server.mjs) and exchanges frames with it: a 4-byte length, then JSON.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readFrames, writeFrame } from './frames.mjs';

/**
 * A relay process; `onMessage` receives each reply, `onExit` its end. Its handles keep the process
 * alive only between `hold()` and `release()` (while a reply is awaited).
 */
export function startRelay(onMessage, onExit) {
  const relay = spawn(process.execPath, [fileURLToPath(new URL('./server.mjs', import.meta.url))], { stdio: ['pipe', 'pipe', 'inherit'] });
  const handles = [relay, relay.stdin, relay.stdout];
  for (const h of handles) h.unref?.();
  readFrames(relay.stdout, onMessage);
  relay.on('exit', (code, signal) => onExit(`${code ?? signal}`));
  relay.stdin.on('error', () => undefined);
  return {
    hold: () => handles.forEach((h) => h.ref?.()),
    release: () => handles.forEach((h) => h.unref?.()),
    send: (request) => writeFrame(relay.stdin, request),
  };
}
