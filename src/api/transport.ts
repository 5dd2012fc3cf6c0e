import * as v from 'valibot';
import { untilAborted } from './abort';
import { parseErrorBody, statusMessage } from './error-body';
import { SixtySecondsError } from './errors';
import { parseRetryAfter } from './retry';

/** Where and how the client sends requests. */
export interface TransportOptions {
  /** The host app's proxy, e.g. `/api/sixtyseconds`; never the SixtySeconds API itself. */
  baseUrl: string;
  /** A fetch-standard function; defaults to the global `fetch`. */
  fetch?: ((request: Request) => Promise<Response>) | undefined;
  /** Extra headers (a CSRF token, say), or a function that returns them per request. */
  headers?: HeadersInit | (() => HeadersInit) | undefined;
  /** Give up after this long; 15 s by default. */
  timeoutMs?: number | undefined;
}

/** One call's target, body and expected response schema. */
export interface Call<T> {
  method: 'GET' | 'POST';
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  schema: v.GenericSchema<unknown, T>;
  signal?: AbortSignal | undefined;
}

const queryString = (query: Call<unknown>['query']) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
};

/** Joins the proxy's base with an API path, whether the base is absolute or relative to the page. */
export const joinUrl = (baseUrl: string, path: string) => baseUrl.replace(/\/+$/, '') + path;

// A relative proxy URL is relative to the page, as in a browser's own `Request` (the document's base URL, else the
// worker's location). Node's `Request` (under jsdom, in a host's tests) resolves nothing, so do it wherever there is a
// page; elsewhere the URL stays as given and must be absolute.
function againstPage(url: string): string {
  const base = typeof document === 'undefined' ? globalThis.location?.href : document.baseURI;
  return base ? new URL(url, base).href : url;
}

// Browsers, workers and Node 18+ have the fetch API; stock jsdom (Jest's `jsdom` environment) has `Headers` but no
// `Request` or `fetch`, and the bare `ReferenceError` (or a complaint about the URL) would hide what is missing.
function missingGlobals(ownFetch: boolean): string[] {
  const missing = [
    typeof Headers === 'function' ? '' : 'Headers',
    typeof Request === 'function' ? '' : 'Request',
    ownFetch || typeof globalThis.fetch === 'function' ? '' : 'fetch',
  ];
  return missing.filter(Boolean);
}

function isAbsolute(url: string): boolean {
  try {
    return Boolean(new URL(url));
  } catch {
    return false;
  }
}

async function readJson(response: Response): Promise<{ ok: true; value: unknown } | { ok: false; text: string }> {
  const text = await response.text();
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, text };
  }
}

function httpError(response: Response, body: unknown, label: string): SixtySecondsError {
  const parsed = parseErrorBody(body);
  const status = response.status;
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
  return new SixtySecondsError('http', parsed.message ?? statusMessage(status), {
    status,
    ...(parsed.code !== undefined && { code: parsed.code }),
    ...(parsed.fieldErrors && (status === 400 || status === 422) && { fieldErrors: parsed.fieldErrors }),
    ...(retryAfterMs !== undefined && { retryAfterMs }),
    cause: new Error(`${label} answered ${status}`),
  });
}

/** Sends one call: times out, honours the caller's signal, and turns every failure into a `SixtySecondsError`. */
export async function send<T>(options: TransportOptions, call: Call<T>): Promise<T> {
  const label = `${call.method} ${call.path}`;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? 15_000);
  const onAbort = () => controller.abort();
  if (call.signal?.aborted) controller.abort();
  call.signal?.addEventListener('abort', onAbort, { once: true });

  const failure = (error: unknown) => {
    if (error instanceof SixtySecondsError) return error;
    if (timedOut)
      return new SixtySecondsError(
        'timeout',
        `${label} took longer than ${options.timeoutMs ?? 15_000} ms; try again.`,
        { cause: error },
      );
    if (controller.signal.aborted) return new SixtySecondsError('aborted', `${label} was cancelled.`, { cause: error });
    return new SixtySecondsError('network', `Could not reach the proxy for ${label}: check the connection.`, {
      cause: error,
    });
  };

  try {
    const missing = missingGlobals(options.fetch !== undefined);
    if (missing.length > 0) {
      throw new SixtySecondsError(
        'invalid-request',
        `${label} was not sent: this environment has no global ${missing.join(' or ')}. Run it where the fetch API ` +
          'exists (a browser, Node 18 or later); under Jest, jsdom leaves it out, so use the jest-fixed-jsdom environment.',
      );
    }
    const headers = new Headers(typeof options.headers === 'function' ? options.headers() : options.headers);
    headers.set('accept', 'application/json');
    if (call.body !== undefined) headers.set('content-type', 'application/json');
    const url = joinUrl(options.baseUrl, call.path) + queryString(call.query);
    const target = againstPage(url);
    if (!isAbsolute(target)) {
      throw new SixtySecondsError(
        'invalid-request',
        `"${url}" is not a URL this environment can fetch; outside a browser, give baseUrl an origin.`,
      );
    }
    let request: Request;
    try {
      request = new Request(target, {
        method: call.method,
        headers,
        body: call.body === undefined ? null : JSON.stringify(call.body),
        signal: controller.signal,
      });
    } catch (error) {
      // Not the URL (checked above): say what the environment's `Request` did refuse.
      const reason = error instanceof Error ? error.message : String(error);
      throw new SixtySecondsError('invalid-request', `${label} was not sent: ${reason}`, { cause: error });
    }
    const deadline = untilAborted(controller.signal);
    const response = await Promise.race([(options.fetch ?? globalThis.fetch)(request), deadline]);
    const json = await Promise.race([readJson(response), deadline]);
    if (!response.ok) throw httpError(response, json.ok ? json.value : undefined, label);
    if (!json.ok) {
      throw new SixtySecondsError('invalid-response', `${label} answered with something that is not JSON.`, {
        cause: new Error(json.text.slice(0, 200)),
      });
    }
    const result = v.safeParse(call.schema, json.value);
    if (!result.success) {
      const issue = result.issues[0];
      const field = v.getDotPath(issue) ?? '(root)';
      throw new SixtySecondsError(
        'invalid-response',
        `${label} answered with an unexpected shape at "${field}": ${issue.message}`,
        {
          field,
          cause: result.issues,
        },
      );
    }
    return result.output;
  } catch (error) {
    throw failure(error);
  } finally {
    clearTimeout(timer);
    call.signal?.removeEventListener('abort', onAbort);
  }
}
