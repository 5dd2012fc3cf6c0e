// The trend's line, written out (as the donut's geometry is) so a chart that draws straight segments does not bundle
// d3-shape's line and d3-path. It writes what d3-shape's `line()` with its default linear curve writes, coordinates
// rounded to three decimals (test/components/charts/line-path.test.ts compares both).

/** A coordinate as d3-path writes it with three digits. */
export const coordinate = (n: number): string => `${Math.round(n * 1000) / 1000}`;

/**
 * The SVG path through `points` at (`x`, `y`), broken wherever `defined` is false: each run of defined points is a
 * new `M` segment, and a lone point is drawn as a closed dot-sized segment (`Mx,yZ`) so a round line cap shows it.
 * No defined point: an empty string.
 */
export function linePath<T>(
  points: readonly T[],
  x: (point: T) => number,
  y: (point: T) => number,
  defined: (point: T) => boolean = () => true,
): string {
  let path = '';
  let run = 0;
  const end = () => {
    if (run === 1) path += 'Z';
    run = 0;
  };
  for (const point of points) {
    if (!defined(point)) {
      end();
      continue;
    }
    path += `${run === 0 ? 'M' : 'L'}${coordinate(x(point))},${coordinate(y(point))}`;
    run++;
  }
  end();
  return path;
}
