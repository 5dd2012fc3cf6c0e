import '../../src/styles.css';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { TrendPoint } from '../../src/api';
import { TrendChart } from '../../src/components/charts';
import { seededClient, seededThreeYearTrend } from '../components/charts/seeded';

afterEach(() => document.body.replaceChildren());

/** An en-US axis label read back as a number: "1.5K" → 1500, "20%" → 0.2. */
function readLabel(label: string): number {
  const match = /^([\d,.]+)([KMB%]?)$/.exec(label);
  if (!match) throw new Error(`not a number: ${label}`);
  const scale = { '': 1, K: 1e3, M: 1e6, B: 1e9, '%': 0.01 }[match[2] as '' | 'K' | 'M' | 'B' | '%'];
  return Number((match[1] as string).replace(/,/g, '')) * scale;
}

async function series(): Promise<Record<string, [TrendPoint[], 'day' | 'week' | 'month']>> {
  const { client } = seededClient();
  const [daily, weekly, monthly] = await Promise.all([
    seededThreeYearTrend(),
    client.getAccountAnalytics({ startDate: '2024-03-04', endDate: '2025-03-02', groupBy: 'week' }),
    client.getAccountAnalytics({ startDate: '2024-03-01', endDate: '2025-02-28', groupBy: 'month' }),
  ]);
  return { daily: [daily.trends, 'day'], weekly: [weekly.trends, 'week'], monthly: [monthly.trends, 'month'] };
}

describe('TrendChart axes in Chromium', () => {
  it('at 280, 600 and 1200 px: date labels never overlap and every value label reads its gridline exactly', async () => {
    const charts = await series();
    for (const width of [280, 600, 1200]) {
      for (const [name, [points, groupBy]] of Object.entries(charts)) {
        for (const metric of ['views', 'completion_rate', 'engagement_score'] as const) {
          const host = document.body.appendChild(document.createElement('div'));
          host.style.width = `${width}px`;
          const root = createRoot(host);
          flushSync(() => root.render(<TrendChart data={points} groupBy={groupBy} metric={metric} />));
          const where = `${name} ${metric} at ${width} px`;
          const svg = host.querySelector('svg') as SVGSVGElement;
          await expect
            .poll(() => svg.querySelectorAll(':scope > g > text.ss-chart-tick').length, { timeout: 2000 })
            .toBeGreaterThan(0);

          const dates = [...svg.querySelectorAll(':scope > g > text.ss-chart-tick')].map((tick) =>
            tick.getBoundingClientRect(),
          );
          expect(dates.length, where).toBeGreaterThanOrEqual(2);
          const box = svg.getBoundingClientRect();
          for (const [i, rect] of dates.entries()) {
            expect(rect.left, where).toBeGreaterThanOrEqual(box.left);
            expect(rect.right, where).toBeLessThanOrEqual(box.right);
            if (i > 0) expect(rect.left, where).toBeGreaterThan((dates[i - 1] as DOMRect).right);
          }

          // Each gridline's label is the value at its height: the axis runs from 0 (lowest line) to the top line.
          const lines = [...svg.querySelectorAll('.ss-chart-grid')].map((grid) => ({
            y: (grid.querySelector('line') as SVGLineElement).getBoundingClientRect().top,
            value: readLabel(grid.textContent ?? ''),
          }));
          const [bottom, top] = [lines[0], lines[lines.length - 1]] as [(typeof lines)[0], (typeof lines)[0]];
          expect(bottom.value, where).toBe(0);
          for (const line of lines) {
            const expected = (top.value * (bottom.y - line.y)) / (bottom.y - top.y);
            expect(Math.abs(line.value - expected), `${where}: ${line.value}`).toBeLessThan(top.value * 0.005);
          }
          root.unmount();
          host.remove();
        }
      }
    }
  });
});
