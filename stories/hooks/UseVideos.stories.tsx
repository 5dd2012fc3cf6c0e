import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { useVideos } from '../../src/hooks';
import { forever, HookState } from './HookState';

function VideosList({ status }: { status?: 'draft' | 'processing' | 'published' | 'failed' }) {
  const result = useVideos({ limit: 5, status });
  return (
    <HookState title="useVideos" result={result}>
      {(list) => (
        <>
          <p>
            {list.pagination.total} videos, page {list.pagination.page}
          </p>
          <ul>
            {list.data.map((video) => (
              <li key={video.id}>
                {video.title} — {video.status}
              </li>
            ))}
          </ul>
        </>
      )}
    </HookState>
  );
}

const meta = {
  title: 'Hooks/useVideos',
  component: VideosList,
  // A demo harness for the hook, not part of the API: no docs page (the README documents the hooks).
  tags: ['!autodocs'],
} satisfies Meta<typeof VideosList>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The first five videos from the mock. */
export const Data: Story = {
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getAllByRole('listitem')).toHaveLength(5), { timeout: 5000 });
    await expect(canvas.getByText(/videos, page 1/)).toBeVisible();
  },
};

/** Only the processing ones; the hook polls while any is processing. */
export const Processing: Story = { args: { status: 'processing' } };

/** Before the first answer. */
export const Loading: Story = {
  parameters: forever,
  play: async ({ canvas }) => expect(canvas.getByText('Loading…')).toBeVisible(),
};

/** The proxy answers 500 every time: retried with backoff, then shown. */
export const ServerError: Story = {
  parameters: { mock: { latencyMs: 0, faults: { listVideos: { status: 500 } } } },
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert', {}, { timeout: 15_000 });
    await expect(alert).toHaveTextContent('http 500');
  },
};
