// Starts the relay process (server.mjs) and exchanges frames with it: a 4-byte length, then JSON.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * A relay process; `onMessage` receives each reply, `onExit` its end. Its handles keep the process
 * alive only between `hold()` and `release()` (while a reply is awaited).
 */
export function startRelay(onMessage, onExit) {
  const relay = spawn(process.execPath, [fileURLToPath(new URL('./server.mjs', import.meta.url))], { stdio: ['pipe', 'pipe', 'inherit'] });
  const handles = [relay, relay.stdin, relay.stdout];
  for (const h of handles) h.unref?.();
  let pending = Buffer.alloc(0);
  relay.stdout.on('data', (chunk) => {
    pending = Buffer.concat([pending, chunk]);
    while (pending.length >= 4) {
      const length = pending.readUInt32BE(0);
      if (pending.length < 4 + length) break;
      const message = JSON.parse(pending.subarray(4, 4 + length).toString('utf8'));
      pending = pending.subarray(4 + length);
      onMessage(message);
    }
  });
  relay.on('exit', (code, signal) => onExit(`${code ?? signal}`));
  relay.stdin.on('error', () => undefined);
  return {
    hold: () => handles.forEach((h) => h.ref?.()),
    release: () => handles.forEach((h) => h.unref?.()),
    send(request) {
      const body = Buffer.from(JSON.stringify(request), 'utf8');
      const head = Buffer.alloc(4);
      head.writeUInt32BE(body.length);
      relay.stdin.write(Buffer.concat([head, body]));
    },
  };
}
