import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect } from 'storybook/test';
import { storyMock } from '../../.storybook/mock-parameters';
import {
  AccountAnalyticsPanel,
  type DateRangeValue,
  TemplateAnalyticsPanel,
  VideoAnalyticsPanel,
} from '../../src/components/analytics';
import { loadToday, seededIds, todayOf } from './analytics-data';

/** The three panels sharing one date range: a period picked in any panel applies to all. */
function Dashboard({ today, videoId, templateId }: { today: string; videoId: string; templateId: string }) {
  const [range, setRange] = useState<DateRangeValue>({});
  return (
    // No heading of the story's own: in the German, Spanish and Arabic stories every word is the catalogue's.
    <div style={{ display: 'grid', gap: '1rem' }}>
      <AccountAnalyticsPanel range={range} onRangeChange={setRange} today={today} />
      <VideoAnalyticsPanel videoId={videoId} range={range} onRangeChange={setRange} today={today} />
      <TemplateAnalyticsPanel templateId={templateId} range={range} onRangeChange={setRange} today={today} />
    </div>
  );
}

const meta = {
  title: 'Analytics/Dashboard',
  component: Dashboard,
  args: { today: '', videoId: seededIds().watchedVideoId, templateId: seededIds().templateId },
  loaders: [loadToday],
  render: (args, { loaded }) => <Dashboard {...args} today={todayOf(loaded)} />,
} satisfies Meta<typeof Dashboard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Account, video and template panels on one period; picking "Last 28 days" once refetches all three. */
export const SharedRange: Story = {
  play: async ({ canvas, userEvent, loaded }) => {
    await canvas.findByRole('table', { name: 'Top performing videos' }, { timeout: 8000 });
    const [first] = canvas.getAllByRole('button', { name: 'Last 28 days' });
    await userEvent.click(first as HTMLElement);
    for (const button of canvas.getAllByRole('button', { name: 'Last 28 days' })) {
      await expect(button).toHaveAttribute('aria-pressed', 'true');
    }
    await canvas.findByRole('table', { name: 'Top performing videos' }, { timeout: 8000 });
    const mock = storyMock(loaded);
    const routes = ['getAccountAnalytics', 'getVideoAnalytics', 'getTemplateAnalytics'];
    for (const route of routes) {
      await expect(mock.requests.some((r) => r.route === route && r.query.end_date === todayOf(loaded))).toBe(true);
    }
  },
};

/** Dark theme. */
export const Dark: Story = { parameters: { theme: 'dark' } };

/** In German: every heading, button and state from the `de` catalogue. */
export const German: Story = {
  parameters: { lang: 'de' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Konto-Analysen' })).toBeVisible();
    await expect(canvas.getAllByRole('button', { name: 'Letzte 28 Tage' })).toHaveLength(3);
    await expect(await canvas.findByRole('table', { name: 'Erfolgreichste Videos' }, { timeout: 8000 })).toBeVisible();
  },
};

/** In Spanish. */
export const Spanish: Story = {
  parameters: { lang: 'es' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Analítica de la cuenta' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Exportar datos de la cuenta' })).toBeVisible();
    await expect(await canvas.findByRole('table', { name: 'Vídeos principales' }, { timeout: 8000 })).toBeVisible();
  },
};

/** In Arabic, right to left: headers, toolbars and sections mirror; the time axis still runs left to right. */
export const Arabic: Story = {
  parameters: { lang: 'ar' },
  play: async ({ canvas, canvasElement }) => {
    const heading = await canvas.findByRole('heading', { name: 'تحليلات الحساب' });
    await expect(heading).toBeVisible();
    await expect(getComputedStyle(heading).direction).toBe('rtl');
    await expect(await canvas.findByRole('table', { name: 'أفضل الفيديوهات' }, { timeout: 8000 })).toBeVisible();
    // The export sits at the toolbar's inline end: the left in a right-to-left page.
    const toolbar = canvasElement.querySelector('.ss-analytics-panel-toolbar') as HTMLElement;
    const exporter = toolbar.querySelector('.ss-export') as HTMLElement;
    await expect(exporter.getBoundingClientRect().left - toolbar.getBoundingClientRect().left).toBeLessThan(2);
  },
};
