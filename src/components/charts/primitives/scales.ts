// Linear maps and ticks written out by hand: @visx/scale's scaleLinear costs ~11 kB min+gzip (d3-interpolate,
// d3-format) and these charts only ever need a straight numeric mapping.

/** A linear map from a numeric domain to a pixel range; `invert` goes back. */
export interface LinearScale {
  (value: number): number;
  /** The pixel position's value. */
  invert(pixel: number): number;
  /** The values mapped, `[from, to]`. */
  domain: readonly [number, number];
  /** The pixels they map to, `[from, to]` (reversed for a y axis that grows upwards). */
  range: readonly [number, number];
}

/** Builds a linear scale; a zero-width domain maps everything to the start of the range. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = ((value: number) => r0 + (value - d0) * k) as LinearScale;
  scale.invert = (pixel: number) => (k === 0 ? d0 : d0 + (pixel - r0) / k);
  scale.domain = domain;
  scale.range = range;
  return scale;
}

/** A "nice" upper bound at or above `max` (1, 2, 2.5 or 5 times a power of ten), so axis ticks read well. */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= max) ?? 10;
  return step * power;
}

/** `count + 1` evenly spaced ticks from 0 to `max`, inclusive. */
export const ticks = (max: number, count: number): number[] =>
  Array.from({ length: count + 1 }, (_, i) => (max * i) / count);

/** Up to `count` indices spread evenly over `length` items, always including the first and last. */
export function spreadIndices(length: number, count: number): number[] {
  if (length <= 0) return [];
  if (length <= count) return Array.from({ length }, (_, i) => i);
  const n = Math.max(2, count);
  return Array.from({ length: n }, (_, i) => Math.round((i * (length - 1)) / (n - 1)));
}
