import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent } from 'storybook/test';
import { useAnalyticsExport } from '../../src/hooks';

function ExportRunner() {
  const exporter = useAnalyticsExport();
  return (
    <section style={{ fontFamily: 'var(--ss-font-family)' }}>
      <h2>useAnalyticsExport</h2>
      <button type="button" onClick={() => void exporter.start({ type: 'account', format: 'csv' })}>
        Export account CSV
      </button>
      <button type="button" onClick={exporter.cancel} disabled={!exporter.isPending}>
        Cancel
      </button>
      <p aria-live="polite">
        {exporter.status} {exporter.isPending ? `${exporter.progress}%` : ''}
      </p>
      {exporter.downloadUrl && <a href={exporter.downloadUrl}>Download ({exporter.size} bytes)</a>}
      {exporter.error && <p role="alert">{exporter.error.message}</p>}
    </section>
  );
}

const meta = {
  title: 'Hooks/useAnalyticsExport',
  component: ExportRunner,
  // A demo harness for the hook, not part of the API: no docs page (the README documents the hooks).
  tags: ['!autodocs'],
} satisfies Meta<typeof ExportRunner>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Start an export and watch it run to a download link. */
export const RunToDownload: Story = {
  parameters: { mock: { latencyMs: 50, exportMs: 1500 } },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Export account CSV' }));
    const link = await canvas.findByRole('link', { name: /Download/ }, { timeout: 10_000 });
    const response = await fetch(link.getAttribute('href') ?? '');
    await expect(response.headers.get('content-type')).toContain('text/csv');
  },
};

/** The export endpoint is down. */
export const StartFails: Story = {
  parameters: { mock: { faults: { createAnalyticsExport: { status: 503 } } } },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Export account CSV' }));
    await expect(await canvas.findByRole('alert', {}, { timeout: 5000 })).toBeVisible();
  },
};
