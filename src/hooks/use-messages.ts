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

/**
 * The provider's `messages` with `overrides` on top, for a connected component to hand to the server-safe parts it
 * renders (cards read no context, so they get the words as a prop).
 */
export function useMessageOverrides(overrides?: MessageOverrides | undefined): MessageOverrides | undefined {
  const provided = useContext(SixtySecondsContext)?.messages;
  return useMemo(
    () => (provided && overrides ? { ...provided, ...overrides } : (overrides ?? provided)),
    [provided, overrides],
  );
}
