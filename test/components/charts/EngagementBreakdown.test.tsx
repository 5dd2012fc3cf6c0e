import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { EngagementBreakdown } from '../../../src/components/charts';
import { seededVideoAnalytics } from './seeded';

describe('EngagementBreakdown', () => {
  test('draws clicks, shares and every reaction the API returned, not only like, love and curious', async () => {
    const { engagement } = await seededVideoAnalytics();
    expect(Object.keys(engagement.reactions)).toContain('wow');
    render(<EngagementBreakdown data={engagement} width={480} />);
    expect(screen.getByRole('img', { name: `Clicks: ${engagement.clicks}` })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: `Shares: ${engagement.shares}` })).toBeInTheDocument();
    for (const [key, count] of Object.entries(engagement.reactions)) {
      const label = key.charAt(0).toUpperCase() + key.slice(1);
      expect(screen.getByRole('img', { name: `${label} reactions: ${count}` })).toBeInTheDocument();
    }
  });

  test('bar lengths are proportional to the counts', async () => {
    const { engagement } = await seededVideoAnalytics();
    const { container } = render(<EngagementBreakdown data={engagement} width={480} />);
    const bars = [...container.querySelectorAll<SVGGElement>('.ss-engagement-bar')];
    const max = Math.max(...bars.map((bar) => Number(bar.dataset.count)));
    const full = Math.max(...bars.map((bar) => Number(bar.querySelector('rect')?.getAttribute('width'))));
    for (const bar of bars) {
      const width = Number(bar.querySelector('rect')?.getAttribute('width'));
      expect(width / full).toBeCloseTo(Number(bar.dataset.count) / max, 6);
    }
  });

  test('a bar with no count still has a focus ring the length of the full track', async () => {
    const user = userEvent.setup();
    const { engagement } = await seededVideoAnalytics();
    const { container } = render(<EngagementBreakdown data={{ ...engagement, shares: 0 }} width={480} />);
    await user.tab();
    await user.tab();
    const shares = screen.getByRole('img', { name: 'Shares: 0' });
    expect(shares).toHaveFocus();
    expect(shares.querySelector('rect')).toHaveAttribute('width', '0');
    const full = Math.max(
      ...[...container.querySelectorAll('.ss-engagement-bar rect')].map((rect) => Number(rect.getAttribute('width'))),
    );
    const ring = shares.querySelector('.ss-chart-focus-ring');
    expect(Number(ring?.getAttribute('width'))).toBe(full);
    expect(full).toBeGreaterThan(0);
  });

  test('keyboard focus shows the bar’s tooltip; the hidden table has every count', async () => {
    const user = userEvent.setup();
    const { engagement } = await seededVideoAnalytics();
    render(<EngagementBreakdown data={engagement} width={480} />);
    await user.tab();
    await user.tab();
    expect(screen.getByRole('tooltip')).toHaveTextContent(`Shares: ${engagement.shares}`);
    const table = screen.getByRole('table', { name: 'Engagement' });
    expect(within(table).getByRole('row', { name: /^Clicks/ })).toHaveTextContent(String(engagement.clicks));
    for (const [key, count] of Object.entries(engagement.reactions)) {
      expect(within(table).getByRole('row', { name: new RegExp(`^${key} \\(reaction\\)`, 'i') })).toHaveTextContent(
        String(count),
      );
    }
  });

  test('says so when nobody interacted', () => {
    render(<EngagementBreakdown data={{ clicks: 0, shares: 0, reactions: {} }} width={480} />);
    expect(screen.getByText('No clicks, shares or reactions in this period.')).toBeInTheDocument();
  });
});
