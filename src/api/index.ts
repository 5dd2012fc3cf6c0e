export { type CallOptions, type ClientOptions, createClient, type SixtySecondsClient } from './client';
export { type ApiErrorBody, parseErrorBody, statusMessage } from './error-body';
export {
  isSixtySecondsError,
  SixtySecondsError,
  type SixtySecondsErrorDetails,
  type SixtySecondsErrorKind,
} from './errors';
export { isVideosKey, KEY_ROOT, queryKeys } from './keys';
export { DEFAULT_RETRY, parseRetryAfter, type RetryPolicy, retryDelay } from './retry';
export { matchRoute, ROUTES, type RouteMatch, type RouteName, routePath } from './routes';
export * from './schemas';
export { joinUrl, type TransportOptions } from './transport';
