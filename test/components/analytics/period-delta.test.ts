import { describe, expect, it } from 'vitest';
import { periodDelta, previousBaseline, previousPeriod } from '../../../src/components/analytics/period-delta';

describe('periodDelta', () => {
  it('compares counts relatively and rates and scores in points', () => {
    expect(periodDelta('views', 112, 100)).toEqual({
      kind: 'change',
      comparison: { direction: 'up', unit: 'relative', change: expect.closeTo(0.12, 6) },
      tone: 'good',
    });
    // 0.64 against 0.72 is eight points down, not "−11 %".
    expect(periodDelta('completion_rate', 0.64, 0.72)).toEqual({
      kind: 'change',
      comparison: { direction: 'down', unit: 'points', change: 8 },
      tone: 'bad',
    });
    expect(periodDelta('average_engagement_score', 7.9, 7.6)).toMatchObject({
      comparison: { direction: 'up', unit: 'points', change: 0.3 },
    });
  });

  it('calls a figure with a zero or unknown previous value "new", never an infinite rise', () => {
    expect(periodDelta('views', 40, 0)).toEqual({ kind: 'new' });
    expect(periodDelta('total_views', 40, undefined)).toEqual({ kind: 'new' });
    expect(periodDelta('completion_rate', 0.7, undefined)).toEqual({ kind: 'new' });
    expect(periodDelta('views', 0, 0)).toMatchObject({ kind: 'change', comparison: { direction: 'same' } });
  });

  it('shows no change when either side is unknown (null: no views behind the rate or score)', () => {
    expect(periodDelta('completion_rate', 0.7, null)).toBeUndefined();
    expect(periodDelta('engagement_score', null, 7.2)).toBeUndefined();
    expect(periodDelta('average_engagement_score', null, null)).toBeUndefined();
  });

  it('colours by what the change means for each metric, not by its direction', () => {
    expect(periodDelta('views', 80, 100)).toMatchObject({ comparison: { direction: 'down' }, tone: 'bad' });
    expect(periodDelta('completion_rate', 0.8, 0.7)).toMatchObject({ comparison: { direction: 'up' }, tone: 'good' });
    // More videos in the account is neither good nor bad news by itself.
    expect(periodDelta('total_videos', 60, 50)).toMatchObject({ comparison: { direction: 'up' }, tone: 'neutral' });
    expect(periodDelta('views', 100, 100)).toMatchObject({ comparison: { direction: 'same' }, tone: 'neutral' });
    expect(periodDelta('clicks', 5, 4)).toBeUndefined();
  });
});

describe('previousBaseline', () => {
  it('keeps counts but makes rates and scores of a period nobody watched unknown', () => {
    const quiet = { views: 0, unique_viewers: 0, completion_rate: 0, engagement_score: 6.1 };
    expect(previousBaseline(quiet, 0)).toEqual({
      views: 0,
      unique_viewers: 0,
      completion_rate: null,
      engagement_score: null,
    });
    expect(previousBaseline({ ...quiet, completion_rate: null, engagement_score: null }, 0)).toEqual(
      previousBaseline(quiet, 0),
    );
    expect(previousBaseline({ ...quiet, views: 3, completion_rate: 0.5 }, 3)).toEqual({
      views: 3,
      unique_viewers: 0,
      completion_rate: 0.5,
      engagement_score: 6.1,
    });
  });
});

describe('previousPeriod', () => {
  it('is the same number of days, ending the day before', () => {
    expect(previousPeriod({ startDate: '2025-03-01', endDate: '2025-03-30' })).toEqual({
      startDate: '2025-01-30',
      endDate: '2025-02-28',
      days: 30,
    });
    expect(previousPeriod({ startDate: '2025-03-01', endDate: '2025-03-01' })).toMatchObject({
      startDate: '2025-02-28',
      endDate: '2025-02-28',
    });
    expect(previousPeriod({ startDate: '2025-03-01' })).toBeUndefined();
    expect(previousPeriod({})).toBeUndefined();
  });
});
