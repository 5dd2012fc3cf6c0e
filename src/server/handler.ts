import { checkRouteQuery } from '../api/request-check';
import { ROUTES, routePath } from '../api/routes';
import { runAuthorize } from './authorize';
import { checkBody } from './body-check';
import { readJsonBody } from './body-limit';
import { registerClaim } from './claims';
import { errorResponse } from './errors';
import { misconfiguredHandler } from './misconfigured';
import { createMountHint } from './mount-hint';
import { checkOptions, type ProxyOptions } from './options';
import { checkPath } from './path-guard';
import { rawPathOf } from './raw-target';
import { forward } from './upstream';

// The answer names each refused field with its sentence, so a developer reading it (curl, the network panel) needs
// nothing else; `fields` carries the same sentences for a form to show beside each field.
const refused = (what: string, fields: Record<string, string>) =>
  `${what} ${Object.entries(fields)
    .map(([field, message]) => `${field}: ${message}`)
    .join(' ')}`;

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
  const mount = createMountHint(config.basePath);

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const rawPath = rawPathOf(request, url);
    const target = checkPath(request.method, rawPath, config.basePath, url.search);
    if (!target.ok) {
      if (target.outside) return mount.outside(request.method, rawPath);
      const misplaced =
        target.code === 'not_found'
          ? mount.misplaced(request.method, rawPath.slice(config.basePath.length))
          : undefined;
      if (misplaced) return misplaced;
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
      const message = refused('Some query parameters are invalid.', checkedQuery.fields);
      return errorResponse(400, 'invalid_query', { message, fields: checkedQuery.fields });
    }
    let body: string | undefined;
    if (ROUTES[target.name].method === 'POST') {
      const read = await readJsonBody(request, config.maxBodyBytes, config.timeoutMs);
      if (!read.ok) return errorResponse(read.status, read.code, { message: read.message });
      const checkedBody = checkBody(target.name, read.value);
      if (!checkedBody.ok) {
        const message = refused('Some values are invalid.', checkedBody.fields);
        return errorResponse(400, 'validation_failed', { message, fields: checkedBody.fields });
      }
      // As it arrived: the check dropped nothing (or it would have refused), so re-serialising could only lose.
      body = read.text;
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
