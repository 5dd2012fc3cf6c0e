// Child processes for the host-app tests: every command has a deadline, runs in its own process group (so a server
// and whatever it spawned die together), writes its output to the host's log, and is killed by `stopAll` at the end.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const running = new Set();

/** Starts `command` in its own process group; its output goes to `log` (a writable stream). */
export function start(command, args, { cwd, env = process.env, log }) {
  log.write(`\n$ ${[command, ...args].join(' ')}   (in ${cwd})\n`);
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk) => {
    log.write(chunk);
    output = (output + chunk).slice(-200_000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise((resolve) => {
    child.on('error', (error) => resolve({ code: null, error }));
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  const handle = { cwd, child, exited, output: () => output, stop: () => stopGroup(child, exited) };
  running.add(handle);
  exited.then(() => running.delete(handle));
  return handle;
}

/** Runs `command` to completion within `timeoutMs`; resolves with its output, rejects with its tail otherwise. */
export async function run(command, args, options) {
  const handle = start(command, args, options);
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve({ timedOut: true }), options.timeoutMs);
  });
  const result = await Promise.race([handle.exited, timeout]);
  clearTimeout(timer);
  if (result.timedOut) {
    await handle.stop();
    throw new Error(
      `${command} ${args.join(' ')} took longer than ${options.timeoutMs / 1000} s\n${tail(handle.output())}`,
    );
  }
  if (result.code !== 0) {
    const why = result.error ? result.error.message : `exited with ${result.code ?? result.signal}`;
    throw new Error(`${command} ${args.join(' ')} ${why}\n${tail(handle.output())}`);
  }
  return handle.output();
}

/** The last lines of some output, for a failure message. */
export const tail = (text, lines = 40) => text.trimEnd().split('\n').slice(-lines).join('\n');

// SIGTERM to the whole group, SIGKILL if it is still there two seconds later.
async function stopGroup(child, exited) {
  const signal = (name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      // Already gone.
    }
  };
  if (child.exitCode !== null || child.signalCode !== null) return signal('SIGKILL');
  signal('SIGTERM');
  const gone = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 2000))]);
  // The leader may be gone while children it spawned linger in the group.
  signal('SIGKILL');
  return gone;
}

/** Stops every process started here that is still running, or only those started in `cwd`. */
export const stopAll = (cwd) =>
  Promise.all([...running].filter((handle) => !cwd || handle.cwd === cwd).map((handle) => handle.stop()));

/** A port on 127.0.0.1 that was free a moment ago. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Waits until `url` answers at all, failing early if `handle` exits and late after `timeoutMs`. */
export async function waitForHttp(url, handle, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  handle.exited.then(() => {
    exited = true;
  });
  while (Date.now() < deadline) {
    if (exited) throw new Error(`the server exited before answering ${url}\n${tail(handle.output())}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(2000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s\n${tail(handle.output())}`);
}
