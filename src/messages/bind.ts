import { bindWords } from './bind-words';
import type { Bound } from './catalogue';
import { en, type MessageOverrides, type Messages } from './en';

/** Every English area, as one constant, so bindMessages and the useMessages hook share their bound catalogues. */
export const allWords = [en] as const;

/** The whole catalogue with its locale bound in, as `useMessages()` and `bindMessages()` give it. */
export type BoundMessages = Bound<Messages>;

/**
 * All of English, then each layer on top (the provider's catalogue, then a component's `messages`), with every
 * message function bound to `locale`'s plural rules and digits: for a host's own components. Server-safe: no React.
 */
export function bindMessages(locale: string, ...layers: (MessageOverrides | undefined)[]): BoundMessages {
  return bindWords(locale, allWords, ...layers);
}
