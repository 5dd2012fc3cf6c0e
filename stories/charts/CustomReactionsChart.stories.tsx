import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
// Only what the package entry exports, as a host imports it from '@sixtyseconds/react'.
import { ChartFrame, ChartTooltip, linearScale, niceMax, useActiveMark, useContainerWidth } from '../../src';

/** One bar of the host's chart. */
interface Reaction {
  key: string;
  label: string;
  count: number;
}

/** Props of the host's chart. */
interface ReactionsChartProps {
  /** The reactions, drawn left to right. */
  data: readonly Reaction[];
  /** The chart's title and accessible name. */
  title?: string;
}

const HEIGHT = 200;
const AXIS = 24;
const TOP = 18;
const count = (value: number) => value.toLocaleString('en-US');

/**
 * A host's own chart, built from the public chart parts alone: `ChartFrame` gives the title, summary, hidden table
 * and states; `useContainerWidth` the width; `useActiveMark` focusable, hoverable bars that arrow keys step through;
 * `ChartTooltip` the value of the active bar.
 */
function ReactionsChart({ data, title = 'Reactions' }: ReactionsChartProps) {
  const { ref, width } = useContainerWidth();
  const { active, getMarkProps } = useActiveMark();
  const y = linearScale([0, niceMax(Math.max(0, ...data.map((reaction) => reaction.count)))], [HEIGHT - AXIS, TOP]);
  const band = data.length > 0 ? width / data.length : 0;
  const describe = (reaction: Reaction) => `${reaction.label}: ${count(reaction.count)} reactions`;
  const top = [...data].sort((a, b) => b.count - a.count)[0];
  const activeReaction = active === null ? undefined : data[active];
  return (
    <ChartFrame
      chart="reactions"
      title={title}
      summary={top && `Most viewers reacted with ${top.label} (${count(top.count)}).`}
      table={{ columns: ['Reaction', 'Count'], rows: data.map((reaction) => [reaction.label, count(reaction.count)]) }}
      empty={data.length === 0 && 'No reactions yet.'}
    >
      <div ref={ref} className="ss-chart-plot" style={{ height: HEIGHT }}>
        {width > 0 && (
          // biome-ignore lint/a11y/noSvgWithoutTitle: the figure names the chart; each bar has its own label.
          <svg className="ss-chart-svg" width={width} height={HEIGHT}>
            {data.map((reaction, index) => (
              <g
                key={reaction.key}
                transform={`translate(${index * band} 0)`}
                {...getMarkProps(index, describe(reaction))}
              >
                <rect
                  x={band * 0.2}
                  width={band * 0.6}
                  y={y(reaction.count)}
                  height={y(0) - y(reaction.count)}
                  rx={3}
                  style={{ fill: `var(--ss-color-chart-${(index % 8) + 1})` }}
                />
                <text className="ss-chart-value" x={band / 2} y={y(reaction.count) - 4} textAnchor="middle">
                  {count(reaction.count)}
                </text>
                <text className="ss-chart-label" x={band / 2} y={HEIGHT - 6} textAnchor="middle">
                  {reaction.label}
                </text>
                <rect className="ss-chart-focus-ring" x={band * 0.1} width={band * 0.8} height={HEIGHT} rx={3} />
              </g>
            ))}
          </svg>
        )}
        {activeReaction && active !== null && (
          <ChartTooltip x={(active + 0.5) * band} y={y(activeReaction.count) - 18} width={width}>
            {describe(activeReaction)}
          </ChartTooltip>
        )}
      </div>
    </ChartFrame>
  );
}

const meta = {
  title: 'Chart parts/Custom reactions chart',
  component: ReactionsChart,
  render: (args) => (
    <div style={{ maxWidth: 560 }}>
      <ReactionsChart {...args} />
    </div>
  ),
  args: {
    data: [
      { key: 'like', label: 'Like', count: 1284 },
      { key: 'love', label: 'Love', count: 642 },
      { key: 'laugh', label: 'Laugh', count: 315 },
      { key: 'wow', label: 'Wow', count: 208 },
      { key: 'curious', label: 'Curious', count: 97 },
      { key: 'sad', label: 'Sad', count: 12 },
    ],
  },
} satisfies Meta<typeof ReactionsChart>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Tab to a bar, then the arrow keys, Home and End move between bars; the tooltip says the exact count. */
export const Keyboard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('img', { name: 'Like: 1,284 reactions' });
    await userEvent.tab();
    await expect(canvas.getByRole('img', { name: 'Like: 1,284 reactions' })).toHaveFocus();
    await expect(canvas.getByRole('tooltip')).toHaveTextContent('Like: 1,284 reactions');
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('img', { name: 'Love: 642 reactions' })).toHaveFocus();
    await expect(canvas.getByRole('tooltip')).toHaveTextContent('Love: 642 reactions');
    await userEvent.keyboard('{End}');
    await expect(canvas.getByRole('tooltip')).toHaveTextContent('Sad: 12 reactions');
    await expect(canvasElement.querySelector('[data-state="active"]')).toHaveAccessibleName('Sad: 12 reactions');
    const table = canvas.getByRole('table', { name: 'Reactions' });
    await waitFor(() => expect(within(table).getByRole('row', { name: /^Curious/ })).toHaveTextContent('97'));
    await expect(canvas.getByRole('figure', { name: 'Reactions' })).toHaveAccessibleDescription(
      'Most viewers reacted with Like (1,284).',
    );
  },
};

/** The frame's empty state, for a video nobody reacted to. */
export const Empty: Story = { args: { data: [] } };
