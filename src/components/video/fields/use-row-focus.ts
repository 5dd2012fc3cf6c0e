import { useEffect, useRef, useState } from 'react';

/**
 * Focus for editable lists: an added row's first input takes focus, and after a removal focus goes to the add button,
 * so keyboard users never land on <body>.
 */
export function useRowFocus() {
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  const [target, setTarget] = useState<string | null>(null);

  useEffect(() => {
    if (target === null) return;
    if (target === '') addButton.current?.focus();
    else inputs.current.get(target)?.focus();
    setTarget(null);
  }, [target]);

  return {
    addButton,
    /** A ref callback that registers a row's first input. */
    register: (id: string) => (element: HTMLInputElement | null) => {
      if (element) inputs.current.set(id, element);
      else inputs.current.delete(id);
    },
    focusRow: (id: string) => setTarget(id),
    focusAdd: () => setTarget(''),
  };
}
