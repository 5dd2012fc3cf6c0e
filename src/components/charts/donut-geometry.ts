// The donut's geometry: pie angles and ring-sector paths, written out (as the linear scales are) because d3-shape's
// `pie` and `arc` bring d3-shape's arc module and d3-path along, about 2 kB gzip of a donut's 7 kB budget, for
// corners, padding and canvas output the donut never uses. The numbers match d3-shape's: angles in radians clockwise
// from 12 o'clock, padAngle 0, coordinates rounded to three decimals (test/components/charts/donut-geometry.test.ts
// compares both over random slices).
import type { PieArcDatum } from '@visx/vendor/d3-shape';
import { coordinate as round } from './line-path';

const TAU = 2 * Math.PI;
const EPSILON = 1e-12;

/** A slice's angles, as d3-shape's `pie().sort(null)` lays them: in the given order, each by its share of the sum. */
export function pieAngles<T>(items: readonly T[], value: (item: T) => number): PieArcDatum<T>[] {
  const values = items.map((item) => +value(item));
  const sum = values.reduce((total, v) => (v > 0 ? total + v : total), 0);
  const k = sum ? TAU / sum : 0;
  let angle = 0;
  return items.map((data, index) => {
    const v = values[index] as number;
    const startAngle = angle;
    angle += v > 0 ? v * k : 0;
    return { data, index, value: v, startAngle, endAngle: angle, padAngle: 0 };
  });
}

/** The point at `radius` and `angle` (clockwise from 12 o'clock), as "x,y". */
const at = (radius: number, angle: number) => `${round(radius * Math.sin(angle))},${round(-radius * Math.cos(angle))}`;

/**
 * The SVG path of a ring sector between `inner` and `outer` radius from `arc.startAngle` to `arc.endAngle`, centred
 * on 0,0: the outer edge clockwise, the inner edge back. A whole turn draws both circles (the inner one reversed, so
 * the hole stays empty under the nonzero rule).
 */
export function ringPath(inner: number, outer: number, arc: { startAngle: number; endAngle: number }): string {
  const r0 = Math.max(0, Math.min(inner, outer));
  const r1 = Math.max(inner, outer);
  if (!(r1 > EPSILON)) return 'M0,0Z';
  const a0 = arc.startAngle;
  const a1 = arc.endAngle;
  const span = Math.abs(a1 - a0);
  if (span > TAU - 1e-6) {
    const circle = (r: number, sweep: number) =>
      `M${at(r, a0)}A${r},${r},0,1,${sweep},${at(r, a0 + Math.PI)}A${r},${r},0,1,${sweep},${at(r, a0)}`;
    return `${circle(r1, 1)}${r0 > EPSILON ? circle(r0, 0) : ''}Z`;
  }
  if (!(span > EPSILON)) return `M${at(r1, a0)}L${at(r0, a0)}Z`;
  const large = span >= Math.PI ? 1 : 0;
  const innerEdge = r0 > EPSILON ? `L${at(r0, a1)}A${r0},${r0},0,${large},0,${at(r0, a0)}` : 'L0,0';
  return `M${at(r1, a0)}A${r1},${r1},0,${large},1,${at(r1, a1)}${innerEdge}Z`;
}
