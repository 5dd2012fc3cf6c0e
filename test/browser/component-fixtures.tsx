import { createClient, type SixtySecondsClient } from '../../src/api';
import { createMockApi, type MockApi } from '../../src/mock';

/** What a fixture builds props from: a seeded mock and a client that talks to it. */
export interface FixtureContext {
  mock: MockApi;
  client: SixtySecondsClient;
}

/** Example props for one exported component, made from seeded mock data (never hand-typed blobs). */
export type ComponentFixture = (context: FixtureContext) => object | Promise<object>;

/** The seeded account's first published video (analytics fixtures need one people have watched). */
const publishedVideoId = (mock: MockApi) => mock.videos().find((video) => video.status === 'published')?.id ?? '';

/**
 * Example props for EVERY component `src/index.ts` exports. The SSR tests render each one with `renderToString`
 * (in Node and in Chromium) and hydrate it, and they fail for an exported component missing here. Add yours:
 *
 *   VideoPlayerCard: ({ mock }) => ({ video: mock.videos()[0] }),
 *   SummaryCards: async ({ client }) => ({ analytics: await client.getAccountAnalytics() }),
 *   VideoGallery: () => ({}), // connected: renders its loading state on the server, fetches after hydration
 */
export const componentFixtures: Record<string, ComponentFixture> = {
  // Video components
  VideoPlayerCard: ({ mock }) => ({ video: mock.videos().find((video) => video.status === 'published') }),
  VideoGallery: () => ({}),
  CreateVideoDialog: () => ({ trigger: <button type="button">New video</button> }),
  // Analytics components
  MetricCards: async ({ mock, client }) => ({
    metrics: (await client.getVideoAnalytics(publishedVideoId(mock))).metrics,
  }),
  AccountSummaryCards: async ({ client }) => ({ summary: (await client.getAccountAnalytics()).summary }),
  TemplateSummaryCards: async ({ mock, client }) => ({
    analytics: await client.getTemplateAnalytics(mock.templates()[0]?.id ?? ''),
  }),
  TopVideosTable: async ({ mock, client }) => ({
    videos: (await client.getTemplateAnalytics(mock.templates()[0]?.id ?? '')).top_performing_videos,
  }),
  DateRangeFilter: () => ({ defaultRange: { startDate: '2025-02-01', endDate: '2025-02-28' }, today: '2025-03-01' }),
  GroupBySwitch: () => ({ defaultGroupBy: 'month' }),
  ExportButton: () => ({ type: 'account' }),
  VideoAnalyticsPanel: ({ mock }) => ({ videoId: publishedVideoId(mock), today: '2025-03-01' }),
  AccountAnalyticsPanel: () => ({ today: '2025-03-01' }),
  TemplateAnalyticsPanel: ({ mock }) => ({ templateId: mock.templates()[0]?.id, today: '2025-03-01' }),
  TemplateComparison: ({ mock }) => ({ templates: mock.templates(), today: '2025-03-01' }),
  // Charts (a fixed width draws the SVG on the server too, so hydration compares the marks)
  BoxPlotChart: async ({ client }) => {
    const [a, b] = await Promise.all(
      ['tmpl_product_demo', 'tmpl_renewal_reminder'].map((id) => client.getTemplateAnalytics(id)),
    );
    return {
      title: 'Completion rate',
      max: 1,
      width: 480,
      rows: [a, b].map((data, i) => ({
        key: data?.template_id,
        label: data?.name,
        color: `var(--ss-color-chart-${i + 1})`,
        summary: data?.metrics_distribution.completion_rate,
      })),
    };
  },
  CompletionFunnel: async ({ mock, client }) => ({
    data: (await client.getVideoAnalytics(publishedVideoId(mock))).watch_time_distribution,
    width: 480,
  }),
  DemographicsDonut: async ({ mock, client }) => ({
    data: (await client.getVideoAnalytics(publishedVideoId(mock))).viewer_demographics,
    dimension: 'countries',
    width: 400,
  }),
  EngagementBreakdown: async ({ mock, client }) => ({
    data: (await client.getVideoAnalytics(publishedVideoId(mock))).engagement,
  }),
  MetricsDistribution: async ({ mock, client }) => ({
    data: (await client.getTemplateAnalytics(mock.templates()[0]?.id ?? '')).metrics_distribution,
    width: 480,
  }),
  TemplatePerformance: async ({ mock, client }) => ({
    data: await client.getTemplateAnalytics(mock.templates()[0]?.id ?? ''),
  }),
  TrendChart: async ({ client }) => ({
    data: (await client.getAccountAnalytics()).trends,
    groupBy: 'week',
    width: 600,
  }),
  // Chart parts (a host's own chart): the seeded account's videos by status
  ChartFrame: ({ mock }) => ({ chart: 'status', title: 'Videos by status', table: statusTable(mock) }),
  ChartDataTable: ({ mock }) => ({ caption: 'Videos by status', ...statusTable(mock) }),
  ChartLegend: ({ mock }) => ({
    'aria-label': 'Videos by status, legend',
    items: statusTable(mock).rows.map(([status = '', count], index) => ({
      key: status,
      label: status,
      value: count,
      color: `var(--ss-color-chart-${index + 1})`,
    })),
  }),
  ChartTooltip: ({ mock }) => ({ x: 40, y: 20, width: 200, children: statusTable(mock).rows[0]?.join(': ') }),
};

/** How many of the mock's videos have each status, as the rows of a chart's data table. */
function statusTable(mock: MockApi) {
  const counts = new Map<string, number>();
  for (const video of mock.videos()) counts.set(video.status, (counts.get(video.status) ?? 0) + 1);
  return { columns: ['Status', 'Videos'], rows: [...counts].map(([status, count]) => [status, String(count)]) };
}

/** Where fixture clients and the SSR provider point; the mock answers any prefix. */
export const FIXTURE_BASE_URL = 'http://localhost/api/sixtyseconds';

/** A fresh seeded mock (no latency) and a client for it. */
export function fixtureContext(seed = 42): FixtureContext {
  const mock = createMockApi({ seed, latencyMs: 0 });
  return { mock, client: createClient({ baseUrl: FIXTURE_BASE_URL, fetch: (request) => mock.fetch(request) }) };
}
