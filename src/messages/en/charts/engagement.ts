import type { MessageTools } from '../../tools';

/** EngagementBreakdown: interactions, reactions, summary. */
export const engagement = {
  engagementTitle: 'Engagement',
  engagementReactions: 'Reactions',
  engagementEmpty: 'No clicks, shares or reactions in this period.',
  engagementColumnInteraction: 'Interaction',
  engagementColumnCount: 'Count',
  engagementReactionRow: ({ label }: { label: string }, _t: MessageTools) => `${label} (reaction)`,
  engagementSummary: (
    { clicks, shares, reactions }: { clicks: number; shares: number; reactions: number },
    t: MessageTools,
  ) =>
    `${t.plural(clicks, { one: '# click', other: '# clicks' })}, ${t.plural(shares, { one: '# share', other: '# shares' })} and ${t.plural(reactions, { one: '# reaction', other: '# reactions' })}.`,
  engagementReactionCount: ({ label }: { label: string }, _t: MessageTools) => `${label} reactions`,
  engagementLike: 'Like',
  engagementLove: 'Love',
  engagementCurious: 'Curious',
  engagementWow: 'Wow',
  engagementInsightful: 'Insightful',
  engagementCelebrate: 'Celebrate',
  engagementComment: 'Comments',
};
