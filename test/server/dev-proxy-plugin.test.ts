// @vitest-environment node

import { createServer, type ViteDevServer } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import sixtySecondsProxyPlugin from '../../.storybook/proxy-plugin';
import { createMockApi } from '../../src/mock';
import { toNodeHandler } from '../../src/server';
import { KEY, type Listening, listen, sendRaw } from './helpers';

const opened: Array<{ close(): Promise<void> }> = [];
const saved = { ...process.env };

afterEach(async () => {
  process.env = { ...saved };
  await Promise.all(opened.splice(0).map((server) => server.close()));
});

// A dev server as `npm start` would run it, with only our plugin, in front of the mock standing in for the API.
async function devServer(env: Record<string, string>): Promise<{ vite: ViteDevServer; site: Listening }> {
  Object.assign(process.env, env);
  const vite = await createServer({
    configFile: false,
    logLevel: 'silent',
    server: { middlewareMode: true, hmr: false, ws: false },
    plugins: [sixtySecondsProxyPlugin()],
  });
  const site = await listen((req, res) => vite.middlewares(req, res));
  opened.push(vite, site);
  return { vite, site };
}

describe('the Storybook dev proxy', () => {
  it('without SIXTYSECONDS_API_KEY mounts nothing, so the stories keep using the mock', async () => {
    delete process.env.SIXTYSECONDS_API_KEY;
    const { site } = await devServer({});
    const response = await sendRaw(site.origin, { target: '/api/sixtyseconds/videos' });
    // Vite's own empty 404: no proxy answered (ours would send JSON).
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toBeUndefined();
  });

  it('with the key, serves /api/sixtyseconds from the API and keeps the key out of the page', async () => {
    const mock = createMockApi({ seed: 3 });
    const api = await listen(toNodeHandler((request) => mock.fetch(request)));
    opened.push(api);
    const { vite, site } = await devServer({ SIXTYSECONDS_API_KEY: KEY, SIXTYSECONDS_API_URL: `${api.origin}/v1` });
    expect(JSON.stringify(vite.config.define ?? {})).not.toContain(KEY);
    const response = await sendRaw(site.origin, { target: '/api/sixtyseconds/videos?limit=2' });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text).data).toHaveLength(2);
    expect(mock.requests.at(-1)?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(response.text).not.toContain(KEY);
  });
});
