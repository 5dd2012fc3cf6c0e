import { QueryClient } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SixtySecondsProvider, useVideoAnalytics } from '../../src/hooks';
import { createMockApi } from '../../src/mock';

const BASE_URL = 'https://host.test/api/sixtyseconds';

afterEach(() => {
  vi.useRealTimers();
});

/** Moves the fake clock on by `ms`, letting every request and render that falls due settle. */
const elapse = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

function Views({ videoId }: { videoId: string }) {
  const { data, error } = useVideoAnalytics(videoId);
  if (error) return <p role="alert">{error.message}</p>;
  return <p>{data ? `${data.metrics.views} views` : 'Loading…'}</p>;
}

/** A page showing the video's views in `copies` places, over a mock that answers after 100 ms, recording requests. */
function setUp() {
  // Fake time: the request is held 100 ms of the clock, and the test moves past it, instead of sleeping.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  const mock = createMockApi({ seed: 4, latencyMs: 100 });
  const videoId = mock.videos().find((video) => video.status === 'published')?.id ?? '';
  const sent: Request[] = [];
  const queryClient = new QueryClient();
  const page = (copies: number) => (
    <SixtySecondsProvider
      baseUrl={BASE_URL}
      queryClient={queryClient}
      fetch={(request) => {
        sent.push(request);
        return mock.fetch(request);
      }}
    >
      {Array.from({ length: copies }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: identical copies of one component
        <Views key={index} videoId={videoId} />
      ))}
    </SixtySecondsProvider>
  );
  const state = () => queryClient.getQueryState(['sixtyseconds', BASE_URL, 'videoAnalytics', { videoId }]);
  return { page, sent, state };
}

describe('a read nobody shows any more', () => {
  it('is aborted through its signal, and leaves no error behind', async () => {
    const { page, sent, state } = setUp();
    const { rerender } = render(page(1));
    await elapse(10);
    expect(sent).toHaveLength(1);

    rerender(page(0));
    expect(sent[0]?.signal.aborted).toBe(true);
    await elapse(1_000);
    // The read went back to waiting: no error for anyone who shows it later, and nothing more was sent.
    expect(state()).toMatchObject({ status: 'pending', fetchStatus: 'idle', error: null });
    expect(sent).toHaveLength(1);
  });

  it('keeps going while another component still shows it', async () => {
    const { page, sent, state } = setUp();
    const { rerender } = render(page(2));
    await elapse(10);
    rerender(page(1));
    await elapse(100);

    expect(sent).toHaveLength(1);
    expect(sent[0]?.signal.aborted).toBe(false);
    expect(screen.getByText(/^\d+ views$/)).toBeInTheDocument();
    expect(state()?.status).toBe('success');
  });
});
