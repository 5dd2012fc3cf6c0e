// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { createProxyHandler, type ProxyOptions, toNodeHandler } from '../../src/server';
import { KEY, listen, recordingUpstream, sendRaw } from './helpers';

const at = (path: string, init?: RequestInit) => new Request(`http://app.local/api/sixtyseconds${path}`, init);

let log: MockInstance<typeof console.error>;
beforeEach(() => {
  log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => log.mockRestore());

/** What the browser and the server log see from a proxy built with `options`, after two requests. */
async function misconfigured(options: unknown) {
  const upstream = recordingUpstream();
  // Next.js imports route modules at build time, where the secrets usually are not: creating must never throw.
  const handler = createProxyHandler({ fetch: upstream.fetch, ...(options as ProxyOptions) });
  const first = await handler(at('/videos'));
  const second = await handler(at('/videos', { method: 'POST', body: '{}' }));
  return {
    status: [first.status, second.status],
    body: (await first.json()) as { error: { code: string; message: string } },
    headers: first.headers,
    logged: log.mock.calls.map((call) => call.join(' ')),
    upstreamCalls: upstream.calls.length,
  };
}

describe('a proxy created with unusable options', () => {
  it.each([
    ['no key', {}],
    ['an unset environment variable', { apiKey: process.env.SIXTYSECONDS_TEST_UNSET_KEY }],
    ['an empty key', { apiKey: '' }],
    ['a blank key', { apiKey: '   ' }],
  ])('with %s answers 500 naming apiKey, and logs how to fix it once', async (_name, options) => {
    const seen = await misconfigured(options);
    expect(seen.status).toEqual([500, 500]);
    expect(seen.body.error).toEqual({ code: 'proxy_error', message: expect.stringMatching(/\bapiKey\b/) });
    expect(seen.headers.get('cache-control')).toBe('private, no-store');
    expect(seen.logged).toEqual([expect.stringMatching(/apiKey is missing.*SIXTYSECONDS_API_KEY/)]);
    expect(seen.upstreamCalls).toBe(0);
  });

  it('answers 500 even when there are no options at all', async () => {
    const response = await createProxyHandler(undefined as never)(new Request('http://app.local/videos'));
    expect(response.status).toBe(500);
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('never shows a malformed key, in the answer or in the log', async () => {
    const seen = await misconfigured({ apiKey: `${KEY}\n` });
    expect(seen.status).toEqual([500, 500]);
    expect(seen.body.error.message).toMatch(/\bapiKey\b/);
    expect(seen.logged).toEqual([expect.stringMatching(/apiKey contains spaces or control characters/)]);
    expect(JSON.stringify(seen)).not.toContain(KEY);
  });

  it.each([
    ['a relative upstream', { upstream: '/v1' }, 'upstream', /upstream must be an absolute/],
    ['an upstream with credentials', { upstream: 'https://u:p@api.test/v1' }, 'upstream', /without credentials/],
    ['a non-http upstream', { upstream: 'file:///etc/passwd' }, 'upstream', /http\(s\)/],
    ['an upstream ending in an empty query', { upstream: 'https://api.test/v1?' }, 'upstream', /query/],
    ['an upstream ending in an empty fragment', { upstream: 'https://api.test/v1#' }, 'upstream', /fragment/],
    ['plain http to another host', { upstream: 'http://api.test/v1' }, 'upstream', /https.*loopback/],
    ['plain http to a look-alike of localhost', { upstream: 'http://localhost.evil.test/v1' }, 'upstream', /https/],
    ['plain http to a look-alike of 127.0.0.1', { upstream: 'http://127.0.0.1.evil.test' }, 'upstream', /https/],
    ['a zero timeout', { timeoutMs: 0 }, 'timeoutMs', /timeoutMs must be a positive number/],
    ['a negative body limit', { maxBodyBytes: -1 }, 'maxBodyBytes', /maxBodyBytes must be a positive number/],
    ['a fetch that is not a function', { fetch: 'fetch' }, 'fetch', /fetch must be a function/],
    ['an authorize that is not a function', { authorize: true }, 'authorize', /authorize must be a function/],
  ])('with %s answers 500 naming %s, and logs the fix once', async (_name, options, setting, logged) => {
    const seen = await misconfigured({ apiKey: KEY, ...options });
    expect(seen.status).toEqual([500, 500]);
    expect(seen.body.error.code).toBe('proxy_error');
    expect(seen.body.error.message).toMatch(new RegExp(`\\b${setting}\\b`));
    expect(seen.logged).toEqual([expect.stringMatching(logged)]);
    expect(seen.upstreamCalls).toBe(0);
    // The browser learns which setting is wrong, not its value.
    expect(JSON.stringify(seen.body)).not.toMatch(/api\.test|evil|passwd|sk_live/);
  });

  it('with a bad basePath answers every request with the 500, as no path can be told apart', async () => {
    const response = await createProxyHandler({ apiKey: KEY, basePath: 'api' })(new Request('http://app.local/x'));
    expect(response.status).toBe(500);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/\bbasePath\b/);
    expect(log.mock.calls).toEqual([[expect.stringMatching(/basePath must be a path such as \/api\/sixtyseconds/)]]);
  });

  it('still leaves paths outside a good basePath to the rest of the app', async () => {
    const handler = createProxyHandler({ apiKey: '', basePath: '/api/sixtyseconds' });
    const site = await listen((req, res) =>
      toNodeHandler(handler)(req, res, () => res.writeHead(200).end('the next route')),
    );
    try {
      expect((await sendRaw(site.origin, { target: '/about' })).text).toBe('the next route');
      expect((await sendRaw(site.origin, { target: '/api/sixtyseconds/videos' })).status).toBe(500);
      expect(log).toHaveBeenCalledTimes(1);
    } finally {
      await site.close();
    }
  });
});

describe('a proxy created with usable options', () => {
  it.each([
    ['https://api.test/v1/', 'https://api.test/v1/videos'],
    ['http://localhost:8080/v1', 'http://localhost:8080/v1/videos'],
    ['http://127.0.0.2:8080', 'http://127.0.0.2:8080/videos'],
    ['http://[::1]:3000/api/', 'http://[::1]:3000/api/videos'],
  ])('accepts %s and sends GET /videos to %s, logging nothing', async (upstreamBase, expected) => {
    const upstream = recordingUpstream();
    await createProxyHandler({ apiKey: KEY, upstream: upstreamBase, fetch: upstream.fetch })(
      new Request('http://app.local/videos'),
    );
    expect(upstream.calls.map((call) => call.url.href)).toEqual([expected]);
    expect(log).not.toHaveBeenCalled();
  });
});
