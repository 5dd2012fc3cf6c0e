'use client';
import { useControllableState } from '@radix-ui/react-use-controllable-state';
import { type ComponentPropsWithoutRef, forwardRef, useId, useState } from 'react';
import { useWords } from '../../hooks/use-words';
import { panelWords } from '../../messages/words';
import { type Theme, themeRootProps } from '../../theme';
import { useIsClient } from '../charts/primitives/use-is-client';
import { cx } from '../class-names';
import type { MessagesProps } from '../data-state';
import {
  DATE_RANGE_PRESETS,
  type DateRangeValue,
  isReversed,
  isSettled,
  localToday,
  matchPreset,
  utcToday,
} from './date-range';

/** Props of `DateRangeFilter`. */
export interface DateRangeFilterProps
  extends Omit<ComponentPropsWithoutRef<'fieldset'>, 'onChange' | 'children'>,
    MessagesProps {
  /** The period shown (controlled, with `onRangeChange`); `{}` means the API's default period. */
  range?: DateRangeValue | undefined;
  /** The period shown first when uncontrolled; `{}` (the API's default period) by default. */
  defaultRange?: DateRangeValue | undefined;
  /** Called with every new valid period; never with an end before the start. */
  onRangeChange?: ((range: DateRangeValue) => void) | undefined;
  /**
   * "Today" as `YYYY-MM-DD`: where presets end and the latest date the fields offer. By default the viewer's local
   * date; the server and the hydrating render use the UTC date (the server cannot know the viewer's time zone), then
   * it switches. Pass it to render the same day on both and skip the switch.
   */
  today?: string | undefined;
  /**
   * The period the data covers while `range` leaves it to the API (`{}`), e.g. the `period` an account answer reports:
   * the fields show it and its preset shows as pressed, so the period in effect is always on screen.
   */
  effectiveRange?: DateRangeValue | undefined;
  /** The group's visible name; "Date range" by default. */
  legend?: string | undefined;
  /** Colour mode and token overrides. */
  theme?: Theme | undefined;
}

const NO_RANGE: DateRangeValue = {};

/** True when neither end is chosen: the API picks the period. */
const isApiDefault = (range: DateRangeValue) => !range.startDate && !range.endDate;

/** Preset buttons (7, 30, 90 days, this month) and custom start/end dates; a reversed range is shown, not sent. */
export const DateRangeFilter = forwardRef<HTMLFieldSetElement, DateRangeFilterProps>(function DateRangeFilter(
  {
    range: rangeProp,
    defaultRange = NO_RANGE,
    onRangeChange,
    today: todayProp,
    effectiveRange,
    legend,
    messages,
    theme,
    className,
    style,
    ...rest
  },
  ref,
) {
  const [value, onChange] = useControllableState({
    prop: rangeProp,
    defaultProp: defaultRange,
    onChange: onRangeChange,
    caller: 'DateRangeFilter',
  });
  const m = useWords(panelWords, messages);
  const id = useId();
  const errorId = `${id}-error`;
  const isClient = useIsClient();
  // One instant per mount, so a re-render near midnight cannot move the presets under the user's cursor.
  const [mountedAt] = useState(Date.now);
  const today = todayProp ?? (isClient ? localToday(mountedAt) : utcToday(mountedAt));

  // Left to the API, the period in effect is the one the data reports (when the panel knows it).
  const shown = isApiDefault(value) && effectiveRange ? effectiveRange : value;

  // The inputs keep a draft of their own: a reversed range stays on screen with its error but is never sent.
  const [draft, setDraft] = useState<DateRangeValue>(shown);
  const [synced, setSynced] = useState<DateRangeValue>(shown);
  if (synced.startDate !== shown.startDate || synced.endDate !== shown.endDate) {
    setSynced(shown);
    setDraft(shown);
  }

  // A half-typed year is not yet a mistake worth an error message.
  const reversed = isSettled(draft) && isReversed(draft);
  const active = matchPreset(shown, today);

  const edit = (field: keyof DateRangeValue, input: string) => {
    const next: DateRangeValue = { ...draft, [field]: input || undefined };
    setDraft(next);
    if (isSettled(next) && !isReversed(next)) onChange(next);
  };

  return (
    <fieldset
      ref={ref}
      {...rest}
      {...themeRootProps(theme, style)}
      className={cx('ss-root', 'ss-date-range', className)}
    >
      <legend className="ss-date-range-legend">{legend ?? m.dateRangeLegend}</legend>
      <div className="ss-date-range-presets">
        {DATE_RANGE_PRESETS.map((preset) => (
          <button
            key={preset.id}
            type="button"
            className="ss-button ss-date-range-preset"
            aria-pressed={active?.id === preset.id}
            onClick={() => {
              const range = preset.range(today);
              setDraft(range);
              onChange(range);
            }}
          >
            {preset.label(m)}
          </button>
        ))}
      </div>
      <div className="ss-date-range-custom">
        <label className="ss-date-range-field">
          <span className="ss-date-range-label">{m.dateRangeFrom}</span>
          <input
            type="date"
            className="ss-date-range-input"
            value={draft.startDate ?? ''}
            max={today}
            aria-invalid={reversed || undefined}
            aria-describedby={reversed ? errorId : undefined}
            onChange={(event) => edit('startDate', event.target.value)}
          />
        </label>
        <label className="ss-date-range-field">
          <span className="ss-date-range-label">{m.dateRangeTo}</span>
          <input
            type="date"
            className="ss-date-range-input"
            value={draft.endDate ?? ''}
            min={draft.startDate}
            max={today}
            aria-invalid={reversed || undefined}
            aria-describedby={reversed ? errorId : undefined}
            onChange={(event) => edit('endDate', event.target.value)}
          />
        </label>
      </div>
      {reversed ? (
        <p id={errorId} role="alert" className="ss-date-range-error">
          {m.dateRangeReversed}
        </p>
      ) : null}
    </fieldset>
  );
});
