import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTemplateAnalytics, useVideoAnalytics, useVideos } from '../../src/hooks';
import { createMockApi } from '../../src/mock';
import { renderHookWithApi } from '../render';

// Fake time: the slow answer is held 150 ms of the clock, and the test moves past it, instead of sleeping 250 ms.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Moves the fake clock on by `ms`, letting every request and render that falls due settle. */
const elapse = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

describe('answers arriving out of order', () => {
  it("never shows one video's analytics under another id", async () => {
    const mock = createMockApi({ seed: 9, faults: { getVideoAnalytics: { delayMs: 150, times: 1 } } });
    const [slow, fast] = mock.videos().filter((video) => video.status === 'published');
    if (!slow || !fast) throw new Error('seed 9 needs two published videos');
    const shown: Array<[string, string | undefined]> = [];
    const { result, rerender } = renderHookWithApi(
      ({ id }: { id: string }) => {
        const analytics = useVideoAnalytics(id);
        shown.push([id, analytics.data?.video_id]);
        return analytics;
      },
      { mock },
      { initialProps: { id: slow.id } },
    );
    rerender({ id: fast.id });
    await elapse(0);
    expect(result.current.data?.video_id).toBe(fast.id);
    await elapse(250);
    expect(result.current.data?.video_id).toBe(fast.id);
    expect(shown.every(([id, dataId]) => dataId === undefined || dataId === id)).toBe(true);
  });

  it("never shows one template's analytics under another id", async () => {
    const mock = createMockApi({ seed: 9, faults: { getTemplateAnalytics: { delayMs: 150, times: 1 } } });
    const [slow, fast] = mock.templates();
    if (!slow || !fast) throw new Error('the mock needs two templates');
    const shown: Array<[string, string | undefined]> = [];
    const { result, rerender } = renderHookWithApi(
      ({ id }: { id: string }) => {
        const analytics = useTemplateAnalytics(id);
        shown.push([id, analytics.data?.template_id]);
        return analytics;
      },
      { mock },
      { initialProps: { id: slow.id } },
    );
    rerender({ id: fast.id });
    await elapse(0);
    expect(result.current.data?.template_id).toBe(fast.id);
    await elapse(250);
    expect(result.current.data?.template_id).toBe(fast.id);
    expect(shown.every(([id, dataId]) => dataId === undefined || dataId === id)).toBe(true);
  });

  it('a slow first page never replaces the second page once it has arrived', async () => {
    const mock = createMockApi({ seed: 9, faults: { listVideos: { delayMs: 150, times: 1 } } });
    const { result, rerender } = renderHookWithApi(
      ({ page }: { page: number }) => useVideos({ page, limit: 5 }),
      { mock },
      {
        initialProps: { page: 1 },
      },
    );
    rerender({ page: 2 });
    await elapse(0);
    expect(result.current.data?.pagination.page).toBe(2);
    await elapse(250);
    expect(result.current.data?.pagination.page).toBe(2);
    expect(result.current.isPreviousData).toBe(false);
  });
});
