import { queryName, type SixtySecondsQuery, type SixtySecondsQueryName } from './queries';

/** The first part of every cache key this library writes, so our entries never collide with a host's. */
export const KEY_ROOT = 'sixtyseconds';

/**
 * A read's cache key: `['sixtyseconds', baseUrl, kind, params]`, where `{ [kind]: params }` is the read itself with
 * the API's defaults filled in. The proxy URL comes second, so data fetched through one proxy never shows under another
 * and one prefix (`['sixtyseconds', baseUrl, 'videos']`) reaches every list.
 */
export type SixtySecondsQueryKey = readonly [typeof KEY_ROOT, string, SixtySecondsQueryName, Record<string, unknown>];

// Unset options are left out, so a read with `{ status: undefined }` and one without it share an entry.
const defined = (params: object): Record<string, unknown> =>
  Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined));

/** The cache key of a read through the proxy at `baseUrl`: the same request always gets the same key. */
export function queryKey(baseUrl: string, query: SixtySecondsQuery): SixtySecondsQueryKey {
  const name = queryName(query);
  const params = defined((query as Record<SixtySecondsQueryName, object>)[name]);
  // A list without a page or size is page 1 of 20, as the API answers it.
  return [KEY_ROOT, baseUrl, name, name === 'videos' ? { page: 1, limit: 20, ...params } : params];
}

/** The key every read of one kind (or, without `name`, every read) through the proxy at `baseUrl` starts with. */
export const keyPrefix = (baseUrl: string, name?: SixtySecondsQueryName): readonly unknown[] =>
  name ? [KEY_ROOT, baseUrl, name] : [KEY_ROOT, baseUrl];
