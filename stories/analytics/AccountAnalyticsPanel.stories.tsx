import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { storyMock } from '../../.storybook/mock-parameters';
import { AccountAnalyticsPanel } from '../../src/components/analytics';
import { firstVideoMonth, loadToday, NEVER_ANSWERS, todayOf } from './analytics-data';

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

/** A period before the account made any video: a message, not a flat zero line. */
export const Empty: Story = {
  args: { range: { startDate: '2020-01-01', endDate: '2020-01-31' } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('No views in this period.', {}, { timeout: 5000 })).toBeVisible();
    await expect(canvas.queryByRole('figure')).toBeNull();
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

/** Compared with the 28 days before: a change on every card and the earlier weeks as a dashed line. */
export const PreviousPeriod: Story = {
  args: { defaultCompare: 'previous-period' },
  play: async ({ canvas, userEvent, loaded }) => {
    await canvas.findByRole('table', { name: 'Top videos' }, { timeout: 5000 });
    await userEvent.click(canvas.getByRole('button', { name: 'Last 28 days' }));
    await waitFor(() => expect(canvas.getAllByText(/vs previous 28 days/)).toHaveLength(6), { timeout: 5000 });
    await expect(await canvas.findByRole('columnheader', { name: 'Previous 28 days' })).toBeInTheDocument();
    // The earlier period costs one request.
    const before = storyMock(loaded).requests.filter(
      (r) => r.route === 'getAccountAnalytics' && r.query.end_date === '2025-03-17',
    );
    await expect(before).toHaveLength(1);
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Compare with previous period' }));
    await expect(canvas.queryByText(/vs previous 28 days/)).toBeNull();
  },
};

/** Off by default: the toolbar's switch turns the comparison on. */
export const TogglePreviousPeriod: Story = {
  play: async ({ canvas, userEvent }) => {
    await canvas.findByRole('table', { name: 'Top videos' }, { timeout: 5000 });
    await expect(canvas.queryByText(/vs previous/)).toBeNull();
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Compare with previous period' }));
    await waitFor(() => expect(canvas.getAllByText(/vs previous 28 days/).length).toBeGreaterThan(0), {
      timeout: 5000,
    });
  },
};

/** The account's first month, compared with the empty month before it: "new", never "+∞ %". */
export const ZeroPreviousPeriod: Story = {
  args: { range: firstVideoMonth(), compare: 'previous-period' },
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getAllByText(/^New · none in the previous 30 days$/).length).toBeGreaterThan(0), {
      timeout: 5000,
    });
  },
};

/** Dark theme. */
export const Dark: Story = { ...Data, parameters: { theme: 'dark' } };

/** Dark theme, compared with the previous period. */
export const PreviousPeriodDark: Story = { ...PreviousPeriod, parameters: { theme: 'dark' } };
