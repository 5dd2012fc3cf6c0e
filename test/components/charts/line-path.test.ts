import { line as d3Line } from '@visx/vendor/d3-shape';
import { describe, expect, it } from 'vitest';
import { linePath } from '../../../src/components/charts/line-path';
import { mulberry32 } from '../../../src/mock/random';

type Point = [number, number | null];
const x = (p: Point) => p[0];
const y = (p: Point) => p[1] ?? 0;
const defined = (p: Point) => p[1] !== null;
const d3 = (points: Point[]) => d3Line<Point>(x, y).defined(defined)(points) ?? '';

describe('the trend line, against d3-shape', () => {
  it('writes what d3’s linear line writes for 300 random series with gaps (no views), lone points and none', () => {
    const random = mulberry32(3);
    for (let run = 0; run < 300; run++) {
      const points: Point[] = Array.from({ length: Math.floor(random() * 40) }, (_, i) => [
        i * (random() * 40),
        random() < 0.2 ? null : random() * 300 - 20,
      ]);
      expect(linePath(points, x, y, defined)).toBe(d3(points));
    }
  });

  it('breaks at a day with no views and marks a lone point between gaps', () => {
    const points: Point[] = [
      [0, 10],
      [1.23456, 20],
      [2, null],
      [3, 30],
      [4, null],
      [5, 40],
      [6, 50],
    ];
    expect(linePath(points, x, y, defined)).toBe('M0,10L1.235,20M3,30ZM5,40L6,50');
  });
});
