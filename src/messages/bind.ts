import type { Bound } from './catalogue';
import { en, type MessageOverrides, type Messages } from './en';
import { messageTools } from './tools';

/** The catalogue components read: English under the host's catalogue and overrides, with the locale bound in. */
export type BoundMessages = Bound<Messages>;

/**
 * English, then each layer on top (the provider's catalogue, then a component's `messages`), with every message
 * function bound to `locale`'s plural rules and digits. Server-safe: no React.
 */
export function bindMessages(locale: string, ...layers: (MessageOverrides | undefined)[]): BoundMessages {
  const merged: Record<string, unknown> = Object.assign({}, en, ...layers);
  const tools = messageTools(locale);
  for (const [key, message] of Object.entries(merged)) {
    if (typeof message === 'function') merged[key] = (values: unknown) => message(values, tools);
  }
  return merged as BoundMessages;
}
