import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { VideoAnalyticsPanel } from '../../src/components/analytics';
import { loadToday, NEVER_ANSWERS, seededIds, todayOf } from './analytics-data';

const ids = seededIds();

const meta = {
  title: 'Analytics/VideoAnalyticsPanel',
  component: VideoAnalyticsPanel,
  args: { videoId: ids.watchedVideoId },
  loaders: [loadToday],
  render: (args, { loaded }) => <VideoAnalyticsPanel today={todayOf(loaded)} {...args} />,
} satisfies Meta<typeof VideoAnalyticsPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A watched video: cards compared with the account, watch-through, engagement and audience. */
export const Data: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('figure', { name: /Viewers by device/ }, { timeout: 5000 })).toBeVisible();
  },
};

/** A draft nobody has watched. */
export const Empty: Story = {
  args: { videoId: ids.unwatchedVideoId },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Nobody has watched this video yet.', {}, { timeout: 5000 })).toBeVisible();
  },
};

/** Skeletons while the analytics load. */
export const Loading: Story = { parameters: NEVER_ANSWERS };

/** The API failed: the message and a retry. */
export const ErrorState: Story = {
  name: 'Error',
  parameters: { mock: { faults: { getVideoAnalytics: { status: 403 } } } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(/Could not load/);
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** No such video: a finished answer, with nothing to retry or export. */
export const NotFound: Story = {
  args: { videoId: 'vid_does_not_exist' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('This video was not found.', {}, { timeout: 5000 })).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Try again' })).toBeNull();
    await expect(canvas.queryByRole('button', { name: 'Export video data' })).toBeNull();
  },
};

/** Compared with the 28 days before instead of the account: the toolbar's switch turns it on. */
export const PreviousPeriod: Story = {
  play: async ({ canvas, userEvent }) => {
    await canvas.findByRole('figure', { name: /Viewers by device/ }, { timeout: 5000 });
    await userEvent.click(canvas.getByRole('button', { name: 'Last 28 days' }));
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Compare with previous period' }));
    await waitFor(() => expect(canvas.getAllByText(/previous 28 days/).length).toBeGreaterThan(0), {
      timeout: 5000,
    });
    await expect(canvas.queryByText(/vs account/)).toBeNull();
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Compare with previous period' }));
    await waitFor(() => expect(canvas.getAllByText(/vs account/).length).toBeGreaterThan(0), { timeout: 5000 });
  },
};

/** A video's first days, compared with the days before it existed: every card reads "new". */
export const ZeroPreviousPeriod: Story = {
  args: { videoId: ids.watchedVideoId, range: ids.watchedVideoFirstDays, compare: 'previous-period' },
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getAllByText(/^New · none in the previous/).length).toBeGreaterThan(0), {
      timeout: 5000,
    });
  },
};

/** Dark theme. */
export const Dark: Story = { ...Data, parameters: { theme: 'dark' } };

/** Skeletons in the dark. */
export const LoadingDark: Story = { parameters: { ...NEVER_ANSWERS, theme: 'dark' } };
