/** An error a component can show: a `SixtySecondsError`, any `Error`, or a message. */
export type DisplayError = { message: string } | string | null | undefined;

/** The text to show for a `DisplayError`, or `undefined` when there is none. */
export const errorMessage = (error: DisplayError): string | undefined =>
  typeof error === 'string' ? error : error?.message;
