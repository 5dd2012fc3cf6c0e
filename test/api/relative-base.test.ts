// The default (jsdom) environment: a page with a `location`, as in a host app's own tests and in browsers.
import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../../src/api';

const sent: string[] = [];
const record = async (request: Request) => {
  sent.push(request.url);
  return Response.json({ data: [], pagination: { total: 0, page: 1, limit: 20, next_page: null, prev_page: null } });
};

afterEach(() => {
  sent.length = 0;
  document.head.querySelector('base')?.remove();
  window.history.replaceState(null, '', '/');
});

describe('a relative baseUrl on a page', () => {
  it('goes to the proxy on the page’s own origin', async () => {
    await createClient({ baseUrl: '/api/sixtyseconds', fetch: record }).listVideos({ limit: 5 });
    expect(sent).toEqual([`${window.location.origin}/api/sixtyseconds/videos?limit=5`]);
  });

  it('resolves a path without a leading slash against the page, as a browser does', async () => {
    window.history.replaceState(null, '', '/dashboard/');
    await createClient({ baseUrl: 'proxy/', fetch: record }).listVideos();
    expect(sent).toEqual([`${window.location.origin}/dashboard/proxy/videos`]);
  });

  it('follows the document’s <base href>, as a browser does', async () => {
    document.head.append(Object.assign(document.createElement('base'), { href: 'https://app.example/shop/' }));
    await createClient({ baseUrl: 'api', fetch: record }).listVideos();
    expect(sent).toEqual(['https://app.example/shop/api/videos']);
  });
});
