import type { MessageTools } from '../../tools';

/** CompletionFunnel: steps, viewers left or joined, summary, hidden table. */
export const funnel = {
  funnelTitle: 'Completion funnel',
  funnelEmpty: 'No viewers started this video in this period.',
  funnelViewers: ({ count }: { count: number }, t: MessageTools) =>
    t.plural(count, { one: '# viewer', other: '# viewers' }),
  funnelPoints: ({ count }: { count: number }, t: MessageTools) => t.plural(count, { one: '# pt', other: '# pts' }),
  funnelLeft: ({ count }: { count: number }, t: MessageTools) =>
    t.plural(count, { one: '# viewer left', other: '# viewers left' }),
  funnelJoined: ({ count }: { count: number }, t: MessageTools) =>
    t.plural(count, { one: '# viewer joined', other: '# viewers joined' }),
  funnelStep: ({ segment, share, viewers }: { segment: string; share: string; viewers: string }, _t: MessageTools) =>
    `${segment}: ${share} of starting viewers (${viewers})`,
  funnelSummary: (
    { viewers, total, share, segment }: { viewers: string; total: string; share: string; segment: string },
    _t: MessageTools,
  ) => `${viewers} of ${total} (${share}) reached the last segment, ${segment}.`,
  funnelColumnSegment: 'Segment',
  funnelColumnViewers: 'Viewers',
  funnelColumnShare: 'Share of starting viewers',
  funnelColumnChange: 'Change in share from previous segment',
  funnelColumnMoved: 'Viewers left or joined',
};
