import { arc as d3Arc, pie as d3Pie } from '@visx/vendor/d3-shape';
import { describe, expect, it } from 'vitest';
import { pieAngles, ringPath } from '../../../src/components/charts/donut-geometry';
import { mulberry32 } from '../../../src/mock/random';

/** A path as its commands and numbers, to compare two paths number by number. */
const parse = (path: string) => ({
  commands: path.replace(/[^A-Za-z]/g, ''),
  numbers: (path.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g) ?? []).map(Number),
});

/** The donut's path next to d3-shape's for the same ring and angles: the same commands, numbers within rounding. */
function expectSameAsD3(inner: number, outer: number, angles: { startAngle: number; endAngle: number }) {
  const ours = parse(ringPath(inner, outer, angles));
  const theirs = parse(
    d3Arc<{ startAngle: number; endAngle: number }>().innerRadius(inner).outerRadius(outer)(angles) ?? '',
  );
  expect(ours.commands).toBe(theirs.commands);
  expect(ours.numbers).toHaveLength(theirs.numbers.length);
  for (const [i, n] of ours.numbers.entries()) {
    expect(Math.abs(n - (theirs.numbers[i] as number))).toBeLessThanOrEqual(0.0011);
  }
}

describe('donut geometry, against d3-shape', () => {
  it('lays out 200 random breakdowns with the angles d3’s unsorted pie gives', () => {
    const random = mulberry32(7);
    for (let run = 0; run < 200; run++) {
      const values = Array.from({ length: 1 + Math.floor(random() * 12) }, () =>
        random() < 0.1 ? 0 : Math.round(random() * 1000),
      );
      const ours = pieAngles(values, (v) => v);
      const theirs = d3Pie<number>().sort(null)(values);
      expect(ours.map(({ index, value, padAngle }) => ({ index, value, padAngle }))).toEqual(
        theirs.map(({ index, value, padAngle }) => ({ index, value, padAngle })),
      );
      ours.forEach((arc, i) => {
        expect(arc.startAngle).toBeCloseTo(theirs[i]?.startAngle as number, 12);
        expect(arc.endAngle).toBeCloseTo(theirs[i]?.endAngle as number, 12);
      });
    }
  });

  it('draws every slice of those breakdowns as d3’s arc does, at donut, pie and tiny radii', () => {
    const random = mulberry32(11);
    for (let run = 0; run < 200; run++) {
      const values = Array.from({ length: 1 + Math.floor(random() * 8) }, () => 1 + Math.round(random() * 500));
      const outer = [100, 3, 250.5][run % 3] as number;
      const inner = run % 5 === 0 ? 0 : outer * 0.62;
      for (const angles of pieAngles(values, (v) => v)) expectSameAsD3(inner, outer, angles);
    }
  });

  it('draws a lone slice as a whole ring with its hole, and an empty or zero-radius slice as nothing', () => {
    expectSameAsD3(62, 100, { startAngle: 0, endAngle: 2 * Math.PI });
    expect(ringPath(62, 100, { startAngle: 0, endAngle: 2 * Math.PI })).toBe(
      'M0,-100A100,100,0,1,1,0,100A100,100,0,1,1,0,-100M0,-62A62,62,0,1,0,0,62A62,62,0,1,0,0,-62Z',
    );
    expectSameAsD3(0, 100, { startAngle: 0, endAngle: 2 * Math.PI });
    expectSameAsD3(62, 100, { startAngle: 1, endAngle: 1 });
    expect(ringPath(0, 0, { startAngle: 0, endAngle: 1 })).toBe('M0,0Z');
  });
});
