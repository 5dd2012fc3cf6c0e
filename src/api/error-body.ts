/** The JSON error body our mock and proxy send: `{ error: { code, message, fields? } }`. */
export interface ApiErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}

/** What a person can act on, per status, when the body says nothing useful. */
const STATUS_MESSAGES: Record<number, string> = {
  400: 'The request was not accepted: some values are invalid.',
  401: 'Not signed in: the proxy or the API refused the credentials.',
  403: 'Not allowed: this account may not do that.',
  404: 'Not found: it may have been deleted, or the id is wrong.',
  405: 'That method is not allowed on this endpoint.',
  408: 'The server timed out waiting for the request.',
  409: 'That conflicts with the current state; reload and try again.',
  413: 'The request is too large.',
  415: 'The request must be JSON.',
  422: 'Some values are invalid; check the highlighted fields.',
  429: 'Too many requests: wait a moment and try again.',
  500: 'The SixtySeconds API had an internal error; try again shortly.',
  502: 'The proxy could not reach the SixtySeconds API; try again shortly.',
  503: 'The SixtySeconds API is unavailable; try again shortly.',
  504: 'The SixtySeconds API took too long to answer; try again shortly.',
};

/** A readable fallback message for an HTTP status. */
export const statusMessage = (status: number): string =>
  STATUS_MESSAGES[status] ?? `The request failed with HTTP ${status}.`;

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

function readFields(value: unknown): Record<string, string> | undefined {
  if (Array.isArray(value)) {
    const out: Record<string, string> = {};
    for (const item of value) {
      const row = asRecord(item);
      if (row && typeof row.field === 'string') out[row.field] = String(row.message ?? 'Invalid value.');
    }
    return Object.keys(out).length ? out : undefined;
  }
  const record = asRecord(value);
  if (!record) return undefined;
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(record)) {
    const first = Array.isArray(message) ? message[0] : message;
    if (first !== undefined) out[field] = String(first);
  }
  return Object.keys(out).length ? out : undefined;
}

/** Reads the common shapes of a JSON error body into a message, code and per-field messages. */
export function parseErrorBody(body: unknown): {
  message?: string;
  code?: string;
  fieldErrors?: Record<string, string>;
} {
  const root = asRecord(body);
  if (!root) return {};
  const inner = asRecord(root.error) ?? root;
  const message =
    typeof inner.message === 'string' ? inner.message : typeof root.error === 'string' ? root.error : undefined;
  const code = typeof inner.code === 'string' ? inner.code : undefined;
  const fieldErrors = readFields(inner.fields ?? inner.field_errors ?? inner.errors ?? root.errors);
  return {
    ...(message !== undefined && { message }),
    ...(code !== undefined && { code }),
    ...(fieldErrors && { fieldErrors }),
  };
}

/** The parts of an `ApiErrorBody`; the message defaults to the readable one for the status. */
export interface ApiErrorParts {
  code: string;
  message?: string | undefined;
  fields?: Record<string, string> | undefined;
}

// Errors are never cached and never sniffed as anything but JSON.
const ERROR_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
} as const;

/** A JSON `ApiErrorBody` response, as the mock and the proxy both answer; `headers` add to or override the defaults. */
export function apiErrorResponse(status: number, parts: ApiErrorParts, headers?: HeadersInit): Response {
  const body: ApiErrorBody = {
    error: {
      code: parts.code,
      message: parts.message ?? statusMessage(status),
      ...(parts.fields && { fields: parts.fields }),
    },
  };
  const merged = new Headers(ERROR_HEADERS);
  new Headers(headers).forEach((value, name) => {
    merged.set(name, value);
  });
  return new Response(JSON.stringify(body), { status, headers: merged });
}
