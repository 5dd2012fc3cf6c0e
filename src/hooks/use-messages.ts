'use client';
import { useContext, useMemo } from 'react';
import { type BoundMessages, bindMessages, type MessageOverrides } from '../messages';
import { SixtySecondsContext } from './context';

/**
 * The words a component shows: English, under the provider's `messages`, under the component's own `messages`, with
 * plurals and digits in the provider's locale. Works outside a provider (English, en-US).
 */
export function useMessages(overrides?: MessageOverrides | undefined): BoundMessages {
  const context = useContext(SixtySecondsContext);
  const locale = context?.locale ?? 'en-US';
  const provided = context?.messages;
  return useMemo(() => bindMessages(locale, provided, overrides), [locale, provided, overrides]);
}
