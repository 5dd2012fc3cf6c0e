'use client';
import { useEffect, useRef, useState } from 'react';
import type { CreateVideoInput, SixtySecondsError, Video } from '../../api';
import { useCreateVideo } from '../../hooks';
import {
  type CreateVideoUpdate,
  type CreateVideoValues,
  checkCustomerRows,
  initialValues,
  toCreateVideoInput,
} from './create-video-values';

/** The create form's state, held above the dialog's content so closing the dialog keeps what was typed. */
export interface CreateVideoDraft {
  /** What the form shows: the draft, or `defaultValues` while nothing has been typed. */
  values: CreateVideoValues;
  /** True once something has been typed, until a successful create or `clear`. */
  isDirty: boolean;
  /** Messages by field-error key, from the form's own checks or the API's 400/422 answer. */
  errors: Record<string, string>;
  /** Goes up each time new field errors should take focus. */
  focusRequest: number;
  /** A failure that is no field's fault (network, 5xx), shown with a retry. */
  failure: SixtySecondsError | undefined;
  /** True while a create is on its way, also for a form opened after it was sent. */
  isPending: boolean;
  /** Edits the draft. */
  update: CreateVideoUpdate;
  /** Checks and sends; the new video, or `undefined` when nothing was sent, it failed or a send is still going. */
  submit: () => Promise<Video | undefined>;
  /** Discards the draft and its errors: the form shows `defaultValues` again. */
  clear: () => void;
}

/** Holds the create form's values, errors and request across close and reopen; a successful create clears it. */
export function useCreateVideoDraft(defaultValues: Partial<CreateVideoInput> | undefined): CreateVideoDraft {
  const { createVideo, isPending, error, reset } = useCreateVideo();
  // `null` until something is typed, so an untouched form follows the host's `defaultValues` as they change.
  const [draft, setDraft] = useState<CreateVideoValues | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [focusRequest, setFocusRequest] = useState(0);
  // State lags a render behind a fast double click, or a click in a dialog reopened mid-send; a ref does not.
  const sending = useRef(false);
  const values = draft ?? initialValues(defaultValues);

  // Both the schema check (nothing sent) and a 400/422 answer arrive as `error.fieldErrors`.
  useEffect(() => {
    if (!error?.fieldErrors || Object.keys(error.fieldErrors).length === 0) return;
    setErrors(error.fieldErrors);
    setFocusRequest((n) => n + 1);
  }, [error]);

  const update: CreateVideoUpdate = (patch, ...clear) => {
    setDraft((current) => {
      const base = current ?? initialValues(defaultValues);
      return { ...base, ...patch(base) };
    });
    if (clear.some((key) => key in errors)) {
      setErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => !clear.includes(key))));
    }
  };

  const submit = async () => {
    if (sending.current) return undefined;
    const rowErrors = checkCustomerRows(values.customer);
    if (Object.keys(rowErrors).length > 0) {
      setErrors(rowErrors);
      setFocusRequest((n) => n + 1);
      return undefined;
    }
    setErrors({});
    sending.current = true;
    const sent = draft;
    const video = await createVideo(toCreateVideoInput(values));
    sending.current = false;
    // The draft is now a video. One edited while the reply was on its way (in a reopened dialog) is newer work: kept.
    if (video) setDraft((current) => (current === sent ? null : current));
    return video;
  };

  const clear = () => {
    setDraft(null);
    setErrors({});
    // A send on its way still owns the busy state; only a finished one's failure is dropped.
    if (!sending.current) reset();
  };

  const failure = error && !error.fieldErrors ? error : undefined;
  return { values, isDirty: draft !== null, errors, focusRequest, failure, isPending, update, submit, clear };
}
