/**
 * @jest-environment jsdom
 */
// Stock jsdom, not the recipe's jest-fixed-jsdom: it has no fetch API, and the client must say so, by name, rather than
// blame a URL that has an origin. A `.spec.ts`, so this repository's own Vitest (test/**/*.test.ts) leaves it to Jest.
import { expect, it } from '@jest/globals';
import { createClient } from '@sixtyseconds/react';
import { createMockApi } from '@sixtyseconds/react/mock';

it('names the missing Request global and the environment that has it', async () => {
  const mock = createMockApi();
  const client = createClient({ baseUrl: 'http://mock', fetch: mock.fetch });
  await expect(client.listVideos({ limit: 5 })).rejects.toMatchObject({
    kind: 'invalid-request',
    message: expect.stringMatching(/no global Request\b.*jest-fixed-jsdom/),
  });
});
