import type { PanelWords } from '../../messages/words';

/** A reporting period as the filter and the hooks take it: `YYYY-MM-DD` ends, both optional (the API's default). */
export interface DateRangeValue {
  /** First day, inclusive. */
  startDate?: string | undefined;
  /** Last day, inclusive. */
  endDate?: string | undefined;
}

/** A named quick choice of period. */
export interface DateRangePreset {
  /** Stable id, e.g. `last-7-days`. */
  id: string;
  /** What the button says, in the catalogue's language. */
  label: (m: PanelWords) => string;
  /** The range this preset means on `today`. */
  range: (today: string) => Required<DateRangeValue>;
}

const DAY_MS = 86_400_000;

/** Today's date in UTC as `YYYY-MM-DD`: the same on server and browser, whatever their time zones. */
export const utcToday = (now = Date.now()) => new Date(now).toISOString().slice(0, 10);

/** Today's date where the viewer is (the runtime's time zone) as `YYYY-MM-DD`: what their calendar says. */
export const localToday = (now = Date.now()) => {
  const date = new Date(now);
  const pad = (part: number, width = 2) => String(part).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

/** `iso` moved by `days` (negative for earlier), computed in UTC so daylight saving never skips a day. */
export const addDays = (iso: string, days: number) => utcToday(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS);

const lastDays = (days: number): DateRangePreset => ({
  id: `last-${days}-days`,
  label: (m) => m.dateRangeLastDays({ days }),
  range: (today) => ({ startDate: addDays(today, -(days - 1)), endDate: today }),
});

/**
 * The built-in presets: last 7, 28 and 90 days (today included) and this calendar month so far. 28 days (four whole
 * weeks) is the account's default period, so the preset in effect shows as pressed before anything is chosen.
 */
export const DATE_RANGE_PRESETS: DateRangePreset[] = [
  lastDays(7),
  lastDays(28),
  lastDays(90),
  {
    id: 'this-month',
    label: (m) => m.dateRangeThisMonth,
    range: (today) => ({ startDate: `${today.slice(0, 8)}01`, endDate: today }),
  },
];

/** The preset `value` equals on `today`, if any, so its button can show as pressed. */
export const matchPreset = (value: DateRangeValue, today: string) =>
  DATE_RANGE_PRESETS.find((preset) => {
    const range = preset.range(today);
    return range.startDate === value.startDate && range.endDate === value.endDate;
  });

/** True when both ends are set and the end comes before the start (ISO dates compare as strings). */
export const isReversed = (range: DateRangeValue) =>
  Boolean(range.startDate && range.endDate && range.endDate < range.startDate);

/**
 * True when every set end is a full date from 1970 on. Browsers fire `change` while a year is still being typed
 * (0002, 0020, 0202, 2025), and those passing dates must not each become a request.
 */
export const isSettled = (range: DateRangeValue) =>
  [range.startDate, range.endDate].every((date) => !date || (/^\d{4}-\d{2}-\d{2}$/.test(date) && date >= '1970'));
