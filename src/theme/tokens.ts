/** Every themable value, as the camelCase name the `theme` prop takes; each maps to `--ss-<kebab-case>`. */
export const THEME_TOKENS = [
  'colorBg',
  'colorSurface',
  'colorSurfaceMuted',
  'colorText',
  'colorTextMuted',
  'colorBorder',
  'colorAccent',
  'colorAccentText',
  'colorFocus',
  'colorDanger',
  'colorSuccess',
  'colorWarning',
  'colorChart1',
  'colorChart2',
  'colorChart3',
  'colorChart4',
  'colorChart5',
  'colorChart6',
  'colorChart7',
  'colorChart8',
  'fontFamily',
  'fontSize',
  'fontSizeSm',
  'fontSizeLg',
  'radius',
  'radiusSm',
  'space1',
  'space2',
  'space3',
  'space4',
  'shadow',
] as const;

/** One themable value's name. */
export type ThemeToken = (typeof THEME_TOKENS)[number];

/** Light, dark, or follow `prefers-color-scheme` (the default). */
export type ThemeMode = 'light' | 'dark' | 'system';

/** The `theme` prop: a colour mode and any token overrides, e.g. `{ mode: 'dark', colorAccent: '#7c3aed' }`. */
export type Theme = { mode?: ThemeMode | undefined } & { [Token in ThemeToken]?: string | undefined };

/** The CSS custom property behind a token: `colorAccent` → `--ss-color-accent`. */
export const cssVar = (token: ThemeToken) => `--ss-${token.replace(/[A-Z0-9]/g, (c) => `-${c.toLowerCase()}`)}`;

/** The chart palette in order, as `var(--ss-color-chart-N)` references. */
export const CHART_COLORS = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `var(--ss-color-chart-${n})`);
