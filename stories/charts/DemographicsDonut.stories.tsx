import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { VideoAnalytics } from '../../src/api';
import { DemographicsDonut } from '../../src/components/charts';
import { mulberry32, shuffled } from '../../src/mock/random';
import { loadServiceError, loadVideoAnalytics } from './chart-data';

const analyticsOf = (loaded: Record<string, unknown>) => loaded.analytics as VideoAnalytics;

// `count` country codes the browser can name, shuffled by a fixed seed; shares fall off like a real audience's.
function manyCountries(count: number, seed = 40): Record<string, number> {
  const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
  const names = new Intl.DisplayNames(['en-US'], { type: 'region' });
  const seen = new Set<string>();
  // One code per name (the UK and GB are both "United Kingdom").
  const codes = letters
    .flatMap((a) => letters.map((b) => a + b))
    .filter((code) => {
      const name = names.of(code) ?? code;
      if (name === code || seen.has(name)) return false;
      seen.add(name);
      return true;
    });
  const random = mulberry32(seed);
  const picked = shuffled(random, codes).slice(0, count);
  const weights = picked.map((_, i) => (1 + random()) / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  return Object.fromEntries(picked.map((code, i) => [code, Math.round(((weights[i] ?? 0) / total) * 1000) / 10]));
}

const meta = {
  title: 'Charts/DemographicsDonut',
  component: DemographicsDonut,
  loaders: [loadVideoAnalytics],
  render: (args, { loaded }) => (
    <div style={{ maxWidth: 520 }}>
      <DemographicsDonut data={analyticsOf(loaded).viewer_demographics} {...args} />
    </div>
  ),
} satisfies Meta<typeof DemographicsDonut>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Devices of the seeded video; hover or focus an arc or a legend item to highlight the slice. */
export const Devices: Story = {
  args: { dimension: 'devices' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The legend fills in with the arcs, once the chart has measured its width.
    const first = await waitFor(
      () => within(canvas.getByRole('list', { name: /legend/ })).getAllByRole('listitem')[0] as HTMLElement,
    );
    await userEvent.hover(first);
    await waitFor(() => expect(canvas.getByRole('tooltip')).toHaveTextContent(/^Mobile: \d+\.\d%/));
    await expect(canvasElement.querySelector('.ss-donut-arc[data-state="active"]')).toHaveAttribute(
      'data-key',
      'mobile',
    );
  },
};

/** Browsers, "other" kept last. */
export const Browsers: Story = { args: { dimension: 'browsers' } };

/** Countries named with Intl.DisplayNames, with the viewer count in the centre. */
export const CountriesWithTotal: Story = {
  args: { dimension: 'countries' },
  render: (args, { loaded }) => (
    <div style={{ maxWidth: 520 }}>
      <DemographicsDonut
        data={analyticsOf(loaded).viewer_demographics}
        total={analyticsOf(loaded).metrics.unique_viewers}
        {...args}
      />
    </div>
  ),
};

/**
 * Forty countries: the seven largest get their own slice and colour, the other 33 share one "Other" slice (the
 * legend and tooltip say how many it holds); the hidden table still lists all forty.
 */
export const ManyCountries: Story = {
  name: 'Many countries',
  args: { dimension: 'countries', data: { countries: manyCountries(40) } },
  render: (args) => (
    <div style={{ maxWidth: 520 }}>
      <DemographicsDonut {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const items = await waitFor(() => {
      const shown = within(canvas.getByRole('list', { name: /legend/ })).getAllByRole('listitem');
      expect(shown).toHaveLength(8);
      return shown;
    });
    await expect(items[7]).toHaveTextContent(/^Other \(33 countries\)/);
    const table = canvas.getByRole('table', { name: 'Viewers by country' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(41));
  },
};

/** No viewers yet. */
export const Empty: Story = { args: { data: { devices: { mobile: 0, desktop: 0 } } } };

/** Skeleton while the analytics load. */
export const Loading: Story = { args: { loading: true, data: undefined } };

/** The message of the error the client raised (the mock answered 503). */
export const ErrorState: Story = {
  loaders: [loadServiceError],
  render: (args, { loaded }) => <DemographicsDonut {...args} error={loaded.error as Error} />,
};

/** The same chart in the dark palette. */
export const Dark: Story = { args: { dimension: 'countries' }, parameters: { theme: 'dark' } };

/** German: device names, legend and centre words from the `de` catalogue. */
export const German: Story = {
  args: { dimension: 'devices' },
  parameters: { lang: 'de' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('figure', { name: 'Zuschauer nach Gerät' })).toBeVisible();
    const legend = canvas.getByRole('list', { name: 'Zuschauer nach Gerät, Legende' });
    await waitFor(() => expect(legend).toHaveTextContent('Mobilgerät'));
  },
};

/** Spanish, countries named by Intl.DisplayNames in Spanish. */
export const Spanish: Story = {
  args: { dimension: 'countries' },
  parameters: { lang: 'es' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('figure', { name: 'Espectadores por país' })).toBeVisible();
  },
};

/** Arabic, right to left: the legend and title mirror, shares in Arabic digits. */
export const Arabic: Story = {
  args: { dimension: 'devices' },
  parameters: { lang: 'ar' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('figure', { name: 'المشاهدون حسب الجهاز' })).toBeVisible();
    const legend = canvas.getByRole('list', { name: /وسيلة الإيضاح/ });
    await waitFor(() => expect(legend).toHaveTextContent('الهاتف المحمول'));
  },
};
