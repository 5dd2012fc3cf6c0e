import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useVideos } from '../../src/hooks';
import { createMockApi } from '../../src/mock';
import { renderHookWithApi } from '../render';

// Fake time: the second request is checked to leave exactly when Retry-After allows, not "at least 950 ms later" on a
// machine that may be slow.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Moves the fake clock on by `ms`, letting every request and render that falls due settle. */
const elapse = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

function renderRecording(fault: { status: number; retryAfter: number; times: number }, maxDelayMs?: number) {
  const mock = createMockApi({ seed: 2, faults: { listVideos: fault } });
  const sentAt: number[] = [];
  const rendered = renderHookWithApi(() => useVideos(), {
    mock,
    retry: { retries: 2, baseDelayMs: 5, ...(maxDelayMs !== undefined && { maxDelayMs }) },
    fetch: (request) => {
      sentAt.push(Date.now());
      return globalThis.fetch(request);
    },
  });
  return { ...rendered, sentAt, startedAt: Date.now() };
}

describe('retrying', () => {
  it('waits as long as Retry-After asks before trying a 429 again, then shows the data', async () => {
    const { result, sentAt, startedAt } = renderRecording({ status: 429, retryAfter: 1, times: 1 });
    await elapse(999);
    expect(sentAt.map((at) => at - startedAt)).toEqual([0]);
    await elapse(50);
    expect(sentAt).toHaveLength(2);
    expect((sentAt[1] ?? 0) - (sentAt[0] ?? 0)).toBeGreaterThanOrEqual(1000);
    expect(result.current.data).toBeDefined();
    expect(result.current.error).toBeUndefined();
  });

  it('waits the whole Retry-After even when it is longer than the policy lets backoff grow', async () => {
    const { result, sentAt } = renderRecording({ status: 503, retryAfter: 1, times: 1 }, 100);
    await elapse(300);
    expect(result.current.error?.status).toBe(503);
    expect(sentAt).toHaveLength(1);
    await elapse(700);
    expect(sentAt).toHaveLength(2);
    expect((sentAt[1] ?? 0) - (sentAt[0] ?? 0)).toBeGreaterThanOrEqual(1000);
    await elapse(10);
    expect(result.current.data).toBeDefined();
  });

  it('recovers from one 500 without showing an error at the end', async () => {
    const mock = createMockApi({ seed: 2, faults: { listVideos: { status: 500, times: 1 } } });
    const { result } = renderHookWithApi(() => useVideos(), { mock });
    await elapse(100);
    expect(result.current.data).toBeDefined();
    expect(result.current.error).toBeUndefined();
    expect(mock.requests).toHaveLength(2);
  });
});
