import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MetricCards, TemplateSummaryCards } from '../../../src/components';
import { TrendChart } from '../../../src/components/charts';
import { seededClient } from '../charts/seeded';
import { cardValue, unwatchedVideoId } from './mock-data';

// A rate or score with no views behind it is unknown: the mock answers null, and what a reader sees is a gap in the
// line, "—" on a card and the words "no views", never a made-up "0%" or "1 / 10".

const addDays = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);

/** The account's first days: the four before its first video was watched, then three weeks of views. */
async function firstDaysOfTheAccount() {
  const { mock, client } = seededClient(7);
  const first = mock
    .videos()
    .map((video) => video.created_at.slice(0, 10))
    .sort()[0] as string;
  const trend = await client.getAccountAnalytics({
    startDate: addDays(first, -4),
    endDate: addDays(first, 20),
    groupBy: 'day',
  });
  return { trend };
}

describe('a period or video with no views', () => {
  it('leaves a gap in the completion trend and says "no views" for those days, never 0%', async () => {
    const { trend } = await firstDaysOfTheAccount();
    const unwatched = trend.trends.filter((point) => point.views === 0);
    expect(unwatched.length).toBeGreaterThanOrEqual(4);
    expect(unwatched.every((point) => point.completion_rate === null && point.engagement_score === null)).toBe(true);

    const { container } = render(<TrendChart data={trend.trends} metric="completion_rate" width={600} />);
    const rows = within(screen.getByRole('table', { name: 'Completion rate by day' }))
      .getAllByRole('row')
      .slice(1);
    for (const row of rows.slice(0, 4)) expect(row).toHaveTextContent(/— \(no views\)$/);
    expect(rows.slice(0, 4).map((row) => row.textContent)).not.toContainEqual(expect.stringMatching(/0(\.0)?%/));

    // The line starts on the first day with views, not at the left edge dipped to 0%.
    const line = container.querySelector('.ss-trend-line')?.getAttribute('d') ?? '';
    const firstWatched = trend.trends.findIndex((point) => point.views > 0);
    expect(firstWatched).toBeGreaterThanOrEqual(4);
    expect(line.match(/M/g)).toHaveLength(1);
    expect(Number(line.slice(1).split(',')[0])).toBeGreaterThan(0);

    // Keyboard readers hear "no views" for the first day rather than a number, and no dot is drawn there.
    const slider = screen.getByRole('slider', { name: /^Completion rate by day/ });
    fireEvent.focus(slider);
    fireEvent.keyDown(slider, { key: 'Home' });
    expect(slider.getAttribute('aria-valuetext')).toMatch(/: no views$/);
    expect(container.querySelector('.ss-trend-marker')).toBeNull();
    expect(screen.getByText('No views', { selector: '.ss-chart-tooltip-value' })).toBeInTheDocument();
  });

  it('splits the line in two around a day nobody watched', async () => {
    const { trend } = await firstDaysOfTheAccount();
    const watched = trend.trends.filter((point) => point.views > 0).slice(0, 10);
    const quiet = trend.trends.find((point) => point.views === 0);
    if (!quiet) throw new Error('the account has no quiet day before its first video');
    // The quiet day's answer, moved into the middle of the watched days.
    const points = [
      ...watched.slice(0, 5),
      { ...quiet, date: addDays(watched[4]?.date ?? '', 1) },
      ...watched.slice(6),
    ];
    const { container } = render(<TrendChart data={points} metric="engagement_score" width={600} />);
    const line = container.querySelector('.ss-trend-line')?.getAttribute('d') ?? '';
    expect(line.match(/M/g)).toHaveLength(2);
    const table = within(screen.getByRole('table', { name: 'Engagement score by day' }));
    expect(table.getAllByRole('row')[6]).toHaveTextContent(/— \(no views\)$/);
  });

  it('shows "—" with "No views" on the cards of a video nobody watched, never "0%" or "1 / 10"', async () => {
    const { mock, client } = seededClient(7);
    const { metrics } = await client.getVideoAnalytics(unwatchedVideoId(mock));
    expect(metrics).toMatchObject({
      views: 0,
      completion_rate: null,
      engagement_score: null,
      average_watch_time: null,
    });

    const { container } = render(<MetricCards metrics={metrics} />);
    for (const label of ['Completion rate', 'Engagement score', 'Average watch time']) {
      expect(cardValue(container, label)).toBe('—No views');
    }
    expect(cardValue(container, 'Views')).toBe('0');
    expect(container.textContent).not.toMatch(/\d+ \/ 10|\b0%/);
  });

  it('shows "—" for the averages of a template nobody watched in the period', async () => {
    const { mock, client } = seededClient(7);
    const template = mock.templates()[0];
    const report = await client.getTemplateAnalytics(template?.id ?? '', {
      startDate: '2019-01-01',
      endDate: '2019-03-31',
    });
    expect(report).toMatchObject({ total_views: 0, average_completion_rate: null, average_engagement_score: null });
    const { container } = render(<TemplateSummaryCards analytics={report} />);
    expect(cardValue(container, 'Average completion rate')).toBe('—No views');
    expect(cardValue(container, 'Average engagement score')).toBe('—No views');
    expect(container.textContent).not.toMatch(/1 \/ 10|\b0%/);
  });
});
