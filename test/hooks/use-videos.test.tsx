import { act, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useVideos } from '../../src/hooks';
import { renderHookWithApi, requestsTo } from '../render';

afterEach(() => {
  vi.useRealTimers();
});

/** Moves the fake clock on by `ms`, letting every request and render that falls due settle. */
const elapse = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

describe('useVideos', () => {
  it('lists the first page of videos the mock holds', async () => {
    const { result, mock } = renderHookWithApi(() => useVideos({ limit: 10 }));
    expect(result.current.isLoading).toBe(true);
    await waitFor(() => expect(result.current.data).toBeDefined());
    expect(result.current.data?.data).toHaveLength(10);
    expect(result.current.data?.pagination).toMatchObject({ page: 1, limit: 10, total: mock.videos().length });
    expect(requestsTo(mock, 'listVideos')[0]?.query).toEqual({ limit: '10' });
  });

  it('sends the status filter and shows only matching videos', async () => {
    const { result, mock } = renderHookWithApi(() => useVideos({ status: 'published' }));
    await waitFor(() => expect(result.current.data).toBeDefined());
    expect(result.current.data?.data.every((video) => video.status === 'published')).toBe(true);
    expect(requestsTo(mock, 'listVideos')[0]?.query.status).toBe('published');
  });

  it('keeps the previous page on screen while the next one loads', async () => {
    const { result, rerender, mock } = renderHookWithApi(
      ({ page }: { page: number }) => useVideos({ page, limit: 5 }),
      {
        mockOptions: { latencyMs: 40 },
      },
      { initialProps: { page: 1 } },
    );
    await waitFor(() => expect(result.current.data?.pagination.page).toBe(1));
    const firstPage = result.current.data;
    rerender({ page: 2 });
    expect(result.current.data).toBe(firstPage);
    expect(result.current.isPreviousData).toBe(true);
    await waitFor(() => expect(result.current.data?.pagination.page).toBe(2));
    expect(result.current.isPreviousData).toBe(false);
    expect(requestsTo(mock, 'listVideos').map((request) => request.query.page)).toEqual(['1', '2']);
  });

  it('makes one request for many components asking the same page', async () => {
    const { result, mock } = renderHookWithApi(() => [
      useVideos({ limit: 8 }),
      useVideos({ limit: 8 }),
      useVideos({ limit: 8 }),
    ]);
    await waitFor(() => expect(result.current.every((list) => list.data)).toBe(true));
    expect(requestsTo(mock, 'listVideos')).toHaveLength(1);
  });

  it('polls while a listed video is processing', async () => {
    const { result, mock } = renderHookWithApi(() => useVideos({ status: 'processing' }), { pollIntervalMs: 30 });
    await waitFor(() => expect(result.current.data?.data.length).toBeGreaterThan(0));
    await waitFor(() => expect(requestsTo(mock, 'listVideos').length).toBeGreaterThanOrEqual(3));
  });

  it('polls once per interval however many components show the same list', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const { result, mock } = renderHookWithApi(
      () => [
        useVideos({ status: 'processing' }),
        useVideos({ status: 'processing' }),
        useVideos({ status: 'processing' }),
      ],
      { pollIntervalMs: 100 },
    );
    await elapse(0);
    expect(result.current[0]?.data).toBeDefined();
    await elapse(450);
    // One list, one poll per 100 ms: the first request and four polls; three polling separately would make 15.
    expect(requestsTo(mock, 'listVideos')).toHaveLength(5);
  });

  it('stops polling once every listed video has published', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    let now = Date.parse('2026-01-01T00:00:00Z');
    const { result, mock } = renderHookWithApi(() => useVideos({ limit: 100 }), {
      pollIntervalMs: 30,
      mockOptions: { now: () => now, processingMs: 1000 },
    });
    await elapse(0);
    expect(result.current.data?.data.some((video) => video.status === 'processing')).toBe(true);
    await elapse(30);
    expect(requestsTo(mock, 'listVideos')).toHaveLength(2);
    now += 60_000;
    // The poll leaves at 60 ms; TanStack Query renders its answer one task (1 ms of the fake clock) later.
    await elapse(31);
    expect(result.current.data?.data.some((video) => video.status === 'processing')).toBe(false);
    const settled = requestsTo(mock, 'listVideos').length;
    await elapse(1000);
    expect(requestsTo(mock, 'listVideos')).toHaveLength(settled);
  });

  it('does not poll a list in which nothing is processing', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const { result, mock } = renderHookWithApi(() => useVideos({ status: 'published' }), { pollIntervalMs: 30 });
    await elapse(0);
    expect(result.current.data).toBeDefined();
    await elapse(1000);
    expect(requestsTo(mock, 'listVideos')).toHaveLength(1);
  });

  it('refetch asks again and resolves with fresh data', async () => {
    const { result, mock } = renderHookWithApi(() => useVideos());
    await waitFor(() => expect(result.current.data).toBeDefined());
    let fresh: unknown;
    await act(async () => {
      fresh = await result.current.refetch();
    });
    expect(fresh).toEqual(result.current.data);
    expect(requestsTo(mock, 'listVideos')).toHaveLength(2);
  });

  it('rejects an out-of-range limit before sending anything', async () => {
    const { result, mock } = renderHookWithApi(() => useVideos({ limit: 500 }));
    await waitFor(() => expect(result.current.error).toBeDefined());
    expect(result.current.error?.kind).toBe('invalid-request');
    expect(result.current.error?.fieldErrors).toHaveProperty('limit');
    expect(requestsTo(mock, 'listVideos')).toHaveLength(0);
  });
});
