import '../../src/styles.css';
import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CompletionFunnel,
  DemographicsDonut,
  EngagementBreakdown,
  MetricsDistribution,
  TrendChart,
} from '../../src/components/charts';
import { seededClient, seededThreeYearTrend, seededVideoAnalytics } from '../components/charts/seeded';

afterEach(() => document.body.replaceChildren());

// 250 two-letter codes: a donut whose hidden table lists every one of them.
const manyCountries = Object.fromEntries(
  Array.from({ length: 250 }, (_, i) => [String.fromCharCode(65 + (i % 26), 65 + Math.floor(i / 26)), 250 - i]),
);

/** Every chart with the largest data a story gives it: each hidden table has hundreds of rows. */
async function largeCharts(): Promise<Record<string, ReactElement>> {
  const [trend, video, template] = await Promise.all([
    seededThreeYearTrend(),
    seededVideoAnalytics(),
    seededClient().client.getTemplateAnalytics('tmpl_product_demo'),
  ]);
  return {
    'three-year daily trend': <TrendChart data={trend.trends} groupBy="day" />,
    'donut of 250 countries': <DemographicsDonut data={{ countries: manyCountries }} dimension="countries" />,
    funnel: <CompletionFunnel data={video.watch_time_distribution} />,
    engagement: <EngagementBreakdown data={video.engagement} />,
    distribution: <MetricsDistribution data={template.metrics_distribution} />,
  };
}

describe('hidden data tables', () => {
  it('add no phantom scroll: the document ends where the visible chart ends', async () => {
    for (const [name, chart] of Object.entries(await largeCharts())) {
      const host = document.body.appendChild(document.createElement('div'));
      host.style.width = '600px';
      const root = createRoot(host);
      flushSync(() => root.render(chart));
      // The table's rows arrive in a deferred render right after the first paint.
      await expect.poll(() => host.querySelectorAll('table tbody tr').length).toBeGreaterThan(0);
      const figure = host.querySelector('figure') as HTMLElement;
      const bottom = figure.getBoundingClientRect().bottom + window.scrollY;
      expect(document.documentElement.scrollHeight, name).toBeLessThanOrEqual(
        Math.max(window.innerHeight, bottom + 16),
      );
      root.unmount();
      host.remove();
    }
  });
});
