import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { VideoAnalytics } from '../../src/api';
import { EngagementBreakdown } from '../../src/components/charts';
import { loadServiceError, loadVideoAnalytics } from './chart-data';

const meta = {
  title: 'Charts/EngagementBreakdown',
  component: EngagementBreakdown,
  loaders: [loadVideoAnalytics],
  render: (args, { loaded }) => (
    <div style={{ maxWidth: 560 }}>
      <EngagementBreakdown data={(loaded.analytics as VideoAnalytics).engagement} {...args} />
    </div>
  ),
} satisfies Meta<typeof EngagementBreakdown>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Clicks, shares and every reaction type the seeded video received. */
export const Data: Story = {};

/** Nobody shared the video: the empty bar still shows a focus ring around its whole track. */
export const NoShares: Story = {
  render: (args, { loaded }) => (
    <div style={{ maxWidth: 560 }}>
      <EngagementBreakdown {...args} data={{ ...(loaded.analytics as VideoAnalytics).engagement, shares: 0 }} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const shares = within(canvasElement).getByRole('img', { name: 'Shares: 0' });
    await userEvent.tab();
    await userEvent.tab();
    await expect(shares).toHaveFocus();
    const ring = shares.querySelector('.ss-chart-focus-ring') as SVGRectElement;
    await expect(ring.getBBox().width).toBeGreaterThan(100);
    await expect(getComputedStyle(ring).stroke).not.toBe('none');
  },
};

/** No interactions yet. */
export const Empty: Story = { args: { data: { clicks: 0, shares: 0, reactions: {} } } };

/** Skeleton while the analytics load. */
export const Loading: Story = { args: { loading: true, data: undefined } };

/** The message of the error the client raised (the mock answered 503). */
export const ErrorState: Story = {
  loaders: [loadServiceError],
  render: (args, { loaded }) => <EngagementBreakdown {...args} error={loaded.error as Error} />,
};

/** Dark palette. */
export const Dark: Story = { parameters: { theme: 'dark' } };
