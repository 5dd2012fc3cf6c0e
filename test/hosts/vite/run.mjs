// Vite with React 18.3 and strict TypeScript (`exactOptionalPropertyTypes`, `skipLibCheck: false`): `tsc` over an
// app that passes hook results straight into components and shares its own TanStack QueryClient with the provider,
// `vite build`, then the built app in headless Chromium behind `vite preview`, whose proxy route is the package's Node
// adapter in front of the fake upstream.
import { join } from 'node:path';
import { expectQuietConsole, launchBrowser, openPage } from '../lib/browser.mjs';
import { filesContaining, secretsOf } from '../lib/leaks.mjs';
import { freePort, run, start, tail, waitForHttp } from '../lib/processes.mjs';
import { newKey, startUpstream } from '../lib/upstream.mjs';

const VITE = 'node_modules/vite/bin/vite.js';

/** Type-checks, builds, serves and drives the Vite host in `dir`; a type error fails it, after the other checks. */
export async function testVite({ dir, log, note }) {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith('SIXTYSECONDS_')) delete env[name];
  let typeErrors;
  try {
    await run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', '.'], {
      cwd: dir,
      env,
      log,
      timeoutMs: 240_000,
    });
    note('tsc passed (exactOptionalPropertyTypes, skipLibCheck: false)');
  } catch (error) {
    // Carry on: whether the app builds and renders is worth knowing even when its types are refused.
    typeErrors = error.message;
    note('tsc FAILED; building and rendering anyway');
  }
  await run(process.execPath, [VITE, 'build'], { cwd: dir, env, log, timeoutMs: 180_000 });
  note('vite build passed');

  const key = newKey();
  const upstream = await startUpstream(dir, { key });
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = start(
    process.execPath,
    [VITE, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      cwd: dir,
      env: { ...env, SIXTYSECONDS_API_KEY: key, SIXTYSECONDS_API_URL: `${upstream.origin}/v1` },
      log,
    },
  );
  const browser = await launchBrowser();
  try {
    await waitForHttp(origin, server, 60_000);
    const videos = upstream.mock.videos();
    const watched = videos.find((video) => video.status === 'published');
    const { page, problems } = await openPage(browser, origin);
    await page.goto(`${origin}/?video=${watched.id}`);
    await page
      .getByRole('list', { name: 'Newest videos' })
      .getByText(videos[0].title, { exact: true })
      .first()
      .waitFor();
    // The donut's hidden table holds the exact numbers: one row per device the API reports for this video.
    const analytics = await upstream.mock.fetch(`http://mock/v1/analytics/videos/${watched.id}`).then((r) => r.json());
    const devices = Object.keys(analytics.viewer_demographics.devices).length;
    const rows = page.getByRole('figure', { name: 'Devices' }).locator('tbody th[scope="row"]');
    await rows.nth(devices - 1).waitFor({ state: 'attached' });
    if ((await rows.count()) !== devices)
      throw new Error(`the donut lists ${await rows.count()} of ${devices} devices`);
    await page.getByRole('figure', { name: 'Views by week' }).locator('svg').first().waitFor();
    // The app shares its QueryClient with the provider: its cache lists our reads beside its own query.
    const cache = page.getByRole('list', { name: "Queries in the app's cache" });
    const expected = [
      ['host', 'greeting'],
      ['sixtyseconds', '/api/sixtyseconds', 'videos', { page: 1, limit: 5 }],
      ['sixtyseconds', '/api/sixtyseconds', 'videoAnalytics', { videoId: watched.id }],
      ['sixtyseconds', '/api/sixtyseconds', 'accountAnalytics', { groupBy: 'week' }],
    ].map((key) => JSON.stringify(key));
    for (const key of expected) await cache.getByText(key, { exact: true }).waitFor();
    const listed = await cache.getByRole('listitem').allInnerTexts();
    if (listed.length !== expected.length) throw new Error(`the app's cache lists ${listed.join(', ')}`);
    expectQuietConsole(problems);
    note(
      `the built app renders hook data (${devices} devices of ${watched.id}, a trend) with a quiet console; its own QueryClient lists our ${expected.length - 1} reads beside its query`,
    );
    if (upstream.refused.length > 0) throw new Error(`the upstream refused ${upstream.refused.join(', ')}`);
    const leaks = filesContaining(join(dir, 'dist'), secretsOf(key, upstream.origin));
    if (leaks.length > 0) throw new Error(`dist leaks: ${leaks.join('; ')}`);
  } finally {
    await browser.close();
    await server.stop();
    await upstream.close();
  }
  if (typeErrors) {
    const errors = [...typeErrors.matchAll(/^(\S+\(\d+,\d+\)): error (TS\d+)/gm)].map(
      ([, at, code]) => `${at} ${code}`,
    );
    throw new Error(`tsc refused the app: ${errors.join(', ')}\n${tail(typeErrors, 60)}`);
  }
}
