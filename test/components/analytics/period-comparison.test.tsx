import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { AccountAnalytics, VideoAnalytics } from '../../../src/api';
import { AccountAnalyticsPanel, VideoAnalyticsPanel } from '../../../src/components/analytics';
import { createMockApi } from '../../../src/mock';
import { renderWithApi, requestsTo } from '../../render';
import { known, mockJson, watchedVideoId } from './mock-data';

/** The oldest published video: watched in the thirty days before RANGE as well. */
const longWatchedVideoId = (mock: ReturnType<typeof createMockApi>) =>
  mock
    .videos()
    .filter((video) => video.status === 'published')
    .at(-1)?.id ?? '';

// Seed 7's "today" is 2025-02-05: thirty days to it, and the thirty before.
const RANGE = { startDate: '2025-01-07', endDate: '2025-02-05' };
const BEFORE = { start_date: '2024-12-08', end_date: '2025-01-06' };

/** The note under a card, as a screen reader hears it (the visually hidden sentence). */
const spokenNote = (label: string) => {
  const term = screen.getAllByRole('term').find((dt) => dt.textContent === label);
  return term?.parentElement?.querySelector('.ss-metric-cards-note .ss-visually-hidden')?.textContent;
};

const percentChange = (now: number, before: number) => Math.round((Math.abs(now - before) / before) * 100);

describe('period over period on AccountAnalyticsPanel', () => {
  it('costs exactly one extra request, for the same number of days just before', async () => {
    const mock = createMockApi({ seed: 7 });
    renderWithApi(<AccountAnalyticsPanel range={RANGE} defaultCompare="previous-period" />, { mock });
    await screen.findByRole('table', { name: 'Top videos' });
    await waitFor(() => expect(spokenNote('Views')).toMatch(/from the previous 30 days\.$/));
    expect(requestsTo(mock, 'getAccountAnalytics').map((request) => request.query)).toEqual([
      { start_date: RANGE.startDate, end_date: RANGE.endDate, group_by: 'week' },
      { ...BEFORE, group_by: 'week' },
    ]);
  });

  it('shows each change in words: counts relatively, rates in points', async () => {
    const mock = createMockApi({ seed: 7 });
    const query = (start: string, end: string) =>
      `/analytics/account?start_date=${start}&end_date=${end}&group_by=week`;
    const lookup = createMockApi({ seed: 7 });
    const now = await mockJson<AccountAnalytics>(lookup, query(RANGE.startDate, RANGE.endDate));
    const before = await mockJson<AccountAnalytics>(lookup, query(BEFORE.start_date, BEFORE.end_date));
    renderWithApi(<AccountAnalyticsPanel range={RANGE} compare="previous-period" />, { mock });
    await waitFor(() => expect(spokenNote('Views')).toBeDefined());

    const views = [now.summary.total_views, before.summary.total_views] as const;
    expect(views[0]).not.toBe(views[1]);
    expect(spokenNote('Views')).toBe(
      `${views[0] > views[1] ? 'Up' : 'Down'} ${percentChange(...views)}% from the previous 30 days.`,
    );
    const points = Math.round(
      Math.abs(known(now.summary.average_completion_rate) - known(before.summary.average_completion_rate)) * 100,
    );
    expect(spokenNote('Average completion rate')).toMatch(
      points === 0 ? /^Unchanged/ : new RegExp(`^(Up|Down) ${points} points? from the previous 30 days\\.$`),
    );
    // The trend's hidden table gains a column for the earlier period, one value per week.
    const table = await screen.findByRole('table', { name: 'Views by week' });
    expect(within(table).getByRole('columnheader', { name: 'Previous 30 days' })).toBeInTheDocument();
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(now.trends.length + 1));
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(
      `${before.trends[0]?.views.toLocaleString('en-US')} views`,
    );
  });

  it('turns on and off from the toolbar, asking once for the previous period', async () => {
    const mock = createMockApi({ seed: 7 });
    const onCompareChange = vi.fn();
    const { user } = renderWithApi(<AccountAnalyticsPanel range={RANGE} onCompareChange={onCompareChange} />, {
      mock,
    });
    await screen.findByRole('table', { name: 'Top videos' });
    expect(requestsTo(mock, 'getAccountAnalytics')).toHaveLength(1);
    expect(screen.queryByText(/from the previous/)).toBeNull();

    const toggle = screen.getByRole('checkbox', { name: 'Compare with previous period' });
    await user.click(toggle);
    expect(onCompareChange).toHaveBeenLastCalledWith('previous-period');
    await waitFor(() => expect(spokenNote('Views')).toMatch(/previous 30 days/));
    await user.click(toggle);
    expect(onCompareChange).toHaveBeenLastCalledWith('none');
    expect(screen.queryByText(/from the previous/)).toBeNull();
    expect(requestsTo(mock, 'getAccountAnalytics')).toHaveLength(2);
  });
});

describe('period over period on VideoAnalyticsPanel', () => {
  it('costs exactly one extra request and replaces the "vs account" note rather than adding to it', async () => {
    const mock = createMockApi({ seed: 7 });
    const videoId = longWatchedVideoId(mock);
    const { user } = renderWithApi(<VideoAnalyticsPanel videoId={videoId} range={RANGE} />, { mock });
    await waitFor(() => expect(screen.getAllByText(/vs account/).length).toBeGreaterThan(0));
    expect(requestsTo(mock, 'getVideoAnalytics')).toHaveLength(1);

    const lookup = createMockApi({ seed: 7 });
    const views = async (start: string, end: string) =>
      (await mockJson<VideoAnalytics>(lookup, `/analytics/videos/${videoId}?start_date=${start}&end_date=${end}`))
        .metrics.views;
    const now = await views(RANGE.startDate, RANGE.endDate);
    const before = await views(BEFORE.start_date, BEFORE.end_date);
    expect(now).not.toBe(before);

    await user.click(screen.getByRole('checkbox', { name: 'Compare with previous period' }));
    await waitFor(() =>
      expect(spokenNote('Views')).toBe(
        `${now > before ? 'Up' : 'Down'} ${percentChange(now, before)}% from the previous 30 days.`,
      ),
    );
    expect(requestsTo(mock, 'getVideoAnalytics').map((request) => request.query)).toEqual([
      { start_date: RANGE.startDate, end_date: RANGE.endDate },
      BEFORE,
    ]);
    expect(screen.queryByText(/vs account/)).toBeNull();
  });

  it('calls a count "new" when the period before had none, never "+∞ %", and shows no change for unknown rates', async () => {
    const mock = createMockApi({ seed: 7 });
    const videoId = watchedVideoId(mock);
    const lookup = createMockApi({ seed: 7 });
    const created = (await mockJson<VideoAnalytics>(lookup, `/analytics/videos/${videoId}`)).created_at.slice(0, 10);
    renderWithApi(
      <VideoAnalyticsPanel
        videoId={videoId}
        range={{ startDate: created, endDate: '2025-02-05' }}
        compare="previous-period"
        compareToAccount={false}
      />,
      { mock },
    );
    await waitFor(() => expect(spokenNote('Views')).toMatch(/^New: none in the previous \d+ days\.$/));
    // Nobody watched before, so the earlier completion rate is unknown: no change to show, not "New" or "+76 pts".
    expect(spokenNote('Completion rate')).toBeUndefined();
    expect(document.body.textContent).not.toMatch(/∞/);
    expect(requestsTo(mock, 'getVideoAnalytics')).toHaveLength(2);
    expect(requestsTo(mock, 'getAccountAnalytics')).toHaveLength(0);
  });

  it("asks for no earlier period while the API's default one is shown, and says why", async () => {
    const mock = createMockApi({ seed: 7 });
    renderWithApi(<VideoAnalyticsPanel videoId={watchedVideoId(mock)} compare="previous-period" />, { mock });
    expect(screen.getByText('Choose a period above to compare it with the one before.')).toHaveAttribute(
      'role',
      'status',
    );
    await screen.findByRole('figure', { name: /Viewers by device/ });
    expect(requestsTo(mock, 'getVideoAnalytics')).toHaveLength(1);
  });
});
