// The fake SixtySeconds API each host's proxy talks to: the package's own seeded mock behind a Bearer check, on a
// random loopback port. Both come from the host's installed tarball, by package name, as a host would import them.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Imports `specifier` as the app in `appDir` resolves it (its node_modules, the package's `exports`). */
export function importFrom(appDir, specifier) {
  const path = createRequire(join(appDir, 'package.json')).resolve(specifier);
  return import(pathToFileURL(path).href);
}

/** A fresh API key that looks real and is easy to find in any file it leaks into. */
export const newKey = () => `sk_live_hosttest_${randomBytes(12).toString('hex')}`;

/** Listens on a random loopback port; resolves to the server's origin. */
async function listen(server) {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${server.address().port}`;
}

/** Stops a server, dropping open (keep-alive, media) connections. */
const stop = (server) =>
  new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

/**
 * Serves `createMockApi({ seed })` from the app's install on 127.0.0.1, refusing (401) every request without
 * `Authorization: Bearer <key>`. `refused` lists what it turned away; `mock.requests` what it answered; `seed` is
 * the mock's seed, for a test to build the same data with a mock of its own. Its files (posters, the sample video,
 * export downloads) come from a second port, `cdn`, with no key, as the real API's CDN does: the browser loads them
 * directly, and the upstream's own address never reaches the browser.
 */
export async function startUpstream(appDir, { key, seed = 1 }) {
  const { createMockApi } = await importFrom(appDir, '@sixtyseconds/react/mock');
  const { toNodeHandler } = await importFrom(appDir, '@sixtyseconds/react/server');
  let mock;
  const cdnServer = createServer(
    toNodeHandler((request) =>
      /^\/(?:media|exports)\//.test(new URL(request.url).pathname)
        ? mock.fetch(request)
        : Response.json({ error: { code: 'not_found', message: 'The CDN serves files only.' } }, { status: 404 }),
    ),
  );
  const cdn = await listen(cdnServer);
  mock = createMockApi({ seed, latencyMs: 0, mediaBaseUrl: cdn });
  const refused = [];
  const server = createServer(
    toNodeHandler(async (request) => {
      if (request.headers.get('authorization') === `Bearer ${key}`) return mock.fetch(request);
      refused.push(`${request.method} ${new URL(request.url).pathname}`);
      return Response.json({ error: { code: 'unauthorized', message: 'Invalid API key.' } }, { status: 401 });
    }),
  );
  const origin = await listen(server);
  return {
    mock,
    seed,
    origin,
    cdn,
    refused,
    close: () => Promise.all([stop(server), stop(cdnServer)]),
  };
}
