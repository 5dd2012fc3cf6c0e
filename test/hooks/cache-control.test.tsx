import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SixtySecondsQuery } from '../../src';
import { VideoGallery } from '../../src/components';
import { SixtySecondsProvider, useSixtySecondsCache } from '../../src/hooks';
import { createMockApi, type MockApi } from '../../src/mock';
import { createServerClient, videoGalleryQuery } from '../../src/server';
import { requestsTo } from '../render';

/** What a host puts beside the gallery: buttons that steer the cache. */
function HostControls({ onCache }: { onCache: (cache: ReturnType<typeof useSixtySecondsCache>) => Promise<void> }) {
  const cache = useSixtySecondsCache();
  return (
    <button type="button" onClick={() => void onCache(cache)}>
      Host action
    </button>
  );
}

function renderGallery(mock: MockApi, onCache: (cache: ReturnType<typeof useSixtySecondsCache>) => Promise<void>) {
  render(
    // The gallery's processing videos would be polled every 3 s; these tests count requests on a busy machine, so polls
    // wait a minute.
    <SixtySecondsProvider
      baseUrl="https://host.test/api/sixtyseconds"
      fetch={(request) => mock.fetch(request)}
      pollIntervalMs={60_000}
    >
      <HostControls onCache={onCache} />
      <VideoGallery />
    </SixtySecondsProvider>,
  );
}

const firstTitle = (mock: MockApi) => mock.videos()[0]?.title ?? '';

describe('useSixtySecondsCache', () => {
  it('invalidate after a create made elsewhere (a server action) refetches the gallery', async () => {
    const mock = createMockApi({ seed: 11 });
    renderGallery(mock, (cache) => cache.invalidate('videos'));
    expect(await screen.findByRole('heading', { name: firstTitle(mock) })).toBeInTheDocument();

    // The host's server action creates the video with its own server client: the gallery cannot know.
    const server = createServerClient({ apiKey: 'sk_test', fetch: mock.fetch });
    const template = mock.templates()[0]?.id ?? '';
    const created = await server.createVideo({
      template_id: template,
      title: 'Made by a server action',
      customer_data: {},
    });
    expect(screen.queryByRole('heading', { name: created.title })).toBeNull();
    expect(requestsTo(mock, 'listVideos')).toHaveLength(1);

    await userEvent.click(screen.getByRole('button', { name: 'Host action' }));

    expect(await screen.findByRole('heading', { name: 'Made by a server action' })).toBeInTheDocument();
    expect(requestsTo(mock, 'listVideos')).toHaveLength(2);
  });

  it('setData shows the host’s data at once, without a request', async () => {
    const mock = createMockApi({ seed: 11 });
    const query: SixtySecondsQuery = videoGalleryQuery();
    renderGallery(mock, async (cache) => {
      const list = await createServerClient({ apiKey: 'sk_test', fetch: mock.fetch }).listVideos();
      const [first, ...rest] = list.data;
      if (first)
        await cache.setData(query, {
          ...list,
          data: [{ ...first, title: 'Renamed by the host' }, ...rest],
        });
    });
    expect(await screen.findByRole('heading', { name: firstTitle(mock) })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Host action' }));

    expect(await screen.findByRole('heading', { name: 'Renamed by the host' })).toBeInTheDocument();
    // One list request from the gallery and one from the host's own server client; none after setData.
    expect(requestsTo(mock, 'listVideos')).toHaveLength(2);
  });

  it('prefetch warms the next page: paging to it sends no request', async () => {
    const mock = createMockApi({ seed: 11 });
    renderGallery(mock, (cache) => cache.prefetch({ videos: { page: 2, limit: 20 } }));
    expect(await screen.findByRole('heading', { name: firstTitle(mock) })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Host action' }));
    await waitFor(() => expect(requestsTo(mock, 'listVideos')).toHaveLength(2));

    await userEvent.click(screen.getByRole('button', { name: 'Next' }));

    // Seeded titles can repeat across videos: page 2 shows at least its first video's title.
    expect((await screen.findAllByRole('heading', { name: mock.videos()[20]?.title ?? '' })).length).toBeGreaterThan(0);
    expect(requestsTo(mock, 'listVideos').map((request) => request.query.page)).toEqual(['1', '2']);
  });
});
