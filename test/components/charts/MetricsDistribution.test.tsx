import { render, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { MetricsDistribution, TemplatePerformance } from '../../../src/components/charts';
import { known } from '../analytics/mock-data';
import { seededTemplateAnalytics } from './seeded';

const attr = (element: Element | null, name: string) => Number(element?.getAttribute(name));

describe('MetricsDistribution', () => {
  test('box, whiskers and median sit at the quartiles, in order and proportional to the values', async () => {
    const { metrics_distribution } = await seededTemplateAnalytics();
    const { container } = render(<MetricsDistribution data={metrics_distribution} width={500} />);
    const rows = [...container.querySelectorAll<SVGGElement>('.ss-boxplot-row')];
    expect(rows.map((row) => row.dataset.metric)).toEqual(['completion_rate', 'engagement_score', 'watch_time']);
    for (const row of rows) {
      const summary = known(metrics_distribution[row.dataset.metric as keyof typeof metrics_distribution]);
      const origin = attr(row.querySelector('.ss-chart-tick'), 'x');
      const box = row.querySelector('.ss-boxplot-box');
      const q1 = attr(box, 'x');
      const q3 = q1 + attr(box, 'width');
      const median = attr(row.querySelector('.ss-boxplot-median'), 'x1');
      const whisker = row.querySelector('.ss-boxplot-whisker');
      const [min, max] = [attr(whisker, 'x1'), attr(whisker, 'x2')];
      expect(min).toBeLessThanOrEqual(q1);
      expect(q1).toBeLessThanOrEqual(median);
      expect(median).toBeLessThanOrEqual(q3);
      expect(q3).toBeLessThanOrEqual(max);
      // Each axis starts at 0, so distance from the origin is proportional to the value.
      expect((q1 - origin) / (max - origin)).toBeCloseTo(summary.quartiles[0] / summary.max, 6);
      expect((median - origin) / (max - origin)).toBeCloseTo(summary.median / summary.max, 6);
      expect((q3 - origin) / (max - origin)).toBeCloseTo(summary.quartiles[2] / summary.max, 6);
      expect((min - origin) / (max - origin)).toBeCloseTo(summary.min / summary.max, 6);
    }
  });

  test('each metric has its own scale: rates to 100%, scores to 10', async () => {
    const { metrics_distribution } = await seededTemplateAnalytics();
    const { container } = render(<MetricsDistribution data={metrics_distribution} width={500} />);
    const lastTick = (metric: string) =>
      [...container.querySelectorAll(`[data-metric="${metric}"] .ss-chart-tick`)].at(-1)?.textContent;
    expect(lastTick('completion_rate')).toBe('100%');
    expect(lastTick('engagement_score')).toBe('10');
  });

  test('the hidden table has the five numbers of every metric', async () => {
    const { metrics_distribution } = await seededTemplateAnalytics();
    render(<MetricsDistribution data={metrics_distribution} />);
    const row = within(screen.getByRole('table', { name: 'Metrics distribution' })).getByRole('row', {
      name: /^Engagement score/,
    });
    const { min, quartiles, median, max } = known(metrics_distribution.engagement_score);
    const cells = within(row)
      .getAllByRole('cell')
      .map((cell) => Number(cell.textContent));
    expect(cells).toEqual([min, quartiles[0], median, quartiles[2], max]);
  });
});

describe('TemplatePerformance', () => {
  test('shows the template’s totals, its box plots and its top videos', async () => {
    const analytics = await seededTemplateAnalytics();
    render(<TemplatePerformance data={analytics} width={500} />);
    const section = screen.getByRole('region', { name: analytics.name });
    const total = (term: string) => within(section).getByText(term).nextElementSibling?.textContent;
    expect(total('Videos')).toBe(String(analytics.total_videos));
    expect(total('Views')).toBe(analytics.total_views.toLocaleString('en-US'));
    expect(total('Average completion rate')).toBe(`${Math.round(known(analytics.average_completion_rate) * 100)}%`);
    expect(within(section).getByRole('figure', { name: 'Metrics distribution' })).toBeInTheDocument();
    const list = within(section).getByRole('list', { name: 'Top performing videos' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(analytics.top_performing_videos.length);
  });

  test('names itself with a heading at the level asked for, 3 by default', async () => {
    const analytics = await seededTemplateAnalytics();
    const { rerender } = render(<TemplatePerformance data={analytics} width={500} />);
    expect(screen.getByRole('heading', { level: 3, name: analytics.name })).toBeInTheDocument();
    rerender(<TemplatePerformance data={analytics} width={500} headingLevel={2} />);
    expect(screen.getByRole('heading', { level: 2, name: analytics.name })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 3 })).toBeNull();
  });

  test('hands the top videos to its children function, e.g. for a sortable table', async () => {
    const analytics = await seededTemplateAnalytics();
    render(
      <TemplatePerformance data={analytics} width={500}>
        {(videos) => <p>{videos.map((video) => video.title).join(', ')}</p>}
      </TemplatePerformance>,
    );
    expect(
      screen.getByText(analytics.top_performing_videos.map((video) => video.title).join(', ')),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Top performing videos' })).toBeNull();
  });
});
