import { act, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useVideos } from '../../src/hooks';
import { renderHookWithApi, requestsTo } from '../render';

// Fake time: polls (intervals), retries and "nothing more was asked" are steps of the clock, not real sleeps.
const useFakeClock = () =>
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
afterEach(() => {
  vi.useRealTimers();
});

/** Moves the fake clock on by `ms`, letting every request and render that falls due settle. */
const elapse = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

describe('a processing list whose poll fails', () => {
  it('keeps polling once the API recovers, after its retries ran out', async () => {
    useFakeClock();
    const { result, mock } = renderHookWithApi(() => useVideos({ status: 'processing' }), { pollIntervalMs: 30 });
    await elapse(0);
    expect(result.current.data?.data.length).toBeGreaterThan(0);
    // The next poll and its one retry (the tests' policy) both meet a 503.
    mock.setFault('listVideos', { status: 503, times: 2 });
    await elapse(45);
    expect(result.current.error?.status).toBe(503);
    const failed = requestsTo(mock, 'listVideos').length;
    await elapse(300);
    expect(requestsTo(mock, 'listVideos').length).toBeGreaterThanOrEqual(failed + 3);
    expect(result.current.error).toBeUndefined();
    expect(result.current.data?.data.every((video) => video.status === 'processing')).toBe(true);
  });

  it('stops asking when the failure is not worth retrying, such as a 401', async () => {
    useFakeClock();
    const { result, mock } = renderHookWithApi(() => useVideos({ status: 'processing' }), { pollIntervalMs: 30 });
    await elapse(0);
    expect(result.current.data?.data.length).toBeGreaterThan(0);
    mock.setFault('listVideos', { status: 401 });
    // The poll leaves at 30 ms; TanStack Query renders its error one task (1 ms of the fake clock) later.
    await elapse(31);
    expect(result.current.error?.status).toBe(401);
    const failed = requestsTo(mock, 'listVideos').length;
    await elapse(300);
    expect(requestsTo(mock, 'listVideos')).toHaveLength(failed);
  });
});

describe('a page change that fails', () => {
  it("shows the new page's error instead of leaving the old page up as if it were loading", async () => {
    useFakeClock();
    const { result, rerender, mock } = renderHookWithApi(
      ({ page }: { page: number }) => useVideos({ page, limit: 5 }),
      {},
      { initialProps: { page: 1 } },
    );
    await elapse(0);
    expect(result.current.data?.pagination.page).toBe(1);
    mock.setFault('listVideos', { status: 500 });
    rerender({ page: 2 });
    expect(result.current).toMatchObject({ isPreviousData: true, isLoading: true });
    await elapse(50);
    expect(result.current.error?.status).toBe(500);
    expect(result.current).toMatchObject({ data: undefined, isPreviousData: false });
    await elapse(1_000);
    expect(result.current).toMatchObject({ data: undefined, isPreviousData: false });
  });
});

describe('refetch', () => {
  it('resolves undefined when the request fails, not the data already on screen', async () => {
    const { result, mock } = renderHookWithApi(() => useVideos({ limit: 3 }));
    await waitFor(() => expect(result.current.data).toBeDefined());
    mock.setFault('listVideos', { status: 404, times: 1 });
    let answer: unknown = 'not yet';
    await act(async () => {
      answer = await result.current.refetch();
    });
    expect(answer).toBeUndefined();
    await waitFor(() => expect(result.current.error?.status).toBe(404));
    await act(async () => {
      answer = await result.current.refetch();
    });
    expect(answer).toEqual(result.current.data);
    expect(result.current.error).toBeUndefined();
  });
});
