// Seeded data for the chart stories, read through the real client from the embedded mock (seed 42, as the
// preview's MSW mock), so every story draws figures the API simulator actually sends.
import { createClient, type SixtySecondsError } from '../../src/api';
import { createMockApi } from '../../src/mock';

const BASE_URL = '/api/sixtyseconds';

const seeded = () => {
  const mock = createMockApi({ seed: 42 });
  return { mock, client: createClient({ baseUrl: BASE_URL, fetch: (request) => mock.fetch(request) }) };
};

/** Loader: analytics of the seeded account's first published video. */
export async function loadVideoAnalytics() {
  const { mock, client } = seeded();
  const video = mock.videos().find((candidate) => candidate.status === 'published');
  if (!video) throw new Error('the seeded account has no published video');
  return { analytics: await client.getVideoAnalytics(video.id) };
}

/** Loader: the account's trends, by day over three years (1,095 points) and by week and month over a year. */
export async function loadAccountTrends() {
  const { client } = seeded();
  const latest = await client.getAccountAnalytics();
  const endDate = latest.period.end_date;
  const daysBefore = (days: number) =>
    new Date(Date.parse(`${endDate}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
  const [daily, weekly, monthly] = await Promise.all([
    client.getAccountAnalytics({ startDate: daysBefore(1094), endDate, groupBy: 'day' }),
    client.getAccountAnalytics({ startDate: daysBefore(364), endDate, groupBy: 'week' }),
    client.getAccountAnalytics({ startDate: daysBefore(364), endDate, groupBy: 'month' }),
  ]);
  return { recent: latest.trends, daily: daily.trends, weekly: weekly.trends, monthly: monthly.trends };
}

/** Loader: analytics of the seeded account's first template. */
export async function loadTemplateAnalytics() {
  const { mock, client } = seeded();
  const template = mock.templates()[0];
  if (!template) throw new Error('the seeded account has no template');
  return { analytics: await client.getTemplateAnalytics(template.id) };
}

/** Loader: the error a component receives when the analytics service is down (the mock answers 503). */
export async function loadServiceError() {
  const mock = createMockApi({ seed: 42, faults: { '*': { status: 503 } } });
  const client = createClient({ baseUrl: BASE_URL, fetch: (request) => mock.fetch(request) });
  try {
    await client.getAccountAnalytics();
  } catch (error) {
    return { error: error as SixtySecondsError };
  }
  throw new Error('the faulted mock answered');
}
