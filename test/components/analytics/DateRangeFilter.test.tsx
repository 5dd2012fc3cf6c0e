import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DateRangeFilter, type DateRangeValue } from '../../../src/components/analytics';

const TODAY = '2025-03-14';

function Harness({ onChange, initial = {} }: { onChange: (range: DateRangeValue) => void; initial?: DateRangeValue }) {
  const [value, setValue] = useState<DateRangeValue>(initial);
  return (
    <DateRangeFilter
      value={value}
      today={TODAY}
      onChange={(range) => {
        setValue(range);
        onChange(range);
      }}
    />
  );
}

describe('DateRangeFilter', () => {
  it('turns each preset into a range ending today and marks it pressed', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<Harness onChange={onChange} />);

    await user.click(screen.getByRole('button', { name: 'Last 7 days' }));
    expect(onChange).toHaveBeenLastCalledWith({ startDate: '2025-03-08', endDate: TODAY });
    expect(screen.getByRole('button', { name: 'Last 7 days' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'Last 90 days' }));
    expect(onChange).toHaveBeenLastCalledWith({ startDate: '2024-12-15', endDate: TODAY });
    expect(screen.getByRole('button', { name: 'Last 7 days' })).toHaveAttribute('aria-pressed', 'false');

    await user.click(screen.getByRole('button', { name: 'This month' }));
    expect(onChange).toHaveBeenLastCalledWith({ startDate: '2025-03-01', endDate: TODAY });
    expect(screen.getByLabelText('From')).toHaveValue('2025-03-01');
    expect(screen.getByLabelText('To')).toHaveValue(TODAY);
  });

  it('sends a custom range and refuses one that ends before it starts', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<Harness onChange={onChange} initial={{ startDate: '2025-02-01', endDate: '2025-02-28' }} />);

    const to = screen.getByLabelText('To');
    await user.clear(to);
    await user.type(to, '2025-02-20');
    expect(onChange).toHaveBeenLastCalledWith({ startDate: '2025-02-01', endDate: '2025-02-20' });

    onChange.mockClear();
    await user.clear(to);
    await user.type(to, '2025-01-20');
    const error = screen.getByRole('alert');
    expect(error).toHaveTextContent('The end date must be on or after the start date.');
    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(to).toHaveAccessibleDescription('The end date must be on or after the start date.');
    expect(onChange).not.toHaveBeenCalledWith(expect.objectContaining({ endDate: '2025-01-20' }));

    // A preset replaces the reversed draft and clears the error.
    await user.click(screen.getByRole('button', { name: 'Last 30 days' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(onChange).toHaveBeenLastCalledWith({ startDate: '2025-02-13', endDate: TODAY });
  });

  it('waits for a whole year before sending a date', () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} initial={{ endDate: '2025-02-28' }} />);
    // What a browser reports while "2025" is typed into the year of a date field.
    for (const partial of ['0002-02-01', '0020-02-01', '0202-02-01']) {
      fireEvent.change(screen.getByLabelText('From'), { target: { value: partial } });
    }
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2025-02-01' } });
    expect(onChange).toHaveBeenCalledOnce();
    expect(onChange).toHaveBeenCalledWith({ startDate: '2025-02-01', endDate: '2025-02-28' });
  });

  it('defaults "today" to the UTC date', async () => {
    const onChange = vi.fn();
    render(<DateRangeFilter value={{}} onChange={onChange} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Last 7 days' }));
    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ endDate: new Date().toISOString().slice(0, 10) }));
  });
});
