'use client';
import { useControllableState } from '@radix-ui/react-use-controllable-state';
import { type ComponentPropsWithoutRef, forwardRef, useId } from 'react';
import { DEFAULT_GROUP_BY, type GroupBy } from '../../api';
import { type Theme, themeRootProps } from '../../theme';
import { cx } from '../class-names';

/** Props of `GroupBySwitch`. */
export interface GroupBySwitchProps extends Omit<ComponentPropsWithoutRef<'fieldset'>, 'onChange' | 'children'> {
  /** The bucket size shown (controlled, with `onGroupByChange`). */
  groupBy?: GroupBy | undefined;
  /** The bucket size shown first when uncontrolled; `week` by default. */
  defaultGroupBy?: GroupBy | undefined;
  /** Called with the chosen bucket size. */
  onGroupByChange?: ((groupBy: GroupBy) => void) | undefined;
  /** Colour mode and token overrides. */
  theme?: Theme | undefined;
}

/** The grouping the switch and the account panel start with; also the one the video panel's account request uses. */

const OPTIONS: Array<{ value: GroupBy; label: string }> = [
  { value: 'day', label: 'Day' },
  { value: 'week', label: 'Week' },
  { value: 'month', label: 'Month' },
];

/** Day / week / month radios that bucket the account's trends; arrow keys move between them as in any radio group. */
export const GroupBySwitch = forwardRef<HTMLFieldSetElement, GroupBySwitchProps>(function GroupBySwitch(
  { groupBy, defaultGroupBy = DEFAULT_GROUP_BY, onGroupByChange, theme, className, style, ...rest },
  ref,
) {
  const [value, setValue] = useControllableState({
    prop: groupBy,
    defaultProp: defaultGroupBy,
    onChange: onGroupByChange,
    caller: 'GroupBySwitch',
  });
  const name = useId();
  return (
    <fieldset ref={ref} {...rest} {...themeRootProps(theme, style)} className={cx('ss-root', 'ss-group-by', className)}>
      <legend className="ss-group-by-legend">Group by</legend>
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
          {option.label}
        </label>
      ))}
    </fieldset>
  );
});
