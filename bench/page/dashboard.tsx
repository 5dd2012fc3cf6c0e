// A dashboard of 12 widgets on one video and one period, inside one provider, whose fetch is the mock's: it should
// make one request per distinct endpoint however many widgets read the same data.
import { type ReactNode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import {
  AccountAnalyticsPanel,
  CompletionFunnel,
  DemographicsDonut,
  EngagementBreakdown,
  MetricCards,
  SixtySecondsProvider,
  TrendChart,
  useAccountAnalytics,
  useVideoAnalytics,
  VideoAnalyticsPanel,
} from '../../src';
import type { DemographicsDimension } from '../../src/components/charts';
import { createMockApi } from '../../src/mock';

interface WidgetProps {
  videoId: string;
  range: { startDate: string; endDate: string };
  onReady: (name: string) => void;
}

// Tells the page a widget has its data, so it knows when the dashboard has settled.
function useReady(name: string, ready: boolean, onReady: (name: string) => void) {
  useEffect(() => {
    if (ready) onReady(name);
  }, [name, ready, onReady]);
}

function VideoWidget({
  name,
  render,
  videoId,
  range,
  onReady,
}: WidgetProps & {
  name: string;
  render: (d: NonNullable<ReturnType<typeof useVideoAnalytics>['data']>) => ReactNode;
}) {
  const { data } = useVideoAnalytics(videoId, range);
  useReady(name, data !== undefined, onReady);
  return data ? render(data) : null;
}

function TrendWidget({ range, onReady }: WidgetProps) {
  // `week` is what the account panel and the compared cards ask for, so all three share one request.
  const { data } = useAccountAnalytics({ ...range, groupBy: 'week' });
  useReady('trend', data !== undefined, onReady);
  return data ? <TrendChart data={data.trends} groupBy="week" /> : null;
}

const DIMENSIONS: DemographicsDimension[] = ['devices', 'browsers', 'countries'];

/** The 12 widgets: 4 metric cards, funnel, 3 donuts, engagement, trend, and the video and account panels. */
function Dashboard(props: WidgetProps) {
  const { videoId, range } = props;
  return (
    <>
      {[1, 2, 3, 4].map((n) => (
        <VideoWidget key={n} {...props} name={`cards-${n}`} render={(d) => <MetricCards metrics={d.metrics} />} />
      ))}
      <VideoWidget {...props} name="funnel" render={(d) => <CompletionFunnel data={d.watch_time_distribution} />} />
      {DIMENSIONS.map((dimension) => (
        <VideoWidget
          key={dimension}
          {...props}
          name={`donut-${dimension}`}
          render={(d) => <DemographicsDonut data={d.viewer_demographics} dimension={dimension} />}
        />
      ))}
      <VideoWidget {...props} name="engagement" render={(d) => <EngagementBreakdown data={d.engagement} />} />
      <TrendWidget {...props} />
      <VideoAnalyticsPanel videoId={videoId} range={range} />
      <AccountAnalyticsPanel range={range} />
    </>
  );
}

/** Requests per endpoint once the dashboard has settled: all widgets loaded, no panel busy, no request for 500 ms. */
export async function countDashboardRequests(videoId: string, range: WidgetProps['range']) {
  const mock = createMockApi({ seed: 1 });
  let calls = 0;
  const fetch = (request: Request) => {
    calls += 1;
    return mock.fetch(request);
  };
  const ready = new Set<string>();
  const host = document.createElement('div');
  host.style.width = '960px';
  document.body.appendChild(host);
  const root = createRoot(host);
  root.render(
    <SixtySecondsProvider baseUrl="/api/sixtyseconds" fetch={fetch}>
      <Dashboard videoId={videoId} range={range} onReady={(name) => ready.add(name)} />
    </SixtySecondsProvider>,
  );
  const widgets = 10;
  const deadline = performance.now() + 15_000;
  let quietSince = performance.now();
  let seen = calls;
  while (performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (calls !== seen) [seen, quietSince] = [calls, performance.now()];
    const busy = host.querySelector('[aria-busy="true"]');
    if (ready.size === widgets && !busy && performance.now() - quietSince > 500) break;
  }
  const perEndpoint: Record<string, number> = {};
  for (const record of mock.requests) {
    const route = record.route ?? record.path;
    perEndpoint[route] = (perEndpoint[route] ?? 0) + 1;
  }
  const settled = ready.size === widgets && !host.querySelector('[aria-busy="true"]');
  root.unmount();
  host.remove();
  return { widgets: 12, calls, perEndpoint, settled };
}
