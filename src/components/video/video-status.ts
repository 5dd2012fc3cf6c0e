import type { VideoStatus } from '../../api';
import type { GalleryWords } from '../../messages/words';

/** The word a video's status is shown with, in the catalogue's language. */
export const statusLabel = (status: VideoStatus, m: GalleryWords): string =>
  ({
    draft: m.videoStatusDraft,
    processing: m.videoStatusProcessing,
    published: m.videoStatusPublished,
    failed: m.videoStatusFailed,
  })[status];

/** What the gallery says when a filter holds no videos. */
export const emptyText = (status: VideoStatus | 'all', m: GalleryWords): string =>
  ({
    all: m.galleryEmptyAll,
    draft: m.galleryEmptyDraft,
    processing: m.galleryEmptyProcessing,
    published: m.galleryEmptyPublished,
    failed: m.galleryEmptyFailed,
  })[status];
