import type { VideoRecord } from './dataset';

/** How many top videos the account summary and a template report list. */
const TOP_VIDEOS = 5;

/** A video with its views over some range, ready to be ranked. */
export interface RankedVideo {
  record: VideoRecord;
  views: number;
}

/** The most-watched videos first, at most `TOP_VIDEOS`; ties go by id so the order never depends on storage order. */
export const topByViews = <T extends RankedVideo>(videos: ReadonlyArray<T>): T[] =>
  [...videos].sort((a, b) => b.views - a.views || a.record.id.localeCompare(b.record.id)).slice(0, TOP_VIDEOS);
