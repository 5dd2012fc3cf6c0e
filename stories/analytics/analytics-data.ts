// Seeded data for the analytics stories, read through the real client from the embedded mock with the preview's
// seed (42), so presentational stories show the same figures the connected panels fetch through MSW.
import { createClient } from '../../src/api';
import { createMockApi } from '../../src/mock';

const seeded = () => {
  const mock = createMockApi({ seed: 42 });
  return { mock, client: createClient({ baseUrl: '/api/sixtyseconds', fetch: (request) => mock.fetch(request) }) };
};

/** The seeded account's ids: a watched (published) video, an unwatched draft, and the first template. */
export function seededIds() {
  const { mock } = seeded();
  const videos = mock.videos();
  const watched = videos.find((video) => video.status === 'published');
  const unwatched = videos.find((video) => video.status === 'draft');
  const template = mock.templates()[0];
  if (!watched || !unwatched || !template)
    throw new Error('the seeded account lacks a published video, draft or template');
  const created = watched.created_at.slice(0, 10);
  const watchedVideoFirstDays = {
    startDate: created,
    endDate: new Date(Date.parse(created) + 6 * 86_400_000).toISOString().slice(0, 10),
  };
  return { watchedVideoId: watched.id, unwatchedVideoId: unwatched.id, templateId: template.id, watchedVideoFirstDays };
}

/** Loader: a watched video's analytics, the account's (now and in a month before any video), a template's, and an
 * unwatched video's. */
export async function loadAnalytics() {
  const { client } = seeded();
  const ids = seededIds();
  const [video, account, quietAccount, template, unwatched] = await Promise.all([
    client.getVideoAnalytics(ids.watchedVideoId),
    client.getAccountAnalytics(),
    client.getAccountAnalytics({ startDate: '2020-01-01', endDate: '2020-01-31' }),
    client.getTemplateAnalytics(ids.templateId),
    client.getVideoAnalytics(ids.unwatchedVideoId),
  ]);
  return { video, account, quietAccount, template, unwatched };
}

/** Loader: "today" in the seeded world (the account's default period ends there), so date presets hit real data. */
export async function loadToday() {
  const { client } = seeded();
  return { today: (await client.getAccountAnalytics()).period.end_date };
}

/** The loaded data, typed, from a story's `loaded`. */
export const analyticsOf = (loaded: Record<string, unknown>) => loaded as Awaited<ReturnType<typeof loadAnalytics>>;

/** The seeded "today" from a story's `loaded`. */
export const todayOf = (loaded: Record<string, unknown>) => (loaded as { today: string }).today;

/** Thirty days from the day the seeded account's first video was made: the thirty before it have no views at all. */
export function firstVideoMonth() {
  const first = seeded().mock.videos().at(-1)?.created_at.slice(0, 10) ?? '2025-01-01';
  const end = new Date(Date.parse(first) + 29 * 86_400_000).toISOString().slice(0, 10);
  return { startDate: first, endDate: end };
}

/** Mock settings for a loading state that outlasts any test: answers take ten minutes. */
export const NEVER_ANSWERS = { mock: { latencyMs: 600_000 } };
