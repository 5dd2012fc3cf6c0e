import type { Meta, StoryObj } from '@storybook/react-vite';
import type { VideoAnalytics } from '../../src/api';
import { CompletionFunnel } from '../../src/components/charts';
import { loadServiceError, loadVideoAnalytics } from './chart-data';

const meta = {
  title: 'Charts/CompletionFunnel',
  component: CompletionFunnel,
  loaders: [loadVideoAnalytics],
  render: (args, { loaded }) => (
    <div style={{ maxWidth: 560 }}>
      <CompletionFunnel data={(loaded.analytics as VideoAnalytics).watch_time_distribution} {...args} />
    </div>
  ),
} satisfies Meta<typeof CompletionFunnel>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seeded video's watch-through: share of starting viewers per segment and the drop-off between them. */
export const Data: Story = {};

/** Nobody started the video. */
export const Empty: Story = {
  args: {
    data: [
      { segment: '0-25%', viewers: 0 },
      { segment: '25-50%', viewers: 0 },
      { segment: '50-75%', viewers: 0 },
      { segment: '75-100%', viewers: 0 },
    ],
  },
};

/** Skeleton while the analytics load. */
export const Loading: Story = { args: { loading: true, data: undefined } };

/** The message of the error the client raised (the mock answered 503). */
export const ErrorState: Story = {
  loaders: [loadServiceError],
  render: (args, { loaded }) => <CompletionFunnel {...args} error={loaded.error as Error} />,
};

/** Dark palette. */
export const Dark: Story = { parameters: { theme: 'dark' } };
