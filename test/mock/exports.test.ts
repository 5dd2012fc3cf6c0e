// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { AccountAnalyticsSchema, ExportJobSchema, ExportStatusSchema, VideoSchema } from '../../src/api';
import { createMockApi } from '../../src/mock';
import { BASE, call, getJson, manualClock, newVideo } from './helpers';

function setup() {
  const clock = manualClock();
  const api = createMockApi({ seed: 21, now: clock.now, exportMs: 3000 });
  const start = async (request: Record<string, unknown>) => {
    const answer = await call(api, '/analytics/export', { method: 'POST', json: request });
    expect(answer.status).toBe(202);
    return v.parse(ExportJobSchema, answer.body);
  };
  const status = async (id: string) => v.parse(ExportStatusSchema, await getJson(api, `/analytics/export/${id}`));
  return { api, clock, start, status };
}

/** Splits simple CSV (the mock quotes cells with commas; these tests parse rows of plain cells and quoted titles). */
const csvRows = (text: string) =>
  text
    .trimEnd()
    .split('\r\n')
    .map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1] ?? '').slice(0, -1));

describe('analytics export', () => {
  test('progress rises with the clock, then the link serves a CSV of exactly the requested metrics', async () => {
    const { api, clock, start, status } = setup();
    const job = await start({
      type: 'account',
      start_date: '2025-01-01',
      end_date: '2025-01-31',
      format: 'csv',
      metrics: ['views', 'completion_rate', 'engagement_score'],
    });
    expect(job).toMatchObject({ status: 'processing', type: 'account', format: 'csv' });
    expect(job.estimated_completion).toBe('2025-03-05T15:30:03Z');

    const progress: number[] = [];
    for (let i = 0; i < 3; i++) {
      const now = await status(job.export_id);
      if (now.status === 'processing') progress.push(now.progress);
      clock.advance(1000);
    }
    expect(progress).toEqual([0, 33, 66]);

    const done = await status(job.export_id);
    if (done.status !== 'completed') throw new Error(`expected completed, got ${done.status}`);
    expect(done.download_url).toBe(`${BASE}/exports/${job.export_id}.csv`);
    expect(done.expires_at).toBe('2025-03-12T15:30:03Z');

    const download = await call(api, done.download_url);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(new TextEncoder().encode(download.text).byteLength).toBe(done.size);
    const [header, ...rows] = csvRows(download.text);
    expect(header).toEqual(['date', 'views', 'completion_rate', 'engagement_score']);
    expect(rows).toHaveLength(31);
    expect(rows[0]?.[0]).toBe('2025-01-01');
    const account = v.parse(
      AccountAnalyticsSchema,
      await getJson(api, '/analytics/account?start_date=2025-01-01&end_date=2025-01-31'),
    );
    expect(rows.reduce((total, row) => total + Number(row[1]), 0)).toBe(account.summary.total_views);
  });

  test('a JSON export of a template has one row per video with only the requested metrics', async () => {
    const { api, clock, start, status } = setup();
    const job = await start({
      type: 'template',
      id: 'tmpl_product_demo',
      format: 'json',
      metrics: ['views', 'clicks'],
    });
    clock.advance(3000);
    const done = await status(job.export_id);
    if (done.status !== 'completed') throw new Error('not completed');
    expect(done.format).toBe('json');
    const download = await call(api, done.download_url);
    expect(download.headers.get('content-type')).toBe('application/json');
    const file = download.body as { metrics: string[]; rows: Array<Record<string, unknown>> };
    expect(file.metrics).toEqual(['views', 'clicks']);
    const products = api.videos().filter((video) => video.template_id === 'tmpl_product_demo');
    expect(file.rows.map((row) => row.video_id).sort()).toEqual(products.map((video) => video.id).sort());
    for (const row of file.rows) expect(Object.keys(row)).toEqual(['video_id', 'title', 'views', 'clicks']);
  });

  test('a title that would run as a spreadsheet formula is written as text in the CSV', async () => {
    const { api, clock, start, status } = setup();
    const formulas = ['=HYPERLINK("https://evil.example","Open")', '+1+1', '-2', '@SUM(A1)'];
    const ids = new Map<string, string>();
    for (const title of formulas) {
      const answer = await call(api, '/videos', { method: 'POST', json: newVideo({ title }) });
      ids.set(v.parse(VideoSchema, answer.body).id, title);
    }
    const job = await start({ type: 'template', id: 'tmpl_welcome_message', format: 'csv', metrics: ['views'] });
    clock.advance(3000);
    const done = await status(job.export_id);
    if (done.status !== 'completed') throw new Error('not completed');
    const rows = csvRows((await call(api, done.download_url)).text).slice(1);
    const unquoted = (cell = '') => (cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell);
    const titles = rows.filter(([id]) => ids.has(id ?? '')).map(([id, title]) => [ids.get(id ?? ''), unquoted(title)]);
    expect(titles.sort()).toEqual(formulas.map((title) => [title, `'${title}`]).sort());
    expect(rows.filter(([id]) => !ids.has(id ?? '')).every(([, title]) => title?.startsWith('Welcome'))).toBe(true);
  });

  test('a video export defaults to csv and every metric, one row per day of the video', async () => {
    const { api, clock, start, status } = setup();
    const video = api.videos().find((candidate) => candidate.status === 'published');
    const job = await start({ type: 'video', id: video?.id, start_date: '2025-02-01', end_date: '2025-02-07' });
    expect(job.format).toBe('csv');
    clock.advance(5000);
    const done = await status(job.export_id);
    if (done.status !== 'completed') throw new Error('not completed');
    const [header, ...rows] = csvRows((await call(api, done.download_url)).text);
    expect(header).toEqual([
      'date',
      'views',
      'unique_viewers',
      'total_watch_time',
      'average_watch_time',
      'completion_rate',
      'engagement_score',
      'clicks',
      'shares',
    ]);
    expect(rows.map((row) => row[0])).toEqual([1, 2, 3, 4, 5, 6, 7].map((d) => `2025-02-0${d}`));
  });

  test('the download is refused while processing (409) and after it expires (410)', async () => {
    const { api, clock, start } = setup();
    const job = await start({ type: 'account' });
    const url = `${BASE}/exports/${job.export_id}.csv`;
    expect((await call(api, url)).status).toBe(409);
    clock.advance(3000 + 7 * 86_400_000 + 1);
    expect((await call(api, url)).body).toMatchObject({ error: { code: 'export_expired' } });
    expect((await call(api, `${BASE}/exports/${job.export_id}.json`)).status).toBe(404);
  });

  test.each([
    [{ type: 'video' }, 'id'],
    [{ type: 'report' }, 'type'],
    [{ type: 'account', format: 'xlsx' }, 'format'],
    [{ type: 'account', metrics: ['views', 'mood'] }, 'metrics'],
    [{ type: 'account', metrics: [] }, 'metrics'],
    [{ type: 'account', start_date: '2025-02-10', end_date: '2025-02-01' }, 'end_date'],
  ])('%j is a 422 naming %s', async (request, field) => {
    const answer = await call(setup().api, '/analytics/export', { method: 'POST', json: request });
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({
      error: { code: 'validation_failed', fields: { [field]: expect.any(String) } },
    });
  });

  test('exporting a video or template that does not exist is a 404; so is an unknown export id', async () => {
    const { api } = setup();
    const missingVideo = await call(api, '/analytics/export', {
      method: 'POST',
      json: { type: 'video', id: 'vid_nope' },
    });
    expect(missingVideo.status).toBe(404);
    const missingTemplate = await call(api, '/analytics/export', {
      method: 'POST',
      json: { type: 'template', id: 'tmpl_x' },
    });
    expect(missingTemplate.status).toBe(404);
    expect((await call(api, '/analytics/export/export_nope')).status).toBe(404);
  });
});
