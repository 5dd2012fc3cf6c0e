import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { MetricCards } from '../../src/components/analytics';
import ar from '../../src/locales/ar';
import de from '../../src/locales/de';
import es from '../../src/locales/es';
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

/**
 * Narrow cards with German's long labels: a label that wraps moves every value of its row down together, so the
 * values of a row share one baseline.
 */
export const NarrowWrappingLabels: Story = {
  args: { locale: 'de-DE', messages: de },
  parameters: { lang: 'de' },
  render: (args, { loaded }) => (
    <div style={{ maxWidth: '34rem' }}>
      <MetricCards metrics={analyticsOf(loaded).video.metrics} {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const rows = new Map<number, Array<{ label: number; value: number }>>();
    for (const item of canvasElement.querySelectorAll('.ss-metric-cards-item')) {
      const top = Math.round(item.getBoundingClientRect().top);
      const label = item.querySelector('dt')?.getBoundingClientRect().height ?? 0;
      const value = item.querySelector('.ss-metric-cards-value')?.getBoundingClientRect().top ?? 0;
      rows.set(top, [...(rows.get(top) ?? []), { label, value }]);
    }
    const mixed = [...rows.values()].filter((row) => {
      const heights = row.map((card) => card.label);
      return Math.max(...heights) > Math.min(...heights) + 4;
    });
    // At least one row has a one-line label beside a wrapped one, and its values still start at one height.
    await expect(mixed.length).toBeGreaterThan(0);
    for (const row of mixed) await expect(new Set(row.map((card) => Math.round(card.value))).size).toBe(1);
  },
};

/** Compared with the account's averages, in German: "1.845", "76 %", "7,0 / 10", "▲ +4 Pkt. ggü. Konto". */
export const German: Story = {
  ...ComparedWithAccount,
  args: { locale: 'de-DE', messages: de },
  parameters: { lang: 'de' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Abschlussrate')).toBeVisible();
    await expect(canvas.getAllByText(/ggü\. Konto$/).length).toBeGreaterThan(0);
  },
};

/** In Spanish: "frente a la cuenta". */
export const Spanish: Story = {
  ...ComparedWithAccount,
  args: { locale: 'es-ES', messages: es },
  parameters: { lang: 'es' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Tasa de finalización')).toBeVisible();
    await expect(canvas.getAllByText(/frente a la cuenta$/).length).toBeGreaterThan(0);
  },
};

/** In Arabic, right to left: the cards mirror, the digits are Arabic-Indic, the arrows keep their meaning. */
export const Arabic: Story = {
  ...ComparedWithAccount,
  args: { locale: 'ar-EG', messages: ar },
  parameters: { lang: 'ar' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('معدل الإكمال')).toBeVisible();
    await expect(canvas.getAllByText(/مقابل الحساب$/).length).toBeGreaterThan(0);
  },
};

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
