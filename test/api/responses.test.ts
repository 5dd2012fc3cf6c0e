// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createClient, type SixtySecondsError } from '../../src/api';
import { templateAnalyticsAnswer, videoAnalyticsAnswer } from './answer-fixtures';

const answering = (body: unknown, status = 200) =>
  createClient({ baseUrl: 'http://proxy.test/api/ss', fetch: async () => Response.json(body, { status }) });

const video = {
  id: 'vid_12345abcde',
  title: 'Welcome Message for John',
  status: 'published',
  duration: 58.5,
  created_at: '2025-02-15T10:30:00Z',
  url: 'https://cdn.sixtyseconds.video/videos/vid_12345abcde.mp4',
  thumbnail: 'https://cdn.sixtyseconds.video/thumbnails/vid_12345abcde.jpg',
};
const pagination = { total: 1, page: 1, limit: 20, next_page: null, prev_page: null };

describe('reading what the API answers', () => {
  it.each(['processing', 'completed', 'failed'])(
    'accepts an export the API reports as %s when it starts',
    async (status) => {
      const job = {
        export_id: 'export_1',
        status,
        type: 'account',
        format: 'csv',
        estimated_completion: '2025-03-05T15:35:00Z',
      };
      await expect(answering(job, 202).createAnalyticsExport({ type: 'account' })).resolves.toMatchObject({ status });
    },
  );

  it('still lists the videos when fields the docs do not promise come in another shape', async () => {
    const odd = { ...video, aspect_ratio: '4:5', template_id: null };
    const unusual = { ...video, id: 'vid_2', aspect_ratio: null, template_id: 42 };
    const list = await answering({ data: [odd, unusual], pagination }).listVideos();
    expect(list.data.map((item) => item.id)).toEqual(['vid_12345abcde', 'vid_2']);
    expect(list.data.map((item) => [item.aspect_ratio, item.template_id])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
    ]);
    const known = await answering({
      data: [{ ...video, aspect_ratio: '1:1', template_id: 'tmpl_a' }],
      pagination,
    }).listVideos();
    expect(known.data[0]).toMatchObject({ aspect_ratio: '1:1', template_id: 'tmpl_a' });
  });

  it('still refuses a list whose documented fields are wrong, naming the field', async () => {
    const error = await answering({ data: [{ ...video, duration: '58s' }], pagination })
      .listVideos()
      .catch((failure: SixtySecondsError) => failure);
    expect(error).toMatchObject({ kind: 'invalid-response', field: 'data.0.duration' });
  });
});

/** A client whose proxy answers with `text` verbatim, so numbers JSON.stringify cannot write (`1e309`) get through. */
const answeringText = (text: string) =>
  createClient({
    baseUrl: 'http://proxy.test/api/ss',
    fetch: async () => new Response(text, { headers: { 'content-type': 'application/json' } }),
  });
const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: SixtySecondsError) => error,
  );

const videoAnalytics = videoAnalyticsAnswer;
const templateAnalytics = templateAnalyticsAnswer;

describe('numbers that cannot be are an invalid response, naming the field', () => {
  it.each([
    ['a duration of 1e309', { data: [{ ...video, duration: '@1e309' }], pagination }, 'data.0.duration'],
    ['a negative total', { data: [], pagination: { ...pagination, total: -1 } }, 'pagination.total'],
    ['a fractional total', { data: [], pagination: { ...pagination, total: 1.5 } }, 'pagination.total'],
    [
      'a limit above the documented 100',
      { data: [], pagination: { ...pagination, limit: 10_000 } },
      'pagination.limit',
    ],
  ])('a video list with %s', async (_name, body, field) => {
    const text = JSON.stringify(body).replace('"@1e309"', '1e309');
    expect(await failureOf(answeringText(text).listVideos())).toMatchObject({ kind: 'invalid-response', field });
  });

  const metric = (patch: Record<string, unknown>) => ({
    ...videoAnalytics,
    metrics: { ...videoAnalytics.metrics, ...patch },
  });
  it.each([
    ['total watch time of 1e309', metric({ total_watch_time: '@1e309' }), 'metrics.total_watch_time'],
    ['a negative average watch time', metric({ average_watch_time: -3 }), 'metrics.average_watch_time'],
    ['a completion rate of 5', metric({ completion_rate: 5 }), 'metrics.completion_rate'],
    ['an engagement score of 0', metric({ engagement_score: 0 }), 'metrics.engagement_score'],
    ['an engagement score of 11', metric({ engagement_score: 11 }), 'metrics.engagement_score'],
    ['views of 1e400', metric({ views: '@1e309' }), 'metrics.views'],
    // Only rates, scores and averages may be null (no views); a count never is.
    ['null views', metric({ views: null }), 'metrics.views'],
    ['null unique viewers', metric({ unique_viewers: null }), 'metrics.unique_viewers'],
    ['a null total watch time', metric({ total_watch_time: null }), 'metrics.total_watch_time'],
    ['an engagement score of "n/a"', metric({ engagement_score: 'n/a' }), 'metrics.engagement_score'],
    ['a count beyond exact integers', metric({ unique_viewers: 2 ** 60 }), 'metrics.unique_viewers'],
    [
      'a reaction count of 2.5',
      { ...videoAnalytics, engagement: { clicks: 1, shares: 1, reactions: { like: 2.5 } } },
      'engagement.reactions.like',
    ],
    [
      'a country share of 1e309',
      {
        ...videoAnalytics,
        viewer_demographics: { ...videoAnalytics.viewer_demographics, countries: { US: '@1e309' } },
      },
      'viewer_demographics.countries.US',
    ],
    ['a timestamp on February 30', { ...videoAnalytics, created_at: '2025-02-30T00:00:00Z' }, 'created_at'],
    ['a timestamp on April 31', { ...videoAnalytics, created_at: '2025-04-31T12:00:00Z' }, 'created_at'],
  ])('video analytics with %s', async (_name, body, field) => {
    const text = JSON.stringify(body).replace('"@1e309"', '1e309');
    const error = await failureOf(answeringText(text).getVideoAnalytics('vid_1'));
    expect(error).toMatchObject({ kind: 'invalid-response', field });
  });

  it('reads null rates, scores and averages as unknown: a video with no views', async () => {
    const body = metric({
      views: 0,
      unique_viewers: 0,
      total_watch_time: 0,
      average_watch_time: null,
      completion_rate: null,
      engagement_score: null,
    });
    await expect(answering(body).getVideoAnalytics('vid_1')).resolves.toEqual(body);
  });

  it('still reads a timestamp on February 29 of a leap year', async () => {
    const body = { ...videoAnalytics, created_at: '2024-02-29T23:59:59Z' };
    await expect(answering(body).getVideoAnalytics('vid_1')).resolves.toMatchObject({ created_at: body.created_at });
  });

  const distribution = (name: string, summary: Record<string, unknown>) => ({
    ...templateAnalytics,
    metrics_distribution: {
      ...templateAnalytics.metrics_distribution,
      [name]: { ...templateAnalytics.metrics_distribution.watch_time, ...summary },
    },
  });
  it.each([
    ['negative watch times', distribution('watch_time', { min: -50 }), 'metrics_distribution.watch_time.min'],
    ['min above max', distribution('watch_time', { min: 60 }), 'metrics_distribution.watch_time'],
    [
      'unordered quartiles',
      distribution('watch_time', { quartiles: [52.1, 48.6, 42.3] }),
      'metrics_distribution.watch_time',
    ],
    [
      'a median that is not the middle quartile',
      distribution('watch_time', { median: 50 }),
      'metrics_distribution.watch_time',
    ],
    [
      'a completion rate of 5',
      distribution('completion_rate', { min: 0.5, max: 5, median: 0.8, quartiles: [0.7, 0.8, 0.9] }),
      'metrics_distribution.completion_rate.max',
    ],
    [
      'an engagement score of 0',
      distribution('engagement_score', { min: 0, max: 9, median: 8, quartiles: [7, 8, 9] }),
      'metrics_distribution.engagement_score.min',
    ],
  ])('a template distribution with %s', async (_name, body, field) => {
    const error = await failureOf(answering(body).getTemplateAnalytics('tmpl_1'));
    expect(error).toMatchObject({ kind: 'invalid-response', field });
  });

  it('reads a template nobody watched: null averages and summaries, but never a null count', async () => {
    const unwatched = {
      ...templateAnalytics,
      total_views: 0,
      average_completion_rate: null,
      average_engagement_score: null,
      metrics_distribution: { completion_rate: null, engagement_score: null, watch_time: null },
    };
    await expect(answering(unwatched).getTemplateAnalytics('tmpl_1')).resolves.toEqual(unwatched);
    const error = await failureOf(answering({ ...unwatched, total_videos: null }).getTemplateAnalytics('tmpl_1'));
    expect(error).toMatchObject({ kind: 'invalid-response', field: 'total_videos' });
  });

  it('reads the documented template example', async () => {
    await expect(answering(templateAnalytics).getTemplateAnalytics('tmpl_1')).resolves.toEqual(templateAnalytics);
  });
});

describe('a list answer is held to its page', () => {
  it('refuses more videos than the page limit', async () => {
    const data = Array.from({ length: 21 }, (_, i) => ({ ...video, id: `vid_${i}` }));
    const error = await failureOf(answering({ data, pagination: { ...pagination, total: 21 } }).listVideos());
    expect(error).toMatchObject({ kind: 'invalid-response', field: 'data' });
  });

  it('refuses more videos than the limit asked for, even when the page echoes a larger limit', async () => {
    const data = Array.from({ length: 100 }, (_, i) => ({ ...video, id: `vid_${i}` }));
    const answer = { data, pagination: { ...pagination, limit: 100, total: 100 } };
    const error = await failureOf(answering(answer).listVideos({ limit: 20 }));
    expect(error).toMatchObject({ kind: 'invalid-response', field: 'data' });
    await expect(answering(answer).listVideos({ limit: 100 })).resolves.toMatchObject({ data: { length: 100 } });
  });

  it('keeps the first of each id and says so once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const data = [video, { ...video, title: 'Again' }, { ...video, id: 'vid_2' }, { ...video, title: 'Thrice' }];
    const list = await answering({ data, pagination: { ...pagination, total: 2 } }).listVideos();
    expect(list.data.map((item) => [item.id, item.title])).toEqual([
      ['vid_12345abcde', 'Welcome Message for John'],
      ['vid_2', 'Welcome Message for John'],
    ]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('vid_12345abcde');
    warn.mockRestore();
  });
});
