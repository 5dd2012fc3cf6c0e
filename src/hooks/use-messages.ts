'use client';
import { useContext, useMemo } from 'react';
import { type BoundMessages, en, type MessageOverrides } from '../messages';
import { SixtySecondsContext } from './context';
import { useWords } from './use-words';

const ALL = [en] as const;

/**
 * Every word of the catalogue, as a host's own component would show it: English, under the provider's `messages`,
 * under `overrides`, with plurals and digits in the provider's locale. Works outside a provider (English, en-US).
 */
export function useMessages(overrides?: MessageOverrides | undefined): BoundMessages {
  return useWords(ALL, overrides);
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
