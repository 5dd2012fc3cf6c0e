import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { DemographicsDonut } from '../../../src/components/charts';
import { seededVideoAnalytics } from './seeded';

const arcs = (container: HTMLElement) => [...container.querySelectorAll<SVGPathElement>('.ss-donut-arc')];
const legendItems = () => within(screen.getByRole('list', { name: /legend/ })).getAllByRole('listitem');

describe('DemographicsDonut', () => {
  test('each arc spans an angle proportional to its share of viewers', async () => {
    const { viewer_demographics } = await seededVideoAnalytics();
    const { container } = render(<DemographicsDonut data={viewer_demographics} dimension="devices" width={400} />);
    const devices = viewer_demographics.devices;
    const sum = Object.values(devices).reduce((a, b) => a + b, 0);
    expect(arcs(container)).toHaveLength(Object.values(devices).filter((value) => value > 0).length);
    for (const arc of arcs(container)) {
      const span = Number(arc.dataset.endAngle) - Number(arc.dataset.startAngle);
      expect(span / (2 * Math.PI)).toBeCloseTo((devices[arc.dataset.key as string] ?? 0) / sum, 6);
      expect(arc.getAttribute('d')).toMatch(/^M/);
    }
  });

  test('slices run from largest to smallest with "other" last, and the legend uses the arcs’ colours', async () => {
    const { viewer_demographics } = await seededVideoAnalytics();
    const { container } = render(<DemographicsDonut data={viewer_demographics} dimension="browsers" width={400} />);
    const keys = arcs(container).map((arc) => arc.dataset.key);
    expect(keys[keys.length - 1]).toBe('other');
    const values = keys.slice(0, -1).map((key) => viewer_demographics.browsers[key as string] ?? 0);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    legendItems().forEach((item, index) => {
      const swatch = item.querySelector<HTMLElement>('.ss-chart-legend-swatch');
      expect(swatch?.style.background).toBe(arcs(container)[index]?.style.fill);
      expect(swatch?.style.background).toMatch(/^var\(--ss-color-chart-\d\)$/);
    });
  });

  test('hovering a legend item and focusing an arc highlight the same slice and show its tooltip', async () => {
    const user = userEvent.setup();
    const { viewer_demographics } = await seededVideoAnalytics();
    const { container } = render(<DemographicsDonut data={viewer_demographics} dimension="devices" width={400} />);
    const mobile = legendItems()[0] as HTMLElement;
    await user.hover(mobile);
    expect(arcs(container)[0]).toHaveAttribute('data-active');
    expect(screen.getByRole('tooltip')).toHaveTextContent(`Mobile: ${viewer_demographics.devices.mobile}%`);
    await user.unhover(mobile);
    expect(screen.queryByRole('tooltip')).toBeNull();

    await user.tab();
    await user.tab();
    expect(arcs(container)[1]).toHaveFocus();
    expect(legendItems()[1]).toHaveAttribute('data-active');
    expect(screen.getByRole('tooltip')).toHaveTextContent(arcs(container)[1]?.getAttribute('aria-label') ?? '');
  });

  test('the centre shows the percentage total, or the viewer count when given one', async () => {
    const { viewer_demographics, metrics } = await seededVideoAnalytics();
    const { container, rerender } = render(<DemographicsDonut data={viewer_demographics} width={400} />);
    expect(container.querySelector('.ss-donut-total')).toHaveTextContent('100%');
    rerender(<DemographicsDonut data={viewer_demographics} total={metrics.unique_viewers} width={400} />);
    expect(container.querySelector('.ss-donut-total')).toHaveTextContent(
      metrics.unique_viewers.toLocaleString('en-US'),
    );
    expect(screen.getByRole('figure', { name: 'Viewers by device' })).toBeInTheDocument();
  });

  test('countries are named in the reader’s language, but server markup keeps the codes so hydration matches', async () => {
    const { viewer_demographics } = await seededVideoAnalytics();
    render(<DemographicsDonut data={viewer_demographics} dimension="countries" width={400} />);
    expect(screen.getByRole('img', { name: /^United States: / })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^United Kingdom: / })).toBeInTheDocument();
    const html = renderToString(<DemographicsDonut data={viewer_demographics} dimension="countries" width={400} />);
    expect(html).toContain('>US<');
    expect(html).not.toContain('United States');
    expect(renderToString(<DemographicsDonut data={viewer_demographics} dimension="countries" width={400} />)).toBe(
      html,
    );
  });

  test('the hidden table lists every value exactly', async () => {
    const { viewer_demographics, metrics } = await seededVideoAnalytics();
    render(
      <DemographicsDonut data={viewer_demographics.browsers} dimension="browsers" total={metrics.unique_viewers} />,
    );
    const table = screen.getByRole('table', { name: 'Viewers by browser' });
    expect(table).toHaveClass('ss-visually-hidden');
    for (const [key, value] of Object.entries(viewer_demographics.browsers)) {
      const row = within(table).getByRole('row', { name: new RegExp(`^${key}`, 'i') });
      expect(row).toHaveTextContent(`${value}%`);
      expect(row).toHaveTextContent(String(Math.round((metrics.unique_viewers * value) / 100)));
    }
  });

  test('keys from the API are shown as text, never as markup', () => {
    render(<DemographicsDonut data={{ '<img src=x onerror=alert(1)>': 60, other: 40 }} dimension="browsers" />);
    const table = screen.getByRole('table', { name: 'Viewers by browser' });
    expect(within(table).getByRole('rowheader', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(table.querySelector('img')).toBeNull();
  });

  test('shows loading, error and empty states instead of arcs', () => {
    const { container, rerender } = render(<DemographicsDonut loading width={300} />);
    expect(screen.getByRole('figure')).toHaveAttribute('aria-busy', 'true');
    rerender(<DemographicsDonut error={{ message: 'The analytics service is unavailable.' }} width={300} />);
    expect(screen.getByRole('alert')).toHaveTextContent('The analytics service is unavailable.');
    rerender(<DemographicsDonut data={{ mobile: 0 }} width={300} />);
    expect(screen.getByText('No viewer data for this period.')).toBeInTheDocument();
    expect(arcs(container)).toHaveLength(0);
  });
});
