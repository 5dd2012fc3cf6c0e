import { render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TemplateAnalyticsPanel, VideoAnalyticsPanel, VideoGallery } from '../../src/components';
import { DemographicsDonut } from '../../src/components/charts';
import { SixtySecondsProvider } from '../../src/hooks';
import { en } from '../../src/messages';
import { templateAnalyticsAnswer, videoAnalyticsAnswer } from '../api/answer-fixtures';

// What a misbehaving API (or a proxy in front of it) could answer, and what the person in front of the screen sees.
// Numbers JSON.stringify cannot write (`1e309`) are written as the string "@1e309" and swapped in verbatim.

const video = {
  id: 'vid_1',
  title: 'Welcome Message for John',
  status: 'published',
  duration: 58.5,
  created_at: '2025-02-15T10:30:00Z',
  url: null,
  thumbnail: null,
};
const page = (data: unknown[], limit = 20) => ({
  data,
  pagination: { total: data.length, page: 1, limit, next_page: null, prev_page: null },
});
const analytics = videoAnalyticsAnswer;
// A rate of 5, a negative minimum and quartiles out of order.
const template = {
  ...templateAnalyticsAnswer,
  metrics_distribution: {
    completion_rate: { min: 0.62, max: 5, median: 0.82, quartiles: [0.75, 0.82, 0.88] },
    engagement_score: { min: 6.5, max: 9.2, median: 8.5, quartiles: [7.8, 8.5, 8.9] },
    watch_time: { min: -50, max: 58.2, median: 48.6, quartiles: [52.1, 48.6, 42.3] },
  },
};

/** Renders `ui` against a proxy that answers every request with `body`. */
function renderAnswering(ui: ReactElement, body: unknown) {
  const text = JSON.stringify(body).replaceAll('"@1e309"', '1e309');
  const fetch = async () => new Response(text, { headers: { 'content-type': 'application/json' } });
  return render(
    <SixtySecondsProvider baseUrl="http://proxy.test/api/ss" fetch={fetch} retry={{ retries: 0 }}>
      {ui}
    </SixtySecondsProvider>,
  );
}

afterEach(() => vi.restoreAllMocks());

// The person sees the catalogue's sentence; which field failed is checked where the client reads the answer
// (test/api/responses.test.ts).
describe('an answer with numbers that cannot be shows an error, never Infinity or NaN', () => {
  it('a video lasting 1e309 seconds', async () => {
    renderAnswering(<VideoGallery />, page([{ ...video, duration: '@1e309' }]));
    expect(await screen.findByRole('alert')).toHaveTextContent(en.errorInvalidResponse);
    expect(document.body.textContent).not.toMatch(/Infinity:NaN|NaN:NaN/);
  });

  it('a total watch time of 1e309', async () => {
    const body = { ...analytics, metrics: { ...analytics.metrics, total_watch_time: '@1e309' } };
    renderAnswering(<VideoAnalyticsPanel videoId="vid_1" compareToAccount={false} />, body);
    expect(await screen.findByRole('alert')).toHaveTextContent(en.errorInvalidResponse);
    expect(document.body.textContent).not.toMatch(/∞ hr/);
  });

  it('a null view count (only rates and scores may be null)', async () => {
    const body = { ...analytics, metrics: { ...analytics.metrics, views: null } };
    renderAnswering(<VideoAnalyticsPanel videoId="vid_1" compareToAccount={false} />, body);
    expect(await screen.findByRole('alert')).toHaveTextContent(en.errorInvalidResponse);
  });

  it('a video created on February 30', async () => {
    renderAnswering(<VideoGallery />, page([{ ...video, created_at: '2025-02-30T00:00:00Z' }]));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('Mar 2, 2025');
  });

  it('a template distribution with negatives, unordered quartiles and a completion rate of 5', async () => {
    renderAnswering(<TemplateAnalyticsPanel templateId="tmpl_1" />, template);
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/-50 sec|500 %|500%/);
  });
});

describe('shares too large to add up', () => {
  it('still splits two countries of 1e308 half and half', () => {
    render(<DemographicsDonut data={{ countries: { US: 1e308, DE: 1e308 } }} dimension="countries" width={240} />);
    const legend = within(screen.getByRole('list', { name: /legend/ }));
    expect(legend.getAllByText(/50\.0%/)).toHaveLength(2);
    expect(document.body.textContent).not.toMatch(/(?<![\d.,])0(?:\.0)?%|NaN/);
  });
});

describe('a videos page longer than its limit, or with a video twice', () => {
  it('refuses a page of 10,000 videos instead of drawing 10,000 cards', async () => {
    const data = Array.from({ length: 10_000 }, (_, i) => ({ ...video, id: `vid_${i}` }));
    renderAnswering(<VideoGallery />, page(data));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.queryAllByRole('article')).toHaveLength(0);
  });

  it('shows a video listed twice once, with one warning and no React key warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error');
    const twice = [video, { ...video, id: 'vid_2', title: 'Product Demo' }, { ...video, title: 'Copy' }];
    renderAnswering(<VideoGallery />, page(twice));
    await screen.findByRole('article', { name: 'Product Demo' });
    expect(
      screen.getAllByRole('article').map((card) => card.getAttribute('aria-label') ?? card.textContent),
    ).toHaveLength(2);
    expect(screen.queryByRole('article', { name: 'Copy' })).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(error.mock.calls.flat().join(' ')).not.toMatch(/same key/);
  });
});
