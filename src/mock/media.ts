import { byteRangeOf } from './byte-range';
import { statusAt } from './dataset';
import { posterVersion } from './media-urls';
import { posterSvg } from './poster';
import { apiError, notFound } from './responses';
import { findTemplate, findVideo, type World } from './world';

/** Which media a URL names, after the mock's base: `/media/thumbnails/<id>.svg` or `/media/videos/<id>.webm`. */
export interface MediaTarget {
  folder: 'thumbnails' | 'videos';
  file: string;
}

/** Media never changes under its URL (a poster's URL carries a hash of what it shows), so browsers may keep it. */
const CACHEABLE = 'public, max-age=31536000, immutable';

let sampleVideo: Promise<Uint8Array> | undefined;

/** The sample clip's bytes, decoded once; its ~105 kB module loads only when a video is first asked for. */
function loadSampleVideo(): Promise<Uint8Array> {
  sampleVideo ??= import('./media/sample-video').then(({ SAMPLE_VIDEO_BASE64 }) =>
    Uint8Array.from(atob(SAMPLE_VIDEO_BASE64), (char) => char.charCodeAt(0)),
  );
  return sampleVideo;
}

/**
 * `GET|HEAD <base>/media/…`: the stand-in for the CDN. Media exists only for videos published now; a video answers
 * `Range` requests with 206, so a `<video>` can seek. Not an API request: never logged, delayed or faulted.
 */
export async function answerMedia(world: World, request: Request, { folder, file }: MediaTarget): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return apiError(405, { headers: { allow: 'GET, HEAD' } });
  const extension = folder === 'thumbnails' ? '.svg' : '.webm';
  const record = file.endsWith(extension) ? findVideo(world, file.slice(0, -extension.length)) : undefined;
  if (!record || statusAt(record, world.now()) !== 'published')
    return notFound(`There is no ${folder} file "${file}".`);
  const head = request.method === 'HEAD';
  if (folder === 'thumbnails') {
    if (new URL(request.url).searchParams.get('v') !== posterVersion(record))
      return notFound(`There is no such version of "${file}".`);
    const template = findTemplate(world, record.templateId);
    const svg = posterSvg({
      title: record.title,
      templateName: template?.name ?? record.templateId,
      colour: template?.colour ?? '#475569',
      aspectRatio: record.aspectRatio,
    });
    return new Response(head ? null : svg, {
      headers: { 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': CACHEABLE },
    });
  }
  return videoResponse(await loadSampleVideo(), request.headers.get('range'), head);
}

/** The sample clip, whole (200) or the one slice a `Range` header asks for (206); 416 past its end. */
function videoResponse(bytes: Uint8Array, range: string | null, head: boolean): Response {
  const size = bytes.byteLength;
  const headers = { 'content-type': 'video/webm', 'accept-ranges': 'bytes', 'cache-control': CACHEABLE };
  const wanted = byteRangeOf(range, size);
  if (wanted.kind === 'unsatisfiable')
    return new Response(null, { status: 416, headers: { ...headers, 'content-range': `bytes */${size}` } });
  const { start, end } = wanted.kind === 'slice' ? wanted : { start: 0, end: size - 1 };
  const body = bytes.slice(start, end + 1);
  return new Response(head ? null : body, {
    status: wanted.kind === 'slice' ? 206 : 200,
    headers: {
      ...headers,
      'content-length': String(body.byteLength),
      ...(wanted.kind === 'slice' && { 'content-range': `bytes ${start}-${end}/${size}` }),
    },
  });
}
