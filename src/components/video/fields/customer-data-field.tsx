'use client';
import { useId } from 'react';
import type { CreateWords } from '../../../messages/words';
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
  m: CreateWords;
}

/** The suggested fields' names in the catalogue; any other name is shown as written, humanised. */
const SUGGESTED_NAMES = new Map<string, Extract<keyof CreateWords, `createCustomer${string}`>>([
  ['first_name', 'createCustomerFirstName'],
  ['last_name', 'createCustomerLastName'],
  ['company', 'createCustomerCompany'],
  ['product_interest', 'createCustomerProductInterest'],
]);

const fieldName = (key: string, m: CreateWords) => {
  const known = SUGGESTED_NAMES.get(key);
  return known ? m[known] : humanizeKey(key);
};

/**
 * `customer_data` as editable name/value rows under "Field" and "Value" column headings (a table, so screen readers
 * announce the heading of the column a box is in); any name can be added or removed.
 */
export function CustomerDataField({ rows, errors, update, m }: CustomerDataFieldProps) {
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
      <legend id={`${id}-legend`} className="ss-create-video-label">
        {m.createCustomerData}
      </legend>
      <p id={`${id}-hint`} className="ss-create-video-hint">
        {m.createCustomerHint}
      </p>
      {rows.length > 0 && (
        <table className="ss-create-video-table" aria-labelledby={`${id}-legend`}>
          <thead>
            <tr>
              <th scope="col">{m.createColumnField}</th>
              <th scope="col">{m.createColumnValue}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const key = row.key.trim();
              const number = index + 1;
              const name = key ? fieldName(key, m) : m.createFieldValue({ index: number });
              const nameError = errors[customerNameErrorKey(row)];
              const valueError = key ? errors[customerErrorKey(row)] : undefined;
              const nameErrorId = `${id}-${row.id}-name-error`;
              const valueErrorId = `${id}-${row.id}-value-error`;
              return (
                <tr key={row.id}>
                  <td>
                    <input
                      ref={focus.register(row.id)}
                      className="ss-create-video-input"
                      aria-label={m.createFieldName({ index: number })}
                      aria-invalid={nameError ? true : undefined}
                      aria-describedby={nameError ? nameErrorId : undefined}
                      autoComplete="off"
                      spellCheck={false}
                      value={row.key}
                      onChange={(event) => edit(row, { key: event.currentTarget.value })}
                    />
                    <FieldError id={nameErrorId} message={nameError} />
                  </td>
                  <td>
                    <input
                      className="ss-create-video-input"
                      aria-label={name}
                      aria-invalid={valueError ? true : undefined}
                      aria-describedby={valueError ? valueErrorId : undefined}
                      value={row.value}
                      onChange={(event) => edit(row, { value: event.currentTarget.value })}
                    />
                    <FieldError id={valueErrorId} message={valueError} />
                  </td>
                  <td>
                    <button type="button" className="ss-button ss-create-video-remove" onClick={() => remove(row)}>
                      <span aria-hidden="true">×</span>
                      <span className="ss-visually-hidden">
                        {key ? m.createRemoveNamed({ name }) : m.createRemoveField({ index: number })}
                      </span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <button ref={focus.addButton} type="button" className="ss-button" onClick={add}>
        {m.createAddField}
      </button>
      <FieldError id={`${id}-error`} message={groupError} />
    </fieldset>
  );
}
