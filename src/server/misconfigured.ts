import { isUnderBase, registerClaim } from './claims';
import { errorResponse } from './errors';
import { createMountHint } from './mount-hint';
import type { ProxyOptionsError } from './options';

/**
 * The proxy a host gets from unusable options: every request it claims answers 500 naming the setting at fault, and
 * the server log says once how to fix it. With a bad `basePath` it cannot tell its requests apart, so it claims all.
 */
export function misconfiguredHandler(
  error: ProxyOptionsError,
  basePath: string | undefined,
): (request: Request) => Promise<Response> {
  let logged = false;
  const mount = basePath === undefined ? undefined : createMountHint(basePath);
  const handler = async (request: Request) => {
    const { pathname } = new URL(request.url);
    if (mount && basePath !== undefined && !isUnderBase(pathname, basePath))
      return mount.outside(request.method, pathname);
    if (!logged) {
      logged = true;
      console.error(`${error.message} Until then every request to the proxy answers 500.`);
    }
    // The setting's name only: its value (a key, an internal address) is the server's business.
    return errorResponse(500, 'proxy_error', {
      message: `The SixtySeconds proxy is misconfigured (${error.setting}); the server log says how to fix it.`,
    });
  };
  if (basePath !== undefined) registerClaim(handler, basePath);
  return handler;
}
