import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createClient, type TrendPoint } from '../../src/api';
import { TrendChart } from '../../src/components/charts';
import { createMockApi } from '../../src/mock';
import { loadAccountTrends, loadServiceError } from './chart-data';

const trends = (loaded: Record<string, unknown>, key: 'recent' | 'daily' | 'weekly' | 'monthly') =>
  loaded[key] as TrendPoint[];

const meta = {
  title: 'Charts/TrendChart',
  component: TrendChart,
  loaders: [loadAccountTrends],
  render: (args, { loaded }) => <TrendChart data={trends(loaded, 'daily')} {...args} />,
} satisfies Meta<typeof TrendChart>;

export default meta;
type Story = StoryObj<typeof meta>;

const longDate = (iso: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));

/** Three years of daily views (1,095 points, one path). The play function reads points by keyboard. */
export const ThreeYearsDaily: Story = {
  args: { groupBy: 'day' },
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const points = trends(loaded, 'daily');
    // The line draws once the chart has measured its width.
    await waitFor(() => expect(canvasElement.querySelectorAll('svg path')).toHaveLength(1));
    const slider = canvas.getByRole('slider', { name: /^Views by day/ });
    const tooltipSays = (text: string) => waitFor(() => expect(canvas.getByRole('tooltip')).toHaveTextContent(text));
    const first = points[0] as TrendPoint;
    const last = points[points.length - 1] as TrendPoint;
    const beforeLast = points[points.length - 2] as TrendPoint;
    slider.focus();
    await tooltipSays(`${longDate(last.date)}${last.views} views`);
    await userEvent.keyboard('{ArrowLeft}');
    await tooltipSays(`${longDate(beforeLast.date)}${beforeLast.views} views`);
    await userEvent.keyboard('{Home}');
    await tooltipSays(`${longDate(first.date)}${first.views} views`);
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(slider).toHaveAttribute('aria-valuenow', '1'));
    await userEvent.keyboard('{End}');
    await tooltipSays(longDate(last.date));
  },
};

/** A year by week, showing completion rate. */
export const WeeklyCompletion: Story = {
  args: { groupBy: 'week', defaultMetric: 'completion_rate' },
  render: (args, { loaded }) => <TrendChart data={trends(loaded, 'weekly')} {...args} />,
};

/** A year by month, engagement score only (no switch). */
export const MonthlyEngagement: Story = {
  args: { groupBy: 'month', metric: 'engagement_score', metrics: ['engagement_score'] },
  render: (args, { loaded }) => <TrendChart data={trends(loaded, 'monthly')} {...args} />,
};

/** No points in the period. */
export const Empty: Story = { args: { data: [] }, render: (args) => <TrendChart {...args} /> };

/** Skeleton while the analytics load. */
export const Loading: Story = { args: { loading: true }, render: (args) => <TrendChart {...args} /> };

/** The message of the error the client raised (the mock answered 503). */
export const ErrorState: Story = {
  loaders: [loadServiceError],
  render: (args, { loaded }) => <TrendChart {...args} error={loaded.error as Error} />,
};

/** The account's recent weeks in the dark palette. */
export const Dark: Story = {
  args: { groupBy: 'week' },
  parameters: { theme: 'dark' },
  render: (args, { loaded }) => <TrendChart data={trends(loaded, 'recent')} {...args} />,
};

/** German: title, switch and summary from the `de` catalogue, dates and digits in de-DE. */
export const German: Story = {
  args: { groupBy: 'week' },
  parameters: { lang: 'de' },
  render: (args, { loaded }) => <TrendChart data={trends(loaded, 'weekly')} {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('group', { name: 'Angezeigte Kennzahl' })).toBeVisible();
    await expect(await canvas.findByRole('slider', { name: /^Aufrufe pro Woche/ })).toBeInTheDocument();
  },
};

/** Spanish. */
export const Spanish: Story = {
  args: { groupBy: 'month' },
  parameters: { lang: 'es' },
  render: (args, { loaded }) => <TrendChart data={trends(loaded, 'monthly')} {...args} />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Tasa de finalización' })).toBeVisible();
  },
};

/** Arabic, right to left: title, switch and legend mirror; the time axis still runs left to right, in Arabic digits. */
export const Arabic: Story = {
  args: { groupBy: 'day' },
  parameters: { lang: 'ar' },
  render: (args, { loaded }) => <TrendChart data={trends(loaded, 'recent')} {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('slider', { name: /^المشاهدات حسب اليوم/ })).toBeInTheDocument();
    const dates = [...canvasElement.querySelectorAll('svg > g > text.ss-chart-tick')];
    const xs = dates.map((tick) => tick.getBoundingClientRect().left);
    await expect(xs).toEqual([...xs].sort((a, b) => a - b));
    await expect(dates[0]?.textContent).toMatch(/[٠-٩]/);
  },
};

/** The account's first weeks, from four days before its first video: days nobody watched are a gap, not 0 %. */
export const NoViews: Story = {
  args: { metric: 'completion_rate' },
  loaders: [
    async () => {
      const mock = createMockApi({ seed: 42 });
      const client = createClient({ baseUrl: '/api/sixtyseconds', fetch: (request) => mock.fetch(request) });
      const first = mock
        .videos()
        .map((video) => video.created_at.slice(0, 10))
        .sort()[0] as string;
      const day = (offset: number) => new Date(Date.parse(first) + offset * 86_400_000).toISOString().slice(0, 10);
      const { trends } = await client.getAccountAnalytics({ startDate: day(-4), endDate: day(40), groupBy: 'day' });
      return { trends };
    },
  ],
  render: (args, { loaded }) => <TrendChart data={(loaded as { trends: TrendPoint[] }).trends} {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = within(await canvas.findByRole('table', { name: 'Completion rate by day' }));
    await waitFor(() => expect(table.getAllByRole('row')[1]).toHaveTextContent(/— \(no views\)$/));
    const slider = await canvas.findByRole('slider', { name: /^Completion rate by day/ });
    slider.focus();
    await userEvent.keyboard('{Home}');
    expect(slider).toHaveAttribute('aria-valuetext', expect.stringMatching(/: no views$/));
  },
};
