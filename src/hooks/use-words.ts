'use client';
import { useContext, useMemo } from 'react';
import type { Bound, MessageOverrides } from '../messages';
import { type Areas, bindWords } from '../messages/bind-words';
import { SixtySecondsContext } from './context';

/**
 * The words a component shows: its English `areas` (a module constant, so the memo holds), under the provider's
 * `messages`, under the component's own `messages`, with plurals and digits in `locale` (a chart's own `locale` prop)
 * or else the provider's. Works outside a provider (English, en-US).
 */
export function useWords<const A extends readonly object[]>(
  areas: A,
  overrides?: MessageOverrides | undefined,
  locale?: string | undefined,
): Bound<Areas<A>> {
  const context = useContext(SixtySecondsContext);
  const lang = locale ?? context?.locale ?? 'en-US';
  const provided = context?.messages;
  return useMemo(() => bindWords(lang, areas, provided, overrides), [lang, areas, provided, overrides]);
}
