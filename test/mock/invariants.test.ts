// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import {
  AccountAnalyticsSchema,
  type Distribution,
  TemplateAnalyticsSchema,
  type VideoAnalytics,
  VideoAnalyticsSchema,
  VideoListSchema,
} from '../../src/api';
import { createMockApi } from '../../src/mock';
import { getJson } from './helpers';

const SEEDS = Array.from({ length: 50 }, (_, i) => i * 7919 + 1);
const sum = (record: Record<string, number>) => Object.values(record).reduce((total, n) => total + n, 0);

function checkVideo(stats: VideoAnalytics) {
  const { metrics } = stats;
  const viewers = stats.watch_time_distribution.map((segment) => segment.viewers);
  expect(viewers[0]).toBe(metrics.views);
  for (let i = 1; i < viewers.length; i++) expect(viewers[i]).toBeLessThanOrEqual(viewers[i - 1] ?? 0);
  expect(metrics.unique_viewers).toBeLessThanOrEqual(metrics.views);
  expect(metrics.completion_rate).toBeGreaterThanOrEqual(0);
  expect(metrics.completion_rate).toBeLessThanOrEqual(1);
  if (metrics.views === 0) return;
  expect(Math.abs(metrics.completion_rate - (viewers[3] ?? 0) / metrics.views)).toBeLessThanOrEqual(0.005 + 1e-9); // two-decimal rounding
  expect(metrics.engagement_score).toBeGreaterThanOrEqual(1);
  expect(metrics.engagement_score).toBeLessThanOrEqual(10);
  expect(metrics.average_watch_time * metrics.views).toBeCloseTo(metrics.total_watch_time, 0);
  for (const shares of Object.values(stats.viewer_demographics)) {
    expect(sum(shares)).toBe(100);
    expect(Object.values(shares).every(Number.isInteger)).toBe(true);
  }
  expect(stats.viewer_demographics.countries).toHaveProperty('other');
}

function checkDistribution({ min, max, median, quartiles }: Distribution) {
  expect(min).toBeLessThanOrEqual(quartiles[0]);
  expect(quartiles[0]).toBeLessThanOrEqual(quartiles[1]);
  expect(quartiles[1]).toBeLessThanOrEqual(quartiles[2]);
  expect(quartiles[2]).toBeLessThanOrEqual(max);
  expect(median).toBe(quartiles[1]);
}

describe('invariants over 50 seeds', () => {
  test('every video, template and account report parses and obeys the documented rules', async () => {
    const extraReactions = new Set<string>();
    const extraCountries = new Set<string>();
    for (const seed of SEEDS) {
      const api = createMockApi({ seed });
      const videos = api.videos();
      expect(videos.length).toBeGreaterThanOrEqual(40);
      expect(new Set(videos.map((video) => video.status)).size).toBe(4);
      expect(api.templates().length).toBeGreaterThanOrEqual(4);
      for (const video of videos) {
        const stats = v.parse(VideoAnalyticsSchema, await getJson(api, `/analytics/videos/${video.id}`));
        checkVideo(stats);
        expect(stats.metrics.views > 0).toBe(video.status === 'published');
        for (const key of Object.keys(stats.engagement.reactions)) extraReactions.add(key);
        for (const key of Object.keys(stats.viewer_demographics.countries)) extraCountries.add(key);
      }
      for (const template of api.templates()) {
        const report = v.parse(TemplateAnalyticsSchema, await getJson(api, `/analytics/templates/${template.id}`));
        expect(report.average_completion_rate).toBeLessThanOrEqual(1);
        for (const distribution of Object.values(report.metrics_distribution)) checkDistribution(distribution);
      }
      const report = v.parse(AccountAnalyticsSchema, await getJson(api, '/analytics/account?group_by=day'));
      expect(report.trends).toHaveLength(28);
      expect(report.summary.unique_viewers).toBeLessThanOrEqual(report.summary.total_views);
      expect(report.summary.total_views).toBe(report.trends.reduce((total, point) => total + point.views, 0));
    }
    expect([...extraReactions]).toEqual(expect.arrayContaining(['like', 'love', 'curious', 'wow', 'insightful']));
    expect([...extraCountries]).toEqual(expect.arrayContaining(['US', 'UK', 'CA', 'DE', 'other', 'AU', 'FR']));
  });

  test('the same seed gives identical data; different seeds differ', async () => {
    const snapshot = async (seed: number) => {
      const api = createMockApi({ seed });
      return {
        list: v.parse(VideoListSchema, await getJson(api, '/videos?limit=100')),
        account: await getJson(api, '/analytics/account'),
        templates: api.templates(),
      };
    };
    expect(await snapshot(123)).toEqual(await snapshot(123));
    const other = await snapshot(124);
    const first = await snapshot(123);
    expect(other.list.data.map((video) => video.id)).not.toEqual(first.list.data.map((video) => video.id));
    expect(other.account).not.toEqual(first.account);
  });

  test('seeded data does not read the clock', () => {
    const early = createMockApi({ seed: 8, now: () => 0 }).videos();
    const late = createMockApi({ seed: 8, now: () => Date.UTC(2030, 0, 1) }).videos();
    expect(late).toEqual(early);
  });
});
