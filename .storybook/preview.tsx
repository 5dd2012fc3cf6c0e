import '../src/styles.css';
import type { Decorator, Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { SixtySecondsProvider } from '../src/hooks';
import ar from '../src/locales/ar';
import de from '../src/locales/de';
import es from '../src/locales/es';
import type { Messages } from '../src/messages';
import type { ThemeMode } from '../src/theme';
import { defaultHandlers, MOCK_BASE_URL, mockLoader, storyMock } from './mock-parameters';

/** True when `main.ts` found SIXTYSECONDS_API_KEY: requests then go to the real proxy, not to MSW. */
const live = import.meta.env.STORYBOOK_SIXTYSECONDS_LIVE === 'true';

/** The shipped languages as the provider takes them; English is built in. */
const LANGUAGES: Record<string, { locale: string; messages?: Messages; dir: 'ltr' | 'rtl' }> = {
  en: { locale: 'en-US', dir: 'ltr' },
  de: { locale: 'de-DE', messages: de, dir: 'ltr' },
  es: { locale: 'es-ES', messages: es, dir: 'ltr' },
  ar: { locale: 'ar-EG', messages: ar, dir: 'rtl' },
};

/**
 * Wraps every story in the provider, themed by the toolbar's mode and worded in its language; a story pins them with
 * `parameters: { theme: 'dark', lang: 'ar' }` (or `globals`). The inner box paints the theme's background so dark
 * text never sits on white, and carries the language for screen readers.
 */
const withProvider: Decorator = (Story, { id, globals, parameters, viewMode, loaded }) => {
  const mode = (parameters.theme ?? globals.theme ?? 'light') as ThemeMode;
  const lang = String(parameters.lang ?? globals.lang ?? 'en');
  const { locale, messages, dir } = LANGUAGES[lang] ?? { locale: 'en-US', dir: 'ltr' };
  // A docs page shows all of a component's stories at once, but MSW serves only the mock loaded last: there each story
  // asks its own mock directly, so one story's faults or latency never reach the others.
  const docsFetch = viewMode === 'docs' && loaded.mock ? storyMock(loaded).fetch : undefined;
  return (
    // A key per story: each story starts with an empty query cache.
    <SixtySecondsProvider
      key={id}
      baseUrl={MOCK_BASE_URL}
      theme={{ mode }}
      locale={locale}
      messages={messages}
      dir={dir}
      fetch={docsFetch}
    >
      <div lang={locale} style={{ background: 'var(--ss-color-bg)', color: 'var(--ss-color-text)', padding: '1rem' }}>
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
    lang: {
      description: 'Language of the components (message catalogue, locale and direction)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
          { value: 'es', title: 'Español' },
          { value: 'ar', title: 'العربية (RTL)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', lang: 'en' },
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
