'use client';
import { type FormEvent, useId, useState } from 'react';
import type { ExportFormat } from '../../api';
import { useWords } from '../../hooks/use-words';
import type { MessageOverrides } from '../../messages';
import { type PanelWords, panelWords } from '../../messages/words';
import { metricLabel } from '../format';

/** What the export form submits. */
export interface ExportChoice {
  /** CSV or JSON. */
  format: ExportFormat;
  /** The ticked metrics, in the offered order. */
  metrics: string[];
}

/** Props of the internal export options form. */
export interface ExportFormProps {
  /** The element id, for the toggle's `aria-controls`. */
  id: string;
  /** The metrics on offer; all start ticked. */
  metrics: readonly string[];
  /** True while an export runs: the options cannot change under it. */
  disabled: boolean;
  /** Called with a valid choice (at least one metric). */
  onSubmit: (choice: ExportChoice) => void;
  /** Words over the provider's catalogue. */
  messages?: MessageOverrides | undefined;
}

const FORMATS: Array<{ value: ExportFormat; label: (m: PanelWords) => string }> = [
  { value: 'csv', label: (m) => m.exportFormatCsv },
  { value: 'json', label: (m) => m.exportFormatJson },
];

/** Format radios and metric checkboxes; refuses to submit with no metric ticked and says why. */
export function ExportForm({ id, metrics, disabled, onSubmit, messages }: ExportFormProps) {
  const m = useWords(panelWords, messages);
  const errorId = useId();
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [chosen, setChosen] = useState<string[]>(() => [...metrics]);
  const [tried, setTried] = useState(false);
  const empty = chosen.length === 0;

  const toggle = (metric: string, on: boolean) =>
    setChosen((current) => metrics.filter((name) => (name === metric ? on : current.includes(name))));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!empty) onSubmit({ format, metrics: chosen });
  };

  return (
    <form id={id} className="ss-export-form" onSubmit={submit} aria-label={m.exportOptions}>
      <fieldset className="ss-export-fieldset" disabled={disabled}>
        <legend className="ss-export-legend">{m.exportFormat}</legend>
        {FORMATS.map((option) => (
          <label key={option.value} className="ss-export-option">
            <input
              type="radio"
              name={`${id}-format`}
              value={option.value}
              checked={format === option.value}
              onChange={() => setFormat(option.value)}
            />
            {option.label(m)}
          </label>
        ))}
      </fieldset>
      <fieldset
        className="ss-export-fieldset"
        disabled={disabled}
        aria-describedby={tried && empty ? errorId : undefined}
      >
        <legend className="ss-export-legend">{m.exportMetrics}</legend>
        {metrics.map((metric) => (
          <label key={metric} className="ss-export-option">
            <input
              type="checkbox"
              name={`${id}-metrics`}
              value={metric}
              checked={chosen.includes(metric)}
              onChange={(event) => toggle(metric, event.target.checked)}
            />
            {metricLabel(metric, m)}
          </label>
        ))}
      </fieldset>
      {tried && empty ? (
        <p id={errorId} role="alert" className="ss-export-error">
          {m.exportNoMetric}
        </p>
      ) : null}
      <button type="submit" className="ss-button ss-button-primary ss-export-submit" disabled={disabled}>
        {m.exportStart}
      </button>
    </form>
  );
}
