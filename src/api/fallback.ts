import type { SixtySecondsErrorKind } from './errors';
import type { SixtySecondsQuery } from './queries';

/** One read the server answered: its query, its data and when it was fetched (ms since the epoch). */
export interface SixtySecondsFallbackEntry {
  /** The read, as the page listed it. */
  query: SixtySecondsQuery;
  /** The validated answer. */
  data: unknown;
  /** When the answer arrived, in ms since the epoch: the stale time counts from here. */
  fetchedAt: number;
}

/** One read the server could not answer: the hooks fetch it in the browser instead. */
export interface SixtySecondsFallbackFailure {
  /** The read, as the page listed it. */
  query: SixtySecondsQuery;
  /** The error, reduced to plain JSON for the host to log; it never contains the API key. */
  error: { kind: SixtySecondsErrorKind; message: string; status?: number; code?: string };
}

/**
 * What `prefetchQueries` returns and `<SixtySecondsProvider fallback>` takes: plain JSON (no dates, classes or
 * functions), so a React Server Component can pass it to the client provider as a prop.
 */
export interface SixtySecondsFallback {
  /** The reads that succeeded. */
  entries: SixtySecondsFallbackEntry[];
  /** The reads that failed, for the host to log; never rendered as errors. */
  failures: SixtySecondsFallbackFailure[];
}
