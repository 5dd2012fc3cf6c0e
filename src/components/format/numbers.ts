// Intl formatters are costly to build, so each (locale, options) pair is built once.
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

/** A cached `Intl.NumberFormat` for one locale and set of options. */
export const numberFormat = (locale: string, options: Intl.NumberFormatOptions) =>
  cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));

/** A count with grouping: 1845 → "1,845" in en-US. */
export const formatCount = (value: number, locale: string) => numberFormat(locale, {}).format(value);

/** A large count in short form: 12 400 → "12K". */
export const formatCompact = (value: number, locale: string) =>
  numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);

/** A 0..1 share as a percentage: 0.76 → "76%". */
export const formatPercent = (share: number, locale: string, maximumFractionDigits = 0) =>
  numberFormat(locale, { style: 'percent', maximumFractionDigits }).format(share);

/** A number with at most `digits` decimals: 8.2 → "8.2". */
export const formatDecimal = (value: number, locale: string, digits = 1) =>
  numberFormat(locale, { maximumFractionDigits: digits }).format(value);

/** Seconds as a spoken duration: 1845.3 → "30 min 45 s"; 58.5 → "59 s"; 3700 → "1 h 1 min". */
export function formatDuration(seconds: number, locale: string): string {
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const unit = (value: number, name: 'hour' | 'minute' | 'second') =>
    numberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
  if (h > 0) return m > 0 ? `${unit(h, 'hour')} ${unit(m, 'minute')}` : unit(h, 'hour');
  if (m > 0) return s > 0 ? `${unit(m, 'minute')} ${unit(s, 'second')}` : unit(m, 'minute');
  return unit(s, 'second');
}

/** Seconds as a player clock: 58.5 → "0:59", 3700 → "1:01:40". */
export function formatClock(seconds: number): string {
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** The 0–10 engagement score with one decimal: 8.2 → "8.2". */
export const formatScore = (score: number, locale: string) => formatDecimal(score, locale, 1);

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** A file size in the largest fitting unit: 245678 → "245.7 kB". */
export function formatBytes(bytes: number, locale: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const name = BYTE_UNITS[unit] ?? 'byte';
  return numberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: 1 }).format(
    value,
  );
}
