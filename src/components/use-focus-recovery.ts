'use client';
import { type FocusEvent, type FocusEventHandler, useEffect, useRef } from 'react';

/** The widget root's own focus handlers, which `useFocusRecovery` calls before its own. */
export interface FocusRecoveryHandlers<E extends Element> {
  /** Called when focus enters or moves inside the widget. */
  onFocus?: FocusEventHandler<E> | undefined;
  /** Called when focus leaves an element inside the widget. */
  onBlur?: FocusEventHandler<E> | undefined;
}

/**
 * Keeps a keyboard user's place when the control they were on goes away (a retry that worked, a cancelled export):
 * spread the result on the widget's root; once the focused control has left the page and focus has fallen to
 * `<body>`, `target()` is focused. Focus anywhere else on the page is never taken.
 */
export function useFocusRecovery<E extends Element>(
  target: () => HTMLElement | null | undefined,
  handlers: FocusRecoveryHandlers<E> = {},
): Required<FocusRecoveryHandlers<E>> {
  const focused = useRef<Element | null>(null);

  // Passive, and so after children's own effects: a child that moves focus itself (a card focusing its player) wins.
  useEffect(() => {
    const element = focused.current;
    if (!element || element.isConnected) return;
    focused.current = null;
    const active = element.ownerDocument.activeElement;
    if (active === null || active === element.ownerDocument.body) target()?.focus();
  });

  return {
    // React ignores the blur a removed element may fire during a commit, so `focused` still names it afterwards.
    onFocus: (event: FocusEvent<E>) => {
      handlers.onFocus?.(event);
      focused.current = event.target;
    },
    onBlur: (event: FocusEvent<E>) => {
      handlers.onBlur?.(event);
      const next = event.relatedTarget as Node | null;
      if (!next || !event.currentTarget.contains(next)) focused.current = null;
    },
  };
}
