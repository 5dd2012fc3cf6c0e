import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestsTo } from '../../render';
import { ConnectedExportButton, elapse, renderExport } from './export-setup';

afterEach(() => {
  vi.useRealTimers();
});

describe('ExportButton for another subject or period', () => {
  it('drops a finished download link when the video or the dates change', async () => {
    const { user, mock, clock, rerender } = renderExport((api) => {
      const [first] = api.videos().filter((video) => video.status === 'published');
      return <ConnectedExportButton type="video" id={first?.id} startDate="2025-02-01" endDate="2025-02-28" />;
    });
    const [first, second] = mock.videos().filter((video) => video.status === 'published');
    await user.click(screen.getByRole('button', { name: 'Export video data' }));
    await user.click(screen.getByRole('button', { name: 'Start export' }));
    clock.advance(1000);
    await screen.findByRole('link', { name: /Download video CSV/ });

    rerender(<ConnectedExportButton type="video" id={second?.id} startDate="2025-02-01" endDate="2025-02-28" />);
    await waitFor(() => expect(screen.queryByRole('link')).toBeNull());

    await user.click(screen.getByRole('button', { name: 'Export video data' }));
    await user.click(screen.getByRole('button', { name: 'Start export' }));
    clock.advance(1000);
    await screen.findByRole('link', { name: /Download video CSV/ });
    rerender(<ConnectedExportButton type="video" id={second?.id} startDate="2025-01-01" endDate="2025-02-28" />);
    await waitFor(() => expect(screen.queryByRole('link')).toBeNull());
    expect(requestsTo(mock, 'createAnalyticsExport').map((request) => request.body)).toMatchObject([
      { id: first?.id, start_date: '2025-02-01' },
      { id: second?.id, start_date: '2025-02-01' },
    ]);
  });

  it('stops a running export when the period changes', async () => {
    // Fake time: "no more polls" is checked over ten poll intervals of the clock, not an 80 ms sleep.
    // RTL's async helpers (and so user-event) wait on a timer of their own under Vitest's fake clock: plain clicks.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const { mock, rerender } = renderExport(<ConnectedExportButton type="account" startDate="2025-02-01" />);
    fireEvent.click(screen.getByRole('button', { name: 'Export account data' }));
    fireEvent.click(screen.getByRole('button', { name: 'Start export' }));
    await elapse(10);
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
    expect(requestsTo(mock, 'getAnalyticsExport').length).toBeGreaterThan(0);

    rerender(<ConnectedExportButton type="account" startDate="2025-01-01" />);
    await elapse(0);
    expect(screen.queryByRole('progressbar')).toBeNull();
    const polls = requestsTo(mock, 'getAnalyticsExport').length;
    await elapse(100);
    expect(requestsTo(mock, 'getAnalyticsExport')).toHaveLength(polls);
  });
});
