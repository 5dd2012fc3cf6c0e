// Everything the library's own layers use; the browser entry publishes only the curated ./public.
export * from './body-rules';
export * from './client';
export * from './component-queries';
export * from './endpoints';
export * from './error-body';
export * from './errors';
export * from './fallback';
export * from './json-object';
export * from './keys';
export * from './queries';
export * from './query-options';
export * from './retry';
export * from './routes';
export * from './schemas';
export { joinUrl, type TransportOptions } from './transport';
export { fieldErrorsOf } from './validate';
