'use client';
import { type ReactNode, useId } from 'react';

/** The attributes that tie a control to its label, hint and error. */
export interface ControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

/** Joins the ids of the descriptions that are present. */
export const describedBy = (...ids: Array<string | false | undefined>) => ids.filter(Boolean).join(' ') || undefined;

/** A field's error message; rendered only when there is one, so `aria-describedby` never points at nothing. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="ss-create-video-error">
      {message}
    </p>
  );
}

interface FieldProps {
  label: ReactNode;
  error: string | undefined;
  hint?: ReactNode | undefined;
  /** Renders the control with the ids that connect it to the label, hint and error. */
  children: (control: ControlProps) => ReactNode;
}

/** A labelled control with an optional hint and error, connected by `aria-describedby` and `aria-invalid`. */
export function Field({ label, error, hint, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="ss-create-video-field">
      <label htmlFor={id} className="ss-create-video-label">
        {label}
      </label>
      {children({
        id,
        'aria-describedby': describedBy(hint !== undefined && hintId, error && errorId),
        'aria-invalid': error ? true : undefined,
      })}
      {hint !== undefined && (
        <p id={hintId} className="ss-create-video-hint">
          {hint}
        </p>
      )}
      <FieldError id={errorId} message={error} />
    </div>
  );
}
