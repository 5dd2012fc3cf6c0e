import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { TopVideosTable } from '../../src/components/analytics';
import { analyticsOf, loadAnalytics } from './analytics-data';

const meta = {
  title: 'Analytics/TopVideosTable',
  component: TopVideosTable,
  loaders: [loadAnalytics],
  render: (args, { loaded }) => <TopVideosTable videos={analyticsOf(loaded).account.top_videos} {...args} />,
} satisfies Meta<typeof TopVideosTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The account's top videos; click a header to sort (a second click flips the order). */
export const Account: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: /Engagement score/ }));
    await expect(canvas.getByRole('columnheader', { name: /Engagement score/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  },
};

/** A template's best videos, with their completion rates. */
export const Template: Story = {
  args: { caption: 'Top performing videos' },
  render: (args, { loaded }) => (
    <TopVideosTable videos={analyticsOf(loaded).template.top_performing_videos} {...args} />
  ),
};

/** Nothing to rank: the period before any video. */
export const Empty: Story = {
  render: (args, { loaded }) => <TopVideosTable videos={analyticsOf(loaded).quietAccount.top_videos} {...args} />,
};

/** Waiting for data. */
export const Loading: Story = { render: (args) => <TopVideosTable {...args} loading /> };

/** The error instead of rows. */
export const ErrorState: Story = {
  name: 'Error',
  render: (args) => <TopVideosTable {...args} error="The analytics service is not answering (503)." />,
};

/** Dark theme. */
export const Dark: Story = { parameters: { theme: 'dark' } };

/** In Arabic, right to left: the columns mirror, the title column first on the right. */
export const Arabic: Story = {
  parameters: { lang: 'ar' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('table', { name: 'أفضل الفيديوهات' })).toBeVisible();
  },
};
