'use client';
import type { QueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { ClientOptions, RetryPolicy, StaleTime } from '../api';
import type { MessageOverrides } from '../messages';
import type { Theme } from '../theme';

/** What `SixtySecondsProvider` shares with the hooks and components below it. */
export interface SixtySecondsContextValue {
  /** Where and how requests go (the provider's proxy URL, fetch, headers, timeout); `createClient(transport)` for a client. */
  transport: ClientOptions;
  /** That proxy URL: part of every cache key, so data fetched through one proxy never shows under another. */
  baseUrl: string;
  /** The BCP 47 locale numbers and dates are formatted for. */
  locale: string;
  /** The host's catalogue (`messages` on the provider) over English; components add their own `messages` on top. */
  messages: MessageOverrides | undefined;
  /** The provider's `dir`, for parts rendered outside its wrapper (dialog portals); `undefined` inherits the page's. */
  dir: 'ltr' | 'rtl' | undefined;
  /** The provider's theme, for parts rendered outside its wrapper (dialog portals). */
  theme: Theme | undefined;
  /** How failed reads are retried. */
  retry: RetryPolicy;
  /** How often lists with processing videos and running exports are polled. */
  pollIntervalMs: number;
  /** How long data stays fresh before a mount asks again. */
  staleTime: StaleTime;
  /** The cache: the host's `QueryClient` (the provider's `queryClient`) or the provider's own. */
  queryClient: QueryClient;
}

/** The provider's context; `null` outside a provider. */
export const SixtySecondsContext = createContext<SixtySecondsContextValue | null>(null);

/** The provider's client, locale and theme; throws a clear error outside `SixtySecondsProvider`. */
export function useSixtySeconds(): SixtySecondsContextValue {
  const value = useContext(SixtySecondsContext);
  if (!value) {
    throw new Error(
      'SixtySeconds hooks and connected components must be rendered inside <SixtySecondsProvider baseUrl="/your/proxy">.',
    );
  }
  return value;
}

/** The provider's locale, or `en-US` outside a provider (presentational components work without one). */
export const useLocale = (): string => useContext(SixtySecondsContext)?.locale ?? 'en-US';

/** The provider's theme, or `undefined` outside a provider. */
export const useProviderTheme = (): Theme | undefined => useContext(SixtySecondsContext)?.theme;

/** The provider's reading direction, or `undefined` (follow the page) outside a provider or when it sets none. */
export const useDirection = (): 'ltr' | 'rtl' | undefined => useContext(SixtySecondsContext)?.dir;
