import { round } from './numbers';
import type { VideoProfile } from './profile';

/** Everything the mock reports about a video for some number of views; every figure follows from the views. */
export interface VideoStats {
  views: number;
  uniqueViewers: number;
  totalWatchTime: number;
  /** Per view, so `null` with no views (as are the rate and score): nothing was watched to average. */
  averageWatchTime: number | null;
  completionRate: number | null;
  engagementScore: number | null;
  clicks: number;
  shares: number;
  reactions: Record<string, number>;
  /** Viewers reaching 0 %, 25 %, 50 %, 75 %: the watch-time distribution, never increasing. */
  segments: [number, number, number, number];
}

/** The watch-time segment labels, in order. */
export const SEGMENT_LABELS = ['0-25%', '25-50%', '50-75%', '75-100%'] as const;

/** Share of the video an average view covers, from where viewers drop out (mid-segment on average). */
function watchedFraction([r25, r50, r75]: VideoProfile['retention']): number {
  return 0.125 * (1 - r25) + 0.375 * (r25 - r50) + 0.625 * (r50 - r75) + 0.95 * r75;
}

/** Derives a video's figures from its profile, its length in seconds and a number of views. */
export function statsFor(profile: VideoProfile, duration: number, views: number): VideoStats {
  const [r25, r50, r75] = profile.retention;
  // Rounding is monotone and the ratios never increase, so the segments never increase either.
  const segments: VideoStats['segments'] = [
    views,
    Math.round(views * r25),
    Math.round(views * r50),
    Math.round(views * r75),
  ];
  const averageWatchTime = views > 0 ? round(duration * watchedFraction(profile.retention), 1) : null;
  const reactions: Record<string, number> = {};
  for (const [name, rate] of Object.entries(profile.reactionRates)) reactions[name] = Math.round(views * rate);
  return {
    views,
    uniqueViewers: views > 0 ? Math.max(1, Math.min(views, Math.round(views * profile.uniqueRatio))) : 0,
    totalWatchTime: round((averageWatchTime ?? 0) * views, 1),
    averageWatchTime,
    // No views, no score: a rate or score over nobody is unknown, not 0 % or the bottom of the scale.
    completionRate: views > 0 ? round(segments[3] / views, 2) : null,
    engagementScore: views > 0 ? profile.engagementScore : null,
    clicks: Math.round(views * profile.clickRate),
    shares: Math.round(views * profile.shareRate),
    reactions,
    segments,
  };
}

/** Clicks, shares and reactions added up: what the account summary calls interactions. */
export const interactionsOf = (stats: VideoStats): number =>
  stats.clicks + stats.shares + Object.values(stats.reactions).reduce((sum, n) => sum + n, 0);
