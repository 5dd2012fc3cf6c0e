import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect } from 'storybook/test';
import { storyMock } from '../../.storybook/mock-parameters';
import {
  AccountAnalyticsPanel,
  type DateRangeValue,
  TemplateAnalyticsPanel,
  VideoAnalyticsPanel,
} from '../../src/components/analytics';
import { loadToday, seededIds, todayOf } from './analytics-data';

/** The three panels sharing one date range: a period picked in any panel applies to all. */
function Dashboard({ today, videoId, templateId }: { today: string; videoId: string; templateId: string }) {
  const [range, setRange] = useState<DateRangeValue>({});
  return (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <h1 style={{ margin: 0 }}>Analytics</h1>
      <AccountAnalyticsPanel range={range} onRangeChange={setRange} today={today} />
      <VideoAnalyticsPanel videoId={videoId} range={range} onRangeChange={setRange} today={today} />
      <TemplateAnalyticsPanel templateId={templateId} range={range} onRangeChange={setRange} today={today} />
    </div>
  );
}

const meta = {
  title: 'Analytics/Dashboard',
  component: Dashboard,
  args: { today: '', videoId: seededIds().watchedVideoId, templateId: seededIds().templateId },
  loaders: [loadToday],
  render: (args, { loaded }) => <Dashboard {...args} today={todayOf(loaded)} />,
} satisfies Meta<typeof Dashboard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Account, video and template panels on one period; picking "Last 28 days" once refetches all three. */
export const SharedRange: Story = {
  play: async ({ canvas, userEvent, loaded }) => {
    await canvas.findByRole('table', { name: 'Top performing videos' }, { timeout: 8000 });
    const [first] = canvas.getAllByRole('button', { name: 'Last 28 days' });
    await userEvent.click(first as HTMLElement);
    for (const button of canvas.getAllByRole('button', { name: 'Last 28 days' })) {
      await expect(button).toHaveAttribute('aria-pressed', 'true');
    }
    await canvas.findByRole('table', { name: 'Top performing videos' }, { timeout: 8000 });
    const mock = storyMock(loaded);
    const routes = ['getAccountAnalytics', 'getVideoAnalytics', 'getTemplateAnalytics'];
    for (const route of routes) {
      await expect(mock.requests.some((r) => r.route === route && r.query.end_date === todayOf(loaded))).toBe(true);
    }
  },
};

/** Dark theme. */
export const Dark: Story = { parameters: { theme: 'dark' } };
