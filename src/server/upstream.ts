import { untilAborted } from '../api/abort';
import { JSON_CONTENT_TYPE } from '../api/body-rules';
import { readLimited } from './body-limit';
import { errorResponse } from './errors';
import { clientHeaders, upstreamHeaders } from './headers';
import { mentionsKey } from './key-scan';

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

// `application/json` or a `+json` type; a parameter that merely mentions json (`text/html; profile=json`) is not JSON.
const isJsonType = (contentType: string | null) =>
  /^application\/(?:[\w.-]+\+)?json$/i.test((contentType ?? '').split(';')[0]?.trim() ?? '');

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Sends the call upstream with the key and turns every outcome into a response safe for a browser: failures become
 * 502/504 with no detail, redirects, unreadable and non-JSON 2xx answers become 502, 5xx and non-JSON error bodies
 * are replaced, and any answer that mentions the key is withheld.
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
    if (response.status === 204) return new Response(null, { status: 204, headers });
    const retryAfter = headers.get('retry-after');
    const replaced = (status: number) =>
      errorResponse(status, 'upstream_error', retryAfter ? { headers: { 'retry-after': retryAfter } } : {});
    // 5xx bodies may hold a stack trace; the browser only learns the status.
    if (response.status >= 500) return replaced(response.status);
    const text = new TextDecoder().decode(read.bytes);
    const json = isJsonType(response.headers.get('content-type')) && isJson(text);
    // Only JSON reaches the browser: a 2xx HTML or text page (a captive portal, a misrouted CDN) becomes a 502, and a
    // non-JSON 4xx keeps its status with our own body. The API's 4xx JSON (field errors, not-found) passes through.
    if (!json) return replaced(response.ok ? 502 : response.status);
    // A body that echoes the key in any spelling is withheld whole: redacting one spelling would miss the others.
    if (mentionsKey(text, config.apiKey)) return replaced(response.status);
    headers.set('content-type', JSON_CONTENT_TYPE);
    return new Response(text, { status: response.status, headers });
  } catch {
    // The cause (a DNS name, an address, a stack) stays on the server.
    return timedOut ? errorResponse(504, 'upstream_timeout') : errorResponse(502, 'upstream_unreachable');
  } finally {
    clearTimeout(timer);
    call.client.signal.removeEventListener('abort', onClientGone);
  }
}
