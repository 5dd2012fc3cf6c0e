import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { TrendChart } from '../../../src/components/charts';
import { seededClient, seededThreeYearTrend } from './seeded';

const longDate = (iso: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));

describe('TrendChart', () => {
  test('three years of daily points draw one path and one focusable element', async () => {
    const { trends } = await seededThreeYearTrend();
    expect(trends).toHaveLength(1095);
    const { container } = render(<TrendChart data={trends} width={800} />);
    expect(container.querySelectorAll('svg path')).toHaveLength(1);
    expect(container.querySelectorAll('[tabindex]')).toHaveLength(1);
    expect(screen.getByRole('slider', { name: /^Views by day/ })).toHaveAttribute('aria-valuemax', '1094');
  });

  test('the summary counts the points in the locale’s digits', async () => {
    const { trends } = await seededThreeYearTrend();
    const { rerender } = render(<TrendChart data={trends} width={800} />);
    const figure = () => screen.getByRole('figure', { name: 'Views by day' });
    expect(figure()).toHaveAccessibleDescription(/^1,095 points\. Highest /);
    rerender(<TrendChart data={trends} width={800} locale="de-DE" />);
    expect(figure()).toHaveAccessibleDescription(/^1\.095 points\. /);
    rerender(<TrendChart data={trends.slice(0, 1)} width={800} />);
    expect(figure()).toHaveAccessibleDescription(/^1 point\. /);
  });

  test('arrow keys, Home and End move the tooltip between points, with the date and value', async () => {
    const user = userEvent.setup();
    const { client } = seededClient();
    const { trends } = await client.getAccountAnalytics({ groupBy: 'day' });
    render(<TrendChart data={trends} width={800} metrics={['views']} />);
    const at = (index: number) => trends.at(index);
    await user.tab();
    expect(screen.getByRole('slider')).toHaveFocus();
    const tooltip = () => screen.getByRole('tooltip');
    expect(tooltip()).toHaveTextContent(`${longDate(at(-1)?.date ?? '')}${at(-1)?.views} views`);
    await user.keyboard('{ArrowLeft}');
    expect(tooltip()).toHaveTextContent(`${longDate(at(-2)?.date ?? '')}${at(-2)?.views} views`);
    await user.keyboard('{Home}');
    expect(tooltip()).toHaveTextContent(`${longDate(at(0)?.date ?? '')}${at(0)?.views} views`);
    expect(screen.getByRole('slider')).toHaveAttribute(
      'aria-valuetext',
      `${longDate(at(0)?.date ?? '')}: ${at(0)?.views} views`,
    );
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(tooltip()).toHaveTextContent(longDate(at(2)?.date ?? ''));
    await user.keyboard('{End}');
    expect(tooltip()).toHaveTextContent(longDate(at(-1)?.date ?? ''));
    await user.tab();
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  test('the pointer shows the tooltip of the point under it, from the overlay’s left edge to its right edge', async () => {
    const user = userEvent.setup();
    const { client } = seededClient();
    const { trends } = await client.getAccountAnalytics({ groupBy: 'day' });
    render(<TrendChart data={trends} width={800} />);
    const overlay = screen.getByRole('slider');
    // jsdom has no layout: place the overlay (already inset by the plot margins) 100 px into the page, 736 px wide.
    const plotWidth = 800 - 48 - 16;
    overlay.getBoundingClientRect = () => DOMRect.fromRect({ x: 100, y: 0, width: plotWidth, height: 200 });
    await user.pointer({ target: overlay, coords: { clientX: 100 } });
    expect(screen.getByRole('tooltip')).toHaveTextContent(longDate(trends[0]?.date ?? ''));
    await user.pointer({ target: overlay, coords: { clientX: 100 + plotWidth } });
    expect(screen.getByRole('tooltip')).toHaveTextContent(longDate(trends.at(-1)?.date ?? ''));
    const middle = Math.floor(trends.length / 2);
    await user.pointer({ target: overlay, coords: { clientX: 100 + (plotWidth * middle) / (trends.length - 1) } });
    expect(screen.getByRole('tooltip')).toHaveTextContent(longDate(trends[middle]?.date ?? ''));
  });

  test('the metric switch redraws completion rate, and the tooltip follows', async () => {
    const user = userEvent.setup();
    const { client } = seededClient();
    const { trends } = await client.getAccountAnalytics({ groupBy: 'week' });
    render(<TrendChart data={trends} groupBy="week" width={600} />);
    await user.click(screen.getByRole('button', { name: 'Completion rate' }));
    expect(screen.getByRole('button', { name: 'Completion rate' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('figure', { name: 'Completion rate by week' })).toBeInTheDocument();
    act(() => screen.getByRole('slider').focus());
    const last = trends.at(-1);
    expect(screen.getByRole('tooltip')).toHaveTextContent(
      `Week of ${longDate(last?.date ?? '')}${Math.round((last?.completion_rate ?? 0) * 1000) / 10}% completion`,
    );
  });

  test('dates on the axis follow groupBy: months when grouped by month', async () => {
    const { client } = seededClient();
    const { trends } = await client.getAccountAnalytics({
      startDate: '2024-05-01',
      endDate: '2025-04-30',
      groupBy: 'month',
    });
    const { container } = render(<TrendChart data={trends} groupBy="month" width={800} />);
    const labels = [...container.querySelectorAll('.ss-chart-tick')].map((text) => text.textContent);
    expect(labels).toContain(
      new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(trends[0]?.date ?? ''),
      ),
    );
  });

  test('the hidden table holds every point’s date and value', async () => {
    const { trends } = await seededThreeYearTrend();
    render(<TrendChart data={trends} metric="engagement_score" />);
    const rows = within(screen.getByRole('table', { name: 'Engagement score by day' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows).toHaveLength(1095);
    const busiest = trends.reduce(
      (best, point, index) => ((point.engagement_score ?? 0) > (trends[best]?.engagement_score ?? 0) ? index : best),
      0,
    );
    expect(rows[busiest]).toHaveTextContent(
      `${longDate(trends[busiest]?.date ?? '')}${trends[busiest]?.engagement_score} / 10`,
    );
  });
});
