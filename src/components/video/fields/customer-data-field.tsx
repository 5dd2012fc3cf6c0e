'use client';
import { useId } from 'react';
import { humanizeKey } from '../../format';
import {
  type CreateVideoUpdate,
  type CustomerRow,
  customerErrorKey,
  customerNameErrorKey,
} from '../create-video-values';
import { describedBy, FieldError } from './field';
import { rowActions } from './rows';
import { useRowFocus } from './use-row-focus';

interface CustomerDataFieldProps {
  rows: readonly CustomerRow[];
  errors: Record<string, string>;
  update: CreateVideoUpdate;
}

/** `customer_data` as editable name/value rows; any name can be added or removed. */
export function CustomerDataField({ rows, errors, update }: CustomerDataFieldProps) {
  const id = useId();
  const focus = useRowFocus(rows.map((row) => row.id));
  const groupError = errors.customer_data;
  const actions = rowActions(update, 'customer');

  const edit = (row: CustomerRow, patch: Partial<CustomerRow>) =>
    actions.edit(row.id, patch, 'customer_data', customerErrorKey(row), customerNameErrorKey(row));
  const add = () => {
    actions.add({ key: '', value: '' });
    focus.focusAddedRow();
  };
  const remove = (row: CustomerRow) => {
    actions.remove(row.id, customerErrorKey(row), customerNameErrorKey(row));
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
                <button type="button" className="ss-button ss-create-video-remove" onClick={() => remove(row)}>
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
      <button ref={focus.addButton} type="button" className="ss-button" onClick={add}>
        Add field
      </button>
      <FieldError id={`${id}-error`} message={groupError} />
    </fieldset>
  );
}
