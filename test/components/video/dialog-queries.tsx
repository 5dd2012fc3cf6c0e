import { screen, within } from '@testing-library/react';

/** The button hosts open the dialog with in these tests. */
export const trigger = <button type="button">New video</button>;

/** The open create-video dialog. */
export const dialog = () => screen.getByRole('dialog', { name: 'Create a video' });

/** A text box in the dialog, by its accessible name. */
export const field = (name: string | RegExp) => within(dialog()).getByRole('textbox', { name });
