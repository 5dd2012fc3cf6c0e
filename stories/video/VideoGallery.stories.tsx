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

/** The cards' boxes grouped by the row they sit in (same top edge). */
function rows(cards: readonly HTMLElement[]) {
  const byTop = new Map<number, DOMRect[]>();
  for (const card of cards) {
    const box = card.getBoundingClientRect();
    const top = Math.round(box.top);
    byTop.set(top, [...(byTop.get(top) ?? []), box]);
  }
  return [...byTop.values()];
}

/**
 * The first page of the seeded account, every status and shape mixed: portrait, square and landscape videos share one
 * 16:9 frame, letterboxed, so every row lines up. On page 1 "Previous" is disabled (and looks it).
 */
export const Default: Story = {
  play: async ({ canvas, loaded }) => {
    const total = storyMock(loaded).videos().length;
    expect(await canvas.findByText(`Showing 1–20 of ${total}`, {}, { timeout: 5000 })).toBeInTheDocument();
    const cards = within(canvas.getByRole('tabpanel')).getAllByRole('article');
    expect(cards).toHaveLength(20);

    // No holes: within a row every card is as tall as the others, and so is every frame.
    for (const row of rows(cards)) expect(new Set(row.map((box) => Math.round(box.height))).size).toBe(1);
    const frames = cards.map((card) => Math.round(card.firstElementChild?.getBoundingClientRect().height ?? 0));
    expect(new Set(frames).size).toBe(1);

    const previous = canvas.getByRole('button', { name: 'Previous' });
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    expect(getComputedStyle(previous).cursor).toBe('not-allowed');
    expect(getComputedStyle(canvas.getByRole('button', { name: 'Next' })).cursor).toBe('pointer');
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

/** An account with no videos: it is invited to make its first, and "Create video" opens the dialog. */
export const Empty: Story = {
  parameters: { mock: { faults: { listVideos: { status: 200, body: EMPTY_PAGE } } } },
  play: async ({ canvas }) => {
    expect(await canvas.findByText('No videos yet.', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(canvas.getByRole('button', { name: 'Create video' })).toBeInTheDocument();
  },
};

/** The API keeps failing: the message and a retry (the provider has already retried with backoff). */
export const ErrorState: Story = {
  name: 'Error',
  parameters: { mock: { faults: { listVideos: { status: 500 } } } },
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert', {}, { timeout: 15_000 });
    expect(alert).toHaveTextContent('The service is having trouble. Try again in a moment.');
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

/** In German: tabs, pager and card states from the German catalogue. */
export const German: Story = {
  parameters: { lang: 'de' },
  play: async ({ canvas, loaded }) => {
    const total = storyMock(loaded).videos().length;
    expect(await canvas.findByText(`1–20 von ${total}`, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(canvas.getByRole('tab', { name: 'Veröffentlicht' })).toBeInTheDocument();
    expect(canvas.getByRole('button', { name: 'Zurück' })).toHaveAttribute('aria-disabled', 'true');
    expect(canvas.getByRole('combobox', { name: 'Videos pro Seite' })).toBeInTheDocument();
  },
};

/** In Spanish. */
export const Spanish: Story = {
  parameters: { lang: 'es' },
  play: async ({ canvas, loaded }) => {
    const total = storyMock(loaded).videos().length;
    expect(await canvas.findByText(`Mostrando 1–20 de ${total}`, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(canvas.getByRole('tab', { name: 'Publicado' })).toBeInTheDocument();
    expect(canvas.getByRole('button', { name: 'Siguiente' })).toBeInTheDocument();
  },
};

/**
 * In Arabic, right to left: the tabs start on the right, "Previous" sits on the right with its arrow pointing right,
 * and the left arrow key moves on to the next tab.
 */
export const Arabic: Story = {
  parameters: { lang: 'ar' },
  play: async ({ canvas, userEvent }) => {
    const previous = await canvas.findByRole('button', { name: 'السابق' }, { timeout: 5000 });
    const next = canvas.getByRole('button', { name: 'التالي' });
    expect(previous.getBoundingClientRect().left).toBeGreaterThan(next.getBoundingClientRect().left);
    // Page sizes in Arabic digits, like the pager's numbers.
    expect(canvas.getByRole('combobox', { name: 'عدد الفيديوهات في الصفحة' })).toHaveDisplayValue('٢٠');

    await userEvent.click(canvas.getByRole('tab', { name: 'الكل' }));
    await userEvent.keyboard('{ArrowLeft}');
    expect(canvas.getByRole('tab', { name: 'مسودة' })).toHaveAttribute('aria-selected', 'true');
    expect((await canvas.findAllByText('مسودة — لم تُعالَج بعد', {}, { timeout: 5000 })).length).toBeGreaterThan(0);
  },
};
