import type { Meta, StoryObj } from '@storybook/react-vite';
import { AccountSummaryCards, TemplateSummaryCards } from '../../src/components/analytics';
import ar from '../../src/locales/ar';
import { analyticsOf, loadAnalytics } from './analytics-data';

const meta = {
  title: 'Analytics/SummaryCards',
  component: AccountSummaryCards,
  loaders: [loadAnalytics],
  render: (args, { loaded }) => <AccountSummaryCards summary={analyticsOf(loaded).account.summary} {...args} />,
} satisfies Meta<typeof AccountSummaryCards>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The account's six summary figures. */
export const Account: Story = {};

/** A template's four totals. */
export const Template: Story = {
  render: (_args, { loaded }) => <TemplateSummaryCards analytics={analyticsOf(loaded).template} />,
};

/** A month before the account made any video: the API's zeros. */
export const Empty: Story = {
  render: (args, { loaded }) => <AccountSummaryCards summary={analyticsOf(loaded).quietAccount.summary} {...args} />,
};

/** Labels stay while values load. */
export const Loading: Story = { render: (args) => <AccountSummaryCards {...args} loading /> };

/** The error instead of figures. */
export const ErrorState: Story = {
  name: 'Error',
  render: (args) => <AccountSummaryCards {...args} error="The analytics service is not answering (503)." />,
};

/** Dark theme. */
export const Dark: Story = { parameters: { theme: 'dark' } };

/** In Arabic, right to left (server-safe cards take the catalogue and locale as props). */
export const Arabic: Story = { args: { locale: 'ar-EG', messages: ar }, parameters: { lang: 'ar' } };
