'use client';
import { type FormEvent, type ReactNode, useEffect, useRef } from 'react';
import type { Video } from '../../api';
import { errorText } from '../../messages';
import type { CreateWords } from '../../messages/words';
import { unmatchedErrors } from './create-video-values';
import { fieldErrorTexts } from './field-error-text';
import { AiMessagingFields } from './fields/ai-messaging-fields';
import { AspectRatioField } from './fields/aspect-ratio-field';
import { CustomerDataField } from './fields/customer-data-field';
import { Field } from './fields/field';
import { TemplateField, type VideoTemplateOption } from './fields/template-field';
import type { CreateVideoDraft } from './use-create-video-draft';

/** The form's inputs; the dialog passes its props through and owns the draft. */
export interface CreateVideoFormProps {
  /** The values, errors and request, kept by the dialog while this form comes and goes with it. */
  draft: CreateVideoDraft;
  templates?: readonly VideoTemplateOption[] | undefined;
  /** The dialog's words, in the provider's language. */
  m: CreateWords;
  /** Called with every video this form creates, even one whose reply lands after the form has gone. */
  onCreated: (video: Video) => void;
  /** Called after a create only while this form is still mounted, so a late reply never closes another dialog. */
  onDone?: (() => void) | undefined;
  /** The buttons row renders this before the submit button (the dialog's Cancel). */
  cancel?: ReactNode | undefined;
}

/**
 * The create form: validates before sending, maps field errors onto fields, keeps every value when a send fails.
 * The fields scroll; the failure alert and the buttons sit in a footer that stays in view.
 */
export function CreateVideoForm({ draft, templates, m, onCreated, onDone, cancel }: CreateVideoFormProps) {
  const { values, update, failure: failed, isPending } = draft;
  const errors = fieldErrorTexts(draft.errors, m);
  const form = useRef<HTMLFormElement>(null);
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  // Errors that took focus before this form mounted (it was closed) do not take it again on reopen.
  const focusHandled = useRef(draft.focusRequest);
  useEffect(() => {
    if (draft.focusRequest === focusHandled.current) return;
    focusHandled.current = draft.focusRequest;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [draft.focusRequest]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const video = await draft.submit();
    if (!video) return;
    onCreated(video);
    if (mounted.current) onDone?.();
  };

  const clear = () => {
    draft.clear();
    // The button goes away with the draft; focus goes to the first field, where starting over begins.
    form.current?.querySelector<HTMLElement>('input, select')?.focus();
  };

  const unmatched = unmatchedErrors(errors, values);
  return (
    <form ref={form} className="ss-create-video-form" noValidate onSubmit={submit}>
      <div className="ss-create-video-body">
        <Field label={m.createFieldTitle} error={errors.title}>
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
          m={m}
          onChange={(templateId) => update(() => ({ templateId }), 'template_id')}
        />
        <CustomerDataField rows={values.customer} errors={errors} update={update} m={m} />
        <AiMessagingFields tone={values.tone} keyPoints={values.keyPoints} errors={errors} update={update} m={m} />
        <AspectRatioField
          value={values.aspectRatio}
          error={errors.aspect_ratio}
          m={m}
          onChange={(aspectRatio) => update(() => ({ aspectRatio }), 'aspect_ratio')}
        />
        <Field label={m.createProjectId} error={errors.project_id}>
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
      </div>
      <div className="ss-create-video-footer">
        {(failed || unmatched.length > 0) && (
          <div className="ss-create-video-alert" role="alert">
            <p>{failed ? errorText(failed, m) : m.createFailed}</p>
            {unmatched.length > 0 && (
              <ul>
                {unmatched.map(([key, message]) => (
                  <li key={key}>
                    {key}: {message}
                  </li>
                ))}
              </ul>
            )}
            {failed && <p>{m.createKept}</p>}
          </div>
        )}
        <div className="ss-create-video-actions">
          {draft.isDirty && (
            <button type="button" className="ss-button ss-create-video-clear" onClick={clear}>
              {m.createClear}
            </button>
          )}
          {cancel}
          <button
            type="submit"
            className="ss-button ss-button-primary ss-create-video-submit"
            aria-busy={isPending || undefined}
            aria-disabled={isPending || undefined}
          >
            {isPending ? m.createSubmitting : failed ? m.tryAgain : m.createSubmit}
          </button>
        </div>
      </div>
    </form>
  );
}
