import { matchRoute } from '../api/routes';
import { declinedResponse, errorResponse } from './errors';

// A prefix worth suggesting as `basePath`: plain path segments, nothing a hostile request could smuggle into a log.
const PLAIN_PATH = /^(?:\/[\w~-][\w.~-]{0,63}){1,8}$/;

/** The path before a documented endpoint that ends `path` (`/api/ss` of `/api/ss/videos`), when there is one. */
export function mountedAt(method: string, path: string): string | undefined {
  for (let slash = path.indexOf('/', 1); slash > 0; slash = path.indexOf('/', slash + 1)) {
    const match = matchRoute(method, path.slice(slash));
    if (match.ok || match.reason === 'method-not-allowed') {
      const prefix = path.slice(0, slash);
      return PLAIN_PATH.test(prefix) ? prefix : undefined;
    }
  }
  return undefined;
}

const named = (basePath: string) => (basePath ? `basePath ${basePath}` : 'no basePath');
const advice = (prefix: string | undefined) =>
  prefix ? ` If it is mounted at ${prefix}, set basePath: '${prefix}'.` : '';

/**
 * The 404s of a proxy mounted somewhere else than its `basePath` says: each names `basePath` (and the mount the path
 * suggests), and the first is logged, once for the handler's life, since every request after it fails the same way.
 */
export function createMountHint(basePath: string) {
  let logged = false;
  const logOnce = (text: string) => {
    if (logged) return;
    logged = true;
    console.error(`createProxyHandler: ${text}`);
  };
  return {
    /** A request outside `basePath`: declined (so Express's `next()` gets it), with the hint. */
    outside(method: string, path: string): Response {
      const prefix = mountedAt(method, path);
      const where = `The SixtySeconds proxy answers only under ${named(basePath)}.${advice(prefix)}`;
      logOnce(`a request outside basePath ${basePath} was answered 404. ${where}`);
      return declinedResponse(`Nothing is served at this path. ${where}`);
    },
    /** A request under `basePath` that is no endpoint, but ends in one: the hint; undefined for any other path. */
    misplaced(method: string, apiPath: string): Response | undefined {
      const prefix = mountedAt(method, apiPath);
      if (prefix === undefined) return undefined;
      const where = `The proxy has ${named(basePath)}.${advice(basePath + prefix)}`;
      logOnce(`a request under ${basePath + prefix}/ matched no endpoint and was answered 404. ${where}`);
      return errorResponse(404, 'not_found', {
        message: `There is no SixtySeconds API endpoint at this path. ${where}`,
      });
    },
  };
}
