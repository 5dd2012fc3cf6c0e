#!/usr/bin/env node
// `npm run size`: min+gzip bytes of the library, the hooks, each component alone, the mock and the server, checked
// against the budgets in DESIGN.md (kB = 1000 bytes of gzip). Writes bench/size.json; exits 1 past a budget and
// then lists the heaviest inputs of that entry so the cause is visible. `--report` prints the same and exits 0: CI
// uses it while the budgets that SWR, valibot and Radix cannot fit in wait for a decision (see the README).
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sizeEntries } from './size-entries.mjs';
import { measure } from './size-measure.mjs';

const root = resolve(import.meta.dirname, '..');
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

const rows = [];
for (const { name, entry, budget, external } of await sizeEntries(root)) {
  const size = await measure(root, entry, { external });
  rows.push({ name, ...size, budget, pass: budget === undefined || size.gzip <= budget });
}

const width = Math.max(...rows.map((row) => row.name.length));
const line = (cells) =>
  `${cells[0].padEnd(width)}  ${cells
    .slice(1)
    .map((cell, i) => cell.padStart(i === 3 ? 6 : 11))
    .join('  ')}`;
console.log('Bundle size: esbuild minify + gzip -9; react, react-dom external; other dependencies bundled.');
console.log('kB = 1000 bytes of gzip.\n');
console.log(line(['entry', 'min', 'gzip', 'budget', 'result']));
for (const row of rows) {
  const result = row.budget === undefined ? '' : row.pass ? 'pass' : 'FAIL';
  console.log(line([row.name, kB(row.min), kB(row.gzip), row.budget ? `≤ ${kB(row.budget)}` : '', result]));
}

const failed = rows.filter((row) => !row.pass);
for (const row of failed) {
  console.log(
    `\n${row.name} is ${kB(row.gzip - row.budget)} over its ${kB(row.budget)} budget. Heaviest (minified bytes):`,
  );
  for (const pkg of row.inputs.packages.slice(0, 8)) console.log(`  ${String(pkg.bytes).padStart(7)}  ${pkg.name}`);
  console.log('  files:');
  for (const file of row.inputs.files.slice(0, 10)) console.log(`  ${String(file.bytes).padStart(7)}  ${file.path}`);
}

const report = {
  unit: 'bytes',
  note: 'esbuild bundle+minify, format esm, platform browser, NODE_ENV=production, gzip level 9; react and react-dom external; kB = 1000 bytes',
  entries: rows.map(({ name, min, gzip, budget, pass, inputs }) => ({
    name,
    min,
    gzip,
    ...(budget === undefined ? {} : { budget, pass, heaviest: inputs.packages.slice(0, 6) }),
  })),
};
writeFileSync(join(root, 'bench/size.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\n${failed.length ? `${failed.length} budget(s) exceeded` : 'All budgets met'}. Wrote bench/size.json`);
const reportOnly = process.argv.includes('--report');
if (reportOnly && failed.length) console.log('--report: budgets reported, not enforced.');
process.exitCode = failed.length && !reportOnly ? 1 : 0;
