// Fetch-standard `Request` URLs are already normalised (`a/../b` → `b`, `\` → `/`), which hides traversal attempts.
// Adapters that still hold the request target as it arrived record it here, keyed by the Request they built.
const rawTargets = new WeakMap<Request, string>();

/** Remembers the request target exactly as it arrived on the wire. */
export const recordRawTarget = (request: Request, target: string): void => {
  rawTargets.set(request, target);
};

/**
 * The path as it arrived, when an adapter recorded it; otherwise the path part of `Request.url`, verbatim. There `..`
 * and `\` are already resolved (no handler can see them), but encoded dots, slashes and backslashes are still visible.
 */
export function rawPathOf(request: Request, url: URL): string {
  const raw = rawTargets.get(request);
  if (raw === undefined) return url.pathname;
  const query = raw.indexOf('?');
  return query === -1 ? raw : raw.slice(0, query);
}
