import { JSON_CONTENT_TYPE } from '../api/body-rules';
import { PROXY_CACHE_CONTROL } from './errors';
import { mentionsKey } from './key-scan';

/**
 * Client headers worth passing on; everything else (Authorization, Cookie, hop-by-hop, Forwarded, Host) stays, and
 * Content-Type is the proxy's own.
 */
const FORWARDED_REQUEST_HEADERS = ['accept', 'accept-language', 'user-agent'] as const;

/**
 * Upstream headers a browser may see, each with the only shape it may have: an allow-list of what our client reads,
 * not a deny-list, so Set-Cookie, hop-by-hop headers, Location (which names the upstream host), Content-Encoding and
 * Length (fetch has already decoded the body) and free-text headers such as X-Request-Id (which could echo anything,
 * the key included) all stay behind.
 * - `retry-after`: the client's retry waits as long as the API asks; delta-seconds or an HTTP date, nothing else.
 * Content-Type is the proxy's own (`application/json; charset=utf-8`, set where a JSON body passes), and so is
 * Cache-Control: the API's word on caching cannot make account data shareable.
 */
const FORWARDED_RESPONSE_HEADERS: Record<string, RegExp> = {
  'retry-after': /^(?:\d{1,10}|[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT)$/,
};

/** The headers sent upstream: the allow-listed client headers plus the key, which only ever travels this way. */
export function upstreamHeaders(client: Headers, apiKey: string, hasBody: boolean): Headers {
  const headers = new Headers();
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = client.get(name);
    if (value !== null) headers.set(name, value);
  }
  // The body was read as UTF-8 JSON and checked; its parameters (a second charset, a boundary) stay behind.
  if (hasBody) headers.set('content-type', JSON_CONTENT_TYPE);
  if (!headers.has('accept')) headers.set('accept', 'application/json');
  headers.set('authorization', `Bearer ${apiKey}`);
  return headers;
}

/** The headers sent back to the browser: allow-listed upstream headers of the expected shape, never one that mentions the key. */
export function clientHeaders(upstream: Headers, apiKey: string): Headers {
  const headers = new Headers({ 'x-content-type-options': 'nosniff' });
  for (const [name, shape] of Object.entries(FORWARDED_RESPONSE_HEADERS)) {
    const value = upstream.get(name)?.trim();
    if (value !== undefined && shape.test(value) && !mentionsKey(value, apiKey)) headers.set(name, value);
  }
  headers.set('cache-control', PROXY_CACHE_CONTROL);
  return headers;
}
