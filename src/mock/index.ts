/** `@sixtyseconds/react/mock`: the in-memory SixtySeconds API and MSW handlers for it. No React here. */
export { createMockApi } from './create-mock-api';
export { createMockHandlers, type MockHandlersOptions } from './msw';
export type { Fault, MockApi, MockApiOptions, MockRequestRecord } from './types';
