'use client';
import { useEffect, useRef, useState } from 'react';

/**
 * Focus for editable lists: an added row's first input takes focus, and after a removal focus goes to the add button,
 * so keyboard users never land on <body>. `rowIds` are the rows in order; rows are only ever added at the end.
 */
export function useRowFocus(rowIds: readonly string[]) {
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  const [target, setTarget] = useState<'added' | 'add-button' | null>(null);
  const lastId = rowIds.at(-1);

  useEffect(() => {
    if (target === null) return;
    // The added row's id is only known once the update has run, so the effect looks it up after the render.
    if (target === 'add-button') addButton.current?.focus();
    else if (lastId !== undefined) inputs.current.get(lastId)?.focus();
    setTarget(null);
  }, [target, lastId]);

  return {
    addButton,
    /** A ref callback that registers a row's first input. */
    register: (id: string) => (element: HTMLInputElement | null) => {
      if (element) inputs.current.set(id, element);
      else inputs.current.delete(id);
    },
    focusAddedRow: () => setTarget('added'),
    focusAdd: () => setTarget('add-button'),
  };
}
