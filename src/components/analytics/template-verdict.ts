// What box plots of two to four templates can honestly say. No React: the words are pure functions of the numbers.
import { bindWords } from '../../messages/bind-words';
import { type CardWords, cardWords } from '../../messages/words';

/**
 * The fewest videos a template needs before its spread is compared: with fewer, its quartiles move a lot with
 * one more video, and "entirely above" would be a claim the data cannot carry.
 */
export const MIN_VIDEOS_TO_COMPARE = 5;

/** One template's side of a comparison on one metric. */
export interface VerdictInput {
  /** The template's name, as the sentence says it. */
  name: string;
  /** `total_videos` of the template in the period. */
  videos: number;
  /** `total_views` in the period; a template nobody watched has no spread to compare. */
  views: number;
  /** First quartile, median, third quartile of the metric. */
  quartiles: readonly [number, number, number];
}

/** Two templates whose middle halves do not overlap: `higher`'s first quartile is above `lower`'s third. */
export interface SeparatedPair {
  higher: string;
  lower: string;
}

/** What one metric's box plots support. */
export interface MetricVerdict {
  /** Templates left out: fewer than `MIN_VIDEOS_TO_COMPARE` videos, or no views. */
  excluded: Array<{ name: string; videos: number; reason: 'too-few' | 'no-views' }>;
  /** How many templates were compared pairwise (those not excluded). */
  compared: number;
  /** Every compared pair whose middle halves do not overlap; touching boxes count as overlapping. */
  separated: SeparatedPair[];
  /** The verdict in words. */
  text: string;
}

/**
 * Compares the templates' interquartile ranges pairwise; a difference is only named when the boxes do not overlap.
 * The text is in `m`'s language (English by default).
 */
export function templateVerdict(
  inputs: readonly VerdictInput[],
  minVideos = MIN_VIDEOS_TO_COMPARE,
  m: CardWords = bindWords('en-US', cardWords),
): MetricVerdict {
  const excluded: MetricVerdict['excluded'] = [];
  const eligible: VerdictInput[] = [];
  for (const input of inputs) {
    if (input.videos < minVideos) excluded.push({ name: input.name, videos: input.videos, reason: 'too-few' });
    else if (input.views <= 0) excluded.push({ name: input.name, videos: input.videos, reason: 'no-views' });
    else eligible.push(input);
  }
  const separated: SeparatedPair[] = [];
  let pairs = 0;
  for (let i = 0; i < eligible.length; i++) {
    for (let j = i + 1; j < eligible.length; j++) {
      const a = eligible[i] as VerdictInput;
      const b = eligible[j] as VerdictInput;
      pairs += 1;
      if (a.quartiles[0] > b.quartiles[2]) separated.push({ higher: a.name, lower: b.name });
      else if (b.quartiles[0] > a.quartiles[2]) separated.push({ higher: b.name, lower: a.name });
    }
  }
  return {
    excluded,
    compared: eligible.length,
    separated,
    text: verdictText(excluded, eligible.length, separated, pairs, minVideos, m),
  };
}

function excludedText(excluded: MetricVerdict['excluded'], minVideos: number, m: CardWords): string {
  const tooFew = excluded.filter((entry) => entry.reason === 'too-few');
  const unwatched = excluded.filter((entry) => entry.reason === 'no-views');
  const parts: string[] = [];
  if (tooFew.length > 0) {
    const counts = tooFew.map(({ name, videos }) => m.verdictTemplateVideos({ name, count: videos }));
    parts.push(m.verdictTooFewVideos({ counts, minVideos }));
  }
  if (unwatched.length > 0) parts.push(m.verdictNoViews({ names: unwatched.map((entry) => entry.name) }));
  return parts.join(' ');
}

function verdictText(
  excluded: MetricVerdict['excluded'],
  compared: number,
  separated: SeparatedPair[],
  pairs: number,
  minVideos: number,
  m: CardWords,
): string {
  const sentences: string[] = [];
  if (excluded.length > 0) sentences.push(excludedText(excluded, minVideos, m));
  if (compared < 2) return sentences.join(' ') || m.verdictTooFew;
  const among =
    excluded.length > 0 ? (compared === 2 ? m.verdictOfOtherTwo : m.verdictAmongOthers({ count: compared })) : '';
  if (separated.length === 0) {
    sentences.push(`${among}${pairs === 1 ? m.verdictOverlapPair : m.verdictOverlapAll}`);
    return sentences.join(' ');
  }
  // Group by the higher template, in the order the pairs were found, so "A's middle half is entirely above B's and C's".
  const byHigher = new Map<string, string[]>();
  for (const { higher, lower } of separated) byHigher.set(higher, [...(byHigher.get(higher) ?? []), lower]);
  const claims = [...byHigher].map(([higher, lowers]) => m.verdictAbove({ higher, lowers }));
  sentences.push(`${among}${claims.join(' ')}`);
  if (separated.length < pairs) sentences.push(m.verdictOtherPairsOverlap);
  return sentences.join(' ');
}
