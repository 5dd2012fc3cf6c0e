import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import {
  AccountAnalyticsPanel,
  type DateRangeValue,
  TemplateAnalyticsPanel,
  VideoAnalyticsPanel,
} from '../../../src/components/analytics';
import { createMockApi } from '../../../src/mock';
import { renderWithApi, requestsTo } from '../../render';
import { accountAnalytics, cardValue, watchedVideoId } from './mock-data';

describe('AccountAnalyticsPanel', () => {
  it('shows the summary, the period, the trend and the top videos', async () => {
    const mock = createMockApi({ seed: 7 });
    const expected = await accountAnalytics(mock);
    const { container } = renderWithApi(<AccountAnalyticsPanel />, { mock });

    expect(screen.getByText('Loading account analytics…')).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Top videos' });
    expect(cardValue(container, 'Views')).toBe(expected.summary.total_views.toLocaleString('en-US'));
    expect(cardValue(container, 'Interactions')).toBe(expected.summary.total_interactions.toLocaleString('en-US'));
    const fmt = (iso: string) =>
      new Date(iso).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
    expect(
      screen.getByText(`${fmt(expected.period.start_date)} – ${fmt(expected.period.end_date)}`),
    ).toBeInTheDocument();
    expect(within(table).getAllByRole('rowheader')).toHaveLength(expected.top_videos.length);
    expect(screen.getByRole('figure', { name: /views/i })).toBeInTheDocument();
  });

  it('shows the period in effect before one is chosen: its preset pressed and its dates in the fields', async () => {
    const mock = createMockApi({ seed: 7 });
    const { period } = await accountAnalytics(mock);
    const { user } = renderWithApi(<AccountAnalyticsPanel today={period.end_date} />, { mock });
    await screen.findByRole('table', { name: 'Top videos' });
    // The API's default period is the last 28 days.
    expect(screen.getByRole('button', { name: 'Last 28 days' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByLabelText('From')).toHaveValue(period.start_date);
    expect(screen.getByLabelText('To')).toHaveValue(period.end_date);

    // A custom start keeps the end in effect and presses no preset.
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2025-01-01' } });
    await waitFor(() =>
      expect(requestsTo(mock, 'getAccountAnalytics').at(-1)?.query).toEqual({
        start_date: '2025-01-01',
        end_date: period.end_date,
        group_by: 'week',
      }),
    );
    for (const name of ['Last 7 days', 'Last 28 days', 'Last 90 days', 'This month']) {
      expect(screen.getByRole('button', { name })).toHaveAttribute('aria-pressed', 'false');
    }
    await user.click(screen.getByRole('button', { name: 'Last 7 days' }));
    expect(screen.getByRole('button', { name: 'Last 7 days' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('says there were no views in a period before any video, instead of drawing a flat zero line', async () => {
    const mock = createMockApi({ seed: 7 });
    renderWithApi(<AccountAnalyticsPanel range={{ startDate: '2020-01-01', endDate: '2020-01-31' }} />, { mock });
    expect(await screen.findByText('No views in this period.')).toBeInTheDocument();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Top videos' })).not.toBeInTheDocument();
  });

  it('draws as many placeholders as it has cards and charts while it loads', () => {
    const mock = createMockApi({ seed: 7, latencyMs: 60_000 });
    const { container } = renderWithApi(<AccountAnalyticsPanel />, { mock });
    expect(screen.getByText('Loading account analytics…')).toBeInTheDocument();
    // Six summary cards, then the trend and the top videos.
    expect(container.querySelectorAll('.ss-analytics-skeleton-card')).toHaveLength(6);
    expect(container.querySelectorAll('.ss-analytics-skeleton-block')).toHaveLength(2);
  });

  it('asks for day, week or month buckets', async () => {
    const mock = createMockApi({ seed: 7 });
    const { user } = renderWithApi(<AccountAnalyticsPanel />, { mock });
    await screen.findByRole('table', { name: 'Top videos' });
    expect(requestsTo(mock, 'getAccountAnalytics').at(-1)?.query).toEqual({ group_by: 'week' });
    expect(screen.getByRole('radio', { name: 'Week' })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: 'Month' }));
    await waitFor(() => expect(requestsTo(mock, 'getAccountAnalytics').at(-1)?.query).toEqual({ group_by: 'month' }));
    expect(screen.getByRole('radio', { name: 'Month' })).toBeChecked();
  });

  it('recovers from an error when asked to try again, and keeps keyboard focus in the panel', async () => {
    const mock = createMockApi({ seed: 7, faults: { getAccountAnalytics: { status: 503, times: 1 } } });
    const { user } = renderWithApi(<AccountAnalyticsPanel />, { mock, retry: { retries: 0 } });
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Could not load the account's analytics: /);
    screen.getByRole('button', { name: 'Try again' }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('table', { name: 'Top videos' })).toBeInTheDocument();
    // The button went with the error; focus goes to the panel's heading, not to <body>.
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Account analytics' })).toHaveFocus());
  });

  it('takes no focus from elsewhere on the page when a retry succeeds', async () => {
    const mock = createMockApi({ seed: 7, latencyMs: 30, faults: { getAccountAnalytics: { status: 503, times: 1 } } });
    const { user } = renderWithApi(
      <>
        <button type="button">Elsewhere</button>
        <AccountAnalyticsPanel />
      </>,
      { mock, retry: { retries: 0 } },
    );
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    await screen.findByRole('table', { name: 'Top videos' });
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
  });
});

/** Three panels on one shared period, as a host dashboard would hold it. */
function Dashboard({ videoId, templateId }: { videoId: string; templateId: string }) {
  const [range, setRange] = useState<DateRangeValue>({});
  return (
    <>
      <AccountAnalyticsPanel range={range} onRangeChange={setRange} today="2025-03-01" />
      <VideoAnalyticsPanel videoId={videoId} range={range} onRangeChange={setRange} today="2025-03-01" />
      <TemplateAnalyticsPanel templateId={templateId} range={range} onRangeChange={setRange} today="2025-03-01" />
    </>
  );
}

describe('panel headings', () => {
  it('take the level the host page gives them, 2 by default', async () => {
    const mock = createMockApi({ seed: 7 });
    const template = mock.templates()[0];
    if (!template) throw new Error('no template');
    const { rerender } = renderWithApi(
      <>
        <AccountAnalyticsPanel />
        <VideoAnalyticsPanel videoId={watchedVideoId(mock)} headingLevel={3} compareToAccount={false} />
        <TemplateAnalyticsPanel templateId={template.id} headingLevel={4} />
      </>,
      { mock },
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Account analytics' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Video analytics' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 4, name: `Template: ${template.name}` })).toBeInTheDocument();
    rerender(<AccountAnalyticsPanel headingLevel={5} />);
    expect(screen.getByRole('heading', { level: 5, name: 'Account analytics' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
    await screen.findByRole('table', { name: 'Top videos' });
  });
});

describe('a dashboard sharing one date range', () => {
  it('sends a period picked in one panel to every endpoint, once each', async () => {
    const mock = createMockApi({ seed: 7 });
    const templateId = mock.templates()[0]?.id ?? '';
    const { user } = renderWithApi(<Dashboard videoId={watchedVideoId(mock)} templateId={templateId} />, { mock });
    await screen.findByRole('table', { name: 'Top videos' });
    await screen.findByRole('table', { name: 'Top performing videos' });

    const [videoFilter] = screen
      .getAllByRole('group', { name: 'Date range' })
      .filter((group) => group.closest('.ss-analytics-panel--video'));
    await user.click(within(videoFilter as HTMLElement).getByRole('button', { name: 'Last 28 days' }));

    const range = { start_date: '2025-02-02', end_date: '2025-03-01' };
    await waitFor(() => {
      for (const route of ['getVideoAnalytics', 'getTemplateAnalytics'] as const) {
        expect(requestsTo(mock, route).filter((r) => r.query.start_date === range.start_date)).toHaveLength(1);
      }
      // The account panel and the video panel's "vs account" baseline share one request.
      expect(requestsTo(mock, 'getAccountAnalytics').filter((r) => r.query.start_date === range.start_date)).toEqual([
        expect.objectContaining({ query: { ...range, group_by: 'week' } }),
      ]);
    });
    for (const button of screen.getAllByRole('button', { name: 'Last 28 days' })) {
      expect(button).toHaveAttribute('aria-pressed', 'true');
    }
  });
});
