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

/** The pagination block of `GET /videos`. */
export const PaginationSchema = v.object({
  total: Count,
  page: v.pipe(Count, v.minValue(1)),
  limit: v.pipe(Count, v.minValue(1)),
  next_page: v.nullable(Count),
  prev_page: v.nullable(Count),
});

/** The whole `GET /videos` response. */
export const VideoListSchema = v.object({
  data: v.array(VideoSchema),
  pagination: PaginationSchema,
});

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
