/**
 * Which paths a handler answers. `createProxyHandler` registers its `basePath` here, so `toNodeHandler` can hand every
 * other request to Express's `next()` before reading a byte of it or judging its Host header.
 */
const claims = new WeakMap<object, (path: string) => boolean>();

/** True when `path` is `basePath` itself or below it; every path when there is no `basePath`. */
export const isUnderBase = (path: string, basePath: string): boolean =>
  !basePath || path === basePath || path.startsWith(`${basePath}/`);

/** Records the paths `handler` answers. */
export const registerClaim = (handler: object, basePath: string): void => {
  claims.set(handler, (path) => isUnderBase(path, basePath));
};

/** False only when `handler` is known not to answer `path`; any other handler is asked. */
export const mayClaim = (handler: object, path: string): boolean => claims.get(handler)?.(path) ?? true;
