import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import de from '../../../src/locales/de';
import { requestsTo } from '../../render';
import { ConnectedExportButton, elapse, renderExport } from './export-setup';
import { watchedVideoId } from './mock-data';

const runtimeTimeZone = process.env.TZ;
afterEach(() => {
  vi.useRealTimers();
  if (runtimeTimeZone === undefined) delete process.env.TZ;
  else process.env.TZ = runtimeTimeZone;
});

describe('ExportButton', () => {
  it('runs an account export from options to a working CSV download', async () => {
    // A viewer in Tokyo: the export, due at 15:30:01 UTC, is expected at half past midnight their time.
    process.env.TZ = 'Asia/Tokyo';
    const { user, mock, clock } = renderExport(
      <ConnectedExportButton type="account" startDate="2025-02-01" endDate="2025-02-28" />,
    );

    await user.click(screen.getByRole('button', { name: 'Export account data' }));
    expect(screen.getByRole('radio', { name: 'CSV' })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'Clicks' }));
    await user.click(screen.getByRole('checkbox', { name: 'Shares' }));
    await user.click(screen.getByRole('button', { name: 'Start export' }));

    const bar = await screen.findByRole('progressbar', { name: 'Export progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '0');
    clock.advance(500);
    await waitFor(() => expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '50'));
    expect(screen.getByText('50% · expected by 12:30 AM')).toBeInTheDocument();

    clock.advance(500);
    const link = await screen.findByRole('link', { name: /Download account CSV \(\d+(\.\d)? (B|byte|kB)/ });
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByText(/Link expires Mar 12, 2025, 3:30 PM UTC/)).toBeInTheDocument();
    expect(link).toHaveAttribute('download');

    expect(requestsTo(mock, 'createAnalyticsExport')[0]?.body).toEqual({
      type: 'account',
      start_date: '2025-02-01',
      end_date: '2025-02-28',
      format: 'csv',
      metrics: [
        'views',
        'unique_viewers',
        'total_watch_time',
        'average_watch_time',
        'completion_rate',
        'engagement_score',
      ],
    });
    const file = await mock.fetch(new Request(link.getAttribute('href') as string));
    expect(file.status).toBe(200);
    const [header, firstRow] = (await file.text()).split('\r\n');
    expect(header).toBe(
      'date,views,unique_viewers,total_watch_time,average_watch_time,completion_rate,engagement_score',
    );
    expect(firstRow?.startsWith('2025-02-01,')).toBe(true);
  });

  it('words its progress in the viewer’s language and clock', async () => {
    process.env.TZ = 'America/New_York';
    const { user, clock } = renderExport(<ConnectedExportButton type="account" />, {
      locale: 'de-DE',
      messages: de,
    });
    await user.click(screen.getByRole('button', { name: 'Kontodaten exportieren' }));
    expect(screen.getByRole('button', { name: 'Export starten' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Export starten' }));
    clock.advance(500);
    // Due at 15:30:01 UTC: 10:30 in New York, on a 24-hour German clock.
    expect(await screen.findByText('50 % · voraussichtlich fertig um 10:30')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Export-Fortschritt' })).toBeInTheDocument();
  });

  it('exports one video as JSON', async () => {
    let id = '';
    const { user, mock, clock } = renderExport((api) => {
      id = watchedVideoId(api);
      return <ConnectedExportButton type="video" id={id} />;
    });
    await user.click(screen.getByRole('button', { name: 'Export video data' }));
    await user.click(screen.getByRole('radio', { name: 'JSON' }));
    await user.click(screen.getByRole('button', { name: 'Start export' }));
    await screen.findByRole('progressbar');
    clock.advance(1000);
    const link = await screen.findByRole('link', { name: /Download video JSON/ });
    const body = await (await mock.fetch(new Request(link.getAttribute('href') as string))).json();
    expect(body).toMatchObject({ type: 'video', id });
    expect(requestsTo(mock, 'createAnalyticsExport')[0]?.body).toMatchObject({ type: 'video', id, format: 'json' });
  });

  it('refuses to start without a metric', async () => {
    const { user, mock } = renderExport(
      <ConnectedExportButton type="account" metrics={['views', 'completion_rate']} />,
    );
    await user.click(screen.getByRole('button', { name: 'Export account data' }));
    await user.click(screen.getByRole('checkbox', { name: 'Views' }));
    await user.click(screen.getByRole('checkbox', { name: 'Completion rate' }));
    await user.click(screen.getByRole('button', { name: 'Start export' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose at least one metric to export.');
    expect(requestsTo(mock, 'createAnalyticsExport')).toHaveLength(0);
  });

  it('cancels a running export and stops asking for its status', async () => {
    // Fake time: "no more polls" is checked over ten poll intervals of the clock, not an 80 ms sleep.
    // RTL's async helpers (and so user-event) wait on a timer of their own under Vitest's fake clock: plain clicks.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const { mock } = renderExport(<ConnectedExportButton type="account" />);
    fireEvent.click(screen.getByRole('button', { name: 'Export account data' }));
    fireEvent.click(screen.getByRole('button', { name: 'Start export' }));
    await elapse(10);
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
    expect(requestsTo(mock, 'getAnalyticsExport').length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel export' }));
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    const polls = requestsTo(mock, 'getAnalyticsExport').length;
    await elapse(100);
    expect(requestsTo(mock, 'getAnalyticsExport')).toHaveLength(polls);
  });

  it('shows a failure and retries the same export', async () => {
    const { user, mock, clock } = renderExport(<ConnectedExportButton type="account" />);
    mock.setFault('createAnalyticsExport', { status: 500, times: 1 });
    await user.click(screen.getByRole('button', { name: 'Export account data' }));
    await user.click(screen.getByRole('button', { name: 'Start export' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/^The export failed: /);

    await user.click(screen.getByRole('button', { name: 'Retry export' }));
    await screen.findByRole('progressbar');
    clock.advance(1000);
    expect(await screen.findByRole('link', { name: /Download account CSV/ })).toBeInTheDocument();
    const [first, second] = requestsTo(mock, 'createAnalyticsExport');
    expect(second?.body).toEqual(first?.body);
  });

  it('never links to a download URL that is not http(s) or same-origin', async () => {
    const { user, mock } = renderExport(<ConnectedExportButton type="account" />);
    mock.setFault('getAnalyticsExport', {
      status: 200,
      body: {
        export_id: 'export_1',
        status: 'completed',
        format: 'csv',
        size: 10,
        download_url: 'java\tscript:alert(1)',
        expires_at: '2025-03-12T15:30:00Z',
      },
    });
    await user.click(screen.getByRole('button', { name: 'Export account data' }));
    await user.click(screen.getByRole('button', { name: 'Start export' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('not a web address this page can open safely');
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
