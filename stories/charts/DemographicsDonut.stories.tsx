import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { VideoAnalytics } from '../../src/api';
import { DemographicsDonut } from '../../src/components/charts';
import { loadServiceError, loadVideoAnalytics } from './chart-data';

const analyticsOf = (loaded: Record<string, unknown>) => loaded.analytics as VideoAnalytics;

const meta = {
  title: 'Charts/DemographicsDonut',
  component: DemographicsDonut,
  loaders: [loadVideoAnalytics],
  render: (args, { loaded }) => (
    <div style={{ maxWidth: 520 }}>
      <DemographicsDonut data={analyticsOf(loaded).viewer_demographics} {...args} />
    </div>
  ),
} satisfies Meta<typeof DemographicsDonut>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Devices of the seeded video; hover or focus an arc or a legend item to highlight the slice. */
export const Devices: Story = {
  args: { dimension: 'devices' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const legend = canvas.getByRole('list', { name: /legend/ });
    const first = within(legend).getAllByRole('listitem')[0] as HTMLElement;
    await userEvent.hover(first);
    await waitFor(() => expect(canvas.getByRole('tooltip')).toHaveTextContent(/^Mobile: \d+%/));
    await expect(canvasElement.querySelector('.ss-donut-arc[data-active]')).toHaveAttribute('data-key', 'mobile');
  },
};

/** Browsers, "other" kept last. */
export const Browsers: Story = { args: { dimension: 'browsers' } };

/** Countries named with Intl.DisplayNames, with the viewer count in the centre. */
export const CountriesWithTotal: Story = {
  args: { dimension: 'countries' },
  render: (args, { loaded }) => (
    <div style={{ maxWidth: 520 }}>
      <DemographicsDonut
        data={analyticsOf(loaded).viewer_demographics}
        total={analyticsOf(loaded).metrics.unique_viewers}
        {...args}
      />
    </div>
  ),
};

/** No viewers yet. */
export const Empty: Story = { args: { data: { mobile: 0, desktop: 0 } } };

/** Skeleton while the analytics load. */
export const Loading: Story = { args: { loading: true, data: undefined } };

/** The message of the error the client raised (the mock answered 503). */
export const ErrorState: Story = {
  loaders: [loadServiceError],
  render: (args, { loaded }) => <DemographicsDonut {...args} error={loaded.error as Error} />,
};

/** The same chart in the dark palette. */
export const Dark: Story = { args: { dimension: 'countries' }, parameters: { theme: 'dark' } };
