import { act, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CreateVideoInput } from '../../src/api';
import { useCreateVideo, useVideos } from '../../src/hooks';
import { createMockApi } from '../../src/mock';
import { renderHookWithApi, requestsTo } from '../render';

const sarah = (templateId: string): CreateVideoInput => ({
  title: 'Welcome Message for Sarah',
  template_id: templateId,
  customer_data: { first_name: 'Sarah', company: 'Acme Inc' },
  aspect_ratio: '16:9',
});

afterEach(() => {
  vi.useRealTimers();
});

describe('useCreateVideo', () => {
  it('creates a processing video and refreshes every videos list', async () => {
    const api = createMockApi({ seed: 3 });
    const templateId = api.templates()[0]?.id ?? '';
    const { result } = renderHookWithApi(() => ({ list: useVideos({ limit: 100 }), create: useCreateVideo() }), {
      mock: api,
    });
    await waitFor(() => expect(result.current.list.data).toBeDefined());
    const before = result.current.list.data?.pagination.total ?? 0;

    let created: Awaited<ReturnType<typeof result.current.create.createVideo>>;
    await act(async () => {
      created = await result.current.create.createVideo(sarah(templateId));
    });
    expect(created).toMatchObject({ title: 'Welcome Message for Sarah', status: 'processing' });
    expect(result.current.create).toMatchObject({ isPending: false, error: undefined, data: created });
    await waitFor(() => expect(result.current.list.data?.pagination.total).toBe(before + 1));
    expect(result.current.list.data?.data.some((video) => video.id === created?.id)).toBe(true);
  });

  it('is pending while the POST is on its way, and a double call sends one POST', async () => {
    // Fake time: "pending" is checked while the mock holds the answer for 30 ms of the clock, not a real race.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const api = createMockApi({ seed: 3, latencyMs: 30 });
    const { result } = renderHookWithApi(() => useCreateVideo(), { mock: api });
    const input = sarah(api.templates()[0]?.id ?? '');
    let first: Promise<unknown> = Promise.resolve();
    let second: Promise<unknown> = Promise.resolve();
    act(() => {
      first = result.current.createVideo(input);
      second = result.current.createVideo(input);
    });
    // TanStack Query tells React one task later: 1 ms of the fake clock, as a zero-delay timer set mid-step waits.
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(result.current.isPending).toBe(true);
    await act(() => vi.advanceTimersByTimeAsync(30));
    expect(result.current.isPending).toBe(false);
    expect(await first).toBe(await second);
    expect(await first).toMatchObject({ title: 'Welcome Message for Sarah' });
    expect(requestsTo(api, 'createVideo')).toHaveLength(1);
  });

  it('validates before sending: no request, field errors named by the API field', async () => {
    const { result, mock } = renderHookWithApi(() => useCreateVideo());
    await act(async () => {
      await result.current.createVideo({ title: '  ', template_id: '', customer_data: {} });
    });
    expect(result.current.error?.kind).toBe('invalid-request');
    expect(Object.keys(result.current.error?.fieldErrors ?? {})).toEqual(
      expect.arrayContaining(['title', 'template_id']),
    );
    expect(requestsTo(mock, 'createVideo')).toHaveLength(0);
  });

  it("maps the API's 422 field errors, and reset clears them", async () => {
    const { result } = renderHookWithApi(() => useCreateVideo());
    await act(async () => {
      await result.current.createVideo(sarah('tmpl_that_does_not_exist'));
    });
    expect(result.current.error).toMatchObject({ kind: 'http', status: 422 });
    expect(result.current.error?.fieldErrors).toHaveProperty('template_id');
    act(() => result.current.reset());
    await waitFor(() => expect(result.current.error).toBeUndefined());
  });
});
