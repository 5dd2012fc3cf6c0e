'use client';
import * as Dialog from '@radix-ui/react-dialog';
import { useControllableState } from '@radix-ui/react-use-controllable-state';
import { type ComponentPropsWithoutRef, type ElementRef, forwardRef, type ReactNode } from 'react';
import type { CreateVideoInput, Video } from '../../api';
import { useDirection, useProviderTheme } from '../../hooks';
import { useWords } from '../../hooks/use-words';
import { createWords } from '../../messages/words';
import { type Theme, themeRootProps } from '../../theme';
import { cx } from '../class-names';
import type { MessagesProps } from '../data-state';
import { CreateVideoForm } from './create-video-form';
import type { VideoTemplateOption } from './fields/template-field';
import { useCreateVideoDraft } from './use-create-video-draft';

/** Props of `CreateVideoDialog`; the rest go to Radix's `Dialog.Content`. */
export interface CreateVideoDialogProps
  extends Omit<ComponentPropsWithoutRef<typeof Dialog.Content>, 'children' | 'asChild' | 'title'>,
    MessagesProps {
  /**
   * The element that opens the dialog, rendered through `Dialog.Trigger asChild` (focus returns to it on close). A
   * "Create video" button by default; `null` for none, when the host opens the dialog itself through `open`.
   */
  trigger?: ReactNode | undefined;
  /** Whether the dialog is open (controlled, with `onOpenChange`). */
  open?: boolean | undefined;
  /** Whether the dialog starts open when uncontrolled; closed by default. */
  defaultOpen?: boolean | undefined;
  /** Called when the dialog asks to open or close, including after a successful create. */
  onOpenChange?: ((open: boolean) => void) | undefined;
  /** Templates to choose from; without them the form asks for a template id. */
  templates?: readonly VideoTemplateOption[] | undefined;
  /** Values the form starts with, and returns to after a create or "Clear form"; followed until something is typed. */
  defaultValues?: Partial<CreateVideoInput> | undefined;
  /**
   * Called with the new (processing) video before the dialog closes; also when the reply arrives after the person
   * pressed Cancel (the video exists), in which case no dialog is closed.
   */
  onCreated?: ((video: Video) => void) | undefined;
  /** The dialog's title; the catalogue's `createTitle` by default. */
  title?: ReactNode | undefined;
  /** The sentence under the title; the catalogue's `createDescription` by default. */
  description?: ReactNode | undefined;
  /** Where the portal mounts; `document.body` by default. */
  container?: HTMLElement | null | undefined;
  /** Colour mode and `--ss-*` overrides; the provider's theme by default (the portal sits outside its wrapper). */
  theme?: Theme | undefined;
}

/**
 * A Radix dialog with the create-video form; a mounted `VideoGallery` shows the new video when it succeeds.
 * Closing it (Escape, a click outside, ×, Cancel) keeps the draft, field errors and failure included: reopening shows
 * everything typed. A successful create clears the draft (unless it was edited again while the reply was on its way);
 * "Clear form", shown once something is typed, discards it. The title and the buttons stay in view while the fields
 * scroll between them; Escape on a focused `<select>` is left to the select (it closes its list, not the dialog).
 */
export const CreateVideoDialog = forwardRef<ElementRef<typeof Dialog.Content>, CreateVideoDialogProps>(
  function CreateVideoDialog(props, ref) {
    const {
      trigger,
      open: openProp,
      defaultOpen = false,
      onOpenChange,
      templates,
      defaultValues,
      onCreated,
      title,
      description,
      container,
      theme: themeProp,
      messages,
      className,
      style,
      onEscapeKeyDown,
      ...rest
    } = props;
    const m = useWords(createWords, messages);
    const dir = useDirection();
    const providerTheme = useProviderTheme();
    const theme = themeProp ?? providerTheme;
    // Above Dialog.Content, which unmounts on close, so a stray Escape or click outside loses nothing typed.
    const draft = useCreateVideoDraft(defaultValues);
    const [open, setOpen] = useControllableState({
      prop: openProp,
      defaultProp: defaultOpen,
      onChange: onOpenChange,
      caller: 'CreateVideoDialog',
    });

    return (
      <Dialog.Root open={open} onOpenChange={setOpen}>
        {trigger === undefined ? (
          <Dialog.Trigger
            {...themeRootProps(theme)}
            className="ss-root ss-button ss-button-primary ss-create-video-trigger"
          >
            {m.createOpen}
          </Dialog.Trigger>
        ) : (
          trigger !== null && <Dialog.Trigger asChild>{trigger}</Dialog.Trigger>
        )}
        <Dialog.Portal container={container}>
          <Dialog.Overlay {...themeRootProps(theme)} className="ss-root ss-create-video-overlay" />
          <Dialog.Content
            ref={ref}
            dir={dir}
            {...rest}
            {...themeRootProps(theme, style)}
            className={cx('ss-root', 'ss-create-video-dialog', className)}
            onEscapeKeyDown={(event) => {
              onEscapeKeyDown?.(event);
              // Escape in a select closes its open list; whether the list was open is not knowable, so a focused
              // select keeps the dialog either way (Escape anywhere else, or the × button, closes it).
              if (event.target instanceof Element && event.target.closest('select')) event.preventDefault();
            }}
          >
            <div className="ss-create-video-header">
              <Dialog.Title className="ss-create-video-title">{title ?? m.createTitle}</Dialog.Title>
              <Dialog.Description className="ss-create-video-description">
                {description ?? m.createDescription}
              </Dialog.Description>
            </div>
            <CreateVideoForm
              draft={draft}
              templates={templates}
              m={m}
              onCreated={(video) => onCreated?.(video)}
              onDone={() => setOpen(false)}
              cancel={
                <Dialog.Close asChild>
                  <button type="button" className="ss-button">
                    {m.createCancel}
                  </button>
                </Dialog.Close>
              }
            />
            {/* Last in tab order, as in Radix's own examples, so focus opens on the first field. */}
            <Dialog.Close className="ss-button ss-create-video-close" aria-label={m.createClose}>
              <span aria-hidden="true">×</span>
            </Dialog.Close>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    );
  },
);
