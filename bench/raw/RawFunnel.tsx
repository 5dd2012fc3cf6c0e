// The completion funnel as a developer would draw it with raw visx: one Bar per segment over a track, with labels.
import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';

/** One funnel step of the raw chart. */
export interface RawStep {
  segment: string;
  viewers: number;
}

/** Props of `RawFunnel`. */
export interface RawFunnelProps {
  steps: RawStep[];
  width: number;
}

const ROW = 28;
const GAP = 22;
const LABEL = 72;
const VALUE = 104;

/** Horizontal bars of viewers per watch-time segment, the same geometry as `CompletionFunnel`. */
export function RawFunnel({ steps, width }: RawFunnelProps) {
  const start = steps[0]?.viewers ?? 1;
  const barMax = width - LABEL - VALUE;
  const x = scaleLinear({ domain: [0, start], range: [0, barMax] });
  const height = steps.length * ROW + (steps.length - 1) * GAP;
  return (
    <svg width={width} height={height} role="img" aria-label="Completion funnel">
      {steps.map((step, index) => (
        <Group key={step.segment} top={index * (ROW + GAP)}>
          <text y={ROW / 2} dy="0.35em" fontSize={12}>
            {step.segment}
          </text>
          <Bar x={LABEL} width={barMax} height={ROW} rx={3} fill="var(--ss-color-border)" />
          <Bar x={LABEL} width={x(step.viewers)} height={ROW} rx={3} fill="var(--ss-color-chart-1)" />
          <text x={LABEL + barMax + 8} y={ROW / 2} dy="0.35em" fontSize={12}>
            {Math.round((step.viewers / start) * 100)}% · {step.viewers}
          </text>
        </Group>
      ))}
    </svg>
  );
}
