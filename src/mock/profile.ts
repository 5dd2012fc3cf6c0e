import { type DayNumber, type DayRange, dayOf } from './calendar';
import type { VideoRecord } from './dataset';
import { between, chance, hashOf, type Random, randomFor, unitOf } from './random';

/** Open-ended weights (devices, browsers, countries) that become whole percentages. */
export type Weights = Record<string, number>;

/** How one video performs: fixed per seed and video, so any date range reads from the same underlying audience. */
export interface VideoProfile {
  key: number;
  /**
   * First day views can happen: the day it was published (or created, if it never waited to publish), so a video
   * that publishes later adds no views to days already reported.
   */
  firstDay: DayNumber;
  /** Expected views on the first day; later days decay towards a long tail. */
  launchViews: number;
  /** Phases of the account-wide rhythm (campaigns, quiet spells) every video of a seed shares. */
  rhythm: [number, number];
  /** Share of viewers still watching at 25 %, 50 %, 75 % of the video. */
  retention: [number, number, number];
  uniqueRatio: number;
  engagementScore: number;
  clickRate: number;
  shareRate: number;
  reactionRates: Record<string, number>;
  devices: Weights;
  browsers: Weights;
  countries: Weights;
}

const optional = (random: Random, probability: number, min: number, max: number) =>
  chance(random, probability) ? between(random, min, max) : 0;

/** Drops zero weights so an optional key is either present with a share or absent altogether. */
const present = (weights: Weights): Weights => Object.fromEntries(Object.entries(weights).filter(([, w]) => w > 0));

function audienceOf(random: Random): Pick<VideoProfile, 'devices' | 'browsers' | 'countries'> {
  return {
    devices: present({
      mobile: between(random, 45, 75),
      desktop: between(random, 20, 45),
      tablet: between(random, 2, 10),
      tv: optional(random, 0.2, 1, 3),
    }),
    browsers: present({
      chrome: between(random, 45, 65),
      safari: between(random, 20, 35),
      firefox: between(random, 4, 12),
      edge: optional(random, 0.5, 3, 10),
      samsung: optional(random, 0.2, 2, 6),
      other: between(random, 2, 7),
    }),
    countries: present({
      US: between(random, 30, 55),
      UK: between(random, 8, 18),
      CA: between(random, 5, 12),
      DE: between(random, 4, 10),
      AU: optional(random, 0.4, 3, 8),
      FR: optional(random, 0.35, 3, 7),
      IN: optional(random, 0.25, 2, 6),
      NL: optional(random, 0.2, 2, 5),
      other: between(random, 10, 25),
    }),
  };
}

/** Keeps a lifted retention share a share: never all, never none. */
const share = (value: number) => Math.min(0.99, Math.max(0.05, value));

/** The performance profile of one video for a seed; `lift` (its template's) shifts how well it holds viewers. */
export function profileOf(seed: number, record: VideoRecord, lift = 0): VideoProfile {
  const random = randomFor(seed, 'profile', record.id);
  // Drawn first and shifted after, so a template's lift changes no other draw. Equal shifts keep r25 ≥ r50 ≥ r75.
  const r25 = share(between(random, 0.8, 0.97) + lift);
  const r50 = share(r25 * between(random, 0.8, 0.97));
  const r75 = share(r50 * between(random, 0.75, 0.97));
  const engagement = 3 + 6 * r75 + between(random, -0.8, 0.8);
  return {
    key: hashOf(seed, 'views', record.id),
    firstDay: dayOf(record.publishAt ?? record.createdMs),
    launchViews: 2 + 23 * random() ** 1.5,
    rhythm: [(hashOf(seed, 'rhythm') % 6283) / 1000, (hashOf(seed, 'rhythm', 2) % 6283) / 1000],
    retention: [r25, r50, r75],
    uniqueRatio: between(random, 0.72, 0.96),
    engagementScore: Math.min(10, Math.max(1, Math.round(engagement * 10) / 10)),
    clickRate: between(random, 0.05, 0.22),
    shareRate: between(random, 0.01, 0.07),
    reactionRates: {
      like: between(random, 0.12, 0.32),
      love: between(random, 0.04, 0.14),
      curious: between(random, 0.01, 0.07),
      ...present({
        wow: optional(random, 0.35, 0.01, 0.05),
        insightful: optional(random, 0.3, 0.01, 0.04),
        celebrate: optional(random, 0.15, 0.005, 0.03),
      }),
    },
    ...audienceOf(random),
  };
}

/**
 * The account-wide swing on a day: slow waves shared by all videos, so trend charts rise and fall. The 113-day wave
 * keeps two adjacent months from averaging out to the same total, so "vs the previous period" moves.
 */
const rhythmOn = ([slow, fast]: VideoProfile['rhythm'], day: DayNumber): number =>
  1 +
  0.3 * Math.sin((2 * Math.PI * day) / 61 + slow) +
  0.2 * Math.sin((2 * Math.PI * day) / 113 + fast) +
  0.12 * Math.sin((2 * Math.PI * day) / 17 + fast);

/**
 * Views on one day: a launch spike decaying to a long tail (so any later range still has views), quieter
 * weekends, an account-wide rhythm, and per-day noise drawn from a hash, so a day's count never depends on
 * which range asked for it.
 */
export function viewsOn(profile: VideoProfile, day: DayNumber): number {
  const age = day - profile.firstDay;
  if (age < 0) return 0;
  const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday.
  const weekend = weekday === 0 || weekday === 6 ? 0.7 : 1;
  const expected = profile.launchViews * (0.3 + 0.7 * Math.exp(-age / 21)) * weekend * rhythmOn(profile.rhythm, day);
  const noise = unitOf(profile.key ^ Math.imul(day, 0x9e3779b1));
  const scaled = expected * (0.6 + 0.8 * noise);
  const fraction = unitOf(profile.key ^ Math.imul(day, 0x85ebca6b) ^ 0x5bd1e995);
  return Math.floor(scaled) + (fraction < scaled % 1 ? 1 : 0);
}

/** Total views over a range. */
export function viewsIn(profile: VideoProfile, range: DayRange): number {
  let total = 0;
  for (let day = Math.max(range.start, profile.firstDay); day <= range.end; day++) total += viewsOn(profile, day);
  return total;
}
