import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VideoGallery } from '../../../src/components';
import { renderWithApi, requestsTo, TEST_BASE_URL } from '../../render';

const listQueries = (mock: Parameters<typeof requestsTo>[0]) =>
  requestsTo(mock, 'listVideos').map(({ query }) => ({ page: query.page, limit: query.limit, status: query.status }));

const shownTitles = () =>
  within(screen.getByRole('tabpanel'))
    .queryAllByRole('heading')
    .map((heading) => heading.textContent);

const cards = () => within(screen.getByRole('tabpanel')).queryAllByRole('article');

/** Moves the fake clock on by `ms`, letting every request and render that falls due settle. */
const elapse = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

afterEach(() => {
  vi.useRealTimers();
});

describe('VideoGallery', () => {
  it('shows skeletons, then a page of cards with the pager worked out from the pagination block', async () => {
    const { mock } = renderWithApi(<VideoGallery />);
    expect(screen.getByText('Loading videos…')).toBeInTheDocument();
    expect(screen.getByRole('tabpanel')).toHaveAttribute('aria-busy', 'true');

    await waitFor(() => expect(cards()).toHaveLength(20));
    const total = mock.videos().length;
    expect(screen.getByText(`Page 1 of ${Math.ceil(total / 20)}`)).toBeInTheDocument();
    expect(screen.getByText(`Showing 1–20 of ${total}`)).toBeInTheDocument();
    expect(screen.getByRole('tabpanel')).toHaveAttribute('aria-busy', 'false');
    expect(screen.getByRole('heading', { level: 3, name: mock.videos()[0]?.title })).toBeInTheDocument();
    expect(listQueries(mock)).toEqual([{ page: '1', limit: '20', status: undefined }]);
  });

  it('filters by status with a tablist the arrow keys move through', async () => {
    const { mock, user } = renderWithApi(<VideoGallery />);
    await waitFor(() => expect(cards()).toHaveLength(20));

    await user.click(screen.getByRole('tab', { name: 'Processing' }));
    const processing = mock.videos().filter((video) => video.status === 'processing');
    await waitFor(() => expect(cards()).toHaveLength(processing.length));
    expect(screen.getByRole('tab', { name: 'Processing' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Processing');
    expect(screen.getAllByRole('status').filter((s) => s.textContent?.endsWith('Processing'))).toHaveLength(
      processing.length,
    );

    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Published' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Failed' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'All' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'All' })).toHaveAttribute('aria-selected', 'true');
    // Only the selected tab is a tab stop.
    expect(screen.getAllByRole('tab').filter((tab) => tab.tabIndex === 0)).toHaveLength(1);

    await waitFor(() => expect(listQueries(mock).map((q) => q.status)).toContain('failed'));
    expect(listQueries(mock).map((q) => q.status)).toEqual([undefined, 'processing', 'published', 'failed']);
  });

  it('pages with next and previous, keeping the previous page on screen (aria-busy) while the next loads', async () => {
    const { mock, user } = renderWithApi(<VideoGallery />, { mockOptions: { latencyMs: 30 } });
    await waitFor(() => expect(cards()).toHaveLength(20));
    const total = mock.videos().length;
    const titles = (from: number) =>
      mock
        .videos()
        .slice(from, from + 20)
        .map((video) => video.title);

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('tabpanel')).toHaveAttribute('aria-busy', 'true');
    expect(shownTitles()).toEqual(titles(0));
    await waitFor(() => expect(screen.getByText(`Page 2 of ${Math.ceil(total / 20)}`)).toBeInTheDocument());
    expect(screen.getByText(`Showing 21–40 of ${total}`)).toBeInTheDocument();
    expect(screen.getByRole('tabpanel')).toHaveAttribute('aria-busy', 'false');
    expect(shownTitles()).toEqual(titles(20));

    await user.click(screen.getByRole('button', { name: 'Previous' }));
    await waitFor(() => expect(screen.getByText(`Showing 1–20 of ${total}`)).toBeInTheDocument());
    expect(shownTitles()).toEqual(titles(0));
    expect(listQueries(mock).slice(0, 2)).toEqual([
      { page: '1', limit: '20', status: undefined },
      { page: '2', limit: '20', status: undefined },
    ]);
    expect(screen.getByRole('button', { name: 'Previous' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('changes the page size up to 100 and starts again from page 1', async () => {
    const { mock, user } = renderWithApi(<VideoGallery />);
    await waitFor(() => expect(cards()).toHaveLength(20));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(screen.getByText(/^Page 2 of/)).toBeInTheDocument());

    const sizes = screen.getByRole('combobox', { name: 'Videos per page' });
    expect(
      within(sizes)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['10', '20', '50', '100']);
    await user.selectOptions(sizes, '100');
    const total = mock.videos().length;
    await waitFor(() => expect(cards()).toHaveLength(total));
    expect(screen.getByText('Page 1 of 1')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next' })).toHaveAttribute('aria-disabled', 'true');
    expect(listQueries(mock).at(-1)).toEqual({ page: '1', limit: '100', status: undefined });
  });

  it.each([
    { defaultPageSize: 25, pageSizes: [10, 50, 200], options: ['10', '25', '50'], limit: '25' },
    { defaultPageSize: 500, pageSizes: [50, 10, 250], options: ['10', '50', '100'], limit: '100' },
    { defaultPageSize: 0, pageSizes: undefined, options: ['1', '10', '20', '50', '100'], limit: '1' },
  ])(
    'asks for a page size the API allows and shows it selected (default $defaultPageSize, sizes $pageSizes)',
    async ({ defaultPageSize, pageSizes, options, limit }) => {
      const { mock } = renderWithApi(<VideoGallery defaultPageSize={defaultPageSize} pageSizes={pageSizes} />);
      await waitFor(() => expect(cards()).toHaveLength(Math.min(Number(limit), mock.videos().length)));
      const sizes = screen.getByRole('combobox', { name: 'Videos per page' });
      expect(
        within(sizes)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(options);
      expect(sizes).toHaveValue(limit);
      expect(listQueries(mock)).toEqual([{ page: '1', limit, status: undefined }]);
      expect(screen.queryByRole('alert')).toBeNull();
    },
  );

  it('shows the error message with a retry that loads the videos', async () => {
    const { mock, user } = renderWithApi(<VideoGallery />, {
      mockOptions: { faults: { listVideos: { status: 500 } } },
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The videos could not be loaded.');
    // The catalogue's words for a server error, not the API's English message.
    expect(alert).toHaveTextContent('The service is having trouble. Try again in a moment.');

    mock.clearFaults();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(cards()).toHaveLength(20));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when a page is empty', async () => {
    const empty = { data: [], pagination: { total: 0, page: 1, limit: 20, next_page: null, prev_page: null } };
    renderWithApi(<VideoGallery />, { mockOptions: { faults: { listVideos: { status: 200, body: empty } } } });
    expect(await screen.findByText('No videos yet.')).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Pages' })).toBeNull();
  });

  it('invites an account with no videos to create one, and opens the create dialog from the empty gallery', async () => {
    const empty = { data: [], pagination: { total: 0, page: 1, limit: 20, next_page: null, prev_page: null } };
    const { user } = renderWithApi(<VideoGallery />, {
      mockOptions: { faults: { listVideos: { status: 200, body: empty } } },
    });
    const panel = await screen.findByRole('tabpanel');
    await within(panel).findByText('No videos yet.');

    await user.click(within(panel).getByRole('button', { name: 'Create video' }));
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
  });

  it('does not offer "Create video" for an empty filter, nor when the host turns it off', async () => {
    const empty = { data: [], pagination: { total: 0, page: 1, limit: 20, next_page: null, prev_page: null } };
    const faults = { listVideos: { status: 200, body: empty } };
    const { user, unmount } = renderWithApi(<VideoGallery />, { mockOptions: { faults } });
    await screen.findByText('No videos yet.');
    await user.click(screen.getByRole('tab', { name: 'Draft' }));
    expect(await screen.findByText('No draft videos.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create video' })).toBeNull();
    unmount();

    renderWithApi(<VideoGallery emptyAction={null} />, { mockOptions: { faults } });
    await screen.findByText('No videos yet.');
    expect(screen.queryByRole('button', { name: 'Create video' })).toBeNull();
  });

  it('shows as many placeholder cards as a page holds, up to two rows of four', async () => {
    const { container, unmount } = renderWithApi(<VideoGallery />, { mockOptions: { latencyMs: 60_000 } });
    const placeholders = () => container.querySelectorAll('[aria-hidden="true"] > li');
    expect(placeholders()).toHaveLength(8);
    unmount();

    const small = renderWithApi(<VideoGallery defaultPageSize={3} />, { mockOptions: { latencyMs: 60_000 } });
    expect(small.container.querySelectorAll('[aria-hidden="true"] > li')).toHaveLength(3);
  });

  it("gives every card the same 16:9 frame, so rows line up whatever the videos' shapes", async () => {
    const { container, mock } = renderWithApi(<VideoGallery />);
    await waitFor(() => expect(cards()).toHaveLength(20));
    const shapes = new Set(
      mock
        .videos()
        .slice(0, 20)
        .map((video) => video.aspect_ratio),
    );
    expect(shapes.size).toBeGreaterThan(1);
    const frames = [...container.querySelectorAll('.ss-video-card-media')].map((frame) =>
      frame.getAttribute('data-aspect-ratio'),
    );
    expect(frames).toEqual(Array(20).fill('16:9'));
  });

  it('polls while videos process: a new video appears, then turns published on screen without a reload', async () => {
    // Fake time: each poll is a step of the clock, so the test checks the interval itself, not "within 5 s".
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    let now = Date.parse('2026-01-01T00:00:00Z');
    const { mock } = renderWithApi(<VideoGallery />, {
      pollIntervalMs: 1_000,
      mockOptions: { now: () => now, processingMs: 60_000 },
    });
    await elapse(0);
    expect(cards()).toHaveLength(20);
    // Another tab (or a teammate) creates a video; the gallery is not told, it polls.
    const template = mock.templates()[0]?.id as string;
    const body = JSON.stringify({ title: 'Polled into view', template_id: template, customer_data: {} });
    const headers = { 'content-type': 'application/json' };
    await mock.fetch(new Request(`${TEST_BASE_URL}/videos`, { method: 'POST', body, headers }));

    await elapse(900);
    expect(screen.queryByRole('article', { name: 'Polled into view' })).toBeNull();
    // The poll leaves at 1 s; TanStack Query renders its answer one task (1 ms of the fake clock) later.
    await elapse(101);
    const card = screen.getByRole('article', { name: 'Polled into view' });
    expect(within(card).getByRole('status')).toHaveTextContent('Processing');
    now += 60_000;
    await elapse(1_000);
    expect(within(card).getByRole('status')).toHaveTextContent('Published');
    expect(within(card).getByRole('button', { name: 'Play Polled into view' })).toBeInTheDocument();
  });
});
