import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { VideoPlayerCard } from '../../../src/components';
import { seededVideo } from '../../../stories/video/seeded';

const published = seededVideo('published');

describe('VideoPlayerCard', () => {
  it('shows a poster and play button; the <video> mounts only when the viewer presses play', async () => {
    const user = userEvent.setup();
    const { container } = render(<VideoPlayerCard video={published} />);
    const card = screen.getByRole('article', { name: published.title });
    expect(container.querySelector('video')).toBeNull();
    expect(card.querySelector('img')).toHaveAttribute('src', published.thumbnail);

    await user.click(screen.getByRole('button', { name: `Play ${published.title}` }));

    const player = container.querySelector('video');
    expect(player).toHaveAttribute('src', published.url);
    expect(player).toHaveFocus();
    expect(player).toHaveAttribute('controls');
    expect(screen.queryByRole('button', { name: /^Play/ })).toBeNull();
    expect(within(card).getByText('Loading video…')).toBeInTheDocument();
    fireEvent.canPlay(player as HTMLVideoElement);
    expect(within(card).queryByText('Loading video…')).toBeNull();
  });

  it('formats duration and date for the locale, with the date in UTC', () => {
    render(<VideoPlayerCard video={published} locale="de-DE" />);
    const card = screen.getByRole('article');
    // The seeded video: 32 seconds long, created 2025-03-28T16:31:21Z.
    expect(within(card).getByText('32 Sek.')).toBeInTheDocument();
    const date = within(card).getByText('28.03.2025');
    expect(date.tagName).toBe('TIME');
    expect(date).toHaveAttribute('datetime', '2025-03-28T16:31:21Z');
  });

  it('shows a processing video as not playable in a live region, and updates when it publishes', () => {
    const processing = seededVideo('processing');
    const { rerender } = render(<VideoPlayerCard video={processing} />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(`${processing.title}: Processing`);
    expect(screen.getByText('Processing — ready soon')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Play/ })).toBeNull();

    const media = { duration: published.duration, url: published.url, thumbnail: published.thumbnail };
    rerender(<VideoPlayerCard video={{ ...processing, ...media, status: 'published' }} />);
    expect(screen.getByRole('status')).toBe(status);
    expect(status).toHaveTextContent(`${processing.title}: Published`);
    expect(screen.getByRole('button', { name: `Play ${processing.title}` })).toBeInTheDocument();
  });

  it('shows drafts and failures, and lets the host replace the overlays', () => {
    const draft = seededVideo('draft');
    const failed = seededVideo('failed');
    const { rerender } = render(<VideoPlayerCard video={draft} />);
    expect(screen.getByText('Draft — not rendered yet')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Draft');

    rerender(<VideoPlayerCard video={failed} />);
    expect(screen.getByText('This video failed to render.')).toBeInTheDocument();

    const renderError = vi.fn(({ reason }) => <p>Custom: {reason}</p>);
    rerender(<VideoPlayerCard video={failed} renderError={renderError} />);
    expect(screen.getByText('Custom: failed')).toBeInTheDocument();
    expect(renderError).toHaveBeenCalledWith({ video: failed, reason: 'failed' });

    rerender(<VideoPlayerCard video={seededVideo('processing')} renderProcessing={(v) => <p>Rendering {v.id}</p>} />);
    expect(screen.getByText(`Rendering ${seededVideo('processing').id}`)).toBeInTheDocument();
  });

  it.each([
    ['javascript:alert(document.cookie)', 'data:image/svg+xml,<svg onload=alert(1)>'],
    ['data:text/html,<script>alert(1)</script>', ' javascript:alert(1)'],
  ])('never puts a %j video or %j poster into the page', (url, thumbnail) => {
    const { container } = render(<VideoPlayerCard video={{ ...published, url, thumbnail }} />);
    expect(screen.queryByRole('button', { name: /^Play/ })).toBeNull();
    expect(screen.getByText('This video is not available to play.')).toBeInTheDocument();
    expect(container.querySelector('img, video, a')).toBeNull();
    expect(container.innerHTML).not.toMatch(/javascript:|data:/);
  });

  it('words everything from the messages it is given', async () => {
    const user = userEvent.setup();
    const messages = {
      videoStatusPublished: 'Veröffentlicht',
      videoCardPlay: ({ title }: { title: string }) => `${title} abspielen`,
    };
    const { container } = render(<VideoPlayerCard video={published} messages={messages} />);
    expect(screen.getByRole('status')).toHaveTextContent(`${published.title}: Veröffentlicht`);
    await user.click(screen.getByRole('button', { name: `${published.title} abspielen` }));
    expect(container.querySelector('video')).not.toBeNull();
  });

  it('keeps the aspect ratio: from the video, from the prop, else 16:9', () => {
    const { container, rerender } = render(<VideoPlayerCard video={{ ...published, aspect_ratio: '9:16' }} />);
    const media = () => container.querySelector('.ss-video-card-media');
    expect(media()).toHaveAttribute('data-aspect-ratio', '9:16');
    rerender(<VideoPlayerCard video={{ ...published, aspect_ratio: '9:16' }} aspectRatio="1:1" />);
    expect(media()).toHaveAttribute('data-aspect-ratio', '1:1');
    rerender(<VideoPlayerCard video={{ ...published, aspect_ratio: undefined }} />);
    expect(media()).toHaveAttribute('data-aspect-ratio', '16:9');
  });

  it('reports play, pause, end and progress at 25/50/75/100 once per playthrough', async () => {
    const user = userEvent.setup();
    const handlers = { onPlay: vi.fn(), onPause: vi.fn(), onEnded: vi.fn(), onProgress: vi.fn() };
    const { container } = render(<VideoPlayerCard video={published} {...handlers} />);
    await user.click(screen.getByRole('button', { name: `Play ${published.title}` }));
    const player = container.querySelector('video') as HTMLVideoElement;
    Object.defineProperty(player, 'duration', { configurable: true, value: 80 });
    const playTo = (seconds: number) => {
      Object.defineProperty(player, 'currentTime', { configurable: true, value: seconds });
      fireEvent.timeUpdate(player);
    };

    fireEvent.play(player);
    for (const seconds of [5, 21, 30, 41, 45, 59, 61]) playTo(seconds);
    fireEvent.pause(player);
    expect(handlers.onPlay).toHaveBeenCalledWith(published);
    expect(handlers.onPause).toHaveBeenCalledWith(published, 61);
    expect(handlers.onProgress.mock.calls).toEqual([
      [25, published],
      [50, published],
      [75, published],
    ]);
    playTo(80);
    fireEvent.ended(player);
    expect(handlers.onEnded).toHaveBeenCalledTimes(1);
    expect(handlers.onProgress.mock.calls.map(([percent]) => percent)).toEqual([25, 50, 75, 100]);

    // Watching again is a new playthrough; seeking straight to the middle reports both milestones passed.
    fireEvent.play(player);
    playTo(50);
    expect(handlers.onProgress.mock.calls.map(([percent]) => percent)).toEqual([25, 50, 75, 100, 25, 50]);
  });

  it('does not report a pause when the browser pauses because the video ended', async () => {
    const user = userEvent.setup();
    const handlers = { onPause: vi.fn(), onEnded: vi.fn() };
    const { container } = render(<VideoPlayerCard video={published} {...handlers} />);
    await user.click(screen.getByRole('button', { name: `Play ${published.title}` }));
    const player = container.querySelector('video') as HTMLVideoElement;
    fireEvent.play(player);
    Object.defineProperty(player, 'ended', { configurable: true, value: true });
    fireEvent.pause(player);
    fireEvent.ended(player);
    expect(handlers.onPause).not.toHaveBeenCalled();
    expect(handlers.onEnded).toHaveBeenCalledWith(published);
  });

  it('adds the host caption tracks, dropping any that are not http(s)', async () => {
    const user = userEvent.setup();
    const captions = [
      { src: 'https://cdn.example.com/en.vtt', srcLang: 'en', label: 'English', default: true },
      { src: 'javascript:alert(1)', srcLang: 'de', label: 'Deutsch' },
    ];
    const { container } = render(<VideoPlayerCard video={published} captions={captions} />);
    await user.click(screen.getByRole('button', { name: /^Play/ }));
    const tracks = container.querySelectorAll('video > track');
    expect([...tracks].map((track) => [track.getAttribute('kind'), track.getAttribute('src')])).toEqual([
      ['captions', 'https://cdn.example.com/en.vtt'],
    ]);
  });

  it('falls back to the placeholder when the poster fails to load, keeping play available', () => {
    const { container } = render(<VideoPlayerCard video={published} />);
    fireEvent.error(container.querySelector('img') as HTMLImageElement);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.ss-video-card-placeholder')).not.toBeNull();
    expect(screen.getByRole('button', { name: `Play ${published.title}` })).toBeInTheDocument();
  });

  it('replaces a video that cannot load with its message and Try again, never laid over the controls', async () => {
    const user = userEvent.setup();
    const { container } = render(<VideoPlayerCard video={published} />);
    await user.click(screen.getByRole('button', { name: /^Play/ }));
    fireEvent.error(container.querySelector('video') as HTMLVideoElement);
    expect(screen.getByText('The video could not be loaded.')).toBeInTheDocument();
    expect(container.querySelector('video')).toBeNull();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('offers Try again after a playback error, which returns to the poster with focus on play', async () => {
    const user = userEvent.setup();
    const { container } = render(<VideoPlayerCard video={published} />);
    await user.tab();
    await user.keyboard('{Enter}');
    const player = container.querySelector('video') as HTMLVideoElement;
    expect(player).toHaveFocus();
    fireEvent.error(player);
    expect(screen.getByText('The video could not be loaded.')).toBeInTheDocument();

    // The player had focus and went away: focus moves to Try again rather than falling to the page.
    const tryAgain = screen.getByRole('button', { name: 'Try again' });
    expect(tryAgain).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(container.querySelector('video')).toBeNull();
    expect(screen.queryByText('The video could not be loaded.')).toBeNull();
    expect(screen.getByRole('button', { name: `Play ${published.title}` })).toHaveFocus();
  });

  it('forwards its ref, merges className, passes other props and applies a theme', () => {
    const ref = createRef<HTMLElement>();
    render(
      <VideoPlayerCard
        ref={ref}
        video={published}
        className="mine"
        data-testid="card"
        theme={{ mode: 'dark', colorAccent: '#7c3aed' }}
        headingLevel={4}
      />,
    );
    const card = screen.getByTestId('card');
    expect(ref.current).toBe(card);
    expect(card).toHaveClass('ss-root', 'ss-video-card', 'mine');
    expect(card).toHaveAttribute('data-theme', 'dark');
    expect(card.style.getPropertyValue('--ss-color-accent')).toBe('#7c3aed');
    expect(screen.getByRole('heading', { level: 4, name: published.title })).toBeInTheDocument();
  });
});
