import { apiErrorResponse } from '../api';

/** Headers every mock response carries: nothing the mock answers may be cached. */
const BASE_HEADERS = { 'cache-control': 'no-store' };

/** A JSON response. */
export function json(status: number, body: unknown, headers: HeadersInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...BASE_HEADERS, 'content-type': 'application/json', ...Object.fromEntries(new Headers(headers)) },
  });
}

/** A machine-readable code for an HTTP error status, as in `{ error: { code } }`. */
export function errorCodeOf(status: number): string {
  const codes: Record<number, string> = {
    400: 'bad_request',
    401: 'unauthorized',
    403: 'forbidden',
    404: 'not_found',
    405: 'method_not_allowed',
    409: 'conflict',
    410: 'gone',
    422: 'validation_failed',
    429: 'rate_limited',
    500: 'internal_error',
    502: 'bad_gateway',
    503: 'service_unavailable',
    504: 'gateway_timeout',
  };
  return codes[status] ?? `http_${status}`;
}

/** An error in the mock's one error shape, `{ error: { code, message, fields? } }` (`ApiErrorBody`). */
export function apiError(
  status: number,
  options: { code?: string; message?: string; fields?: Record<string, string>; headers?: HeadersInit } = {},
): Response {
  const { code = errorCodeOf(status), message, fields, headers } = options;
  return apiErrorResponse(status, { code, message, fields }, headers);
}

/** A 400 for query values the API would refuse. */
export const invalidQuery = (fields: Record<string, string>): Response =>
  apiError(400, { code: 'invalid_query', message: 'Some query parameters are invalid.', fields });

/** A 422 for a body that is JSON but fails validation. */
export const validationFailed = (fields: Record<string, string>): Response =>
  apiError(422, {
    code: 'validation_failed',
    message: 'Some values are invalid; check the highlighted fields.',
    fields,
  });

/** A 404 naming what was not found. */
export const notFound = (message: string): Response => apiError(404, { code: 'not_found', message });

/** A plain response for an export file. */
export function file(body: string, contentType: string, filename: string): Response {
  return new Response(body, {
    status: 200,
    headers: {
      ...BASE_HEADERS,
      'content-type': contentType,
      'content-disposition': `attachment; filename="${filename}"`,
    },
  });
}
