import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { cssVar, THEME_TOKENS, type ThemeToken } from '../src/theme';

/** Every colour token, in the order THEME_TOKENS lists them. */
const COLOR_TOKENS = THEME_TOKENS.filter((token) => token.startsWith('color'));

/** Props of the token sheet. */
interface PaletteProps {
  /** Pins the palette to one scheme; without it the sheet follows the provider (the toolbar's Theme). */
  mode?: 'light' | 'dark';
  /** Heading above the swatches. */
  title: string;
}

/** One scheme's colour tokens as labelled swatches, painted on that scheme's background. */
function Palette({ mode, title }: PaletteProps) {
  const headingId = `palette-${mode ?? 'current'}`;
  return (
    <section
      aria-labelledby={headingId}
      className="ss-root"
      data-theme={mode}
      style={{
        background: 'var(--ss-color-bg)',
        color: 'var(--ss-color-text)',
        border: '1px solid var(--ss-color-border)',
        borderRadius: 'var(--ss-radius)',
        padding: 'var(--ss-space-4)',
        flex: '1 1 20rem',
      }}
    >
      <h2 id={headingId} style={{ fontSize: 'var(--ss-font-size-lg)', margin: '0 0 var(--ss-space-3)' }}>
        {title}
      </h2>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 'var(--ss-space-2)' }}>
        {COLOR_TOKENS.map((token) => (
          <Swatch key={token} token={token} />
        ))}
      </ul>
    </section>
  );
}

/** A colour chip with the token's prop name and CSS variable; the chip is decoration, the names carry the meaning. */
function Swatch({ token }: { token: ThemeToken }) {
  return (
    <li data-token={token} style={{ display: 'flex', alignItems: 'center', gap: 'var(--ss-space-3)' }}>
      <span
        aria-hidden="true"
        className="swatch"
        style={{
          background: `var(${cssVar(token)})`,
          border: '1px solid var(--ss-color-border)',
          borderRadius: 'var(--ss-radius-sm)',
          width: '2.5rem',
          height: '1.5rem',
          flex: 'none',
        }}
      />
      <span>{token}</span>
      <code style={{ color: 'var(--ss-color-text-muted)', fontSize: 'var(--ss-font-size-sm)' }}>{cssVar(token)}</code>
    </li>
  );
}

/** Parses `rgb(r, g, b)` / `rgba(r, g, b, a)` as the browser reports computed colours. */
const channels = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);

/** Computed background of each swatch in a palette, keyed by token. */
function swatchColors(palette: HTMLElement) {
  const colors = new Map<string, string>();
  for (const item of palette.querySelectorAll<HTMLElement>('[data-token]')) {
    const chip = item.querySelector<HTMLElement>('.swatch');
    if (chip && item.dataset.token) colors.set(item.dataset.token, getComputedStyle(chip).backgroundColor);
  }
  return colors;
}

const meta = {
  title: 'Foundations/Theme',
  component: Palette,
  args: { title: 'Colour tokens' },
} satisfies Meta<typeof Palette>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Both schemes side by side: every `--ss-color-*` token must resolve, and the schemes must differ. */
export const LightAndDark: Story = {
  render: () => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--ss-space-4)' }}>
      <Palette mode="light" title="Light" />
      <Palette mode="dark" title="Dark" />
    </div>
  ),
  play: async ({ canvas }) => {
    const light = swatchColors(canvas.getByRole('region', { name: 'Light' }));
    const dark = swatchColors(canvas.getByRole('region', { name: 'Dark' }));
    for (const colors of [light, dark]) {
      await expect([...colors.keys()]).toEqual(COLOR_TOKENS);
      // An undefined variable computes to transparent: rgba(0, 0, 0, 0).
      for (const color of colors.values()) await expect(channels(color)[3] ?? 1).toBeGreaterThan(0);
    }
    await expect(dark.get('colorBg')).not.toBe(light.get('colorBg'));
    await expect(dark.get('colorText')).not.toBe(light.get('colorText'));
  },
};

/** The sheet under the toolbar's Theme; this story pins dark through `globals`, as any story can. */
export const FollowsToolbar: Story = {
  globals: { theme: 'dark' },
  args: { title: 'Current theme' },
  play: async ({ canvas }) => {
    const colors = swatchColors(canvas.getByRole('region', { name: 'Current theme' }));
    // Dark scheme: light text on a dark background.
    const [text = 0] = channels(colors.get('colorText') ?? '');
    const [background = 255] = channels(colors.get('colorBg') ?? '');
    await expect(text).toBeGreaterThan(200);
    await expect(background).toBeLessThan(60);
  },
};
