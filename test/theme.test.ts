// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cssVar, THEME_TOKENS, themeRootProps } from '../src/theme';

describe('the theme prop', () => {
  it('becomes --ss-* variables and a pinned colour scheme on the wrapper', () => {
    expect(
      themeRootProps({ mode: 'dark', colorAccent: '#7c3aed', radius: '4px', space2: '6px' }, { width: 10 }),
    ).toEqual({
      'data-theme': 'dark',
      style: { '--ss-color-accent': '#7c3aed', '--ss-radius': '4px', '--ss-space-2': '6px', width: 10 },
    });
  });

  it('follows the system colour scheme unless a mode is pinned', () => {
    expect(themeRootProps({ mode: 'system' })).toEqual({ style: {} });
    expect(themeRootProps(undefined)).toEqual({ style: {} });
  });

  it('names every token as a kebab-case --ss- variable', () => {
    expect(THEME_TOKENS.map(cssVar)).toContain('--ss-color-chart-8');
    expect(THEME_TOKENS.map(cssVar)).toContain('--ss-font-size-sm');
    expect(new Set(THEME_TOKENS.map(cssVar)).size).toBe(THEME_TOKENS.length);
  });
});
