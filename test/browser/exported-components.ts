import type { ComponentType } from 'react';

const WRAPPED_COMPONENTS = new Set<symbol | undefined>([Symbol.for('react.forward_ref'), Symbol.for('react.memo')]);

/** True for a function component or a forwardRef/memo object; false for classes such as SixtySecondsError. */
function isComponent(value: unknown): value is ComponentType<object> {
  if (typeof value === 'function') return !Function.prototype.toString.call(value).startsWith('class');
  return (
    typeof value === 'object' && value !== null && WRAPPED_COMPONENTS.has((value as { $$typeof?: symbol }).$$typeof)
  );
}

/**
 * The components a module exports, by export name: capitalised functions and forwardRef/memo objects, minus
 * providers (the SSR tests wrap every component in one already). Sorted, so test names are stable.
 */
export function exportedComponents(module: Record<string, unknown>): Array<[string, ComponentType<object>]> {
  return Object.entries(module)
    .filter((entry): entry is [string, ComponentType<object>] => {
      const [name, value] = entry;
      return /^[A-Z]/.test(name) && !name.endsWith('Provider') && isComponent(value);
    })
    .sort(([a], [b]) => a.localeCompare(b));
}
