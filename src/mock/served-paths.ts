import { normalizeBasePaths } from './resolve';
import type { MockApi } from './types';

// Each mock's base paths, kept mutable so `createMockHandlers` can add the path it serves the mock under.
const servedPaths = new WeakMap<MockApi, string[]>();

/** Records a new mock's base paths (longest first); the array is the one its resolver reads. */
export const registerServedPaths = (api: MockApi, paths: string[]): void => {
  servedPaths.set(api, paths);
};

/**
 * Makes `api` answer under `baseUrl` too, so MSW handlers for a proxy at `/my/proxy` need no matching `basePath`
 * option on `createMockApi`. A mock made elsewhere (not by `createMockApi`) is left as it is.
 */
export function serveUnder(api: MockApi, baseUrl: string): void {
  const paths = servedPaths.get(api);
  if (!paths) return;
  const merged = normalizeBasePaths([...paths, ...normalizeBasePaths(baseUrl)]);
  paths.splice(0, paths.length, ...merged);
}
