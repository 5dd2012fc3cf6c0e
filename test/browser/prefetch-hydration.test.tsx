import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prefetchedPage } from './prefetched-page';

// Lets React flush hydration inside act() without warning that the environment is not set up for it.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Anything the hooks would ask for on mount leaves within a few frames; wait past them.
const frames = (count: number) =>
  new Promise<void>((resolve) => {
    const next = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => next(left - 1)));
    next(count);
  });

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('a server-prefetched page in Chromium', () => {
  it('hydrates the server markup without a request and without a mismatch', async () => {
    const { element, firstTitle, views, proxy } = await prefetchedPage();
    const html = renderToString(element);
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const consoleErrors = vi.spyOn(console, 'error');
    const recoverable = vi.fn();

    const root = await act(async () => hydrateRoot(container, element, { onRecoverableError: recoverable }));
    await act(() => frames(5));

    expect(container.textContent).toContain(firstTitle);
    const viewsCard = container.querySelector('[data-metric="views"] .ss-metric-cards-value');
    expect(viewsCard?.textContent).toBe(views.toLocaleString('en-US'));
    expect(proxy.requests.map((request) => request.url)).toEqual([]);
    expect(recoverable.mock.calls.map(([error]) => String(error))).toEqual([]);
    expect(consoleErrors.mock.calls.map((args) => args.map(String).join(' '))).toEqual([]);
    act(() => root.unmount());
  });
});
