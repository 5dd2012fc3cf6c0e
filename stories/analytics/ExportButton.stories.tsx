import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { ExportButton, type ExportButtonProps } from '../../src/components/analytics';
import { useAnalyticsExport } from '../../src/hooks';
import { seededIds } from './analytics-data';

/** The button driven by `useAnalyticsExport()`, as a host app (or an analytics panel) wires it. */
function Connected(props: ExportButtonProps) {
  const exporter = useAnalyticsExport();
  return <ExportButton {...props} exporter={exporter} />;
}

const meta = {
  title: 'Analytics/ExportButton',
  component: ExportButton,
  args: { type: 'account' },
  render: (args) => <Connected {...args} />,
} satisfies Meta<typeof ExportButton>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Closed: one button. */
export const Idle: Story = {};

/** The options: format and metrics. */
export const Options: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Export account data' }));
    await expect(canvas.getByRole('radio', { name: 'CSV' })).toBeChecked();
  },
};

/** Runs an account export (3 s on the mock) to a working download link, then fetches the file to check its header. */
export const RunsToDownload: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Export account data' }));
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Clicks' }));
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Shares' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Start export' }));
    await expect(await canvas.findByRole('progressbar', { name: 'Export progress' })).toBeVisible();
    const link = await canvas.findByRole('link', { name: /Download account CSV/ }, { timeout: 8000 });
    await expect(canvas.getByText(/Link expires/)).toBeVisible();
    const file = await fetch(link.getAttribute('href') as string);
    await expect(file.status).toBe(200);
    const [header] = (await file.text()).split('\r\n');
    await expect(header).toBe(
      'date,views,unique_viewers,total_watch_time,average_watch_time,completion_rate,engagement_score',
    );
  },
};

/** A video export while it runs: the progress bar and the cancel button. */
export const Running: Story = {
  args: { type: 'video', id: seededIds().watchedVideoId },
  parameters: { mock: { exportMs: 600_000 } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Export video data' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Start export' }));
    await expect(await canvas.findByRole('button', { name: 'Cancel export' })).toBeVisible();
  },
};

/** The export could not start: the error and a retry. */
export const ErrorState: Story = {
  name: 'Error',
  parameters: { mock: { faults: { createAnalyticsExport: { status: 503, times: 1 } } } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Export account data' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Start export' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(/The export failed/);
    await expect(canvas.getByRole('button', { name: 'Retry export' })).toBeVisible();
  },
};

/** Dark theme, options open. */
export const Dark: Story = { ...Options, parameters: { theme: 'dark' } };
