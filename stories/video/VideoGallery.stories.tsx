import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import { storyMock } from '../../.storybook/mock-parameters';
import { VideoGallery, type VideoGalleryProps, type VideoStatusFilter } from '../../src/components';

const meta = {
  title: 'Video/VideoGallery',
  component: VideoGallery,
} satisfies Meta<typeof VideoGallery>;

export default meta;
type Story = StoryObj<typeof meta>;

const EMPTY_PAGE = { data: [], pagination: { total: 0, page: 1, limit: 20, next_page: null, prev_page: null } };

/** The first page of the seeded account, every status mixed. */
export const Default: Story = {
  play: async ({ canvas, loaded }) => {
    const total = storyMock(loaded).videos().length;
    expect(await canvas.findByText(`Showing 1–20 of ${total}`, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(within(canvas.getByRole('tabpanel')).getAllByRole('article')).toHaveLength(20);
  },
};

/** Filter to published with the keyboard, then page: the query follows (status, page, limit). */
export const FilterAndPage: Story = {
  play: async ({ canvas, userEvent, loaded }) => {
    const mock = storyMock(loaded);
    const published = mock.videos().filter((video) => video.status === 'published');
    await canvas.findByText(/^Showing 1–20 of/, {}, { timeout: 5000 });

    await userEvent.click(canvas.getByRole('tab', { name: 'All' }));
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(canvas.getByRole('tab', { name: 'Published' })).toHaveAttribute('aria-selected', 'true');
    await canvas.findByText(`Showing 1–20 of ${published.length}`, {}, { timeout: 5000 });

    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Videos per page' }), '10');
    await canvas.findByText(`Showing 1–10 of ${published.length}`, {}, { timeout: 5000 });
    await userEvent.click(canvas.getByRole('button', { name: 'Next' }));
    await canvas.findByText(`Showing 11–20 of ${published.length}`, {}, { timeout: 5000 });
    expect(canvas.getByText(`Page 2 of ${Math.ceil(published.length / 10)}`)).toBeInTheDocument();

    const last = mock.requests.filter((request) => request.route === 'listVideos').at(-1);
    expect(last?.query).toMatchObject({ status: 'published', page: '2', limit: '10' });
  },
};

const FILTERS: readonly string[] = ['all', 'draft', 'processing', 'published', 'failed'];

/** Writes `changes` into the page's query string in place (no new history entry), keeping every other parameter. */
function replaceQuery(changes: Record<string, string>) {
  const query = new URLSearchParams(window.location.search);
  for (const [key, value] of Object.entries(changes)) query.set(key, value);
  window.history.replaceState(window.history.state, '', `${window.location.pathname}?${query}`);
  return query;
}

/** A host that keeps the gallery's filter and page in the URL: `?status=published&page=2` survives a reload. */
function GalleryInUrl(props: VideoGalleryProps) {
  const [query, setQuery] = useState(() => new URLSearchParams(window.location.search));
  const status = query.get('status') ?? 'all';
  return (
    <VideoGallery
      {...props}
      status={FILTERS.includes(status) ? (status as VideoStatusFilter) : 'all'}
      onStatusChange={(next) => setQuery(replaceQuery({ status: next }))}
      page={Number(query.get('page') ?? 1)}
      onPageChange={(next) => setQuery(replaceQuery({ page: String(next) }))}
    />
  );
}

/**
 * Status and page controlled by the host and kept in the URL: a link to `?status=published&page=2` opens there, and
 * every tab or page the reader picks is written back with `history.replaceState`.
 */
export const StateInTheUrl: Story = {
  args: { defaultPageSize: 10 },
  render: (args) => <GalleryInUrl {...args} />,
  beforeEach: () => {
    const original = window.location.href;
    replaceQuery({ status: 'published', page: '2' });
    return () => window.history.replaceState(window.history.state, '', original);
  },
  play: async ({ canvas, userEvent, loaded }) => {
    const published = storyMock(loaded)
      .videos()
      .filter((video) => video.status === 'published');
    const query = () => new URLSearchParams(window.location.search);

    // The URL drives the gallery: the link opened the published filter on its second page.
    await canvas.findByText(`Showing 11–20 of ${published.length}`, {}, { timeout: 5000 });
    expect(canvas.getByRole('tab', { name: 'Published' })).toHaveAttribute('aria-selected', 'true');

    // The gallery drives the URL: a page back, then another filter (which starts again from page 1).
    await userEvent.click(canvas.getByRole('button', { name: 'Previous' }));
    await canvas.findByText(`Showing 1–10 of ${published.length}`, {}, { timeout: 5000 });
    expect(query().get('page')).toBe('1');
    await userEvent.click(canvas.getByRole('button', { name: 'Next' }));
    await canvas.findByText(`Showing 11–20 of ${published.length}`, {}, { timeout: 5000 });
    expect(query().get('page')).toBe('2');
    await userEvent.click(canvas.getByRole('tab', { name: 'Failed' }));
    await waitFor(() => expect(query().get('status')).toBe('failed'));
    expect(query().get('page')).toBe('1');
    expect(canvas.getByRole('tab', { name: 'Failed' })).toHaveAttribute('aria-selected', 'true');
  },
};

/** Skeletons while the first page is on its way (the mock answers after ten minutes). */
export const Loading: Story = {
  parameters: { mock: { latencyMs: 600_000 } },
  play: async ({ canvas }) => {
    expect(canvas.getByRole('tabpanel')).toHaveAttribute('aria-busy', 'true');
  },
};

/** An account with no videos. */
export const Empty: Story = {
  parameters: { mock: { faults: { listVideos: { status: 200, body: EMPTY_PAGE } } } },
  play: async ({ canvas }) => {
    expect(await canvas.findByText('No videos yet.', {}, { timeout: 5000 })).toBeInTheDocument();
  },
};

/** The API keeps failing: the message and a retry (the provider has already retried with backoff). */
export const ErrorState: Story = {
  name: 'Error',
  parameters: { mock: { faults: { listVideos: { status: 500 } } } },
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert', {}, { timeout: 15_000 });
    expect(alert).toHaveTextContent('The SixtySeconds API had an internal error');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  },
};

/** Dark theme. */
export const Dark: Story = {
  parameters: { theme: 'dark' },
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getAllByRole('article').length).toBeGreaterThan(0), { timeout: 5000 });
  },
};
