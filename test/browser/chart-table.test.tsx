import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../../src/api';
import { TrendChart } from '../../src/components/charts';
import { createMockApi } from '../../src/mock';

afterEach(() => document.body.replaceChildren());

describe('the hidden data table of a long series', () => {
  it('lets the line paint first and fills in every one of 1,095 rows right after, with no user action', async () => {
    const mock = createMockApi({ seed: 4 });
    const client = createClient({ baseUrl: 'http://mock.test', fetch: mock.fetch });
    const { trends } = await client.getAccountAnalytics({
      startDate: '2022-01-01',
      endDate: '2024-12-30',
      groupBy: 'day',
    });
    expect(trends).toHaveLength(1095);

    const host = document.body.appendChild(document.createElement('div'));
    const root = createRoot(host);
    flushSync(() => root.render(<TrendChart data={trends} groupBy="day" width={640} />));
    const rows = () => host.querySelectorAll('table tbody tr').length;
    expect(host.querySelectorAll('svg path').length).toBeGreaterThan(0);
    expect(rows()).toBe(0);

    await expect.poll(rows, { timeout: 2000 }).toBe(1095);
    const last = trends[trends.length - 1];
    expect(host.querySelector('table tbody tr:last-child td')?.textContent).toBe(
      `${last?.views.toLocaleString('en-US')} views`,
    );
    root.unmount();
  });
});
