import { INPUT_MESSAGES, type VideoStatus } from '../api';
import { type DayNumber, type DayRange, type Grouping, parseIsoDate } from './calendar';

/** A parsed input, or the per-field messages a 400/422 reports. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; fields: Record<string, string> };

/** The longest reporting range the mock accepts: about ten years of days. */
export const MAX_RANGE_DAYS = 3660;

const STATUSES: VideoStatus[] = ['draft', 'processing', 'published', 'failed'];
const GROUPINGS: Grouping[] = ['day', 'week', 'month'];

/** A whole number written plainly (`2`, not `2.0`, `+2` or `0x2`). */
const wholeNumber = (text: string): number | undefined => (/^\d{1,9}$/.test(text) ? Number(text) : undefined);

/** Options of `GET /videos` after defaults. */
export interface ListQuery {
  page: number;
  limit: number;
  status: VideoStatus | undefined;
}

/** Reads `page`, `limit` (default 20, 1–100) and `status` from a query string. */
export function parseListQuery(query: URLSearchParams): Parsed<ListQuery> {
  const fields: Record<string, string> = {};
  const pageText = query.get('page');
  const limitText = query.get('limit');
  const statusText = query.get('status');
  const page = pageText === null ? 1 : wholeNumber(pageText);
  const limit = limitText === null ? 20 : wholeNumber(limitText);
  if (page === undefined || page < 1) fields.page = INPUT_MESSAGES.page;
  if (limit === undefined || limit < 1 || limit > 100) fields.limit = INPUT_MESSAGES.limit;
  if (statusText !== null && !STATUSES.includes(statusText as VideoStatus)) fields.status = INPUT_MESSAGES.status;
  if (Object.keys(fields).length) return { ok: false, fields };
  return {
    ok: true,
    value: {
      page: page as number,
      limit: limit as number,
      status: (statusText ?? undefined) as VideoStatus | undefined,
    },
  };
}

/** Where a range falls when the caller leaves out one end or both. */
export interface RangeDefaults {
  end: DayNumber;
  /** The default first day, given the (possibly caller-chosen) last day. */
  start: (end: DayNumber) => DayNumber;
}

/** Checks two optional `YYYY-MM-DD` values (named after their fields) and fills in defaults. */
export function parseRange(
  startText: string | null | undefined,
  endText: string | null | undefined,
  defaults: RangeDefaults,
  names: { start: string; end: string } = { start: 'start_date', end: 'end_date' },
): Parsed<DayRange> {
  const fields: Record<string, string> = {};
  const start = startText == null ? undefined : parseIsoDate(startText);
  const end = endText == null ? undefined : parseIsoDate(endText);
  if (startText != null && start === undefined) fields[names.start] = INPUT_MESSAGES.date;
  if (endText != null && end === undefined) fields[names.end] = INPUT_MESSAGES.date;
  if (Object.keys(fields).length) return { ok: false, fields };
  const last = end ?? Math.max(defaults.end, start ?? defaults.end);
  const first = start ?? Math.min(defaults.start(last), last);
  if (last < first) return { ok: false, fields: { [names.end]: INPUT_MESSAGES.endBeforeStart } };
  if (last - first + 1 > MAX_RANGE_DAYS)
    return { ok: false, fields: { [names.end]: `A range can cover at most ${MAX_RANGE_DAYS} days.` } };
  return { ok: true, value: { start: first, end: last } };
}

/** Reads `start_date` and `end_date` from a query string. */
export const parseRangeQuery = (query: URLSearchParams, defaults: RangeDefaults): Parsed<DayRange> =>
  parseRange(query.get('start_date'), query.get('end_date'), defaults);

/** Reads `group_by` (default `week`, as the API's example buckets by week). */
export function parseGrouping(query: URLSearchParams): Parsed<Grouping> {
  const text = query.get('group_by');
  if (text === null) return { ok: true, value: 'week' };
  return GROUPINGS.includes(text as Grouping)
    ? { ok: true, value: text as Grouping }
    : { ok: false, fields: { group_by: INPUT_MESSAGES.groupBy } };
}
