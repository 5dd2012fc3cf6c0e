import type { PieArcDatum } from '@visx/vendor/d3-shape';
import type { DonutWords } from '../../messages/words';
import { formatCount } from '../format';
import { countKeys, type DemographicSlice, type DemographicsDimension } from './demographic-slices';
import { pieAngles } from './donut-geometry';
import type { ChartTableData } from './primitives';

/** One computed arc: the slice plus its start and end angle in radians (clockwise from 12 o'clock). */
export type DonutArc = PieArcDatum<DemographicSlice>;

const TITLES = {
  devices: 'donutTitleDevices',
  browsers: 'donutTitleBrowsers',
  countries: 'donutTitleCountries',
} as const;
const HEADINGS = {
  devices: 'donutColumnDevice',
  browsers: 'donutColumnBrowser',
  countries: 'donutColumnCountry',
} as const;

/** The donut's title per breakdown; also its accessible name. */
export const donutTitle = (dimension: DemographicsDimension, m: DonutWords): string => m[TITLES[dimension]];

/**
 * The arcs for `slices`, in their order (largest first, "Other" last), which is also the legend's: d3-shape's pie
 * layout unsorted, without d3-shape in the bundle (donut-geometry.ts).
 */
export const donutArcs = (slices: readonly DemographicSlice[]): DonutArc[] => pieAngles(slices, (slice) => slice.value);

/**
 * Where a tooltip for slice `index` sits: halfway round the slice, just outside the ring, and which way it opens
 * (away from the centre), so it never covers the total in the middle.
 */
export function midpoint(slices: readonly DemographicSlice[], index: number, cx: number, cy: number, r: number) {
  const before = slices.slice(0, index).reduce((acc, slice) => acc + slice.share, 0);
  const angle = (before + (slices[index]?.share ?? 0) / 2) * 2 * Math.PI;
  const side: 'left' | 'right' = Math.sin(angle) >= 0 ? 'right' : 'left';
  return { x: cx + Math.sin(angle) * r, y: cy - Math.cos(angle) * r, side };
}

// One basis for every number: the normalised share. The API's rounded percentages need not add up to 100, and a
// label read from them would disagree with the angle and the viewer count.
const percents = new Map<string, Intl.NumberFormat>();
/** A slice's share as the donut shows it, always with one decimal ("65.0%", "0.4%"): legend, tooltip and table agree. */
export function slicePercent(slice: DemographicSlice, locale: string): string {
  let format = percents.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    percents.set(locale, format);
  }
  return format.format(slice.share);
}

/** The viewers behind a slice, when the total is known. */
export const sliceViewers = (slice: DemographicSlice, total: number): number => Math.round(total * slice.share);

/** The sentence a screen reader hears first: the largest key and how many there are. */
export function donutSummary(
  slices: readonly DemographicSlice[],
  dimension: DemographicsDimension,
  locale: string,
  m: DonutWords,
) {
  const first = slices[0];
  if (!first) return undefined;
  const share = slicePercent(first, locale);
  return slices.length === 1
    ? m.donutSummaryOnly({ label: first.label, share })
    : m.donutSummary({ label: first.label, share, keys: countKeys(dimension, slices.length, m) });
}

/** The hidden table: every key (never folded), its share and, with a total, its viewers. */
export function donutTable(
  slices: readonly DemographicSlice[],
  dimension: DemographicsDimension,
  total: number | undefined,
  locale: string,
  m: DonutWords,
): ChartTableData {
  return {
    columns: [m[HEADINGS[dimension]], m.donutColumnShare, ...(total === undefined ? [] : [m.donutColumnViewers])],
    rows: slices.map((slice) => [
      slice.label,
      slicePercent(slice, locale),
      ...(total === undefined ? [] : [formatCount(sliceViewers(slice, total), locale)]),
    ]),
  };
}
