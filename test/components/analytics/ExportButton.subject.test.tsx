import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { requestsTo } from '../../render';
import { ConnectedExportButton, renderExport } from './export-setup';

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
    const { user, mock, rerender } = renderExport(<ConnectedExportButton type="account" startDate="2025-02-01" />);
    await user.click(screen.getByRole('button', { name: 'Export account data' }));
    await user.click(screen.getByRole('button', { name: 'Start export' }));
    await screen.findByRole('progressbar');
    await waitFor(() => expect(requestsTo(mock, 'getAnalyticsExport').length).toBeGreaterThan(0));

    rerender(<ConnectedExportButton type="account" startDate="2025-01-01" />);
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    const polls = requestsTo(mock, 'getAnalyticsExport').length;
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(requestsTo(mock, 'getAnalyticsExport')).toHaveLength(polls);
  });
});
