import type { VideoRecord } from './dataset';
import { hashOf } from './random';

/** A poster's version: changes whenever what it shows does, so an id reused after `reset()` gets a fresh URL. */
export const posterVersion = (record: VideoRecord): string =>
  hashOf(record.title, record.templateId, record.aspectRatio).toString(36);

/** Where the mock serves a video's poster, under `base` (origin plus base path). */
export const thumbnailUrl = (base: string, record: VideoRecord): string =>
  `${base}/media/thumbnails/${record.id}.svg?v=${posterVersion(record)}`;

/** Where the mock serves a video's file, under `base`: every video plays the same sample clip. */
export const videoUrl = (base: string, record: VideoRecord): string => `${base}/media/videos/${record.id}.webm`;

/** The docs' proxy path, where Storybook and the examples serve the mock. */
const DOCS_PROXY = '/api/sixtyseconds';

/**
 * The `base` for media links given outside any request (`MockApi.videos()`): this page's origin in a browser
 * (`http://localhost` elsewhere) plus `/api/sixtyseconds` when the mock serves it, else its longest base path. So
 * a story or test that renders `videos()` straight into a card loads media the same MSW handlers answer.
 */
export function defaultMediaBase(basePaths: readonly string[]): string {
  const here = (globalThis as { location?: { protocol: string; origin: string } }).location;
  const origin = here && /^https?:$/.test(here.protocol) ? here.origin : 'http://localhost';
  return origin + (basePaths.includes(DOCS_PROXY) ? DOCS_PROXY : (basePaths[0] ?? ''));
}
