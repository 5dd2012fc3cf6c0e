/**
 * The seven documented endpoints: the one table the client, the proxy and the mock all read. `query` lists the
 * parameters each may carry, in the order the proxy forwards them; it drops every other one, so a client cannot
 * smuggle options to the API.
 */
export const ROUTES = {
  listVideos: { method: 'GET', path: '/videos', query: ['page', 'limit', 'status'] },
  createVideo: { method: 'POST', path: '/videos', query: [] },
  getVideoAnalytics: { method: 'GET', path: '/analytics/videos/:id', query: ['start_date', 'end_date'] },
  getAccountAnalytics: { method: 'GET', path: '/analytics/account', query: ['start_date', 'end_date', 'group_by'] },
  getTemplateAnalytics: { method: 'GET', path: '/analytics/templates/:id', query: ['start_date', 'end_date'] },
  createAnalyticsExport: { method: 'POST', path: '/analytics/export', query: [] },
  getAnalyticsExport: { method: 'GET', path: '/analytics/export/:id', query: [] },
} as const;

/** The name of one documented endpoint. */
export type RouteName = keyof typeof ROUTES;

/** The result of matching a method and path against the route table. */
export type RouteMatch =
  | { ok: true; name: RouteName; id: string | undefined }
  | { ok: false; reason: 'not-found' | 'method-not-allowed'; allow: string[] };

const segmentsOf = (path: string) => path.split('/').slice(1);

/** Matches an API-relative path (e.g. `/analytics/videos/vid_1`, no query) to a route; ids arrive still encoded. */
export function matchRoute(method: string, path: string): RouteMatch {
  const actual = segmentsOf(path);
  const allow: string[] = [];
  for (const [name, route] of Object.entries(ROUTES) as [RouteName, (typeof ROUTES)[RouteName]][]) {
    const pattern = segmentsOf(route.path);
    if (pattern.length !== actual.length) continue;
    let id: string | undefined;
    const fits = pattern.every((part, i) => {
      const seg = actual[i] ?? '';
      if (part === ':id') {
        id = seg;
        return seg.length > 0;
      }
      return part === seg;
    });
    if (!fits) continue;
    if (route.method === method.toUpperCase()) return { ok: true, name, id };
    allow.push(route.method);
  }
  return allow.length ? { ok: false, reason: 'method-not-allowed', allow } : { ok: false, reason: 'not-found', allow };
}

/** Builds the API-relative path of a route, encoding its id. */
export function routePath(name: RouteName, id?: string): string {
  const { path } = ROUTES[name];
  return id === undefined ? path : path.replace(':id', encodeURIComponent(id));
}

/** Percent-decodes a path segment once; `undefined` when its encoding is malformed. */
export function decodeOnce(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
