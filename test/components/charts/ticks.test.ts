import { describe, expect, it } from 'vitest';
import { estimateLabelWidth, linearScale, linearTicks, timeTicks } from '../../../src/components/charts/primitives';
import { METRIC_INFO } from '../../../src/components/charts/trend-series';
import { formatMonth, formatShortDate } from '../../../src/components/format';
import { mulberry32 } from '../../../src/mock/random';

/** An en-US axis label read back as a number: "1.5K" → 1500, "20%" → 0.2, "7.5" → 7.5. */
function readLabel(label: string): number {
  const match = /^(-?[\d,.]+)([KMB%]?)$/.exec(label);
  if (!match) throw new Error(`not a number: ${label}`);
  const scale = { '': 1, K: 1e3, M: 1e6, B: 1e9, '%': 0.01 }[match[2] as '' | 'K' | 'M' | 'B' | '%'];
  return Number((match[1] as string).replace(/,/g, '')) * scale;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe('value axis ticks', () => {
  it('step by 1, 2 or 5 × 10ⁿ: the engagement axis reads 0, 2, 4, 6, 8, 10, not 0, 3, 5, 8, 10', () => {
    const axis = linearTicks(10, 4);
    expect(axis.ticks).toEqual([0, 2, 4, 6, 8, 10]);
    expect(axis.ticks.map((value) => METRIC_INFO.engagement_score.tick(value, 'en-US'))).toEqual([
      '0',
      '2',
      '4',
      '6',
      '8',
      '10',
    ]);
  });

  it('draw an empty axis to 1 in whole steps for counts, never 0, 0.3, 0.5 …', () => {
    expect(linearTicks(0, 4, true).ticks).toEqual([0, 1]);
    expect(linearTicks(2, 4, true).ticks).toEqual([0, 1, 2]);
    expect(linearTicks(0, 4).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('end on a tick at or above the largest value and say how many decimals a label needs', () => {
    expect(linearTicks(7.3, 4)).toMatchObject({ top: 8, step: 2, digits: 0 });
    expect(linearTicks(2.3, 4)).toMatchObject({ top: 2.5, step: 0.5, digits: 1, ticks: [0, 0.5, 1, 1.5, 2, 2.5] });
    expect(linearTicks(0.23, 4)).toMatchObject({ top: 0.25, step: 0.05, digits: 2 });
  });

  it('label every gridline of the trend exactly, for 200 seeded maxima of each metric', () => {
    const random = mulberry32(14);
    for (let i = 0; i < 200; i++) {
      const magnitude = 10 ** Math.floor(random() * 8);
      const cases = [
        { metric: 'views', max: METRIC_INFO.views.max([random() * magnitude]) },
        { metric: 'completion_rate', max: METRIC_INFO.completion_rate.max([random()]) },
        { metric: 'engagement_score', max: METRIC_INFO.engagement_score.max([random() * 10]) },
      ] as const;
      for (const { metric, max } of cases) {
        const axis = linearTicks(max, 4, metric === 'views');
        expect(axis.top).toBeGreaterThanOrEqual(max);
        for (const value of axis.ticks) {
          const label = METRIC_INFO[metric].tick(value, 'en-US');
          expect(close(readLabel(label), value), `${metric} ${value} shown as ${label}`).toBe(true);
        }
      }
    }
  });
});

const DAY = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const label = (time: number, unit: 'day' | 'month' | 'year') =>
  unit === 'day'
    ? formatShortDate(new Date(time).toISOString(), 'en-US')
    : formatMonth(new Date(time).toISOString(), 'en-US');
const margin = { left: 48, right: 16 };

/** The ticks of a plot `width` pixels wide (margins as the trend's) from `first` to `last`. */
function axisAt(width: number, first: number, last: number, minDays = 1) {
  const inner = width - margin.left - margin.right;
  const x = linearScale([first, last], [0, inner]);
  const ticks = timeTicks(first, last, { x, bounds: [-margin.left, inner + margin.right], label, minDays });
  const boxes = ticks.map((tick) => {
    const half = estimateLabelWidth(tick.label) / 2;
    return { ...tick, from: x(tick.time) - half, to: x(tick.time) + half };
  });
  return { ticks, boxes, inner };
}

const months = (time: number) => new Date(time).getUTCFullYear() * 12 + new Date(time).getUTCMonth();

describe('time axis ticks', () => {
  const series = {
    'three years by day': [day('2022-01-01'), day('2024-12-30'), 1],
    'a year by week': [day('2024-03-04'), day('2025-02-24'), 7],
    'a year by month': [day('2024-03-01'), day('2025-02-01'), 28],
    'four weeks by day': [day('2025-03-18'), day('2025-04-14'), 1],
  } as const;

  for (const [name, [first, last, minDays]] of Object.entries(series)) {
    for (const width of [280, 600, 1200]) {
      it(`${name} at ${width} px: at least two labels, inside the chart, none overlapping, evenly spaced`, () => {
        const { ticks, boxes, inner } = axisAt(width, first, last, minDays);
        expect(ticks.length).toBeGreaterThanOrEqual(2);
        for (const [i, box] of boxes.entries()) {
          expect(box.from).toBeGreaterThanOrEqual(-margin.left);
          expect(box.to).toBeLessThanOrEqual(inner + margin.right);
          if (i > 0) expect(box.from).toBeGreaterThan((boxes[i - 1] as { to: number }).to);
        }
        // Even in time: one step in days, or one step in calendar months (never Jun → Aug → Sep).
        const gaps = ticks.slice(1).map((tick, i) => tick.time - (ticks[i] as { time: number }).time);
        const monthGaps = ticks
          .slice(1)
          .map((tick, i) => months(tick.time) - months((ticks[i] as { time: number }).time));
        const evenDays = new Set(gaps).size === 1;
        const evenMonths =
          new Set(monthGaps).size === 1 && ticks.every((tick) => new Date(tick.time).getUTCDate() === 1);
        expect(evenDays || evenMonths, ticks.map((tick) => tick.label).join(', ')).toBe(true);
        expect(gaps.every((gap) => gap >= minDays * DAY)).toBe(true);
      });
    }
  }

  it('names months on the three-year axis and days on the four-week one', () => {
    const long = axisAt(600, day('2022-01-01'), day('2024-12-30')).ticks.map((tick) => tick.label);
    expect(long.every((text) => /^[A-Z][a-z]{2} \d{4}$/.test(text))).toBe(true);
    const short = axisAt(600, day('2025-03-18'), day('2025-04-14')).ticks.map((tick) => tick.label);
    expect(short.every((text) => /^[A-Z][a-z]{2} \d{1,2}$/.test(text))).toBe(true);
  });

  it('words only the dates it tries: a three-year daily axis at 600 px labels a few dozen, not every day', () => {
    const first = day('2022-01-01');
    const last = day('2024-12-30');
    const inner = 600 - margin.left - margin.right;
    const worded: number[] = [];
    const ticks = timeTicks(first, last, {
      x: linearScale([first, last], [0, inner]),
      bounds: [-margin.left, inner + margin.right],
      label: (time, unit) => {
        worded.push(time);
        return label(time, unit);
      },
    });
    // A step is dropped at its first overlapping pair; only the step that fits is worded in full.
    expect(worded.length).toBeLessThan(3 * 16 + ticks.length * 2);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
  });

  it('puts a lone point’s tick on its own day', () => {
    const time = day('2025-03-01');
    expect(timeTicks(time, time, { x: () => 100, bounds: [0, 200], label })).toEqual([{ time, label: 'Mar 1' }]);
  });
});

describe('month and year steps, against d3-time', () => {
  it('tick the same first days of months and years as utcMonth.every and utcYear.every over 300 random spans', async () => {
    const { utcMonth, utcYear } = await import('@visx/vendor/d3-time');
    const random = mulberry32(5);
    const wide = (first: number, last: number) => linearScale([first, last], [0, 1e9]);
    for (let run = 0; run < 300; run++) {
      const first = day('1990-01-01') + Math.floor(random() * 40 * 365) * DAY + (run % 3) * 3_600_000;
      const last = first + Math.floor(1 + random() * 30 * 365) * DAY;
      // An axis a billion pixels wide fits the finest step of each kind, so each candidate's own times come back.
      for (const [minDays, expected] of [
        [28, utcMonth.every(1)?.range(new Date(first), new Date(last + 1))],
        [60, utcMonth.every(2)?.range(new Date(first), new Date(last + 1))],
        [365, utcYear.every(1)?.range(new Date(first), new Date(last + 1))],
      ] as const) {
        const times = (expected ?? []).map(Number);
        if (times.length === 0) continue;
        const ticks = timeTicks(first, last, { x: wide(first, last), bounds: [-1e3, 1e9 + 1e3], label, minDays });
        expect(ticks.map((tick) => tick.time)).toEqual(times);
      }
    }
  });
});
