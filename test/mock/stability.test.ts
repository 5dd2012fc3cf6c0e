// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { AccountAnalyticsSchema, ExportJobSchema, VideoAnalyticsSchema, VideoSchema } from '../../src/api';
import { createMockApi, type MockApi } from '../../src/mock';
import { call, getJson, manualClock, newVideo } from './helpers';

/** A clock after every seed's "today", so the seeded past is behind it, as in a real app. */
const afterTheSeededPast = () => manualClock(Date.UTC(2025, 6, 1, 12));

const views = async (api: MockApi, id: string, range: string) =>
  v.parse(VideoAnalyticsSchema, await getJson(api, `/analytics/videos/${id}${range}`)).metrics.views;

const createdId = async (api: MockApi) =>
  v.parse(VideoSchema, (await call(api, '/videos', { method: 'POST', json: newVideo() })).body).id;

const exportId = async (api: MockApi) =>
  v.parse(ExportJobSchema, (await call(api, '/analytics/export', { method: 'POST', json: { type: 'account' } })).body)
    .export_id;

describe('the seeded past stays put', () => {
  test('seeded processing videos that publish add no views to the days before they published', async () => {
    const clock = afterTheSeededPast();
    const api = createMockApi({ seed: 1, now: clock.now });
    const processing = api.videos().filter((video) => video.status === 'processing');
    expect(processing.length).toBeGreaterThan(0);
    const account = async () => v.parse(AccountAnalyticsSchema, await getJson(api, '/analytics/account'));
    const firstHalf = '?start_date=2025-01-01&end_date=2025-06-30';
    const before = await account();

    clock.advance(60_000);
    expect(api.videos().filter((video) => video.status === 'processing')).toEqual([]);
    expect((await account()).summary).toEqual(before.summary);
    const publishDay = [];
    for (const video of processing) {
      expect(await views(api, video.id, firstHalf)).toBe(0);
      expect(await views(api, video.id, '?start_date=2025-07-01&end_date=2025-07-31')).toBeGreaterThan(0);
      publishDay.push(await views(api, video.id, '?start_date=2025-07-01&end_date=2025-07-01'));
      // Its default range runs to the day it published, so the gallery's "open analytics" shows that day's views.
      expect(await views(api, video.id, '')).toBe(publishDay.at(-1));
    }
    expect(publishDay.some((count) => count > 0)).toBe(true);
  });
});

describe('created ids', () => {
  test('the first created video gets the same id whether or not an export was started first', async () => {
    const plain = createMockApi({ seed: 9 });
    const busy = createMockApi({ seed: 9 });
    const firstExport = await exportId(busy);
    expect(await createdId(busy)).toBe(await createdId(plain));
    // And the other way round: creating a video first does not move export ids either.
    expect(await exportId(plain)).toBe(firstExport);
  });
});
