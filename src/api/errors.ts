/** What went wrong, in the terms a caller branches on. */
export type SixtySecondsErrorKind = 'network' | 'timeout' | 'http' | 'invalid-response' | 'invalid-request' | 'aborted';

/** The details a `SixtySecondsError` carries besides its message. */
export interface SixtySecondsErrorDetails {
  /** The HTTP status, for `http` errors. */
  status?: number | undefined;
  /** The API's machine-readable error code, when it sent one. */
  code?: string | undefined;
  /** The dotted path of the field that failed, for `invalid-response` errors. */
  field?: string | undefined;
  /** A message per field, for `invalid-request` errors and 400/422 answers. */
  fieldErrors?: Record<string, string> | undefined;
  /** How long the API asked us to wait (`Retry-After`), in milliseconds. */
  retryAfterMs?: number | undefined;
  /** The underlying error, if any. */
  cause?: unknown;
}

/** The one error type the client, hooks and components report. */
export class SixtySecondsError extends Error {
  override readonly name = 'SixtySecondsError';
  /** What went wrong. */
  readonly kind: SixtySecondsErrorKind;
  /** The HTTP status, for `http` errors. */
  readonly status: number | undefined;
  /** The API's machine-readable error code, when it sent one. */
  readonly code: string | undefined;
  /** The dotted path of the field that failed, for `invalid-response` errors. */
  readonly field: string | undefined;
  /** A message per field, for `invalid-request` errors and 400/422 answers. */
  readonly fieldErrors: Record<string, string> | undefined;
  /** How long the API asked us to wait, in milliseconds. */
  readonly retryAfterMs: number | undefined;

  constructor(kind: SixtySecondsErrorKind, message: string, details: SixtySecondsErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = kind;
    this.status = details.status;
    this.code = details.code;
    this.field = details.field;
    this.fieldErrors = details.fieldErrors;
    this.retryAfterMs = details.retryAfterMs;
  }

  /** True for failures worth retrying: network, timeout, 429 and 5xx. */
  get retryable(): boolean {
    if (this.kind === 'network' || this.kind === 'timeout') return true;
    return this.kind === 'http' && this.status !== undefined && (this.status === 429 || this.status >= 500);
  }
}

/** Narrows an unknown value to a `SixtySecondsError`. */
export const isSixtySecondsError = (error: unknown): error is SixtySecondsError => error instanceof SixtySecondsError;
