// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { exportedComponents } from '../browser/exported-components';
import { ssrElement } from '../browser/ssr-element';

/** The package entries' sources, imported the way a server (no DOM) would import the built files. */
const entries = {
  index: () => import('../../src/index'),
  mock: () => import('../../src/mock/index'),
  'mock/msw': () => import('../../src/mock/msw-entry'),
  server: () => import('../../src/server/index'),
};

describe('the entries load on a server', () => {
  it('runs without a DOM', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  for (const [name, load] of Object.entries(entries)) {
    it(`imports ${name} without touching window or document`, async () => {
      const module = await load();
      expect(Object.keys(module).length).toBeGreaterThan(0);
    });
  }
});

describe('every exported component renders to a string on a server', async () => {
  const components = exportedComponents(await entries.index());
  for (const [name, Component] of components) {
    it(name, async () => {
      const { element } = await ssrElement(name, Component);
      expect(renderToString(element)).toMatch(/class="[^"]*ss-/);
    });
  }
});
