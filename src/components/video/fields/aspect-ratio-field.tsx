'use client';
import { useId } from 'react';
import type { AspectRatio } from '../../../api';
import type { CreateWords } from '../../../messages/words';
import { ASPECT_RATIOS } from '../aspect-ratio';
import { FieldError } from './field';

interface AspectRatioFieldProps {
  value: AspectRatio;
  error: string | undefined;
  m: CreateWords;
  onChange: (ratio: AspectRatio) => void;
}

/** Each ratio's short name in the catalogue. */
const RATIO_NAMES = {
  '9:16': 'createRatioPortrait',
  '16:9': 'createRatioLandscape',
  '1:1': 'createRatioSquare',
} as const satisfies Record<AspectRatio, keyof CreateWords>;

/** Native radios (arrow keys for free) on one row, each with a small drawing of the frame's shape. */
export function AspectRatioField({ value, error, m, onChange }: AspectRatioFieldProps) {
  const name = useId();
  const errorId = `${name}-error`;
  return (
    <fieldset className="ss-create-video-fieldset" aria-describedby={error ? errorId : undefined}>
      <legend className="ss-create-video-label">{m.createAspectRatio}</legend>
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
            <span className="ss-create-video-ratio-text">
              {ratio} <span className="ss-create-video-ratio-name">{m[RATIO_NAMES[ratio]]}</span>
            </span>
          </label>
        ))}
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
