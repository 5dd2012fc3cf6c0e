import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

type ServerEntry = typeof import('../src/server/index.js');

const SERVER_ENTRY = fileURLToPath(new URL('../src/server/index.ts', import.meta.url));

/** Where the stories' provider sends requests, live or mocked. */
export const PROXY_BASE_PATH = '/api/sixtyseconds';

const isLoopback = (address: string | undefined) =>
  address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';

function refuseRemote(res: ServerResponse) {
  res.writeHead(403, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ error: { code: 'forbidden', message: 'The development proxy only serves this machine.' } }));
}

/**
 * Mounts the SixtySeconds proxy at `/api/sixtyseconds` in the dev server when `SIXTYSECONDS_API_KEY` is set;
 * `SIXTYSECONDS_API_URL` overrides the upstream. The key stays in this Node process, never in the browser bundle.
 */
export default function sixtySecondsProxyPlugin(): Plugin {
  return {
    name: 'sixtyseconds-dev-proxy',
    apply: 'serve',
    async configureServer(server) {
      const apiKey = process.env.SIXTYSECONDS_API_KEY;
      if (!apiKey) return;
      // Loaded through Vite, and only in live mode: Storybook imports main.ts (and so this file) with Node's own
      // resolver, which refuses the source tree's extensionless imports.
      const { createProxyHandler, toNodeHandler } = (await server.ssrLoadModule(SERVER_ENTRY)) as ServerEntry;
      const proxy = toNodeHandler(
        createProxyHandler({
          apiKey,
          upstream: process.env.SIXTYSECONDS_API_URL || undefined,
          basePath: PROXY_BASE_PATH,
        }),
      );
      // The dev server may listen on every interface; a real key must not be usable from the rest of the network.
      const allowRemote = process.env.SIXTYSECONDS_PROXY_ALLOW_REMOTE === '1';
      server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
        if (!req.url?.startsWith(`${PROXY_BASE_PATH}/`)) return next();
        if (!allowRemote && !isLoopback(req.socket.remoteAddress)) return refuseRemote(res);
        proxy(req, res, next);
      });
      server.config.logger.info(`  SixtySeconds: stories use the live API through ${PROXY_BASE_PATH}`);
    },
  };
}
