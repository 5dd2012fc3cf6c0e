// The trend as a developer would draw it with raw visx: scales, grid, tick labels and one LinePath.
import { Group } from '@visx/group';
import { scaleLinear, scaleTime } from '@visx/scale';
import { LinePath } from '@visx/shape';

/** One point of the raw trend. */
export interface RawPoint {
  date: Date;
  value: number;
}

/** Props of `RawTrend`. */
export interface RawTrendProps {
  points: RawPoint[];
  width: number;
  height: number;
}

const MARGIN = { top: 12, right: 16, bottom: 28, left: 48 };

/** A visx line chart of `points`, the same size and margins as `TrendChart`. */
export function RawTrend({ points, width, height }: RawTrendProps) {
  const innerWidth = width - MARGIN.left - MARGIN.right;
  const innerHeight = height - MARGIN.top - MARGIN.bottom;
  const x = scaleTime({
    domain: [points[0]?.date ?? new Date(0), points[points.length - 1]?.date ?? new Date(0)],
    range: [0, innerWidth],
  });
  const y = scaleLinear({
    domain: [0, Math.max(...points.map((p) => p.value))],
    range: [innerHeight, 0],
    nice: true,
  });
  return (
    <svg width={width} height={height} role="img" aria-label="Views by day">
      <Group top={MARGIN.top} left={MARGIN.left}>
        {y.ticks(4).map((tick) => (
          <g key={tick} transform={`translate(0 ${y(tick)})`}>
            <line x2={innerWidth} stroke="var(--ss-color-border)" />
            <text x={-8} dy="0.32em" textAnchor="end" fontSize={11}>
              {tick}
            </text>
          </g>
        ))}
        {x.ticks(6).map((tick) => (
          <text key={tick.getTime()} x={x(tick)} y={innerHeight + 18} textAnchor="middle" fontSize={11}>
            {tick.toISOString().slice(0, 10)}
          </text>
        ))}
        <LinePath
          data={points}
          x={(p) => x(p.date)}
          y={(p) => y(p.value)}
          stroke="var(--ss-color-chart-1)"
          strokeWidth={2}
          fill="none"
        />
      </Group>
    </svg>
  );
}
