import { isSixtySecondsError } from './errors';

/** How retries back off. */
export interface RetryPolicy {
  /** Attempts after the first; 0 turns retrying off. */
  retries: number;
  /** Delay before the first retry, doubled each time. */
  baseDelayMs: number;
  /**
   * The longest backoff wait. A `Retry-After` from the API is waited in full, however long: retrying sooner only
   * earns another 429 (or a ban) and spends an attempt.
   */
  maxDelayMs: number;
}

/** The provider's `retry` prop: any part of a `RetryPolicy`; the rest keeps its default. */
export type RetryOptions = { [Key in keyof RetryPolicy]?: RetryPolicy[Key] | undefined };

/** Three retries, 500 ms doubling, backoff at most 30 s. */
export const DEFAULT_RETRY: RetryPolicy = { retries: 3, baseDelayMs: 500, maxDelayMs: 30_000 };

/**
 * The delay before retry number `attempt` (1-based), or `undefined` when the error must not be retried: the full
 * `Retry-After` when the API sent one, otherwise the doubling backoff up to `maxDelayMs`.
 */
export function retryDelay(error: unknown, attempt: number, policy: RetryPolicy = DEFAULT_RETRY): number | undefined {
  if (!isSixtySecondsError(error) || !error.retryable || attempt > policy.retries) return undefined;
  const backoff = policy.baseDelayMs * 2 ** (attempt - 1);
  return error.retryAfterMs ?? Math.min(policy.maxDelayMs, backoff);
}

/** Reads a `Retry-After` header (seconds or an HTTP date) as milliseconds from `now`. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
