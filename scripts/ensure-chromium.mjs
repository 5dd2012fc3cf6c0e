#!/usr/bin/env node
// `pretest`: the story and SSR tests run in Debian's Chromium (/usr/bin/chromium), never a downloaded browser. On a
// fresh Debian machine `npm test` installs it (as root, or with sudo); elsewhere it says what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH as CHROMIUM } from './chromium.mjs';

if (existsSync(CHROMIUM)) process.exit(0);

const hasAptGet = existsSync('/usr/bin/apt-get');
const isRoot = process.getuid?.() === 0;
const hasSudo = existsSync('/usr/bin/sudo');
if (!hasAptGet || !(isRoot || hasSudo)) {
  console.error(`${CHROMIUM} is missing. The browser tests use Debian's Chromium: install the "chromium" package.`);
  process.exit(1);
}

console.log(`${CHROMIUM} is missing: installing Debian's chromium package for the browser tests…`);
const run = (args) =>
  execFileSync(isRoot ? args[0] : 'sudo', isRoot ? args.slice(1) : args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
run(['apt-get', 'update']);
run(['apt-get', 'install', '-y', 'chromium']);
