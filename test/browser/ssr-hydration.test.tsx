import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as library from '../../src';
import { componentFixtures } from './component-fixtures';
import { exportedComponents } from './exported-components';
import { ssrElement } from './ssr-element';

// Lets React flush hydration inside act() without warning that the environment is not set up for it.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const components = exportedComponents(library);

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('every exported component has SSR example props', () => {
  it('lists each component src/index.ts exports in test/browser/component-fixtures.tsx', () => {
    const missing = components.map(([name]) => name).filter((name) => !(name in componentFixtures));
    expect(missing, 'add example props for these to test/browser/component-fixtures.tsx').toEqual([]);
  });

  it('has no fixtures for components the library no longer exports', () => {
    const exported = new Set(components.map(([name]) => name));
    expect(Object.keys(componentFixtures).filter((name) => !exported.has(name))).toEqual([]);
  });
});

describe('server markup hydrates in Chromium without a mismatch', () => {
  for (const [name, Component] of components) {
    it(name, async () => {
      const { element } = await ssrElement(name, Component);
      const html = renderToString(element);
      const container = document.createElement('div');
      container.innerHTML = html;
      document.body.append(container);
      const consoleErrors = vi.spyOn(console, 'error');
      const recoverable = vi.fn();
      const root = await act(async () => hydrateRoot(container, element, { onRecoverableError: recoverable }));

      expect(html).toContain('ss-');
      expect(recoverable.mock.calls.map(([error]) => String(error))).toEqual([]);
      expect(consoleErrors.mock.calls.map((args) => args.map(String).join(' '))).toEqual([]);
      act(() => root.unmount());
    });
  }
});
