import type { Engagement } from '../../api';
import type { EngagementWords } from '../../messages/words';
import { CHART_COLORS } from '../../theme';
import { humanizeKey } from '../format';

/** Whether a bar counts clicks, shares or one reaction. */
export type EngagementKind = 'click' | 'share' | 'reaction';

/** One bar of the engagement breakdown. */
export interface EngagementBar {
  /** `clicks`, `shares`, or the reaction's key as the API sent it (`like`, `love`, …). */
  key: string;
  label: string;
  kind: EngagementKind;
  count: number;
  color: string;
}

/** The colour of each kind; the legend shows the same values. */
export const ENGAGEMENT_COLORS: Record<EngagementKind, string> = {
  click: CHART_COLORS[0] as string,
  share: CHART_COLORS[1] as string,
  reaction: CHART_COLORS[2] as string,
};

// The reactions the catalogue names; any other key the API sends reads as words ("thumbs_up" → "Thumbs up").
const REACTIONS = {
  like: 'engagementLike',
  love: 'engagementLove',
  curious: 'engagementCurious',
  wow: 'engagementWow',
  insightful: 'engagementInsightful',
  celebrate: 'engagementCelebrate',
  comment: 'engagementComment',
  comments: 'engagementComment',
} as const satisfies Record<string, keyof EngagementWords>;

/** A reaction's name in the catalogue's language, or the API's key as words. */
const reactionLabel = (key: string, m: EngagementWords) =>
  key.toLowerCase() in REACTIONS ? m[REACTIONS[key.toLowerCase() as keyof typeof REACTIONS]] : humanizeKey(key);

/** Clicks, shares, then every reaction the API returned, most frequent first. */
export function engagementBars(engagement: Engagement, m: EngagementWords): EngagementBar[] {
  const reactions = Object.entries(engagement.reactions)
    .filter(([, count]) => Number.isFinite(count))
    .sort(([ka, a], [kb, b]) => b - a || (ka < kb ? -1 : ka > kb ? 1 : 0))
    .map(
      ([key, count]): EngagementBar => ({
        key,
        label: reactionLabel(key, m),
        kind: 'reaction',
        count,
        color: ENGAGEMENT_COLORS.reaction,
      }),
    );
  return [
    { key: 'clicks', label: m.metricClicks, kind: 'click', count: engagement.clicks, color: ENGAGEMENT_COLORS.click },
    { key: 'shares', label: m.metricShares, kind: 'share', count: engagement.shares, color: ENGAGEMENT_COLORS.share },
    ...reactions,
  ];
}
