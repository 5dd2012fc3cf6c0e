import { checkRouteBody, checkRouteQuery } from '../api/request-check';
import { ROUTES, routePath } from '../api/routes';
import { runAuthorize } from './authorize';
import { readJsonBody } from './body-limit';
import { registerClaim } from './claims';
import { declinedResponse, errorResponse } from './errors';
import { misconfiguredHandler } from './misconfigured';
import { checkOptions, type ProxyOptions } from './options';
import { checkPath } from './path-guard';
import { rawPathOf } from './raw-target';
import { forward } from './upstream';

const INVALID_QUERY = 'Some query parameters are invalid.';
const INVALID_BODY = 'Some values are invalid; check the highlighted fields.';

/** A fetch-standard request handler: Next.js route handlers, Hono, Remix and workers take it as it is. */
export type ProxyHandler = (request: Request) => Promise<Response>;

/**
 * Creates the proxy: it forwards only the seven documented endpoints to the SixtySeconds API with
 * `Authorization: Bearer <apiKey>`, and answers everything else itself without contacting the API.
 * Never throws: with unusable options (a missing key, say) it answers 500 naming the setting and logs the fix once.
 */
export function createProxyHandler(options: ProxyOptions): ProxyHandler {
  const checked = checkOptions(options);
  if (!checked.ok) return misconfiguredHandler(checked.error, checked.basePath);
  const { config } = checked;

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const target = checkPath(request.method, rawPathOf(request, url), config.basePath, url.search);
    if (!target.ok) {
      if (target.outside) return declinedResponse();
      return errorResponse(target.status, target.code, {
        message: target.message,
        fields: target.fields,
        headers: target.allow ? { allow: target.allow.join(', ') } : undefined,
      });
    }

    const refusal = await runAuthorize(config.authorize, request);
    if (refusal) return refusal;

    // The client's own schemas judge every value before the key is spent: what the client would refuse to send, the
    // proxy refuses to forward, with the same per-field messages.
    const checkedQuery = checkRouteQuery(target.name, url.searchParams);
    if (!checkedQuery.ok) {
      return errorResponse(400, 'invalid_query', { message: INVALID_QUERY, fields: checkedQuery.fields });
    }
    let body: string | undefined;
    if (ROUTES[target.name].method === 'POST') {
      const read = await readJsonBody(request, config.maxBodyBytes, config.timeoutMs);
      if (!read.ok) return errorResponse(read.status, read.code, { message: read.message });
      const checkedBody = checkRouteBody(target.name, read.value);
      if (!checkedBody.ok) {
        return errorResponse(400, 'validation_failed', { message: INVALID_BODY, fields: checkedBody.fields });
      }
      body = JSON.stringify(checkedBody.value);
    }

    // The upstream URL comes from configuration and the route table; from the client only a checked id and the
    // route's documented query parameters, checked and rebuilt (so `_method=DELETE` or `debug=1` never reach the API).
    const query = checkedQuery.value.toString();
    const upstreamUrl = config.upstream + routePath(target.name, target.id) + (query && `?${query}`);
    return forward({ url: upstreamUrl, method: ROUTES[target.name].method, body, client: request }, config);
  }

  const handler: ProxyHandler = async (request) => {
    try {
      return await handle(request);
    } catch {
      // Whatever went wrong (a malformed URL, a broken stream), the browser learns nothing about the server.
      return errorResponse(500, 'proxy_error', { message: 'The proxy could not handle the request.' });
    }
  };
  registerClaim(handler, config.basePath);
  return handler;
}
