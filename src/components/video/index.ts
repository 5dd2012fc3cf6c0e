export { CreateVideoDialog, type CreateVideoDialogProps } from './CreateVideoDialog';
export type { VideoTemplateOption } from './fields/template-field';
export type { VideoStatusFilter } from './gallery-status-tabs';
export type { ProgressMilestone } from './use-progress-milestones';
export { VideoGallery, type VideoGalleryProps } from './VideoGallery';
export { VideoPlayerCard, type VideoPlayerCardProps } from './VideoPlayerCard';
export type { VideoCaptionTrack } from './video-card-media';
export type { VideoCardErrorInfo, VideoCardErrorReason } from './video-card-overlays';
