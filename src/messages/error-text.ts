import type { Bound } from './catalogue';
import type { CommonMessages } from './en';

/** Enough of a `SixtySecondsError` to word it (kept structural so this file needs nothing from the client). */
interface KindedError {
  kind: string;
  status?: number | undefined;
}

const isKinded = (error: unknown): error is KindedError =>
  typeof error === 'object' && error !== null && typeof (error as { kind?: unknown }).kind === 'string';

/**
 * The sentence to show for an error in the catalogue's language: a `SixtySecondsError` by its kind and status; a
 * host's own string or `Error` as it is (the host wrote it in its language); `undefined` when there is none.
 */
export function errorText(
  error: { message: string } | string | null | undefined,
  m: Bound<CommonMessages>,
): string | undefined {
  if (error === null || error === undefined) return undefined;
  if (typeof error === 'string') return error;
  if (!isKinded(error)) return error.message;
  switch (error.kind) {
    case 'network':
      return m.errorNetwork;
    case 'timeout':
      return m.errorTimeout;
    case 'invalid-response':
      return m.errorInvalidResponse;
    case 'invalid-request':
      return m.errorInvalidRequest;
    case 'aborted':
      return m.errorAborted;
  }
  const status = error.status ?? 0;
  if (status === 404) return m.errorNotFound;
  if (status === 401 || status === 403) return m.errorUnauthorized;
  if (status === 429) return m.errorRateLimited;
  if (status >= 500) return m.errorServer;
  return m.errorHttp({ status });
}
