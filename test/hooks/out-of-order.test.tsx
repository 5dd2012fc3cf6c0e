import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useTemplateAnalytics, useVideoAnalytics, useVideos } from '../../src/hooks';
import { createMockApi } from '../../src/mock';
import { renderHookWithApi } from '../render';

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
    await waitFor(() => expect(result.current.data?.video_id).toBe(fast.id));
    await settle(250);
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
    await waitFor(() => expect(result.current.data?.template_id).toBe(fast.id));
    await settle(250);
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
    await waitFor(() => expect(result.current.data?.pagination.page).toBe(2));
    await settle(250);
    expect(result.current.data?.pagination.page).toBe(2);
    expect(result.current.isPreviousData).toBe(false);
  });
});
