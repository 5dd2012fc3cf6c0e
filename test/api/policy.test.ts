// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { matchRoute, parseErrorBody, parseRetryAfter, retryDelay, routePath, SixtySecondsError } from '../../src/api';

const http = (status: number, retryAfterMs?: number) =>
  new SixtySecondsError('http', 'x', { status, ...(retryAfterMs !== undefined && { retryAfterMs }) });

describe('retry policy', () => {
  const policy = { retries: 3, baseDelayMs: 100, maxDelayMs: 1000 };

  it('retries network, timeout, 429 and 5xx with doubling delays, and nothing else', () => {
    expect([1, 2, 3, 4].map((attempt) => retryDelay(http(503), attempt, policy))).toEqual([100, 200, 400, undefined]);
    expect(retryDelay(new SixtySecondsError('network', 'x'), 1, policy)).toBe(100);
    expect(retryDelay(new SixtySecondsError('timeout', 'x'), 1, policy)).toBe(100);
    for (const status of [400, 401, 403, 404, 409, 422]) expect(retryDelay(http(status), 1, policy)).toBeUndefined();
    expect(retryDelay(new SixtySecondsError('invalid-response', 'x'), 1, policy)).toBeUndefined();
    expect(retryDelay(new SixtySecondsError('aborted', 'x'), 1, policy)).toBeUndefined();
    expect(retryDelay(new Error('plain'), 1, policy)).toBeUndefined();
  });

  it('waits the whole Retry-After, even past the longest backoff', () => {
    expect(retryDelay(http(429, 700), 1, policy)).toBe(700);
    expect(retryDelay(http(429, 60_000), 1, policy)).toBe(60_000);
    expect(retryDelay(http(503, 60_000), 3, policy)).toBe(60_000);
    expect(retryDelay(http(503), 3, { ...policy, baseDelayMs: 900 })).toBe(1000);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe('error bodies', () => {
  it('reads the common shapes APIs use', () => {
    expect(parseErrorBody({ error: { message: 'm', code: 'c', fields: { a: 'x' } } })).toEqual({
      message: 'm',
      code: 'c',
      fieldErrors: { a: 'x' },
    });
    expect(parseErrorBody({ message: 'm', errors: { a: ['first', 'second'] } })).toEqual({
      message: 'm',
      fieldErrors: { a: 'first' },
    });
    expect(parseErrorBody({ error: 'm', errors: [{ field: 'b', message: 'y' }] })).toEqual({
      message: 'm',
      fieldErrors: { b: 'y' },
    });
    expect(parseErrorBody('<html>')).toEqual({});
  });
});

describe('the route table', () => {
  it('matches the seven documented routes and nothing else', () => {
    expect(matchRoute('GET', '/videos')).toEqual({ ok: true, name: 'listVideos', id: undefined });
    expect(matchRoute('POST', '/videos')).toMatchObject({ ok: true, name: 'createVideo' });
    expect(matchRoute('GET', '/analytics/videos/vid_1')).toEqual({ ok: true, name: 'getVideoAnalytics', id: 'vid_1' });
    expect(matchRoute('GET', '/analytics/account')).toMatchObject({ ok: true, name: 'getAccountAnalytics' });
    expect(matchRoute('GET', '/analytics/templates/t')).toMatchObject({ ok: true, name: 'getTemplateAnalytics' });
    expect(matchRoute('POST', '/analytics/export')).toMatchObject({ ok: true, name: 'createAnalyticsExport' });
    expect(matchRoute('GET', '/analytics/export/e1')).toMatchObject({ ok: true, name: 'getAnalyticsExport', id: 'e1' });
    expect(matchRoute('DELETE', '/videos')).toEqual({
      ok: false,
      reason: 'method-not-allowed',
      allow: ['GET', 'POST'],
    });
    expect(matchRoute('GET', '/analytics/videos/')).toMatchObject({ ok: false, reason: 'not-found' });
    expect(matchRoute('GET', '/videos/vid_1')).toMatchObject({ ok: false, reason: 'not-found' });
    expect(routePath('getAnalyticsExport', 'a b')).toBe('/analytics/export/a%20b');
  });
});
