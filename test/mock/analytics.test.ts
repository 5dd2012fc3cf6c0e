// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { AccountAnalyticsSchema, TemplateAnalyticsSchema, VideoAnalyticsSchema, VideoSchema } from '../../src/api';
import { createMockApi } from '../../src/mock';
import { call, getJson, manualClock, newVideo } from './helpers';

const api = createMockApi({ seed: 42 });
const published = api.videos().filter((video) => video.status === 'published');
const busiest = published[published.length - 1]; // the oldest published video has had the most days of views

const account = async (query = '') => v.parse(AccountAnalyticsSchema, await getJson(api, `/analytics/account${query}`));
const videoAnalytics = async (id: string, query = '') =>
  v.parse(VideoAnalyticsSchema, await getJson(api, `/analytics/videos/${id}${query}`));

describe('GET /analytics/videos/{id}', () => {
  test('a published video has views, a falling watch-time curve and demographics', async () => {
    const stats = await videoAnalytics(busiest?.id ?? '');
    expect(stats).toMatchObject({ video_id: busiest?.id, title: busiest?.title, created_at: busiest?.created_at });
    expect(stats.metrics.views).toBeGreaterThan(0);
    expect(stats.watch_time_distribution.map((s) => s.segment)).toEqual(['0-25%', '25-50%', '50-75%', '75-100%']);
    expect(Object.keys(stats.engagement.reactions)).toEqual(expect.arrayContaining(['like', 'love', 'curious']));
    expect(Object.keys(stats.viewer_demographics.countries)).toContain('other');
  });

  test('a shorter range has fewer views, and the same range always gives the same answer', async () => {
    const id = busiest?.id ?? '';
    const lifetime = await videoAnalytics(id);
    const created = (busiest?.created_at ?? '').slice(0, 10);
    const end = new Date(Date.parse(created) + 13 * 86_400_000).toISOString().slice(0, 10);
    const twoWeeks = await videoAnalytics(id, `?start_date=${created}&end_date=${end}`);
    expect(twoWeeks.metrics.views).toBeGreaterThan(0);
    expect(twoWeeks.metrics.views).toBeLessThan(lifetime.metrics.views);
    expect(await videoAnalytics(id, `?start_date=${created}&end_date=${end}`)).toEqual(twoWeeks);
    const beforeItExisted = await videoAnalytics(id, '?start_date=2020-01-01&end_date=2020-01-31');
    expect(beforeItExisted.metrics.views).toBe(0);
  });

  test.each(['draft', 'processing', 'failed'] as const)(
    'a %s video is the empty state: no views at all',
    async (status) => {
      const video = api.videos().find((candidate) => candidate.status === status);
      const stats = await videoAnalytics(video?.id ?? '');
      expect(stats.metrics).toEqual({
        views: 0,
        unique_viewers: 0,
        total_watch_time: 0,
        // No views, no score: unknown (null), never 0 % or the bottom of the 1..10 scale.
        average_watch_time: null,
        completion_rate: null,
        engagement_score: null,
      });
      expect(stats.watch_time_distribution.map((s) => s.viewers)).toEqual([0, 0, 0, 0]);
      expect(stats.viewer_demographics).toEqual({ devices: {}, browsers: {}, countries: {} });
    },
  );

  test('a created video has no engagement score before it is watched and one in 1..10 once it has views', async () => {
    const clock = manualClock();
    const mock = createMockApi({ seed: 42, now: clock.now });
    const created = v.parse(VideoSchema, (await call(mock, '/videos', { method: 'POST', json: newVideo() })).body);
    const unwatched = v.parse(VideoAnalyticsSchema, await getJson(mock, `/analytics/videos/${created.id}`));
    clock.advance(60_000);
    const month = '?start_date=2025-03-05&end_date=2025-04-04';
    const watched = v.parse(VideoAnalyticsSchema, await getJson(mock, `/analytics/videos/${created.id}${month}`));
    expect(unwatched.metrics.views).toBe(0);
    expect(watched.metrics.views).toBeGreaterThan(0);
    expect(unwatched.metrics.engagement_score).toBeNull();
    expect(watched.metrics.engagement_score).toBeGreaterThanOrEqual(1);
    expect(watched.metrics.engagement_score).toBeLessThanOrEqual(10);
  });

  test('an unknown video is a 404', async () => {
    const answer = await call(api, '/analytics/videos/vid_missing');
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({
      error: { code: 'not_found', message: expect.stringContaining('vid_missing') },
    });
  });
});

describe('GET /analytics/account', () => {
  test('by default: the 28 days to the seeded today, one point per week, summary adding up', async () => {
    const report = await account();
    const days = (Date.parse(report.period.end_date) - Date.parse(report.period.start_date)) / 86_400_000;
    expect(days).toBe(27);
    expect(report.trends.map((point) => point.date)[0]).toBe(report.period.start_date);
    expect(report.trends).toHaveLength(4);
    expect(report.summary.total_views).toBe(report.trends.reduce((sum, point) => sum + point.views, 0));
    expect(report.summary.unique_viewers).toBeLessThanOrEqual(report.summary.total_views);
    expect(report.summary.total_videos).toBeGreaterThanOrEqual(40);
    const topViews = report.top_videos.map((top) => top.views);
    expect(topViews).toEqual([...topViews].sort((a, b) => b - a));
    expect(report.top_videos.length).toBeGreaterThan(0);
  });

  test('group_by gives one point per day, week or month of the range', async () => {
    const range = '?start_date=2024-11-15&end_date=2025-01-31';
    const byDay = await account(`${range}&group_by=day`);
    const byWeek = await account(`${range}&group_by=week`);
    const byMonth = await account(`${range}&group_by=month`);
    expect(byDay.trends).toHaveLength(78);
    expect(byWeek.trends).toHaveLength(12);
    expect(byMonth.trends.map((point) => point.date)).toEqual(['2024-11-15', '2024-12-01', '2025-01-01']);
    expect(byDay.period).toEqual({ start_date: '2024-11-15', end_date: '2025-01-31' });
    const total = (report: typeof byDay) => report.trends.reduce((sum, point) => sum + point.views, 0);
    expect(total(byWeek)).toBe(total(byDay));
    expect(total(byMonth)).toBe(total(byDay));
    expect(byMonth.summary).toEqual(byDay.summary);
  });

  test('a different range gives a different answer', async () => {
    const january = await account('?start_date=2025-01-01&end_date=2025-01-31');
    const december = await account('?start_date=2024-12-01&end_date=2024-12-31');
    expect(january.period.start_date).toBe('2025-01-01');
    expect(january.trends.map((p) => p.views)).not.toEqual(december.trends.map((p) => p.views));
    expect(january.summary.total_views).not.toBe(december.summary.total_views);
  });

  test.each([
    ['?start_date=2025-13-01', 'start_date'],
    ['?start_date=2025-02-30', 'start_date'],
    ['?end_date=yesterday', 'end_date'],
    ['?start_date=2025-02-10&end_date=2025-02-01', 'end_date'],
    ['?group_by=year', 'group_by'],
  ])('%s is a 400 naming %s', async (query, field) => {
    const answer = await call(api, `/analytics/account${query}`);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: { code: 'invalid_query', fields: { [field]: expect.any(String) } } });
  });
});

describe('GET /analytics/templates/{id}', () => {
  test('every template has videos, views and ordered distributions', async () => {
    expect(api.templates().map((t) => t.id)).toEqual(
      expect.arrayContaining([
        'tmpl_welcome_message',
        'tmpl_product_demo',
        'tmpl_renewal_reminder',
        'tmpl_feature_announcement',
      ]),
    );
    for (const template of api.templates()) {
      const report = v.parse(TemplateAnalyticsSchema, await getJson(api, `/analytics/templates/${template.id}`));
      expect(report).toMatchObject({ template_id: template.id, name: template.name });
      expect(report.total_videos).toBe(api.videos().filter((video) => video.template_id === template.id).length);
      expect(report.total_views).toBeGreaterThan(0);
      expect(report.top_performing_videos.every((top) => top.title.startsWith(template.name.split(' ')[0] ?? ''))).toBe(
        true,
      );
    }
  });

  test('a range before any video existed is the empty state', async () => {
    const report = v.parse(
      TemplateAnalyticsSchema,
      await getJson(api, '/analytics/templates/tmpl_product_demo?start_date=2019-01-01&end_date=2019-03-01'),
    );
    expect(report).toMatchObject({ total_videos: 0, total_views: 0, top_performing_videos: [] });
    // With no views there is nothing to average or summarise: unknown, not 0 % or a score of 1.
    expect(report).toMatchObject({ average_completion_rate: null, average_engagement_score: null });
    expect(report.metrics_distribution).toEqual({ completion_rate: null, engagement_score: null, watch_time: null });
  });

  test('an unknown template is a 404, bad dates a 400', async () => {
    expect((await call(api, '/analytics/templates/tmpl_missing')).status).toBe(404);
    expect((await call(api, '/analytics/templates/tmpl_product_demo?start_date=01-02-2025')).status).toBe(400);
  });
});
