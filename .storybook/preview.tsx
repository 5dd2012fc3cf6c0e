import '../src/styles.css';
import type { Decorator, Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { SixtySecondsProvider } from '../src/hooks';
import type { ThemeMode } from '../src/theme';
import { defaultHandlers, MOCK_BASE_URL, mockLoader, storyMock } from './mock-parameters';

/** True when `main.ts` found SIXTYSECONDS_API_KEY: requests then go to the real proxy, not to MSW. */
const live = import.meta.env.STORYBOOK_SIXTYSECONDS_LIVE === 'true';

/**
 * Wraps every story in the provider, themed by the toolbar's mode; a story pins one with `globals: { theme: 'dark' }`
 * or `parameters: { theme: 'dark' }`. The inner box paints the theme's background so dark text never sits on white.
 */
const withProvider: Decorator = (Story, { id, globals, parameters, viewMode, loaded }) => {
  const mode = (parameters.theme ?? globals.theme ?? 'light') as ThemeMode;
  // A docs page shows all of a component's stories at once, but MSW serves only the mock loaded last: there each story
  // asks its own mock directly, so one story's faults or latency never reach the others.
  const docsFetch = viewMode === 'docs' && loaded.mock ? storyMock(loaded).fetch : undefined;
  return (
    // A key per story: each story starts with an empty SWR cache.
    <SixtySecondsProvider key={id} baseUrl={MOCK_BASE_URL} theme={{ mode }} fetch={docsFetch}>
      <div style={{ background: 'var(--ss-color-bg)', color: 'var(--ss-color-text)', padding: '1rem' }}>
        <Story />
      </div>
    </SixtySecondsProvider>
  );
};

const preview: Preview = {
  // Every component gets a docs page: its description, a props table from its JSDoc, and its stories.
  tags: ['autodocs'],
  decorators: [withProvider],
  loaders: live ? [] : [mswLoader(), mockLoader],
  globalTypes: {
    theme: {
      description: 'Colour mode of the SixtySeconds theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'system', title: 'System (prefers-color-scheme)', icon: 'browser' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light' },
  parameters: {
    // An axe violation fails the story's test, not just a warning in the panel.
    a11y: { test: 'error' },
    msw: { handlers: { sixtyseconds: defaultHandlers } },
    layout: 'fullscreen',
    // Guides first, then the components by area; stories keep their file order.
    options: {
      storySort: {
        order: [
          'Guides',
          ['Getting started', 'Theming', 'The proxy', 'Server rendering', 'Testing with the mock'],
          'Foundations',
          'Video',
          'Analytics',
          'Charts',
          'Chart parts',
          'Hooks',
        ],
      },
    },
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
  },
};

export default preview;
