import { readFileSync } from 'node:fs';
import { setupServer } from 'msw/node';
import { describe, expect, test } from 'vitest';
import type { Video, VideoList } from '../../src/api';
import { createMockApi } from '../../src/mock';
import { SAMPLE_VIDEO_BASE64 } from '../../src/mock/media/sample-video';
import { createMockHandlers } from '../../src/mock/msw-entry';
import { BASE, call, getJson, manualClock, newVideo } from './helpers';

const SAMPLE = new Uint8Array(readFileSync('src/mock/media/sample.webm'));

const publishedVideos = async (api = createMockApi({ seed: 3 })) =>
  ((await getJson(api, '/videos?status=published&limit=100')) as VideoList).data;

/** The poster of a video as a parsed SVG document (jsdom's XML parser, as strict as a browser's). */
async function posterOf(api: ReturnType<typeof createMockApi>, video: Video) {
  const answer = await call(api, video.thumbnail ?? '');
  const svg = new DOMParser().parseFromString(answer.text, 'image/svg+xml');
  return { answer, svg };
}

describe('the mock serves its own media', () => {
  test('published videos link a poster and a video under the address the list was asked at; others link none', async () => {
    const api = createMockApi({ seed: 3 });
    const list = (await getJson(api, 'http://127.0.0.1:4010/v1/videos?limit=100')) as VideoList;
    for (const video of list.data) {
      if (video.status !== 'published') expect([video.url, video.thumbnail]).toEqual([null, null]);
      else {
        expect(video.url).toBe(`http://127.0.0.1:4010/v1/media/videos/${video.id}.webm`);
        expect(video.thumbnail).toMatch(
          new RegExp(`^http://127\\.0\\.0\\.1:4010/v1/media/thumbnails/${video.id}\\.svg\\?v=\\w+$`),
        );
      }
    }
  });

  test('with mediaBaseUrl, media links point at that CDN stand-in, which serves them by path alone', async () => {
    const api = createMockApi({ seed: 3, mediaBaseUrl: 'http://127.0.0.1:4001/' });
    const [video] = await publishedVideos(api);
    expect(video?.url).toBe(`http://127.0.0.1:4001/media/videos/${video?.id}.webm`);
    expect(api.videos().find((candidate) => candidate.id === video?.id)?.thumbnail).toBe(video?.thumbnail);
    expect((await call(api, video?.thumbnail ?? '')).headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
  });

  test('with mediaBaseUrl, posters, clips and export files all come from it, served at its path; the API address appears nowhere', async () => {
    const clock = manualClock();
    const api = createMockApi({ seed: 3, basePath: '/v1', mediaBaseUrl: 'http://127.0.0.1:4001/cdn', now: clock.now });
    const API = 'http://api.internal:9000/v1';
    const listed = await call(api, `${API}/videos?status=published&limit=100`);
    const started = await call(api, `${API}/analytics/export`, { method: 'POST', json: { type: 'account' } });
    clock.advance(3000);
    const status = await call(api, `${API}/analytics/export/${(started.body as { export_id: string }).export_id}`);
    for (const answer of [listed, started, status]) expect(answer.text).not.toContain('api.internal');

    const [video] = (listed.body as VideoList).data;
    const links = [video?.thumbnail, video?.url, (status.body as { download_url: string }).download_url];
    expect(links.map((link) => link?.replace(/[^/]+$/, ''))).toEqual([
      'http://127.0.0.1:4001/cdn/media/thumbnails/',
      'http://127.0.0.1:4001/cdn/media/videos/',
      'http://127.0.0.1:4001/cdn/exports/',
    ]);
    const served = await Promise.all(links.map(async (link) => (await call(api, link ?? '')).status));
    expect(served).toEqual([200, 200, 200]);
  });

  test('a poster is a cacheable SVG showing the title and template, in the template colour, at the video shape', async () => {
    const api = createMockApi({ seed: 3 });
    const videos = await publishedVideos(api);
    const sizes = { '16:9': ['640', '360'], '9:16': ['360', '640'], '1:1': ['480', '480'] };
    for (const ratio of ['16:9', '9:16', '1:1'] as const) {
      const video = videos.find((candidate) => candidate.aspect_ratio === ratio) as Video;
      const { answer, svg } = await posterOf(api, video);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
      expect(answer.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const root = svg.documentElement;
      expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual(sizes[ratio]);
      expect(svg.querySelector('title')?.textContent).toBe(video.title);
      const template = api.templates().find((entry) => entry.id === video.template_id);
      expect(root.textContent).toContain(template?.name.toUpperCase());
    }
    const colours = new Set(
      await Promise.all(
        videos.slice(0, 12).map(async (video) => {
          const { svg } = await posterOf(api, video);
          return `${video.template_id} ${svg.querySelector('rect')?.getAttribute('fill')}`;
        }),
      ),
    );
    // One colour per template: as many distinct pairs as templates among those videos.
    expect(colours.size).toBe(new Set(videos.slice(0, 12).map((video) => video.template_id)).size);
  });

  test('a hostile title is shown as text: no markup, no script, still a well-formed SVG', async () => {
    const clock = manualClock();
    const api = createMockApi({ seed: 2, now: clock.now, processingMs: 1000 });
    const title = `</title></text><script>alert(1)</script><image href="x" onerror="alert(2)"/> & "q" 'a'\u0001]]>`;
    const created = await call(api, '/videos', { method: 'POST', json: newVideo({ title, aspect_ratio: '1:1' }) });
    expect(created.status).toBe(201);
    clock.advance(1000);
    const video = (await publishedVideos(api)).find((candidate) => candidate.title === title) as Video;
    const { answer, svg } = await posterOf(api, video);
    expect(answer.status).toBe(200);
    expect(svg.querySelector('parsererror')).toBeNull();
    expect(svg.querySelectorAll('script, image, foreignObject')).toHaveLength(0);
    expect(
      [...svg.querySelectorAll('*')].flatMap((node) => node.getAttributeNames()).filter((name) => /^on/i.test(name)),
    ).toEqual([]);
    // The one character XML cannot carry (U+0001) is dropped; everything else reads as typed.
    expect(svg.querySelector('title')?.textContent).toBe(title.replace('\u0001', ''));
  });

  test('the video is the sample WebM, whole or by byte range, so a <video> can seek', async () => {
    const api = createMockApi({ seed: 3 });
    const [video] = await publishedVideos(api);
    const url = video?.url ?? '';
    const whole = await api.fetch(url);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('video/webm');
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(new Uint8Array(await whole.arrayBuffer())).toEqual(SAMPLE);

    const size = SAMPLE.byteLength;
    const first = await api.fetch(url, { headers: { range: 'bytes=0-99' } });
    expect(first.status).toBe(206);
    expect(first.headers.get('content-range')).toBe(`bytes 0-99/${size}`);
    expect(first.headers.get('content-length')).toBe('100');
    expect(new Uint8Array(await first.arrayBuffer())).toEqual(SAMPLE.slice(0, 100));

    const rest = await api.fetch(url, { headers: { range: `bytes=${size - 10}-` } });
    expect(rest.headers.get('content-range')).toBe(`bytes ${size - 10}-${size - 1}/${size}`);
    expect(new Uint8Array(await rest.arrayBuffer())).toEqual(SAMPLE.slice(size - 10));

    const tail = await api.fetch(url, { headers: { range: 'bytes=-4' } });
    expect([tail.status, tail.headers.get('content-range')]).toEqual([206, `bytes ${size - 4}-${size - 1}/${size}`]);

    const past = await api.fetch(url, { headers: { range: `bytes=${size}-` } });
    expect([past.status, past.headers.get('content-range')]).toEqual([416, `bytes */${size}`]);

    // Several ranges at once are allowed to be answered with the whole file.
    const several = await api.fetch(url, { headers: { range: 'bytes=0-1,5-6' } });
    expect([several.status, (await several.arrayBuffer()).byteLength]).toEqual([200, size]);
  });

  test('there is no media for unknown, unpublished or re-titled videos, and only GET and HEAD are allowed', async () => {
    const api = createMockApi({ seed: 3 });
    const [published] = await publishedVideos(api);
    const draft = api.videos().find((video) => video.status === 'draft') as Video;
    expect((await call(api, `/media/videos/${draft.id}.webm`)).status).toBe(404);
    expect((await call(api, `/media/thumbnails/${draft.id}.svg`)).status).toBe(404);
    expect((await call(api, '/media/videos/vid_nope.webm')).status).toBe(404);
    expect((await call(api, `/media/videos/${published?.id}.mp4`)).status).toBe(404);
    expect((await call(api, (published?.thumbnail ?? '').replace(/v=\w+/, 'v=old'))).status).toBe(404);
    expect((await call(api, published?.url ?? '', { method: 'POST' })).status).toBe(405);
    const head = await api.fetch(published?.url ?? '', { method: 'HEAD' });
    expect([head.status, head.headers.get('content-length'), await head.text()]).toEqual([
      200,
      String(SAMPLE.byteLength),
      '',
    ]);
  });

  test('media requests are not API requests: never logged, never faulted', async () => {
    const api = createMockApi({ seed: 3 });
    const [video] = await publishedVideos(api);
    const logged = api.requests.length;
    api.setFault('*', { network: true });
    expect((await api.fetch(video?.thumbnail ?? '')).status).toBe(200);
    expect((await api.fetch(video?.url ?? '')).status).toBe(200);
    expect(api.requests).toHaveLength(logged);
  });

  test('a created video gets its media once processing completes', async () => {
    const clock = manualClock();
    const api = createMockApi({ seed: 5, now: clock.now, processingMs: 2000 });
    const created = (
      await getJson(api, '/videos').then(() =>
        call(api, '/videos', { method: 'POST', json: newVideo({ aspect_ratio: '16:9' }) }),
      )
    ).body as Video;
    expect([created.url, created.thumbnail]).toEqual([null, null]);
    expect((await call(api, `/media/videos/${created.id}.webm`)).status).toBe(404);
    clock.advance(2000);
    const listed = (await publishedVideos(api)).find((video) => video.id === created.id) as Video;
    expect(listed.url).toBe(`${BASE}/media/videos/${created.id}.webm`);
    expect((await call(api, listed.url ?? '')).status).toBe(200);
    expect((await posterOf(api, listed)).svg.querySelector('title')?.textContent).toBe(created.title);
  });

  test('MSW handlers under a custom path serve the media their listing links to', async () => {
    const api = createMockApi({ seed: 3 });
    const server = setupServer(...createMockHandlers(api, { baseUrl: 'https://app.example/my/proxy' }));
    server.listen({ onUnhandledRequest: 'error' });
    try {
      const list = (await (await fetch('https://app.example/my/proxy/videos?status=published')).json()) as VideoList;
      const [video] = list.data;
      expect(video?.url).toBe(`https://app.example/my/proxy/media/videos/${video?.id}.webm`);
      const poster = await fetch(video?.thumbnail ?? '');
      expect([poster.status, poster.headers.get('content-type')]).toEqual([200, 'image/svg+xml; charset=utf-8']);
      const part = await fetch(video?.url ?? '', { headers: { range: 'bytes=0-3' } });
      expect([part.status, [...new Uint8Array(await part.arrayBuffer())]]).toEqual([206, [...SAMPLE.slice(0, 4)]]);
    } finally {
      server.close();
    }
  });

  test('the shipped module holds exactly the bytes of sample.webm (regenerate both with scripts/sample-video.mjs)', () => {
    expect(new Uint8Array(Buffer.from(SAMPLE_VIDEO_BASE64, 'base64'))).toEqual(SAMPLE);
    // A WebM (EBML magic number), small enough to ship: under 300 kB.
    expect([...SAMPLE.slice(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
    expect(SAMPLE.byteLength).toBeLessThan(300_000);
  });
});
