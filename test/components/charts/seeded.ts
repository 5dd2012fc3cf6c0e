import { createClient } from '../../../src/api';
import { createMockApi } from '../../../src/mock';

/** A client on a fresh seeded mock, so chart tests draw the figures the API simulator really sends. */
export function seededClient(seed = 3) {
  const mock = createMockApi({ seed });
  const client = createClient({
    baseUrl: 'http://localhost/api/sixtyseconds',
    fetch: (request) => mock.fetch(request),
  });
  return { mock, client };
}

/** The analytics of the seeded account's first published video. */
export async function seededVideoAnalytics(seed = 3) {
  const { mock, client } = seededClient(seed);
  const video = mock.videos().find((candidate) => candidate.status === 'published');
  if (!video) throw new Error('the seeded account has no published video');
  return client.getVideoAnalytics(video.id);
}

/** The seeded account's daily trend over three years (1,095 days) ending on its last active day. */
export async function seededThreeYearTrend(seed = 3) {
  const { client } = seededClient(seed);
  const latest = await client.getAccountAnalytics();
  const end = new Date(`${latest.period.end_date}T00:00:00Z`);
  const start = new Date(end.getTime() - 1094 * 86_400_000).toISOString().slice(0, 10);
  return client.getAccountAnalytics({ startDate: start, endDate: latest.period.end_date, groupBy: 'day' });
}

/** The analytics of the seeded account's first template. */
export async function seededTemplateAnalytics(seed = 3) {
  const { mock, client } = seededClient(seed);
  const template = mock.templates()[0];
  if (!template) throw new Error('the seeded account has no template');
  return client.getTemplateAnalytics(template.id);
}
