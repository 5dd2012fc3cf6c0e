// Measures what a host app pays for one entry: esbuild bundle + minify (React external, every other dependency
// bundled), then gzip level 9. Built from source so it needs no `npm run build` first.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** React is the host's own copy; everything else (swr, valibot, radix, visx) ships in the user's bundle. */
export const REACT_EXTERNAL = ['react', 'react/*', 'react-dom', 'react-dom/*'];

/**
 * Bundles one entry and returns its minified and gzipped byte counts plus the inputs that weigh most.
 * `entry` is either `{ file }` (a path from `root`) or `{ contents }` (a virtual module resolved from `root`).
 */
export async function measure(root, entry, { external = [] } = {}) {
  const source = entry.file
    ? { entryPoints: [entry.file] }
    : { stdin: { contents: entry.contents, resolveDir: root, sourcefile: 'size-entry.ts', loader: 'ts' } };
  const result = await build({
    ...source,
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    treeShaking: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    external: [...REACT_EXTERNAL, ...external],
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const code = result.outputFiles[0].contents;
  const output = Object.values(result.metafile.outputs)[0];
  return { min: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength, inputs: topInputs(output.inputs) };
}

/** The inputs that contribute the most minified bytes, with a per-package roll-up, heaviest first. */
function topInputs(inputs) {
  const files = Object.entries(inputs)
    .map(([path, info]) => ({ path, bytes: info.bytesInOutput }))
    .filter((input) => input.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
  const packages = new Map();
  for (const { path, bytes } of files) {
    const name = packageOf(path);
    packages.set(name, (packages.get(name) ?? 0) + bytes);
  }
  return {
    files: files.slice(0, 12),
    packages: [...packages].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes),
  };
}

/**
 * `node_modules/@radix-ui/react-dialog/…` → `@radix-ui/*` (a scope ships as many small packages; their sum is what
 * matters), `node_modules/swr/…` → `swr`; our own files roll up by folder (`src/components/charts`).
 */
function packageOf(path) {
  const match = /node_modules\/(?:(@[^/]+)\/[^/]+|([^/]+))/.exec(path);
  if (match) return match[1] ? `${match[1]}/*` : match[2];
  const parts = path.split('/');
  return parts.slice(0, Math.min(parts.length - 1, 3)).join('/') || path;
}
