import { errorResponse, PROXY_CACHE_CONTROL } from './errors';

/** What `authorize` may answer: `true` lets the request through; `false` is a 403; a status picks 401 or 403; a Response is sent as it is. */
export type AuthorizeResult = boolean | Response | { status: 401 | 403; message?: string | undefined };

/** The host's own check, run before the key is spent; it must not read the request body. */
export type Authorize = (request: Request) => AuthorizeResult | Promise<AuthorizeResult>;

// The host's own refusal keeps its status, body and headers, but like every proxy answer it is never cached.
function privately(response: Response): Response {
  if (response.headers.has('cache-control')) return response;
  const headers = new Headers(response.headers);
  headers.set('cache-control', PROXY_CACHE_CONTROL);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** Runs `authorize`; returns the response that refuses the request, or `undefined` to let it through. */
export async function runAuthorize(authorize: Authorize | undefined, request: Request): Promise<Response | undefined> {
  if (!authorize) return undefined;
  let result: AuthorizeResult;
  try {
    result = await authorize(request);
  } catch {
    // A failing session check must fail closed, and its error is the host's business, not the browser's.
    return errorResponse(500, 'proxy_error', { message: 'The request could not be authorised; try again shortly.' });
  }
  if (result === true) return undefined;
  if (result instanceof Response) return privately(result);
  if (result === false || typeof result !== 'object' || result === null) return errorResponse(403, 'forbidden');
  const status = result.status === 401 ? 401 : 403;
  return errorResponse(status, status === 401 ? 'unauthorized' : 'forbidden', { message: result.message });
}
