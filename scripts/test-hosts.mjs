#!/usr/bin/env node
// `npm run test:hosts`, after `npm run build`: the package as hosts meet it. Packs the tarball, copies each host app
// from test/hosts/<name>/template into a scratch folder under the OS temp dir, installs the tarball there with npm
// (a copy, never a link) next to the host's pinned framework, and runs test/hosts/<name>/run.mjs against it.
// Installs run side by side (one shared npm cache); once all are done, the hosts run one at a time, as 2 cores
// prefer. Every step has a deadline, every process started is killed at the end, pass or fail, and the scratch folder
// is removed (`--keep` keeps it, with each host's full log). Name hosts to run only those: `npm run test:hosts -- next`.
import { cpSync, createWriteStream, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { testJest } from '../test/hosts/jest/run.mjs';
import { run, stopAll } from '../test/hosts/lib/processes.mjs';
import { testNext } from '../test/hosts/next/run.mjs';
import { testVite } from '../test/hosts/vite/run.mjs';
import { testVitest } from '../test/hosts/vitest/run.mjs';

const root = resolve(import.meta.dirname, '..');
const keep = process.argv.includes('--keep');

/** In the order they run. */
const ALL_HOSTS = [
  { name: 'vitest', label: 'Vitest + msw/node + Testing Library, the README recipe', test: testVitest },
  { name: 'jest', label: 'Jest 30 + Babel + jest-fixed-jsdom + msw/node, the README recipe', test: testJest },
  { name: 'vite', label: 'Vite + React 18.3, strict TypeScript', test: testVite },
  { name: 'next', label: 'Next.js 16 App Router + React 19', test: testNext },
];
const named = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const HOSTS = named.length > 0 ? ALL_HOSTS.filter((host) => named.includes(host.name)) : ALL_HOSTS;
if (HOSTS.length < new Set(named).size) {
  console.error(`test:hosts: the hosts are ${ALL_HOSTS.map((host) => host.name).join(', ')}, not ${named.join(', ')}`);
  process.exit(1);
}
const INSTALL_TIMEOUT_MS = 6 * 60_000;
const HOST_TIMEOUT_MS = 8 * 60_000;
const TOTAL_TIMEOUT_MS = 15 * 60_000;

const started = Date.now();
const seconds = (since = started) => `${Math.round((Date.now() - since) / 1000)} s`;
const scratch = mkdtempSync(join(tmpdir(), 'sixtyseconds-hosts-'));
const logs = [];

async function cleanUp() {
  await stopAll();
  await Promise.all(logs.map((log) => new Promise((done) => log.end(done))));
  if (keep) console.log(`test:hosts: kept ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => cleanUp().finally(() => process.exit(130)));
}
const watchdog = setTimeout(() => {
  console.error(`test:hosts: gave up after ${TOTAL_TIMEOUT_MS / 60_000} minutes`);
  cleanUp().finally(() => process.exit(1));
}, TOTAL_TIMEOUT_MS);

/** Rejects after `ms` unless `promise` settles first. */
function within(promise, ms, what) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 60_000} minutes`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

async function main() {
  if (!existsSync(join(root, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const packLog = createWriteStream(join(scratch, 'pack.log'));
  logs.push(packLog);
  const packed = JSON.parse(
    await run('npm', ['pack', '--json', '--loglevel=error', '--pack-destination', scratch], {
      cwd: root,
      log: packLog,
      timeoutMs: 60_000,
    })
      .then((output) => output.slice(output.indexOf('[')))
      .catch((error) => {
        throw new Error(`npm pack failed: ${error.message}`);
      }),
  );
  // The templates depend on `file:../sixtyseconds-react.tgz`, whatever the version.
  renameSync(join(scratch, packed[0].filename), join(scratch, 'sixtyseconds-react.tgz'));
  console.log(`test:hosts: packed ${packed[0].filename} into ${scratch} (${seconds()})`);

  const hosts = HOSTS.map((host) => {
    const dir = join(scratch, host.name);
    const log = createWriteStream(join(scratch, `${host.name}.log`));
    logs.push(log);
    cpSync(join(root, 'test/hosts', host.name, 'template'), dir, { recursive: true });
    const npmArgs = ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];
    const installed = run('npm', npmArgs, { cwd: dir, log, timeoutMs: INSTALL_TIMEOUT_MS }).then(() =>
      console.log(`  [${host.name}] installed the tarball and the host's dependencies (${seconds()})`),
    );
    installed.catch(() => undefined); // awaited below, in turn
    return { ...host, dir, log, installed };
  });

  // Every install first: a host's tests run on 2 cores no install competes for (the Vitest recipe's first test timed
  // out at its 5 s while the Jest, Vite and Next installs ran beside it).
  await Promise.allSettled(hosts.map((host) => host.installed));
  const results = [];
  for (const host of hosts) {
    let since = Date.now();
    const note = (message) => console.log(`  [${host.name}] ${message} (at ${seconds()})`);
    try {
      await host.installed;
      since = Date.now();
      await within(host.test({ dir: host.dir, log: host.log, note, readme }), HOST_TIMEOUT_MS, host.name);
      results.push({ host, ok: true, time: seconds(since) });
    } catch (error) {
      console.error(`  [${host.name}] ${error.message}`);
      results.push({ host, ok: false, time: seconds(since), why: error.message.split('\n')[0] });
    }
    // Whatever the host left running (it timed out, say); the other hosts' installs go on.
    await stopAll(host.dir);
  }

  console.log('');
  for (const { host, ok, time, why } of results) {
    console.log(
      `${ok ? 'PASS' : 'FAIL'} ${host.name.padEnd(6)} ${host.label} (${time} after install)${ok ? '' : `: ${why}`}`,
    );
  }
  console.log(
    `test:hosts: ${results.filter((result) => result.ok).length} of ${results.length} passed in ${seconds()}`,
  );
  return results.every((result) => result.ok);
}

let ok = false;
try {
  ok = await main();
} catch (error) {
  console.error(`test:hosts: ${error.message}`);
} finally {
  clearTimeout(watchdog);
  await cleanUp();
}
process.exit(ok ? 0 : 1);
