import type { Bound } from './catalogue';
import type { MessageOverrides } from './en';
import { messageTools } from './tools';

/** Message areas merged left to right: `[common, charts]` gives the type of `{ ...common, ...charts }`. */
export type Areas<A extends readonly object[]> = A extends readonly [
  infer Head,
  ...infer Rest extends readonly object[],
]
  ? Head & Areas<Rest>
  : unknown;

/**
 * The words one component shows: its English `areas`, then each layer on top (the provider's catalogue, then the
 * component's `messages`), every message function bound to `locale`'s plural rules and digits. A component names
 * only the areas it speaks from, so a host bundles those words and not the whole catalogue. Server-safe: no React.
 */
export function bindWords<const A extends readonly object[]>(
  locale: string,
  areas: A,
  ...layers: (MessageOverrides | undefined)[]
): Bound<Areas<A>> {
  const merged: Record<string, unknown> = Object.assign({}, ...areas, ...layers);
  const tools = messageTools(locale);
  for (const [key, message] of Object.entries(merged)) {
    if (typeof message === 'function') merged[key] = (values: unknown) => message(values, tools);
  }
  return merged as Bound<Areas<A>>;
}
