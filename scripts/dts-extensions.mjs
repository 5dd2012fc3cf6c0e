#!/usr/bin/env node
// Adds `.js` / `/index.js` to relative specifiers in the emitted declarations. The source imports without extensions
// (moduleResolution "Bundler"), but a consumer on `moduleResolution: "node16"` resolves .d.ts imports like ESM
// and cannot follow `./api/public` — attw reports that as an internal resolution error.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist/types');
// `./x`, `../x`, and a bare `.` or `..` (TypeScript writes `import("..").MessageTools` for an inferred type).
const specifier = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}(?:\/[^'"]*?)?)\2/g;

/** The specifier with the extension Node's ESM resolver needs, or unchanged when it already has one. */
function withExtension(file, spec) {
  if (/\.(?:js|mjs|cjs|json|css)$/.test(spec)) return spec;
  const target = resolve(dirname(file), spec);
  if (existsSync(`${target}.d.ts`)) return `${spec}.js`;
  if (existsSync(join(target, 'index.d.ts'))) return `${spec.replace(/\/$/, '')}/index.js`;
  throw new Error(`${file}: cannot resolve "${spec}"`);
}

let changed = 0;
for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.d.ts')) continue;
  const file = join(entry.parentPath, entry.name);
  const before = readFileSync(file, 'utf8');
  const after = before.replace(
    specifier,
    (_, lead, quote, spec) => `${lead}${quote}${withExtension(file, spec)}${quote}`,
  );
  if (after !== before) {
    writeFileSync(file, after);
    changed += 1;
  }
}
console.log(`dts-extensions: rewrote relative imports in ${changed} declaration files under ${root}`);
