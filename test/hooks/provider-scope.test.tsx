import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SixtySecondsProvider, useVideos } from '../../src/hooks';
import { createMockApi } from '../../src/mock';

// Two proxies, as a host that switches tenant (or environment) has: each answers from its own seeded mock.
const tenants = {
  'http://tenant-a.test': createMockApi({ seed: 1, latencyMs: 30 }),
  'http://tenant-b.test': createMockApi({ seed: 2, latencyMs: 30 }),
};
type Origin = keyof typeof tenants;
const throughTenant = (request: Request) => tenants[new URL(request.url).origin as Origin].fetch(request);
const idsOf = (origin: Origin) => new Set(tenants[origin].videos().map((video) => video.id));

function VideoIds() {
  const { data, isLoading } = useVideos({ limit: 3 });
  return (
    <ul aria-label="Videos" aria-busy={isLoading}>
      {data?.data.map((video) => (
        <li key={video.id}>{video.id}</li>
      ))}
    </ul>
  );
}

const app = (origin: Origin) => (
  <SixtySecondsProvider baseUrl={`${origin}/api/sixtyseconds`} fetch={throughTenant}>
    <VideoIds />
  </SixtySecondsProvider>
);

const shownIds = () => screen.queryAllByRole('listitem').map((item) => item.textContent ?? '');

describe('a provider whose baseUrl changes', () => {
  it("fetches through the new proxy and never shows the old proxy's videos, not even while loading", async () => {
    const { rerender } = render(app('http://tenant-a.test'));
    await waitFor(() => expect(shownIds()).toHaveLength(3));
    expect(shownIds().every((id) => idsOf('http://tenant-a.test').has(id))).toBe(true);

    rerender(app('http://tenant-b.test'));
    expect(shownIds().filter((id) => idsOf('http://tenant-a.test').has(id))).toEqual([]);
    await waitFor(() => expect(shownIds()).toHaveLength(3));
    expect(shownIds().every((id) => idsOf('http://tenant-b.test').has(id))).toBe(true);
    expect(tenants['http://tenant-b.test'].requests.map((request) => request.route)).toEqual(['listVideos']);
  });
});
