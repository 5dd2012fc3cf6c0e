import { type RenderHookOptions, type RenderOptions, render, renderHook } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import type { ReactElement, ReactNode } from 'react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { SixtySecondsProvider, type SixtySecondsProviderProps } from '../src/hooks';
import { createMockApi, type MockApi, type MockApiOptions } from '../src/mock';
import { createMockHandlers } from '../src/mock/msw-entry';

/** Where tests' provider sends requests; msw/node answers there with the mock. */
export const TEST_BASE_URL = 'http://localhost/api/sixtyseconds';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** How a test sets up the mock API and the provider. */
export interface ApiSetup extends Partial<Omit<SixtySecondsProviderProps, 'children'>> {
  /** A mock to reuse; otherwise one is made from `seed` and `mockOptions`. */
  mock?: MockApi;
  /** Seed of the mock made for this test. */
  seed?: number;
  /** Other options of the mock made for this test. */
  mockOptions?: MockApiOptions;
}

function setUp({ mock, seed = 7, mockOptions, ...providerProps }: ApiSetup) {
  const api = mock ?? createMockApi({ seed, ...mockOptions });
  server.use(...createMockHandlers(api, { baseUrl: TEST_BASE_URL }));
  const wrapper = ({ children }: { children: ReactNode }) => (
    <SixtySecondsProvider baseUrl={TEST_BASE_URL} retry={{ retries: 1, baseDelayMs: 5 }} {...providerProps}>
      {children}
    </SixtySecondsProvider>
  );
  return { mock: api, wrapper };
}

/** Renders UI inside a provider whose requests reach a fresh seeded mock through msw/node. */
export function renderWithApi(ui: ReactElement, setup: ApiSetup = {}, options: Omit<RenderOptions, 'wrapper'> = {}) {
  const { mock, wrapper } = setUp(setup);
  return { ...render(ui, { wrapper, ...options }), mock, user: userEvent.setup() };
}

/** Renders a hook inside a provider on a fresh seeded mock. */
export function renderHookWithApi<Result, Props>(
  hook: (props: Props) => Result,
  setup: ApiSetup = {},
  options: Omit<RenderHookOptions<Props>, 'wrapper'> = {},
) {
  const { mock, wrapper } = setUp(setup);
  return { ...renderHook(hook, { wrapper, ...options }), mock };
}

/** The requests the mock received for one route. */
export const requestsTo = (mock: MockApi, route: string) => mock.requests.filter((request) => request.route === route);
