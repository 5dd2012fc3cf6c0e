import { act, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as library from '../../src';
import { createMockApi } from '../../src/mock';
import { exportedComponents } from './exported-components';

// Lets React flush renders inside act() without warning that the environment is not set up for it.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Every component src/index.ts exports, found by walking the module: a new export is covered without a line here.
const components = exportedComponents(library);

/**
 * What a host meets: the component with no props at all, inside a provider over a fresh seeded mock; `settle` waits
 * (inside act) until the mock has answered every request sent so far and React has rendered the answers.
 */
function bare(Component: ComponentType<object>) {
  const mock = createMockApi({ seed: 42, latencyMs: 0 });
  let inFlight = 0;
  const fetch = async (request: Request) => {
    inFlight++;
    try {
      return await mock.fetch(request);
    } finally {
      inFlight--;
    }
  };
  const element = (
    <library.SixtySecondsProvider baseUrl="http://localhost/api/sixtyseconds" fetch={fetch} retry={{ retries: 0 }}>
      <Component />
    </library.SixtySecondsProvider>
  );
  const settle = () => act(() => vi.waitFor(() => expect(inFlight).toBe(0), { timeout: 5000 }));
  return { element, settle };
}

/** Everything a person can press: buttons, tabs, radios and checkboxes, in the page and in any portal. */
const pressable = () =>
  [
    ...document.body.querySelectorAll<HTMLElement>('button, [role="tab"], input[type="radio"], input[type="checkbox"]'),
  ].filter((element) => element.isConnected);

/** Console errors and warnings, and errors thrown anywhere (render, effects, event handlers), as text. */
function watchProblems() {
  const problems: string[] = [];
  const record =
    (kind: string) =>
    (...args: unknown[]) =>
      problems.push(`${kind}: ${args.map(String).join(' ')}`);
  vi.spyOn(console, 'error').mockImplementation(record('console.error'));
  vi.spyOn(console, 'warn').mockImplementation(record('console.warn'));
  const onError = (event: ErrorEvent) => problems.push(`thrown: ${String(event.error ?? event.message)}`);
  window.addEventListener('error', onError);
  return { problems, stop: () => window.removeEventListener('error', onError), record };
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('every exported component renders with no props', () => {
  it('finds the components to check', () => {
    expect(components.map(([name]) => name)).toEqual(expect.arrayContaining(['DateRangeFilter', 'GroupBySwitch']));
  });

  for (const [name, Component] of components) {
    it(`${name}: on the server, in the browser, and through a click on everything pressable`, async () => {
      const watch = watchProblems();
      const html = renderToString(bare(Component).element);
      expect(html).toContain('ss-');

      const host = document.body.appendChild(document.createElement('div'));
      const root = createRoot(host, {
        onUncaughtError: watch.record('uncaught'),
        onCaughtError: watch.record('caught'),
        onRecoverableError: watch.record('recoverable'),
      });
      const { element, settle } = bare(Component);
      await act(async () => root.render(element));
      // Connected components fetch from the mock: press what they show once the data (or an error) is there.
      await settle();

      // Press each control once; those a press reveals (a dialog, export options) are pressed in the next round.
      const pressed = new Set<HTMLElement>();
      for (let round = 0; round < 3; round++) {
        for (const element of pressable()) {
          if (pressed.has(element) || !element.isConnected) continue;
          pressed.add(element);
          await act(async () => element.click());
          await settle();
        }
      }

      act(() => root.unmount());
      watch.stop();
      expect(watch.problems).toEqual([]);
    });
  }
});
