// Vitest + msw/node + Testing Library: the README's "Testing your app with the mock API" recipe, verbatim. Its files
// are read out of README.md on every run (each code block that opens with a `// <path>` line), so the two never drift.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { run } from '../lib/processes.mjs';

const SECTION = 'Testing your app with the mock API';

/** The files the README's recipe spells out, as `{ path, text }`. */
export function recipeFiles(readme) {
  const section = readme.split(/^## /m).find((part) => part.startsWith(`${SECTION}\n`));
  if (!section) throw new Error(`README.md has no "## ${SECTION}" section`);
  return [...section.matchAll(/^```tsx?\n(\/\/ (\S+)\n[\s\S]*?)^```$/gm)].map(([, text, path]) => ({ path, text }));
}

/** Writes the README's recipe into the app in `dir` and runs it with Vitest. */
export async function testVitest({ dir, log, note, readme }) {
  const files = recipeFiles(readme);
  const tests = files.filter((file) => /\.test\.tsx?$/.test(file.path));
  if (tests.length === 0) throw new Error(`the README's "${SECTION}" section has no test file`);
  // The point of the recipe: the provider's baseUrl is the relative proxy path an app really uses.
  if (!tests.some((file) => /<SixtySecondsProvider baseUrl="\/[^"/][^"]*"/.test(file.text))) {
    throw new Error("the README's recipe no longer renders the provider with a relative baseUrl");
  }
  for (const { path, text } of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const expected = tests.reduce((count, file) => count + file.text.match(/^it\(/gm).length, 0);
  const output = await run(process.execPath, ['node_modules/vitest/vitest.mjs', 'run'], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    log,
    timeoutMs: 180_000,
  });
  const passed = Number(output.match(/Tests\s+(\d+) passed/)?.[1] ?? 0);
  if (passed !== expected || /\bfailed\b/.test(output)) {
    throw new Error(`vitest passed ${passed} of the recipe's ${expected} tests`);
  }
  // React's development build runs here: a warning it prints (a missing key, an update outside act) fails the host.
  if (/^stderr \|/m.test(output)) throw new Error('the tests wrote to stderr (a React or MSW warning): see the log');
  note(`the README's ${files.map((file) => file.path).join(' and ')} pass: ${passed} tests`);
}
