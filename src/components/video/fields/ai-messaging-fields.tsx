import { useId } from 'react';
import { type CreateVideoUpdate, type KeyPointRow, keyPointErrorKey, VIDEO_TONES } from '../create-video-values';
import { Field, FieldError } from './field';
import { useRowFocus } from './use-row-focus';

interface AiMessagingFieldsProps {
  tone: string;
  keyPoints: readonly KeyPointRow[];
  nextId: number;
  errors: Record<string, string>;
  update: CreateVideoUpdate;
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** `ai_messaging`: a tone and a list of key points the script should make. */
export function AiMessagingFields({ tone, keyPoints, nextId, errors, update }: AiMessagingFieldsProps) {
  const id = useId();
  const focus = useRowFocus();
  const groupError = errors['ai_messaging.key_points'] ?? errors.ai_messaging;
  // Blank points are not sent, so the API's index N is the Nth non-blank point.
  const sentIndex = new Map<string, number>();
  for (const point of keyPoints) if (point.value.trim()) sentIndex.set(point.id, sentIndex.size);
  const errorFor = (point: KeyPointRow) => {
    const index = sentIndex.get(point.id);
    return index === undefined ? undefined : errors[keyPointErrorKey(index)];
  };

  const add = () => {
    const added = `r${nextId}`;
    update((values) => ({ keyPoints: [...values.keyPoints, { id: added, value: '' }], nextId: nextId + 1 }));
    focus.focusRow(added);
  };
  const edit = (point: KeyPointRow, value: string) =>
    update(
      (values) => ({ keyPoints: values.keyPoints.map((p) => (p.id === point.id ? { ...p, value } : p)) }),
      'ai_messaging.key_points',
      ...keyPoints.map((_, index) => keyPointErrorKey(index)),
    );
  const remove = (point: KeyPointRow) => {
    update((values) => ({ keyPoints: values.keyPoints.filter((p) => p.id !== point.id) }), 'ai_messaging.key_points');
    focus.focusAdd();
  };

  return (
    <fieldset className="ss-create-video-fieldset" aria-describedby={groupError ? `${id}-error` : undefined}>
      <legend className="ss-create-video-label">AI messaging</legend>
      <Field label="Tone" error={errors['ai_messaging.tone']}>
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
            <option value="">No preference</option>
            {VIDEO_TONES.map((option) => (
              <option key={option} value={option}>
                {capitalize(option)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <span id={`${id}-points`} className="ss-create-video-label">
        Key points
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
                  aria-label={`Key point ${index + 1}`}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? errorId : undefined}
                  value={point.value}
                  onChange={(event) => edit(point, event.currentTarget.value)}
                />
                <button type="button" className="ss-video-button ss-create-video-remove" onClick={() => remove(point)}>
                  <span aria-hidden="true">×</span>
                  <span className="ss-visually-hidden">Remove key point {index + 1}</span>
                </button>
                <FieldError id={errorId} message={error} />
              </li>
            );
          })}
        </ul>
      )}
      <button ref={focus.addButton} type="button" className="ss-video-button" onClick={add}>
        Add key point
      </button>
      <FieldError id={`${id}-error`} message={groupError} />
    </fieldset>
  );
}
