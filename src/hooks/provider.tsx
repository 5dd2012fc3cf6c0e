'use client';
import { HydrationBoundary, QueryClient } from '@tanstack/react-query';
import { type CSSProperties, type ReactNode, useEffect, useMemo, useState } from 'react';
import {
  type ClientOptions,
  type RetryOptions,
  type RetryPolicy,
  retryPolicyOf,
  type SixtySecondsFallback,
  type StaleTime,
  staleTimeOf,
} from '../api';
import type { MessageOverrides } from '../messages';
import { type Theme, themeRootProps } from '../theme';
import { SixtySecondsContext, type SixtySecondsContextValue } from './context';
import { fallbackState } from './fallback-state';

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
   * Your app's TanStack Query `QueryClient`: our reads live in its cache (keys `['sixtyseconds', baseUrl, …]`), where
   * your devtools list them and `sixtySecondsQueryOptions` prefetches land. Our retry policy and stale times travel
   * with each read; your client's defaults are left as they are. Left out, the provider keeps a client of its own.
   */
  queryClient?: QueryClient | undefined;
  /**
   * Data the server already fetched (`prefetchQueries` from `@sixtyseconds/react/server`): it is hydrated into the
   * cache as the provider renders, so the server's HTML has the numbers and hydration asks for nothing while they are
   * fresh. A later fallback with newer data replaces what the cache holds.
   */
  fallback?: SixtySecondsFallback | undefined;
  /** How long fetched data stays fresh (no request on mount); 10 s for lists and 60 s for analytics by default. */
  staleTime?: Partial<StaleTime> | undefined;
  /** Class names for the wrapper element that carries the theme. */
  className?: string | undefined;
  /** Inline style for the wrapper element; it wins over the theme's variables. */
  style?: CSSProperties | undefined;
  /** The part of the app that uses SixtySeconds data. */
  children?: ReactNode | undefined;
}

/**
 * Gives hooks and components the host's proxy, a query cache, a locale and a theme. It installs no
 * `QueryClientProvider`: the hooks hand their client to TanStack Query themselves, so `useQueryClient()` in your own
 * components still returns your app's client.
 */
export function SixtySecondsProvider(props: SixtySecondsProviderProps) {
  const {
    baseUrl,
    timeoutMs,
    fetch,
    headers,
    locale = 'en-US',
    messages,
    dir,
    theme,
    retry,
    pollIntervalMs = 3000,
    fallback,
    className,
    style,
    children,
  } = props;
  const [ownClient] = useState(() => new QueryClient());
  const queryClient = props.queryClient ?? ownClient;
  // What QueryClientProvider would do: follow focus and connectivity while mounted (counted, so a host's client
  // mounted by its own provider is not unmounted by ours).
  useEffect(() => {
    queryClient.mount();
    return () => queryClient.unmount();
  }, [queryClient]);

  const { listsMs, analyticsMs } = staleTimeOf(props.staleTime);
  const staleTime = useMemo<StaleTime>(() => ({ listsMs, analyticsMs }), [listsMs, analyticsMs]);
  const { retries, baseDelayMs, maxDelayMs } = retryPolicyOf(retry);
  const policy = useMemo<RetryPolicy>(() => ({ retries, baseDelayMs, maxDelayMs }), [retries, baseDelayMs, maxDelayMs]);
  // A new inline `fetch` or `headers` gives a new transport, which refetches nothing: TanStack Query asks again only
  // when a key changes or data goes stale, and the next request uses the newest function.
  const transport = useMemo<ClientOptions>(
    () => ({ baseUrl, timeoutMs, fetch, headers }),
    [baseUrl, timeoutMs, fetch, headers],
  );
  const seed = useMemo(() => fallbackState(fallback, baseUrl), [fallback, baseUrl]);

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
      staleTime,
      queryClient,
    }),
    [transport, baseUrl, locale, messages, dir, theme, policy, pollIntervalMs, staleTime, queryClient],
  );

  const root = themeRootProps(theme, style);
  return (
    <SixtySecondsContext.Provider value={value}>
      <HydrationBoundary state={seed} queryClient={queryClient}>
        <div {...root} dir={dir} className={className ? `ss-root ss-provider ${className}` : 'ss-root ss-provider'}>
          {children}
        </div>
      </HydrationBoundary>
    </SixtySecondsContext.Provider>
  );
}
