import type { CreateVideoUpdate, CreateVideoValues } from '../create-video-values';

type RowList = 'customer' | 'keyPoints';
type RowOf<List extends RowList> = CreateVideoValues[List][number];

/**
 * Add, edit and remove for one of the form's row lists. Every change is computed from the latest values, so a new
 * row's id comes from the current `nextId` even when two adds land before a render.
 */
export function rowActions<List extends RowList>(update: CreateVideoUpdate, list: List) {
  const rows = (values: CreateVideoValues) => values[list] as Array<RowOf<List>>;
  const set = (next: Array<RowOf<List>>, extra: Partial<CreateVideoValues> = {}) =>
    ({ [list]: next, ...extra }) as Partial<CreateVideoValues>;
  return {
    /** Appends a row with the next free id; the field moves focus to it once it renders. */
    add: (blank: Omit<RowOf<List>, 'id'>) =>
      update((values) =>
        set([...rows(values), { ...blank, id: `r${values.nextId}` } as RowOf<List>], { nextId: values.nextId + 1 }),
      ),
    /** Changes one row and clears the error keys the edit makes stale. */
    edit: (id: string, patch: Partial<RowOf<List>>, ...clearErrors: string[]) =>
      update((values) => set(rows(values).map((row) => (row.id === id ? { ...row, ...patch } : row))), ...clearErrors),
    /** Drops one row and clears the error keys that pointed at it (or that its removal shifts). */
    remove: (id: string, ...clearErrors: string[]) =>
      update((values) => set(rows(values).filter((row) => row.id !== id)), ...clearErrors),
  };
}
