import type { MessageOverrides } from '../messages';
import type { Theme } from '../theme';
import type { DisplayError } from './format';

/** The `messages` prop every component takes: single messages or a whole catalogue over the provider's words. */
export interface MessagesProps {
  /**
   * Words for this component only, over the provider's `messages` (e.g. `{ tryAgain: 'Reload' }`). Server-safe
   * components read no context: give them the catalogue here.
   */
  messages?: MessageOverrides | undefined;
}

/** The states every data component (charts, cards, tables) shares: loading placeholders, an error, the theme. */
export interface DataStateProps extends MessagesProps {
  /** Show placeholders while the data loads. */
  loading?: boolean | undefined;
  /** Show this error's message instead of the data. */
  error?: DisplayError | undefined;
  /** Colour mode and `--ss-*` overrides. */
  theme?: Theme | undefined;
}
