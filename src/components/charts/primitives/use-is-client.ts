'use client';
import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * `false` on the server and while hydrating, `true` afterwards (and at once in a client-only render), so text that
 * depends on the runtime's Intl data can be upgraded after hydration without a server/client mismatch.
 */
export const useIsClient = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
