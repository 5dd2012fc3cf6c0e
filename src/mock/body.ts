import { isJsonContentType, parseJsonObject, ROUTES, type RouteName } from '../api';
import { apiError } from './responses';

/** The outcome of reading a request body as a JSON object. */
export type BodyResult = { ok: true; value: Record<string, unknown> } | { ok: false; message: string };

/** Reads a body that must be a JSON object; anything else is a 400, as a real API answers. */
export function jsonObjectOf(text: string): BodyResult {
  const parsed = parseJsonObject(text);
  if (parsed.ok) return parsed;
  return {
    ok: false,
    message:
      parsed.reason === 'invalid-json'
        ? 'The request body must be valid JSON.'
        : 'The request body must be a JSON object.',
  };
}

/**
 * The proxy's rules for a request body, applied as the proxy applies them (the same rule, imported): a JSON content
 * type with no charset but UTF-8 (415), at most `maxBytes` (413). Undefined when the body may go on.
 */
export function refuseBody(route: RouteName | null, contentType: string | null, bytes: number, maxBytes: number) {
  if (route === null || ROUTES[route].method !== 'POST') return undefined;
  if (!isJsonContentType(contentType)) {
    return apiError(415, {
      code: 'unsupported_media_type',
      message: 'The request must be JSON: send Content-Type: application/json (UTF-8).',
    });
  }
  if (bytes > maxBytes) {
    return apiError(413, { code: 'payload_too_large', message: `The request body is over ${maxBytes} bytes.` });
  }
  return undefined;
}
