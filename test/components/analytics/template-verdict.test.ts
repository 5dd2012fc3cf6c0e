import { describe, expect, it } from 'vitest';
import { MIN_VIDEOS_TO_COMPARE, templateVerdict } from '../../../src/components/analytics/template-verdict';

/** A template with enough videos and views, whose middle half runs from `q1` to `q3`. */
const template = (name: string, q1: number, q3: number, videos = 12, views = 400) => ({
  name,
  videos,
  views,
  quartiles: [q1, (q1 + q3) / 2, q3] as const,
});

describe('templateVerdict', () => {
  it('names the higher template when the middle halves do not overlap', () => {
    const verdict = templateVerdict([template('Renewal Reminder', 0.55, 0.66), template('Product Demo', 0.74, 0.81)]);
    expect(verdict.text).toBe("Product Demo's middle half is entirely above Renewal Reminder's.");
    expect(verdict.separated).toEqual([{ higher: 'Product Demo', lower: 'Renewal Reminder' }]);
  });

  it('names no winner when the middle halves overlap, however far apart the medians are', () => {
    const verdict = templateVerdict([
      template('Welcome Message', 0.63, 0.73),
      template('Feature Announcement', 0.72, 0.79),
    ]);
    expect(verdict.text).toBe('No clear difference: the middle halves overlap.');
    expect(verdict.separated).toEqual([]);
  });

  it('counts boxes that only touch (a tie at the edge) as overlapping', () => {
    expect(templateVerdict([template('A', 0.5, 0.6), template('B', 0.6, 0.7)]).text).toBe(
      'No clear difference: the middle halves overlap.',
    );
    expect(templateVerdict([template('A', 7, 7), template('B', 7, 7)]).text).toBe(
      'No clear difference: the middle halves overlap.',
    );
  });

  it(`says "too few videos" for a template below ${MIN_VIDEOS_TO_COMPARE} videos, and compares nothing with it`, () => {
    const verdict = templateVerdict([
      template('Event Invitation', 0.9, 0.95, 3),
      template('Renewal Reminder', 0.5, 0.6),
    ]);
    expect(verdict.text).toBe('Too few videos to compare: Event Invitation has 3 videos (at least 5 needed).');
    expect(verdict.separated).toEqual([]);
    expect(templateVerdict([template('A', 0.9, 0.95, 5), template('B', 0.5, 0.6, 5)]).separated).toHaveLength(1);
    expect(templateVerdict([template('A', 0.9, 0.95, 4), template('B', 0.5, 0.6)], 4).separated).toHaveLength(1);
  });

  it('leaves out a template nobody watched in the period', () => {
    expect(templateVerdict([template('A', 0, 0, 8, 0), template('B', 0.5, 0.6)]).text).toBe(
      'No views to compare for A.',
    );
  });

  it('with more than two templates, says which pairs were compared and which overlap', () => {
    const verdict = templateVerdict([
      template('Welcome Message', 0.63, 0.73),
      template('Product Demo', 0.74, 0.81),
      template('Renewal Reminder', 0.55, 0.66),
      template('Event Invitation', 0.69, 0.77, 3),
    ]);
    expect(verdict.compared).toBe(3);
    expect(verdict.text).toBe(
      'Too few videos to compare: Event Invitation has 3 videos (at least 5 needed). Among the other 3: ' +
        "Product Demo's middle half is entirely above Welcome Message's and Renewal Reminder's. " +
        "The other pairs' middle halves overlap: no clear difference between them.",
    );
    expect(templateVerdict([template('A', 0.5, 0.7), template('B', 0.6, 0.8), template('C', 0.65, 0.75)]).text).toBe(
      "No clear difference: every pair's middle halves overlap.",
    );
  });
});
