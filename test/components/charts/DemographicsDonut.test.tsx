import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { DemographicsDonut, type DemographicsDonutRenderProps } from '../../../src/components/charts';
import { mulberry32, shuffled } from '../../../src/mock/random';
import { seededVideoAnalytics } from './seeded';

const arcs = (container: HTMLElement) => [...container.querySelectorAll<SVGPathElement>('.ss-donut-arc')];
const legendItems = () => within(screen.getByRole('list', { name: /legend/ })).getAllByRole('listitem');
const span = (arc: SVGPathElement) => Number(arc.dataset.endAngle) - Number(arc.dataset.startAngle);
const sumOf = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const percentOf = new Intl.NumberFormat('en-US', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const pct = (share: number) => percentOf.format(share);

const regionName = new Intl.DisplayNames(['en-US'], { type: 'region' });
const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

// `count` real countries (codes Intl names, one code per name), shuffled by `seed`, whose shares fall off like a real
// audience's, rounded to 0.1% so the table shows each one exactly. Largest first.
function countryShares(count: number, seed = 7): Array<[code: string, share: number]> {
  const byName = new Map<string, string>();
  for (const code of LETTERS.flatMap((a) => LETTERS.map((b) => a + b))) {
    const name = regionName.of(code);
    if (name && name !== code && !byName.has(name)) byName.set(name, code);
  }
  const random = mulberry32(seed);
  const codes = shuffled(random, [...byName.values()]).slice(0, count);
  const weights = codes.map((_, i) => (1 + random()) / (i + 1));
  const total = sumOf(weights);
  return codes
    .map((code, i): [string, number] => [code, Math.round(((weights[i] ?? 0) / total) * 1000) / 10])
    .sort(([ka, a], [kb, b]) => b - a || (ka < kb ? -1 : 1));
}

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
    expect(arcs(container)[0]).toHaveAttribute('data-state', 'active');
    expect(screen.getByRole('tooltip')).toHaveTextContent(
      `Mobile: ${(viewer_demographics.devices.mobile ?? 0).toFixed(1)}%`,
    );
    await user.unhover(mobile);
    expect(screen.queryByRole('tooltip')).toBeNull();

    await user.tab();
    await user.tab();
    expect(arcs(container)[1]).toHaveFocus();
    expect(legendItems()[1]).toHaveAttribute('data-state', 'active');
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
    // That this markup hydrates without a mismatch is checked in Chromium by test/browser/ssr-hydration.test.tsx.
  });

  test('the hidden table lists every value exactly', async () => {
    const { viewer_demographics, metrics } = await seededVideoAnalytics();
    render(
      <DemographicsDonut
        data={{ browsers: viewer_demographics.browsers }}
        dimension="browsers"
        total={metrics.unique_viewers}
      />,
    );
    const table = screen.getByRole('table', { name: 'Viewers by browser' });
    expect(table.parentElement).toHaveClass('ss-visually-hidden');
    for (const [key, value] of Object.entries(viewer_demographics.browsers)) {
      const row = within(table).getByRole('row', { name: new RegExp(`^${key}`, 'i') });
      expect(row).toHaveTextContent(`${value.toFixed(1)}%`);
      expect(row).toHaveTextContent(String(Math.round((metrics.unique_viewers * value) / 100)));
    }
  });

  test('percentages that do not add up to 100 are shown as shares of their sum, and viewers agree with them', async () => {
    const { viewer_demographics, metrics } = await seededVideoAnalytics();
    // The API rounds each percentage, so the sum can miss 100; leave out the smallest device to miss it clearly.
    const entries = Object.entries(viewer_demographics.devices).sort(([, a], [, b]) => b - a);
    const devices = Object.fromEntries(entries.slice(0, -1));
    const sum = sumOf(Object.values(devices));
    expect(sum).toBeLessThan(100);
    const total = metrics.unique_viewers;
    render(<DemographicsDonut data={{ devices }} dimension="devices" total={total} width={400} />);
    const table = screen.getByRole('table', { name: 'Viewers by device' });
    for (const [key, value] of Object.entries(devices)) {
      const label = `${key.charAt(0).toUpperCase()}${key.slice(1)}`;
      const viewers = Math.round((total * value) / sum).toLocaleString('en-US');
      expect(
        screen.getByRole('img', { name: `${label}: ${pct(value / sum)} · ${viewers} viewers` }),
      ).toBeInTheDocument();
      expect(within(table).getByRole('row', { name: new RegExp(`^${label}`) })).toHaveTextContent(
        `${label}${pct(value / sum)}${viewers}`,
      );
    }
    const legendValues = legendItems().map((item) => item.querySelector('.ss-chart-legend-value')?.textContent);
    expect(legendValues).toEqual(entries.slice(0, -1).map(([, value]) => pct(value / sum)));
  });

  test('keys from the API are shown as text, never as markup', () => {
    render(
      <DemographicsDonut data={{ browsers: { '<img src=x onerror=alert(1)>': 60, other: 40 } }} dimension="browsers" />,
    );
    const table = screen.getByRole('table', { name: 'Viewers by browser' });
    expect(within(table).getByRole('rowheader', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(table.querySelector('img')).toBeNull();
  });

  test('shows loading, error and empty states instead of arcs', () => {
    const { container, rerender } = render(<DemographicsDonut loading width={300} />);
    expect(screen.getByRole('figure')).toHaveAttribute('aria-busy', 'true');
    rerender(<DemographicsDonut error={{ message: 'The analytics service is unavailable.' }} width={300} />);
    expect(screen.getByRole('alert')).toHaveTextContent('The analytics service is unavailable.');
    rerender(<DemographicsDonut data={{ devices: { mobile: 0 } }} width={300} />);
    expect(screen.getByText('No viewer data for this period.')).toBeInTheDocument();
    expect(arcs(container)).toHaveLength(0);
  });

  test('twenty countries fold into the seven largest and one "Other" slice, last, holding the other thirteen', () => {
    const countries = countryShares(20);
    const { container } = render(
      <DemographicsDonut data={{ countries: Object.fromEntries(countries) }} dimension="countries" width={400} />,
    );
    const drawn = arcs(container);
    expect(drawn).toHaveLength(8);
    expect(drawn.slice(0, 7).map((arc) => arc.dataset.key)).toEqual(countries.slice(0, 7).map(([code]) => code));

    const other = drawn[7] as SVGPathElement;
    const folded = countries.slice(7).map(([, share]) => share);
    expect(other.dataset.key).toBe('other');
    expect(Number(other.dataset.value)).toBeCloseTo(sumOf(folded), 9);
    const all = sumOf(countries.map(([, share]) => share));
    expect(other).toHaveAccessibleName(`Other (13 countries): ${pct(sumOf(folded) / all)}`);
    expect(span(other) / (2 * Math.PI)).toBeCloseTo(sumOf(folded) / all, 9);
    countries.slice(0, 7).forEach(([, share], index) => {
      expect(span(drawn[index] as SVGPathElement) / (2 * Math.PI)).toBeCloseTo(share / all, 9);
    });

    expect(new Set(drawn.map((arc) => arc.style.fill)).size).toBe(8);
    expect(legendItems()).toHaveLength(8);
    expect(legendItems()[7]).toHaveTextContent(/^Other \(13 countries\)/);
    // One tab stop per arc; legend items only mirror the arcs on hover.
    expect(container.querySelectorAll('[tabindex]')).toHaveLength(8);
    expect(legendItems().filter((item) => item.hasAttribute('tabindex'))).toEqual([]);
    expect(screen.getByRole('figure')).toHaveAccessibleDescription(
      `${regionName.of(countries[0]?.[0] ?? '')} is the largest of 20 countries, at ${pct((countries[0]?.[1] ?? 0) / all)}.`,
    );
  });

  test('the hidden table still lists all twenty countries with their exact shares', () => {
    const countries = countryShares(20);
    const all = sumOf(countries.map(([, share]) => share));
    render(<DemographicsDonut data={{ countries: Object.fromEntries(countries) }} dimension="countries" width={400} />);
    const table = screen.getByRole('table', { name: 'Viewers by country' });
    expect(within(table).getAllByRole('row')).toHaveLength(21);
    for (const [code, share] of countries) {
      const header = within(table).getByRole('rowheader', { name: regionName.of(code) });
      expect(header.closest('tr')).toHaveTextContent(`${regionName.of(code)}${pct(share / all)}`);
    }
  });

  test('maxSlices={Infinity} draws every country; a smaller maxSlices folds more', () => {
    const countries = countryShares(20);
    const data = { countries: Object.fromEntries(countries) };
    const { container, rerender } = render(
      <DemographicsDonut data={data} dimension="countries" width={400} maxSlices={Infinity} />,
    );
    expect(arcs(container).map((arc) => arc.dataset.key)).toEqual(countries.map(([code]) => code));
    expect(screen.queryByRole('img', { name: /^Other/ })).toBeNull();
    rerender(<DemographicsDonut data={data} dimension="countries" width={400} maxSlices={4} />);
    expect(arcs(container)).toHaveLength(4);
    expect(arcs(container)[3]).toHaveAccessibleName(/^Other \(17 countries\): /);
  });

  test('the API’s own "other" joins the folded slice', async () => {
    const { viewer_demographics } = await seededVideoAnalytics();
    const browsers = Object.entries(viewer_demographics.browsers).filter(([, value]) => value > 0);
    const named = browsers.filter(([key]) => key !== 'other').sort(([ka, a], [kb, b]) => b - a || (ka < kb ? -1 : 1));
    expect(browsers.length).toBeGreaterThan(3);
    const { container } = render(
      <DemographicsDonut data={viewer_demographics} dimension="browsers" width={400} maxSlices={3} />,
    );
    const other = arcs(container)[2];
    const kept = new Set(named.slice(0, 2).map(([key]) => key));
    const rest = browsers.filter(([key]) => !kept.has(key));
    expect(arcs(container)).toHaveLength(3);
    expect(Number(other?.dataset.value)).toBeCloseTo(sumOf(rest.map(([, value]) => value)), 9);
    expect(other).toHaveAccessibleName(new RegExp(`^Other \\(${rest.length} browsers\\): `));
  });

  test('a children function draws the folded arcs, and gets every key’s slice and arc too', () => {
    const countries = countryShares(20);
    let seen: DemographicsDonutRenderProps | undefined;
    const { container } = render(
      <DemographicsDonut data={{ countries: Object.fromEntries(countries) }} dimension="countries" width={400}>
        {(props) => {
          seen = props;
          return props.allArcs.map((arc) => <path key={arc.data.key} className="custom" d={props.path(arc) ?? ''} />);
        }}
      </DemographicsDonut>,
    );
    expect(seen?.arcs).toHaveLength(8);
    expect(seen?.arcs[7]?.data.folded?.map((slice) => slice.key)).toEqual(countries.slice(7).map(([code]) => code));
    expect(seen?.allSlices.map((slice) => slice.key)).toEqual(countries.map(([code]) => code));
    expect(container.querySelectorAll('path.custom')).toHaveLength(20);
  });
});
