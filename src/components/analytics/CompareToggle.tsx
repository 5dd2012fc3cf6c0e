'use client';
import { useControllableState } from '@radix-ui/react-use-controllable-state';
import { useId } from 'react';
import { useWords } from '../../hooks/use-words';
import type { MessageOverrides } from '../../messages';
import { panelWords } from '../../messages/words';

/** What a panel compares the shown period with: nothing, or the period of the same length just before it. */
export type PanelCompare = 'none' | 'previous-period';

/** The comparison state a panel's host may own, Radix style. */
export interface PanelCompareProps {
  /** `previous-period` fetches the period just before (one extra request) and shows the change; controlled when given. */
  compare?: PanelCompare | undefined;
  /** The comparison when uncontrolled; `none` by default. */
  defaultCompare?: PanelCompare | undefined;
  /** Called when the user turns the comparison on or off. */
  onCompareChange?: ((compare: PanelCompare) => void) | undefined;
}

/** A panel's comparison, controlled or local. */
export function useCompareState({ compare, defaultCompare, onCompareChange }: PanelCompareProps, caller: string) {
  return useControllableState<PanelCompare>({
    prop: compare,
    defaultProp: defaultCompare ?? 'none',
    onChange: onCompareChange,
    caller,
  });
}

/** The toolbar's "Compare with previous period" switch: a native checkbox, so it reads and toggles like one. */
export function CompareToggle({
  value,
  onChange,
  messages,
}: {
  value: PanelCompare;
  onChange: (compare: PanelCompare) => void;
  messages?: MessageOverrides | undefined;
}) {
  const m = useWords(panelWords, messages);
  const id = useId();
  return (
    <div className="ss-compare-toggle">
      <input
        id={id}
        type="checkbox"
        className="ss-compare-toggle-input"
        checked={value === 'previous-period'}
        onChange={(event) => onChange(event.currentTarget.checked ? 'previous-period' : 'none')}
      />
      <label htmlFor={id} className="ss-compare-toggle-label">
        {m.compareWithPrevious}
      </label>
    </div>
  );
}
