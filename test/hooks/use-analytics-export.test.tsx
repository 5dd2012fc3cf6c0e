import { act, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAnalyticsExport } from '../../src/hooks';
import { renderHookWithApi, requestsTo } from '../render';

const fast = { pollIntervalMs: 20, mockOptions: { exportMs: 150 } };

afterEach(() => {
  vi.useRealTimers();
});

describe('useAnalyticsExport', () => {
  it('moves from starting through rising progress to a working download', async () => {
    const { result, mock } = renderHookWithApi(() => useAnalyticsExport(), fast);
    const seen: number[] = [];
    act(() => {
      void result.current.start({ type: 'account', format: 'csv', metrics: ['views', 'completion_rate'] });
    });
    expect(result.current.status).toBe('starting');
    await waitFor(() => {
      if (result.current.status === 'processing') {
        seen.push(result.current.progress);
        expect(result.current.estimatedCompletion).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      }
      expect(result.current.status).toBe('completed');
    });
    expect(result.current.progress).toBe(100);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(result.current.expiresAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    const download = await mock.fetch(new Request(result.current.downloadUrl ?? ''));
    const [header] = (await download.text()).split('\n');
    expect(header).toContain('views');
    expect(header).toContain('completion_rate');
    expect(requestsTo(mock, 'getAnalyticsExport').length).toBeGreaterThan(1);
  });

  it('cancel stops polling and returns to idle', async () => {
    // Fake time: "no more polls" holds over ten poll intervals of the clock, not a 120 ms sleep.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { result, mock } = renderHookWithApi(() => useAnalyticsExport(), {
      pollIntervalMs: 20,
      mockOptions: { exportMs: 5000 },
    });
    act(() => {
      void result.current.start({ type: 'account' });
    });
    await act(() => vi.advanceTimersByTimeAsync(20));
    expect(result.current.status).toBe('processing');
    expect(requestsTo(mock, 'getAnalyticsExport').length).toBeGreaterThan(0);
    act(() => result.current.cancel());
    expect(result.current).toMatchObject({ status: 'idle', progress: 0, isPending: false });
    const polls = requestsTo(mock, 'getAnalyticsExport').length;
    await act(() => vi.advanceTimersByTimeAsync(200));
    expect(requestsTo(mock, 'getAnalyticsExport')).toHaveLength(polls);
  });

  it('refuses a video export without an id, before sending', async () => {
    const { result, mock } = renderHookWithApi(() => useAnalyticsExport());
    await act(() => result.current.start({ type: 'video' }));
    expect(result.current.status).toBe('failed');
    expect(result.current.error).toMatchObject({ kind: 'invalid-request', fieldErrors: { id: expect.any(String) } });
    expect(mock.requests).toHaveLength(0);
  });

  it('can start again after finishing', async () => {
    const { result, mock } = renderHookWithApi(() => useAnalyticsExport(), fast);
    await act(() => result.current.start({ type: 'account', format: 'json' }));
    expect(result.current.status).toBe('completed');
    await act(() => result.current.start({ type: 'account', format: 'csv' }));
    expect(result.current).toMatchObject({ status: 'completed', format: 'csv' });
    expect(requestsTo(mock, 'createAnalyticsExport')).toHaveLength(2);
  });
});
