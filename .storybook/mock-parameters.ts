/*
 * Per-story control of the embedded mock API (src/mock), served to the preview through MSW.
 *
 * Every story starts from a clean mock: seed 42, 300 ms latency, no faults. A story changes that with
 * `parameters.mock`, whose fields override those defaults and take any `createMockApi` option:
 *
 *   export const ServerError: Story = { parameters: { mock: { faults: { listVideos: { status: 500 } } } } };
 *   export const Slow: Story = { parameters: { mock: { latencyMs: 3000 } } };
 *   export const Empty: Story = { parameters: { mock: { seed: 7 } } };
 *
 * A play function reads the story's mock from `loaded.mock`, e.g. to assert the requests a component sent:
 *
 *   play: async ({ loaded, canvas }) => { ...; expect(storyMock(loaded).requests).toHaveLength(1); }
 *
 * Replacing the mock with hand-written MSW handlers: set `parameters.msw.handlers.sixtyseconds`.
 */
import type { Loader } from '@storybook/react-vite';
import { createMockApi, type MockApi } from '../src/mock';
import { createMockHandlers } from '../src/mock/msw-entry';

/** What `parameters.mock` takes: any `createMockApi` option (seed, latencyMs, faults, processingMs, exportMs, …). */
export type MockParameters = NonNullable<Parameters<typeof createMockApi>[0]>;

/** Where the preview's provider sends requests; MSW answers them from the mock. */
export const MOCK_BASE_URL = '/api/sixtyseconds';

/** The settings every story starts from. */
export const MOCK_DEFAULTS = { seed: 42, latencyMs: 300 } satisfies MockParameters;

/** The mock the current story talks to: the shared one, or a fresh one when the story sets `parameters.mock`. */
let activeMock: MockApi = createMockApi(MOCK_DEFAULTS);

/** The shared mock, reset before each story that does not ask for its own. */
export const defaultMock = activeMock;

/**
 * Default MSW handlers: everything under MOCK_BASE_URL goes to whichever mock the current story uses. One set of
 * handlers serves every story, so switching mocks needs no handler changes (the addon's loader context has no `msw`).
 */
export const defaultHandlers = createMockHandlers(
  { ...defaultMock, fetch: (input, init) => activeMock.fetch(input, init) },
  { baseUrl: MOCK_BASE_URL },
);

/**
 * Loader (runs after `mswLoader`): gives the story a fresh mock when it sets `parameters.mock`, otherwise resets the
 * shared one, so no story sees another's created videos or faults. Returns `{ mock }` for play functions.
 */
export const mockLoader: Loader = async ({ parameters }) => {
  const settings = parameters.mock as MockParameters | undefined;
  if (settings) {
    activeMock = createMockApi({ ...MOCK_DEFAULTS, ...settings });
  } else {
    defaultMock.reset();
    activeMock = defaultMock;
  }
  return { mock: activeMock };
};

/** The story's mock from a play function's `loaded`. */
export const storyMock = (loaded: Record<string, unknown>) => loaded.mock as MockApi;
