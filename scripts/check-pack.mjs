#!/usr/bin/env node
// Checks the package a host app would install, after `npm run build`:
//  1. the built files (one per source module): in what the React entry loads, 'use client' heads exactly the modules
//     that call a hook or createContext or hand an element an event handler, and nothing else (the entry itself, the
//     API layer, pure helpers); the mock, mock/msw and server entries, with every module they load, carry no
//     directive and import no React (nor the React-only dependencies), and the mock imports no msw (an optional
//     peer: only mock/msw may need it);
//  2. `npm pack`, install the tarball into a scratch app from the registry, and import every entry in plain Node:
//     mock, mock/msw and server with a resolve hook that throws on any React import, the React entry
//     server-rendered, and the mock once more with a hook that also throws on msw, as if it were not installed;
//  3. a strict host's TypeScript (`exactOptionalPropertyTypes`, `skipLibCheck: false`) compiles against the shipped
//     declarations, passing an explicit `undefined` to every optional option of the API, hooks, theme and server.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const REACT_ONLY = /^(?:react|react-dom|@tanstack\/react-query|@radix-ui\/[^/]+|@visx\/[^/]+)(?:\/|$)/;
const MSW = /^msw(?:\/|$)/;
const USE_CLIENT = /^(?:\s*(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*(['"])use client\1/;
/** What makes a module client-only at run time: a hook call, a context, or an event handler on an element. */
const CLIENT_ONLY = /\b(?:use[A-Z]\w*|createContext)\(|\bon[A-Z]\w*:/;

function fail(message) {
  console.error(`check-pack: ${message}`);
  process.exit(1);
}

/** Every chunk a built entry loads (itself included) and the bare specifiers they import. */
function graph(entryFile) {
  const files = new Set();
  const bare = new Set();
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)) {
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
      else bare.add(spec);
    }
  };
  visit(entryFile);
  return { files: [...files], bare: [...bare] };
}

// ─── 1. Built files ──────────────────────────────────────────────────────────────────────────────────────────────
if (!existsSync(join(dist, 'index.js'))) fail('dist/index.js is missing: run `npm run build` first');
const client = graph(join(dist, 'index.js'));
const marked = [];
for (const file of client.files) {
  const code = readFileSync(file, 'utf8');
  const needs = CLIENT_ONLY.test(code);
  if (needs !== USE_CLIENT.test(code))
    fail(`${file} ${needs ? "uses hooks or handlers without 'use client'" : "has 'use client' but needs no client"}`);
  if (needs) marked.push(file);
}
if (marked.length === 0) fail("no module of the React entry has 'use client'");
for (const entry of ['mock', 'mock-msw', 'server']) {
  const { files, bare } = graph(join(dist, `${entry}.js`));
  const react = bare.filter((spec) => REACT_ONLY.test(spec));
  if (react.length > 0) fail(`the ${entry} entry imports ${react.join(', ')}`);
  const msw = bare.filter((spec) => MSW.test(spec));
  if (entry !== 'mock-msw' && msw.length > 0) fail(`the ${entry} entry imports ${msw.join(', ')}: msw is optional`);
  const directive = files.filter((file) => USE_CLIENT.test(readFileSync(file, 'utf8')));
  if (directive.length > 0) fail(`'use client' in chunks the ${entry} entry loads: ${directive.join(', ')}`);
  console.log(`check-pack: ${entry} entry: ${files.length} file(s), imports [${bare.join(', ')}], no React`);
}
console.log(
  `check-pack: index entry: ${client.files.length} file(s), 'use client' on the ${marked.length} that need it`,
);

/** A strict host's code: explicit `undefined` for every optional option, hook results passed on as they are. */
const STRICT_HOST = `import {
  createClient,
  type ExportState,
  type RetryOptions,
  SixtySecondsError,
  SixtySecondsProvider,
  type Theme,
  useAccountAnalytics,
  useAnalyticsExport,
  useVideoAnalytics,
  useVideos,
  type UseVideosResult,
} from '${pkg.name}';
import { createProxyHandler, type ProxyOptions } from '${pkg.name}/server';

const maybe = <T,>(value: T): T | undefined => value;
const client = createClient({ baseUrl: 'https://host.test/api', fetch: undefined, headers: undefined, timeoutMs: maybe(5) });
void client.listVideos({ page: maybe(1), limit: undefined, status: undefined }, { signal: undefined });
void client.getVideoAnalytics('vid_1', { startDate: maybe('2025-01-01'), endDate: undefined });
new SixtySecondsError('http', 'Failed', { status: maybe(500), code: undefined, retryAfterMs: undefined });
const retry: RetryOptions = { retries: maybe(2), baseDelayMs: undefined };
const theme: Theme = { mode: maybe('dark'), colorAccent: undefined };
const proxy: ProxyOptions = { apiKey: 'key', upstream: undefined, basePath: maybe('/api'), timeoutMs: undefined };
void createProxyHandler(proxy);

export function Page() {
  const videos: UseVideosResult = useVideos({ page: maybe(2), limit: undefined, pollIntervalMs: undefined });
  const analytics = useVideoAnalytics(videos.data?.data[0]?.id, { startDate: undefined, endDate: maybe('2025-02-01') });
  const account = useAccountAnalytics({ groupBy: maybe('week'), startDate: undefined });
  const exporting: ExportState = useAnalyticsExport();
  const views: number | undefined = analytics.data?.metrics.views ?? account.data?.summary.total_views;
  return <p>{views ?? exporting.status}</p>;
}

export const App = () => (
  <SixtySecondsProvider baseUrl="/api" locale={maybe('de-DE')} theme={theme} retry={retry} pollIntervalMs={undefined} className={undefined}>
    <Page />
  </SixtySecondsProvider>
);
`;

// ─── 2. Pack, install, import ────────────────────────────────────────────────────────────────────────────────────
const scratch = mkdtempSync(join(tmpdir(), 'sixtyseconds-pack-'));
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
try {
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', scratch], root));
  const shipped = packed.files.map((file) => file.path);
  const stray = shipped.filter((path) => !path.startsWith('dist/') && !/^(?:package\.json|README|LICENSE)/i.test(path));
  if (stray.length > 0) fail(`the tarball ships files outside dist/: ${stray.join(', ')}`);
  console.log(`check-pack: ${packed.filename}: ${shipped.length} files, ${(packed.size / 1024).toFixed(1)} kB packed`);

  const app = join(scratch, 'app');
  run('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'scratch-app', private: true, type: 'module' }));
  const version = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--loglevel=error',
      join(scratch, packed.filename),
      `react@${version('react')}`,
      `react-dom@${version('react-dom')}`,
      `msw@${version('msw')}`,
      `@types/react@${version('@types/react')}`,
      `@types/node@${version('@types/node')}`,
    ],
    app,
  );

  const name = pkg.name;
  const REACT_GUARD = `const pattern = new RegExp(${JSON.stringify(REACT_ONLY.source)});
export async function resolve(specifier, context, next) {
  if (pattern.test(specifier)) throw new Error('imports ' + specifier);
  return next(specifier, context);
}`;
  writeFileSync(
    join(app, 'node-entries.mjs'),
    `import { register } from 'node:module';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// Any React import from here on throws: the mock, mock/msw and server entries must load without it.
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(REACT_GUARD)}));
const mock = await import('${name}/mock');
const mockMsw = await import('${name}/mock/msw');
const server = await import('${name}/server');
const api = mock.createMockApi({ seed: 1, latencyMs: 0 });
const response = await api.fetch(new Request('http://localhost/api/sixtyseconds/videos'));
if (response.status !== 200) throw new Error('mock answered ' + response.status);
if (mockMsw.createMockHandlers(api).length !== 1) throw new Error('createMockHandlers made no handler');
const css = fileURLToPath(import.meta.resolve('${name}/styles.css'));
if (!existsSync(css)) throw new Error('styles.css does not resolve');
console.log('mock: ' + Object.keys(mock).join(', ') + '\\nmock/msw: ' + Object.keys(mockMsw).join(', ') +
  '\\nserver: ' + Object.keys(server).join(', '));
`,
  );
  // msw is installed above for mock/msw; here any msw (or React) import throws, as in an app without the peer.
  const NO_MSW_GUARD = `const pattern = new RegExp(${JSON.stringify(`${REACT_ONLY.source}|${MSW.source}`)});
export async function resolve(specifier, context, next) {
  if (pattern.test(specifier)) throw new Error('imports ' + specifier);
  return next(specifier, context);
}`;
  writeFileSync(
    join(app, 'mock-without-msw.mjs'),
    `import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(NO_MSW_GUARD)}));
const mock = await import('${name}/mock');
const api = mock.createMockApi({ seed: 1, latencyMs: 0 });
const response = await api.fetch(new Request('http://localhost/api/sixtyseconds/videos'));
if (response.status !== 200) throw new Error('mock answered ' + response.status);
let blocked = false;
try { await import('${name}/mock/msw'); } catch { blocked = true; }
if (!blocked) throw new Error('the msw guard let mock/msw load: it proves nothing');
console.log('mock without msw: loads and answers; mock/msw needs msw');
`,
  );
  writeFileSync(
    join(app, 'react-entry.mjs'),
    `import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
const library = await import('${name}');
const html = renderToString(createElement(library.SixtySecondsProvider, { baseUrl: 'https://example.test/api' }, 'ok'));
if (!html.includes('ss-root')) throw new Error('provider rendered ' + html);
console.log('index: ' + Object.keys(library).length + ' exports; provider renders on the server');
`,
  );
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        exactOptionalPropertyTypes: true,
        skipLibCheck: false,
        noEmit: true,
        target: 'ES2022',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        module: 'ESNext',
        moduleResolution: 'Bundler',
        jsx: 'react-jsx',
        types: ['node'],
      },
      files: ['strict-host.tsx'],
    }),
  );
  writeFileSync(join(app, 'strict-host.tsx'), STRICT_HOST);
  run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], app);
  console.log('strict host: tsc passes with exactOptionalPropertyTypes and skipLibCheck: false');
  process.stdout.write(run('node', ['node-entries.mjs'], app));
  process.stdout.write(run('node', ['mock-without-msw.mjs'], app));
  process.stdout.write(run('node', ['react-entry.mjs'], app));
  console.log('check-pack: ok');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
