import * as v from 'valibot';
import { Amount, Count, Timestamp } from './common';

/** The four states a video moves through. */
export const VideoStatus = v.picklist(['draft', 'processing', 'published', 'failed']);

/** The three documented aspect ratios; 9:16 is the API's default. */
export const AspectRatio = v.picklist(['9:16', '16:9', '1:1']);

/**
 * A field the docs do not promise: `undefined` when missing, null or unexpected, so an API that sends it in another
 * shape (or an extra ratio) never fails the whole list.
 */
const lenient = <T>(schema: v.GenericSchema<unknown, T>) => v.fallback(v.optional(schema), undefined);

/** One video as `GET /videos` lists it: duration, url and thumbnail are null until it is published. */
export const VideoSchema = v.object({
  id: v.string(),
  title: v.string(),
  status: VideoStatus,
  duration: v.nullable(Amount),
  created_at: Timestamp,
  url: v.nullable(v.string()),
  thumbnail: v.nullable(v.string()),
  /** Not in the documented list response: read when an API (or our mock) sends a known ratio, else left out. */
  aspect_ratio: lenient(AspectRatio),
  /** Not in the documented list response: read when an API (or our mock) sends text, else left out. */
  template_id: lenient(v.string()),
});

/** The most videos one page may hold: the documented maximum of `limit`. */
export const MAX_PAGE_SIZE = 100;

/** The pagination block of `GET /videos`. */
export const PaginationSchema = v.object({
  total: Count,
  page: v.pipe(Count, v.minValue(1)),
  limit: v.pipe(Count, v.minValue(1), v.maxValue(MAX_PAGE_SIZE)),
  next_page: v.nullable(Count),
  prev_page: v.nullable(Count),
});

/**
 * Keeps the first video of each id. A page that lists a video twice is the API's mistake, not a second video: it is
 * reported once here (rather than as a React key warning on every render) and shown once.
 */
function firstOfEachId<T extends { data: Array<{ id: string }> }>(list: T): T {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  const data = list.data.filter((video) => {
    const first = !seen.has(video.id);
    if (first) seen.add(video.id);
    else repeated.add(video.id);
    return first;
  });
  if (repeated.size === 0) return list;
  console.warn(
    `SixtySeconds: GET /videos listed ${repeated.size === 1 ? 'a video' : 'videos'} more than once (${[...repeated].join(', ')}); each is shown once.`,
  );
  return { ...list, data };
}

/** The whole `GET /videos` response: never more videos than the page's `limit`, each id once. */
export const VideoListSchema = v.pipe(
  v.object({ data: v.array(VideoSchema), pagination: PaginationSchema }),
  v.forward(
    v.check(
      (list) => list.data.length <= list.pagination.limit,
      (issue) => `Expected at most ${issue.input.pagination.limit} videos (the page's limit)`,
    ),
    ['data'],
  ),
  v.transform(firstOfEachId),
);

/** A video's status. */
export type VideoStatus = v.InferOutput<typeof VideoStatus>;
/** A video's aspect ratio. */
export type AspectRatio = v.InferOutput<typeof AspectRatio>;
/** One video. */
export type Video = v.InferOutput<typeof VideoSchema>;
/** Pagination of a videos list. */
export type Pagination = v.InferOutput<typeof PaginationSchema>;
/** A page of videos. */
export type VideoList = v.InferOutput<typeof VideoListSchema>;
