'use client';
import { type ListVideosParams, listVideos, type VideoList } from '../api';
import { useSixtySeconds } from './context';
import type { QueryResult } from './query-result';
import { useRead } from './use-read';

/** Options of `useVideos`: the documented query plus how often to poll while videos are processing. */
export interface UseVideosOptions extends ListVideosParams {
  /** Poll interval while any listed video is processing; the provider's by default. */
  pollIntervalMs?: number | undefined;
}

/** The result of `useVideos`. */
export interface UseVideosResult extends QueryResult<VideoList> {
  /** True while an earlier page stays on screen as the next one loads. */
  isPreviousData: boolean;
}

const processing = (list: VideoList) => list.data.some((video) => video.status === 'processing');

/** A page of videos; keeps the previous page while the next loads and polls while any is processing. */
export function useVideos(options: UseVideosOptions = {}): UseVideosResult {
  const { pollIntervalMs: providerInterval } = useSixtySeconds();
  const { page, limit, status, pollIntervalMs = providerInterval } = options;
  const params: ListVideosParams = { page, limit, status };
  return useRead('videos', { videos: params }, (transport, signal) => listVideos(transport, params, { signal }), {
    keepPreviousData: true,
    pollIntervalMs,
    shouldPoll: processing,
  });
}
