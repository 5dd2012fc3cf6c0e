'use client';
import { type ReactNode, useMemo, useRef, useState } from 'react';
import { SWRConfig, type SWRConfiguration } from 'swr';
import {
  type ClientOptions,
  DEFAULT_RETRY,
  type RetryOptions,
  type RetryPolicy,
  type SixtySecondsFallback,
} from '../api';
import type { MessageOverrides } from '../messages';
import { type Theme, themeRootProps } from '../theme';
import { SixtySecondsContext, type SixtySecondsContextValue } from './context';
import { errorRetry } from './error-retry';
import { DEFAULT_STALE_TIME, Freshness, type StaleTime } from './freshness';
import { InflightRegistry } from './inflight';
import { seedCache } from './seed-cache';

/** Props of `SixtySecondsProvider`. */
export interface SixtySecondsProviderProps extends ClientOptions {
  /** BCP 47 locale for numbers and dates; `en-US` by default. */
  locale?: string | undefined;
  /**
   * The words components show: a shipped catalogue (`import de from '@sixtyseconds/react/locales/de'`), your own, or
   * single messages over English (`{ tryAgain: 'Reload' }`). English by default.
   */
  messages?: MessageOverrides | undefined;
  /** Reading direction: `rtl` for Arabic or Hebrew. Left out, components follow the page's `dir`. */
  dir?: 'ltr' | 'rtl' | undefined;
  /** Colour mode and `--ss-*` overrides for everything inside. */
  theme?: Theme | undefined;
  /** How failed reads are retried (network, timeout, 429, 5xx only). */
  retry?: RetryOptions | undefined;
  /** Poll interval while videos are processing or an export runs; 3 s by default. */
  pollIntervalMs?: number | undefined;
  /**
   * Data the server already fetched (`prefetchQueries` from `@sixtyseconds/react/server`): it fills the cache when the
   * provider mounts, so the server's HTML has the numbers and hydration asks for nothing while they are fresh.
   */
  fallback?: SixtySecondsFallback | undefined;
  /** How long fetched data stays fresh (no request on mount); 10 s for lists and 60 s for analytics by default. */
  staleTime?: Partial<StaleTime> | undefined;
  /** Class names for the wrapper element that carries the theme. */
  className?: string | undefined;
  /** The part of the app that uses SixtySeconds data. */
  children?: ReactNode | undefined;
}

/** Gives hooks and components the host's proxy, an isolated cache, a locale and a theme. */
export function SixtySecondsProvider(props: SixtySecondsProviderProps) {
  const {
    baseUrl,
    timeoutMs,
    locale = 'en-US',
    messages,
    dir,
    theme,
    retry,
    pollIntervalMs = 3000,
    className,
    children,
  } = props;
  // Kept in refs so an inline function or object does not rebuild the client (and refetch) on every render.
  const live = useRef(props);
  live.current = props;
  const [inflight] = useState(() => new InflightRegistry());
  const [freshness] = useState(() => new Freshness());
  const { listsMs = DEFAULT_STALE_TIME.listsMs, analyticsMs = DEFAULT_STALE_TIME.analyticsMs } = props.staleTime ?? {};
  const staleTime = useMemo<StaleTime>(() => ({ listsMs, analyticsMs }), [listsMs, analyticsMs]);
  const { retries = DEFAULT_RETRY.retries, baseDelayMs = DEFAULT_RETRY.baseDelayMs } = retry ?? {};
  const maxDelayMs = retry?.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs;
  const policy = useMemo<RetryPolicy>(() => ({ retries, baseDelayMs, maxDelayMs }), [retries, baseDelayMs, maxDelayMs]);

  const transport = useMemo<ClientOptions>(
    () => ({
      baseUrl,
      timeoutMs,
      fetch: (request) => (live.current.fetch ?? globalThis.fetch)(request),
      headers: () => {
        const headers = live.current.headers;
        return (typeof headers === 'function' ? headers() : headers) ?? {};
      },
    }),
    [baseUrl, timeoutMs],
  );

  const value = useMemo<SixtySecondsContextValue>(
    () => ({
      transport,
      baseUrl,
      locale,
      messages,
      dir,
      theme,
      retry: policy,
      pollIntervalMs,
      inflight,
      freshness,
      staleTime,
    }),
    [transport, baseUrl, locale, messages, dir, theme, policy, pollIntervalMs, inflight, freshness, staleTime],
  );

  const policyRef = useRef(policy);
  policyRef.current = policy;
  // A function value: SWR then takes our config as it is instead of merging it into a host app's own <SWRConfig>,
  // whose keepPreviousData, refreshInterval, suspense, fetcher or middleware must never reach our hooks.
  const [isolated] = useState(() => {
    // A cache of our own: a host app's SWR cache never sees our keys, and ours never sees its. The server's
    // prefetched data is in it from the first render, on the server and in the browser alike.
    const cache = seedCache(props.fallback, baseUrl, freshness);
    const config: SWRConfiguration = {
      provider: () => cache,
      keepPreviousData: false,
      suspense: false,
      refreshInterval: 0,
      dedupingInterval: 2000,
      revalidateOnFocus: false,
      // Cached data is shown without a request on mount; useQuery asks again once it is stale (see `staleTime`).
      revalidateIfStale: false,
      // Every failure goes to onErrorRetry, which retries only what the policy says is worth it.
      shouldRetryOnError: true,
      onErrorRetry: errorRetry(() => policyRef.current),
    };
    return () => config;
  });

  const root = themeRootProps(theme);
  return (
    <SixtySecondsContext.Provider value={value}>
      <SWRConfig value={isolated}>
        <div {...root} dir={dir} className={className ? `ss-root ss-provider ${className}` : 'ss-root ss-provider'}>
          {children}
        </div>
      </SWRConfig>
    </SixtySecondsContext.Provider>
  );
}
