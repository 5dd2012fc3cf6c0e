import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { AccountAnalyticsPanel } from '../../src/components/analytics';
import { loadToday, NEVER_ANSWERS, todayOf } from './analytics-data';

const meta = {
  title: 'Analytics/AccountAnalyticsPanel',
  component: AccountAnalyticsPanel,
  loaders: [loadToday],
  render: (args, { loaded }) => <AccountAnalyticsPanel today={todayOf(loaded)} {...args} />,
} satisfies Meta<typeof AccountAnalyticsPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The account: summary, trend (day / week / month) and top videos. */
export const Data: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('table', { name: 'Top videos' }, { timeout: 5000 })).toBeVisible();
  },
};

/** Grouped by month, over the last 90 days. */
export const ByMonth: Story = {
  play: async ({ canvas, userEvent }) => {
    await canvas.findByRole('table', { name: 'Top videos' }, { timeout: 5000 });
    await userEvent.click(canvas.getByRole('radio', { name: 'Month' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Last 90 days' }));
    await expect(await canvas.findByRole('table', { name: 'Top videos' }, { timeout: 5000 })).toBeVisible();
  },
};

/** A period before the account made any video. */
export const Empty: Story = {
  args: { range: { startDate: '2020-01-01', endDate: '2020-01-31' } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('No videos to rank yet.', {}, { timeout: 5000 })).toBeVisible();
  },
};

/** Skeletons while the analytics load. */
export const Loading: Story = { parameters: NEVER_ANSWERS };

/** The API failed: the message and a retry. */
export const ErrorState: Story = {
  name: 'Error',
  parameters: { mock: { faults: { getAccountAnalytics: { status: 403 } } } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(/Could not load/);
  },
};

/** Dark theme. */
export const Dark: Story = { ...Data, parameters: { theme: 'dark' } };
