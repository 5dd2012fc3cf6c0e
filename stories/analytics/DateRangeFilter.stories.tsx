import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { DateRangeFilter } from '../../src/components/analytics';

const meta = {
  title: 'Analytics/DateRangeFilter',
  component: DateRangeFilter,
  args: { onRangeChange: fn(), today: '2025-03-14' },
} satisfies Meta<typeof DateRangeFilter>;

export default meta;
type Story = StoryObj<typeof meta>;

/** No props but `today`: the API's default period, and the filter keeps its own state. */
export const Empty: Story = {};

/** A preset chosen. */
export const Preset: Story = {
  play: async ({ args, canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Last 28 days' }));
    await expect(args.onRangeChange).toHaveBeenCalledWith({ startDate: '2025-02-15', endDate: '2025-03-14' });
    await expect(canvas.getByRole('button', { name: 'Last 28 days' })).toHaveAttribute('aria-pressed', 'true');
  },
};

/** A custom period. */
export const Custom: Story = { args: { defaultRange: { startDate: '2025-02-01', endDate: '2025-02-28' } } };

/** An end before the start: the error is shown and tied to the fields; nothing is sent. */
export const ErrorState: Story = {
  name: 'Error',
  args: { defaultRange: { startDate: '2025-02-10', endDate: '2025-02-28' } },
  play: async ({ args, canvas, userEvent }) => {
    const to = canvas.getByLabelText('To');
    await userEvent.clear(to);
    await userEvent.type(to, '2025-02-01');
    await expect(canvas.getByRole('alert')).toHaveTextContent('The end date must be on or after the start date.');
    await expect(args.onRangeChange).not.toHaveBeenCalledWith(expect.objectContaining({ endDate: '2025-02-01' }));
  },
};

/** Dark theme. */
export const Dark: Story = {
  args: { defaultRange: { startDate: '2025-03-01', endDate: '2025-03-14' } },
  parameters: { theme: 'dark' },
};
