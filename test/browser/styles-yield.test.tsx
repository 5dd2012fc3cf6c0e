// Our stylesheet first, then the host's Tailwind: the order `import '@sixtyseconds/react/styles.css'` before the app's
// own CSS gives.
import '../../src/styles.css';
import './tailwind.css';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { CreateVideoDialog, SixtySecondsProvider, VideoPlayerCard } from '../../src';
import { createMockApi } from '../../src/mock';

afterEach(() => document.body.replaceChildren());

const video = createMockApi({ seed: 42 })
  .videos()
  .find((candidate) => candidate.status === 'published');

function renderInPage(ui: React.ReactNode) {
  const host = document.body.appendChild(document.createElement('div'));
  // No request is sent: the provider only has to be there for the dialog's hooks.
  flushSync(() =>
    createRoot(host).render(<SixtySecondsProvider baseUrl="/api/sixtyseconds">{ui}</SixtySecondsProvider>),
  );
  return host;
}

describe('host styles win over ours in real Chromium', () => {
  it('a Tailwind v4 utility in className overrides a card’s background and a button’s border', () => {
    const page = renderInPage(
      <>
        {video && <VideoPlayerCard video={video} className="bg-[#ff0000]" />}
        <CreateVideoDialog
          trigger={
            <button type="button" className="ss-button border-4 border-[#00ff00]">
              New video
            </button>
          }
        />
      </>,
    );
    const card = page.querySelector('.ss-video-card') as HTMLElement;
    expect(getComputedStyle(card).backgroundColor).toBe('rgb(255, 0, 0)');
    const button = page.querySelector('button.ss-button') as HTMLElement;
    const style = getComputedStyle(button);
    expect([style.borderTopWidth, style.borderTopColor]).toEqual(['4px', 'rgb(0, 255, 0)']);
    // Tailwind's reset (`base`) comes before our layer, so it strips nothing the utilities did not ask for.
    expect([style.paddingTop, style.borderTopStyle, style.cursor]).toEqual(['4px', 'solid', 'pointer']);
  });

  it('plain host CSS wins too, even with the same specificity and loaded before ours', () => {
    const hostSheet = document.head.insertBefore(document.createElement('style'), document.head.firstChild);
    hostSheet.textContent = '.ss-video-card { border-radius: 0; }';
    try {
      const page = renderInPage(video && <VideoPlayerCard video={video} />);
      expect(getComputedStyle(page.querySelector('.ss-video-card') as HTMLElement).borderTopLeftRadius).toBe('0px');
    } finally {
      hostSheet.remove();
    }
  });
});
