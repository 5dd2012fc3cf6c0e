import { HttpResponse, http, type RequestHandler } from 'msw';
import { serveUnder } from './served-paths';
import type { MockApi } from './types';

/** Options of `createMockHandlers`. */
export interface MockHandlersOptions {
  /** Where the app sends API requests: a path (`/api/sixtyseconds`, any origin) or an absolute URL. */
  baseUrl?: string;
}

/**
 * MSW v2 handlers that answer everything under `baseUrl` with the mock, for Storybook, a dev server or a host
 * app's tests. A network fault becomes `HttpResponse.error()`, MSW's way of failing a request like the network.
 */
export function createMockHandlers(
  api: MockApi,
  { baseUrl = '/api/sixtyseconds' }: MockHandlersOptions = {},
): RequestHandler[] {
  const base = baseUrl.replace(/\/+$/, '');
  serveUnder(api, base);
  // A leading `*` lets a path match on any origin, in Node (no `location`) as well as in the browser.
  const pattern = /^[a-z][a-z\d+.-]*:\/\//i.test(base) ? `${base}/*` : `*${base.startsWith('/') ? '' : '/'}${base}/*`;
  return [
    http.all(pattern, async ({ request }) => {
      try {
        return await api.fetch(request);
      } catch (error) {
        if (error instanceof TypeError) return HttpResponse.error();
        throw error;
      }
    }),
  ];
}
