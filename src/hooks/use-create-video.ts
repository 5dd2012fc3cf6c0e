'use client';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import {
  type CreateVideoInput,
  keyPrefix,
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

const asError = (error: unknown): SixtySecondsError =>
  error instanceof SixtySecondsError
    ? error
    : new SixtySecondsError('network', 'Creating the video failed.', { cause: error });

/** Creates a video, one POST at a time, and refreshes every videos list through this proxy when it succeeds. */
export function useCreateVideo(): UseCreateVideoResult {
  const { transport, baseUrl, queryClient } = useSixtySeconds();
  const mutation = useMutation<Video, SixtySecondsError, CreateVideoInput>(
    {
      mutationFn: (input) =>
        sendCreateVideo(transport, input).catch((error: unknown) => {
          throw asError(error);
        }),
      // Sending a create twice could make two videos.
      retry: false,
      throwOnError: false,
      // Every list (any page, any filter) asks again, so galleries show the new processing video; the create does not
      // wait for them.
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: keyPrefix(baseUrl, 'videos') });
      },
    },
    queryClient,
  );
  const { mutateAsync, reset } = mutation;
  // A double click must not create two videos: the second caller gets the first call's promise. Written when a
  // call starts and settles, never during render.
  const pending = useRef<Promise<Video | undefined> | null>(null);

  const createVideo = useCallback(
    (input: CreateVideoInput) => {
      if (pending.current) return pending.current;
      const run = mutateAsync(input)
        .catch(() => undefined)
        .finally(() => {
          pending.current = null;
        });
      pending.current = run;
      return run;
    },
    [mutateAsync],
  );

  return {
    createVideo,
    data: mutation.data,
    error: mutation.error ?? undefined,
    isPending: mutation.isPending,
    reset,
  };
}
