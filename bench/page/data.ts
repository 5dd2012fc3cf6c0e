// Seeded bench data, from the mock API (the same figures the stories and tests see) and its PRNG: no hand-typed blobs.
import type { AccountAnalytics, TrendPoint, VideoAnalytics, WatchSegment } from '../../src/api';
import { createMockApi } from '../../src/mock';
import { mulberry32, shuffled } from '../../src/mock/random';

/** Everything the chart cases draw. */
export interface BenchData {
  /** Three device percentages of a seeded video. */
  devices3: Record<string, number>;
  /** 250 country-code percentages (seeded), the worst case a donut legend can meet. */
  countries250: Record<string, number>;
  funnel: WatchSegment[];
  /** 1,095 daily trend points (three years) from the mock's account analytics. */
  trend: TrendPoint[];
  /** The mock's default account period, shared by every dashboard widget. */
  range: { startDate: string; endDate: string };
  videoId: string;
}

const BASE = 'http://bench.local/api/sixtyseconds';
const DAY_MS = 86_400_000;
const shift = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

async function get<T>(api: ReturnType<typeof createMockApi>, path: string): Promise<T> {
  const response = await api.fetch(new Request(`${BASE}${path}`));
  if (!response.ok) throw new Error(`bench data: ${path} answered ${response.status}`);
  return (await response.json()) as T;
}

// Every two-letter code, shuffled by a fixed seed, first 250 kept; weights fall off like real audiences do.
function countries(count: number): Record<string, number> {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const codes = [...letters].flatMap((a) => [...letters].map((b) => a + b));
  const random = mulberry32(250);
  const picked = shuffled(random, codes).slice(0, count);
  const weights = picked.map((_, i) => (1 + random()) / (i + 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  return Object.fromEntries(picked.map((code, i) => [code, ((weights[i] ?? 0) / sum) * 100]));
}

/** Loads the seeded data the cases and the dashboard need (a separate mock from the one the dashboard counts). */
export async function loadBenchData(): Promise<BenchData> {
  const api = createMockApi({ seed: 1 });
  const account = await get<AccountAnalytics>(api, '/analytics/account');
  const { end_date: endDate, start_date: startDate } = account.period;
  const published = api.videos().filter((video) => video.status === 'published');
  const candidates = await Promise.all(
    published.slice(0, 12).map((video) => get<VideoAnalytics>(api, `/analytics/videos/${video.id}`)),
  );
  const video = candidates.sort((a, b) => b.metrics.views - a.metrics.views)[0];
  if (!video) throw new Error('bench data: the mock has no published video');
  const devices = Object.entries(video.viewer_demographics.devices)
    .sort(([, a], [, b]) => b - a)
    .slice(0, 3);
  const long = await get<AccountAnalytics>(
    api,
    `/analytics/account?start_date=${shift(endDate, -1094)}&end_date=${endDate}&group_by=day`,
  );
  return {
    devices3: Object.fromEntries(devices),
    countries250: countries(250),
    funnel: video.watch_time_distribution,
    trend: long.trends,
    range: { startDate, endDate },
    videoId: video.video_id,
  };
}
