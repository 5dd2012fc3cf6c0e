// Next.js 16 App Router with React 19: `next build` with no key in the environment, `next start` with it, then each
// page in headless Chromium against the fake upstream. Add a page: a file under template/app, an entry in PAGES.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { expectQuietConsole, launchBrowser, openPage } from '../lib/browser.mjs';
import { filesContaining, secretsOf } from '../lib/leaks.mjs';
import { freePort, run, start, waitForHttp } from '../lib/processes.mjs';
import { importFrom, newKey, startUpstream } from '../lib/upstream.mjs';

const NEXT = 'node_modules/next/dist/bin/next';

/** The seeded videos a page is checked against: the newest (top of the gallery) and one with views. */
function seeded(mock) {
  const videos = mock.videos();
  const watched = videos.find((video) => video.status === 'published');
  if (!watched) throw new Error('the seeded mock has no published video');
  return { newest: videos[0], watched };
}

/** A seeded video's view count as the panel prints it, from a mock of its own with the upstream's seed. */
async function viewsOf(dir, seed, videoId) {
  const { createMockApi } = await importFrom(dir, '@sixtyseconds/react/mock');
  const response = await createMockApi({ seed }).fetch(`http://mock.invalid/v1/analytics/videos/${videoId}`);
  const { metrics } = await response.json();
  if (!(metrics?.views > 0)) throw new Error(`the seeded video ${videoId} has no views to look for`);
  return new Intl.NumberFormat('en-US').format(metrics.views);
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text a person reads in server HTML, before any script runs: scripts dropped, tags as spaces, entities decoded. */
const textOf = (html) =>
  html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi, (entity, hex, dec, name) =>
      hex
        ? String.fromCodePoint(Number.parseInt(hex, 16))
        : dec
          ? String.fromCodePoint(Number(dec))
          : (ENTITIES[name] ?? entity),
    )
    .replace(/\s+/g, ' ');

/** How long after hydration the prefetched page must stay silent towards the proxy. */
const QUIET_AFTER_HYDRATION_MS = 5_000;

/**
 * A server-prefetched dashboard at `path`: the HTML `next start` sends holds the video's title and view count before
 * any script runs, and the browser asks the proxy nothing from load until 5 s after hydration.
 */
const serverPrefetched = (path, how) => ({
  name: `server-prefetched dashboard, ${how} (${path})`,
  async visit(page, origin, upstream, dir, watched) {
    const views = await viewsOf(dir, upstream.seed, watched.id);
    const url = `${origin}${path}?video=${watched.id}`;

    // The HTML `next start` sends, before any script: the video's title and its view count are already text.
    const response = await fetch(url);
    if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
    const text = textOf(await response.text());
    // The video's panel runs from its id (under its title) to the account's panel; its first card is the views.
    const panel = text.slice(text.indexOf(` ${watched.id} `), text.indexOf('Account analytics'));
    for (const [what, within, expected] of [
      ['title', text, watched.title],
      ['view count', panel, `Views ${views} `],
    ]) {
      if (!within.includes(expected)) throw new Error(`the server HTML lacks the video's ${what} "${expected}"`);
    }

    // In the browser: not one request to the proxy from load until 5 s after hydration.
    const proxied = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/sixtyseconds')) proxied.push(request.url());
    });
    await page.goto(url);
    await page.locator('body[data-hydrated]').waitFor({ state: 'attached' });
    await sleep(QUIET_AFTER_HYDRATION_MS);
    if (proxied.length > 0) {
      throw new Error(`the page asked the proxy ${proxied.length} times after a prefetch: ${proxied.join(', ')}`);
    }
    await page.getByRole('region', { name: watched.title, exact: true }).getByText(views).first().waitFor();
    return `title and ${views} views in the server HTML, 0 proxy requests until ${QUIET_AFTER_HYDRATION_MS / 1000} s after hydration`;
  },
});

/** The pages and what each must show; each `visit` leaves the page loaded so its responses can be scanned. */
const PAGES = [
  serverPrefetched('/prefetched', 'prefetchQueries → fallback'),
  serverPrefetched('/query-prefetched', 'its own QueryClient → sixtySecondsQueryOptions → HydrationBoundary'),
  {
    name: 'client dashboard (/)',
    async visit(page, origin, upstream) {
      const { newest, watched } = seeded(upstream.mock);
      await page.goto(`${origin}/?video=${watched.id}`);
      const gallery = page.getByRole('region', { name: 'Videos', exact: true });
      await gallery.getByRole('heading', { name: newest.title, exact: true }).first().waitFor();
      // Posters are real images from the upstream's CDN, which the browser reaches without the proxy.
      const poster = gallery.locator(`article img[src^="${upstream.cdn}/media/thumbnails/"]`).first();
      await poster.waitFor();
      await page.waitForFunction((img) => img.complete && img.naturalWidth > 0, await poster.elementHandle());
      // The panels fill in from the same proxy: the video's own title heads its panel, with its id below.
      await page.getByRole('region', { name: watched.title, exact: true }).getByText(watched.id).waitFor();
      await page.locator('section[aria-labelledby]:not([aria-busy])', { hasText: 'Account analytics' }).waitFor();

      const title = `Host test ${Date.now()}`;
      await page.getByRole('button', { name: 'Create video' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Title').fill(title);
      await dialog.getByLabel('Template').selectOption('tmpl_welcome_message');
      await dialog.getByRole('textbox', { name: 'First name' }).fill('Ada');
      await dialog.getByRole('button', { name: 'Create video' }).click();
      await dialog.waitFor({ state: 'detached' });
      await gallery.getByRole('heading', { name: title, exact: true }).waitFor();
      const created = upstream.mock.requests.filter((request) => request.route === 'createVideo');
      if (created.length !== 1 || created[0].body?.title !== title) {
        throw new Error(`the upstream received ${created.length} create requests, not one for "${title}"`);
      }
      // Empty live regions are always there, waiting for a message; only one that speaks is a failure.
      const alerts = (await page.getByRole('alert').allInnerTexts()).filter((text) => text.trim());
      if (alerts.length > 0) throw new Error(`the page shows alerts: ${alerts.join(' | ')}`);
      return 'data, a created video';
    },
  },
];

/** Builds, starts and drives the Next.js host in `dir`; throws on the first thing that is wrong. */
export async function testNext({ dir, log, note }) {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  for (const name of Object.keys(env)) if (name.startsWith('SIXTYSECONDS_')) delete env[name];
  await run(process.execPath, [NEXT, 'build'], { cwd: dir, env, log, timeoutMs: 300_000 });
  note('next build passed with no key in the environment');

  const key = newKey();
  const upstream = await startUpstream(dir, { key });
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = start(process.execPath, [NEXT, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: dir,
    env: { ...env, SIXTYSECONDS_API_KEY: key, SIXTYSECONDS_API_URL: `${upstream.origin}/v1` },
    log,
  });
  const browser = await launchBrowser();
  try {
    await waitForHttp(origin, server, 60_000);
    const secrets = secretsOf(key, upstream.origin);
    // Picked once: as the mock's clock runs, processing videos publish (with no views yet) and take the top spot.
    const { watched } = seeded(upstream.mock);
    for (const { name, visit } of PAGES) {
      const { page, problems } = await openPage(browser, origin, { allow: [upstream.cdn] });
      const downloaded = [];
      page.on('response', (response) => downloaded.push(response));
      const shown = await visit(page, origin, upstream, dir, watched);
      expectQuietConsole(problems);
      for (const response of downloaded) {
        const body = await response.body().catch(() => Buffer.alloc(0));
        const text = `${JSON.stringify(await response.allHeaders())}\n${body.toString('latin1')}`;
        const leaked = secrets.filter((secret) => text.includes(secret));
        if (leaked.length > 0) throw new Error(`${response.url()} sent ${leaked.join(', ')} to the browser`);
      }
      await page.close();
      note(`${name}: ${shown}, a quiet console, ${downloaded.length} responses free of key and upstream`);
    }
    if (upstream.refused.length > 0) throw new Error(`the upstream refused ${upstream.refused.join(', ')}`);
    const leaks = filesContaining(join(dir, '.next/static'), secrets);
    if (leaks.length > 0) throw new Error(`.next/static leaks: ${leaks.join('; ')}`);
    note(
      `${readdirSync(join(dir, '.next/static'), { recursive: true }).length} entries under .next/static free of key and upstream`,
    );
  } finally {
    await browser.close();
    await server.stop();
    await upstream.close();
  }
}
