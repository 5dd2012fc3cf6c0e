/** `@sixtyseconds/react/mock/msw`: MSW v2 handlers serving a `createMockApi` mock. Needs the `msw` peer; no React. */
export { createMockHandlers, type MockHandlersOptions } from './msw';
