export { type ThemeRootProps, themeRootProps } from './theme-props';
export { CHART_COLORS, cssVar, THEME_TOKENS, type Theme, type ThemeMode, type ThemeToken } from './tokens';
