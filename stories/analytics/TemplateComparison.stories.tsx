import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { storyMock } from '../../.storybook/mock-parameters';
import { TemplateComparison } from '../../src/components/analytics';
import { createMockApi } from '../../src/mock';
import { loadToday, NEVER_ANSWERS, todayOf } from './analytics-data';

// The preview's seed (42): its templates, as a host would pass them to the picker.
const templates = createMockApi({ seed: 42 }).templates();
/** Half a year to the seeded "today" (2025-04-14): the same days for every template. */
const range = { startDate: '2024-10-15', endDate: '2025-04-14' };

const meta = {
  title: 'Analytics/TemplateComparison',
  component: TemplateComparison,
  args: { templates, range, defaultTemplateIds: ['tmpl_product_demo', 'tmpl_renewal_reminder'] },
  loaders: [loadToday],
  render: (args, { loaded }) => <TemplateComparison today={todayOf(loaded)} {...args} />,
} satisfies Meta<typeof TemplateComparison>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A metric's verdict, once every template has answered. */
const verdict = async (canvasElement: HTMLElement, metric: string) => {
  const read = () =>
    canvasElement.querySelector(`.ss-comparison-metric[data-metric="${metric}"] .ss-comparison-verdict`)?.textContent;
  await waitFor(() => expect(read()).not.toMatch(/Waiting/), { timeout: 5000 });
  return read();
};

/** Two templates whose middle halves do not overlap: the verdict names the higher one, and says what was compared. */
export const TwoTemplates: Story = {
  play: async ({ canvas, canvasElement, loaded }) => {
    await expect(await canvas.findByRole('table', { name: /^Totals/ }, { timeout: 5000 })).toBeVisible();
    await expect(await verdict(canvasElement, 'completion_rate')).toBe(
      "Completion rate: Product Demo's middle half is entirely above Renewal Reminder's.",
    );
    // One request per template.
    await expect(storyMock(loaded).requests.filter((r) => r.route === 'getTemplateAnalytics')).toHaveLength(2);
  },
};

/** Four templates: pairwise verdicts, some pairs apart and the rest overlapping. */
export const FourTemplates: Story = {
  args: {
    defaultTemplateIds: [
      'tmpl_welcome_message',
      'tmpl_product_demo',
      'tmpl_renewal_reminder',
      'tmpl_feature_announcement',
    ],
  },
  play: async ({ canvas, canvasElement }) => {
    await expect(
      await canvas.findByRole('table', { name: 'Top videos: Feature Announcement' }, { timeout: 5000 }),
    ).toBeVisible();
    await expect(await verdict(canvasElement, 'completion_rate')).toMatch(/The other pairs' middle halves overlap/);
    await expect(canvas.getByRole('checkbox', { name: 'Event Invitation' })).toBeDisabled();
  },
};

/** The pilot template has three videos: "too few videos to compare", never a winner. */
export const TooFewVideos: Story = {
  args: { defaultTemplateIds: ['tmpl_event_invitation', 'tmpl_welcome_message'] },
  play: async ({ canvas, canvasElement }) => {
    await canvas.findByRole('table', { name: /^Totals/ }, { timeout: 5000 });
    await expect(await verdict(canvasElement, 'engagement_score')).toMatch(
      /Too few videos to compare: Event Invitation has 3 videos \(at least 5 needed\)\./,
    );
  },
};

/** The first template's request fails once: the other stays on screen, and "Try again" brings the first back. */
export const FailingTemplate: Story = {
  parameters: { mock: { faults: { getTemplateAnalytics: { status: 403, times: 1 } } } },
  play: async ({ canvas, userEvent }) => {
    await expect(await canvas.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      /Could not load the template "Product Demo"/,
    );
    await expect(
      await canvas.findByRole('table', { name: 'Top videos: Renewal Reminder' }, { timeout: 5000 }),
    ).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(
      await canvas.findByRole('table', { name: 'Top videos: Product Demo' }, { timeout: 5000 }),
    ).toBeVisible();
  },
};

/** Ticking a third template in the picker fetches it and adds it to every chart. */
export const PickATemplate: Story = {
  play: async ({ canvas, userEvent }) => {
    await canvas.findByRole('table', { name: /^Totals/ }, { timeout: 5000 });
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Welcome Message' }));
    await waitFor(() => expect(canvas.getByRole('table', { name: 'Top videos: Welcome Message' })).toBeVisible(), {
      timeout: 5000,
    });
  },
};

/** No templates chosen yet. */
export const Empty: Story = { args: { templates: [], defaultTemplateIds: [] } };

/** Skeletons while the templates load. */
export const Loading: Story = { parameters: NEVER_ANSWERS };

/** Dark theme. */
export const Dark: Story = { ...TwoTemplates, parameters: { theme: 'dark' } };

/** In German: the picker, the totals, the verdicts and the top-videos tables. */
export const German: Story = {
  parameters: { lang: 'de' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('table', { name: /^Summen/ }, { timeout: 5000 })).toBeVisible();
    await expect(canvas.getByRole('group', { name: /Zu vergleichende Vorlagen/ })).toBeVisible();
  },
};

/** In Spanish. */
export const Spanish: Story = {
  parameters: { lang: 'es' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('table', { name: /^Totales/ }, { timeout: 5000 })).toBeVisible();
  },
};

/** In Arabic, right to left: the tables and the picker mirror. */
export const Arabic: Story = {
  parameters: { lang: 'ar' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('table', { name: /^الإجماليات/ }, { timeout: 5000 })).toBeVisible();
  },
};
