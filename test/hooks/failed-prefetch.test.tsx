import { render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { VideoAnalyticsPanel } from '../../src/components';
import { SixtySecondsProvider } from '../../src/hooks';
import { createMockApi } from '../../src/mock';
import { createServerClient, prefetchQueries, videoAnalyticsPanelQuery } from '../../src/server';
import { requestsTo } from '../render';

describe('a read the server could not prefetch', () => {
  it('is listed for the host, shown as loading rather than an error, and fetched in the browser', async () => {
    const api = createMockApi({ seed: 11 });
    const proxy = createMockApi({ seed: 11 });
    const video = api.videos().find((candidate) => candidate.status === 'published');
    const videoId = video?.id ?? '';
    api.setFault('getVideoAnalytics', { status: 503 });
    const fallback = await prefetchQueries(createServerClient({ apiKey: 'sk_test', fetch: api.fetch }), [
      videoAnalyticsPanelQuery(videoId),
    ]);
    expect(fallback.failures).toEqual([
      { query: videoAnalyticsPanelQuery(videoId), error: expect.objectContaining({ kind: 'http', status: 503 }) },
    ]);
    const page = (
      <SixtySecondsProvider baseUrl="https://host.test/api/sixtyseconds" fallback={fallback} fetch={proxy.fetch}>
        <VideoAnalyticsPanel videoId={videoId} compareToAccount={false} />
      </SixtySecondsProvider>
    );

    expect(renderToString(page)).not.toContain('role="alert"');
    render(page);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await screen.findByText(video?.title ?? '')).toBeInTheDocument();
    expect(requestsTo(proxy, 'getVideoAnalytics')).toHaveLength(1);
  });
});
