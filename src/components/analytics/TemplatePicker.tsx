'use client';
import { MAX_COMPARED_TEMPLATES } from '../../hooks/use-template-comparison';
import { useWords } from '../../hooks/use-words';
import { cardWords } from '../../messages/words';
import type { MessagesProps } from '../data-state';
import type { VideoTemplateOption } from '../video/fields/template-field';

/** Props of the internal template picker. */
export interface TemplatePickerProps extends MessagesProps {
  /** The host's templates, as for `CreateVideoDialog`. */
  options: readonly VideoTemplateOption[];
  /** The ids ticked, in the order they were chosen. */
  value: readonly string[];
  /** Called with the new list of ids. */
  onChange: (ids: string[]) => void;
}

/** Checkboxes of the host's templates; once four are ticked the others wait, so at most four are fetched. */
export function TemplatePicker({ options, value, onChange, messages }: TemplatePickerProps) {
  const m = useWords(cardWords, messages);
  const full = value.length >= MAX_COMPARED_TEMPLATES;
  return (
    <fieldset className="ss-template-picker">
      <legend className="ss-template-picker-legend">{m.templatesPickerLegend({ max: MAX_COMPARED_TEMPLATES })}</legend>
      {options.map((option) => {
        const checked = value.includes(option.id);
        return (
          <label key={option.id} className="ss-template-picker-option" data-state={checked ? 'on' : 'off'}>
            <input
              type="checkbox"
              className="ss-template-picker-input"
              checked={checked}
              disabled={!checked && full}
              onChange={() => onChange(checked ? value.filter((id) => id !== option.id) : [...value, option.id])}
            />
            {option.name}
          </label>
        );
      })}
    </fieldset>
  );
}
