import type { MessageTools } from './tools';

/**
 * One message: plain text, or a function of named values and the locale's tools (for plurals and digits).
 * Functions always declare both parameters, so every catalogue's functions have English's arity.
 */
export type Message = string | ((values: never, tools: MessageTools) => string);

/** A message as a component calls it: text, or a function of its values alone (the locale is bound in). */
export type BoundMessage<M> = M extends (values: infer V, tools: MessageTools) => string ? (values: V) => string : M;

/** A catalogue whose functions have the locale bound in, as `useMessages()` hands it to components. */
export type Bound<C> = { readonly [K in keyof C]: BoundMessage<C[K]> };
