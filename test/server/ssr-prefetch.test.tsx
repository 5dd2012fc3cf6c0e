// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { prefetchedPage } from '../browser/prefetched-page';

// React escapes these five in text; titles are compared as they appear in the markup.
const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#x27' }[char]};`);

describe('a page prefetched on the server', () => {
  it('renders its numbers into the HTML, with no request from the render', async () => {
    const { element, fallback, firstTitle, views, proxy } = await prefetchedPage();
    const html = renderToString(element);

    expect(fallback.failures).toEqual([]);
    expect(html).toContain(escapeHtml(firstTitle));
    // The featured video's "Views" card holds its count.
    expect(html).toMatch(
      new RegExp(`data-metric="views"><dt[^>]*>Views</dt><dd[^>]*>${views.toLocaleString('en-US')}</dd>`),
    );
    expect(html).not.toContain('ss-skeleton');
    expect(proxy.requests).toEqual([]);
  });
});
