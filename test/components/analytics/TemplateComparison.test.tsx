import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { TemplateAnalytics } from '../../../src/api';
import { TemplateAnalyticsPanel, TemplateComparison } from '../../../src/components/analytics';
import { createMockApi } from '../../../src/mock';
import { renderWithApi, requestsTo } from '../../render';
import { known, mockJson } from './mock-data';

// Seed 7's "today" is 2025-02-05; half a year covers every template's videos.
const RANGE = { startDate: '2024-08-01', endDate: '2025-02-05' };
const query = `?start_date=${RANGE.startDate}&end_date=${RANGE.endDate}`;
const lookup = createMockApi({ seed: 7 });
const templateData = (id: string) => mockJson<TemplateAnalytics>(lookup, `/analytics/templates/${id}${query}`);
const verdictFor = (metric: string) =>
  document.querySelector(`.ss-comparison-metric[data-metric="${metric}"] .ss-comparison-verdict`)?.textContent;

describe('TemplateComparison', () => {
  it('asks once per template, sharing the request with a template panel on the same period', async () => {
    const mock = createMockApi({ seed: 7 });
    renderWithApi(
      <>
        <TemplateComparison templateIds={['tmpl_product_demo', 'tmpl_renewal_reminder']} range={RANGE} />
        <TemplateAnalyticsPanel templateId="tmpl_product_demo" range={RANGE} />
      </>,
      { mock },
    );
    await screen.findByRole('table', { name: /^Totals/ });
    await screen.findByRole('table', { name: 'Top performing videos' });
    expect(requestsTo(mock, 'getTemplateAnalytics').map((request) => request.path)).toEqual([
      '/analytics/templates/tmpl_product_demo',
      '/analytics/templates/tmpl_renewal_reminder',
    ]);
  });

  it('names a difference only where the middle halves do not overlap', async () => {
    const [demo, renewal] = await Promise.all([
      templateData('tmpl_product_demo'),
      templateData('tmpl_renewal_reminder'),
    ]);
    // The seeded data this story rests on: Product Demo's first quartile is above Renewal Reminder's third.
    expect(known(demo.metrics_distribution.completion_rate).quartiles[0]).toBeGreaterThan(
      known(renewal.metrics_distribution.completion_rate).quartiles[2],
    );
    renderWithApi(<TemplateComparison templateIds={['tmpl_renewal_reminder', 'tmpl_product_demo']} range={RANGE} />, {
      seed: 7,
    });
    await screen.findByRole('table', { name: /^Totals/ });
    expect(verdictFor('completion_rate')).toBe(
      "Completion rate: Product Demo's middle half is entirely above Renewal Reminder's.",
    );
  });

  it('says "no clear difference" where the middle halves overlap', async () => {
    const [welcome, feature] = await Promise.all([
      templateData('tmpl_welcome_message'),
      templateData('tmpl_feature_announcement'),
    ]);
    const [w1, , w3] = known(welcome.metrics_distribution.completion_rate).quartiles;
    const [f1, , f3] = known(feature.metrics_distribution.completion_rate).quartiles;
    expect(w1 <= f3 && f1 <= w3 && feature.total_videos >= 5).toBe(true);
    renderWithApi(
      <TemplateComparison templateIds={['tmpl_welcome_message', 'tmpl_feature_announcement']} range={RANGE} />,
      { seed: 7 },
    );
    await screen.findByRole('table', { name: /^Totals/ });
    expect(verdictFor('completion_rate')).toBe('Completion rate: No clear difference: the middle halves overlap.');
  });

  it('says "too few videos" for the pilot template rather than crowning it', async () => {
    renderWithApi(
      <TemplateComparison templateIds={['tmpl_event_invitation', 'tmpl_welcome_message']} range={RANGE} />,
      {
        seed: 7,
      },
    );
    await screen.findByRole('table', { name: /^Totals/ });
    for (const metric of ['completion_rate', 'engagement_score', 'watch_time']) {
      expect(verdictFor(metric)).toMatch(
        /: Too few videos to compare: Event Invitation has 3 videos \(at least 5 needed\)\.$/,
      );
    }
  });

  it('marks the highest value of each row in words, not colour alone', async () => {
    const [demo, renewal] = await Promise.all([
      templateData('tmpl_product_demo'),
      templateData('tmpl_renewal_reminder'),
    ]);
    renderWithApi(<TemplateComparison templateIds={['tmpl_product_demo', 'tmpl_renewal_reminder']} range={RANGE} />, {
      seed: 7,
    });
    const table = await screen.findByRole('table', { name: /^Totals/ });
    const row = within(table).getByRole('row', { name: /^Views/ });
    const [demoCell, renewalCell] = within(row).getAllByRole('cell');
    const demoHigher = demo.total_views > renewal.total_views;
    expect((demoHigher ? demoCell : renewalCell)?.textContent).toMatch(/★ \(highest\)$/);
    expect((demoHigher ? renewalCell : demoCell)?.textContent).not.toMatch(/highest/);
  });

  it('keeps the other templates on screen when one fails, and retries only that one', async () => {
    const mock = createMockApi({ seed: 7, faults: { getTemplateAnalytics: { status: 500, times: 1 } } });
    const { user } = renderWithApi(
      <TemplateComparison templateIds={['tmpl_product_demo', 'tmpl_renewal_reminder']} range={RANGE} />,
      { mock, retry: { retries: 0 } },
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Could not load the template "tmpl_product_demo": /);
    expect(await screen.findByRole('table', { name: 'Top videos: Renewal Reminder' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: 'Top videos: Product Demo' })).toBeInTheDocument();
    expect(requestsTo(mock, 'getTemplateAnalytics').map((request) => request.path)).toEqual([
      '/analytics/templates/tmpl_product_demo',
      '/analytics/templates/tmpl_renewal_reminder',
      '/analytics/templates/tmpl_product_demo',
    ]);
  });

  it('takes its templates from a picker of the host’s options, at most four', async () => {
    const options = lookup.templates();
    const onTemplateIdsChange = vi.fn();
    const mock = createMockApi({ seed: 7 });
    const { user } = renderWithApi(
      <TemplateComparison templates={options} range={RANGE} onTemplateIdsChange={onTemplateIdsChange} />,
      { mock },
    );
    const picker = screen.getByRole('group', { name: /Templates to compare/ });
    const [first, second, third, fourth, fifth] = options.map((option) =>
      within(picker).getByRole('checkbox', { name: option.name }),
    );
    expect([first, second].every((box) => (box as HTMLInputElement).checked)).toBe(true);
    await user.click(third as HTMLElement);
    await user.click(fourth as HTMLElement);
    expect(onTemplateIdsChange).toHaveBeenLastCalledWith(options.slice(0, 4).map((option) => option.id));
    expect(fifth).toBeDisabled();
    await waitFor(() => expect(requestsTo(mock, 'getTemplateAnalytics')).toHaveLength(4));
    await screen.findByRole('table', { name: `Top videos: ${options[3]?.name}` });
  });

  it('renders with no props at all, asking the host for templates', () => {
    renderWithApi(<TemplateComparison />, { seed: 7 });
    expect(screen.getByText('Choose two to four templates to compare.')).toBeInTheDocument();
  });
});
