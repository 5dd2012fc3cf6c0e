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

/** One level of the cache: the next key's levels, by object (weakly, so dropped catalogues go) or by locale. */
interface Level {
  objects: WeakMap<object, Level>;
  locales: Map<string, Level>;
  bound?: unknown;
}
const level = (): Level => ({ objects: new WeakMap(), locales: new Map() });
const cache = level();

/** The level for `key` under `parent`, made on first use. */
function step(parent: Level, key: object | string): Level {
  const map = typeof key === 'string' ? parent.locales : parent.objects;
  let next = (map as Map<object | string, Level>).get(key);
  if (!next) {
    next = level();
    (map as Map<object | string, Level>).set(key, next);
  }
  return next;
}

/**
 * The words one component shows: its English `areas`, then each layer on top (the provider's catalogue, then the
 * component's `messages`), every message function bound to `locale`'s plural rules and digits. A component names
 * only the areas it speaks from, so a host bundles those words and not the whole catalogue. Server-safe: no React.
 *
 * Catalogues are immutable, so the result is kept per (areas, locale, layers) by identity: every chart that mounts
 * with the same words shares one bound catalogue instead of binding ~100 messages again.
 */
export function bindWords<const A extends readonly object[]>(
  locale: string,
  areas: A,
  ...layers: (MessageOverrides | undefined)[]
): Bound<Areas<A>> {
  let entry = step(step(cache, areas), locale);
  for (const layer of layers) if (layer) entry = step(entry, layer);
  if (entry.bound === undefined) {
    const merged: Record<string, unknown> = Object.assign({}, ...areas, ...layers);
    const tools = messageTools(locale);
    for (const [key, message] of Object.entries(merged)) {
      if (typeof message === 'function') merged[key] = (values: unknown) => message(values, tools);
    }
    entry.bound = Object.freeze(merged);
  }
  return entry.bound as Bound<Areas<A>>;
}
