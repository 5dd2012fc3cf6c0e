import type { MessageTools } from '../tools';

/** What is exported: the account, one video or one template (the API's `type`). */
type ExportSubject = 'account' | 'video' | 'template';

/** The analytics panels: headers, filters, group-by, export, loading and error states. */
export const panels = {
  // Panel headers
  panelAccountTitle: 'Account analytics',
  panelVideoTitle: 'Video analytics',
  panelTemplateTitle: 'Template analytics',
  panelTemplateNamed: ({ name }: { name: string }, _t: MessageTools) => `Template: ${name}`,
  panelPeriod: ({ start, end }: { start: string; end: string }, _t: MessageTools) => `${start} – ${end}`,
  panelVideoCreated: ({ date }: { date: string }, _t: MessageTools) => `Created ${date}`,
  // Date range filter
  dateRangeLegend: 'Date range',
  dateRangeLastDays: ({ days }: { days: number }, t: MessageTools) =>
    t.plural(days, { one: 'Last day', other: 'Last # days' }),
  dateRangeThisMonth: 'This month',
  dateRangeFrom: 'From',
  dateRangeTo: 'To',
  dateRangeReversed: 'The end date must be on or after the start date.',
  // Group-by and comparison
  groupByLegend: 'Group by',
  groupByDay: 'Day',
  groupByWeek: 'Week',
  groupByMonth: 'Month',
  compareWithPrevious: 'Compare with previous period',
  compareChoosePeriod: 'Choose a period above to compare it with the one before.',
  comparePreviousDays: ({ days }: { days: number }, t: MessageTools) =>
    t.plural(days, { one: 'Previous day', other: 'Previous # days' }),
  // Export
  exportToggle: ({ type }: { type: ExportSubject }, _t: MessageTools) => `Export ${type} data`,
  exportOptions: 'Export options',
  exportFormat: 'Format',
  exportFormatCsv: 'CSV',
  exportFormatJson: 'JSON',
  exportMetrics: 'Metrics',
  exportNoMetric: 'Choose at least one metric to export.',
  exportStart: 'Start export',
  exportProgressLabel: 'Export progress',
  exportStartingValue: 'Starting',
  exportStarting: ({ type }: { type: ExportSubject }, _t: MessageTools) => `Starting the ${type} export…`,
  exportProgress: ({ percent }: { percent: string }, _t: MessageTools) => `${percent} done`,
  exportProgressUntil: ({ percent, time }: { percent: string; time: string }, _t: MessageTools) =>
    `${percent} · expected by ${time}`,
  exportCancel: 'Cancel export',
  exportFailed: ({ reason }: { reason: string }, _t: MessageTools) => `The export failed: ${reason}`,
  exportUnknownError: 'unknown error.',
  exportRetry: 'Retry export',
  exportUnsafeLink: 'The export finished, but its download link is not a web address this page can open safely.',
  exportAgain: 'Export again',
  exportDownload: ({ type, format }: { type: ExportSubject; format: string }, _t: MessageTools) =>
    `Download ${type} ${format}`,
  exportExpires: ({ date }: { date: string }, _t: MessageTools) => `Link expires ${date}`,
  exportId: ({ id }: { id: string }, _t: MessageTools) => `Export ${id}`,
  exportReadyStatus: 'Export ready to download.',
  exportRunningStatus: 'Export running.',
  // Loading, errors and empty states
  panelLoadingAccount: 'Loading account analytics…',
  panelLoadingVideo: 'Loading video analytics…',
  panelLoadingTemplate: 'Loading template analytics…',
  panelLoadError: ({ what, reason }: { what: string; reason: string }, _t: MessageTools) =>
    `Could not load ${what}: ${reason}`,
  panelAccountError: ({ reason }: { reason: string }, _t: MessageTools) =>
    `Could not load the account's analytics: ${reason}`,
  panelVideoError: ({ reason }: { reason: string }, _t: MessageTools) =>
    `Could not load this video's analytics: ${reason}`,
  panelTemplateError: ({ reason }: { reason: string }, _t: MessageTools) =>
    `Could not load this template's analytics: ${reason}`,
  panelPreviousError: ({ reason }: { reason: string }, _t: MessageTools) =>
    `Could not load the previous period: ${reason}`,
  panelVideoNotFound: 'This video was not found.',
  panelVideoNotFoundText: 'It may have been deleted, or the link points to a video that does not exist.',
  panelTemplateNotFound: 'This template was not found.',
  panelTemplateNotFoundText: 'It may have been deleted, or the link points to a template that does not exist.',
  panelNoVideo: 'No video chosen.',
  panelNoVideoText: 'Choose a video and its analytics appear here.',
  panelVideoNoViewsInPeriod: 'No views in this period.',
  panelVideoNeverWatched: 'Nobody has watched this video yet.',
  panelVideoNoViewsText: 'Views, watch time, engagement and audience appear here once people start watching.',
  panelAccountNoViews: 'No views in this period.',
  panelAccountNoViewsText: 'The trend and the top videos appear here once people watch your videos in this period.',
  panelNoTemplate: 'No template chosen.',
  panelNoTemplateText: 'Choose a template and its results appear here.',
  panelTemplateUnused: 'No videos use this template yet.',
  panelTemplateUnusedText: 'Create a video from it and its results appear here.',
  // Section captions
  panelTopVideos: 'Top videos',
  panelTopPerforming: 'Top performing videos',
};
