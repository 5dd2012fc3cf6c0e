import { cssVar, THEME_TOKENS, type Theme } from './tokens';

/** The attributes that apply a theme to an element: `data-theme` and the `--ss-*` variables it overrides. */
export interface ThemeRootProps {
  'data-theme'?: 'light' | 'dark';
  style: Record<string, string>;
}

/** Turns a `theme` prop into attributes for a wrapper element; pure, so server and client markup match. */
export function themeRootProps(theme: Theme | undefined, style?: object): ThemeRootProps {
  const vars: Record<string, string> = {};
  for (const token of THEME_TOKENS) {
    const value = theme?.[token];
    if (value !== undefined) vars[cssVar(token)] = value;
  }
  const mode = theme?.mode;
  return {
    ...(mode === 'light' || mode === 'dark' ? { 'data-theme': mode } : {}),
    style: { ...vars, ...(style as Record<string, string> | undefined) },
  };
}
