/**
 * `@sixtyseconds/react/mock`: the in-memory SixtySeconds API. No React and no `msw` here: its MSW handlers are the
 * separate `@sixtyseconds/react/mock/msw` entry, so hosts without the optional `msw` peer can import this one.
 */
export { createMockApi } from './create-mock-api';
export type { Fault, MockApi, MockApiOptions, MockRequestRecord } from './types';
