import type { ReactNode } from 'react';
import type { CommonWords } from '../messages/words';

/** The words `UnknownValue` needs, from the bound catalogue a component reads. */
type NoDataWords = Pick<CommonWords, 'noDataValue' | 'noDataNoViews'>;

/** A rate, score or average with no views behind it: "—" on screen, "No views" for screen readers; never a zero. */
export function UnknownValue({ m }: { m: NoDataWords }) {
  return (
    <span className="ss-unknown-value">
      <span aria-hidden="true">{m.noDataValue}</span>
      <span className="ss-visually-hidden">{m.noDataNoViews}</span>
    </span>
  );
}

/** `format(value)`, or `UnknownValue` when the API sent `null` (no views). */
export const knownOr = (value: number | null, format: (value: number) => ReactNode, m: NoDataWords): ReactNode =>
  value === null ? <UnknownValue m={m} /> : format(value);
