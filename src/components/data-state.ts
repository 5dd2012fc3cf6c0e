import type { Theme } from '../theme';
import type { DisplayError } from './format';

/** The states every data component (charts, cards, tables) shares: loading placeholders, an error, the theme. */
export interface DataStateProps {
  /** Show placeholders while the data loads. */
  loading?: boolean | undefined;
  /** Show this error's message instead of the data. */
  error?: DisplayError | undefined;
  /** Colour mode and `--ss-*` overrides. */
  theme?: Theme | undefined;
}
