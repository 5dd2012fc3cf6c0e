import { useId } from 'react';
import {
  type CreateVideoUpdate,
  type CustomerRow,
  customerErrorKey,
  customerNameErrorKey,
} from '../create-video-values';
import { describedBy, FieldError } from './field';
import { useRowFocus } from './use-row-focus';

interface CustomerDataFieldProps {
  rows: readonly CustomerRow[];
  /** The id the next added row gets. */
  nextId: number;
  errors: Record<string, string>;
  update: CreateVideoUpdate;
}

/** `first_name` → "First name": the label a value box is announced with. */
export const humanizeKey = (key: string) => {
  const words = key.trim().replace(/[_-]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** `customer_data` as editable name/value rows; any name can be added or removed. */
export function CustomerDataField({ rows, nextId, errors, update }: CustomerDataFieldProps) {
  const id = useId();
  const focus = useRowFocus();
  const groupError = errors.customer_data;

  const edit = (row: CustomerRow, patch: Partial<CustomerRow>) =>
    update(
      (values) => ({ customer: values.customer.map((r) => (r.id === row.id ? { ...r, ...patch } : r)) }),
      'customer_data',
      customerErrorKey(row),
      customerNameErrorKey(row),
    );
  const add = () => {
    const added = `r${nextId}`;
    update((values) => ({ customer: [...values.customer, { id: added, key: '', value: '' }], nextId: nextId + 1 }));
    focus.focusRow(added);
  };
  const remove = (row: CustomerRow) => {
    update((values) => ({ customer: values.customer.filter((r) => r.id !== row.id) }), customerErrorKey(row));
    focus.focusAdd();
  };

  return (
    <fieldset
      className="ss-create-video-fieldset"
      aria-describedby={describedBy(`${id}-hint`, groupError && `${id}-error`)}
    >
      <legend className="ss-create-video-label">Customer data</legend>
      <p id={`${id}-hint`} className="ss-create-video-hint">
        Each name becomes a personalisation field; empty rows are not sent.
      </p>
      {rows.length > 0 && (
        <ul className="ss-create-video-rows">
          {rows.map((row, index) => {
            const name = row.key.trim() ? humanizeKey(row.key) : `Field ${index + 1} value`;
            const nameError = errors[customerNameErrorKey(row)];
            const valueError = row.key.trim() ? errors[customerErrorKey(row)] : undefined;
            const nameErrorId = `${id}-${row.id}-name-error`;
            const valueErrorId = `${id}-${row.id}-value-error`;
            return (
              <li key={row.id} className="ss-create-video-row">
                <input
                  ref={focus.register(row.id)}
                  className="ss-create-video-input ss-create-video-row-key"
                  aria-label={`Field ${index + 1} name`}
                  aria-invalid={nameError ? true : undefined}
                  aria-describedby={nameError ? nameErrorId : undefined}
                  autoComplete="off"
                  spellCheck={false}
                  value={row.key}
                  onChange={(event) => edit(row, { key: event.currentTarget.value })}
                />
                <input
                  className="ss-create-video-input ss-create-video-row-value"
                  aria-label={name}
                  aria-invalid={valueError ? true : undefined}
                  aria-describedby={valueError ? valueErrorId : undefined}
                  value={row.value}
                  onChange={(event) => edit(row, { value: event.currentTarget.value })}
                />
                <button type="button" className="ss-video-button ss-create-video-remove" onClick={() => remove(row)}>
                  <span aria-hidden="true">×</span>
                  <span className="ss-visually-hidden">Remove {row.key.trim() ? name : `field ${index + 1}`}</span>
                </button>
                <FieldError id={nameErrorId} message={nameError} />
                <FieldError id={valueErrorId} message={valueError} />
              </li>
            );
          })}
        </ul>
      )}
      <button ref={focus.addButton} type="button" className="ss-video-button" onClick={add}>
        Add field
      </button>
      <FieldError id={`${id}-error`} message={groupError} />
    </fieldset>
  );
}
