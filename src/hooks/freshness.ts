import { isVideosKey } from '../api';

/** How long data stays fresh: no request for it on mount or hydration until then. */
export interface StaleTime {
  /** Video lists, in ms; 10 s by default. */
  listsMs: number;
  /** Analytics (video, account, template), in ms; 60 s by default. */
  analyticsMs: number;
}

/** 10 s for lists, 60 s for analytics. */
export const DEFAULT_STALE_TIME: StaleTime = { listsMs: 10_000, analyticsMs: 60_000 };

/** The stale time that applies to a hook's cache key. */
export const staleTimeOf = (key: readonly unknown[], staleTime: StaleTime): number =>
  isVideosKey(key) ? staleTime.listsMs : staleTime.analyticsMs;

/**
 * When each cache entry last received data (a fetch, a server prefetch, `setData`), so a mount can tell fresh data,
 * which it shows without asking, from stale data, which it shows and asks again for. No React here.
 */
export class Freshness {
  private readonly entries = new Map<string, { key: readonly unknown[]; at: number }>();

  /** Records that `hash` (the serialised `key`) got data at `at`. */
  mark(hash: string, key: readonly unknown[], at = Date.now()): void {
    this.entries.set(hash, { key, at });
  }

  /** True while the data under `hash` is younger than `staleMs`. */
  isFresh(hash: string, staleMs: number, now = Date.now()): boolean {
    const entry = this.entries.get(hash);
    // A server clock ahead of the browser's must not make data look fresh for longer than its stale time.
    return entry !== undefined && now - Math.min(entry.at, now) < staleMs;
  }

  /** Marks every entry whose key passes `matches` stale; the next mount (or a mounted hook, when told) asks again. */
  expire(matches: (key: readonly unknown[]) => boolean): void {
    for (const [hash, entry] of this.entries) if (matches(entry.key)) this.entries.delete(hash);
  }
}
