'use client';
import { type SyntheticEvent, useRef } from 'react';

/** The share of a video watched, in the segments the analytics report. */
export type ProgressMilestone = 25 | 50 | 75 | 100;

const MILESTONES: readonly ProgressMilestone[] = [25, 50, 75, 100];

type MediaEvent = SyntheticEvent<HTMLVideoElement>;

/**
 * Media event handlers that call `onProgress` once per milestone per playthrough; a playthrough ends at `ended`, and
 * the next `play` starts a fresh one. A seek past several milestones reports each of them, in order.
 */
export function useProgressMilestones(
  onProgress: ((percent: ProgressMilestone) => void) | undefined,
  knownDuration: number | null | undefined,
) {
  const reached = useRef(new Set<ProgressMilestone>());
  const finished = useRef(false);

  const report = (percent: number) => {
    for (const milestone of MILESTONES) {
      if (percent < milestone || reached.current.has(milestone)) continue;
      reached.current.add(milestone);
      onProgress?.(milestone);
    }
  };

  return {
    onPlay: () => {
      if (!finished.current) return;
      finished.current = false;
      reached.current.clear();
    },
    onTimeUpdate: (event: MediaEvent) => {
      const { currentTime, duration } = event.currentTarget;
      // Some streams report Infinity or NaN until metadata arrives; the API's duration stands in.
      const total = Number.isFinite(duration) && duration > 0 ? duration : (knownDuration ?? 0);
      if (total > 0) report((currentTime / total) * 100);
    },
    onEnded: () => {
      report(100);
      finished.current = true;
    },
  };
}
