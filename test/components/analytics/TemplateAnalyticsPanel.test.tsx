import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TemplateAnalyticsPanel } from '../../../src/components/analytics';
import { createMockApi } from '../../../src/mock';
import { renderWithApi, requestsTo } from '../../render';
import { cardValue, known, templateAnalytics } from './mock-data';

describe('TemplateAnalyticsPanel', () => {
  it("shows the template's totals, distributions and best videos", async () => {
    const mock = createMockApi({ seed: 7 });
    const template = mock.templates()[0];
    if (!template) throw new Error('no template');
    const expected = await templateAnalytics(mock, template.id);
    const { container } = renderWithApi(<TemplateAnalyticsPanel templateId={template.id} />, { mock });

    expect(screen.getByText('Loading template analytics…')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: `Template: ${expected.name}` })).toBeInTheDocument();
    expect(screen.getByText(expected.template_id)).toBeInTheDocument();
    expect(cardValue(container, 'Videos')).toBe(expected.total_videos.toLocaleString('en-US'));
    expect(cardValue(container, 'Average completion rate')).toBe(
      `${Math.round(known(expected.average_completion_rate) * 100)}%`,
    );
    const table = screen.getByRole('table', { name: 'Top performing videos' });
    expect(within(table).getByRole('columnheader', { name: /Completion rate/ })).toBeInTheDocument();
    expect(within(table).getAllByRole('rowheader')).toHaveLength(expected.top_performing_videos.length);
  });

  it('recovers from an error and follows the date filter', async () => {
    const mock = createMockApi({ seed: 7, faults: { getTemplateAnalytics: { status: 500, times: 1 } } });
    const template = mock.templates()[0];
    if (!template) throw new Error('no template');
    const { user } = renderWithApi(<TemplateAnalyticsPanel templateId={template.id} today="2025-03-01" />, {
      mock,
      retry: { retries: 0 },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Could not load this template's analytics: /);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('table', { name: 'Top performing videos' });

    await user.click(screen.getByRole('button', { name: 'This month' }));
    await waitFor(() =>
      expect(requestsTo(mock, 'getTemplateAnalytics').at(-1)?.query).toEqual({
        start_date: '2025-03-01',
        end_date: '2025-03-01',
      }),
    );
  });

  it('says a missing template was not found, with nothing to retry or export', async () => {
    const mock = createMockApi({ seed: 7 });
    renderWithApi(<TemplateAnalyticsPanel templateId="tmpl_does_not_exist" />, { mock });
    expect(await screen.findByText('This template was not found.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Export template data' })).not.toBeInTheDocument();
  });

  it('draws four card placeholders while it loads, one per card it will show', () => {
    const mock = createMockApi({ seed: 7, latencyMs: 60_000 });
    const template = mock.templates()[0];
    const { container } = renderWithApi(<TemplateAnalyticsPanel templateId={template?.id} />, { mock });
    expect(container.querySelectorAll('.ss-analytics-skeleton-card')).toHaveLength(4);
  });
});
