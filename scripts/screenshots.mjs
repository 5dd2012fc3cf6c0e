#!/usr/bin/env node
// `npm run screenshots [-- --reuse] [-- --only <text>]`: a full-page PNG of every story in light and dark mode, taken
// in Debian's Chromium from the static Storybook, into screenshots/ (git-ignored, emptied first) with an index.html
// contact sheet. It builds the site first (`npm run build-storybook`) unless --reuse is given; --only keeps the
// stories whose id contains the text. Nothing leaves the machine: requests to other hosts fail at once. A story
// fails when its play function throws, Storybook shows an error, it renders nothing or it does not finish within a
// minute; its picture is still taken when there is one, the failure is listed, and the script exits 1.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const SITE = join(ROOT, 'storybook-static');
const OUT = join(ROOT, 'screenshots');
const MODES = ['light', 'dark'];
const PAGES = 2;
const VIEWPORT = { width: 1200, height: 800 };
/** Play functions that wait out retries with backoff take up to ~15 s. */
const STORY_TIMEOUT_MS = 60_000;
/** After the story has finished: wait until no request has been open for QUIET_MS, but at most SETTLE_MS. */
const QUIET_MS = 500;
const SETTLE_MS = 5_000;
/** The server closes itself (and the script exits 1) if a run ever takes longer than this. */
const LIFETIME_MS = 30 * 60_000;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.vtt': 'text/vtt; charset=utf-8',
};

const { values: flags } = parseArgs({ options: { reuse: { type: 'boolean' }, only: { type: 'string' } } });
const started = Date.now();
const seconds = (from) => `${((Date.now() - from) / 1000).toFixed(1)} s`;

if (!flags.reuse) {
  const build = spawnSync('npm', ['run', 'build-storybook', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  console.log(`screenshots: built the static Storybook in ${seconds(started)}`);
} else if (!existsSync(join(SITE, 'index.json'))) {
  console.error('screenshots: --reuse, but storybook-static/index.json is missing; run `npm run build-storybook`');
  process.exit(1);
}

const index = JSON.parse(await readFile(join(SITE, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter(
  (entry) => entry.type === 'story' && (!flags.only || entry.id.includes(flags.only)),
);
const shots = MODES.flatMap((mode) => stories.map((story) => ({ story, mode, file: `${story.id}--${mode}.png` })));

/** Serves the built site on 127.0.0.1 (a free port) for this run only. */
async function serveSite() {
  const server = createServer(async (request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
      const file = resolve(SITE, `.${path.endsWith('/') ? `${path}index.html` : path}`);
      if (!file.startsWith(SITE + sep)) throw new Error('outside the site');
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': info.size,
      });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const close = () => {
    server.closeAllConnections();
    server.close();
  };
  const address = server.address();
  return { origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, close };
}

/** Storybook's channel events that tell a story ended; runs in the page before Storybook does. */
function recordStoryEvents() {
  const events = [];
  const heard = new WeakSet();
  let channel;
  window.__screenshotsEvents = events;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      if (!value || heard.has(value)) return;
      heard.add(value);
      const names = ['storyFinished', 'playFunctionThrewException', 'unhandledErrorsWhilePlaying'];
      for (const name of [...names, 'storyThrewException', 'storyErrored', 'storyMissing']) {
        value.on(name, (payload) => events.push({ name, payload }));
      }
    },
  });
}

/** Why the story failed, from its events and what is on screen; null when it rendered and its play function passed. */
function storyFailure(id) {
  const events = window.__screenshotsEvents;
  const message = (payload) => {
    const error = Array.isArray(payload) ? payload[0] : payload;
    return `${error?.name ?? 'Error'}: ${String(error?.message ?? error?.description ?? error).split('\n')[0]}`;
  };
  for (const { name, payload } of events) {
    if (name === 'playFunctionThrewException') return `play function: ${message(payload)}`;
    if (name === 'unhandledErrorsWhilePlaying') return `while playing: ${message(payload)}`;
    if (name === 'storyThrewException' || name === 'storyErrored') return `render: ${message(payload)}`;
    if (name === 'storyMissing') return `no story ${id}`;
    if (name === 'storyFinished' && payload.status === 'error') return 'Storybook reports an error';
  }
  if (document.body.classList.contains('sb-show-errordisplay')) return 'Storybook shows its error screen';
  return document.querySelector('#storybook-root')?.childElementCount ? null : 'nothing rendered';
}

/**
 * Opens one story in one mode, waits until Storybook says it finished (loaders, render, play function, animations)
 * and its requests settled, and takes the picture, also of a story that failed. A page already showing another
 * story switches in place, as Storybook's test runner does: a fresh render with its loaders and play function,
 * without loading the preview again. Returns why the story failed, or null.
 */
async function shoot(page, origin, { story, mode, file }, inPlace) {
  const open = new Set();
  const track = (request) => open.add(request);
  const untrack = (request) => open.delete(request);
  page.on('request', track);
  page.on('requestfinished', untrack);
  page.on('requestfailed', untrack);
  try {
    await page.emulateMedia({ colorScheme: mode });
    if (inPlace) {
      await page.evaluate(
        ({ id, theme }) => {
          window.__screenshotsEvents.length = 0;
          const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
          channel.emit('updateGlobals', { globals: { theme } });
          channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
        },
        { id: story.id, theme: mode },
      );
    } else {
      // The theme global picks the mode; axe (the a11y addon's check after each story) is the tests' job, not ours.
      const query = `id=${encodeURIComponent(story.id)}&viewMode=story&globals=theme:${mode};a11y.manual:!true`;
      await page.goto(`${origin}/iframe.html?${query}`, { waitUntil: 'domcontentloaded', timeout: STORY_TIMEOUT_MS });
    }
    await page.waitForFunction(
      (id) =>
        window.__screenshotsEvents.some(
          ({ name, payload }) =>
            (name === 'storyFinished' && payload.storyId === id) ||
            ['storyThrewException', 'storyErrored', 'storyMissing'].includes(name),
        ),
      story.id,
      { timeout: STORY_TIMEOUT_MS, polling: 100 },
    );
    // What the story fetched after its play function (the mock answers after its latency), then images and fonts.
    const settleBy = Date.now() + SETTLE_MS;
    let quietSince = Date.now();
    while (Date.now() < settleBy && Date.now() - quietSince < QUIET_MS) {
      if (open.size > 0) quietSince = Date.now();
      await page.waitForTimeout(50);
    }
    await page.evaluate(async (limit) => {
      const images = [...document.images].filter((image) => !image.complete);
      // A lazy image below the fold would never load for a full-page shot.
      for (const image of images) image.loading = 'eager';
      const loaded = Promise.all(
        images.map(
          (image) => new Promise((done) => ['load', 'error'].map((type) => image.addEventListener(type, done))),
        ),
      );
      await Promise.race([Promise.all([loaded, document.fonts.ready]), new Promise((done) => setTimeout(done, limit))]);
    }, SETTLE_MS);
    await page.screenshot({ path: join(OUT, file), fullPage: true, animations: 'disabled' });
    const failure = await page.evaluate(storyFailure, story.id);
    return failure && stripVTControlCharacters(failure); // expect()'s colours
  } catch (error) {
    return error instanceof Error ? error.message.split('\n')[0] : String(error);
  } finally {
    page.off('request', track);
    page.off('requestfinished', untrack);
    page.off('requestfailed', untrack);
  }
}

const escapeHtml = (text) =>
  String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The contact sheet: every story's light and dark thumbnails, grouped by component, failures in red. */
function contactSheet(failures) {
  const titles = [...new Set(stories.map((story) => story.title))];
  const cell = (shot) => {
    const failure = failures.get(shot.file);
    const picture = `<a href="${shot.file}"><img src="${shot.file}" alt="${shot.mode}" loading="lazy"></a>`;
    return failure ? `<div>${picture}<p class="failed">${shot.mode}: ${escapeHtml(failure)}</p></div>` : picture;
  };
  const sections = titles.map((title) => {
    const rows = stories
      .filter((story) => story.title === title)
      .map((story) => {
        const cells = shots.filter((shot) => shot.story === story).map(cell);
        return `<figure><figcaption>${escapeHtml(story.name)}</figcaption>${cells.join('')}</figure>`;
      });
    return `<section><h2>${escapeHtml(title)}</h2>${rows.join('')}</section>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Storybook screenshots</title><style>
body { font: 14px system-ui, sans-serif; margin: 1.5rem; background: #f4f4f5; }
section { margin-bottom: 2rem; } h2 { font-size: 1.1rem; }
figure { display: inline-grid; grid-template-columns: 280px 280px; gap: 0.5rem; margin: 0 1.5rem 1rem 0; vertical-align: top; }
figcaption { grid-column: 1 / -1; font-weight: 600; }
img { width: 280px; max-height: 360px; object-fit: cover; object-position: top; border: 1px solid #d4d4d8; background: #fff; }
.failed { color: #b91c1c; width: 280px; margin: 0; }
</style></head><body>
<h1>${stories.length} stories, light and dark</h1>
${sections.join('\n')}
</body></html>
`;
}

// A whole run starts from an empty folder; with --only, the other stories' pictures stay.
if (!flags.only) await rm(OUT, { recursive: true, force: true });
await mkdir(OUT, { recursive: true });
const { origin, close } = await serveSite();
const lifetime = setTimeout(() => {
  console.error(`screenshots: still running after ${LIFETIME_MS / 60_000} min; stopping`);
  close();
  process.exit(1);
}, LIFETIME_MS);
lifetime.unref();

const shotsStarted = Date.now();
const failures = new Map();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
try {
  const context = await browser.newContext({ viewport: VIEWPORT });
  // Offline, like CI: anything not from this server (the mock's CDN links) fails at once instead of hanging.
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => route.abort('internetdisconnected'),
  );
  const queue = [...shots];
  const worker = async () => {
    const page = await context.newPage();
    await page.addInitScript(recordStoryEvents);
    let showing; // the story on screen, while the page is in a known state
    for (let shot = queue.shift(); shot; shot = queue.shift()) {
      const failure = await shoot(page, origin, shot, showing !== undefined && showing !== shot.story.id);
      showing = failure ? undefined : shot.story.id;
      if (failure) {
        failures.set(shot.file, failure);
        console.error(`✗ ${shot.story.id} (${shot.mode}): ${failure}`);
      }
    }
    await page.close();
  };
  await Promise.all(Array.from({ length: PAGES }, worker));
} finally {
  await browser.close();
  close();
  clearTimeout(lifetime);
}

await writeFile(join(OUT, 'index.html'), contactSheet(failures));
const pictures = shots.filter((shot) => existsSync(join(OUT, shot.file))).length;
console.log(
  `screenshots: ${pictures} PNGs of ${stories.length} stories × light, dark in ${seconds(shotsStarted)}` +
    ` (${seconds(started)} in all), ${failures.size} failed → screenshots/index.html`,
);
if (failures.size > 0) process.exit(1);
