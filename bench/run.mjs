#!/usr/bin/env node
// `npm run bench`: mount time of our charts against the same charts in raw visx, in headless Chromium, and the
// requests a 12-widget dashboard makes. Prints a table, writes bench/results.json, exits 1 if a target fails.
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { buildBenchPage } from './build-page.mjs';
import { serveStatic } from './serve.mjs';

const root = resolve(import.meta.dirname, '..');
const WARMUP = 8;
// At least 30 measured pairs; fast cases get more (up to 200, about 3 s each), as a 2 ms mount is noisier.
const MIN_RUNS = 30;
const MAX_RUNS = 200;
const CASE_BUDGET_MS = 3000;
const TIME_LIMIT_MS = 170_000;
const BENCH_ARGS = [
  ...CHROMIUM_ARGS,
  // Lets the page collect garbage between mounts (outside the timed span), so a GC pause lands on neither side.
  '--js-flags=--expose-gc',
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (value, digits = 2) => Number(value.toFixed(digits));

const started = Date.now();
const timer = setTimeout(() => {
  console.error(`bench: gave up after ${TIME_LIMIT_MS / 1000}s`);
  process.exit(2);
}, TIME_LIMIT_MS);
timer.unref();

const server = await serveStatic(await buildBenchPage(root));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: BENCH_ARGS });
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.url);
  await page.waitForFunction(() => document.title !== 'loading', null, { timeout: 30_000 });
  const title = await page.title();
  if (title !== 'ready') throw new Error(`bench page: ${title} ${errors.join('; ')}`);

  const cases = await page.evaluate(() => window.bench.cases);
  const isolated = await page.evaluate(() => window.bench.isolated);
  const mounts = [];
  for (const c of cases) {
    const total = (mount) => mount.react + mount.layout;
    const warm = await page.evaluate(([id, n]) => window.bench.run(id, 0, n), [c.id, WARMUP]);
    const pairMs = median(warm.ours.map(total)) + median(warm.raw.map(total));
    const runs = Math.max(MIN_RUNS, Math.min(MAX_RUNS, Math.floor(CASE_BUDGET_MS / pairMs)));
    const { ours, raw } = await page.evaluate(([id, n]) => window.bench.run(id, 0, n), [c.id, runs]);
    const ratio = median(ours.map(total)) / median(raw.map(total));
    const pass = c.target === undefined ? undefined : ratio <= c.target;
    if (pass === false) failed = true;
    mounts.push({
      case: c.label,
      runs,
      oursMs: round(median(ours.map(total))),
      rawVisxMs: round(median(raw.map(total))),
      ratio: round(ratio),
      // Where the time goes (medians): React render+commit+effects, then the layout; and DOM elements created.
      oursReactMs: round(median(ours.map((m) => m.react))),
      oursLayoutMs: round(median(ours.map((m) => m.layout))),
      rawReactMs: round(median(raw.map((m) => m.react))),
      rawLayoutMs: round(median(raw.map((m) => m.layout))),
      oursElements: ours[0].elements,
      rawElements: raw[0].elements,
      ...(c.target === undefined ? {} : { target: c.target, pass }),
    });
  }

  const dashboard = await page.evaluate(() => window.bench.dashboard());
  const requests = Object.entries(dashboard.perEndpoint).map(([endpoint, count]) => ({
    endpoint,
    count,
    pass: count === 1,
  }));
  const requestsPass = dashboard.settled && requests.length > 0 && requests.every((r) => r.pass);
  if (!requestsPass) failed = true;

  console.log(
    `Mount time, headless Chromium: medians of ${MIN_RUNS}–${MAX_RUNS} interleaved pairs per case after ${WARMUP} warm-up pairs.`,
  );
  console.log('mount = root.render in flushSync + forced layout (getBoundingClientRect); ours fill a 640px box.');
  console.log(
    `react/layout = medians of the two parts; elements = DOM elements created. Timer: ${isolated ? '5 µs' : '100 µs (not isolated)'}.\n`,
  );
  const w = Math.max(...mounts.map((m) => m.case.length));
  console.log(
    `${'case'.padEnd(w)}  runs   ours ms   raw ms   ratio  target  result   ours react/layout/elements  raw react/layout/elements`,
  );
  for (const m of mounts) {
    const target = m.target === undefined ? '' : `≤ ${m.target}×`;
    const result = m.pass === undefined ? '' : m.pass ? 'pass' : 'FAIL';
    console.log(
      `${m.case.padEnd(w)}  ${String(m.runs).padStart(4)}  ${String(m.oursMs).padStart(8)} ${String(m.rawVisxMs).padStart(8)} ${`${m.ratio}×`.padStart(7)}  ${target.padStart(6)}  ${result.padEnd(6)}   ${`${m.oursReactMs} / ${m.oursLayoutMs} / ${m.oursElements}`.padStart(24)}  ${`${m.rawReactMs} / ${m.rawLayoutMs} / ${m.rawElements}`.padStart(24)}`,
    );
  }
  console.log(
    `\nDashboard of ${dashboard.widgets} widgets on one video and period, one provider (${dashboard.calls} fetch calls${dashboard.settled ? '' : ', DID NOT SETTLE'}):`,
  );
  for (const r of requests)
    console.log(
      `  ${r.endpoint.padEnd(w - 2)}  ${String(r.count).padStart(3)} request(s)  ${r.pass ? 'pass' : 'FAIL'} (target 1)`,
    );

  const results = {
    environment: { browser: `Chromium ${browser.version()}`, cpus: cpus().length, timerIsolated: isolated },
    mounts,
    dashboard: { widgets: dashboard.widgets, settled: dashboard.settled, requests, pass: requestsPass },
    seconds: Math.round((Date.now() - started) / 1000),
  };
  writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(
    `\n${failed ? 'Some targets FAILED' : 'All targets met'} in ${results.seconds}s. Wrote bench/results.json`,
  );
} finally {
  await browser.close();
  await server.close();
  clearTimeout(timer);
}
process.exitCode = failed ? 1 : 0;
