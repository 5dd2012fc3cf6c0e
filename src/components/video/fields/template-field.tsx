'use client';
import type { CreateWords } from '../../../messages/words';
import { Field } from './field';

/** A template the dialog offers. */
export interface VideoTemplateOption {
  /** The id sent as `template_id`. */
  id: string;
  /** The name a person chooses by. */
  name: string;
}

interface TemplateFieldProps {
  value: string;
  error: string | undefined;
  templates: readonly VideoTemplateOption[] | undefined;
  m: CreateWords;
  onChange: (templateId: string) => void;
}

/** A select of the host's templates, or a text box for an id when the host gave none. */
export function TemplateField({ value, error, templates, m, onChange }: TemplateFieldProps) {
  if (!templates || templates.length === 0) {
    return (
      <Field label={m.createFieldTemplateId} error={error} hint={m.createTemplateIdHint}>
        {(control) => (
          <input
            {...control}
            className="ss-create-video-input"
            name="template_id"
            autoComplete="off"
            spellCheck={false}
            value={value}
            onChange={(event) => onChange(event.currentTarget.value)}
          />
        )}
      </Field>
    );
  }
  return (
    <Field label={m.createFieldTemplate} error={error}>
      {(control) => (
        <select
          {...control}
          className="ss-create-video-input"
          name="template_id"
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
        >
          <option value="">{m.createChooseTemplate}</option>
          {templates.map((template) => (
            <option key={template.id} value={template.id}>
              {template.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
