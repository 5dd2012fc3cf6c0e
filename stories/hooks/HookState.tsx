import type { ReactNode } from 'react';
import type { SixtySecondsError } from '../../src/api';

/** Props of `HookState`: what a hook returned, and how to show its data. */
export interface HookStateProps<T> {
  title: string;
  result: { data?: T | undefined; error?: SixtySecondsError | undefined; isLoading?: boolean; isValidating?: boolean };
  children: (data: T) => ReactNode;
}

/** Shows a hook's loading, error and data states the way a host app might, for the hooks' stories. */
export function HookState<T>({ title, result, children }: HookStateProps<T>) {
  const { data, error, isLoading, isValidating } = result;
  return (
    <section aria-labelledby="hook-title" style={{ fontFamily: 'var(--ss-font-family)', maxWidth: 720 }}>
      <h2 id="hook-title">{title}</h2>
      <p aria-live="polite">{isLoading ? 'Loading…' : isValidating ? 'Refreshing…' : data ? 'Up to date' : ''}</p>
      {error && (
        <p role="alert">
          {error.kind}
          {error.status ? ` ${error.status}` : ''}: {error.message}
        </p>
      )}
      {data !== undefined && children(data)}
    </section>
  );
}

/** A story parameter that holds every answer for ten minutes: the loading state, for as long as anyone looks. */
export const forever = { mock: { latencyMs: 600_000 } };
