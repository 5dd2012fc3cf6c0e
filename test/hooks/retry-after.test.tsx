import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useVideos } from '../../src/hooks';
import { createMockApi } from '../../src/mock';
import { renderHookWithApi } from '../render';

describe('retrying', () => {
  it('waits as long as Retry-After asks before trying a 429 again, then shows the data', async () => {
    const mock = createMockApi({ seed: 2, faults: { listVideos: { status: 429, retryAfter: 1, times: 1 } } });
    const sentAt: number[] = [];
    const { result } = renderHookWithApi(() => useVideos(), {
      mock,
      retry: { retries: 2, baseDelayMs: 5 },
      fetch: (request) => {
        sentAt.push(Date.now());
        return globalThis.fetch(request);
      },
    });
    await waitFor(() => expect(result.current.data).toBeDefined(), { timeout: 3000 });
    expect(result.current.error).toBeUndefined();
    expect(sentAt).toHaveLength(2);
    expect((sentAt[1] ?? 0) - (sentAt[0] ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('waits the whole Retry-After even when it is longer than the policy lets backoff grow', async () => {
    const mock = createMockApi({ seed: 2, faults: { listVideos: { status: 503, retryAfter: 1, times: 1 } } });
    const sentAt: number[] = [];
    const { result } = renderHookWithApi(() => useVideos(), {
      mock,
      retry: { retries: 2, baseDelayMs: 5, maxDelayMs: 100 },
      fetch: (request) => {
        sentAt.push(Date.now());
        return globalThis.fetch(request);
      },
    });
    await waitFor(() => expect(result.current.error?.status).toBe(503));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sentAt).toHaveLength(1);
    await waitFor(() => expect(result.current.data).toBeDefined(), { timeout: 3000 });
    expect((sentAt[1] ?? 0) - (sentAt[0] ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('recovers from one 500 without showing an error at the end', async () => {
    const mock = createMockApi({ seed: 2, faults: { listVideos: { status: 500, times: 1 } } });
    const { result } = renderHookWithApi(() => useVideos(), { mock });
    await waitFor(() => expect(result.current.data).toBeDefined());
    expect(result.current.error).toBeUndefined();
    expect(mock.requests).toHaveLength(2);
  });
});
