'use client';
import { useControllableState } from '@radix-ui/react-use-controllable-state';
import { type ComponentPropsWithoutRef, forwardRef, useId } from 'react';
import { DEFAULT_GROUP_BY, type GroupBy } from '../../api';
import { useWords } from '../../hooks/use-words';
import { type PanelWords, panelWords } from '../../messages/words';
import { type Theme, themeRootProps } from '../../theme';
import { cx } from '../class-names';
import type { MessagesProps } from '../data-state';

/** Props of `GroupBySwitch`. */
export interface GroupBySwitchProps
  extends Omit<ComponentPropsWithoutRef<'fieldset'>, 'onChange' | 'children'>,
    MessagesProps {
  /** The bucket size shown (controlled, with `onGroupByChange`). */
  groupBy?: GroupBy | undefined;
  /** The bucket size shown first when uncontrolled; `week` by default. */
  defaultGroupBy?: GroupBy | undefined;
  /** Called with the chosen bucket size. */
  onGroupByChange?: ((groupBy: GroupBy) => void) | undefined;
  /** Colour mode and token overrides. */
  theme?: Theme | undefined;
}

const OPTIONS: Array<{ value: GroupBy; label: (m: PanelWords) => string }> = [
  { value: 'day', label: (m) => m.groupByDay },
  { value: 'week', label: (m) => m.groupByWeek },
  { value: 'month', label: (m) => m.groupByMonth },
];

/** Day / week / month radios that bucket the account's trends; arrow keys move between them as in any radio group. */
export const GroupBySwitch = forwardRef<HTMLFieldSetElement, GroupBySwitchProps>(function GroupBySwitch(
  { groupBy, defaultGroupBy = DEFAULT_GROUP_BY, onGroupByChange, messages, theme, className, style, ...rest },
  ref,
) {
  const [value, setValue] = useControllableState({
    prop: groupBy,
    defaultProp: defaultGroupBy,
    onChange: onGroupByChange,
    caller: 'GroupBySwitch',
  });
  const m = useWords(panelWords, messages);
  const name = useId();
  return (
    <fieldset ref={ref} {...rest} {...themeRootProps(theme, style)} className={cx('ss-root', 'ss-group-by', className)}>
      <legend className="ss-group-by-legend">{m.groupByLegend}</legend>
      {OPTIONS.map((option) => (
        <label
          key={option.value}
          className="ss-button ss-group-by-option"
          data-state={value === option.value ? 'on' : 'off'}
        >
          <input
            type="radio"
            className="ss-group-by-input"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => setValue(option.value)}
          />
          {option.label(m)}
        </label>
      ))}
    </fieldset>
  );
});
