import { act, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAccountAnalytics, useTemplateAnalytics, useVideoAnalytics } from '../../src/hooks';
import { createMockApi } from '../../src/mock';
import { renderHookWithApi, requestsTo } from '../render';

const mock = () => createMockApi({ seed: 11 });

afterEach(() => {
  vi.useRealTimers();
});

describe('useVideoAnalytics', () => {
  it("loads a published video's analytics for the period asked", async () => {
    const api = mock();
    const video = api.videos().find((item) => item.status === 'published');
    if (!video) throw new Error('seed 11 has no published video');
    const { result } = renderHookWithApi(
      () => useVideoAnalytics(video.id, { startDate: '2026-01-01', endDate: '2026-01-31' }),
      { mock: api },
    );
    await waitFor(() => expect(result.current.data).toBeDefined());
    expect(result.current.data?.video_id).toBe(video.id);
    expect(requestsTo(api, 'getVideoAnalytics')[0]).toMatchObject({
      path: expect.stringContaining(`/analytics/videos/${video.id}`),
      query: { start_date: '2026-01-01', end_date: '2026-01-31' },
    });
  });

  it('waits without a request while the id is null', async () => {
    // Fake time: "no request" holds over a whole second of the clock, not a 30 ms sleep.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { result, mock: api } = renderHookWithApi(() => useVideoAnalytics(null));
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(result.current).toMatchObject({ data: undefined, error: undefined, isLoading: false });
    expect(api.requests).toHaveLength(0);
  });

  it('refuses an end date before the start date without a request', async () => {
    const { result, mock: api } = renderHookWithApi(() =>
      useVideoAnalytics('vid_any', { startDate: '2026-02-10', endDate: '2026-02-01' }),
    );
    await waitFor(() => expect(result.current.error?.kind).toBe('invalid-request'));
    expect(result.current.error?.fieldErrors).toHaveProperty('endDate');
    expect(api.requests).toHaveLength(0);
  });
});

describe('useAccountAnalytics', () => {
  it('sends the period and grouping, and the trends follow the grouping', async () => {
    const {
      result,
      rerender,
      mock: api,
    } = renderHookWithApi(
      ({ groupBy }: { groupBy: 'day' | 'week' }) =>
        useAccountAnalytics({ startDate: '2026-03-01', endDate: '2026-03-28', groupBy }),
      {},
      { initialProps: { groupBy: 'day' as 'day' | 'week' } },
    );
    await waitFor(() => expect(result.current.data?.trends).toHaveLength(28));
    rerender({ groupBy: 'week' });
    await waitFor(() => expect(result.current.data?.trends.length).toBeLessThan(6));
    expect(result.current.data?.period).toEqual({ start_date: '2026-03-01', end_date: '2026-03-28' });
    expect(requestsTo(api, 'getAccountAnalytics').map((request) => request.query.group_by)).toEqual(['day', 'week']);
  });
});

describe('useTemplateAnalytics', () => {
  it("loads a template's distribution and top videos", async () => {
    const api = mock();
    const [template] = api.templates();
    if (!template) throw new Error('the mock has no templates');
    const { result } = renderHookWithApi(() => useTemplateAnalytics(template.id), { mock: api });
    await waitFor(() => expect(result.current.data).toBeDefined());
    expect(result.current.data).toMatchObject({ template_id: template.id, name: template.name });
    const { completion_rate: rate } = result.current.data?.metrics_distribution ?? {};
    expect(rate && rate.min <= rate.median && rate.median <= rate.max).toBe(true);
  });
});
