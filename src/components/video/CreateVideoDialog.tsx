'use client';
import * as Dialog from '@radix-ui/react-dialog';
import { type ComponentPropsWithoutRef, type ElementRef, forwardRef, type ReactNode, useState } from 'react';
import type { CreateVideoInput, Video } from '../../api';
import { useProviderTheme } from '../../hooks';
import { type Theme, themeRootProps } from '../../theme';
import { cx } from '../class-names';
import { CreateVideoForm } from './create-video-form';
import type { VideoTemplateOption } from './fields/template-field';
import { useCreateVideoDraft } from './use-create-video-draft';

/** Props of `CreateVideoDialog`; the rest go to Radix's `Dialog.Content`. */
export interface CreateVideoDialogProps
  extends Omit<ComponentPropsWithoutRef<typeof Dialog.Content>, 'children' | 'asChild' | 'title'> {
  /** The element that opens the dialog, rendered through `Dialog.Trigger asChild` (focus returns to it on close). */
  trigger?: ReactNode;
  /** Controlled open state. */
  open?: boolean;
  /** Uncontrolled initial open state. */
  defaultOpen?: boolean;
  /** Called when the dialog asks to open or close, including after a successful create. */
  onOpenChange?: (open: boolean) => void;
  /** Templates to choose from; without them the form asks for a template id. */
  templates?: readonly VideoTemplateOption[];
  /** Values the form starts with, and returns to after a create or "Clear form"; followed until something is typed. */
  defaultValues?: Partial<CreateVideoInput>;
  /**
   * Called with the new (processing) video before the dialog closes; also when the reply arrives after the person
   * pressed Cancel (the video exists), in which case no dialog is closed.
   */
  onCreated?: (video: Video) => void;
  /** The dialog's title. */
  title?: ReactNode;
  /** The sentence under the title. */
  description?: ReactNode;
  /** Where the portal mounts; `document.body` by default. */
  container?: HTMLElement | null;
  /** Colour mode and `--ss-*` overrides; the provider's theme by default (the portal sits outside its wrapper). */
  theme?: Theme;
}

/**
 * A Radix dialog with the create-video form; a mounted `VideoGallery` shows the new video when it succeeds.
 * Closing it (Escape, a click outside, Cancel) keeps the draft, field errors and failure included: reopening shows
 * everything typed. A successful create clears the draft (unless it was edited again while the reply was on its way);
 * "Clear form", shown once something is typed, discards it.
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
      title = 'Create a video',
      description = 'A personalised video from a template and your customer’s details.',
      container,
      theme: themeProp,
      className,
      style,
      ...rest
    } = props;
    const providerTheme = useProviderTheme();
    const theme = themeProp ?? providerTheme;
    // Above Dialog.Content, which unmounts on close, so a stray Escape or click outside loses nothing typed.
    const draft = useCreateVideoDraft(defaultValues);
    const [uncontrolledOpen, setUncontrolledOpen] = useState(defaultOpen);
    const open = openProp ?? uncontrolledOpen;
    const setOpen = (next: boolean) => {
      if (openProp === undefined) setUncontrolledOpen(next);
      onOpenChange?.(next);
    };

    return (
      <Dialog.Root open={open} onOpenChange={setOpen}>
        {trigger !== undefined && <Dialog.Trigger asChild>{trigger}</Dialog.Trigger>}
        <Dialog.Portal container={container}>
          <Dialog.Overlay {...themeRootProps(theme)} className="ss-root ss-create-video-overlay" />
          <Dialog.Content
            ref={ref}
            {...rest}
            {...themeRootProps(theme, style)}
            className={cx('ss-root', 'ss-create-video-dialog', className)}
          >
            <Dialog.Title className="ss-create-video-title">{title}</Dialog.Title>
            <Dialog.Description className="ss-create-video-description">{description}</Dialog.Description>
            <CreateVideoForm
              draft={draft}
              templates={templates}
              onCreated={(video) => onCreated?.(video)}
              onDone={() => setOpen(false)}
              cancel={
                <Dialog.Close asChild>
                  <button type="button" className="ss-button">
                    Cancel
                  </button>
                </Dialog.Close>
              }
            />
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    );
  },
);
