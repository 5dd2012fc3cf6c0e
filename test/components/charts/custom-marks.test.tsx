import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { describe, expect, test } from 'vitest';
import {
  CompletionFunnel,
  DemographicsDonut,
  EngagementBreakdown,
  type MarkProps,
  MetricsDistribution,
} from '../../../src';
import { seededTemplateAnalytics, seededVideoAnalytics } from './seeded';

/** A host's own marks: one plain square per item, given nothing but what `getMarkProps` hands over. */
const squares = (count: number, getMarkProps: (index: number) => MarkProps) =>
  Array.from({ length: count }, (_, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the marks are positional.
    <rect key={index} className="custom-mark" x={index * 20} width={16} height={16} {...getMarkProps(index)} />
  ));

const video = await seededVideoAnalytics();
const template = await seededTemplateAnalytics();

const charts: Array<[string, () => ReactElement, string]> = [
  [
    'CompletionFunnel',
    () => (
      <CompletionFunnel data={video.watch_time_distribution} width={480}>
        {({ steps, getMarkProps }) => squares(steps.length, getMarkProps)}
      </CompletionFunnel>
    ),
    `${video.watch_time_distribution[0]?.segment}: 100% of starting viewers`,
  ],
  [
    'EngagementBreakdown',
    () => (
      <EngagementBreakdown data={video.engagement} width={480}>
        {({ bars, getMarkProps }) => squares(bars.length, getMarkProps)}
      </EngagementBreakdown>
    ),
    `Clicks: ${video.engagement.clicks}`,
  ],
  [
    'MetricsDistribution',
    () => (
      <MetricsDistribution data={template.metrics_distribution} width={480}>
        {({ rows, getMarkProps }) => squares(rows.length, getMarkProps)}
      </MetricsDistribution>
    ),
    'Completion rate: minimum',
  ],
  [
    'DemographicsDonut',
    () => (
      <DemographicsDonut data={video.viewer_demographics} width={400}>
        {({ arcs, getMarkProps }) => squares(arcs.length, getMarkProps)}
      </DemographicsDonut>
    ),
    'Mobile: ',
  ],
];

describe.each(charts)('a custom mark drawn through the children of %s', (_, ui, firstLabel) => {
  const marks = () => [...document.querySelectorAll<SVGRectElement>('rect.custom-mark')];

  test('is a named tab stop that becomes active on focus and shows the tooltip', async () => {
    const user = userEvent.setup();
    render(ui());
    expect(marks().length).toBeGreaterThan(1);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await user.tab();
    const [first] = marks();
    expect(first).toHaveFocus();
    expect(first).toHaveAccessibleName(expect.stringContaining(firstLabel));
    expect(first).toHaveAttribute('data-state', 'active');
    expect(screen.getByRole('tooltip')).toHaveTextContent(first?.getAttribute('aria-label') ?? '—');
  });

  test('arrow keys move to the next mark and hover wins over focus', async () => {
    const user = userEvent.setup();
    render(ui());
    await user.tab();
    await user.keyboard('{ArrowDown}');
    const [first, second, third = second] = marks();
    expect(second).toHaveFocus();
    expect(first).toHaveAttribute('data-state', 'inactive');
    expect(screen.getByRole('tooltip')).toHaveTextContent(second?.getAttribute('aria-label') ?? '—');
    await user.hover(third as Element);
    expect(third).toHaveAttribute('data-state', 'active');
    expect(screen.getByRole('tooltip')).toHaveTextContent(third?.getAttribute('aria-label') ?? '—');
    await user.unhover(third as Element);
    expect(screen.getByRole('tooltip')).toHaveTextContent(second?.getAttribute('aria-label') ?? '—');
  });
});
