import type { Meta, StoryObj } from '@storybook/react-vite';
import type { TemplateAnalytics } from '../../src/api';
import { MetricsDistribution, TemplatePerformance } from '../../src/components/charts';
import { loadServiceError, loadTemplateAnalytics } from './chart-data';

const analyticsOf = (loaded: Record<string, unknown>) => loaded.analytics as TemplateAnalytics;

const meta = {
  title: 'Charts/TemplatePerformance',
  component: TemplatePerformance,
  loaders: [loadTemplateAnalytics],
  render: (args, { loaded }) => (
    <div style={{ maxWidth: 640 }}>
      <TemplatePerformance data={analyticsOf(loaded)} {...args} />
    </div>
  ),
} satisfies Meta<typeof TemplatePerformance>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seeded template: totals, box plots of its metrics and its top videos. */
export const Data: Story = {};

/** The box plots alone (`MetricsDistribution`), as a panel composes them. */
export const DistributionOnly: Story = {
  render: (_args, { loaded }) => (
    <div style={{ maxWidth: 640 }}>
      <MetricsDistribution data={analyticsOf(loaded).metrics_distribution} />
    </div>
  ),
};

/** A template without videos in the period. */
export const Empty: Story = {
  render: () => <MetricsDistribution data={undefined} />,
};

/** Skeleton while the analytics load. */
export const Loading: Story = { args: { loading: true } };

/** The message of the error the client raised (the mock answered 503). */
export const ErrorState: Story = {
  loaders: [loadServiceError],
  render: (args, { loaded }) => <TemplatePerformance {...args} error={loaded.error as Error} />,
};

/** Dark palette. */
export const Dark: Story = { parameters: { theme: 'dark' } };
