'use client';
import { useId } from 'react';
import type { CreateWords } from '../../../messages/words';
import { type CreateVideoUpdate, type KeyPointRow, keyPointErrorKey, VIDEO_TONES } from '../create-video-values';
import { Field, FieldError } from './field';
import { rowActions } from './rows';
import { useRowFocus } from './use-row-focus';

interface AiMessagingFieldsProps {
  tone: string;
  keyPoints: readonly KeyPointRow[];
  errors: Record<string, string>;
  update: CreateVideoUpdate;
  m: CreateWords;
}

// `ai_messaging.key_points` itself and every `ai_messaging.key_points.N`.
const KEY_POINT_ERRORS = 'ai_messaging.key_points';

/** Each tone's name in the catalogue. */
const TONE_NAMES = {
  friendly: 'createToneFriendly',
  professional: 'createToneProfessional',
  casual: 'createToneCasual',
  enthusiastic: 'createToneEnthusiastic',
} as const satisfies Record<(typeof VIDEO_TONES)[number], keyof CreateWords>;

/** `ai_messaging`: a tone and a list of key points the script should make. */
export function AiMessagingFields({ tone, keyPoints, errors, update, m }: AiMessagingFieldsProps) {
  const id = useId();
  const focus = useRowFocus(keyPoints.map((point) => point.id));
  const groupError = errors[KEY_POINT_ERRORS] ?? errors.ai_messaging;
  // Blank points are not sent, so the API's index N is the Nth non-blank point.
  const sentIndex = new Map<string, number>();
  for (const point of keyPoints) if (point.value.trim()) sentIndex.set(point.id, sentIndex.size);
  const errorFor = (point: KeyPointRow) => {
    const index = sentIndex.get(point.id);
    return index === undefined ? undefined : errors[keyPointErrorKey(index)];
  };

  // Every key-point error is positional, so any edit or removal can move it onto the wrong point: clear them all.
  const pointErrors = Object.keys(errors).filter((key) => key.startsWith(KEY_POINT_ERRORS));
  const actions = rowActions(update, 'keyPoints');
  const add = () => {
    actions.add({ value: '' });
    focus.focusAddedRow();
  };
  const edit = (point: KeyPointRow, value: string) => actions.edit(point.id, { value }, ...pointErrors);
  const remove = (point: KeyPointRow) => {
    actions.remove(point.id, ...pointErrors);
    focus.focusAdd();
  };

  return (
    <fieldset className="ss-create-video-fieldset" aria-describedby={groupError ? `${id}-error` : undefined}>
      <legend className="ss-create-video-label">{m.createAiMessaging}</legend>
      <Field label={m.createTone} error={errors['ai_messaging.tone']}>
        {(control) => (
          <select
            {...control}
            className="ss-create-video-input"
            name="tone"
            value={tone}
            onChange={(event) => {
              const next = event.currentTarget.value;
              update(() => ({ tone: next }), 'ai_messaging.tone');
            }}
          >
            <option value="">{m.createToneNone}</option>
            {VIDEO_TONES.map((option) => (
              <option key={option} value={option}>
                {m[TONE_NAMES[option]]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <span id={`${id}-points`} className="ss-create-video-label">
        {m.createKeyPoints}
      </span>
      {keyPoints.length > 0 && (
        <ul className="ss-create-video-rows" aria-labelledby={`${id}-points`}>
          {keyPoints.map((point, index) => {
            const error = errorFor(point);
            const errorId = `${id}-${point.id}-error`;
            return (
              <li key={point.id} className="ss-create-video-row ss-create-video-row-single">
                <input
                  ref={focus.register(point.id)}
                  className="ss-create-video-input ss-create-video-row-value"
                  aria-label={m.createKeyPoint({ index: index + 1 })}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? errorId : undefined}
                  value={point.value}
                  onChange={(event) => edit(point, event.currentTarget.value)}
                />
                <button type="button" className="ss-button ss-create-video-remove" onClick={() => remove(point)}>
                  <span aria-hidden="true">×</span>
                  <span className="ss-visually-hidden">{m.createRemoveKeyPoint({ index: index + 1 })}</span>
                </button>
                <FieldError id={errorId} message={error} />
              </li>
            );
          })}
        </ul>
      )}
      <button ref={focus.addButton} type="button" className="ss-button" onClick={add}>
        {m.createAddKeyPoint}
      </button>
      <FieldError id={`${id}-error`} message={groupError} />
    </fieldset>
  );
}
