import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prefetchedQueryPage } from './prefetched-query-page';

// Lets React flush hydration inside act() without warning that the environment is not set up for it.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Anything the hooks would ask for on mount leaves within a few tasks; wait well past them.
const tasks = (count: number) =>
  new Promise<void>((resolve) => {
    const next = (left: number) => (left === 0 ? resolve() : setTimeout(() => next(left - 1), 0));
    next(count);
  });

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe("a page prefetched into the host's QueryClient, in Chromium", () => {
  it('hydrates the dehydrated reads with HydrationBoundary: the numbers, no request, no mismatch', async () => {
    const { element, videoId, views, proxy } = await prefetchedQueryPage();
    const html = renderToString(element());
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const consoleErrors = vi.spyOn(console, 'error');
    const recoverable = vi.fn();

    const root = await act(async () => hydrateRoot(container, element(), { onRecoverableError: recoverable }));
    await act(() => tasks(20));

    expect(container.textContent).toContain(videoId);
    const viewsCard = container.querySelector('[data-metric="views"] .ss-metric-cards-value');
    expect(viewsCard?.textContent).toBe(views.toLocaleString('en-US'));
    expect(proxy.requests.map((request) => request.url)).toEqual([]);
    expect(recoverable.mock.calls.map(([error]) => String(error))).toEqual([]);
    expect(consoleErrors.mock.calls.map((args) => args.map(String).join(' '))).toEqual([]);
    act(() => root.unmount());
  });
});
