// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { createProxyHandler, toNodeHandler } from '../../src/server';
import { KEY, listen, recordingUpstream, sendRaw } from './helpers';

let log: MockInstance;
beforeEach(() => {
  log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  log.mockRestore();
});

const errorOf = async (response: Response) => {
  expect(response.status).toBe(404);
  return ((await response.json()) as { error: { code: string; message: string } }).error;
};

describe('a proxy mounted somewhere its basePath does not say', () => {
  it('without basePath under /api/sixtyseconds: every 404 names basePath and the mount; the log says so once', async () => {
    const upstream = recordingUpstream();
    const handler = createProxyHandler({ apiKey: KEY, fetch: upstream.fetch });
    const paths = ['/videos?page=1', '/analytics/account', '/analytics/videos/vid_12345abcde', '/videos'];
    for (const path of paths) {
      const error = await errorOf(await handler(new Request(`http://app.local/api/sixtyseconds${path}`)));
      expect(error).toEqual({
        code: 'not_found',
        message:
          'There is no SixtySeconds API endpoint at this path. The proxy has no basePath. If it is mounted at ' +
          "/api/sixtyseconds, set basePath: '/api/sixtyseconds'.",
      });
    }
    expect(log.mock.calls).toEqual([
      [
        'createProxyHandler: a request under /api/sixtyseconds/ matched no endpoint and was answered 404. The proxy ' +
          "has no basePath. If it is mounted at /api/sixtyseconds, set basePath: '/api/sixtyseconds'.",
      ],
    ]);
    expect(upstream.calls).toHaveLength(0);
  });

  it('with another basePath: a request outside it gets a 404 naming basePath, and one log line in all', async () => {
    const handler = createProxyHandler({
      apiKey: KEY,
      basePath: '/api/sixtyseconds',
      fetch: recordingUpstream().fetch,
    });
    const first = await errorOf(await handler(new Request('http://app.local/api/ss/videos')));
    expect(first.message).toBe(
      'Nothing is served at this path. The SixtySeconds proxy answers only under basePath /api/sixtyseconds. ' +
        "If it is mounted at /api/ss, set basePath: '/api/ss'.",
    );
    const stray = await errorOf(await handler(new Request('http://app.local/favicon.ico')));
    expect(stray.message).toBe(
      'Nothing is served at this path. The SixtySeconds proxy answers only under basePath /api/sixtyseconds.',
    );
    await handler(new Request('http://app.local/api/ss/analytics/account'));
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]?.[0]).toMatch(/^createProxyHandler: a request outside basePath \/api\/sixtyseconds /);
  });

  it('suggests no mount a hostile path spells out, and keeps it out of the log', async () => {
    const handler = createProxyHandler({
      apiKey: KEY,
      basePath: '/api/sixtyseconds',
      fetch: recordingUpstream().fetch,
    });
    const error = await errorOf(await handler(new Request('http://app.local/%0aFAKE%20LOG%20LINE/videos')));
    expect(error.message).not.toMatch(/FAKE|mounted at/);
    expect(JSON.stringify(log.mock.calls)).not.toMatch(/FAKE/);
  });

  it('mounted where basePath says, an unknown endpoint keeps its plain 404 and logs nothing', async () => {
    const handler = createProxyHandler({
      apiKey: KEY,
      basePath: '/api/sixtyseconds',
      fetch: recordingUpstream().fetch,
    });
    const error = await errorOf(await handler(new Request('http://app.local/api/sixtyseconds/templates')));
    expect(error.message).toBe('There is no such SixtySeconds API endpoint.');
    expect(log).not.toHaveBeenCalled();
  });

  it('as Express middleware, paths outside basePath still go to next() without a word in the log', async () => {
    const handler = createProxyHandler({
      apiKey: KEY,
      basePath: '/api/sixtyseconds',
      fetch: recordingUpstream().fetch,
    });
    const site = await listen((req, res) => toNodeHandler(handler)(req, res, () => res.writeHead(200).end('next')));
    try {
      expect((await sendRaw(site.origin, { target: '/about/videos' })).text).toBe('next');
      expect(log).not.toHaveBeenCalled();
    } finally {
      await site.close();
    }
  });

  it('with a missing key as well, the 404 outside basePath still names it', async () => {
    const handler = createProxyHandler({ apiKey: undefined, basePath: '/api/sixtyseconds' });
    const error = await errorOf(await handler(new Request('http://app.local/api/ss/videos')));
    expect(error.message).toMatch(/basePath \/api\/sixtyseconds\. If it is mounted at \/api\/ss, set basePath/);
  });
});
