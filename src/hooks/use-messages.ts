'use client';
import { useContext, useMemo } from 'react';
import type { BoundMessages, MessageOverrides } from '../messages';
import { allWords } from '../messages/bind';
import { SixtySecondsContext } from './context';
import { useWords } from './use-words';

/**
 * Every word of the catalogue, as a host's own component would show it: English, under the provider's `messages`,
 * under `overrides`, with plurals and digits in the provider's locale. Works outside a provider (English, en-US).
 */
export function useMessages(overrides?: MessageOverrides | undefined): BoundMessages {
  return useWords(allWords, overrides);
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
