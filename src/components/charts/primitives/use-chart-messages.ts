'use client';
import { useContext, useMemo } from 'react';
import { SixtySecondsContext } from '../../../hooks/context';
import { type BoundMessages, bindMessages, type MessageOverrides } from '../../../messages';

/**
 * The words a chart shows, as `useMessages` gives them, but with plurals and digits in the chart's own `locale`
 * (its `locale` prop may differ from the provider's), so "1.095 Punkte" and the axis agree.
 */
export function useChartMessages(overrides: MessageOverrides | undefined, locale: string): BoundMessages {
  const provided = useContext(SixtySecondsContext)?.messages;
  return useMemo(() => bindMessages(locale, provided, overrides), [locale, provided, overrides]);
}
