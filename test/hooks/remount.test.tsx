import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useVideoAnalytics } from '../../src/hooks';
import { createMockApi } from '../../src/mock';
import { renderWithApi, requestsTo } from '../render';

function Views({ videoId }: { videoId: string }) {
  const { data, error, isLoading } = useVideoAnalytics(videoId);
  if (data) return <p>{`${data.metrics.views} views`}</p>;
  return <p>{error ? error.message : isLoading ? 'Loading…' : 'Nothing to show'}</p>;
}

const Panel = ({ open, videoId }: { open: boolean; videoId: string }) => (open ? <Views videoId={videoId} /> : null);

describe('a panel closed and reopened at once', () => {
  it('shows the data even when it reopens while the first request is being cancelled', async () => {
    const mock = createMockApi({ seed: 4, latencyMs: 40 });
    const video = mock.videos().find((item) => item.status === 'published');
    if (!video) throw new Error('seed 4 has no published video');
    const { rerender } = renderWithApi(<Panel open videoId={video.id} />, { mock });
    expect(screen.getByText('Loading…')).toBeInTheDocument();

    act(() => rerender(<Panel open={false} videoId={video.id} />));
    // The cancellation runs a microtask after the unmount; reopen right after it, before the request has failed.
    await Promise.resolve();
    act(() => rerender(<Panel open videoId={video.id} />));

    expect(await screen.findByText(/\d+ views/)).toBeInTheDocument();
    expect(requestsTo(mock, 'getVideoAnalytics')).toHaveLength(2);
  });
});
