import type { MessageTools } from '../tools';

/** "A and B's" in English: a name's possessive. */
const possessive = (name: string) => (name.endsWith('s') ? `${name}'` : `${name}'s`);
/** "A, B and C" in the catalogue's language. */
const list = (names: readonly string[], t: MessageTools) =>
  new Intl.ListFormat(t.locale, { type: 'conjunction' }).format(names);

/** Metric and summary cards, the top-videos table and template comparison. */
export const cards = {
  // Summary cards (account and template totals).
  summaryVideos: 'Videos',
  summaryAverageCompletionRate: 'Average completion rate',
  summaryAverageEngagementScore: 'Average engagement score',
  summaryInteractions: 'Interactions',
  /** The score on a card, with its scale: "7.0 / 10". */
  cardsScoreOutOfTen: ({ score }: { score: string }, t: MessageTools) => `${score} / ${t.number(10)}`,
  // "▲ +12% vs account": the words screen readers hear for the arrow, and the note.
  comparisonUp: 'Up',
  comparisonDown: 'Down',
  comparisonSame: 'Same',
  comparisonAccount: 'account',
  comparisonVs: ({ change, baseline }: { change: string; baseline: string }, _t: MessageTools) =>
    `${change} vs ${baseline}`,
  /** A change in points, short: "4 pts", "1 pt"; `text` is `points` written at the metric's precision. */
  changePointsShort: ({ points, digits, text }: { points: number; digits: number; text: string }, t: MessageTools) =>
    t.plural(points, { one: `${text} pt`, other: `${text} pts` }, digits),
  /** A change in points, spoken: "4 points". */
  changePointsSpoken: ({ points, digits, text }: { points: number; digits: number; text: string }, t: MessageTools) =>
    t.plural(points, { one: `${text} point`, other: `${text} points` }, digits),
  // The change from the previous period.
  deltaVsPrevious: ({ days }: { days: number }, t: MessageTools) =>
    t.plural(days, { one: 'vs previous day', other: 'vs previous # days' }),
  deltaNew: ({ days }: { days: number }, t: MessageTools) =>
    t.plural(days, { one: 'New · none in the previous day', other: 'New · none in the previous # days' }),
  deltaNewSpoken: ({ days }: { days: number }, t: MessageTools) =>
    t.plural(days, { one: 'New: none in the previous day.', other: 'New: none in the previous # days.' }),
  deltaUpSpoken: ({ amount, days }: { amount: string; days: number }, t: MessageTools) =>
    t.plural(days, { one: `Up ${amount} from the previous day.`, other: `Up ${amount} from the previous # days.` }),
  deltaDownSpoken: ({ amount, days }: { amount: string; days: number }, t: MessageTools) =>
    t.plural(days, {
      one: `Down ${amount} from the previous day.`,
      other: `Down ${amount} from the previous # days.`,
    }),
  deltaSameSpoken: ({ days }: { days: number }, t: MessageTools) =>
    t.plural(days, { one: 'Unchanged from the previous day.', other: 'Unchanged from the previous # days.' }),
  // The top-videos table.
  topVideosCaption: 'Top videos',
  topVideosVideo: 'Video',
  topVideosEmpty: 'No videos to rank yet.',
  topVideosLoading: 'Loading top videos…',
  // Template comparison.
  templatesTitle: 'Template comparison',
  templatesDefaultPeriod: "Each template's default period; choose dates to compare the same days",
  templatesChoose: 'Choose two to four templates to compare.',
  templatesChooseHint: 'Their results appear side by side, over the same period.',
  templatesLoading: 'Loading the templates…',
  templatesLoadingOne: ({ name }: { name: string }, _t: MessageTools) => `Loading ${name}…`,
  templatesErrorWhat: ({ name }: { name: string }, _t: MessageTools) => `the template "${name}"`,
  templatesExplainer: ({ minVideos }: { minVideos: number }, t: MessageTools) =>
    "Each box is a template's middle half of videos (first to third quartile), the bar its median, the whiskers its " +
    'lowest and highest video. A difference is named only where the middle halves do not overlap, and only for ' +
    t.plural(minVideos, { one: 'templates with at least # video.', other: 'templates with at least # videos.' }),
  templatesWatchTime: 'Watch time',
  templatesWaiting: 'Waiting for a second template to compare with.',
  templatesVideoCount: ({ count }: { count: number }, t: MessageTools) =>
    t.plural(count, { one: '# video', other: '# videos' }),
  templatesNoViews: 'no views in this period',
  templatesTopVideos: ({ name }: { name: string }, _t: MessageTools) => `Top videos: ${name}`,
  templatesTotalsCaption: 'Totals (★ marks the highest in each row)',
  templatesHighest: '(highest)',
  templatesPickerLegend: ({ max }: { max: number }, t: MessageTools) =>
    `Templates to compare (${t.number(2)} to ${t.number(max)})`,
  // The verdict under each box plot.
  verdictTooFewVideos: ({ counts, minVideos }: { counts: string[]; minVideos: number }, t: MessageTools) =>
    `Too few videos to compare: ${list(counts, t)} (at least ${t.number(minVideos)} needed).`,
  verdictTemplateVideos: ({ name, count }: { name: string; count: number }, t: MessageTools) =>
    t.plural(count, { one: `${name} has # video`, other: `${name} has # videos` }),
  verdictNoViews: ({ names }: { names: string[] }, t: MessageTools) => `No views to compare for ${list(names, t)}.`,
  verdictTooFew: 'Too few videos to compare.',
  verdictOfOtherTwo: 'Of the other two: ',
  verdictAmongOthers: ({ count }: { count: number }, t: MessageTools) => `Among the other ${t.number(count)}: `,
  verdictOverlapPair: 'No clear difference: the middle halves overlap.',
  verdictOverlapAll: "No clear difference: every pair's middle halves overlap.",
  verdictAbove: ({ higher, lowers }: { higher: string; lowers: string[] }, t: MessageTools) =>
    `${possessive(higher)} middle half is entirely above ${list(lowers.map(possessive), t)}.`,
  verdictOtherPairsOverlap: "The other pairs' middle halves overlap: no clear difference between them.",
};
