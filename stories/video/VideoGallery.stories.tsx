import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { storyMock } from '../../.storybook/mock-parameters';
import { VideoGallery } from '../../src/components';

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
