import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TopVideosTable } from '../../../src/components/analytics';
import { createMockApi } from '../../../src/mock';
import { accountAnalytics, known, templateAnalytics } from './mock-data';

const mock = createMockApi({ seed: 7 });

/** The row headers (titles) in the order shown. */
const titles = () =>
  screen.getAllByRole('rowheader').map((cell) => cell.querySelector('.ss-top-videos-title')?.textContent);

/** One column's cells in the order shown. */
const column = (index: number) =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[index]?.textContent);

describe('TopVideosTable', () => {
  it("lists the account's top videos by views and sorts by each column", async () => {
    const { top_videos } = await accountAnalytics(mock);
    expect(top_videos.length).toBeGreaterThan(2);
    const user = userEvent.setup();
    render(<TopVideosTable videos={top_videos} />);

    expect(screen.getByRole('table', { name: 'Top videos' })).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: /Completion rate/ })).not.toBeInTheDocument();
    const byViews = [...top_videos].sort((a, b) => b.views - a.views);
    expect(column(0)).toEqual(byViews.map((video) => video.views.toLocaleString('en-US')));
    expect(screen.getByRole('columnheader', { name: /Views/ })).toHaveAttribute('aria-sort', 'descending');

    await user.click(screen.getByRole('button', { name: /Views/ }));
    expect(screen.getByRole('columnheader', { name: /Views/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(column(0)).toEqual([...byViews].reverse().map((video) => video.views.toLocaleString('en-US')));

    await user.click(screen.getByRole('button', { name: /Video/ }));
    expect(screen.getByRole('columnheader', { name: /Video/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: /Views/ })).toHaveAttribute('aria-sort', 'none');
    expect(titles()).toEqual(top_videos.map((video) => video.title).sort((a, b) => a.localeCompare(b, 'en-US')));

    await user.click(screen.getByRole('button', { name: /Engagement score/ }));
    const scores = column(1).map(Number);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("adds a completion-rate column for a template's rows", async () => {
    const template = mock.templates()[0];
    if (!template) throw new Error('no template');
    const { top_performing_videos } = await templateAnalytics(mock, template.id);
    expect(top_performing_videos.length).toBeGreaterThan(1);
    const user = userEvent.setup();
    render(<TopVideosTable videos={top_performing_videos} caption="Top performing videos" />);

    await user.click(screen.getByRole('button', { name: /Completion rate/ }));
    const byCompletion = [...top_performing_videos].sort((a, b) => known(b.completion_rate) - known(a.completion_rate));
    expect(column(1)).toEqual(byCompletion.map((video) => `${Math.round(known(video.completion_rate) * 100)}%`));
    expect(screen.getAllByRole('rowheader')[0]).toHaveTextContent(byCompletion[0]?.video_id ?? '');
  });

  it('says so when there is nothing to rank', () => {
    render(<TopVideosTable videos={[]} />);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText('No videos to rank yet.')).toBeInTheDocument();
  });
});
