import type { AccountAnalytics, TemplateAnalytics, VideoAnalytics } from '../../../src/api';
import type { MockApi } from '../../../src/mock';
import { TEST_BASE_URL } from '../../render';

/** Asks the mock directly (outside the component under test) for what it answers at `path`. */
export async function mockJson<T>(mock: MockApi, path: string): Promise<T> {
  const response = await mock.fetch(new Request(`${TEST_BASE_URL}${path}`));
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return (await response.json()) as T;
}

/** The first published video of the seeded account: one people have watched. */
export const watchedVideoId = (mock: MockApi) => {
  const video = mock.videos().find((candidate) => candidate.status === 'published');
  if (!video) throw new Error('the seeded account has no published video');
  return video.id;
};

/** A draft video: nobody can have watched it. */
export const unwatchedVideoId = (mock: MockApi) => {
  const video = mock.videos().find((candidate) => candidate.status === 'draft');
  if (!video) throw new Error('the seeded account has no draft video');
  return video.id;
};

/** The mock's analytics of one video, account or template, as the API sends them. */
export const videoAnalytics = (mock: MockApi, id: string) => mockJson<VideoAnalytics>(mock, `/analytics/videos/${id}`);
export const accountAnalytics = (mock: MockApi) => mockJson<AccountAnalytics>(mock, '/analytics/account');
export const templateAnalytics = (mock: MockApi, id: string) =>
  mockJson<TemplateAnalytics>(mock, `/analytics/templates/${id}`);

/** The value a `<dl>` card shows next to its label. */
export const cardValue = (container: HTMLElement, label: string) => {
  const term = [...container.querySelectorAll('dt')].find((dt) => dt.textContent === label);
  return term?.nextElementSibling?.textContent ?? null;
};

/** A figure the test expects to be known (its views are above 0): fails loudly on the API's `null` (no views). */
export const known = <T>(value: T | null): T => {
  if (value === null) throw new Error('expected a figure with views behind it, got null');
  return value;
};
