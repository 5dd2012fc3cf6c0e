import '../../src/styles.css';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { CreateVideoDialog } from '../../src/components';
import { SixtySecondsProvider } from '../../src/hooks';
import { createMockApi } from '../../src/mock';

let root: Root | undefined;
afterEach(() => {
  root?.unmount();
  document.body.replaceChildren();
});

/** The dialog open on a mock whose create answers 500, as a host shows it. */
function openDialog() {
  const mock = createMockApi({ seed: 3, latencyMs: 0, faults: { createVideo: { status: 500 } } });
  const host = document.body.appendChild(document.createElement('div'));
  root = createRoot(host);
  flushSync(() =>
    root?.render(
      <SixtySecondsProvider baseUrl="http://localhost/api/sixtyseconds" fetch={mock.fetch} retry={{ retries: 0 }}>
        <CreateVideoDialog defaultOpen templates={mock.templates()} />
      </SixtySecondsProvider>,
    ),
  );
  return mock;
}

const byName = (role: string, name: string) =>
  [...document.querySelectorAll<HTMLElement>(role)].find((element) => element.textContent?.trim() === name);

/** Whether the whole element is on screen without scrolling the page. */
const inView = (element: HTMLElement | undefined | null) => {
  const box = element?.getBoundingClientRect();
  return !!box && box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
};

describe('CreateVideoDialog on small screens, in real Chromium', () => {
  for (const [width, height] of [
    [1280, 768],
    [1280, 600],
    [360, 640],
  ] as const) {
    it(`at ${width}×${height}: Create and Cancel in view, the fields scroll, the ratios on one row`, async () => {
      await page.viewport(width, height);
      openDialog();
      const dialog = document.querySelector<HTMLElement>('[role="dialog"]');
      expect(inView(dialog)).toBe(true);
      expect(inView(byName('button', 'Create video'))).toBe(true);
      expect(inView(byName('button', 'Cancel'))).toBe(true);
      expect(inView(document.querySelector<HTMLElement>('[aria-label="Close"]'))).toBe(true);
      expect(document.documentElement.scrollHeight).toBeLessThanOrEqual(innerHeight);
      const body = document.querySelector<HTMLElement>('.ss-create-video-body') as HTMLElement;
      expect(body.scrollHeight).toBeGreaterThan(body.clientHeight);
      const tiles = [...document.querySelectorAll<HTMLElement>('.ss-create-video-ratio')];
      expect(tiles.map((tile) => Math.round(tile.getBoundingClientRect().top))).toEqual(
        tiles.map(() => Math.round(tiles[0]?.getBoundingClientRect().top ?? -1)),
      );
      for (const tile of tiles) expect(tile.scrollWidth).toBeLessThanOrEqual(tile.clientWidth);
    });
  }

  it('at 1280×600: a failed create’s alert appears above the buttons, in view', async () => {
    await page.viewport(1280, 600);
    const mock = openDialog();
    await userEvent.fill(page.getByRole('textbox', { name: 'Title' }), 'Quarterly check-in');
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'Template' }), mock.templates()[0]?.name ?? '');
    await userEvent.click(page.getByRole('button', { name: 'Create video' }));
    await expect.element(page.getByRole('alert')).toBeVisible();
    const alert = document.querySelector<HTMLElement>('[role="alert"]');
    expect(inView(alert)).toBe(true);
    expect(inView(byName('button', 'Try again'))).toBe(true);
  });
});
