const cache = new Map<string, Intl.DateTimeFormat>();

const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions) => {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (!formatter) {
    // UTC so that server and browser render the same text whatever their time zones.
    formatter = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
    cache.set(key, formatter);
  }
  return formatter;
};

/** An ISO timestamp or `YYYY-MM-DD` date as a medium date: "Feb 15, 2025" in en-US. */
export const formatDate = (iso: string, locale: string) =>
  dateFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));

/** A short axis label: "Feb 15". */
export const formatShortDate = (iso: string, locale: string) =>
  dateFormat(locale, { month: 'short', day: 'numeric' }).format(new Date(iso));

/** A month label: "Feb 2025". */
export const formatMonth = (iso: string, locale: string) =>
  dateFormat(locale, { month: 'short', year: 'numeric' }).format(new Date(iso));

/** A timestamp with date, time and zone, in UTC so server and browser agree: "Mar 12, 2025, 3:30 PM UTC". */
export const formatDateTime = (iso: string, locale: string) =>
  dateFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(iso));
