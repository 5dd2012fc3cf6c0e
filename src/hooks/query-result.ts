import type { SixtySecondsError } from '../api';

/** The shape every read hook returns. */
export interface QueryResult<T> {
  /** The latest answer, or `undefined` before the first one. */
  data: T | undefined;
  /** Why the latest request failed; cleared by the next success. */
  error: SixtySecondsError | undefined;
  /** True while the first answer for the current parameters is on its way. */
  isLoading: boolean;
  /** True while any request (first load, poll, refetch, retry) is on its way. */
  isValidating: boolean;
  /** Asks again now; resolves with the fresh data (or `undefined` if it failed). */
  refetch: () => Promise<T | undefined>;
}
