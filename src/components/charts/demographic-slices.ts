import type { DonutWords } from '../../messages/words';
import { CHART_COLORS } from '../../theme';
import { humanizeKey } from '../format';

/** Which breakdown of `viewer_demographics` a donut shows. */
export type DemographicsDimension = 'devices' | 'browsers' | 'countries';

/** One slice: the API's key, a readable label, its percentage and colour. */
export interface DemographicSlice {
  key: string;
  label: string;
  /** The API's value: a percentage of viewers, e.g. `65`. */
  value: number;
  /**
   * The slice's share of all values, 0..1: its angle, its shown percentage and its viewer count all come from this,
   * so they agree even when the API's rounded percentages do not add up to 100.
   */
  share: number;
  /** `var(--ss-color-chart-N)`; arc and legend swatch use the same value. */
  color: string;
  /** On the folded "Other" slice only (`arcs[i].data` of the render prop): the slices it holds, largest first, the API's own `other` last. */
  folded?: readonly DemographicSlice[] | undefined;
}

// Names the catalogue words (devices, "other") and brand names written their own way.
const KNOWN: Record<string, (m: DonutWords) => string> = {
  other: (m) => m.donutOther,
  mobile: (m) => m.donutDeviceMobile,
  desktop: (m) => m.donutDeviceDesktop,
  tablet: (m) => m.donutDeviceTablet,
  tv: (m) => m.donutDeviceTv,
  ios: () => 'iOS',
  edge: () => 'Edge',
  samsung: () => 'Samsung Internet',
};

// "UK" is what the API sends for the United Kingdom; ISO 3166 (and so Intl) calls it GB.
const REGION_ALIASES: Record<string, string> = { UK: 'GB' };

const regionNames = new Map<string, Intl.DisplayNames>();

function regionName(code: string, locale: string): string {
  if (typeof Intl.DisplayNames !== 'function' || !/^[A-Za-z]{2}$/.test(code)) return code;
  const upper = code.toUpperCase();
  try {
    let names = regionNames.get(locale);
    if (!names) {
      names = new Intl.DisplayNames([locale], { type: 'region' });
      regionNames.set(locale, names);
    }
    return names.of(REGION_ALIASES[upper] ?? upper) ?? upper;
  } catch {
    return upper;
  }
}

// A readable label for a demographic key. Country names come from `Intl.DisplayNames` only when `displayNames` is
// true (after hydration), because server and browser may ship different region data.
function demographicLabel(
  dimension: DemographicsDimension,
  key: string,
  locale: string,
  displayNames: boolean,
  m: DonutWords,
) {
  const known = KNOWN[key.toLowerCase()];
  if (known) return known(m);
  if (dimension === 'countries') return displayNames ? regionName(key, locale) : key.toUpperCase();
  return humanizeKey(key);
}

/** Slices sorted by value, largest first, with `other` always last; each with its colour and share. */
export function demographicSlices(
  record: Readonly<Record<string, number>>,
  dimension: DemographicsDimension,
  locale: string,
  displayNames: boolean,
  m: DonutWords,
): DemographicSlice[] {
  const entries = Object.entries(record).filter(([, value]) => Number.isFinite(value) && value > 0);
  const isOther = (key: string) => key.toLowerCase() === 'other';
  entries.sort(
    ([ka, a], [kb, b]) => Number(isOther(ka)) - Number(isOther(kb)) || b - a || (ka < kb ? -1 : ka > kb ? 1 : 0),
  );
  // Summed relative to the largest value: 1e308 + 1e308 overflows to Infinity (every share 0 %), each ratio cannot.
  const largest = entries.reduce((max, [, value]) => Math.max(max, value), 0);
  const sum = entries.reduce((total, [, value]) => total + value / largest, 0);
  // "other" is always the neutral last colour; named slices cycle through the rest of the palette, except that an
  // eighth named slice with no "other" beside it takes the last colour instead of repeating the first.
  const named = CHART_COLORS.length - 1;
  const fits = entries.length <= CHART_COLORS.length;
  return entries.map(([key, value], index) => ({
    key,
    label: demographicLabel(dimension, key, locale, displayNames, m),
    value,
    share: sum > 0 ? value / largest / sum : 0,
    color: (isOther(key) || (fits && index === named) ? CHART_COLORS[named] : CHART_COLORS[index % named]) as string,
  }));
}

const NOUNS = { devices: 'donutDevices', browsers: 'donutBrowsers', countries: 'donutCountries' } as const;

/** How many keys of a breakdown, in words: "1 device", "20 countries". */
export const countKeys = (dimension: DemographicsDimension, count: number, m: DonutWords): string =>
  m[NOUNS[dimension]]({ count });

/**
 * At most `maxSlices` slices: the largest `maxSlices - 1` as they are, then one "Other" slice holding the rest (and
 * the API's own `other`), labelled with how many keys it holds and coloured the neutral last palette colour, so
 * with the default of one slice per palette colour no two slices share a colour. Fewer slices come back unchanged.
 */
export function foldSlices(
  slices: DemographicSlice[],
  maxSlices: number,
  dimension: DemographicsDimension,
  m: DonutWords,
): DemographicSlice[] {
  const limit = maxSlices >= 1 ? Math.floor(maxSlices) : 1;
  if (slices.length <= limit) return slices;
  const kept = slices.slice(0, limit - 1);
  const folded = slices.slice(limit - 1);
  let value = 0;
  let share = 0;
  for (const slice of folded) {
    value += slice.value;
    share += slice.share;
  }
  const other: DemographicSlice = {
    key: 'other',
    label: m.donutOtherFolded({ keys: countKeys(dimension, folded.length, m) }),
    value,
    share,
    color: CHART_COLORS[CHART_COLORS.length - 1] as string,
    folded,
  };
  return [...kept, other];
}
