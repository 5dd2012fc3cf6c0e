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

/**
 * Puts `'use client'` on the React entry and on every chunk only it reaches, and keeps it off chunks that the
 * mock, mock-msw or server entries load, so React Server Components see one client boundary and the Node entries none.
 */
function clientDirective(clientEntries: string[]): Plugin {
  // The directive may follow comments; group 1 keeps them (and the line count) when it is removed.
  const directive = /^(\s*(?:(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/)\s*)*)(['"])use client\2;?/;
  return {
    name: 'sixtyseconds:use-client',
    generateBundle(_options, bundle) {
      const reachedBy = new Map<string, Set<string>>();
      const visit = (fileName: string, entry: string) => {
        const seen = reachedBy.get(fileName) ?? new Set<string>();
        if (seen.has(entry)) return;
        reachedBy.set(fileName, seen.add(entry));
        const chunk = bundle[fileName];
        if (chunk?.type !== 'chunk') return;
        for (const next of [...chunk.imports, ...chunk.dynamicImports]) visit(next, entry);
      };
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.isEntry) visit(chunk.fileName, chunk.name);
      }
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const entries = [...(reachedBy.get(chunk.fileName) ?? [])];
        const isClient = entries.length > 0 && entries.every((entry) => clientEntries.includes(entry));
        const hasDirective = directive.test(chunk.code);
        if (isClient && !hasDirective) {
          chunk.code = `'use client';\n${chunk.code}`;
          // One line added on top: shift the source map down a line so it still points at the right code.
          if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
        } else if (!isClient && hasDirective) {
          chunk.code = chunk.code.replace(directive, '$1');
        }
      }
    },
  };
}

/**
 * Vite 8 library mode: ESM entries `index`, `mock`, `mock-msw` (`@sixtyseconds/react/mock/msw`), `server` and
 * `styles.css` (its @imports inlined) in dist/.
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
      styles: root('src/styles.css'),
    },
    formats: ['es' as const],
  },
  rolldownOptions: { external: isExternal, plugins: [clientDirective(['index'])] },
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
