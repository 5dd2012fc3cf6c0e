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
import { getJson, manualClock } from './helpers';

const SEEDS = Array.from({ length: 50 }, (_, i) => i * 7919 + 1);
/** A range with no videos at all, where every aggregate is empty. */
const BEFORE_ANY_VIDEO = '?start_date=2019-01-01&end_date=2019-03-31';
const sum = (record: Record<string, number>) => Object.values(record).reduce((total, n) => total + n, 0);

/** Every number under a key naming the engagement score, anywhere in a response (distributions included). */
function engagementScores(value: unknown, inside = false): number[] {
  if (typeof value === 'number') return inside ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => engagementScores(item, inside));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) =>
    engagementScores(item, inside || key.endsWith('engagement_score')),
  );
}

/** The docs promise a score from 1 to 10 wherever there is one (with no views there is none: null). */
function checkScores(response: unknown) {
  const scores = engagementScores(response);
  expect(scores.filter((score) => !(score >= 1 && score <= 10))).toEqual([]);
}

/** Figures taken per view, and the summaries over watched videos: unknown (null) exactly when there are no views. */
const PER_VIEW = [
  'average_watch_time',
  'completion_rate',
  'engagement_score',
  'average_completion_rate',
  'average_engagement_score',
];

/**
 * Walks a response: in every object that counts views (`views` or `total_views`), each per-view figure (and each
 * distribution summary) must be null if and only if the views are 0. Counts the nulls, the known figures and the
 * ones breaking the rule (one `expect` per response, not per figure: 50 seeds hold ~100,000 figures).
 */
function countUnknownWithoutViews(value: unknown, seen = { unknown: 0, known: 0, wrong: 0 }): typeof seen {
  if (Array.isArray(value)) for (const item of value) countUnknownWithoutViews(item, seen);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return seen;
  const record = value as Record<string, unknown>;
  const views = record.views ?? record.total_views;
  const figures = (values: Record<string, unknown>, keys: string[]) => {
    for (const key of keys) {
      if (!(key in values)) continue;
      seen[values[key] === null ? 'unknown' : 'known']++;
      if ((values[key] === null) !== (views === 0)) seen.wrong++;
    }
  };
  if (typeof views === 'number') {
    figures(record, PER_VIEW);
    const distributions = record.metrics_distribution as Record<string, unknown> | undefined;
    if (distributions) figures(distributions, Object.keys(distributions));
  }
  for (const item of Object.values(record)) countUnknownWithoutViews(item, seen);
  return seen;
}

function checkVideo(stats: VideoAnalytics) {
  const { metrics } = stats;
  const viewers = stats.watch_time_distribution.map((segment) => segment.viewers);
  expect(viewers[0]).toBe(metrics.views);
  for (let i = 1; i < viewers.length; i++) expect(viewers[i]).toBeLessThanOrEqual(viewers[i - 1] ?? 0);
  expect(metrics.unique_viewers).toBeLessThanOrEqual(metrics.views);
  checkScores(stats);
  if (metrics.views === 0) return;
  expect(metrics.completion_rate).toBeGreaterThanOrEqual(0);
  expect(metrics.completion_rate).toBeLessThanOrEqual(1);
  expect(Math.abs((metrics.completion_rate ?? Number.NaN) - (viewers[3] ?? 0) / metrics.views)).toBeLessThanOrEqual(
    0.005 + 1e-9,
  ); // two-decimal rounding
  expect((metrics.average_watch_time ?? Number.NaN) * metrics.views).toBeCloseTo(metrics.total_watch_time, 0);
  for (const shares of Object.values(stats.viewer_demographics)) {
    expect(sum(shares)).toBe(100);
    expect(Object.values(shares).every(Number.isInteger)).toBe(true);
  }
  expect(stats.viewer_demographics.countries).toHaveProperty('other');
}

function checkDistribution(distribution: Distribution | null) {
  if (distribution === null) return;
  const { min, max, median, quartiles } = distribution;
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
    const seen = { unknown: 0, known: 0, wrong: 0 };
    for (const seed of SEEDS) {
      const api = createMockApi({ seed });
      const videos = api.videos();
      expect(videos.length).toBeGreaterThanOrEqual(40);
      expect(new Set(videos.map((video) => video.status)).size).toBe(4);
      expect(api.templates().length).toBeGreaterThanOrEqual(4);
      for (const video of videos) {
        const stats = v.parse(VideoAnalyticsSchema, await getJson(api, `/analytics/videos/${video.id}`));
        checkVideo(stats);
        countUnknownWithoutViews(stats, seen);
        expect(stats.metrics.views > 0).toBe(video.status === 'published');
        for (const key of Object.keys(stats.engagement.reactions)) extraReactions.add(key);
        for (const key of Object.keys(stats.viewer_demographics.countries)) extraCountries.add(key);
      }
      for (const template of api.templates()) {
        const report = v.parse(TemplateAnalyticsSchema, await getJson(api, `/analytics/templates/${template.id}`));
        expect(report.average_completion_rate).toBeLessThanOrEqual(1);
        for (const distribution of Object.values(report.metrics_distribution)) checkDistribution(distribution);
        checkScores(report);
        countUnknownWithoutViews(report, seen);
        const empty = await getJson(api, `/analytics/templates/${template.id}${BEFORE_ANY_VIDEO}`);
        expect(countUnknownWithoutViews(empty)).toEqual({ unknown: 5, known: 0, wrong: 0 });
      }
      const report = v.parse(AccountAnalyticsSchema, await getJson(api, '/analytics/account?group_by=day'));
      checkScores(report);
      countUnknownWithoutViews(report, seen);
      const empty = await getJson(api, `/analytics/account${BEFORE_ANY_VIDEO}&group_by=week`);
      // Two summary averages and two figures per week, all unknown.
      expect(countUnknownWithoutViews(empty)).toEqual({ unknown: 2 + 2 * 13, known: 0, wrong: 0 });
      expect(report.trends).toHaveLength(28);
      expect(report.summary.unique_viewers).toBeLessThanOrEqual(report.summary.total_views);
      expect(report.summary.total_views).toBe(report.trends.reduce((total, point) => total + point.views, 0));
    }
    // Both sides of "null iff no views" happen: unpublished videos have no figures, watched ones have them.
    expect(seen.wrong).toBe(0);
    expect(seen.unknown).toBeGreaterThan(1000);
    expect(seen.known).toBeGreaterThan(10_000);
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

  test('the seeded list does not depend on when the mock was created', () => {
    const early = createMockApi({ seed: 8, now: () => 0 }).videos();
    const late = createMockApi({ seed: 8, now: () => Date.UTC(2030, 0, 1) }).videos();
    expect(late).toEqual(early);
  });

  // The mock does read its clock (processing videos publish and exports finish by `now()`), so the same seed can
  // only give the same answers if what the clock changes is the present, never figures already reported.
  test("a minute on one mock's clock publishes its processing videos but changes no past figures", async () => {
    for (const seed of SEEDS.slice(0, 10)) {
      const clock = manualClock(Date.UTC(2025, 6, 1, 12)); // after every seed's "today"
      const api = createMockApi({ seed, now: clock.now });
      const processing = () => api.videos().filter((video) => video.status === 'processing').length;
      const past = async () => ({
        account: await getJson(api, '/analytics/account?group_by=day'),
        firstHalf: await getJson(api, '/analytics/account?start_date=2025-01-01&end_date=2025-06-30'),
        templates: await Promise.all(api.templates().map(({ id }) => getJson(api, `/analytics/templates/${id}`))),
      });
      const before = await past();
      expect(processing()).toBeGreaterThan(0);
      clock.advance(60_000);
      expect(processing()).toBe(0);
      expect(await past()).toEqual(before);
    }
  });
});
