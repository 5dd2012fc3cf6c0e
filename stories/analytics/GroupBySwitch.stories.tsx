import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { GroupBySwitch } from '../../src/components/analytics';

const meta = {
  title: 'Analytics/GroupBySwitch',
  component: GroupBySwitch,
  args: { onGroupByChange: fn() },
} satisfies Meta<typeof GroupBySwitch>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Weekly buckets, the default; the switch keeps its own state. */
export const Week: Story = {};

/** Arrow keys move between the radios, as in any radio group. */
export const Keyboard: Story = {
  play: async ({ args, canvas, userEvent }) => {
    canvas.getByRole('radio', { name: 'Week' }).focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('radio', { name: 'Month' })).toBeChecked();
    await expect(args.onGroupByChange).toHaveBeenCalledWith('month');
  },
};

/** Dark theme. */
export const Dark: Story = { parameters: { theme: 'dark' } };
