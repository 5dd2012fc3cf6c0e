'use client';
import { useId } from 'react';
import type { AspectRatio } from '../../../api';
import { ASPECT_RATIO_LABELS, ASPECT_RATIOS } from '../aspect-ratio';
import { FieldError } from './field';

interface AspectRatioFieldProps {
  value: AspectRatio;
  error: string | undefined;
  onChange: (ratio: AspectRatio) => void;
}

/** Native radios (arrow keys for free), each with a small drawing of the frame's shape. */
export function AspectRatioField({ value, error, onChange }: AspectRatioFieldProps) {
  const name = useId();
  const errorId = `${name}-error`;
  return (
    <fieldset className="ss-create-video-fieldset" aria-describedby={error ? errorId : undefined}>
      <legend className="ss-create-video-label">Aspect ratio</legend>
      <div className="ss-create-video-ratios">
        {ASPECT_RATIOS.map((ratio) => (
          <label key={ratio} className="ss-create-video-ratio">
            <input
              type="radio"
              name={name}
              value={ratio}
              checked={value === ratio}
              aria-invalid={error && value === ratio ? true : undefined}
              onChange={() => onChange(ratio)}
            />
            <span className="ss-create-video-ratio-shape" data-aspect-ratio={ratio} aria-hidden="true" />
            <span>
              {ratio} <span className="ss-create-video-ratio-name">{ASPECT_RATIO_LABELS[ratio]}</span>
            </span>
          </label>
        ))}
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
