// @vitest-environment node
import { readFileSync } from 'node:fs';
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

/** Every rule of a stylesheet with the at-rules and selector around its declarations, e.g. `['@media …', 'a']`. */
function cssRules(css: string) {
  const rules: Array<{ context: string[]; declarations: Record<string, string> }> = [];
  const context: string[] = [];
  let text = '';
  for (const char of css.replace(/\/\*[\s\S]*?\*\//g, '')) {
    if (char === '{') {
      context.push(text.trim().replace(/\s+/g, ' '));
      text = '';
    } else if (char === '}') {
      const declarations = text
        .split(';')
        .filter((declaration) => declaration.includes(':'))
        .map((declaration) => declaration.split(/:(.*)/s).map((part) => part.trim()));
      if (declarations.length > 0)
        rules.push({ context: [...context], declarations: Object.fromEntries(declarations) });
      context.pop();
      text = '';
    } else text += char;
  }
  return rules;
}

describe('tokens.css', () => {
  // Read from disk: Vitest hands CSS imports, even `?raw`, to tests as empty strings.
  const rules = cssRules(readFileSync(new URL('../src/theme/tokens.css', import.meta.url), 'utf8'));
  const ruleIndex = (...context: string[]) => {
    const matches = rules.flatMap((rule, index) => (rule.context.join(' / ') === context.join(' / ') ? [index] : []));
    expect(matches, context.join(' / ')).toHaveLength(1);
    return matches[0] as number;
  };
  const colours = (...context: string[]) =>
    Object.fromEntries(
      Object.entries(rules[ruleIndex(...context)]?.declarations ?? {}).filter(([name]) =>
        name.startsWith('--ss-color-'),
      ),
    );
  const ROOT = ':where(.ss-root:not(.ss-root .ss-root))';
  const NO_LIGHT_DARK = '@supports not (color: light-dark(#000, #fff))';
  /** The light (1) or dark (2) side of each light-dark() pair of the defaults. */
  const side = (index: 1 | 2) =>
    Object.fromEntries(
      Object.entries(colours(ROOT)).map(([name, value]) => [name, /^light-dark\((.+), (.+)\)$/.exec(value)?.[index]]),
    );

  it('gives every colour token a light-dark() pair', () => {
    const colourTokens = THEME_TOKENS.filter((token) => token.startsWith('color')).map(cssVar);
    expect(Object.keys(colours(ROOT)).sort()).toEqual(colourTokens.sort());
    for (const value of Object.values(colours(ROOT)))
      expect(value).toMatch(/^light-dark\(#[0-9a-f]{6}, #[0-9a-f]{6}\)$/);
  });

  it('repeats the pairs as plain colours for browsers without light-dark()', () => {
    const [light, dark] = [side(1), side(2)];
    expect(colours(NO_LIGHT_DARK, ROOT)).toEqual(light);
    expect(colours(NO_LIGHT_DARK, '@media (prefers-color-scheme: dark)', ROOT)).toEqual(dark);
    expect(colours(NO_LIGHT_DARK, ':where(.ss-root[data-theme="dark"])')).toEqual(dark);
    expect(colours(NO_LIGHT_DARK, ':where(.ss-root[data-theme="light"])')).toEqual(light);
  });

  it('keeps the fallback at zero specificity, with a pinned mode after the viewer’s preference', () => {
    const fallback = rules.filter((rule) => rule.context[0] === NO_LIGHT_DARK);
    for (const rule of fallback) expect(rule.context.at(-1)).toMatch(/^:where\(/);
    const preference = ruleIndex(NO_LIGHT_DARK, '@media (prefers-color-scheme: dark)', ROOT);
    expect(ruleIndex(NO_LIGHT_DARK, ':where(.ss-root[data-theme="dark"])')).toBeGreaterThan(preference);
    expect(ruleIndex(NO_LIGHT_DARK, ':where(.ss-root[data-theme="light"])')).toBeGreaterThan(preference);
  });
});
