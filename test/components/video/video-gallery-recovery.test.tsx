import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { VideoGallery } from '../../../src/components';
import { renderWithApi } from '../../render';

const panel = () => screen.getByRole('tabpanel');
const cards = () => within(panel()).queryAllByRole('article');

/** Every text the page showed while `observe` ran, so a test can say what never appeared, even for a moment. */
function textsShown() {
  const seen = new Set<string>();
  const observer = new MutationObserver(() => seen.add(document.body.textContent ?? ''));
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  return { seen, stop: () => observer.disconnect() };
}

describe('VideoGallery recovers', () => {
  it('moves to the last page there is when polling empties the page shown, with no "0–0" on the way', async () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const processingMs = 60_000;
    const { mock, user } = renderWithApi(<VideoGallery defaultStatus="processing" defaultPageSize={1} />, {
      pollIntervalMs: 30,
      mockOptions: { now: () => now, processingMs },
    });
    const processing = mock.videos().filter((video) => video.status === 'processing').length;
    expect(processing).toBeGreaterThan(1);
    await waitFor(() => expect(screen.getByText(`Page 1 of ${processing}`)).toBeInTheDocument());
    for (let page = 2; page <= processing; page++) {
      await user.click(screen.getByRole('button', { name: 'Next' }));
      await waitFor(() => expect(screen.getByText(`Page ${page} of ${processing}`)).toBeInTheDocument());
    }

    // The seeded processing videos publish one after another; all but the last have by now.
    const texts = textsShown();
    now += processingMs * processing;
    await waitFor(() => expect(screen.getByText('Page 1 of 1')).toBeInTheDocument(), { timeout: 3000 });
    texts.stop();
    expect(screen.getByText('Showing 1–1 of 1')).toBeInTheDocument();
    expect(cards()).toHaveLength(1);
    expect(panel()).toHaveAttribute('aria-busy', 'false');
    const shown = [...texts.seen];
    expect(shown.filter((text) => text.includes('0–0'))).toEqual([]);
    expect(shown.filter((text) => text.includes('No processing videos.'))).toEqual([]);
  });

  it('shows a failed filter change as an error with retry, not the previous tab under a dead pager', async () => {
    const { mock, user } = renderWithApi(<VideoGallery />);
    await waitFor(() => expect(cards()).toHaveLength(20));
    mock.setFault('listVideos', { status: 500 });

    await user.click(screen.getByRole('tab', { name: 'Processing' }));
    const alert = await within(panel()).findByRole('alert');
    expect(alert).toHaveTextContent('The videos could not be loaded.');
    expect(cards()).toHaveLength(0);
    expect(screen.queryByRole('navigation', { name: 'Pages' })).toBeNull();
    expect(panel()).toHaveAttribute('aria-busy', 'false');
    expect(panel()).toHaveAccessibleName('Processing');

    mock.clearFaults();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    const processing = mock.videos().filter((video) => video.status === 'processing');
    await waitFor(() => expect(cards()).toHaveLength(processing.length));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('puts focus on the panel when "Try again" works and goes away', async () => {
    const { mock, user } = renderWithApi(<VideoGallery />, {
      mockOptions: { faults: { listVideos: { status: 500 } } },
    });
    const retry = await within(await screen.findByRole('alert')).findByRole('button', { name: 'Try again' });
    mock.clearFaults();
    retry.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(cards()).toHaveLength(20));
    await waitFor(() => expect(panel()).toHaveFocus());
  });

  it('takes no focus from elsewhere on the page', async () => {
    const { mock, user } = renderWithApi(
      <>
        <button type="button">Elsewhere</button>
        <VideoGallery />
      </>,
      { mockOptions: { latencyMs: 30, faults: { listVideos: { status: 500 } } } },
    );
    const retry = await screen.findByRole('button', { name: 'Try again' }, { timeout: 3000 });
    mock.clearFaults();
    await user.click(retry);
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    await waitFor(() => expect(cards()).toHaveLength(20));
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
  });
});
