#!/usr/bin/env node
// `npm start [-- -p 6106 | --port 6106 | --port=6106]`: Storybook with the embedded mock, on the port given after
// `--`, else $PORT, else 6006. Storybook is handed one -p, whatever the caller wrote; other arguments pass through.
import { spawn } from 'node:child_process';

const args = process.argv.slice(2);
let port = process.env.PORT || '6006';
const rest = [];
for (let i = 0; i < args.length; i += 1) {
  const arg = args[i];
  const inline = /^--port=(.*)$/.exec(arg);
  if (inline) port = inline[1];
  else if (arg === '-p' || arg === '--port') port = args[++i] ?? port;
  else rest.push(arg);
}
if (!/^\d+$/.test(port)) {
  console.error(`npm start: "${port}" is not a port number`);
  process.exit(1);
}

const child = spawn('storybook', ['dev', '-p', port, ...rest], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
child.on('exit', (code, signal) => (signal ? process.kill(process.pid, signal) : process.exit(code ?? 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
