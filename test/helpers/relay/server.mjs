// The relay's process: runs the programs the test worker asks for. It stays small (tens of MB), so
// that starting a program costs what it costs from a shell, not the fork of a test worker of
// 300 to 700 MB (10 to 20 ms a spawn on this project's 2-core machines, where the suite starts
// git about 2,600 times). Requests and replies are frames on stdin and stdout: a 4-byte length,
// then JSON. It exits when its stdin closes (the test worker ended).
import { spawn } from 'node:child_process';
import { readFrames, writeFrame } from './frames.mjs';

readFrames(process.stdin, run);
process.stdin.on('end', () => process.exit(0));

const reply = (message) => writeFrame(process.stdout, message);

function run({ id, file, args, cwd, env, input }) {
  const out = [];
  const err = [];
  let child;
  try {
    child = spawn(file, args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
  } catch (error) {
    reply({ id, status: null, signal: null, stdout: '', stderr: '', error: { code: error.code, message: error.message } });
    return;
  }
  let failure;
  child.on('error', (error) => (failure = { code: error.code, message: error.message }));
  child.stdout.on('data', (b) => out.push(b));
  child.stderr.on('data', (b) => err.push(b));
  child.stdin.on('error', () => undefined);
  child.stdin.end(input === undefined ? undefined : Buffer.from(input, 'base64'));
  child.on('close', (status, signal) =>
    reply({ id, status, signal, stdout: Buffer.concat(out).toString('base64'), stderr: Buffer.concat(err).toString('base64'), ...(failure ? { error: failure } : {}) }),
  );
}
