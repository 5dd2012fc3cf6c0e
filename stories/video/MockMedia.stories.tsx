import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { VideoGallery, VideoPlayerCard } from '../../src/components';
import { seededVideo } from './seeded';

const video = seededVideo('published', '16:9');

/**
 * A test, not a showcase (hidden from the sidebar and docs): the mock's own media reaches the page through MSW, so
 * posters are real images and the sample clip decodes in the browser.
 */
const meta = {
  title: 'Video/Mock media',
  tags: ['!dev', '!autodocs'],
  render: () => (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <VideoGallery defaultStatus="published" defaultPageSize={4} />
      <div style={{ maxWidth: '22rem' }}>
        <VideoPlayerCard video={video} />
      </div>
    </div>
  ),
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** Gallery posters load as images, and pressing play on a card decodes the sample video. */
export const PostersLoadAndTheVideoPlays: Story = {
  play: async ({ canvas, canvasElement, userEvent }) => {
    const loadedPosters = () =>
      [...canvasElement.querySelectorAll('article img')].filter(
        (img) => img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0,
      );
    await waitFor(() => expect(loadedPosters().length).toBeGreaterThan(1), { timeout: 10_000 });

    // The lone card comes last; the same video may be on the gallery's page too.
    const play = canvas.getAllByRole('button', { name: `Play ${video.title}` }).at(-1);
    await userEvent.click(play as HTMLElement);
    const player = canvasElement.querySelector('video');
    // HAVE_CURRENT_DATA: the browser fetched the clip (by byte range) and decoded a frame.
    await waitFor(() => expect(player?.readyState).toBeGreaterThanOrEqual(2), { timeout: 10_000 });
    expect(player?.duration).toBeCloseTo(8, 0);
  },
};
