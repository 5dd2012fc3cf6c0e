// Jest 30 + Babel 7 + jest-fixed-jsdom + MSW: the README's Jest recipe, verbatim. Its config files are read out of
// README.md on every run (each code block of the "### Jest" subsection that opens with a `// <path>` line), and its
// test is the Vitest recipe's own file with the one change the README names, so the two never drift. The template
// adds a spec in stock jsdom, where the client must name the missing `Request`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { run } from '../lib/processes.mjs';
import { recipeFiles } from '../vitest/run.mjs';

const SUBSECTION = 'Jest';
const FROM_VITEST = " from 'vitest';";
const FROM_JEST = " from '@jest/globals';";

/** The config files the README's Jest subsection spells out, as `{ path, text }`. */
export function jestFiles(readme) {
  const section = readme.split(/^### /m).find((part) => part.startsWith(`${SUBSECTION}\n`));
  if (!section) throw new Error(`README.md has no "### ${SUBSECTION}" subsection`);
  const body = section.split(/^## /m)[0];
  return [...body.matchAll(/^```(?:js|ts)\n(\/\/ (\S+)\n[\s\S]*?)^```$/gm)].map(([, text, path]) => ({ path, text }));
}

/** Writes the README's Jest recipe into the app in `dir` and runs it with Jest. */
export async function testJest({ dir, log, note, readme }) {
  const config = jestFiles(readme);
  if (!config.some((file) => /^jest\.config\.[cm]?[jt]s$/.test(file.path))) {
    throw new Error(`the README's "### ${SUBSECTION}" subsection has no Jest config file`);
  }
  const tests = recipeFiles(readme)
    .filter((file) => /\.test\.tsx?$/.test(file.path))
    .map(({ path, text }) => {
      // The README says: the same file, its last import from '@jest/globals'. Exactly one such line, or it changed.
      if (text.split(FROM_VITEST).length !== 2) throw new Error(`${path} no longer has one import${FROM_VITEST}`);
      return { path, text: text.replace(FROM_VITEST, FROM_JEST) };
    });
  if (tests.length === 0) throw new Error("the README's Vitest recipe has no test file for Jest to run");
  for (const { path, text } of [...config, ...tests]) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const output = await run(process.execPath, ['node_modules/jest/bin/jest.js', '--ci'], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    log,
    timeoutMs: 180_000,
  });
  // The recipe's tests and the template's own stock-jsdom test.
  const expected = tests.reduce((count, file) => count + file.text.match(/^it\(/gm).length, 0) + 1;
  const passed = Number(output.match(/^Tests:\s+(\d+) passed/m)?.[1] ?? 0);
  if (passed !== expected || /\bfailed\b/.test(output)) throw new Error(`jest passed ${passed} of ${expected} tests`);
  // React's development build runs here: a warning it prints (a missing key, an update outside act) fails the host.
  if (/^\s*console\.(?:error|warn)\b/m.test(output)) throw new Error('the tests wrote a console warning: see the log');
  note(
    `the README's ${config.map((file) => file.path).join(' and ')} run ${tests.map((file) => file.path).join(', ')} and the stock-jsdom spec: ${passed} tests`,
  );
}
