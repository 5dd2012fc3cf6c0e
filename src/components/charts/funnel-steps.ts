import type { WatchSegment } from '../../api';

/** One funnel bar: a watch-time segment with its share of the starting viewers and the drop from the previous one. */
export interface FunnelStep {
  segment: string;
  viewers: number;
  /** Viewers ÷ viewers of the first segment: 0..1, or above 1 when viewers joined after the start. */
  share: number;
  /** Viewers lost since the previous segment (negative if more arrived); `0` for the first. */
  dropViewers: number;
  /** `dropViewers` ÷ the previous segment's viewers; `0` for the first. */
  dropShare: number;
}

/** Turns `watch_time_distribution` into funnel steps; empty when the first segment has no viewers. */
export function funnelSteps(segments: readonly WatchSegment[]): FunnelStep[] {
  const start = segments[0]?.viewers ?? 0;
  if (start <= 0) return [];
  return segments.map((segment, index) => {
    const previous = index === 0 ? segment.viewers : (segments[index - 1]?.viewers ?? 0);
    const dropViewers = previous - segment.viewers;
    return {
      segment: segment.segment,
      viewers: segment.viewers,
      share: segment.viewers / start,
      dropViewers,
      dropShare: previous > 0 ? dropViewers / previous : 0,
    };
  });
}
