import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { TemplateAnalyticsPanel } from '../../src/components/analytics';
import { loadToday, NEVER_ANSWERS, seededIds, todayOf } from './analytics-data';

const meta = {
  title: 'Analytics/TemplateAnalyticsPanel',
  component: TemplateAnalyticsPanel,
  args: { templateId: seededIds().templateId },
  loaders: [loadToday],
  render: (args, { loaded }) => <TemplateAnalyticsPanel today={todayOf(loaded)} {...args} />,
} satisfies Meta<typeof TemplateAnalyticsPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A template: totals, box plots of completion, engagement and watch time, and its best videos. */
export const Data: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('table', { name: 'Top performing videos' }, { timeout: 5000 })).toBeVisible();
  },
};

/** A period before any video used the template. */
export const Empty: Story = {
  args: { range: { startDate: '2020-01-01', endDate: '2020-01-31' } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/No videos/, {}, { timeout: 5000 })).toBeVisible();
  },
};

/** Skeletons while the analytics load. */
export const Loading: Story = { parameters: NEVER_ANSWERS };

/** The API failed: the message and a retry. */
export const ErrorState: Story = {
  name: 'Error',
  parameters: { mock: { faults: { getTemplateAnalytics: { status: 403 } } } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(/Could not load/);
  },
};

/** No such template: a finished answer, with nothing to retry or export. */
export const NotFound: Story = {
  args: { templateId: 'tmpl_does_not_exist' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('This template was not found.', {}, { timeout: 5000 })).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Try again' })).toBeNull();
    await expect(canvas.queryByRole('button', { name: 'Export template data' })).toBeNull();
  },
};

/** Dark theme. */
export const Dark: Story = { ...Data, parameters: { theme: 'dark' } };
