import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { VideoAnalyticsPanel } from '../../../src/components/analytics';
import { createMockApi } from '../../../src/mock';
import { renderWithApi, requestsTo } from '../../render';
import { cardValue, known, unwatchedVideoId, videoAnalytics, watchedVideoId } from './mock-data';

describe('VideoAnalyticsPanel', () => {
  it("shows a skeleton, then the video's metrics, compared with the account, and its charts", async () => {
    const mock = createMockApi({ seed: 7, latencyMs: 20 });
    const id = watchedVideoId(mock);
    const expected = await videoAnalytics(mock, id);
    const { container } = renderWithApi(<VideoAnalyticsPanel videoId={id} today="2025-03-01" />, { mock });

    expect(screen.getByText('Loading video analytics…').closest('[role="status"]')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: expected.title })).toBeInTheDocument();
    expect(screen.queryByText('Loading video analytics…')).not.toBeInTheDocument();
    expect(screen.getByText(expected.video_id)).toBeInTheDocument();
    expect(cardValue(container, 'Views')).toBe(expected.metrics.views.toLocaleString('en-US'));
    expect(cardValue(container, 'Completion rate')).toBe(
      `${Math.round(known(expected.metrics.completion_rate) * 100)}%`,
    );
    await waitFor(() => expect(screen.getAllByText(/vs account$/).length).toBeGreaterThan(0));
    const note = (label: string) =>
      [...container.querySelectorAll('dt')]
        .find((dt) => dt.textContent === label)
        ?.parentElement?.querySelector('.ss-metric-cards-note')?.textContent;
    expect(note('Views')).toMatch(/^. (Up|Down|Same) [+−±]\d+% vs account$/);
    expect(note('Completion rate')).toMatch(/^. (Up|Down|Same) [+−±]\d+ pts? vs account$/);
    expect(note('Engagement score')).toMatch(/^. (Up|Down|Same) [+−±][\d.]+ pts? vs account$/);
    // The account's unique viewers over its videos is no video's audience (one person may watch many): not compared.
    expect(note('Unique viewers')).toBeUndefined();
    for (const name of ['Viewers by device', 'Viewers by browser', 'Viewers by country']) {
      expect(screen.getByRole('figure', { name: new RegExp(name) })).toBeInTheDocument();
    }
  });

  it('shows an error with a retry that loads the data', async () => {
    const mock = createMockApi({ seed: 7 });
    const id = watchedVideoId(mock);
    mock.setFault('getVideoAnalytics', { status: 500, times: 1 });
    const { user } = renderWithApi(<VideoAnalyticsPanel videoId={id} compareToAccount={false} />, {
      mock,
      retry: { retries: 0 },
    });

    expect(await screen.findByRole('alert')).toHaveTextContent(/^Could not load this video's analytics: /);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    const expected = await videoAnalytics(mock, id);
    expect(await screen.findByRole('heading', { name: expected.title })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // The pressed button is gone: focus is on the panel's heading rather than lost to <body>.
    await waitFor(() => expect(screen.getByRole('heading', { name: expected.title })).toHaveFocus());
    expect(requestsTo(mock, 'getVideoAnalytics').length).toBeGreaterThanOrEqual(2);
  });

  it('says a missing video was not found, with nothing to retry or export', async () => {
    const mock = createMockApi({ seed: 7 });
    renderWithApi(<VideoAnalyticsPanel videoId="vid_does_not_exist" compareToAccount={false} />, { mock });
    expect(await screen.findByText('This video was not found.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Export video data' })).not.toBeInTheDocument();
    expect(requestsTo(mock, 'getVideoAnalytics')).toHaveLength(1);
  });

  it('draws six card and five chart placeholders while it loads, like the panel it stands for', () => {
    const mock = createMockApi({ seed: 7, latencyMs: 60_000 });
    const { container } = renderWithApi(<VideoAnalyticsPanel videoId={watchedVideoId(mock)} />, { mock });
    expect(container.querySelectorAll('.ss-analytics-skeleton-card')).toHaveLength(6);
    expect(container.querySelectorAll('.ss-analytics-panel-grid .ss-analytics-skeleton-block')).toHaveLength(5);
  });

  it('says so when nobody has watched the video', async () => {
    const mock = createMockApi({ seed: 7 });
    renderWithApi(<VideoAnalyticsPanel videoId={unwatchedVideoId(mock)} />, { mock });
    expect(await screen.findByText('Nobody has watched this video yet.')).toBeInTheDocument();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
  });

  it('asks the API for the period picked in the date filter', async () => {
    const mock = createMockApi({ seed: 7 });
    const id = watchedVideoId(mock);
    const { user } = renderWithApi(<VideoAnalyticsPanel videoId={id} today="2025-03-01" compareToAccount={false} />, {
      mock,
    });
    await screen.findByRole('heading', { name: (await videoAnalytics(mock, id)).title });
    expect(requestsTo(mock, 'getVideoAnalytics')[0]?.query).toEqual({});

    await user.click(screen.getByRole('button', { name: 'Last 7 days' }));
    await waitFor(() =>
      expect(requestsTo(mock, 'getVideoAnalytics').at(-1)?.query).toEqual({
        start_date: '2025-02-23',
        end_date: '2025-03-01',
      }),
    );

    const filter = screen.getByRole('group', { name: 'Date range' });
    const from = within(filter).getByLabelText('From');
    await user.clear(from);
    await user.type(from, '2025-02-10');
    await waitFor(() =>
      expect(requestsTo(mock, 'getVideoAnalytics').at(-1)?.query).toEqual({
        start_date: '2025-02-10',
        end_date: '2025-03-01',
      }),
    );
  });
});
