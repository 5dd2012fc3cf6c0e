// Linear maps written out by hand: @visx/scale's scaleLinear costs ~11 kB min+gzip (d3-interpolate, d3-format) and
// these charts only ever need a straight numeric mapping. Value ticks come from d3-array (visx's vendored build), so
// every axis steps by 1, 2 or 5 × 10ⁿ; time ticks step by whole days, weeks, months or years (months counted below).
import { nice, tickStep, ticks } from '@visx/vendor/d3-array';

/** A linear map from a numeric domain to a pixel range; `invert` goes back. */
export interface LinearScale {
  (value: number): number;
  /** The pixel position's value. */
  invert(pixel: number): number;
  /** The values mapped, `[from, to]`. */
  domain: readonly [number, number];
  /** The pixels they map to, `[from, to]` (reversed for a y axis that grows upwards). */
  range: readonly [number, number];
}

/** Builds a linear scale; a zero-width domain maps everything to the start of the range. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = ((value: number) => r0 + (value - d0) * k) as LinearScale;
  scale.invert = (pixel: number) => (k === 0 ? d0 : d0 + (pixel - r0) / k);
  scale.domain = domain;
  scale.range = range;
  return scale;
}

/** A "nice" upper bound at or above `max` (1, 2, 2.5 or 5 times a power of ten), so axis ticks read well. */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= max) ?? 10;
  return step * power;
}

/** A value axis from 0: its top (a tick itself), the step between ticks and the ticks. */
export interface LinearTicks {
  /** The axis' top: `max` rounded up to the next tick. */
  top: number;
  /** The distance between ticks: 1, 2 or 5 × 10ⁿ. */
  step: number;
  /** 0, step, 2 × step, … top. */
  ticks: number[];
  /** The decimals a label needs to show every tick exactly: 0 for a step of 5, 1 for 0.5, 2 for 0.05. */
  digits: number;
}

/**
 * About `count` ticks from 0 to at least `max`, stepping by 1, 2 or 5 × 10ⁿ (d3-array), so every gridline's label is
 * exact: 0, 2, 4 … 10 rather than 0, 2.5 (shown "3"), 5 …. `integer` keeps whole steps for counts (no "0.5 views");
 * a `max` of 0 or less draws the axis to 1.
 */
export function linearTicks(max: number, count: number, integer = false): LinearTicks {
  const [, niceTop] = nice(0, max > 0 ? max : 1, count);
  let step = tickStep(0, niceTop, count);
  let top = niceTop;
  if (integer && step < 1) {
    step = 1;
    top = Math.ceil(niceTop);
  }
  const values = integer && step === 1 ? Array.from({ length: top + 1 }, (_, i) => i) : ticks(0, top, count);
  return { top, step, ticks: values, digits: Math.max(0, -Math.floor(Math.log10(step) + 1e-9)) };
}

/** One labelled tick of a time axis. */
export interface TimeTick {
  /** UTC milliseconds. */
  time: number;
  /** Its label: a day (`day`), a month (`month`) or a year (`year`) in the locale. */
  label: string;
}

/** How finely a time tick's label names its date. */
export type TimeTickUnit = 'day' | 'month' | 'year';

/** Options of `timeTicks`. */
export interface TimeTicksOptions {
  /** Where a time is drawn, in pixels. */
  x: (time: number) => number;
  /** The pixels a label may use, `[left, right]`: the plot plus the margins beside it. */
  bounds: readonly [number, number];
  /** A tick's label for the unit the chosen step counts in. */
  label: (time: number, unit: TimeTickUnit) => string;
  /** The smallest step in days, e.g. 7 when the points are weeks: no tick between two points. */
  minDays?: number | undefined;
  /** A label's width in pixels; an estimate from its length by default. */
  measure?: ((label: string) => number) | undefined;
}

const DAY_MS = 86_400_000;
/** Clear space between two neighbouring labels, in pixels. */
const LABEL_GAP = 12;

/** A conservative width for a 12 px label (0.62 em a character; digits and most letters are narrower). */
export const estimateLabelWidth = (label: string, fontSize = 12): number => label.length * fontSize * 0.62;

// Candidate steps, finest first: whole days, weeks counted from the first point (so weekly points get a tick each),
// calendar months from January, and years. Each candidate gives the tick times between `first` and `last`.
type Candidate = { days: number; unit: TimeTickUnit; times: (first: number, last: number) => number[] };
const every = (days: number): Candidate => ({
  days,
  unit: 'day',
  // Counted from 1970-01-01 (as d3's unixDay), so a 2-day step does not stumble at the end of a month.
  times: (first, last) => {
    const step = days * DAY_MS;
    const start = Math.ceil(first / step) * step;
    return Array.from({ length: Math.floor((last - start) / step) + 1 }, (_, i) => start + i * step);
  },
});
const weeks = (count: number): Candidate => ({
  days: 7 * count,
  unit: 'day',
  times: (first, last) =>
    Array.from(
      { length: Math.floor((last - first) / (7 * count * DAY_MS)) + 1 },
      (_, i) => first + i * 7 * count * DAY_MS,
    ),
});
/**
 * The first days of the months from `first` to `last` (UTC) whose number of months since year 0 is a multiple of
 * `step` (every month, every other month from January, quarters, halves; 12 × n for years divisible by n): what
 * d3-time's `utcMonth.every(step)` and `utcYear.every(n)` give, without d3-time's 2 kB of intervals in the bundle.
 */
function monthStarts(first: number, last: number, step: number): number[] {
  // Months counted from year 0; Date.UTC reads a two-digit year as 19xx, so the year is passed in full.
  const monthStart = (month: number) => Date.UTC(Math.floor(month / 12), month % 12);
  const start = new Date(first);
  let month = start.getUTCFullYear() * 12 + start.getUTCMonth();
  if (monthStart(month) < first) month++;
  month = Math.ceil(month / step) * step;
  const times: number[] = [];
  for (; monthStart(month) <= last; month += step) times.push(monthStart(month));
  return times;
}
const months = (count: number): Candidate => ({
  days: 30 * count,
  unit: 'month',
  times: (first, last) => monthStarts(first, last, count),
});
const years = (count: number): Candidate => ({
  days: 365 * count,
  unit: 'year',
  times: (first, last) => monthStarts(first, last, 12 * count),
});
const CANDIDATES: readonly Candidate[] = [
  every(1),
  every(2),
  weeks(1),
  weeks(2),
  months(1),
  months(2),
  months(3),
  months(6),
  ...[1, 2, 5, 10, 20, 50, 100].map(years),
];

/**
 * Ticks for a time axis, evenly spaced in time (every day, 2 days, week, 2 weeks, month, 2 months, quarter, half
 * year, year …): the finest step whose labels all fit between `bounds` without overlapping. A span shorter than a
 * day gets one tick at `first`.
 */
export function timeTicks(first: number, last: number, options: TimeTicksOptions): TimeTick[] {
  const { x, bounds, label, minDays = 1, measure = estimateLabelWidth } = options;
  if (!(last - first >= DAY_MS)) return [{ time: first, label: label(first, 'day') }];
  let fallback: TimeTick[] = [];
  for (const candidate of CANDIDATES) {
    if (candidate.days < minDays) continue;
    const placed: TimeTick[] = [];
    let end = Number.NEGATIVE_INFINITY;
    let fits = true;
    for (const time of candidate.times(first, last)) {
      const text = label(time, candidate.unit);
      const half = measure(text) / 2;
      const from = x(time) - half;
      const to = x(time) + half;
      // A label running off the chart's side is left out; the others keep their regular spacing.
      if (from < bounds[0] || to > bounds[1]) continue;
      // Labels are labelled in order and stop at the first overlap: a three-year daily axis does not word 1,095 days
      // to learn that two do not fit.
      if (placed.length > 0 && from - end < LABEL_GAP) {
        fits = false;
        break;
      }
      placed.push({ time, label: text });
      end = to;
    }
    if (placed.length === 0) continue;
    if (fits) return placed;
    fallback = placed.slice(0, 1);
  }
  return fallback;
}
