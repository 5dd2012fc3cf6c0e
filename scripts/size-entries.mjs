// Which entries `npm run size` measures. Components are discovered from what src/index.ts exports at run time, so
// a new component is measured without editing this file.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** Exports that start with an uppercase letter yet are not components. */
const NOT_COMPONENTS = new Set(['SixtySecondsProvider', 'SixtySecondsError']);

/** A React component value: a function component, or a forwardRef / memo / lazy object. */
function isComponent(value) {
  if (typeof value === 'function') return !/^class\b/.test(Function.prototype.toString.call(value));
  return typeof value === 'object' && value !== null && typeof value.$$typeof === 'symbol';
}

/**
 * Names of the components src/index.ts exports: PascalCase names (constants like CHART_COLORS are skipped) whose
 * value is a component, minus the provider and the error class. Loads the entry in Node (it is SSR-safe).
 */
export async function discoverComponents(root) {
  const outfile = join(root, 'bench/.tmp/size-exports.mjs');
  mkdirSync(join(root, 'bench/.tmp'), { recursive: true });
  await build({
    entryPoints: ['src/index.ts'],
    absWorkingDir: root,
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    outfile,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const mod = await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
  return Object.keys(mod)
    .filter((name) => /^[A-Z][a-z]/.test(name) && !NOT_COMPONENTS.has(name) && isComponent(mod[name]))
    .sort();
}

/** Every measured entry: the whole library, the hooks, each component alone, the mock, its MSW handlers, the server. */
export async function sizeEntries(root) {
  const components = await discoverComponents(root);
  return [
    { name: 'whole library (src/index.ts)', entry: { file: 'src/index.ts' }, budget: 35_000 },
    { name: 'hooks (src/hooks/index.ts)', entry: { file: 'src/hooks/index.ts' }, budget: 9_000 },
    ...components.map((name) => ({
      name,
      entry: { contents: `export { ${name} } from './src/index.ts';` },
      budget: name === 'DemographicsDonut' ? 7_000 : undefined,
    })),
    // The mock imports no msw: were it to, msw would be bundled here and the jump would show.
    { name: 'mock (src/mock/index.ts)', entry: { file: 'src/mock/index.ts' } },
    {
      name: 'mock/msw (src/mock/msw-entry.ts, msw external)',
      entry: { file: 'src/mock/msw-entry.ts' },
      external: ['msw', 'msw/*'],
    },
    { name: 'server (src/server/index.ts)', entry: { file: 'src/server/index.ts' } },
  ];
}
