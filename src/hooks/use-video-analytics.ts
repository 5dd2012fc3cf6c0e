'use client';
import { type DateRange, getVideoAnalytics, type VideoAnalytics } from '../api';
import type { QueryResult } from './query-result';
import { useRead } from './use-read';

/** The result of `useVideoAnalytics`. */
export type UseVideoAnalyticsResult = QueryResult<VideoAnalytics>;

/** One video's analytics for a period; pass `null` to wait for an id. Never shows one id's data under another. */
export function useVideoAnalytics(videoId: string | null | undefined, range: DateRange = {}): UseVideoAnalyticsResult {
  const { startDate, endDate } = range;
  const query = videoId ? { videoAnalytics: { videoId, startDate, endDate } } : null;
  const { isPreviousData: _, ...result } = useRead('videoAnalytics', query, (transport, signal) =>
    getVideoAnalytics(transport, videoId as string, { startDate, endDate }, { signal }),
  );
  return result;
}
