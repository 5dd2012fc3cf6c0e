// Type-only Node imports keep this entry loadable in edge runtimes that never call the adapter.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mayClaim } from './claims';
import { errorResponse, isDeclined, PROXY_CACHE_CONTROL } from './errors';
import { recordRawTarget } from './raw-target';

/** A `node:http` request listener that also works as Express or Connect middleware. */
export type NodeHandler = (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => void;

// Express and Connect strip the mount path from `req.url` but keep the whole target in `originalUrl`,
// and a body parser mounted earlier leaves the parsed body on `req.body` with the stream already consumed.
type MiddlewareRequest = IncomingMessage & { originalUrl?: unknown; body?: unknown };

// A host name or address with an optional port: anything else (a path, `@`, `#`) could reshape the URL we build.
const VALID_HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

function bodyOf(req: MiddlewareRequest): BodyInit | null {
  if (req.method === 'GET' || req.method === 'HEAD') return null;
  if (req.readableEnded && req.body !== undefined) {
    const parsed = req.body;
    if (parsed instanceof Uint8Array) return new Uint8Array(parsed);
    return typeof parsed === 'string' ? parsed : JSON.stringify(parsed);
  }
  // Pulled on demand and not before (high-water mark 0, iterator made on the first read): the proxy's byte count can
  // stop an oversized body early, and a request the handler declines reaches `next()` with its body unread.
  let chunks: AsyncIterator<Buffer | string> | undefined;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        chunks ??= req[Symbol.asyncIterator]();
        const { done, value } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(typeof value === 'string' ? new TextEncoder().encode(value) : new Uint8Array(value));
      },
    },
    { highWaterMark: 0 },
  );
}

// The whole target as sent: Express and Connect keep it in `originalUrl` when they strip a mount path from `url`.
const targetOf = (req: MiddlewareRequest) => (typeof req.originalUrl === 'string' ? req.originalUrl : (req.url ?? '/'));

/** Builds a fetch `Request` from a Node request, or the 400 that refuses an absolute-form target or a forged Host. */
function toRequest(req: MiddlewareRequest, signal: AbortSignal): Request | Response {
  const target = targetOf(req);
  if (!target.startsWith('/') || target.startsWith('//')) {
    return errorResponse(400, 'invalid_path', { message: 'The request must use a plain path, not a full URL.' });
  }
  // Fetch cannot even represent these methods, so they are refused here rather than failing in `new Request`.
  if (FORBIDDEN_METHODS.has(req.method ?? '')) return errorResponse(405, 'method_not_allowed');
  const host = req.headers.host ?? 'localhost';
  if (!VALID_HOST.test(host)) return errorResponse(400, 'invalid_path', { message: 'The Host header is not valid.' });
  const protocol = (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
  const headers = new Headers();
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i] as string;
    if (!name.startsWith(':')) headers.append(name, req.rawHeaders[i + 1] as string);
  }
  const body = bodyOf(req);
  if (typeof body === 'string') headers.delete('content-length');
  const init = { method: req.method ?? 'GET', headers, body, signal, duplex: 'half' } as RequestInit;
  const request = new Request(`${protocol}://${host}${target}`, init);
  recordRawTarget(request, target);
  return request;
}

const drained = (res: ServerResponse) =>
  new Promise<void>((resolve) => {
    // A response destroyed while we wrote has already fired 'close': waiting for it would never end.
    if (res.destroyed) {
      resolve();
      return;
    }
    const done = () => {
      res.off('drain', done).off('close', done);
      resolve();
    };
    res.on('drain', done).on('close', done);
  });

async function writeResponse(response: Response, res: ServerResponse): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) headers['set-cookie'] = cookies;
  res.writeHead(response.status, headers);
  if (!response.body) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (res.destroyed) throw new Error('client went away');
      if (!res.write(value)) await drained(res);
    }
    res.end();
  } catch {
    await reader.cancel().catch(() => undefined);
    res.destroy();
  }
}

async function run(handler: (request: Request) => Promise<Response>, req: MiddlewareRequest, res: ServerResponse) {
  const controller = new AbortController();
  // Tell the handler (and so the upstream call) when the browser gives up.
  res.once('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  let request: Request | Response;
  try {
    request = toRequest(req, controller.signal);
  } catch {
    return errorResponse(400, 'invalid_path', { message: 'The request could not be read.' });
  }
  if (request instanceof Response) return request;
  try {
    return await handler(request);
  } catch {
    return errorResponse(500, 'proxy_error', { message: 'The server could not handle the request.' });
  }
}

const FAILED_BODY = JSON.stringify({
  error: { code: 'proxy_error', message: 'The server could not send the response; try again shortly.' },
});

// The last resort when writing the answer itself failed (a header Node refuses, a socket gone): a plain 500 if
// nothing was sent yet, else the connection is cut so the browser never takes half an answer for a whole one.
function failWrite(res: ServerResponse): void {
  if (res.headersSent || res.destroyed) {
    res.destroy();
    return;
  }
  try {
    res
      .writeHead(500, {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': PROXY_CACHE_CONTROL,
        'x-content-type-options': 'nosniff',
      })
      .end(FAILED_BODY);
  } catch {
    res.destroy();
  }
}

/**
 * Adapts a fetch-standard handler to `node:http` and Express/Connect: `http.createServer(toNodeHandler(h))` or
 * `app.use(toNodeHandler(h))`. As middleware, requests outside the proxy's `basePath` go on to `next()` untouched:
 * their body unread and their Host header unjudged, so the routes after the proxy see them as the browser sent them.
 */
export function toNodeHandler(handler: (request: Request) => Promise<Response>): NodeHandler {
  return (req, res, next) => {
    if (next && !mayClaim(handler, targetOf(req).split('?')[0] as string)) {
      next();
      return;
    }
    run(handler, req, res)
      .then((response) => (next && isDeclined(response) ? next() : writeResponse(response, res)))
      .catch(() => failWrite(res));
  };
}
