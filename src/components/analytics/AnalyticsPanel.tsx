'use client';
import { useControllableState } from '@radix-ui/react-use-controllable-state';
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, useId, useRef } from 'react';
import { type Theme, themeRootProps } from '../../theme';
import { cx } from '../class-names';
import type { MessagesProps } from '../data-state';
import { useFocusRecovery } from '../use-focus-recovery';
import type { DateRangeValue } from './date-range';

/** Props shared by the three connected panels. */
export interface AnalyticsPanelProps
  extends Omit<ComponentPropsWithoutRef<'section'>, 'title' | 'children'>,
    MessagesProps {
  /** The period shown (controlled, with `onRangeChange`), e.g. one period shared by several panels. */
  range?: DateRangeValue | undefined;
  /** The period shown first when uncontrolled; `{}` (the API's default period) by default. */
  defaultRange?: DateRangeValue | undefined;
  /** Called when the user picks a new valid period. */
  onRangeChange?: ((range: DateRangeValue) => void) | undefined;
  /** "Today" for the date presets (`YYYY-MM-DD`); the viewer's local date by default (UTC on the server and while hydrating). */
  today?: string | undefined;
  /** The panel heading's level, to fit the host page's outline; 2 by default. */
  headingLevel?: 2 | 3 | 4 | 5 | undefined;
  /** Colour mode and token overrides. */
  theme?: Theme | undefined;
}

const NO_RANGE: DateRangeValue = {};

/** A panel's period, controlled or not (Radix's convention), from the panel's own props. */
export const usePanelRange = (
  {
    range,
    defaultRange = NO_RANGE,
    onRangeChange,
  }: Pick<AnalyticsPanelProps, 'range' | 'defaultRange' | 'onRangeChange'>,
  caller: string,
) => useControllableState({ prop: range, defaultProp: defaultRange, onChange: onRangeChange, caller });

/** Props of the internal frame every analytics panel renders. */
export interface AnalyticsPanelFrameProps extends Omit<ComponentPropsWithoutRef<'section'>, 'title'> {
  /** The panel's heading. */
  title: ReactNode;
  /** A line under the heading (period, ids, creation date). */
  subtitle?: ReactNode | undefined;
  /** Filters and actions: the date range, grouping and export. */
  toolbar?: ReactNode | undefined;
  /** True while the panel's data is loading, for `aria-busy`. */
  busy?: boolean | undefined;
  /** Stable modifier class, e.g. `ss-analytics-panel--video`. */
  variant: string;
  /** The heading's level; 2 by default. */
  headingLevel?: 2 | 3 | 4 | 5 | undefined;
  /** Colour mode and token overrides. */
  theme?: Theme | undefined;
}

/**
 * A labelled `<section>` with heading, subtitle, toolbar and body; the panels differ only in what they put in it.
 * When the control a keyboard user was on goes away (a "Try again" that worked), focus moves to the heading.
 */
export const AnalyticsPanelFrame = forwardRef<HTMLElement, AnalyticsPanelFrameProps>(function AnalyticsPanelFrame(
  { title, subtitle, toolbar, busy, variant, headingLevel = 2, theme, className, style, children, ...rest },
  ref,
) {
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const heading = useRef<HTMLHeadingElement>(null);
  const focusProps = useFocusRecovery<HTMLElement>(() => heading.current, rest);
  return (
    <section
      ref={ref}
      aria-labelledby={headingId}
      aria-busy={busy || undefined}
      {...rest}
      {...focusProps}
      {...themeRootProps(theme, style)}
      className={cx('ss-root', 'ss-analytics-panel', variant, className)}
    >
      <header className="ss-analytics-panel-header">
        <Heading ref={heading} id={headingId} tabIndex={-1} className="ss-analytics-panel-title">
          {title}
        </Heading>
        {subtitle ? <p className="ss-analytics-panel-subtitle">{subtitle}</p> : null}
      </header>
      {toolbar ? <div className="ss-analytics-panel-toolbar">{toolbar}</div> : null}
      <div className="ss-analytics-panel-body">{children}</div>
    </section>
  );
});
