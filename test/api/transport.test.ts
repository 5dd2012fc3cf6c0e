// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient, type SixtySecondsError } from '../../src/api';
import { createMockApi } from '../../src/mock';

const answer =
  (body: string, init: ResponseInit = {}) =>
  async () =>
    new Response(body, init);
const client = (fetch: (request: Request) => Promise<Response>, timeoutMs?: number) =>
  createClient({ baseUrl: 'http://proxy.test/api/ss', fetch, ...(timeoutMs && { timeoutMs }) });
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('expected a rejection'),
    (error: SixtySecondsError) => error,
  );

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the client', () => {
  it('times out on schedule even with a fetch that ignores its signal', async () => {
    // Fake time: the timeout is checked to the millisecond, not "under 500 ms" of a machine that may be slow.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const stubborn = () => new Promise<Response>((resolve) => setTimeout(() => resolve(Response.json({})), 1_000));
    let settled = false;
    const pending = failure(client(stubborn, 50).listVideos()).finally(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(49);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
    expect((await pending).kind).toBe('timeout');
  });

  it('is cancelled on schedule even when the body never finishes arriving', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const controller = new AbortController();
    const endless = async () =>
      new Response(new ReadableStream({ start: (stream) => stream.enqueue(new TextEncoder().encode('{"da')) }));
    const pending = failure(client(endless).listVideos({}, { signal: controller.signal }));
    setTimeout(() => controller.abort(), 20);
    await vi.advanceTimersByTimeAsync(20);
    expect((await pending).kind).toBe('aborted');
  });

  it('sends GETs to the proxy with the query and no body', async () => {
    const sent: Request[] = [];
    const list = { data: [], pagination: { total: 0, page: 2, limit: 5, next_page: null, prev_page: 1 } };
    await client(async (request) => {
      sent.push(request);
      return Response.json(list);
    }).listVideos({ page: 2, limit: 5, status: 'draft' });
    expect(sent[0]?.url).toBe('http://proxy.test/api/ss/videos?page=2&limit=5&status=draft');
    expect(sent[0]?.headers.get('authorization')).toBeNull();
  });

  it('encodes ids into the path', async () => {
    const sent: Request[] = [];
    await failure(
      client(async (request) => {
        sent.push(request);
        return new Response('{}', { status: 404 });
      }).getVideoAnalytics('vid_a.b-c', { startDate: '2026-01-01' }),
    );
    expect(sent[0]?.url).toBe('http://proxy.test/api/ss/analytics/videos/vid_a.b-c?start_date=2026-01-01');
  });

  it('refuses ids that could escape their path segment, before sending', async () => {
    for (const id of ['../videos', 'a/b', 'a?b', 'a#b', 'a\r\nb', '']) {
      const error = await failure(client(answer('{}')).getTemplateAnalytics(id));
      expect(error.kind).toBe('invalid-request');
    }
  });

  it('names the field when the response has the wrong shape', async () => {
    const bad = { data: [{ id: 'v', title: 't', status: 'exploded' }], pagination: {} };
    const error = await failure(client(answer(JSON.stringify(bad))).listVideos());
    expect(error).toMatchObject({ kind: 'invalid-response', field: 'data.0.status' });
    expect(error.message).toContain('data.0.status');
  });

  it('says plainly when the answer is not JSON', async () => {
    const error = await failure(client(answer('<html>oops</html>', { status: 200 })).listVideos());
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toMatch(/not JSON/);
  });

  it('reads the message, code and field errors of an error body', async () => {
    const body = {
      error: { code: 'validation_failed', message: 'Title is required.', fields: { title: 'Required.' } },
    };
    const error = await failure(
      client(answer(JSON.stringify(body), { status: 422 })).createVideo({
        title: 'x',
        template_id: 't',
        customer_data: {},
      }),
    );
    expect(error).toMatchObject({
      kind: 'http',
      status: 422,
      code: 'validation_failed',
      message: 'Title is required.',
    });
    expect(error.fieldErrors).toEqual({ title: 'Required.' });
    expect(error.retryable).toBe(false);
  });

  it('falls back to a readable message per status and reads Retry-After', async () => {
    const error = await failure(client(answer('', { status: 429, headers: { 'retry-after': '3' } })).listVideos());
    expect(error).toMatchObject({ kind: 'http', status: 429, retryAfterMs: 3000, retryable: true });
    expect(error.message).toMatch(/Too many requests/);
  });

  it('tells network failures, time-outs and cancellations apart', async () => {
    const network = await failure(client(async () => Promise.reject(new TypeError('fetch failed'))).listVideos());
    expect(network).toMatchObject({ kind: 'network', retryable: true });

    const hang = (request: Request) =>
      new Promise<Response>((_, reject) =>
        request.signal.addEventListener('abort', () => reject(request.signal.reason)),
      );
    const timeout = await failure(client(hang, 20).listVideos());
    expect(timeout).toMatchObject({ kind: 'timeout', retryable: true });

    const controller = new AbortController();
    const pending = client(hang).listVideos({}, { signal: controller.signal });
    controller.abort();
    expect(await failure(pending)).toMatchObject({ kind: 'aborted', retryable: false });
  });

  it('explains a relative proxy URL outside a browser instead of calling it a network error', async () => {
    const error = await failure(createClient({ baseUrl: '/api/ss' }).listVideos());
    expect(error.kind).toBe('invalid-request');
    expect(error.message).toMatch(/origin/);
  });

  it('names a missing Request (stock jsdom under Jest) instead of blaming a URL that has an origin', async () => {
    const mock = createMockApi();
    vi.stubGlobal('Request', undefined);
    const error = await failure(createClient({ baseUrl: 'http://mock', fetch: mock.fetch }).listVideos({ limit: 5 }));
    expect(error).toMatchObject({ kind: 'invalid-request', retryable: false });
    expect(error.message).toBe(
      'GET /videos was not sent: this environment has no global Request. Run it where the fetch API exists (a ' +
        'browser, Node 18 or later); under Jest, jsdom leaves it out, so use the jest-fixed-jsdom environment.',
    );
    expect(mock.requests).toHaveLength(0);
  });

  it('names a missing fetch, and does not retry what no retry can fix', async () => {
    vi.stubGlobal('fetch', undefined);
    const error = await failure(createClient({ baseUrl: 'http://proxy.test/api/ss' }).listVideos());
    expect(error).toMatchObject({ kind: 'invalid-request', retryable: false });
    expect(error.message).toMatch(/^GET \/videos was not sent: this environment has no global fetch\. /);
  });
});
