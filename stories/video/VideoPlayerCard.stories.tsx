import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { VideoPlayerCard } from '../../src/components';
import { seededVideo } from './seeded';

const meta = {
  title: 'Video/VideoPlayerCard',
  component: VideoPlayerCard,
  args: {
    video: seededVideo('published', '16:9'),
    onPlay: fn(),
    onPause: fn(),
    onEnded: fn(),
    onProgress: fn(),
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '22rem' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof VideoPlayerCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A published 16:9 video: poster and play button; pressing play mounts the player and moves focus to it. */
export const Published: Story = {
  play: async ({ canvas, canvasElement, userEvent, args }) => {
    expect(canvasElement.querySelector('video')).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: `Play ${args.video?.title}` }));
    const player = canvasElement.querySelector('video');
    expect(player).toHaveAttribute('src', args.video?.url);
    expect(player).toHaveAttribute('controls');
    await waitFor(() => expect(player).toHaveFocus());
  },
};

/** A portrait (9:16) video keeps its shape, narrowed so it is never taller than the cap. */
export const Portrait: Story = { args: { video: seededVideo('published', '9:16') } };

/** A portrait video in a 16:9 frame, as the gallery shows every card: the poster whole, letterboxed. */
export const PortraitInWideFrame: Story = { args: { video: seededVideo('published', '9:16'), aspectRatio: '16:9' } };

/**
 * The browser cannot load the video (here a file that is not there): the player is taken away and its place says so,
 * with "Try again", which brings back the poster and play button.
 */
export const PlaybackError: Story = {
  args: { video: { ...seededVideo('published', '16:9'), url: '/no-such-video.webm' } },
  play: async ({ canvas, canvasElement, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: `Play ${args.video?.title}` }));
    const tryAgain = await canvas.findByRole('button', { name: 'Try again' }, { timeout: 5000 });
    expect(canvas.getByText('The video could not be loaded.')).toBeInTheDocument();
    expect(canvasElement.querySelector('video')).toBeNull();
    // The player had focus and went away: focus follows to Try again.
    await waitFor(() => expect(tryAgain).toHaveFocus());

    await userEvent.click(tryAgain);
    expect(canvas.getByRole('button', { name: `Play ${args.video?.title}` })).toHaveFocus();
  },
};

/** A square (1:1) video. */
export const Square: Story = { args: { video: seededVideo('published', '1:1') } };

/** Still rendering: not playable; the status line is a live region that announces the change when it publishes. */
export const Processing: Story = {
  args: { video: seededVideo('processing') },
  play: async ({ canvas }) => {
    expect(canvas.getByRole('status')).toHaveTextContent('Processing');
    expect(canvas.queryByRole('button', { name: /^Play/ })).toBeNull();
  },
};

/** A draft that has not been rendered. */
export const Draft: Story = { args: { video: seededVideo('draft') } };

/** A render that failed. */
export const Failed: Story = { args: { video: seededVideo('failed') } };

/**
 * The host replaces the error overlay (and could do the same for loading and processing); the documented
 * `ss-video-card-overlay` class places its markup over the frame.
 */
export const CustomErrorOverlay: Story = {
  args: {
    video: seededVideo('failed'),
    renderError: ({ video }) => (
      <div className="ss-video-card-overlay">
        <span>We could not render “{video.title}”. Support has been told.</span>
      </div>
    ),
  },
};

/** A `javascript:` video URL and a `data:` poster from the API never reach the page; the fallback shows instead. */
export const UnsafeUrls: Story = {
  args: {
    video: {
      ...seededVideo('published', '16:9'),
      url: 'javascript:alert(document.cookie)',
      thumbnail: 'data:image/svg+xml,<svg onload="alert(1)"/>',
    },
  },
  play: async ({ canvas, canvasElement }) => {
    expect(canvas.getByText('This video is not available to play.')).toBeInTheDocument();
    expect(canvasElement.querySelector('img, video, a')).toBeNull();
  },
};

/** Duration and date formatted for German. */
export const GermanLocale: Story = { args: { locale: 'de-DE' } };

/** Dark theme. */
export const Dark: Story = { parameters: { theme: 'dark' } };

/** In Arabic, right to left: status, duration and date in Arabic, the clock at the frame's left. */
export const Arabic: Story = {
  parameters: { lang: 'ar' },
  play: async ({ canvas, args }) => {
    expect(canvas.getByRole('status')).toHaveTextContent('منشور');
    expect(canvas.getByRole('button', { name: `تشغيل ${args.video?.title}` })).toBeInTheDocument();
  },
};
