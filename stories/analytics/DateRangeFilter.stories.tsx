import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn } from 'storybook/test';
import { DateRangeFilter, type DateRangeFilterProps, type DateRangeValue } from '../../src/components/analytics';

/** Holds the range as a host app would, and reports each change to the actions panel. */
function Controlled(props: DateRangeFilterProps) {
  const [value, setValue] = useState<DateRangeValue>(props.value);
  return (
    <DateRangeFilter
      {...props}
      value={value}
      onChange={(range) => {
        setValue(range);
        props.onChange(range);
      }}
    />
  );
}

const meta = {
  title: 'Analytics/DateRangeFilter',
  component: DateRangeFilter,
  args: { value: {}, onChange: fn(), today: '2025-03-14' },
  render: (args) => <Controlled {...args} />,
} satisfies Meta<typeof DateRangeFilter>;

export default meta;
type Story = StoryObj<typeof meta>;

/** No period chosen: the API's default period. */
export const Empty: Story = {};

/** A preset chosen. */
export const Preset: Story = {
  play: async ({ args, canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Last 30 days' }));
    await expect(args.onChange).toHaveBeenCalledWith({ startDate: '2025-02-13', endDate: '2025-03-14' });
    await expect(canvas.getByRole('button', { name: 'Last 30 days' })).toHaveAttribute('aria-pressed', 'true');
  },
};

/** A custom period. */
export const Custom: Story = { args: { value: { startDate: '2025-02-01', endDate: '2025-02-28' } } };

/** An end before the start: the error is shown and tied to the fields; nothing is sent. */
export const ErrorState: Story = {
  name: 'Error',
  args: { value: { startDate: '2025-02-10', endDate: '2025-02-28' } },
  play: async ({ args, canvas, userEvent }) => {
    const to = canvas.getByLabelText('To');
    await userEvent.clear(to);
    await userEvent.type(to, '2025-02-01');
    await expect(canvas.getByRole('alert')).toHaveTextContent('The end date must be on or after the start date.');
    await expect(args.onChange).not.toHaveBeenCalledWith(expect.objectContaining({ endDate: '2025-02-01' }));
  },
};

/** Dark theme. */
export const Dark: Story = {
  args: { value: { startDate: '2025-03-01', endDate: '2025-03-14' } },
  parameters: { theme: 'dark' },
};
