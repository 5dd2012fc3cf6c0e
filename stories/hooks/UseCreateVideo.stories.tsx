import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { storyMock } from '../../.storybook/mock-parameters';
import { useCreateVideo } from '../../src/hooks';

function CreateButton({ title = 'Welcome Message for Sarah' }: { title?: string }) {
  const { createVideo, data, error, isPending } = useCreateVideo();
  return (
    <section style={{ fontFamily: 'var(--ss-font-family)' }}>
      <h2>useCreateVideo</h2>
      <button
        type="button"
        aria-busy={isPending}
        onClick={() =>
          void createVideo({ title, template_id: 'tmpl_welcome_message', customer_data: { first_name: 'Sarah' } })
        }
      >
        {isPending ? 'Creating…' : 'Create video'}
      </button>
      {data && (
        <p role="status">
          Created “{data.title}” ({data.status})
        </p>
      )}
      {error && (
        <p role="alert">
          {error.message}
          {error.fieldErrors &&
            ` — ${Object.entries(error.fieldErrors)
              .map(([field, message]) => `${field}: ${message}`)
              .join(', ')}`}
        </p>
      )}
    </section>
  );
}

const meta = {
  title: 'Hooks/useCreateVideo',
  component: CreateButton,
  // A demo harness for the hook, not part of the API: no docs page (the README documents the hooks).
  tags: ['!autodocs'],
} satisfies Meta<typeof CreateButton>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A double click creates one processing video. */
export const Create: Story = {
  play: async ({ canvas, loaded }) => {
    await userEvent.dblClick(canvas.getByRole('button', { name: 'Create video' }));
    await expect(await canvas.findByRole('status', {}, { timeout: 5000 })).toHaveTextContent('(processing)');
    await waitFor(() =>
      expect(storyMock(loaded).requests.filter((request) => request.route === 'createVideo')).toHaveLength(1),
    );
  },
};

/** An empty title is refused before anything is sent. */
export const InvalidInput: Story = {
  args: { title: ' ' },
  play: async ({ canvas, loaded }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Create video' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('title');
    await expect(storyMock(loaded).requests).toHaveLength(0);
  },
};

/** The API answers 422 with field errors. */
export const Rejected: Story = {
  parameters: {
    mock: {
      faults: {
        createVideo: {
          status: 422,
          body: {
            error: { code: 'validation_failed', message: 'Check the fields.', fields: { title: 'Already used.' } },
          },
        },
      },
    },
  },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Create video' }));
    await expect(await canvas.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('title: Already used.');
  },
};
