// What the browser entry re-exports from the API layer: the client, the error and the types.
export { type CallOptions, type ClientOptions, createClient, type SixtySecondsClient } from './client';
export {
  isSixtySecondsError,
  SixtySecondsError,
  type SixtySecondsErrorDetails,
  type SixtySecondsErrorKind,
} from './errors';
export { DEFAULT_RETRY, type RetryOptions, type RetryPolicy } from './retry';
export type * from './schemas';
export type { TransportOptions } from './transport';
