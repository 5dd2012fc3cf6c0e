import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TemplateTopVideo, VideoMetrics } from '../../../src/api';
import { MetricCards, TemplateSummaryCards, TopVideosTable } from '../../../src/components/analytics';
import { formatMetric } from '../../../src/components/format';
import ar from '../../../src/locales/ar';
import de from '../../../src/locales/de';
import { cardValue } from './mock-data';

const metrics: VideoMetrics = {
  views: 1845,
  unique_viewers: 1200,
  total_watch_time: 1845.3,
  average_watch_time: 58.5,
  completion_rate: 0.7649,
  engagement_score: 7,
};

const rows: TemplateTopVideo[] = [
  { video_id: 'vid_a', title: 'Whole score', views: 1845, completion_rate: 0.7649, engagement_score: 7 },
  { video_id: 'vid_b', title: 'Fractional score', views: 320, completion_rate: 0.5, engagement_score: 6.94 },
];

/** The cell of `title`'s row in `header`'s column. */
const cell = (title: string, header: string) => {
  const headers = screen.getAllByRole('columnheader').map((th) => th.textContent ?? '');
  const index = headers.findIndex((text) => text.startsWith(header));
  const row = screen.getByRole('row', { name: new RegExp(title) });
  return within(row).getAllByRole('cell')[index - 1]?.textContent;
};

describe('one rule per metric: the same decimals on cards and in tables', () => {
  it('reads a score of 7 as "7.0" and a 76.49 % completion rate as "76%" in both', () => {
    const { container } = render(
      <>
        <MetricCards metrics={metrics} />
        <TemplateSummaryCards
          analytics={{
            total_videos: 2,
            total_views: 2165,
            average_completion_rate: 0.7649,
            average_engagement_score: 7,
          }}
        />
      </>,
    );
    render(<TopVideosTable videos={rows} />);
    expect(cardValue(container, 'Engagement score')).toBe('7.0 / 10');
    expect(cardValue(container, 'Average engagement score')).toBe('7.0 / 10');
    expect(cell('Whole score', 'Engagement score')).toBe('7.0');
    // 6.94 beside 7 keeps one decimal in the same column: "6.9" and "7.0", never "6.9" and "7".
    expect(cell('Fractional score', 'Engagement score')).toBe('6.9');
    expect(cardValue(container, 'Completion rate')).toBe('76%');
    expect(cardValue(container, 'Average completion rate')).toBe('76%');
    expect(cell('Whole score', 'Completion rate')).toBe('76%');
    expect(cell('Whole score', 'Views')).toBe('1,845');
  });

  it('writes the same text for every name of a metric, in the locale’s digits', () => {
    expect(formatMetric('average_engagement_score', 7, 'de-DE')).toBe('7,0');
    expect(formatMetric('engagement_score', 7, 'ar-EG')).toBe('٧٫٠');
    expect(formatMetric('completion_rate', 0.5, 'en-US')).toBe(formatMetric('average_completion_rate', 0.5, 'en-US'));
    expect(formatMetric('watch_time', 1845.3, 'en-US')).toBe('30 min 45 sec');
  });

  it('shows a change in score points with the score’s one decimal: "7.0 / 10" beside "−2.0 pts", never "−2 pts"', () => {
    const { container } = render(
      <MetricCards metrics={metrics} baseline={{ engagement_score: 9, completion_rate: 0.72 }} />,
    );
    const note = (label: string) =>
      [...container.querySelectorAll('dt')]
        .find((dt) => dt.textContent === label)
        ?.parentElement?.querySelector('.ss-metric-cards-note')?.textContent;
    expect(note('Engagement score')).toBe('▼ Down −2.0 pts vs account');
    expect(note('Completion rate')).toBe('▲ Up +4 pts vs account');
  });
});

describe('period deltas in German and Arabic', () => {
  const previous = (days: number) => ({ figures: { views: 1500, engagement_score: 8.1 }, days });
  const notes = (container: HTMLElement, label: string) => {
    const item = [...container.querySelectorAll('dt')].find((dt) => dt.textContent === label)?.parentElement;
    const [shown, spoken] = item?.querySelectorAll('.ss-period-delta > span') ?? [];
    return { shown: shown?.textContent, spoken: spoken?.textContent };
  };

  it('German: one day, thirty days, and score points with a decimal comma', () => {
    const { container, rerender } = render(
      <MetricCards metrics={metrics} previous={previous(1)} locale="de-DE" messages={de} />,
    );
    expect(notes(container, 'Aufrufe')).toEqual({
      shown: '▲ +23\u00a0% ggü. Vortag',
      spoken: 'Um 23\u00a0% gestiegen gegenüber dem Vortag.',
    });
    rerender(<MetricCards metrics={metrics} previous={previous(30)} locale="de-DE" messages={de} />);
    expect(notes(container, 'Engagement-Wert')).toEqual({
      shown: '▼ −1,1 Pkt. ggü. vorherigen 30 Tagen',
      spoken: 'Um 1,1 Punkte gesunken gegenüber den vorherigen 30 Tagen.',
    });
    expect(notes(container, 'Eindeutige Zuschauer').spoken).toBe('Neu: keine in den vorherigen 30 Tagen.');
  });

  it('Arabic: the dual, the few and the many forms of days', () => {
    const { container, rerender } = render(
      <MetricCards metrics={metrics} previous={previous(2)} locale="ar-EG" messages={ar} />,
    );
    const views = () => notes(container, 'المشاهدات').shown;
    expect(views()).toMatch(/مقابل اليومين السابقين$/);
    rerender(<MetricCards metrics={metrics} previous={previous(7)} locale="ar-EG" messages={ar} />);
    expect(views()).toMatch(/مقابل الأيام الـ٧ السابقة$/);
    rerender(<MetricCards metrics={metrics} previous={previous(28)} locale="ar-EG" messages={ar} />);
    expect(views()).toMatch(/مقابل الـ٢٨ يومًا السابقة$/);
    expect(screen.getByText(/انخفض بمقدار ١٫١ نقطة عن الـ٢٨ يومًا السابقة/)).toBeInTheDocument();
  });
});
