// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createClient, type SixtySecondsError } from '../../src/api';

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
