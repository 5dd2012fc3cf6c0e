import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { MetricCards } from '../../src/components/analytics';
import { analyticsOf, loadAnalytics } from './analytics-data';

const meta = {
  title: 'Analytics/MetricCards',
  component: MetricCards,
  loaders: [loadAnalytics],
  render: (args, { loaded }) => <MetricCards metrics={analyticsOf(loaded).video.metrics} {...args} />,
} satisfies Meta<typeof MetricCards>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A watched video's six metrics from the seeded mock. */
export const Data: Story = {};

/**
 * Compared with the account's per-video averages: arrows, signs and words, not colour alone. Views change by a share
 * ("+12%"), the rate and the score by points ("+4 pts"); unique viewers do not add up across videos, so they have no
 * per-video average to compare with.
 */
export const ComparedWithAccount: Story = {
  render: (args, { loaded }) => {
    const { video, account } = analyticsOf(loaded);
    const { summary } = account;
    const baseline = {
      views: summary.total_views / summary.total_videos,
      completion_rate: summary.average_completion_rate,
      engagement_score: summary.average_engagement_score,
    };
    return <MetricCards metrics={video.metrics} baseline={baseline} {...args} />;
  },
  play: async ({ canvas }) => {
    const note = (label: string) => canvas.getByText(label).parentElement?.querySelector('.ss-metric-cards-note');
    expect(note('Views')).toHaveTextContent(/^. (Up|Down|Same) [+−±]\d+% vs account$/);
    expect(note('Completion rate')).toHaveTextContent(/^. (Up|Down|Same) [+−±]\d+ pts? vs account$/);
    expect(note('Engagement score')).toHaveTextContent(/^. (Up|Down|Same) [+−±][\d.]+ pts? vs account$/);
    expect(note('Unique viewers')).toBeNull();
  },
};

/** An unwatched draft: every figure is zero. */
export const Empty: Story = {
  render: (args, { loaded }) => <MetricCards metrics={analyticsOf(loaded).unwatched.metrics} {...args} />,
};

/** Labels stay while values load. */
export const Loading: Story = { render: (args) => <MetricCards {...args} loading /> };

/** The message of the error that stopped the figures loading. */
export const ErrorState: Story = {
  name: 'Error',
  render: (args) => <MetricCards {...args} error="The analytics service is not answering (503). Try again soon." />,
};

/** Dark theme. */
export const Dark: Story = { parameters: { theme: 'dark' } };

/** Formatted for German: "1.845", "76 %". */
export const German: Story = { args: { locale: 'de-DE' } };

/** A video nobody watched: its rates, score and average are unknown ("—", read as "No views"), never 0 % or 1 / 10. */
export const NoViews: Story = {
  render: (args, { loaded }) => <MetricCards metrics={analyticsOf(loaded).unwatched.metrics} {...args} />,
  play: async ({ canvasElement }) => {
    const value = (label: string) =>
      [...canvasElement.querySelectorAll('dt')].find((term) => term.textContent === label)?.nextElementSibling;
    for (const label of ['Completion rate', 'Engagement score', 'Average watch time']) {
      expect(value(label)).toHaveTextContent('—No views');
    }
    expect(canvasElement.textContent).not.toMatch(/\d \/ 10|\b0%/);
  },
};
