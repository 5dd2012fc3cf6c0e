// The donut as a developer would draw it with raw visx: Pie + Group, a centre total and a legend. No a11y table,
// no tooltip, no locale-aware labels: the floor our DemographicsDonut is compared against.
import { Group } from '@visx/group';
import { Pie } from '@visx/shape';

/** One slice of the raw donut. */
export interface RawSlice {
  key: string;
  value: number;
  color: string;
}

/** Props of `RawDonut`. */
export interface RawDonutProps {
  slices: RawSlice[];
  width: number;
  height: number;
}

/** A visx donut of `slices`, the same size and look as `DemographicsDonut`. */
export function RawDonut({ slices, width, height }: RawDonutProps) {
  const radius = Math.min(width, height) / 2 - 4;
  const sum = slices.reduce((acc, slice) => acc + slice.value, 0);
  return (
    <div>
      <svg width={width} height={height} role="img" aria-label="Viewers by device">
        <Group top={height / 2} left={width / 2}>
          <Pie data={slices} pieValue={(slice) => slice.value} outerRadius={radius} innerRadius={radius * 0.62}>
            {({ arcs, path }) =>
              arcs.map((arc) => <path key={arc.data.key} d={path(arc) ?? ''} fill={arc.data.color} />)
            }
          </Pie>
          <text textAnchor="middle" dy="0.1em">
            {Math.round(sum)}%
          </text>
        </Group>
      </svg>
      <ul style={{ listStyle: 'none', padding: 0, display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        {slices.map((slice) => (
          <li key={slice.key}>
            <span style={{ display: 'inline-block', width: 10, height: 10, background: slice.color }} /> {slice.key}{' '}
            {slice.value.toFixed(1)}%
          </li>
        ))}
      </ul>
    </div>
  );
}
