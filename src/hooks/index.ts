export {
  type SixtySecondsContextValue,
  useDirection,
  useLocale,
  useProviderTheme,
  useSixtySeconds,
} from './context';
export { SixtySecondsProvider, type SixtySecondsProviderProps } from './provider';
export type { QueryResult } from './query-result';
export { type UseAccountAnalyticsResult, useAccountAnalytics } from './use-account-analytics';
export {
  type ExportPhase,
  type ExportState,
  type UseAnalyticsExportResult,
  useAnalyticsExport,
} from './use-analytics-export';
export { type UseCreateVideoResult, useCreateVideo } from './use-create-video';
export { useMessageOverrides, useMessages } from './use-messages';
export {
  type SixtySecondsCache,
  type SixtySecondsQueryFilter,
  useSixtySecondsCache,
} from './use-sixtyseconds-cache';
export { type UseTemplateAnalyticsResult, useTemplateAnalytics } from './use-template-analytics';
export {
  type ComparedTemplate,
  MAX_COMPARED_TEMPLATES,
  type UseTemplateComparisonResult,
  useTemplateComparison,
} from './use-template-comparison';
export { type UseVideoAnalyticsResult, useVideoAnalytics } from './use-video-analytics';
export { type UseVideosOptions, type UseVideosResult, useVideos } from './use-videos';
