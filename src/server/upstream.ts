import { readLimited } from './body-limit';
import { errorResponse } from './errors';
import { clientHeaders, upstreamHeaders } from './headers';

/** Upstream answers larger than this are refused (502): the documented responses are a few kilobytes. */
const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

/** One request for the upstream API, already checked and reduced to what may be sent. */
export interface UpstreamCall {
  url: string;
  method: string;
  body: string | undefined;
  client: Request;
}

/** How the proxy reaches the upstream. */
export interface UpstreamConfig {
  apiKey: string;
  fetch: (request: Request) => Promise<Response>;
  timeoutMs: number;
}

// Rejects when the signal aborts, so a `fetch` (or a body) that ignores its signal still cannot outlive the deadline.
const untilAborted = (signal: AbortSignal) =>
  new Promise<never>((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });

/**
 * Sends the call upstream with the key and turns every outcome into a response safe for a browser: failures become
 * 502/504 with no detail, redirects and unreadable answers become 502, 5xx and non-JSON error bodies are replaced,
 * and the key is scrubbed from anything passed through.
 */
export async function forward(call: UpstreamCall, config: UpstreamConfig): Promise<Response> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, config.timeoutMs);
  const onClientGone = () => controller.abort();
  if (call.client.signal.aborted) controller.abort();
  call.client.signal.addEventListener('abort', onClientGone, { once: true });
  const deadline = untilAborted(controller.signal);
  deadline.catch(() => undefined);
  try {
    const request = new Request(call.url, {
      method: call.method,
      headers: upstreamHeaders(call.client.headers, config.apiKey, call.body !== undefined),
      body: call.body ?? null,
      signal: controller.signal,
      // A redirect could carry the key to another host; the API never redirects, so one is an error.
      redirect: 'manual',
    });
    const response = await Promise.race([config.fetch(request), deadline]);
    const read = await Promise.race([readLimited(response.body, MAX_RESPONSE_BYTES), deadline]);
    if (!read.ok || (response.status >= 300 && response.status < 400)) return errorResponse(502, 'upstream_error');
    const headers = clientHeaders(response.headers, config.apiKey);
    const isJson = /\bjson\b/i.test(headers.get('content-type') ?? '');
    // The API's 4xx JSON (field errors, not-found) is useful to the browser; its 5xx and HTML pages may hold internals.
    if (response.status >= 500 || (!response.ok && !isJson)) {
      const retryAfter = headers.get('retry-after');
      return errorResponse(
        response.status,
        'upstream_error',
        retryAfter ? { headers: { 'retry-after': retryAfter } } : {},
      );
    }
    const text = new TextDecoder().decode(read.bytes).replaceAll(config.apiKey, '[redacted]');
    return new Response(response.status === 204 ? null : text, { status: response.status, headers });
  } catch {
    // The cause (a DNS name, an address, a stack) stays on the server.
    return timedOut ? errorResponse(504, 'upstream_timeout') : errorResponse(502, 'upstream_unreachable');
  } finally {
    clearTimeout(timer);
    call.client.signal.removeEventListener('abort', onClientGone);
  }
}
