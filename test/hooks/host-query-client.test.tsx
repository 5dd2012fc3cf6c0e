import { QueryClient, QueryClientProvider, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { Component, type ReactNode, Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createClient, type SixtySecondsClient, sixtySecondsQueryOptions, videoAnalyticsPanelQuery } from '../../src';
import { VideoAnalyticsPanel, VideoGallery } from '../../src/components';
import { SixtySecondsProvider } from '../../src/hooks';
import { createMockApi, type MockApi } from '../../src/mock';
import { requestsTo } from '../render';

const BASE_URL = 'https://host.test/api/sixtyseconds';

/** A host component with a query of its own, on whatever client its QueryClientProvider gives it. */
function HostGreeting() {
  const { data } = useQuery({ queryKey: ['host', 'greeting'], queryFn: async () => 'Hello from the host' });
  return <p>{data ?? 'Greeting…'}</p>;
}

/** A host component that reports which client `useQueryClient()` gives it. */
function ClientProbe({ onClient }: { onClient: (client: QueryClient) => void }) {
  onClient(useQueryClient());
  return null;
}

/** A host component reading our query options with Suspense, through its own client. */
function HostViews({ videoId, client }: { videoId: string; client: SixtySecondsClient }) {
  const { data } = useSuspenseQuery(
    sixtySecondsQueryOptions(videoAnalyticsPanelQuery(videoId), { client, baseUrl: BASE_URL }),
  );
  return <p>{`Host sees ${data.metrics.views} views`}</p>;
}

/** Shows what a render threw, as a host's error boundary would. */
class Caught extends Component<{ children: ReactNode }, { message: string | undefined }> {
  override state = { message: undefined as string | undefined };
  static getDerivedStateFromError(error: Error) {
    return { message: error.message };
  }
  override render() {
    return this.state.message === undefined ? this.props.children : <p role="alert">{this.state.message}</p>;
  }
}

const sixtyProvider = (mock: MockApi, queryClient: QueryClient | undefined, children: ReactNode) => (
  <SixtySecondsProvider baseUrl={BASE_URL} fetch={(request) => mock.fetch(request)} queryClient={queryClient}>
    {children}
  </SixtySecondsProvider>
);

describe('a host QueryClient shared with the provider', () => {
  it("holds our reads beside the host's own, under keys the host can list and invalidate", async () => {
    const mock = createMockApi({ seed: 11 });
    const host = new QueryClient();
    render(
      <QueryClientProvider client={host}>
        <HostGreeting />
        {/* Published videos only: a processing one would poll, and this test counts requests. */}
        {sixtyProvider(mock, host, <VideoGallery defaultStatus="published" />)}
      </QueryClientProvider>,
    );
    const newest = mock.videos().find((video) => video.status === 'published')?.title ?? '';
    expect(await screen.findByRole('heading', { name: newest })).toBeInTheDocument();
    expect(screen.getByText('Hello from the host')).toBeInTheDocument();

    // What the host's devtools list: its own query and ours, namespaced by the proxy URL.
    expect(
      host
        .getQueryCache()
        .findAll({ queryKey: ['sixtyseconds'] })
        .map((query) => query.queryKey),
    ).toEqual([['sixtyseconds', BASE_URL, 'videos', { page: 1, limit: 20, status: 'published' }]]);
    expect(host.getQueryCache().find({ queryKey: ['host', 'greeting'] })?.state.data).toBe('Hello from the host');
    expect(requestsTo(mock, 'listVideos')).toHaveLength(1);

    // The host steers our reads with TanStack Query's own calls.
    await act(() => host.invalidateQueries({ queryKey: ['sixtyseconds', BASE_URL, 'videos'] }));
    expect(requestsTo(mock, 'listVideos')).toHaveLength(2);
  });

  it('shares one request between a host component on useSuspenseQuery and our panel', async () => {
    const mock = createMockApi({ seed: 11 });
    const video = mock.videos().find((candidate) => candidate.status === 'published');
    const videoId = video?.id ?? '';
    const host = new QueryClient();
    const sixty = createClient({ baseUrl: BASE_URL, fetch: (request) => mock.fetch(request) });
    render(
      <QueryClientProvider client={host}>
        <Suspense fallback={<p>Host is waiting</p>}>
          <HostViews videoId={videoId} client={sixty} />
        </Suspense>
        {sixtyProvider(mock, host, <VideoAnalyticsPanel videoId={videoId} compareToAccount={false} />)}
      </QueryClientProvider>,
    );

    const views = (await screen.findByText(/^Host sees \d+ views$/)).textContent?.match(/\d+/)?.[0] ?? '';
    const panel = screen.getByRole('region', { name: video?.title ?? '' });
    await waitFor(() =>
      expect(within(panel).getByText(Number(views).toLocaleString('en-US'), { selector: 'dd' })).toBeInTheDocument(),
    );
    expect(requestsTo(mock, 'getVideoAnalytics')).toHaveLength(1);
  });
});

describe('useQueryClient() inside the provider', () => {
  it.each([
    { label: 'given to the provider', shared: true },
    { label: 'not given to it', shared: false },
  ])("returns the host's own client when it is $label", ({ shared }) => {
    const host = new QueryClient();
    const seen: QueryClient[] = [];
    render(
      <QueryClientProvider client={host}>
        {sixtyProvider(
          createMockApi({ seed: 1 }),
          shared ? host : undefined,
          <ClientProbe onClient={(c) => seen.push(c)} />,
        )}
      </QueryClientProvider>,
    );
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((client) => client === host)).toBe(true);
  });

  it('finds no client at all in an app without a QueryClientProvider: the provider installs none', () => {
    // React reports the caught error on the console; the boundary shows it.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <Caught>
        {sixtyProvider(createMockApi({ seed: 1 }), undefined, <ClientProbe onClient={() => undefined} />)}
      </Caught>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('No QueryClient set');
    quiet.mockRestore();
  });
});
