import { PROXY_CACHE_CONTROL } from './errors';
import { mentionsKey } from './key-scan';

/** Client headers worth passing on; everything else (Authorization, Cookie, hop-by-hop, Forwarded, Host) stays. */
const FORWARDED_REQUEST_HEADERS = ['accept', 'accept-language', 'content-type', 'user-agent'] as const;

/**
 * Upstream headers a browser may see. An allow-list rather than a deny-list, so Set-Cookie, hop-by-hop headers,
 * Location (which names the upstream host) and Content-Encoding/Length (fetch has already decoded the body) all stay.
 * Cache-Control is the proxy's own: the API's word on caching cannot make account data shareable.
 */
const FORWARDED_RESPONSE_HEADERS = [
  'content-type',
  'etag',
  'last-modified',
  'retry-after',
  'x-request-id',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
] as const;

/** The headers sent upstream: the allow-listed client headers plus the key, which only ever travels this way. */
export function upstreamHeaders(client: Headers, apiKey: string, hasBody: boolean): Headers {
  const headers = new Headers();
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = client.get(name);
    if (value !== null && (name !== 'content-type' || hasBody)) headers.set(name, value);
  }
  if (!headers.has('accept')) headers.set('accept', 'application/json');
  headers.set('authorization', `Bearer ${apiKey}`);
  return headers;
}

/** The headers sent back to the browser: allow-listed upstream headers, never one that mentions the key in any form. */
export function clientHeaders(upstream: Headers, apiKey: string): Headers {
  const headers = new Headers({ 'x-content-type-options': 'nosniff' });
  for (const name of FORWARDED_RESPONSE_HEADERS) {
    const value = upstream.get(name);
    if (value !== null && !mentionsKey(value, apiKey)) headers.set(name, value);
  }
  headers.set('cache-control', PROXY_CACHE_CONTROL);
  return headers;
}
