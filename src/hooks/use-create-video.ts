'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSWRConfig } from 'swr';
import {
  type CreateVideoInput,
  isVideosKey,
  SixtySecondsError,
  createVideo as sendCreateVideo,
  type Video,
} from '../api';
import { useSixtySeconds } from './context';

/** The result of `useCreateVideo`. */
export interface UseCreateVideoResult {
  /** Validates and sends; resolves with the new video, or `undefined` on failure (see `error`). Never rejects. */
  createVideo: (input: CreateVideoInput) => Promise<Video | undefined>;
  /** The video the last successful call created. */
  data: Video | undefined;
  /** Why the last call failed: `invalid-request` (nothing sent) or an API error, with `fieldErrors` when known. */
  error: SixtySecondsError | undefined;
  /** True while a create is on its way; further calls wait for it instead of sending again. */
  isPending: boolean;
  /** Clears `data` and `error`. */
  reset: () => void;
}

interface CreateState {
  data: Video | undefined;
  error: SixtySecondsError | undefined;
  isPending: boolean;
}

const IDLE: CreateState = { data: undefined, error: undefined, isPending: false };

/** Creates a video, one POST at a time, and refreshes every mounted videos list when it succeeds. */
export function useCreateVideo(): UseCreateVideoResult {
  const { transport } = useSixtySeconds();
  const { mutate } = useSWRConfig();
  const [state, setState] = useState<CreateState>(IDLE);
  const pending = useRef<Promise<Video | undefined> | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const update = useCallback((next: CreateState) => {
    if (mounted.current) setState(next);
  }, []);

  const createVideo = useCallback(
    (input: CreateVideoInput) => {
      // A double click must not create two videos: hand the second caller the first call's promise.
      if (pending.current) return pending.current;
      update({ data: undefined, error: undefined, isPending: true });
      const run = sendCreateVideo(transport, input).then(
        (video) => {
          update({ data: video, error: undefined, isPending: false });
          // Every list (any page, any filter) asks again, so galleries show the new processing video.
          void mutate(isVideosKey);
          return video;
        },
        (error: unknown) => {
          const failure =
            error instanceof SixtySecondsError
              ? error
              : new SixtySecondsError('network', 'Creating the video failed.', { cause: error });
          update({ data: undefined, error: failure, isPending: false });
          return undefined;
        },
      );
      pending.current = run.finally(() => {
        pending.current = null;
      });
      return pending.current;
    },
    [transport, mutate, update],
  );

  const reset = useCallback(() => update(IDLE), [update]);
  return { ...state, createVideo, reset };
}
