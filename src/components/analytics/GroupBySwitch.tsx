'use client';
import { type ComponentPropsWithoutRef, forwardRef, useId } from 'react';
import type { GroupBy } from '../../api';
import { type Theme, themeRootProps } from '../../theme';
import { cx } from '../class-names';

/** Props of `GroupBySwitch`. */
export interface GroupBySwitchProps extends Omit<ComponentPropsWithoutRef<'fieldset'>, 'onChange' | 'children'> {
  /** The current bucket size. */
  value: GroupBy;
  /** Called with the chosen bucket size. */
  onChange: (groupBy: GroupBy) => void;
  /** Colour mode and token overrides. */
  theme?: Theme;
}

const OPTIONS: Array<{ value: GroupBy; label: string }> = [
  { value: 'day', label: 'Day' },
  { value: 'week', label: 'Week' },
  { value: 'month', label: 'Month' },
];

/** Day / week / month radios that bucket the account's trends; arrow keys move between them as in any radio group. */
export const GroupBySwitch = forwardRef<HTMLFieldSetElement, GroupBySwitchProps>(function GroupBySwitch(
  { value, onChange, theme, className, style, ...rest },
  ref,
) {
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
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
});
