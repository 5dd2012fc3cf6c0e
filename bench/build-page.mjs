// Bundles the bench page (React in production mode, our source and styles, the raw visx charts) into bench/.tmp/page.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/** Builds the page from source and returns the folder to serve. */
export async function buildBenchPage(root) {
  const outdir = join(root, 'bench/.tmp/page');
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: { main: join(root, 'bench/page/main.tsx') },
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    outdir,
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  copyFileSync(join(root, 'bench/page/index.html'), join(outdir, 'index.html'));
  return outdir;
}
