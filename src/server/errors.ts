import { apiErrorResponse } from '../api/error-body';

/** Machine-readable codes of the errors the proxy itself answers with. */
export type ProxyErrorCode =
  | 'not_found'
  | 'method_not_allowed'
  | 'invalid_path'
  | 'invalid_id'
  | 'uri_too_long'
  | 'unauthorized'
  | 'forbidden'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'invalid_json'
  | 'invalid_query'
  | 'validation_failed'
  | 'request_timeout'
  | 'upstream_timeout'
  | 'upstream_unreachable'
  | 'upstream_error'
  | 'proxy_error';

/** Options of `errorResponse`. */
export interface ErrorResponseOptions {
  /** A message a person can act on; defaults to the readable message for the status. */
  message?: string | undefined;
  /** Per-field messages, for 400s about one value. */
  fields?: Record<string, string> | undefined;
  /** Extra headers, e.g. `Allow` on a 405. */
  headers?: Record<string, string> | undefined;
}

/** `Cache-Control` on every proxy answer: private and unstored, so account data never sits in a shared cache. */
export const PROXY_CACHE_CONTROL = 'private, no-store';

/** A JSON error in the shape the client reads (`ApiErrorBody`); the text never mentions the key or upstream. */
export function errorResponse(status: number, code: ProxyErrorCode, options: ErrorResponseOptions = {}): Response {
  const { message, fields, headers } = options;
  return apiErrorResponse(status, { code, message, fields }, { 'cache-control': PROXY_CACHE_CONTROL, ...headers });
}

// Responses for requests outside `basePath`: a framework adapter may hand these on (Express `next()`) instead.
const declined = new WeakSet<Response>();

/** The 404 for a request outside the proxy's `basePath`, marked so `toNodeHandler` can call `next()` instead. */
export function declinedResponse(message?: string): Response {
  const response = errorResponse(404, 'not_found', { message });
  declined.add(response);
  return response;
}

/** True when the handler did not claim the request (it is outside `basePath`). */
export const isDeclined = (response: Response): boolean => declined.has(response);
