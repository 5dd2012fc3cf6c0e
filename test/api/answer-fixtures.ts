// Well-formed API answers, as the reference documents them, for tests that change one field to something impossible.

/** `GET /analytics/videos/{video_id}`. */
export const videoAnalyticsAnswer = {
  video_id: 'vid_1',
  title: 'Welcome',
  created_at: '2025-02-15T10:30:00Z',
  metrics: {
    views: 42,
    unique_viewers: 38,
    total_watch_time: 1845.3,
    average_watch_time: 43.9,
    completion_rate: 0.76,
    engagement_score: 8.2,
  },
  watch_time_distribution: [{ segment: '0-25%', viewers: 42 }],
  engagement: { clicks: 8, shares: 3, reactions: { like: 12 } },
  viewer_demographics: { devices: { mobile: 65 }, browsers: { chrome: 55 }, countries: { US: 45 } },
};

/** `GET /analytics/templates/{template_id}`. */
export const templateAnalyticsAnswer = {
  template_id: 'tmpl_1',
  name: 'Welcome Message',
  total_videos: 120,
  total_views: 3240,
  average_completion_rate: 0.81,
  average_engagement_score: 8.4,
  metrics_distribution: {
    completion_rate: { min: 0.62, max: 0.94, median: 0.82, quartiles: [0.75, 0.82, 0.88] },
    engagement_score: { min: 6.5, max: 9.2, median: 8.5, quartiles: [7.8, 8.5, 8.9] },
    watch_time: { min: 32.4, max: 58.2, median: 48.6, quartiles: [42.3, 48.6, 52.1] },
  },
  top_performing_videos: [],
};
