import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn } from 'storybook/test';
import type { GroupBy } from '../../src/api';
import { GroupBySwitch, type GroupBySwitchProps } from '../../src/components/analytics';

/** Holds the choice as a host app would, and reports each change to the actions panel. */
function Controlled(props: GroupBySwitchProps) {
  const [value, setValue] = useState<GroupBy>(props.value);
  return (
    <GroupBySwitch
      {...props}
      value={value}
      onChange={(next) => {
        setValue(next);
        props.onChange(next);
      }}
    />
  );
}

const meta = {
  title: 'Analytics/GroupBySwitch',
  component: GroupBySwitch,
  args: { value: 'week', onChange: fn() },
  render: (args) => <Controlled {...args} />,
} satisfies Meta<typeof GroupBySwitch>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Weekly buckets, the API's default. */
export const Week: Story = {};

/** Arrow keys move between the radios, as in any radio group. */
export const Keyboard: Story = {
  play: async ({ args, canvas, userEvent }) => {
    canvas.getByRole('radio', { name: 'Week' }).focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('radio', { name: 'Month' })).toBeChecked();
    await expect(args.onChange).toHaveBeenCalledWith('month');
  },
};

/** Dark theme. */
export const Dark: Story = { parameters: { theme: 'dark' } };
