import type { SWRConfiguration } from 'swr';
import { isSixtySecondsError, type RetryPolicy, retryDelay } from '../api';

/**
 * Retries a failed read by `policy`. Once those retries are spent, a failure worth retrying (network, timeout, 429,
 * 5xx) is tried again every poll interval while `pollMs()` returns one: SWR skips its own polls while a key holds an
 * error, so without this a list polling a processing video would stop for good after one bad spell.
 */
export function errorRetry(
  policy: () => RetryPolicy,
  pollMs: () => number = () => 0,
): NonNullable<SWRConfiguration['onErrorRetry']> {
  return (error, _key, _config, revalidate, { retryCount }) => {
    const delay = retryDelay(error, retryCount, policy());
    if (delay !== undefined) {
      setTimeout(() => revalidate({ retryCount }), delay);
      return;
    }
    const interval = pollMs();
    if (!interval || !isSixtySecondsError(error) || !error.retryable) return;
    // The count stays past the policy's, so a poll that fails again waits another interval rather than bursting.
    setTimeout(() => pollMs() && revalidate({ retryCount }), Math.max(interval, error.retryAfterMs ?? 0));
  };
}
