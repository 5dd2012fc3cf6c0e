import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import type { CreateVideoInput, Video } from '../../api';
import { useCreateVideo } from '../../hooks';
import {
  type CreateVideoUpdate,
  checkCustomerRows,
  initialValues,
  toCreateVideoInput,
  unmatchedErrors,
} from './create-video-values';
import { AiMessagingFields } from './fields/ai-messaging-fields';
import { AspectRatioField } from './fields/aspect-ratio-field';
import { CustomerDataField } from './fields/customer-data-field';
import { Field } from './fields/field';
import { TemplateField, type VideoTemplateOption } from './fields/template-field';

/** The form's inputs; the dialog passes its props through. */
export interface CreateVideoFormProps {
  templates?: readonly VideoTemplateOption[] | undefined;
  defaultValues?: Partial<CreateVideoInput> | undefined;
  /** Called with every video this form creates, even one whose reply lands after the form has gone. */
  onCreated: (video: Video) => void;
  /** Called after a create only while this form is still mounted, so a late reply never closes another dialog. */
  onDone?: () => void;
  /** The buttons row renders this before the submit button (the dialog's Cancel). */
  cancel?: ReactNode;
}

/** The create form: validates before sending, maps field errors onto fields, keeps every value when a send fails. */
export function CreateVideoForm({ templates, defaultValues, onCreated, onDone, cancel }: CreateVideoFormProps) {
  const { createVideo, isPending, error } = useCreateVideo();
  const [values, setValues] = useState(() => initialValues(defaultValues));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [focusRequest, setFocusRequest] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  // State lags a render behind a fast double click; a ref does not.
  const sending = useRef(false);
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    if (focusRequest > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  // Both the schema check (nothing sent) and a 400/422 answer arrive as `error.fieldErrors`.
  useEffect(() => {
    if (!error?.fieldErrors || Object.keys(error.fieldErrors).length === 0) return;
    setErrors(error.fieldErrors);
    setFocusRequest((n) => n + 1);
  }, [error]);

  const update: CreateVideoUpdate = (patch, ...clear) => {
    setValues((current) => ({ ...current, ...patch(current) }));
    if (clear.some((key) => key in errors)) {
      setErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => !clear.includes(key))));
    }
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending.current) return;
    const rowErrors = checkCustomerRows(values.customer);
    if (Object.keys(rowErrors).length > 0) {
      setErrors(rowErrors);
      setFocusRequest((n) => n + 1);
      return;
    }
    setErrors({});
    sending.current = true;
    const video = await createVideo(toCreateVideoInput(values));
    sending.current = false;
    if (!video) return;
    onCreated(video);
    if (mounted.current) onDone?.();
  };

  const failed = error && !error.fieldErrors ? error : undefined;
  const unmatched = unmatchedErrors(errors, values);
  return (
    <form ref={form} className="ss-create-video-form" noValidate onSubmit={submit}>
      <Field label="Title" error={errors.title}>
        {(control) => (
          <input
            {...control}
            className="ss-create-video-input"
            name="title"
            autoComplete="off"
            value={values.title}
            onChange={(e) => {
              const title = e.currentTarget.value;
              update(() => ({ title }), 'title');
            }}
          />
        )}
      </Field>
      <TemplateField
        value={values.templateId}
        error={errors.template_id}
        templates={templates}
        onChange={(templateId) => update(() => ({ templateId }), 'template_id')}
      />
      <CustomerDataField rows={values.customer} errors={errors} update={update} />
      <AiMessagingFields tone={values.tone} keyPoints={values.keyPoints} errors={errors} update={update} />
      <AspectRatioField
        value={values.aspectRatio}
        error={errors.aspect_ratio}
        onChange={(aspectRatio) => update(() => ({ aspectRatio }), 'aspect_ratio')}
      />
      <Field label="Project ID (optional)" error={errors.project_id}>
        {(control) => (
          <input
            {...control}
            className="ss-create-video-input"
            name="project_id"
            autoComplete="off"
            spellCheck={false}
            value={values.projectId}
            onChange={(e) => {
              const projectId = e.currentTarget.value;
              update(() => ({ projectId }), 'project_id');
            }}
          />
        )}
      </Field>
      {(failed || unmatched.length > 0) && (
        <div className="ss-create-video-alert" role="alert">
          <p>{failed ? failed.message : 'The video could not be created:'}</p>
          {unmatched.length > 0 && (
            <ul>
              {unmatched.map(([key, message]) => (
                <li key={key}>
                  {key}: {message}
                </li>
              ))}
            </ul>
          )}
          {failed && <p>Everything you typed is kept; try again when ready.</p>}
        </div>
      )}
      <div className="ss-create-video-actions">
        {cancel}
        <button
          type="submit"
          className="ss-video-button ss-video-button-primary ss-create-video-submit"
          aria-busy={isPending || undefined}
          aria-disabled={isPending || undefined}
        >
          {isPending ? 'Creating…' : failed ? 'Try again' : 'Create video'}
        </button>
      </div>
    </form>
  );
}
