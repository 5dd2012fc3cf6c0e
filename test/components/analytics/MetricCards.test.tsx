import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AccountSummaryCards, MetricCards, TemplateSummaryCards } from '../../../src/components/analytics';
import { createMockApi } from '../../../src/mock';
import { accountAnalytics, cardValue, known, templateAnalytics, videoAnalytics, watchedVideoId } from './mock-data';

const mock = createMockApi({ seed: 7 });

// Written out independently of the component's formatter: "30 min 45 s".
const spoken = (seconds: number) => {
  const total = Math.round(seconds);
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  if (h) return m ? `${h} hr ${m} min` : `${h} hr`;
  if (m) return s ? `${m} min ${s} sec` : `${m} min`;
  return `${s} sec`;
};

describe('MetricCards', () => {
  it("shows a video's six metrics formatted for en-US", async () => {
    const { metrics } = await videoAnalytics(mock, watchedVideoId(mock));
    expect(metrics.views).toBeGreaterThan(0);
    const { container } = render(<MetricCards metrics={metrics} />);
    expect(cardValue(container, 'Views')).toBe(metrics.views.toLocaleString('en-US'));
    expect(cardValue(container, 'Unique viewers')).toBe(metrics.unique_viewers.toLocaleString('en-US'));
    expect(cardValue(container, 'Total watch time')).toBe(spoken(metrics.total_watch_time));
    expect(cardValue(container, 'Average watch time')).toBe(spoken(known(metrics.average_watch_time)));
    expect(cardValue(container, 'Completion rate')).toBe(`${Math.round(known(metrics.completion_rate) * 100)}%`);
    expect(cardValue(container, 'Engagement score')).toBe(
      `${Math.round(known(metrics.engagement_score) * 10) / 10} / 10`,
    );
  });

  it('formats for the locale it is given', async () => {
    const { metrics } = await videoAnalytics(mock, watchedVideoId(mock));
    const { container } = render(<MetricCards metrics={{ ...metrics, views: 1845 }} locale="de-DE" />);
    expect(cardValue(container, 'Views')).toBe('1.845');
    expect(cardValue(container, 'Completion rate')).toBe(`${Math.round(known(metrics.completion_rate) * 100)}\u00a0%`);
  });

  it('compares counts by relative change and rates and scores by points, in words and signs, not colour alone', async () => {
    const { metrics } = await videoAnalytics(mock, watchedVideoId(mock));
    const video = { ...metrics, views: 250, completion_rate: 0.76, engagement_score: 7.2 };
    const baseline = { views: 200, completion_rate: 0.72, engagement_score: 7.6 };
    const { container, rerender } = render(<MetricCards metrics={video} baseline={baseline} />);
    const note = (label: string) =>
      [...container.querySelectorAll('dt')]
        .find((dt) => dt.textContent === label)
        ?.parentElement?.querySelector('.ss-metric-cards-note')?.textContent;
    expect(note('Views')).toBe('▲ Up +25% vs account');
    // 76 % against 72 % is four points up, not "+6%" (a relative change that reads as six more percent of viewers).
    expect(note('Completion rate')).toBe('▲ Up +4 pts vs account');
    expect(note('Engagement score')).toBe('▼ Down −0.4 pts vs account');
    // No baseline for a metric: no comparison is made up for it.
    expect(note('Unique viewers')).toBeUndefined();

    rerender(<MetricCards metrics={{ ...video, completion_rate: 0.723 }} baseline={baseline} locale="de-DE" />);
    expect(note('Completion rate')).toBe('● Same ±0 pts vs account');
    expect(note('Engagement score')).toBe('▼ Down −0,4 pts vs account');
  });

  it('keeps its labels while loading and shows an error instead of numbers', () => {
    const { container, rerender } = render(<MetricCards loading />);
    expect(container.firstElementChild).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByText('Views')).toBeInTheDocument();
    expect(screen.getAllByText('Loading…')).toHaveLength(6);
    rerender(<MetricCards error={{ message: 'The API is not answering.' }} />);
    expect(screen.getByRole('alert')).toHaveTextContent('The API is not answering.');
  });
});

describe('AccountSummaryCards and TemplateSummaryCards', () => {
  it("show the account's summary", async () => {
    const { summary } = await accountAnalytics(mock);
    const { container } = render(<AccountSummaryCards summary={summary} />);
    expect(cardValue(container, 'Videos')).toBe(summary.total_videos.toLocaleString('en-US'));
    expect(cardValue(container, 'Views')).toBe(summary.total_views.toLocaleString('en-US'));
    expect(cardValue(container, 'Unique viewers')).toBe(summary.unique_viewers.toLocaleString('en-US'));
    expect(cardValue(container, 'Average completion rate')).toBe(
      `${Math.round(known(summary.average_completion_rate) * 100)}%`,
    );
    expect(cardValue(container, 'Interactions')).toBe(summary.total_interactions.toLocaleString('en-US'));
  });

  it("show a template's totals", async () => {
    const template = mock.templates()[0];
    if (!template) throw new Error('no template');
    const analytics = await templateAnalytics(mock, template.id);
    const { container } = render(<TemplateSummaryCards analytics={analytics} />);
    expect(cardValue(container, 'Videos')).toBe(analytics.total_videos.toLocaleString('en-US'));
    expect(cardValue(container, 'Views')).toBe(analytics.total_views.toLocaleString('en-US'));
    expect(cardValue(container, 'Average engagement score')).toBe(
      `${Math.round(known(analytics.average_engagement_score) * 10) / 10} / 10`,
    );
  });
});
