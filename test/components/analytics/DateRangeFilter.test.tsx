import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DateRangeFilter, type DateRangeValue } from '../../../src/components/analytics';

const TODAY = '2025-03-14';

const runtimeTimeZone = process.env.TZ;
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  if (runtimeTimeZone === undefined) delete process.env.TZ;
  else process.env.TZ = runtimeTimeZone;
});

/** Sets the clock to `instant` and the runtime's time zone to `timeZone` (Node applies a new TZ at once). */
function viewerAt(instant: string, timeZone: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(instant));
  process.env.TZ = timeZone;
}

function Harness({ onChange, initial = {} }: { onChange: (range: DateRangeValue) => void; initial?: DateRangeValue }) {
  const [value, setValue] = useState<DateRangeValue>(initial);
  return (
    <DateRangeFilter
      range={value}
      today={TODAY}
      onRangeChange={(range) => {
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
    await user.click(screen.getByRole('button', { name: 'Last 28 days' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(onChange).toHaveBeenLastCalledWith({ startDate: '2025-02-15', endDate: TODAY });
  });

  it('shows the period in effect: the API-chosen one in the fields with its preset pressed, none for a custom one', () => {
    const { rerender } = render(
      <DateRangeFilter range={{}} today={TODAY} effectiveRange={{ startDate: '2025-02-15', endDate: TODAY }} />,
    );
    expect(screen.getByRole('button', { name: 'Last 28 days' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByLabelText('From')).toHaveValue('2025-02-15');
    expect(screen.getByLabelText('To')).toHaveValue(TODAY);

    rerender(<DateRangeFilter range={{ startDate: '2025-02-01', endDate: '2025-02-28' }} today={TODAY} />);
    for (const preset of screen.getAllByRole('button')) expect(preset).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByLabelText('From')).toHaveValue('2025-02-01');
    expect(screen.getByLabelText('To')).toHaveValue('2025-02-28');
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

  it('defaults "today" to the viewer’s calendar date, east and west of UTC', () => {
    // 20:00 UTC on the 14th is already the 15th in Kiritimati (UTC+14): the 15th must be pickable and end the presets.
    viewerAt('2025-03-14T20:00:00Z', 'Pacific/Kiritimati');
    const onChange = vi.fn();
    const { unmount } = render(<DateRangeFilter onRangeChange={onChange} />);
    expect(screen.getByLabelText('To')).toHaveAttribute('max', '2025-03-15');
    fireEvent.click(screen.getByRole('button', { name: 'Last 7 days' }));
    expect(onChange).toHaveBeenLastCalledWith({ startDate: '2025-03-09', endDate: '2025-03-15' });
    unmount();

    // 05:00 UTC on the 14th is still the 13th in Pago Pago (UTC−11): the 14th is tomorrow there.
    viewerAt('2025-03-14T05:00:00Z', 'Pacific/Pago_Pago');
    render(<DateRangeFilter onRangeChange={onChange} />);
    expect(screen.getByLabelText('To')).toHaveAttribute('max', '2025-03-13');
    fireEvent.click(screen.getByRole('button', { name: 'This month' }));
    expect(onChange).toHaveBeenLastCalledWith({ startDate: '2025-03-01', endDate: '2025-03-13' });
  });

  it('renders the UTC date on the server and moves to the local one after hydrating, without a mismatch', async () => {
    viewerAt('2025-03-14T20:00:00Z', 'Pacific/Kiritimati');
    const element = <DateRangeFilter defaultRange={{ startDate: '2025-03-08', endDate: '2025-03-14' }} />;
    const html = renderToString(element);
    expect(html).toContain('max="2025-03-14"');
    expect(html).toContain('aria-pressed="true"');

    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const recoverable = vi.fn();
    const consoleErrors = vi.spyOn(console, 'error');
    const root = await act(async () => hydrateRoot(container, element, { onRecoverableError: recoverable }));
    expect(recoverable).not.toHaveBeenCalled();
    expect(consoleErrors).not.toHaveBeenCalled();
    expect(within(container).getByLabelText('To')).toHaveAttribute('max', '2025-03-15');
    // The 8th–14th is no longer "the last 7 days" where the viewer is.
    expect(within(container).getByRole('button', { name: 'Last 7 days' })).toHaveAttribute('aria-pressed', 'false');
    act(() => root.unmount());
    container.remove();
  });
});
