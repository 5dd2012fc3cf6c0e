import { type PieArcDatum, pie as pieLayout } from '@visx/vendor/d3-shape';
import { formatCount, formatPercent } from '../format';
import { countKeys, type DemographicSlice, type DemographicsDimension } from './demographic-slices';
import type { ChartTableData } from './primitives';

/** One computed arc: the slice plus its start and end angle in radians (clockwise from 12 o'clock). */
export type DonutArc = PieArcDatum<DemographicSlice>;

/** The donut's title per breakdown; also its accessible name. */
export const DONUT_TITLES: Record<DemographicsDimension, string> = {
  devices: 'Viewers by device',
  browsers: 'Viewers by browser',
  countries: 'Viewers by country',
};

const HEADINGS: Record<DemographicsDimension, string> = {
  devices: 'Device',
  browsers: 'Browser',
  countries: 'Country',
};

// visx's own d3-shape build, used directly rather than through `<Pie>`: the `@visx/shape` entry brings every shape
// and stack helper along (about 2 kB gzip), which the donut's 7 kB budget cannot carry. Angles follow the slices'
// order (largest first, "Other" last), which is also the legend's.
const layout = pieLayout<DemographicSlice>()
  .sort(null)
  .value((slice) => slice.value);

/** The arcs for `slices`, in their order. */
export const donutArcs = (slices: readonly DemographicSlice[]): DonutArc[] => layout([...slices]);

/** Where a tooltip for slice `index` sits: halfway round the slice, on the ring. */
export function midpoint(slices: readonly DemographicSlice[], index: number, cx: number, cy: number, r: number) {
  const before = slices.slice(0, index).reduce((acc, slice) => acc + slice.share, 0);
  const angle = (before + (slices[index]?.share ?? 0) / 2) * 2 * Math.PI;
  return { x: cx + Math.sin(angle) * r, y: cy - Math.cos(angle) * r };
}

// One basis for every number: the normalised share. The API's rounded percentages need not add up to 100, and a
// label read from them would disagree with the angle and the viewer count.
/** A slice's share as the donut shows it: "65.2%". */
export const slicePercent = (slice: DemographicSlice, locale: string) => formatPercent(slice.share, locale, 1);

/** The viewers behind a slice, when the total is known. */
export const sliceViewers = (slice: DemographicSlice, total: number, locale: string) =>
  formatCount(Math.round(total * slice.share), locale);

/** The sentence a screen reader hears first: the largest key and how many there are. */
export function donutSummary(slices: readonly DemographicSlice[], dimension: DemographicsDimension, locale: string) {
  const first = slices[0];
  if (!first) return undefined;
  const share = slicePercent(first, locale);
  return slices.length === 1
    ? `${first.label} is the only ${countKeys(dimension, 1, locale).replace(/^\S+ /, '')}, at ${share}.`
    : `${first.label} is the largest of ${countKeys(dimension, slices.length, locale)}, at ${share}.`;
}

/** The hidden table: every key (never folded), its share and, with a total, its viewers. */
export function donutTable(
  slices: readonly DemographicSlice[],
  dimension: DemographicsDimension,
  total: number | undefined,
  locale: string,
): ChartTableData {
  return {
    columns: [HEADINGS[dimension], 'Share of viewers', ...(total === undefined ? [] : ['Viewers'])],
    rows: slices.map((slice) => [
      slice.label,
      slicePercent(slice, locale),
      ...(total === undefined ? [] : [sliceViewers(slice, total, locale)]),
    ]),
  };
}
