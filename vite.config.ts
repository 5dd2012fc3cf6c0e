import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import type { Plugin } from 'vite';
import { configDefaults, defineConfig } from 'vitest/config';
import pkg from './package.json' with { type: 'json' };
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

const root = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// ─── Library build ───────────────────────────────────────────────────────────────────────────────────────────────

/** Everything the host app installs: React, the dependencies and the peers (msw included), with their subpaths. */
const externals = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)];
const isExternal = (id: string) => externals.some((name) => id === name || id.startsWith(`${name}/`));

/** The calls in an expression that run when it is evaluated: not those inside a function it defines. */
function eagerCalls(node: unknown, found: number[] = []): number[] {
  if (!node || typeof node !== 'object') return found;
  if (Array.isArray(node)) {
    for (const item of node) eagerCalls(item, found);
    return found;
  }
  const { type, start } = node as { type?: string; start?: number };
  if (type === 'FunctionExpression' || type === 'ArrowFunctionExpression' || type === 'ClassExpression') return found;
  if ((type === 'CallExpression' || type === 'NewExpression') && start !== undefined) found.push(start);
  for (const [key, value] of Object.entries(node)) if (key !== 'type') eagerCalls(value, found);
  return found;
}

/**
 * Marks every call in a module's top-level declarations `@__PURE__`. They build values and do nothing else
 * (`forwardRef(…)`, `memo(…)`, `createContext(…)`, valibot schemas, caches), but a bundler cannot know it: React says
 * nothing, and valibot's `@__NO_SIDE_EFFECTS__` reaches Rollup and Rolldown but not esbuild across files. Unmarked,
 * a component or schema nobody uses stays in the host's bundle whenever its module does. Rolldown's native magic
 * string shifts the source map along with the inserted comments.
 */
function pureTopLevelCalls(): Plugin {
  const ANNOTATION = '/* @__PURE__ */ ';
  return {
    name: 'sixtyseconds:pure-top-level-calls',
    renderChunk(code, _chunk, _options, meta) {
      const edited = meta.magicString;
      if (!edited) throw new Error('pure-top-level-calls needs experimental.nativeMagicString');
      for (let statement of this.parse(code).body as { type: string; declaration?: unknown }[]) {
        if (statement.type === 'ExportNamedDeclaration') statement = statement.declaration as typeof statement;
        if (statement?.type !== 'VariableDeclaration') continue;
        for (const start of new Set(eagerCalls(statement))) {
          if (!code.slice(Math.max(0, start - ANNOTATION.length), start).includes('@__PURE__'))
            edited.appendLeft(start, ANNOTATION);
        }
      }
      return edited;
    },
  };
}

/**
 * Vite 8 library mode: ESM entries `index`, `mock`, `mock-msw` (`@sixtyseconds/react/mock/msw`), `server`, `locales/<lang>` and
 * `styles.css` (its @imports inlined) in dist/, and every module they load as its own file under its source path
 * (dist/components/charts/DemographicsDonut.js), so a host's bundler drops what it does not import. Rolldown keeps
 * each module's `'use client'` in preserve-modules mode: the directive stands in exactly the source files that need it.
 */
const libraryBuild = {
  target: 'es2022',
  outDir: 'dist',
  emptyOutDir: true,
  copyPublicDir: false,
  // Readable output: hosts minify their own bundles; the maps point at the original TypeScript.
  minify: false,
  sourcemap: true,
  // Library mode turns CSS splitting off, which would refuse a stylesheet entry.
  cssCodeSplit: true,
  lib: {
    entry: {
      index: root('src/index.ts'),
      mock: root('src/mock/index.ts'),
      'mock-msw': root('src/mock/msw-entry.ts'),
      server: root('src/server/index.ts'),
      'locales/de': root('src/locales/de/index.ts'),
      'locales/es': root('src/locales/es/index.ts'),
      'locales/ar': root('src/locales/ar/index.ts'),
      styles: root('src/styles.css'),
    },
    formats: ['es' as const],
  },
  rolldownOptions: {
    external: isExternal,
    plugins: [pureTopLevelCalls()],
    experimental: { nativeMagicString: true },
    output: { preserveModules: true, preserveModulesRoot: root('src'), entryFileNames: '[name].js' },
  },
};

// ─── Tests ───────────────────────────────────────────────────────────────────────────────────────────────────────

// Debian's Chromium, never a downloaded browser (scripts/chromium.mjs).
const chromium = playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] } });

/** Browser mode for the `storybook` and `browser` projects: one headless Chromium (a fresh object each: vitest
 * writes the project's name into its instance). */
const browser = () => ({
  enabled: true,
  headless: true,
  provider: chromium,
  instances: [{ browser: 'chromium' as const }],
});

export default defineConfig({
  plugins: [react()],
  build: libraryBuild,
  test: {
    // A guard against hangs, not a speed check: a story that types a whole form with user-event takes seconds on a
    // busy 2-core machine (speed is measured by `npm run bench`, never by a test's clock).
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          // test/browser runs in real Chromium, in the `browser` project below.
          exclude: [...configDefaults.exclude, 'test/browser/**'],
          setupFiles: ['test/setup.ts'],
        },
      },
      {
        // Every story is a test: it renders, runs its play function and must pass axe (a11y.test = 'error').
        extends: true,
        plugins: [storybookTest({ configDir: root('.storybook') })],
        test: { name: 'storybook', browser: browser() },
      },
      {
        // Tailwind v4 compiles only the CSS files that ask for it (test/browser/tailwind.css), as in a host app.
        extends: true,
        plugins: [tailwindcss()],
        test: { name: 'browser', include: ['test/browser/**/*.test.{ts,tsx}'], browser: browser() },
      },
    ],
  },
});
