import type { ComponentType } from 'react';
import { SixtySecondsProvider } from '../../src';
import { componentFixtures, FIXTURE_BASE_URL, fixtureContext } from './component-fixtures';

/**
 * The element the SSR tests render for one exported component: the component with its fixture's props inside a
 * provider whose requests go to a fresh seeded mock. The same element is rendered on the server and hydrated.
 */
export async function ssrElement(name: string, Component: ComponentType<object>) {
  const fixture = componentFixtures[name];
  if (!fixture) throw new Error(`${name} has no entry in test/browser/component-fixtures.tsx`);
  const context = fixtureContext();
  const props = await fixture(context);
  const element = (
    <SixtySecondsProvider
      baseUrl={FIXTURE_BASE_URL}
      fetch={(request) => context.mock.fetch(request)}
      retry={{ retries: 0 }}
    >
      <Component {...props} />
    </SixtySecondsProvider>
  );
  return { element, mock: context.mock };
}
