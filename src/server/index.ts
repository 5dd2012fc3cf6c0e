// @sixtyseconds/react/server — the proxy that keeps the SixtySeconds API key on the server. No React here.
export type { Authorize, AuthorizeResult } from './authorize';
export { createProxyHandler, type ProxyHandler } from './handler';
export { type NodeHandler, toNodeHandler } from './node-adapter';
export { DEFAULT_UPSTREAM, type ProxyOptions } from './options';
