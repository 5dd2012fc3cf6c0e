import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import type { WatchSegment } from '../../../src/api';
import { CompletionFunnel } from '../../../src/components/charts';
import { seededVideoAnalytics } from './seeded';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The change between two shares as the bars show them, in percentage points: "−7 pts", "+5 pts". */
const points = (before: number, after: number) => {
  const change = Math.round(after * 100) - Math.round(before * 100);
  const size = `${Math.abs(change)} ${Math.abs(change) === 1 ? 'pt' : 'pts'}`;
  return change < 0 ? `−${size}` : change > 0 ? `+${size}` : size;
};

describe('CompletionFunnel', () => {
  test('each bar shows its viewers as a share of the viewers who started', async () => {
    const { watch_time_distribution: segments } = await seededVideoAnalytics();
    const start = segments[0]?.viewers ?? 0;
    const { container } = render(<CompletionFunnel data={segments} width={480} />);
    const shares = [...container.querySelectorAll('.ss-funnel-share')].map((text) => text.firstChild?.textContent);
    expect(shares).toEqual(segments.map((segment) => percent(segment.viewers / start)));
    expect(shares[0]).toBe('100%');
    const bars = [...container.querySelectorAll('.ss-funnel-bar')].map((bar) => Number(bar.getAttribute('width')));
    segments.forEach((segment, index) => {
      expect((bars[index] ?? 0) / (bars[0] ?? 1)).toBeCloseTo(segment.viewers / start, 6);
    });
  });

  test('between bars it says how many points of the starting viewers were lost and how many viewers left', async () => {
    const { watch_time_distribution: segments } = await seededVideoAnalytics();
    const start = segments[0]?.viewers ?? 0;
    const { container } = render(<CompletionFunnel data={segments} width={480} />);
    const drops = [...container.querySelectorAll('.ss-funnel-drop')].map((text) => text.textContent);
    expect(drops).toHaveLength(segments.length - 1);
    drops.forEach((drop, index) => {
      const before = segments[index]?.viewers ?? 0;
      const after = segments[index + 1]?.viewers ?? 0;
      expect(drop).toBe(`${points(before / start, after / start)} · ${before - after} viewers left`);
    });
  });

  test('the drop between bars reading 90% and 83% is 7 points, not the relative 8%', () => {
    const segments = [
      { segment: '0-25%', viewers: 1000 },
      { segment: '25-50%', viewers: 900 },
      { segment: '50-75%', viewers: 830 },
    ];
    const { container } = render(<CompletionFunnel data={segments} width={480} />);
    const shares = [...container.querySelectorAll('.ss-funnel-share')].map((text) => text.firstChild?.textContent);
    expect(shares).toEqual(['100%', '90%', '83%']);
    const drops = [...container.querySelectorAll('.ss-funnel-drop')].map((text) => text.textContent);
    expect(drops).toEqual(['−10 pts · 100 viewers left', '−7 pts · 70 viewers left']);
    const row = within(screen.getByRole('table')).getAllByRole('row')[3] as HTMLElement;
    expect(within(row).getAllByRole('cell')[2]).toHaveTextContent('−7 pts');
    expect(screen.getByRole('img', { name: /^50-75%:/ })).toHaveAccessibleName(
      '50-75%: 83% of starting viewers (830 viewers); −7 pts · 70 viewers left',
    );
  });

  test('a focused bar shows the same tooltip a pointer does', async () => {
    const user = userEvent.setup();
    const { watch_time_distribution: segments } = await seededVideoAnalytics();
    render(<CompletionFunnel data={segments} width={480} />);
    const last = segments[segments.length - 1];
    const bar = screen.getByRole('img', { name: new RegExp(`^${last?.segment}:`) });
    await user.hover(bar);
    const hovered = screen.getByRole('tooltip').textContent;
    await user.unhover(bar);
    for (let i = 0; i < segments.length; i++) await user.tab();
    expect(bar).toHaveFocus();
    expect(screen.getByRole('tooltip').textContent).toBe(hovered);
    expect(hovered).toContain(`${last?.viewers} viewers`);
  });

  test('the hidden table holds every segment’s viewers, share of starting viewers and drop-off, exactly', async () => {
    const { watch_time_distribution: segments } = await seededVideoAnalytics();
    render(<CompletionFunnel data={segments} />);
    const table = screen.getByRole('table', { name: 'Completion funnel' });
    const start = segments[0]?.viewers ?? 0;
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(segments.length);
    rows.forEach((row, index) => {
      const segment = segments[index] as WatchSegment;
      const before = segments[index - 1]?.viewers ?? 0;
      const lost = before - segment.viewers;
      expect(within(row).getByRole('rowheader')).toHaveTextContent(segment.segment);
      expect(
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ).toEqual([
        segment.viewers.toLocaleString('en-US'),
        percent(segment.viewers / start),
        index === 0 ? '—' : points(before / start, segment.viewers / start),
        index === 0 ? '—' : `${lost.toLocaleString('en-US')} viewers left`,
      ]);
    });
  });

  test('viewers who join a later segment fit the track, and bar and table both say they joined', async () => {
    const { watch_time_distribution: seeded } = await seededVideoAnalytics();
    const start = seeded[0]?.viewers ?? 0;
    // A later segment with a quarter more viewers than started (people who skipped ahead).
    const peak = Math.round(start * 1.25);
    const segments = seeded.map((segment, index) => (index === 2 ? { ...segment, viewers: peak } : segment));
    const before = segments[1]?.viewers ?? 0;
    const joined = peak - before;
    const { container } = render(<CompletionFunnel data={segments} width={480} />);
    const track = Number(container.querySelector('.ss-funnel-track')?.getAttribute('width'));
    const bars = [...container.querySelectorAll('.ss-funnel-bar')].map((bar) => Number(bar.getAttribute('width')));
    expect(Math.max(...bars)).toBeCloseTo(track, 6);
    expect(bars[2]).toBeCloseTo(track, 6);
    expect((bars[0] ?? 0) / track).toBeCloseTo(start / peak, 6);

    const label = `${points(before / start, peak / start)} · ${joined.toLocaleString('en-US')} viewers joined`;
    expect(container.querySelectorAll('.ss-funnel-drop')[1]).toHaveTextContent(label);
    const row = within(screen.getByRole('table')).getAllByRole('row')[3] as HTMLElement;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      peak.toLocaleString('en-US'),
      percent(peak / start),
      points(before / start, peak / start),
      `${joined.toLocaleString('en-US')} viewers joined`,
    ]);
  });

  test('says nobody started the video when the first segment has no viewers', () => {
    const { container } = render(
      <CompletionFunnel
        data={[
          { segment: '0-25%', viewers: 0 },
          { segment: '25-50%', viewers: 0 },
        ]}
        width={480}
      />,
    );
    expect(screen.getByText('No viewers started this video in this period.')).toBeInTheDocument();
    expect(container.querySelector('.ss-funnel-bar')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
