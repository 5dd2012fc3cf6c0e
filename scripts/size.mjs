#!/usr/bin/env node
// `npm run size` (after `npm run build`): what a host app ships for each public import, measured the way hosts import
// it. Packs the package, installs the tarball into a scratch app outside the repository, and bundles
// `import { X } from '@sixtyseconds/react'` with esbuild and with Vite's production build (minified, React external,
// gzip -9, kB = 1000 bytes). Checks the budgets in DESIGN.md in both, writes bench/size.json, exits 1 past a budget
// and then lists what weighs most in that import.
import { rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { createScratchApp } from './size-app.mjs';
import { measureCatalogue } from './size-catalogue.mjs';
import { sizeEntries } from './size-entries.mjs';
import { measureEsbuild, measureVite, writeEntry } from './size-measure.mjs';

const root = resolve(import.meta.dirname, '..');
const kB = (bytes) => (bytes / 1000).toFixed(2);

/** Runs `task` over `items`, `limit` at a time, keeping the order. */
async function mapLimit(items, limit, task) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const started = Date.now();
const { scratch, app, tarball } = createScratchApp(root);
let rows;
let catalogue;
try {
  const entries = await sizeEntries(app);
  rows = await mapLimit(entries, Math.max(2, availableParallelism()), async (entry, index) => {
    const file = writeEntry(app, index, entry.code);
    const [esbuild, vite] = await Promise.all([measureEsbuild(app, file), measureVite(app, file)]);
    const pass = entry.budget === undefined || Math.max(esbuild.gzip, vite.gzip) <= entry.budget;
    return { ...entry, esbuild, vite, pass };
  });
  const whole = writeEntry(app, entries.length, entries[0].code);
  catalogue = await measureCatalogue((file, extra) => measureEsbuild(app, file, extra), whole);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const width = Math.max(...rows.map((row) => row.name.length));
const line = (name, ...cells) => `${name.padEnd(width)}  ${cells.map((cell) => cell.padStart(9)).join('  ')}`;
console.log(`${tarball} installed in a scratch app; each import bundled by package name, minified, React external,`);
console.log('gzip -9; kB = 1000 bytes. vite = Vite 8 production build (Rolldown).\n');
console.log(line('import', 'esbuild', 'vite', 'budget', 'result'));
for (const row of rows) {
  const result = row.budget === undefined ? '' : row.pass ? 'pass' : 'FAIL';
  const budget = row.budget === undefined ? '' : `≤ ${kB(row.budget)}`;
  console.log(line(row.name, kB(row.esbuild.gzip), kB(row.vite.gzip), budget, result));
}

console.log(
  `\nThe English catalogue in the whole library (esbuild): ${kB(catalogue.shipped - catalogue.withoutWords)} kB with its ` +
    `words (${kB(catalogue.shipped)} shipped, ${kB(catalogue.withoutWords)} with every English area emptied); ` +
    `${kB(catalogue.shipped - catalogue.inlineWords)} kB over the same ${catalogue.words} texts written inline ` +
    `(${kB(catalogue.inlineWords)} emptied with the texts appended as plain strings).`,
);

const failed = rows.filter((row) => !row.pass);
for (const row of failed) {
  console.log(
    `\n${row.name} is over its ${kB(row.budget)} kB budget. Heaviest in the esbuild bundle (minified bytes):`,
  );
  for (const { name, bytes } of row.esbuild.heaviest.slice(0, 10))
    console.log(`  ${String(bytes).padStart(7)}  ${name}`);
}

const report = {
  unit: 'bytes of gzip -9',
  note: 'npm pack, tarball installed in a scratch app, each import bundled by package name: esbuild (minify, esm, browser) and vite build (Vite 8, Rolldown); react and react-dom external; NODE_ENV=production',
  entries: rows.map(({ name, budget, pass, esbuild, vite }) => ({
    name,
    esbuild: esbuild.gzip,
    vite: vite.gzip,
    ...(budget === undefined ? {} : { budget, pass }),
  })),
  englishCatalogueInWholeLibrary: {
    note: "esbuild only: the whole library as shipped, with every English area module emptied, and emptied with the areas' texts appended as plain strings (scripts/size-catalogue.mjs)",
    ...catalogue,
  },
};
writeFileSync(join(root, 'bench/size.json'), `${JSON.stringify(report, null, 2)}\n`);
const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(
  `\n${failed.length ? `${failed.length} budget(s) exceeded` : 'All budgets met'} (${seconds} s). Wrote bench/size.json`,
);
// `--report` prints the same table and exits 0: CI uses it while budgets are over (README, "Size and speed").
process.exitCode = failed.length && !process.argv.includes('--report') ? 1 : 0;
