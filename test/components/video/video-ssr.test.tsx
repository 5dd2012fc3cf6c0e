// @vitest-environment node
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CreateVideoDialog, VideoGallery, VideoPlayerCard } from '../../../src/components';
import { SixtySecondsProvider } from '../../../src/hooks';
import { createMockApi } from '../../../src/mock';
import { seededVideo } from '../../../stories/video/seeded';

const inProvider = (children: ReactNode) => {
  const mock = createMockApi({ seed: 7 });
  return (
    <SixtySecondsProvider baseUrl="http://localhost/api" fetch={(request) => mock.fetch(request)} locale="fr-FR">
      {children}
    </SixtySecondsProvider>
  );
};

describe('video components on the server (no window, no document)', () => {
  it('renders a card with its poster, the provider locale and no <video>', () => {
    const video = seededVideo('published');
    const html = renderToString(inProvider(<VideoPlayerCard video={video} />));
    expect(html).toContain('ss-video-card');
    expect(html).toContain(`src="${video.thumbnail}"`);
    expect(html).not.toContain('<video');
    expect(html).toContain(
      new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(video.created_at)),
    );
  });

  it('renders the gallery in its loading state and the dialog as just its trigger', () => {
    const html = renderToString(
      inProvider(
        <>
          <VideoGallery />
          <CreateVideoDialog trigger={<button type="button">New video</button>} />
        </>,
      ),
    );
    expect(html).toContain('Loading videos…');
    expect(html).toContain('role="tablist"');
    expect(html).toContain('New video');
    expect(html).not.toContain('role="dialog"');
  });
});
