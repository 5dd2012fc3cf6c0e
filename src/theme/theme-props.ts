import { cssVar, type Theme, type ThemeToken } from './tokens';

/** The attributes that apply a theme to an element: `data-theme` and the `--ss-*` variables it overrides. */
export interface ThemeRootProps {
  'data-theme'?: 'light' | 'dark';
  style: Record<string, string>;
}

/** Turns a `theme` prop into attributes for a wrapper element; pure, so server and client markup match. */
export function themeRootProps(theme: Theme | undefined, style?: object): ThemeRootProps {
  const vars: Record<string, string> = {};
  // The theme's own keys, not THEME_TOKENS: the type already limits them, and the list stays out of every bundle.
  for (const [token, value] of Object.entries(theme ?? {})) {
    if (token !== 'mode' && value !== undefined) vars[cssVar(token as ThemeToken)] = value;
  }
  const mode = theme?.mode;
  return {
    ...(mode === 'light' || mode === 'dark' ? { 'data-theme': mode } : {}),
    style: { ...vars, ...(style as Record<string, string> | undefined) },
  };
}
