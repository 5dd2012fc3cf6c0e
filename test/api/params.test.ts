// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createClient, EXPORT_METRICS, type SixtySecondsError } from '../../src/api';
import { createMockApi } from '../../src/mock';

// The client answers from a fresh mock, so a test can compare what the client says before sending with what the
// (mock) API says when the same value reaches it.
function setup() {
  const mock = createMockApi({ seed: 3 });
  const client = createClient({
    baseUrl: 'http://localhost/api/sixtyseconds',
    fetch: (request) => mock.fetch(request),
  });
  return { mock, client };
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('expected the call to be refused'),
    (error: SixtySecondsError) => error,
  );

const fieldsOf = async (response: Response) =>
  ((await response.json()) as { error: { fields: Record<string, string> } }).error.fields;

describe('checking what a caller asks for, before anything is sent', () => {
  it('refuses a date that is not on the calendar, as the API would', async () => {
    const { mock, client } = setup();
    for (const startDate of ['2025-02-30', '2025-04-31', '2023-02-29']) {
      const error = await refusal(client.getAccountAnalytics({ startDate }));
      expect(error).toMatchObject({
        kind: 'invalid-request',
        fieldErrors: { startDate: 'Use a real date in YYYY-MM-DD form.' },
      });
    }
    expect(mock.requests).toHaveLength(0);
    // A leap day in a leap year is a real date.
    await expect(client.getAccountAnalytics({ startDate: '2024-02-29', endDate: '2024-03-01' })).resolves.toBeDefined();
  });

  it('tells the person how to fix a page or limit, in the words the API uses', async () => {
    const { mock, client } = setup();
    const limit = await refusal(client.listVideos({ limit: 500 }));
    const page = await refusal(client.listVideos({ page: 1.5 }));
    const apiSays = await fieldsOf(await mock.fetch('http://localhost/api/sixtyseconds/videos?limit=500&page=0'));
    expect(limit.fieldErrors).toEqual({ limit: 'Limit must be a whole number from 1 to 100.' });
    expect(page.fieldErrors).toEqual({ page: 'Page must be a whole number, 1 or more.' });
    expect(apiSays).toEqual({ ...limit.fieldErrors, ...page.fieldErrors });
    const status = await refusal(client.listVideos({ status: 'archived' as 'draft' }));
    expect(status.fieldErrors).toEqual({ status: 'Status must be draft, processing, published or failed.' });
  });

  it('refuses an export with no metrics or a metric it cannot export, naming the ones it can', async () => {
    const { mock, client } = setup();
    const none = await refusal(client.createAnalyticsExport({ type: 'account', metrics: [] }));
    expect(none.fieldErrors).toEqual({
      metrics: 'Choose at least one metric, or leave metrics out to export them all.',
    });
    const unknown = await refusal(client.createAnalyticsExport({ type: 'account', metrics: ['views', 'mood'] }));
    expect(unknown.fieldErrors?.metrics).toBe(`Unknown metric "mood"; use ${EXPORT_METRICS.join(', ')}.`);
    expect(mock.requests).toHaveLength(0);
    await expect(
      client.createAnalyticsExport({ type: 'account', metrics: ['views', 'clicks'] }),
    ).resolves.toBeDefined();
  });

  it('words every refused export field as a sentence, never a validator dump', async () => {
    const { client } = setup();
    const error = await refusal(
      client.createAnalyticsExport({
        type: 'report' as 'account',
        format: 'xlsx' as 'csv',
        start_date: '2025-02-30',
        metrics: [7 as unknown as string],
      }),
    );
    expect(error.fieldErrors).toEqual({
      type: 'Export type must be video, account or template.',
      format: 'Format must be csv or json.',
      start_date: 'Use a real date in YYYY-MM-DD form.',
      'metrics.0': 'Metrics must be a list of metric names.',
    });
    const video = await refusal(client.createAnalyticsExport({ type: 'video' }));
    expect(video.fieldErrors).toEqual({ id: 'Give the id of the video or template to export.' });
  });

  it('says the same as the API about a video it cannot create', async () => {
    const { mock, client } = setup();
    const input = {
      title: 'x'.repeat(201),
      template_id: 'tmpl_welcome_message',
      customer_data: {},
      aspect_ratio: '4:3',
    };
    const error = await refusal(client.createVideo(input as never));
    const apiSays = await fieldsOf(
      await mock.fetch('http://localhost/api/sixtyseconds/videos', {
        method: 'POST',
        body: JSON.stringify(input),
        headers: { 'content-type': 'application/json' },
      }),
    );
    expect(error.fieldErrors).toEqual({
      title: 'Give the video a title of at most 200 characters.',
      aspect_ratio: 'Aspect ratio must be 9:16, 16:9 or 1:1.',
    });
    expect(apiSays).toEqual(error.fieldErrors);
  });
});
