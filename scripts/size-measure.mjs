// Bundles one import the way a host app's bundler would, from the scratch app's node_modules: minified, React and
// React DOM external, every other dependency bundled, NODE_ENV production; then gzip level 9. Two bundlers: esbuild,
// and Vite's own production build (`vite build`; Vite 8 bundles with Rolldown, Rollup's successor and API).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

/** React is the host's own copy. */
const REACT = /^(?:react|react-dom)(?:\/|$)/;
const gzip = (text) => gzipSync(text, { level: 9 }).byteLength;

/** Writes one measured import as `size-entries/<n>.js` in the app; returns its path. */
export function writeEntry(app, index, code) {
  const dir = join(app, 'size-entries');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${index}.js`);
  writeFileSync(file, code);
  return file;
}

/**
 * esbuild: gzip bytes of the bundle, and the packages that weigh most in it (minified bytes), heaviest first. `extra`
 * adds esbuild options (the catalogue measurement's plugins and footer).
 */
export async function measureEsbuild(app, file, extra = {}) {
  const result = await esbuild({
    entryPoints: [file],
    absWorkingDir: app,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    external: ['react', 'react/*', 'react-dom', 'react-dom/*'],
    define: { 'process.env.NODE_ENV': '"production"' },
    ...extra,
  });
  const output = Object.values(result.metafile.outputs)[0];
  return { gzip: gzip(result.outputFiles[0].contents), heaviest: heaviest(output.inputs) };
}

/**
 * Vite's production build of an app whose only module is `file`: gzip bytes of every chunk it emits, gzipped as one
 * text (there is one chunk unless a dependency loads code lazily).
 */
export async function measureVite(app, file) {
  const result = await viteBuild({
    root: app,
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      modulePreload: false,
      copyPublicDir: false,
      rolldownOptions: { input: file, external: (id) => REACT.test(id) },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((bundle) => bundle.output);
  const code = outputs
    .filter((chunk) => chunk.type === 'chunk')
    .map((chunk) => chunk.code)
    .join('\n');
  return { gzip: gzip(code) };
}

/** Minified bytes per package (`@radix-ui/*` rolls a scope up; our own files by folder under dist/). */
function heaviest(inputs) {
  const packages = new Map();
  for (const [path, info] of Object.entries(inputs)) {
    const match = /node_modules\/(?:@sixtyseconds\/react\/dist\/((?:[^/]+\/)?[^/]+)\/|(@[^/]+)\/[^/]+|([^/]+))/.exec(
      path,
    );
    const name = match?.[1] ? `dist/${match[1]}` : match?.[2] ? `${match[2]}/*` : (match?.[3] ?? path);
    packages.set(name, (packages.get(name) ?? 0) + info.bytesInOutput);
  }
  return [...packages]
    .map(([name, bytes]) => ({ name, bytes }))
    .filter((entry) => entry.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
}
