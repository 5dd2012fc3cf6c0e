import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { useAccountAnalytics, useTemplateAnalytics, useVideoAnalytics } from '../../src/hooks';
import { forever, HookState } from './HookState';

type Which = 'video' | 'account' | 'template';

/** Shows one analytics hook's answer as a few headline numbers. */
function AnalyticsNumbers({ which, id }: { which: Which; id?: string }) {
  const video = useVideoAnalytics(which === 'video' ? (id ?? 'vid_demo') : null);
  const account = useAccountAnalytics({ groupBy: 'week' });
  const template = useTemplateAnalytics(which === 'template' ? (id ?? 'tmpl_welcome_message') : null);
  if (which === 'video')
    return (
      <HookState title="useVideoAnalytics" result={video}>
        {(data) => <p>{`${data.title}: ${data.metrics.views} views, ${data.metrics.unique_viewers} unique viewers`}</p>}
      </HookState>
    );
  if (which === 'template')
    return (
      <HookState title="useTemplateAnalytics" result={template}>
        {(data) => <p>{`${data.name}: ${data.total_videos} videos, ${data.total_views} views`}</p>}
      </HookState>
    );
  return (
    <HookState title="useAccountAnalytics" result={account}>
      {(data) => <p>{`${data.summary.total_views} views over ${data.trends.length} weeks`}</p>}
    </HookState>
  );
}

const meta = {
  title: 'Hooks/Analytics',
  component: AnalyticsNumbers,
  // A demo harness for the hook, not part of the API: no docs page (the README documents the hooks).
  tags: ['!autodocs'],
} satisfies Meta<typeof AnalyticsNumbers>;
export default meta;
type Story = StoryObj<typeof meta>;

/** `useAccountAnalytics` grouped by week. */
export const Account: Story = {
  args: { which: 'account' },
  play: async ({ canvas }) =>
    expect(await canvas.findByText(/views over \d+ weeks/, {}, { timeout: 5000 })).toBeVisible(),
};

/** `useTemplateAnalytics` for the welcome template. */
export const Template: Story = {
  args: { which: 'template' },
  play: async ({ canvas }) => expect(await canvas.findByText(/videos, \d+ views/, {}, { timeout: 5000 })).toBeVisible(),
};

/** `useVideoAnalytics` for an id the API does not know: a 404 the user can read. */
export const VideoNotFound: Story = {
  args: { which: 'video', id: 'vid_missing' },
  play: async ({ canvas }) => expect(await canvas.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('404'),
};

/** `useVideoAnalytics` before the first answer. */
export const VideoLoading: Story = {
  args: { which: 'video' },
  parameters: forever,
  play: async ({ canvas }) => expect(canvas.getByText('Loading…')).toBeVisible(),
};

/** The account endpoint answers with a body of the wrong shape. */
export const AccountInvalidResponse: Story = {
  args: { which: 'account' },
  parameters: { mock: { faults: { getAccountAnalytics: { wrongShape: true } } } },
  play: async ({ canvas }) =>
    expect(await canvas.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('invalid-response'),
};
