import type { MessageTools } from '../tools';

/** Words many components share: loading, errors, retrying. */
export const common = {
  loading: 'Loading…',
  tryAgain: 'Try again',
  tryingAgain: 'Trying again…',
  errorNetwork: 'The connection failed. Check your network and try again.',
  errorTimeout: 'The server took too long to answer.',
  errorNotFound: 'Not found.',
  errorUnauthorized: 'Access was refused.',
  errorRateLimited: 'Too many requests. Wait a moment and try again.',
  errorServer: 'The service is having trouble. Try again in a moment.',
  errorHttp: ({ status }: { status: number }, _t: MessageTools) => `The request failed (HTTP ${status}).`,
  errorInvalidResponse: 'The service sent data this page cannot read.',
  errorInvalidRequest: 'Some values are not valid.',
  errorAborted: 'The request was cancelled.',
  // The metrics the API reports, by name.
  metricViews: 'Views',
  metricUniqueViewers: 'Unique viewers',
  metricTotalWatchTime: 'Total watch time',
  metricAverageWatchTime: 'Average watch time',
  metricCompletionRate: 'Completion rate',
  metricEngagementScore: 'Engagement score',
  metricClicks: 'Clicks',
  metricShares: 'Shares',
};
